"""Views of a report shared by the Markdown and terminal renderers: fact × source rows, labels."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from .model import DateValue, Fact, QuantityValue, QuoteValue, Report, RoleValue, SourceScore
from .snippets import clip, counted_event

Cell = Literal["states", "contradicts", "differs", "absent"]
CELL_MARK: dict[Cell, str] = {"states": "✓", "contradicts": "✗", "differs": "~", "absent": "·"}
_CONFLICTING = frozenset({"contradicted", "altered", "unattested"})


@dataclass(frozen=True, slots=True)
class FactRow:
    label: str
    verdict: str
    cells: dict[str, Cell]  # article id -> what the article does with this fact


def fact_rows(report: Report) -> list[FactRow]:
    """One row per fact key: which articles state it, contradict it, word it differently, or lack it."""
    by_key: dict[str, list[Fact]] = defaultdict(list)
    for f in report.facts:
        by_key[f.key].append(f)
    rows = []
    for facts in by_key.values():
        main = max(facts, key=lambda f: (len(f.articles), -int(f.id[1:])))
        carriers = {a for f in facts for a in f.articles}
        if len(carriers) < 2:  # a fact only one article states has no row to compare
            continue
        cells: dict[str, Cell] = {}
        for article in report.articles:
            if article.id in main.articles:
                cells[article.id] = "contradicts" if main.verdict in _CONFLICTING else "states"
            elif article.id in carriers:
                other = next(f for f in facts if article.id in f.articles)
                cells[article.id] = "contradicts" if other.verdict in _CONFLICTING else "differs"
            else:
                cells[article.id] = "absent"
        rows.append(FactRow(fact_label(main), main.verdict or "", cells))
    rows.sort(key=lambda r: (-sum(c != "absent" for c in r.cells.values()), r.label))
    return rows


def omitted_labels(report: Report, source: SourceScore, shown: int = 3, limit: int = 40) -> str:
    """The facts an article lacks that other sources establish, as a short list ("—" for none)."""
    facts = {f.id: f for f in report.facts}
    labels = [fact_label(facts[i], limit) for i in source.omissions if i in facts]
    if not labels:
        return "—"
    more = f"; +{len(labels) - shown} more" if len(labels) > shown else ""
    return "; ".join(labels[:shown]) + more


def fact_label(fact: Fact, limit: int = 70) -> str:
    """A short human label for a fact."""
    v = fact.value
    if isinstance(v, QuoteValue):
        return f"{v.speaker or 'unknown'}: “{clip(v.text, limit)}”"
    if isinstance(v, QuantityValue):
        what = counted_event(v)
        scope = f" ({v.scope})" if v.scope else ""
        # as written ("nearly 1,150", "several") reads better than the range it stands for
        return f"{fact.mentions[0].text} {what}{scope}".strip()
    if isinstance(v, RoleValue):
        return f"{v.person}: {v.title}"
    if isinstance(v, DateValue):
        return f"{v.event} {'on' if len(v.iso) == 10 else 'in'} {v.iso}" if v.event else f"date {v.iso}"
    return fact.key


def short_id(article_id: str, width: int = 12) -> str:
    return clip(article_id, width)


#: above this many articles the fact table counts cells instead of drawing one column per article
MAX_ARTICLE_COLUMNS = 12
CELL_ORDER: tuple[Cell, ...] = ("states", "contradicts", "differs", "absent")


def cell_counts(row: FactRow) -> dict[Cell, int]:
    counts = dict.fromkeys(CELL_ORDER, 0)
    for cell in row.cells.values():
        counts[cell] += 1
    return counts
