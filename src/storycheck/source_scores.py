"""Score each source of a story from its checked facts: originality, agreement, quote fidelity, omissions.

Definitions (also in docs/report.md):

* ``originality`` — 1 − the share of the article's sentences derived from
  other articles (the sum of its incoming reuse edges' shares, capped at 1);
* ``agreement`` — of its cross-checked facts, the share that agree (corroborated,
  vaguer, verbatim, trimmed, variant) rather than disagree (contradicted,
  altered, unattested); single-source facts are left out; 1 when none;
* ``quote_fidelity`` — of its direct quotes that others also carry, the share
  not altered or unattested; 1 when none;
* ``omissions`` — the facts two independent others establish and it never states.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .lineage import Lineage
from .model import Article, DateValue, Fact, QuantityValue, QuoteValue, Reuse, SourceScore
from .quantities import head_noun

# what cannot be a counted thing a reader would miss: measures and spans of time
NOT_COUNTABLE = frozenset({"magnitude", "percent", "year", "month", "week", "day", "hour", "minute", "mile", "km", "foot"})
_MIN_QUOTE_WORDS = 4


def source_scores(articles: Sequence[Article], facts: Sequence[Fact], reuse: Sequence[Reuse]) -> list[SourceScore]:
    """Originality, agreement, quote fidelity and omissions of each article, from the checked facts."""
    derived_share: dict[str, float] = defaultdict(float)
    for edge in reuse:
        derived_share[edge.target] = min(1.0, derived_share[edge.target] + edge.share)
    agree: dict[str, list[bool]] = defaultdict(list)
    faithful: dict[str, list[bool]] = defaultdict(list)
    for f in facts:
        ok = f.verdict in ("corroborated", "verbatim", "trimmed", "variant", "vaguer")
        bad = f.verdict in ("contradicted", "altered", "unattested")
        for a in f.articles:
            if ok or bad:
                agree[a].append(ok)
            if f.kind == "quote" and f.value.direct and f.verdict != "single-source":  # type: ignore[union-attr]
                faithful[a].append(f.verdict not in ("altered", "unattested"))
    omitted = _omissions([a.id for a in articles], facts, Lineage(reuse))
    return [
        SourceScore(
            article=a.id,
            originality=round(1.0 - derived_share[a.id], 3),
            agreement=_ratio(agree[a.id]),
            quote_fidelity=_ratio(faithful[a.id]),
            omissions=tuple(omitted[a.id]),
        )
        for a in articles
    ]


def _omittable(f: Fact) -> bool:
    v = f.value
    if isinstance(v, QuantityValue):
        return v.event is not None and (v.counts is not None or v.unit is not None) and head_noun(v.counts) not in NOT_COUNTABLE
    if isinstance(v, QuoteValue):
        return v.direct and len(v.text.split()) >= _MIN_QUOTE_WORDS
    if isinstance(v, DateValue):
        return v.event is not None
    return False


def _omissions(articles: Sequence[str], facts: Sequence[Fact], graph: Lineage) -> dict[str, list[str]]:
    """Per article, the facts that the *other* articles establish and it never states.

    A key (what a fact is about) is established without article A when the
    articles stating it, A aside, span at least two independent lineages and
    none of its facts is contradicted or unattested. A lacks it when none of
    A's mentions falls under that key: stating a different figure or wording
    is a discrepancy, not an omission. Only facts a reader would miss count:
    figures that say what happened to what ("267 drones launched"; not a bare
    "29", a duration or an age), direct quotes of four words or more, and
    dates of an event; not titles. The fact listed is the key's
    most widely stated one.
    """
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if _omittable(f):
            by_key[f.key].append(f)
    omitted: dict[str, list[str]] = defaultdict(list)
    for group in by_key.values():
        if any(f.verdict in ("contradicted", "unattested", "altered") for f in group):
            continue
        stating = {a for f in group for a in f.articles}
        main = max(group, key=lambda f: (len(f.articles), -int(f.id[1:]) if f.id[1:].isdigit() else 0))
        if graph.lineages(sorted(stating)) < 2:
            continue
        for a in articles:
            if a not in stating:
                omitted[a].append(main.id)
    return omitted


def _ratio(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else 1.0
