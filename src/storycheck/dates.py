"""Find dates and periods in an article's text, resolved to ISO strings.

``extract_dates`` yields one ``Mention`` per date expression, its value a
``DateValue(iso, relative, event)`` — ``event`` is what happened then
(:func:`storycheck.events.date_event`). What is recognised, and what it becomes:

==================================  ==========================  ========
expression                          iso                         relative
==================================  ==========================  ========
"February 24, 2022", "Feb. 24 2022"  "2022-02-24"                False
"23 Feb 2025", "Sun 23 Feb 2025"     "2025-02-23"                False
"the 24th of February 2022"          "2022-02-24"                False
"2025-02-23" (ISO, time ignored)     "2025-02-23"                False
"February 2022"                      "2022-02"                   False
"2014" (a bare year, see below)      "2014"                      False
"February 23", "24 February"         year of publication         True
"Sunday", "on Saturday"              that day, on or before      True
                                     publication
"last Sunday" / "next Sunday"        strictly before / after     True
"today", "tonight", "yesterday",     publication date ± 1 day    True
"tomorrow"
"this/last/next week",               ISO week "2025-W08"         True
"the coming week"                    (Monday-start, ISO 8601)
"this/last/next month"               "2025-02"                   True
"this/last/next year"                "2025"                      True
"N days/weeks/months/years ago"      day / week / month / year   True
==================================  ==========================  ========

Conventions and limits:

* Relative expressions need ``article.published``; without it they are
  skipped (not guessed), and so is a day-month without a year — until
  :func:`date_undated` re-reads them against the date of the article's story.
* A day-month takes the publication year, or the year before when that
  would put it more than half a year after publication.
* "this week" is the ISO week containing the publication date, even when an
  article published on a Sunday means the week ahead.
* "the past week" is a rolling window, not a calendar week: it is a
  quantity's scope (see ``quantities``), not a date. "overnight" is no date.
* A bare 4-digit number 1900–2100 is a year unless money or a scale/percent
  sign is attached, a quantity hedge ("more than") precedes it, or it is
  followed by a plural noun without a date preposition before it
  ("2000 troops" is a count, "in 2014 troops" a year).
* Month names must be capitalised (so "may" and "march" are never months);
  a month alone ("in March") and numeric day/month forms ("23/02/2025") are
  ambiguous and skipped.
* "23 Feb 202523 Feb 2025" (a scraped dateline glued to itself) reads as two
  dates.

``date_spans`` returns every date-like span regardless of publication date,
so ``quantities`` can skip day numbers and years inside them.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from storycheck.events import date_event
from storycheck.model import Article, DateValue, Mention

_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Full names before abbreviations so "March" is not read as "Mar" + "ch".
# Only an abbreviation takes a period: "24 February." ends a sentence.
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MON = rf"(?P<mon>{_FULL_MONTHS}|(?P<abbr>{_ABBR_MONTHS}))\b(?(abbr)\.?)"
_WD_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A weekday written before a full date belongs to it: "Sun 23 Feb 2025".
_WD_PREFIX = rf"(?:(?:{_WD_NAMES}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?,?\s+)?"
# A scraped dateline may be glued to itself ("…202523 Feb…"): a year may be
# followed by a digit only when a day-month follows, and a day may follow a year.
_YEAR = rf"(?P<year>(?:19|20)\d\d|2100)(?:(?!\d)|(?=[0-3]?\d\s+(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b))"
_DAY = r"(?:(?<!\d)|(?<=\d{4}))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"

_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<m>\d\d)-(?P<day>\d\d)(?!\d)")
_MDY = re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY},?\s+{_YEAR}")
_DMY = re.compile(rf"{_WD_PREFIX}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}")
_MY = re.compile(rf"\b{_MON},?\s+{_YEAR}")
_MD = re.compile(rf"\b{_WD_PREFIX}{_MON}\s+{_DAY}\b")
_DM = re.compile(rf"(?:\bthe\s+)?{_DAY}(?:\s+of)?\s+{_MON}")
_BARE_YEAR = re.compile(r"(?<![\w$€£.,/:])(?P<year>(?:19|20)\d\d|2100)(?![\w%]|[.,]\d)")
_WEEKDAY = re.compile(rf"(?:\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?\b(?P<wd>{_WD_NAMES})\b")
_PERIOD = re.compile(r"\b(?P<rel>last|this|next|the\s+coming)\s+(?P<unit>week|month|year)\b", re.I)
_DAYWORD = re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow)\b", re.I)
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.I,
)

# What makes a bare 4-digit number a count rather than a year.
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|bn\b|billion|million|m\b|k\b|per\s?cent|percent)", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_HEDGE_BEFORE = re.compile(
    r"(?:more\s+than|fewer\s+than|less\s+than|nearly|almost|about|around|roughly|some|over|"
    r"at\s+least|up\s+to|approximately|estimated)\s+$",
    re.I,
)
_DATE_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|to|before|after|during|through|between|and|"
    r"early|late|mid|the|summer|winter|spring|autumn|fall)|[’']s)[\s-]+$",
    re.I,
)

_Value = DateValue | None  # None: a date-like span that cannot be resolved here
_Handler = Callable[[re.Match[str], date | None], _Value]


def extract_dates(article: Article) -> list[Mention]:
    """Every date expression in ``article.text`` that can be resolved, in text order."""
    text = article.text
    return [
        Mention(article=article.id, start=s, end=e, text=text[s:e], value=replace(v, event=date_event(text, s, e)))
        for s, e, v in _scan(text, article.published)
        if v is not None
    ]


STORY_DATE_SPREAD = 2  # days between a story's dated articles for its date to stand for the undated ones


def date_undated(articles: Sequence[Article]) -> list[Article]:
    """Articles of one story, the undated ones' dates resolved against the story's date.

    An article without a publication date resolves no relative date ("on
    Sunday", "February 23"). Reports of one story appear within a day or two
    of each other, so such an article's date mentions are re-read against the
    publication date most of the story's dated articles share (the earliest on
    a tie). Its own ``published`` stays None: only the mentions change, and
    they stay marked ``relative``. With no dated article, or dated articles
    more than ``STORY_DATE_SPREAD`` days apart (a story followed over weeks),
    nothing changes.
    """
    dates = Counter(a.published for a in articles if a.published is not None)
    if not dates or (max(dates) - min(dates)).days > STORY_DATE_SPREAD:
        return list(articles)  # no date, or a story told over weeks: an undated article's date is anyone's guess
    reference = min(dates, key=lambda d: (-dates[d], d))
    out = []
    for a in articles:
        if a.published is None:
            redated = extract_dates(replace(a, published=reference))
            a = replace(a, mentions=tuple(sorted(
                [*(m for m in a.mentions if not isinstance(m.value, DateValue)), *redated],
                key=lambda m: (m.start, m.end, m.kind),
            )))  # fmt: skip
        out.append(a)
    return out


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every date-like expression, resolvable or not (for other extractors to skip)."""
    return [(s, e) for s, e, _ in _scan(text, None)]


def parse_date(text: str) -> date | None:
    """The first full calendar date in a dateline string ("Sun 23 Feb 2025 10:31 GMT"), else None."""
    found: list[tuple[int, date]] = []
    for pattern in (_ISO, _MDY, _DMY):
        for m in pattern.finditer(text):
            d = _full_date(m)
            if d is not None:
                found.append((m.start(), d))
                break
    return min(found, key=lambda x: x[0])[1] if found else None


# --- scanning ----------------------------------------------------------------


def _scan(text: str, published: date | None) -> list[tuple[int, int, _Value]]:
    """All date spans in text order; earlier, more specific patterns claim text first."""
    taken: list[tuple[int, int]] = []  # disjoint, sorted by start
    out: list[tuple[int, int, _Value]] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            i = bisect_right(taken, (e, -1)) - 1  # the last span starting before e
            if i >= 0 and taken[i][1] > s:
                continue
            if pattern is _BARE_YEAR and not _is_year(text, s, e):
                continue
            try:
                value = handler(m, published)
            except (OverflowError, ValueError):  # "yesterday" in an article dated 0001-01-01
                value = None
            if value is None and _needs_validity(pattern) and not _plausible(m):
                continue
            insort(taken, (s, e))
            out.append((s, e, value))
    out.sort(key=lambda x: x[0])
    return out


def _needs_validity(pattern: re.Pattern[str]) -> bool:
    return pattern in (_ISO, _MDY, _DMY, _MD, _DM)


def _plausible(m: re.Match[str]) -> bool:
    """A day number 1–31: "February 45" is no date, but "February 23" without a year is."""
    day = int(m.group("day"))
    return 1 <= day <= 31


def _is_year(text: str, start: int, end: int) -> bool:
    after = text[end : end + 24]
    before = text[max(0, start - 24) : start]
    if _NOT_YEAR_AFTER.match(after) or _HEDGE_BEFORE.search(before):
        return False
    # "2000 troops" counts troops; "in 2014 troops …" and "the 2022 elections" are years.
    if _PLURAL_AFTER.match(after) and not _DATE_PREP_BEFORE.search(before):
        return False
    return True


# --- handlers: match (+ publication date) -> DateValue or None ---------------


def _full_date(m: re.Match[str]) -> date | None:
    month = int(m.group("m")) if "m" in m.groupdict() else _MONTHS[m.group("mon").lower()]
    try:
        return date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


def _on_full(m: re.Match[str], published: date | None) -> _Value:
    d = _full_date(m)
    return DateValue(d.isoformat()) if d else None


def _on_month_year(m: re.Match[str], published: date | None) -> _Value:
    return DateValue(f"{int(m.group('year')):04d}-{_MONTHS[m.group('mon').lower()]:02d}")


def _on_day_month(m: re.Match[str], published: date | None) -> _Value:
    if published is None:
        return None
    month, day = _MONTHS[m.group("mon").lower()], int(m.group("day"))
    try:
        d = date(published.year, month, day)
        if (d - published).days > 183:  # "December 28" in a January article is last year's
            d = date(published.year - 1, month, day)
    except ValueError:
        return None
    return DateValue(d.isoformat(), relative=True)


def _on_year(m: re.Match[str], published: date | None) -> _Value:
    return DateValue(m.group("year"))


def _on_weekday(m: re.Match[str], published: date | None) -> _Value:
    if published is None:
        return None
    target = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    if rel == "next":
        ahead = (target - published.weekday()) % 7 or 7
        return DateValue((published + timedelta(days=ahead)).isoformat(), relative=True)
    back = (published.weekday() - target) % 7
    if rel in ("last", "past") and back == 0:
        back = 7
    return DateValue((published - timedelta(days=back)).isoformat(), relative=True)


def _on_period(m: re.Match[str], published: date | None) -> _Value:
    if published is None:
        return None
    rel = m.group("rel").lower()
    step = -1 if rel == "last" else 1 if rel in ("next", "the coming") else 0
    return DateValue(_shift(published, m.group("unit").lower(), step), relative=True)


def _on_dayword(m: re.Match[str], published: date | None) -> _Value:
    if published is None:
        return None
    step = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("w").lower()]
    return DateValue((published + timedelta(days=step)).isoformat(), relative=True)


def _on_ago(m: re.Match[str], published: date | None) -> _Value:
    if published is None:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]
    unit = m.group("unit").lower()
    if unit == "day":
        return DateValue((published - timedelta(days=n)).isoformat(), relative=True)
    return DateValue(_shift(published, unit, -n), relative=True)


def _shift(d: date, unit: str, step: int) -> str:
    """The ISO string of the week, month or year ``step`` units away from ``d``."""
    if unit == "week":
        year, week, _ = (d + timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = d.year * 12 + d.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{d.year + step:04d}"


# Order matters: full dates claim their day numbers and years before the
# partial patterns and the bare-year pattern see them.
_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_ISO, _on_full),
    (_MDY, _on_full),
    (_DMY, _on_full),
    (_MY, _on_month_year),
    (_MD, _on_day_month),
    (_DM, _on_day_month),
    (_AGO, _on_ago),
    (_PERIOD, _on_period),
    (_DAYWORD, _on_dayword),
    (_WEEKDAY, _on_weekday),
    (_BARE_YEAR, _on_year),
)
