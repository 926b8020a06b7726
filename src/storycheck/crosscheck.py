"""Compare the facts that share a key across sources: verdicts and discrepancies (scores: source_scores.py).

Independence comes from the reuse graph (:mod:`storycheck.lineage`): articles
linked by reuse edges form one *lineage* and count once when a fact is corroborated.

Severity is deterministic:

| kind        | high                                         | medium                          | low                                  |
|-------------|----------------------------------------------|---------------------------------|--------------------------------------|
| quantity    | disjoint values more than 10 % apart (a counted thing named); a share > 10 points off the counts' share | disjoint values within 10 %; a share 5–10 points off | compatible but one is vaguer; a later day raises a toll |
| role        | a time modifier (former, acting…) differs    | —                               | —                                    |
| quote       | a derived article altered its source's words | words in no other source (unattested; article ≥ 50 % derived) | an independent source renders the words differently |
| attribution | —                                            | the same words given to different speakers; the same casualties blamed on different weapons | — |
| date        | one event, two exact days more than a day apart | one event, periods that do not meet (a relative date) | —                         |

The deviating side of a conflict is the one with fewer independent lineages;
on a tie, the side derived from the other; then the vaguer side; then the
side whose first article id sorts later.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz

from .causes import Cause, cause_of
from .events import event_names, names_in
from .facts import interval, normalize_title, overlaps, quote_words
from .lineage import Lineage
from .model import (
    Article,
    DateValue,
    Discrepancy,
    Fact,
    Mention,
    QuantityValue,
    QuoteValue,
    Reuse,
    Severity,
    SourceScore,
)
from .quantities import head_noun
from .sentences import sentence_at, sentences
from .snippets import clip, counted_event
from .source_scores import NOT_COUNTABLE, source_scores
from .support import claim_evidence

_NEAR_MISS = 0.10
_TIME_MODIFIERS = frozenset({"former", "ex", "acting", "new", "previous", "then", "late", "outgoing", "incoming", "interim"})
# what a modifier says about the person's hold on the title now; "new" and "outgoing" holders hold it
_TENURE = {"former": "past", "ex": "past", "previous": "past", "then": "past", "late": "past",
           "acting": "acting", "interim": "acting", "incoming": "future"}  # fmt: skip
_UNATTESTED_MIN_WORDS = 4
# an article at least this much derived is a rewrite: a quote of its own is suspect, not its own reporting
_MOSTLY_DERIVED = 0.5
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class CrossCheck:
    facts: tuple[Fact, ...]
    discrepancies: tuple[Discrepancy, ...]
    sources: tuple[SourceScore, ...]


@dataclass
class _Findings:
    verdicts: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple[str, Severity, str, list[Fact], list[Fact]]] = field(default_factory=list)


def crosscheck(articles: Sequence[Article], facts: Sequence[Fact], reuse: Sequence[Reuse]) -> CrossCheck:
    """Give each fact a verdict, list discrepancies and score each source."""
    graph = Lineage(reuse)
    found = _Findings()
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_key[f.key].append(f)
    story = _Story(graph, {a.id: a for a in articles}, [f for f in facts if f.kind == "quote" and not f.value.direct])  # type: ignore[union-attr]
    for group in by_key.values():
        kind = group[0].kind
        if kind == "quantity":
            _check_quantities(group, story, found)
        elif kind == "role":
            _check_roles(group, graph, found)
        elif kind == "quote":
            _check_quotes(group, story, found)
        elif kind == "date":
            _check_dates(group, story, found)
    _check_causes(facts, {a.id: a.text for a in articles}, graph, found)
    _check_shares(facts, graph, found)
    for f in facts:
        found.verdicts.setdefault(f.id, _default_verdict(f, graph))
    checked = tuple(replace(f, verdict=found.verdicts[f.id]) for f in facts)  # type: ignore[arg-type]
    discrepancies = _discrepancies(found.conflicts)
    return CrossCheck(checked, discrepancies, tuple(source_scores(articles, checked, reuse)))


def _default_verdict(f: Fact, graph: Lineage) -> str:
    """A fact nothing contradicts: quotes by the articles carrying the same words, others by lineage."""
    if f.kind == "quote":
        return "verbatim" if len(f.articles) >= 2 else "single-source"
    return "corroborated" if graph.lineages(f.articles) >= 2 else "single-source"


@dataclass
class _Story:
    graph: Lineage
    articles: dict[str, Article]
    indirect: list[Fact]  # reported speech, for what an unattested quote adds
    _rare: frozenset[str] | None = None

    @property
    def published(self) -> dict[str, date | None]:
        return {i: a.published for i, a in self.articles.items()}

    def names(self, f: Fact) -> frozenset[str]:
        """Capitalised names of the sentences a fact's mentions sit in."""
        out: set[str] = set()
        for m in f.mentions:
            if m.article in self.articles:
                out |= event_names(self.articles[m.article].text, m.start)
        return frozenset(out)

    def rare_names(self) -> frozenset[str]:
        """Names in at most a fifth of the story's sentences: places and participants, not the story's own."""
        if self._rare is None:
            counts: Counter[str] = Counter()
            total = 0
            for a in self.articles.values():
                for lo, hi in sentences(a.text):
                    counts.update(names_in(a.text, lo, hi))
                    total += 1
            self._rare = frozenset(n for n, c in counts.items() if c <= _RARE_NAME_SHARE * max(total, 1))
        return self._rare


# --- quantities ---------------------------------------------------------------


def _check_quantities(group: list[Fact], story: _Story, found: _Findings) -> None:
    """Figures of one key that cannot both be true.

    Only figures that say what happened are compared: a key without an event
    ("12 hours", "the 37-year-old") groups figures of anything, and a real
    story has many. And a figure is compared only where it is its article's
    one value for the key: an article that gives "10", "nine" and "three"
    jurors counts different things, none of which another article's "eight"
    contradicts.

    A toll that grows is not a contradiction: when every article of one side
    was published on a later day than every article of the other, the event
    accumulates (killed, injured, arrested …) and the later side gives the
    higher count, the pair is a low "update" and the earlier figure is
    ``superseded``.
    """
    graph = story.graph
    v0 = group[0].value
    if not isinstance(v0, QuantityValue) or v0.event is None or len(group) < 2:
        return
    per_article: dict[str, int] = defaultdict(int)
    for f in group:
        for a in f.articles:
            per_article[a] += 1
    group = [f for f in group if all(per_article[a] == 1 for a in f.articles)]
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if set(a.articles) <= set(b.articles) or set(b.articles) <= set(a.articles):
                continue  # an article giving both figures does not contradict itself: they count different things
            (alo, ahi), (blo, bhi) = interval(a.value), interval(b.value)  # type: ignore[arg-type]
            if ahi < blo or bhi < alo:
                gap = max(alo, blo) - min(ahi, bhi)
                scale = max(abs(x) for x in (alo, ahi, blo, bhi) if math.isfinite(x)) or 1.0
                severity: Severity = "high" if gap / scale > _NEAR_MISS else "medium"
                if not a.value.counts and not b.value.counts:  # type: ignore[union-attr]
                    severity = "medium"  # what was paid or owed is unknown: the two may be different sums
                update = _update(a, b, story.published)
                if update is not None:  # a later report raising a toll updates it
                    earlier, later = update
                    summary = _quantity_summary([later], [earlier]).rstrip(".") + " (a later report: the count rose)."
                    found.conflicts.append(("quantity", "low", summary, [later], [earlier]))
                    found.verdicts.setdefault(earlier.id, "superseded")
                    continue
                dev, other = _deviating([a], [b], graph)
                found.conflicts.append(("quantity", severity, _quantity_summary(dev, other), dev, other))
                for f in dev:
                    found.verdicts[f.id] = "contradicted"
            elif _width(a) != _width(b):
                vaguer, precise = (a, b) if _width(a) > _width(b) else (b, a)
                dev, other = _deviating([vaguer], [precise], graph, prefer=[vaguer])
                found.conflicts.append(("quantity", "low", _quantity_summary(dev, other), dev, other))
                found.verdicts.setdefault(vaguer.id, "vaguer")


_CUMULATIVE = frozenset({"killed", "injured", "died", "missing", "arrested", "detained", "evacuated", "displaced", "rescued", "infected"})


def _update(a: Fact, b: Fact, published: dict[str, date | None]) -> tuple[Fact, Fact] | None:
    """(earlier, later) when b (or a) is a later day's higher count of a growing toll, else None."""
    if a.value.event not in _CUMULATIVE:  # type: ignore[union-attr]
        return None
    days_a = [published.get(x) for x in a.articles]
    days_b = [published.get(x) for x in b.articles]
    if None in days_a or None in days_b:
        return None
    for early, late, de, dl in ((a, b, days_a, days_b), (b, a, days_b, days_a)):
        if max(de) < min(dl) and interval(early.value)[1] < interval(late.value)[0]:  # type: ignore[type-var,arg-type]
            return early, late
    return None


def _check_shares(facts: Sequence[Fact], graph: Lineage, found: _Findings) -> None:
    """A share ("nearly all were intercepted") against the counts another article gives (138 of 267).

    A count whose event is not a total ("intercepted 138") becomes a share of
    the total its own article gives for the same counted thing ("267 drones
    launched", or a whole with no event: "138 of the 267 drones"; the same
    scope when both have one, else the nearest total before it). A percent of the same event in another article conflicts with
    that share when it shares the counted thing (or, naming none, its own
    article totals that thing too) and the two ranges stay apart by more than
    ``_SHARE_SLACK`` points: high beyond ``_SHARE_HIGH`` points, else medium.
    """
    percents = [f for f in facts if f.kind == "quantity" and f.value.unit == "percent" and f.value.event not in (None, *_TOTAL_EVENTS)]  # type: ignore[union-attr]
    if not percents:
        return
    totals: dict[str, list[Mention]] = defaultdict(list)
    for f in facts:
        v = f.value
        if f.kind == "quantity" and isinstance(v, QuantityValue) and v.unit is None and v.amount and (v.event in _TOTAL_EVENTS or (v.event is None and v.counts)):
            for m in f.mentions:
                totals[m.article].append(m)
    events = {p.value.event for p in percents}  # type: ignore[union-attr]
    seen: set[tuple[str, str]] = set()
    for c in facts:
        v = c.value
        if c.kind != "quantity" or not isinstance(v, QuantityValue) or v.unit is not None or v.event not in events:
            continue
        if not v.counts or head_noun(v.counts) in NOT_COUNTABLE:
            continue  # a share of what? "6.1 magnitude", a bare "1"
        for m in c.mentions:
            total = _total_for(m, totals.get(m.article, []))
            if total is None:
                continue
            n = total.value.amount  # type: ignore[union-attr]
            lo, hi = interval(v)
            share = (lo / n * 100, hi / n * 100)
            for p in percents:
                pv = p.value
                assert isinstance(pv, QuantityValue)
                if pv.event != v.event or m.article in p.articles or (c.id, p.id) in seen:
                    continue
                if pv.counts and head_noun(pv.counts) != head_noun(v.counts):
                    continue
                if not pv.counts and not any(_total_for(replace(m, article=a), totals.get(a, [])) for a in p.articles):
                    continue  # "nearly all" of what? only of the same thing its own article totals
                plo, phi = interval(pv)
                gap = max(plo - share[1], share[0] - phi)
                if gap <= _SHARE_SLACK:
                    continue
                seen.add((c.id, p.id))
                counted = replace(c, mentions=(m, total))
                dev, other = _deviating([p], [counted], graph, prefer=[p])
                what = f"{counted_event(v) or 'share'}{f' ({v.scope})' if v.scope else ''}"
                summary = (
                    f"{what.capitalize()}: {_ids([p])} says “{_clip(p.mentions[0].text)}” ({_percent(plo, phi)}); "
                    f"{m.article} gives “{_clip(m.text)}” of “{_clip(total.text)}” ({_percent(*share)})."
                )
                found.conflicts.append(("quantity", "high" if gap > _SHARE_HIGH else "medium", summary, dev, other))
                found.verdicts[dev[0].id] = "contradicted"


_TOTAL_EVENTS = frozenset({"launched", "spotted", "fired"})
_SHARE_SLACK = 5.0  # percentage points: rounding and "about half"
_SHARE_HIGH = 10.0


def _total_for(m: Mention, totals: list[Mention]) -> Mention | None:
    v = m.value
    assert isinstance(v, QuantityValue)
    fitting = [
        t for t in totals
        if (not v.counts or head_noun(t.value.counts) == head_noun(v.counts))  # type: ignore[union-attr]
        and (not v.scope or not t.value.scope or t.value.scope == v.scope)  # type: ignore[union-attr]
        and t.value.amount >= (v.amount or v.max or 0)  # type: ignore[union-attr]
    ]  # fmt: skip
    before = [t for t in fitting if t.start < m.start]
    return max(before, key=lambda t: t.start) if before else (fitting[0] if fitting else None)


def _percent(lo: float, hi: float) -> str:
    if lo == hi:
        return f"{lo:.0f} %"
    if math.isinf(hi):
        return f"≥ {lo:.0f} %"
    return f"{max(lo, 0):.0f}–{hi:.0f} %"


def _width(f: Fact) -> float:
    lo, hi = interval(f.value)  # type: ignore[arg-type]
    return hi - lo


def _quantity_summary(dev: list[Fact], other: list[Fact]) -> str:
    v = dev[0].value
    assert isinstance(v, QuantityValue)
    what = counted_event(v) or "figure"
    scope = f" ({v.scope})" if v.scope else ""
    return f"{what.capitalize()}{scope}: {_says(dev)}; {_says(other)}."


# --- casualties blamed on different attacks ------------------------------------


def _check_causes(facts: Sequence[Fact], texts: dict[str, str], graph: Lineage, found: _Findings) -> None:
    """Deaths (or injuries) that two lineages report alike but blame on different weapons.

    Each casualty mention gets the weapon its sentence names (:mod:`storycheck.causes`).
    For two weapons, the articles that blame the event on one and never on the
    other are set against those that do the reverse; when some pair of their
    figures can both be true (the same deaths, told differently) and the two
    sides are independent, the sources disagree on what caused them.
    """
    blamed: dict[str, dict[str, list[tuple[Fact, Mention, Cause]]]] = defaultdict(lambda: defaultdict(list))
    originals = {f.id: f for f in facts}
    for f in facts:
        v = f.value
        if f.kind == "quantity" and isinstance(v, QuantityValue) and v.event in _CASUALTIES:
            for m in f.mentions:
                cause = cause_of(texts.get(m.article, ""), m.start, m.end)
                if cause is not None:
                    blamed[v.event][cause.weapon].append((f, m, cause))
    for event, by_weapon in blamed.items():
        weapons = sorted(by_weapon)
        for i, w1 in enumerate(weapons):
            for w2 in weapons[i + 1 :]:
                one = {m.article for _, m, _ in by_weapon[w1]}
                two = {m.article for _, m, _ in by_weapon[w2]}
                side1 = [x for x in by_weapon[w1] if x[1].article not in two]
                side2 = [x for x in by_weapon[w2] if x[1].article not in one]
                if not side1 or not side2 or graph.lineages([x[1].article for x in side1 + side2]) < 2:
                    continue
                if not any(overlaps(a[0].value, b[0].value) for a in side1 for b in side2):  # type: ignore[arg-type]
                    continue
                s1, s2 = _mention_facts(side1), _mention_facts(side2)
                dev, other = _deviating(s1, s2, graph)
                d_cause = (side1 if dev is s1 else side2)[0][2]
                o_cause = (side2 if dev is s1 else side1)[0][2]
                what = "Deaths" if event == "killed" else "Injuries"
                summary = f"{what} blamed on different attacks: {_blame(dev, d_cause)}; {_blame(other, o_cause)}."
                found.conflicts.append(("attribution", "medium", summary, dev, other))
                dev_articles = {a for f in dev for a in f.articles}
                for f in dev:
                    if set(originals[f.id].articles) <= dev_articles:
                        found.verdicts[f.id] = "contradicted"


_CASUALTIES = frozenset({"killed", "injured"})


def _mention_facts(items: list[tuple[Fact, Mention, Cause]]) -> list[Fact]:
    """Each fact narrowed to the mentions on one side of a conflict."""
    by_fact: dict[str, tuple[Fact, list[Mention]]] = {}
    for f, m, _ in items:
        by_fact.setdefault(f.id, (f, []))[1].append(m)
    return [replace(f, mentions=tuple(ms)) for f, ms in by_fact.values()]


def _blame(facts: list[Fact], cause: Cause) -> str:
    v = facts[0].value
    assert isinstance(v, QuantityValue)
    place = f" in {cause.place}" if cause.place else ""
    verb = "says" if len(_unique(a for f in facts for a in f.articles)) == 1 else "say"
    counted = f" {v.counts}" if v.counts else ""
    return f"{_ids(facts)} {verb} “{_clip(facts[0].mentions[0].text)}”{counted} {v.event} by {cause.label}{place}"


# --- dates --------------------------------------------------------------------


def _check_dates(group: list[Fact], story: _Story, found: _Findings) -> None:
    """One event (:mod:`storycheck.events`) dated differently by different sources.

    Two dates conflict when their periods, widened by a day (time zones,
    "overnight") — and by a week when either is a relative period such as
    "last week" — do not meet, and the mentions are about the same
    occurrence: the event is one a story has once (an invasion, an
    annexation, an inauguration) or their sentences share a name that is not
    everywhere in the story (a place, a participant). A year or month is
    compared only with a year or month, a day or week only with a day or
    week: "the 2003 earthquake" against "Monday's earthquake" is history
    against news, not a conflict.
    """
    if len(group) < 2 or not isinstance(group[0].value, DateValue) or not group[0].value.event:
        return
    rare = story.rare_names()
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if set(a.articles) <= set(b.articles) or set(b.articles) <= set(a.articles):
                continue
            va, vb = a.value, b.value
            assert isinstance(va, DateValue) and isinstance(vb, DateValue)
            if _dates_meet(va, vb) or _coarse(va) != _coarse(vb):
                continue  # a year or month against a day is mostly background against the news: not compared
            if va.event not in _ONCE_EVENTS and not (story.names(a) & story.names(b) & rare):
                continue
            exact = not va.relative and not vb.relative and len(va.iso) == len(vb.iso) == 10
            dev, other = _deviating([a], [b], story.graph)
            summary = f"The {va.event} is dated differently: {_says(dev)} ({dev[0].value.iso}); {_says(other)} ({other[0].value.iso})."  # type: ignore[union-attr]
            found.conflicts.append(("date", "high" if exact else "medium", summary, dev, other))
            for f in dev:
                found.verdicts[f.id] = "contradicted"


_ONCE_EVENTS = frozenset({"invasion", "annexation", "inauguration", "coup"})
_RARE_NAME_SHARE = 0.2  # a name in more of a story's sentences than this is the story's, not an event's


def _coarse(v: DateValue) -> bool:
    return len(v.iso) in (4, 7)  # YYYY or YYYY-MM; days and weeks are fine-grained


def _dates_meet(a: DateValue, b: DateValue) -> bool:
    if (a.relative or b.relative) and len(a.iso) == len(b.iso) == 10 and a.iso[5:] == b.iso[5:]:
        return True  # "June 20" given the publication year by us, "June 20, 2005" by the writer
    (alo, ahi), (blo, bhi) = _period(a.iso), _period(b.iso)
    slack = 1 + (7 if (a.relative and len(a.iso) != 10) or (b.relative and len(b.iso) != 10) else 0)
    return (blo - ahi).days <= slack and (alo - bhi).days <= slack


def _period(iso: str) -> tuple[date, date]:
    if "-W" in iso:
        monday = date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1)
        return monday, monday + timedelta(days=6)
    if len(iso) == 4:
        return date(int(iso), 1, 1), date(int(iso), 12, 31)
    if len(iso) == 7:
        first = date(int(iso[:4]), int(iso[5:]), 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    day = date.fromisoformat(iso)
    return day, day


# --- roles --------------------------------------------------------------------


def _check_roles(group: list[Fact], graph: Lineage, found: _Findings) -> None:
    """Titles of one person that differ in tenure conflict: past (former, ex-, late, then-), acting
    (acting, interim), future (incoming) or current (no modifier, or "new"/"outgoing", who hold it)."""
    by_modifiers: dict[frozenset[str], list[Fact]] = defaultdict(list)
    base: dict[str, set[str]] = {}
    for f in group:
        words = normalize_title(f.value.title).split()  # type: ignore[union-attr]
        by_modifiers[frozenset(_TENURE[w] for w in _TIME_MODIFIERS & set(words) if w in _TENURE)].append(f)
        base[f.id] = set(words) - _TIME_MODIFIERS
    if len(by_modifiers) < 2:
        return
    sides = sorted(by_modifiers.values(), key=lambda fs: (-graph.lineages([a for f in fs for a in f.articles]), fs[0].id))
    major = sides[0]
    for minor in sides[1:]:
        rivals = [g for g in major if any(base[g.id] & base[f.id] for f in minor)]
        if not rivals:
            continue
        dev, other = _deviating(minor, rivals, graph)
        person = minor[0].value.person  # type: ignore[union-attr]
        summary = f"{person}'s title differs: {_says(dev, verb='writes')}; {_says(other, verb='write')}."
        found.conflicts.append(("role", "high", summary, dev, other))
        for f in dev:
            found.verdicts[f.id] = "contradicted"


# --- quotes -------------------------------------------------------------------


def _check_quotes(group: list[Fact], story: _Story, found: _Findings) -> None:
    """Direct quotes are checked word for word; indirect speech only corroborates."""
    _check_attribution([f for f in group if f.value.direct], story.graph, found)  # type: ignore[union-attr]
    group = [f for f in group if f.value.direct]  # type: ignore[union-attr]
    if not group:
        return
    _check_wording(group, story, found)


def _check_attribution(group: list[Fact], graph: Lineage, found: _Findings) -> None:
    by_speaker: dict[str, list[Fact]] = defaultdict(list)
    for f in group:
        if f.value.speaker:  # type: ignore[union-attr]
            by_speaker[f.value.speaker.casefold()].append(f)  # type: ignore[union-attr]
    if len(by_speaker) < 2:
        return
    sides = sorted(by_speaker.values(), key=lambda fs: (-graph.lineages([a for f in fs for a in f.articles]), fs[0].id))
    major = sides[0]
    major_articles = {a for f in major for a in f.articles}
    for minor in sides[1:]:
        if {a for f in minor for a in f.articles} <= major_articles:
            continue  # one article quoting two people alike is not a cross-source conflict
        dev, other = _deviating(minor, major, graph)
        summary = f"The same words are attributed to {dev[0].value.speaker} in {_ids(dev)} but to {other[0].value.speaker} in {_ids(other)}."  # type: ignore[union-attr]
        found.conflicts.append(("attribution", "medium", summary, dev, other))


def _check_wording(group: list[Fact], story: _Story, found: _Findings) -> None:
    graph = story.graph
    if len(group) == 1:
        _check_unattested(group[0], story, found)
        return
    words = {f.id: quote_words(f.value.text) for f in group}  # type: ignore[union-attr]
    inside, holding = _contained_pairs(set(words.values()))
    same_words = Counter(words.values())  # two facts with the same words: the speaker read differently
    articles = {g.id: frozenset(g.articles) for g in group}  # Fact.articles is computed on each call
    carrying = Counter(a for g in group for a in articles[g.id])  # how many facts each article carries
    reported: set[frozenset[str]] = set()
    for f in group:
        if words[f.id] in inside:
            found.verdicts[f.id] = "trimmed"
            continue
        if len(f.articles) >= 2 or same_words[words[f.id]] >= 2 or words[f.id] in holding:
            found.verdicts[f.id] = "verbatim"
            continue
        carriers = [a for a, n in carrying.items() if n > (a in articles[f.id])]  # the articles of the other facts
        if any(graph.derived_from(a, f.articles) for a in carriers):
            found.verdicts[f.id] = "single-source"  # the source of a derived rendering
            continue
        others = [g for g in group if g.id != f.id]
        if graph.derived_from(f.articles[0], carriers):
            found.verdicts[f.id] = "altered"
            src = [g for g in others if graph.derived_from(f.articles[0], g.articles)]
            summary = f"{f.value.speaker or 'A speaker'}'s words were altered: {_says([f], verb='quotes')}; its source {_says(src, verb='quotes')}."  # type: ignore[union-attr]
            found.conflicts.append(("quote", "high", summary, [f], src))
        else:
            found.verdicts[f.id] = "variant"
            rest = []
            if len(carrying) > len(articles[f.id]):  # else every fact lies in f's own articles: none apart
                rest = [g for g in others if articles[g.id].isdisjoint(articles[f.id]) and frozenset((f.id, g.id)) not in reported]
            if rest:
                reported.add(frozenset((f.id, rest[0].id)))
                summary = f"{f.value.speaker or 'A speaker'}'s words are rendered differently: {_says([f], verb='quotes')}; {_says(rest[:1], verb='quotes')}."  # type: ignore[union-attr]
                found.conflicts.append(("quote", "low", summary, [f], rest))
    for f in group:
        if found.verdicts.get(f.id) == "verbatim" and len(f.articles) < 2 and same_words[words[f.id]] < 2:
            found.verdicts[f.id] = "single-source"


def _contained_pairs(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """(texts contained in a longer one, texts containing a shorter one) among ``texts``, by :func:`_contained`.

    Asking every pair cost a 2 MB article's quotes 83 s. A shorter text
    within partial ratio 97 of a longer one keeps most of its character
    trigrams there: an alignment at 97 leaves at most ~3 % of the short text
    unmatched and ~3 % inserted, and an unmatched character breaks at most
    three trigrams, an insertion two, so at most 0.175 x its length of its
    distinct trigrams are missing from the longer text. Hence the longer text
    must hold one of its ``misses + 1`` rarest trigrams (the prefix filter of
    set-similarity joins), and only the pairs that pass both counts are scored.
    """
    by_length = sorted(set(texts), key=len)
    lengths = [len(t) for t in by_length]
    grams = [_trigrams(t) for t in by_length]
    holders: dict[str, list[int]] = defaultdict(list)  # trigram -> indices of the texts holding it, ascending
    for i, gs in enumerate(grams):
        for g in gs:
            holders[g].append(i)
    inside: set[str] = set()
    holding: set[str] = set()
    for i, short in enumerate(by_length):
        first = bisect_right(lengths, len(short))  # the first strictly longer text
        misses = int(_MAX_MISSING_TRIGRAMS * len(short))
        rarest = sorted(grams[i], key=lambda g: (len(holders[g]), g))[: misses + 1]
        if len(rarest) <= misses:
            candidates: Iterable[int] = range(first, len(by_length))  # too few trigrams to filter on
        else:
            candidates = sorted({j for g in rarest for j in holders[g][bisect_left(holders[g], first) :]})
        for j in candidates:
            long = by_length[j]
            if len(grams[i] - grams[j]) <= misses and _contained(short, long):
                inside.add(short)
                holding.add(long)
    return inside, holding


_CONTAINED_RATIO = 97
# the share of a text's length that may be distinct trigrams missing from a text containing it at _CONTAINED_RATIO
# (derived in _contained_pairs: 0.1748; rounded up so float rounding can never drop a pair)
_MAX_MISSING_TRIGRAMS = 0.18


def _contained(short: str, long: str) -> bool:
    return len(short) < len(long) and (short in long or fuzz.partial_ratio(short, long) >= _CONTAINED_RATIO)


def _trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def _check_unattested(f: Fact, story: _Story, found: _Findings) -> None:
    v = f.value
    assert isinstance(v, QuoteValue)
    if len(f.articles) != 1 or not v.direct or len(v.text.split()) < _UNATTESTED_MIN_WORDS:
        return
    article = f.articles[0]
    if story.graph.derived_share(article) >= _MOSTLY_DERIVED:
        found.verdicts[f.id] = "unattested"
        added = _unsupported_additions(f, story)
        also = "".join(f", adding that “{_clip(g.value.text, 120)}”" for g in added)  # type: ignore[union-attr]
        summary = (
            f"A quote attributed to {v.speaker or 'an unnamed speaker'} appears in no other source, "
            f"not even the article {article} derives from: “{_clip(v.text)}”{also}."
        )
        found.conflicts.append(("quote", "medium", summary, [f, *added], []))
        for g in added:
            found.verdicts[g.id] = "unattested"


def _unsupported_additions(quote: Fact, story: _Story) -> list[Fact]:
    """Reported speech the unattested quote's own sentence adds ("…,” he said, adding that …)
    when the derived article's sources barely use its words either.

    A claim tacked onto an invented quote is part of the same invention; it is
    added to the discrepancy only when under half of its content words occur
    anywhere in the article's sources (a faithful paraphrase keeps the
    source's nouns: "grants, not loans").
    """
    m = quote.mentions[0]
    article = story.articles.get(m.article)
    sources = [story.articles[s] for s in story.graph.sources.get(m.article, ()) if s in story.articles]
    if article is None or not sources:
        return []
    lo, hi = sentence_at(article.text, m.start)
    out = []
    for g in story.indirect:
        if g.articles != (m.article,) or g.value.speaker != quote.value.speaker:  # type: ignore[union-attr]
            continue
        if not any(lo <= n.start < hi for n in g.mentions):
            continue
        coverage = max(min((e.coverage for e in claim_evidence(g.value.text, s, use_embeddings=False)), default=1.0) for s in sources)  # type: ignore[union-attr]
        if coverage < _ADDED_CLAIM_COVERAGE:
            out.append(g)
    return out


_ADDED_CLAIM_COVERAGE = 0.5


# --- shared -------------------------------------------------------------------


def _deviating(a: list[Fact], b: list[Fact], graph: Lineage, prefer: list[Fact] | None = None) -> tuple[list[Fact], list[Fact]]:
    """Order two sides of a conflict as (deviating, other); see the module docstring."""
    ids_a = [x for f in a for x in f.articles]
    ids_b = [x for f in b for x in f.articles]
    la, lb = graph.lineages(ids_a), graph.lineages(ids_b)
    if la != lb:
        return (a, b) if la < lb else (b, a)
    a_derived = any(graph.derived_from(x, ids_b) for x in ids_a)
    b_derived = any(graph.derived_from(x, ids_a) for x in ids_b)
    if a_derived != b_derived:
        return (a, b) if a_derived else (b, a)
    if prefer is not None:
        return (a, b) if a == prefer else (b, a)
    return (a, b) if min(ids_a) > min(ids_b) else (b, a)


def _discrepancies(conflicts: list[tuple[str, Severity, str, list[Fact], list[Fact]]]) -> tuple[Discrepancy, ...]:
    ordered = sorted(conflicts, key=lambda c: (_SEVERITY_ORDER[c[1]], c[0], c[2]))
    out = []
    for n, (kind, severity, summary, dev, other) in enumerate(ordered, start=1):
        mentions: list[Mention] = [m for f in [*dev, *other] for m in f.mentions]
        out.append(
            Discrepancy(
                id=f"D{n:03d}",
                kind=kind,  # type: ignore[arg-type]
                severity=severity,
                summary=summary,
                articles=_unique(x for f in dev for x in f.articles),
                against=_unique(x for f in other for x in f.articles),
                mentions=tuple(mentions),
            )
        )
    return tuple(out)


def _says(facts: Sequence[Fact], verb: str = "says") -> str:
    texts = _unique(m.text for f in facts for m in f.mentions)
    return f"{_ids(facts)} {verb} “{_clip(texts[0])}”" if texts else _ids(facts)


def _ids(facts: Sequence[Fact]) -> str:
    return ", ".join(_unique(a for f in facts for a in f.articles))


def _clip(text: str, limit: int = 90) -> str:
    return clip(text.strip("“”\"'‘’ "), limit)


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
