"""The concrete stages of storycheck's analysis, each a thin wrapper over its module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .brief import write_brief
from .cleaning import clean
from .crosscheck import crosscheck
from .dates import extract_dates
from .errors import DuplicateId, NoArticleText
from .facts import build_facts
from .model import Article, Report
from .people import extract_roles
from .pipeline import CorpusStage, MapStage
from .provenance import trace
from .quantities import extract_quantities
from .quotes import extract_quotes
from .readers import DEFAULT_MAX_BYTES, Item, read


class Read(MapStage):
    name = "read"
    requires = frozenset({"paths"})
    provides = frozenset({"articles"})

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes

    def process(self, item: Path) -> Iterator[Item]:
        return read(item, self.max_bytes)


class Clean(MapStage):
    name = "clean"
    requires = frozenset({"articles"})
    provides = frozenset({"clean_text"})

    def process(self, item: Article) -> Iterable[Article]:
        cleaned = clean(item)
        if not cleaned.text.strip():
            raise NoArticleText(item.source, "no story text left after removing scrape residue")
        return [cleaned]


class UniqueIds(MapStage):
    """Sets aside a second article with an id already taken (ids key every offset)."""

    name = "unique-ids"
    requires = frozenset({"articles"})

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def process(self, item: Article) -> Iterable[Article]:
        first = self.seen.setdefault(item.id, item.source)
        if first != item.source:
            raise DuplicateId(item.source, f"duplicate article id {item.id!r} (already read from {first})")
        return [item]


class Mentions(MapStage):
    name = "mentions"
    requires = frozenset({"clean_text"})
    provides = frozenset({"mentions"})

    def process(self, item: Article) -> Iterable[Article]:
        found = [*extract_quotes(item), *extract_quantities(item), *extract_roles(item), *extract_dates(item)]
        found.sort(key=lambda m: (m.start, m.end, m.kind))
        return [replace(item, mentions=tuple(found))]


class Provenance(CorpusStage):
    name = "provenance"
    requires = frozenset({"clean_text"})
    provides = frozenset({"reuse", "origins"})

    def apply(self, report: Report) -> Report:
        reuse, origins = trace(report.articles)
        return replace(report, reuse=tuple(reuse), origins=tuple(origins))


class Facts(CorpusStage):
    name = "facts"
    requires = frozenset({"mentions"})
    provides = frozenset({"facts"})

    def apply(self, report: Report) -> Report:
        return replace(report, facts=tuple(build_facts(report.articles)))


class CrossCheck(CorpusStage):
    name = "crosscheck"
    requires = frozenset({"facts", "reuse"})
    provides = frozenset({"verdicts", "discrepancies", "sources"})

    def apply(self, report: Report) -> Report:
        result = crosscheck(report.articles, report.facts, report.reuse)
        return replace(report, facts=result.facts, discrepancies=result.discrepancies, sources=result.sources)


class Brief(CorpusStage):
    name = "brief"
    requires = frozenset({"verdicts", "discrepancies", "origins"})
    provides = frozenset({"brief"})

    def apply(self, report: Report) -> Report:
        brief = write_brief(report.articles, report.facts, report.discrepancies, report.origins)
        return replace(report, brief=tuple(brief))
