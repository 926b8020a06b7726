"""Strip scrape residue from an article's text, keeping what was removed for audit.

Rules work line by line (a line is a paragraph). A line is removed only when a
rule names it residue; a line that carries a quotation or a figure is kept
whatever a soft rule says, because losing story text is worse than keeping a
stray caption. Hard rules (datelines, list markers, exact repeats) lose no
story text and always apply.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .dates import date_spans, parse_date
from .model import Article

_HEADLINE_MAX_CHARS = 160
_SHORT_LINE = 160  # residue lines are short; a long line is story text

_ADVERT = re.compile(
    r"(?:advertisement|advert|sponsored(?: content)?|story continues (?:below|after)(?: advertisement)?|"
    r"skip advert(?:isement)?)",
    re.I,
)
_RECOMMENDED = re.compile(
    r"(?:recommended(?: stories| for you| reading)?|related(?: stories| articles| content| coverage)?|"
    r"you (?:may|might) also like|most (?:read|popular|viewed)|editor'?s picks|trending(?: now)?|"
    r"more (?:stories|on this story|from \w+(?: \w+)?)|top stories|latest (?:news|stories))",
    re.I,
)
_LIST_MARKER = re.compile(r"(?:list of \d+ items?\s*(?:end of list)?|end of list)", re.I)
_PUBLISHED = re.compile(r"(?:published|updated|last updated|posted)(?: on)?\s*:?\s+(?P<when>.+)", re.I)
_HEAD_LINES = 3  # a bare date line this near the top is the dateline
_SOURCE = re.compile(r"source\s*:\s*(?P<outlet>.+?)\.?", re.I)
_SHARE = re.compile(
    r"(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|email|print|copy link|save|"
    r"follow (?:us|\w+(?: \w+)?) on .+|sign up .+|subscribe(?: .+)?|click here .+|"
    r"(?:read|see|watch) (?:more|also)\b.*|read the full story.*|listen to (?:this|the) article.*)",
    re.I,
)
# An image caption ending in a photo credit: "[Alain Jocard/AFP]", "(AP Photo/Efrem Lukatsky)"
_CAPTION_CREDIT = re.compile(
    r"(?:\[(?=[^\[\]]*(?:/|\bphoto\b|\bgetty\b|\breuters\b|\bafp\b|\bap\b|\bepa\b|\bfile\b))[^\[\]]{2,80}\]|"
    r"\((?:AP |Reuters |AFP |EPA )?(?:photo|image|picture)[^()]{0,80}\)|"
    r"(?:photo|image|picture)(?: credit)?\s*:\s*[^.]{2,80})\s*$",
    re.I,
)
# what may stand beside the date on a dateline: times, zones, weekdays, "at", "on", "|"
_DATELINE_NOISE = re.compile(
    r"\d{1,2}[:.]\d{2}|\b(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|at|on|updated|"
    r"mon|tue|wed|thu|fri|sat|sun)\b|[^\w]",
    re.I,
)
_QUOTATION = re.compile(r"[\"“”«»]|‘[^’]{2,}’")
_FIGURE = re.compile(r"\d")
_FINAL_PUNCT = tuple(".!?:;,\"'”’)…")


def clean(article: Article) -> Article:
    """Return the article with residue removed, a headline lifted and metadata filled in."""
    lines = [line.strip() for line in article.text.split("\n")]
    lines = [line for line in lines if line]
    title = article.title
    if title is None and _looks_like_headline(lines[0] if lines else "") and any(
        _residue(line, is_last=i == len(lines) - 1) is None for i, line in enumerate(lines[1:], start=1)
    ):
        title = lines.pop(0)  # only when some story line is left behind it
    kept: list[str] = []
    removed: list[str] = []
    published, outlet = article.published, article.outlet
    seen: set[str] = {_norm(title)} if title else set()
    last = len(lines) - 1
    for i, line in enumerate(lines):
        norm = _norm(line)
        if norm in seen:
            removed.append(line)  # a repeated headline or paragraph: nothing is lost
            continue
        verdict = _residue(line, is_last=i == last, is_head=i < _HEAD_LINES)
        if verdict is None:
            kept.append(line)
            seen.add(norm)
            continue
        rule, found = verdict
        if rule == "published" and published is None:
            published = found if isinstance(found, date) else None
        if rule == "source" and outlet is None and isinstance(found, str):
            outlet = found
        removed.append(line)
    return replace(
        article,
        text="\n\n".join(kept),
        title=title,
        published=published,
        outlet=outlet,
        removed=article.removed + tuple(removed),
    )


def _residue(line: str, is_last: bool, is_head: bool = False) -> tuple[str, object] | None:
    """Name the rule that makes ``line`` residue, with what it carried, or None."""
    # hard rules: these lines never hold story text
    if _LIST_MARKER.fullmatch(line):
        return "list", None
    m = _PUBLISHED.fullmatch(line)
    if m and len(line) < _SHORT_LINE and _only_a_date(m["when"]):
        when = parse_date(m["when"])
        if when is not None:
            return "published", when
    if is_head and len(line) < _SHORT_LINE and _only_a_date(line):
        when = parse_date(line)  # a bare date line under the headline: "September 10, 2010"
        if when is not None:
            return "published", when
    if _QUOTATION.search(line):
        return None
    # soft rules: lines that carry neither quotation nor figure
    if not _FIGURE.search(line) and _CAPTION_CREDIT.search(line) and not line.endswith(("said.", "says.")):
        return "caption", None  # captions may be long; the credit at the end gives them away
    if len(line) >= _SHORT_LINE:
        return None
    if _ADVERT.fullmatch(line) or _RECOMMENDED.fullmatch(line):
        return "boilerplate", None
    if is_last and (m := _SOURCE.fullmatch(line)):
        return "source", _outlet_name(m["outlet"])
    if _FIGURE.search(line):
        return None
    if _SHARE.fullmatch(line):
        return "share", None
    return None


def _only_a_date(when: str) -> bool:
    """True for "23 Feb 2025", "Sun 23 Feb 2025 10:31 GMT"; False for "figures released on 3 March show …"."""
    rest = when
    for start, end in sorted(date_spans(when), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in _DATELINE_NOISE.sub(" ", rest).split() if w]
    return len(words) <= 1


def _outlet_name(credit: str) -> str:
    """"Al Jazeera and news agencies" -> "Al Jazeera"."""
    first = re.split(r"\s+(?:and|with|&)\s+|,|;", credit, maxsplit=1)[0]
    return first.strip(" .") or credit.strip()


def _looks_like_headline(line: str) -> bool:
    return len(line) <= _HEADLINE_MAX_CHARS and not line.endswith(_FINAL_PUNCT) and len(line.split()) >= 2


def _norm(line: str | None) -> str:
    return " ".join((line or "").casefold().split())
