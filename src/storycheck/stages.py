"""The concrete stages of storycheck's analysis, each a thin wrapper over its module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from .brief import write_brief
from .cleaning import clean
from .crosscheck import crosscheck
from .dates import date_undated, extract_dates
from .errors import DuplicateId, NoArticleText
from .facts import build_facts
from .model import Article, Discrepancy, Fact, Report, Story
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
        if item.id in self.seen:
            raise DuplicateId(item.source, f"duplicate article id {item.id!r} (already read from {self.seen[item.id]})")
        self.seen[item.id] = item.source
        return [item]


class Mentions(MapStage):
    """Pins quotes, quantities, roles and dates to the cleaned text.

    ``parse`` adds the spaCy dependency parse to quote extraction (more indirect
    attributions, ~4,000 words/s instead of ~80,000; needs storycheck[nlp]).
    """

    name = "mentions"
    requires = frozenset({"clean_text"})
    provides = frozenset({"mentions"})

    def __init__(self, parse: bool = False) -> None:
        self.parse = parse

    def process(self, item: Article) -> Iterable[Article]:
        quotes = extract_quotes(item, parse=self.parse)
        found = [*quotes, *extract_quantities(item), *extract_roles(item), *extract_dates(item)]
        found.sort(key=lambda m: (m.start, m.end, m.kind))
        return [replace(item, mentions=tuple(found))]


class Stories(CorpusStage):
    """Groups the articles into stories; later stages analyze each story on its own."""

    name = "stories"
    requires = frozenset({"mentions"})
    provides = frozenset({"stories"})

    def apply(self, report: Report) -> Report:
        from .stories import group_stories

        groups = group_stories(report.articles) if len(report.articles) > 1 else [[a.id for a in report.articles]]
        stories = tuple(Story(f"S{n}", tuple(ids)) for n, ids in enumerate(groups, start=1))
        return replace(report, stories=stories)


class Provenance(CorpusStage):
    name = "provenance"
    requires = frozenset({"stories"})
    provides = frozenset({"reuse", "origins"})

    def apply(self, report: Report) -> Report:
        reuse, origins = [], []
        for _, articles in _by_story(report):
            edges, firsts = trace(articles)
            reuse += edges
            origins += firsts
        return replace(report, reuse=tuple(reuse), origins=tuple(origins))


class Facts(CorpusStage):
    name = "facts"
    requires = frozenset({"stories", "mentions"})
    provides = frozenset({"facts"})

    def apply(self, report: Report) -> Report:
        facts = [
            replace(f, story=story.id) for story, articles in _by_story(report) for f in build_facts(date_undated(articles))
        ]
        return replace(report, facts=_renumbered(facts, "F"))


class CrossCheck(CorpusStage):
    name = "crosscheck"
    requires = frozenset({"facts", "reuse"})
    provides = frozenset({"verdicts", "discrepancies", "sources"})

    def apply(self, report: Report) -> Report:
        facts, discrepancies, sources = [], [], []
        for story, articles in _by_story(report):
            ids = set(story.articles)
            result = crosscheck(
                articles,
                [f for f in report.facts if f.story == story.id],
                [r for r in report.reuse if r.target in ids],
            )
            facts += result.facts
            discrepancies += [replace(d, story=story.id) for d in result.discrepancies]
            sources += result.sources
        order = {f.id: n for n, f in enumerate(report.facts)}
        facts.sort(key=lambda f: order[f.id])
        return replace(report, facts=tuple(facts), discrepancies=_renumbered(discrepancies, "D"), sources=tuple(sources))


class Brief(CorpusStage):
    name = "brief"
    requires = frozenset({"verdicts", "discrepancies", "origins"})
    provides = frozenset({"brief"})

    def apply(self, report: Report) -> Report:
        brief = []
        for story, articles in _by_story(report):
            facts = [f for f in report.facts if f.story == story.id]
            found = [d for d in report.discrepancies if d.story == story.id]
            origins = [o for o in report.origins if o in story.articles]
            brief += [replace(b, story=story.id) for b in write_brief(articles, facts, found, origins)]
        return replace(report, brief=tuple(brief))


def _by_story(report: Report) -> list[tuple[Story, list[Article]]]:
    by_id = {a.id: a for a in report.articles}
    stories = report.stories or (Story("S1", tuple(by_id)),)
    return [(story, [by_id[i] for i in story.articles]) for story in stories]


_T = TypeVar("_T", Fact, Discrepancy)


def _renumbered(items: list[_T], prefix: str) -> tuple[_T, ...]:
    """Ids numbered across stories, so each is unique in the report."""
    return tuple(replace(item, id=f"{prefix}{n:03d}") for n, item in enumerate(items, start=1))
