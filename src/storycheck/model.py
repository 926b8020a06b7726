"""The records storycheck passes between stages: frozen, slotted, typed.

Every annotation is an offset pair over an article's *cleaned* text, never a
copy detached from it: ``article.text[m.start:m.end] == m.text`` holds for
every mention (a property test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Union

SCHEMA_ID = "storycheck.report/1"

FactKind = Literal["quote", "quantity", "role", "date", "event"]
ReuseKind = Literal["copy", "rewrite", "paraphrase"]
DiscrepancyKind = Literal["quantity", "role", "quote", "date", "attribution", "claim"]
Severity = Literal["high", "medium", "low"]
# corroborated: ≥ 2 independent sources; vaguer: compatible with, but less precise than, others;
# superseded: an earlier day's lower count of a growing toll;
# quote verdicts: verbatim, trimmed, variant (independent rendering), altered, unattested
Verdict = Literal[
    "corroborated", "single-source", "contradicted", "vaguer", "superseded",
    "verbatim", "trimmed", "variant", "altered", "unattested",
]
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``text`` is the cleaned story text all offsets refer to."""

    id: str
    source: str  # where it came from: a path, or "path:line" for JSON Lines
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    removed: tuple[str, ...] = ()  # scrape residue taken out by cleaning, for audit
    mentions: tuple[Mention, ...] = ()


# --- mention values: what a pinned span says -------------------------------


@dataclass(frozen=True, slots=True)
class QuoteValue:
    """Words attributed to a speaker; ``direct`` is False for indirect speech."""

    speaker: str | None  # canonical person name, None when unresolved
    text: str  # the quoted words, without the quote marks
    direct: bool = True


@dataclass(frozen=True, slots=True)
class QuantityValue:
    """A number and what it counts; vague or approximate amounts are ranges."""

    amount: float | None  # exact amount, None when only a range is stated
    min: float | None = None
    max: float | None = None
    unit: str | None = None  # "USD", "percent", None for plain counts
    counts: str | None = None  # what is counted: "attack drones"
    event: str | None = None  # what happened to it: "launched", "intercepted"
    scope: str | None = None  # time or place scope: "overnight", "past week"
    qualifier: str | None = None  # the hedge word as written: "nearly", "more than"


@dataclass(frozen=True, slots=True)
class RoleValue:
    """A person and the title an article gives them."""

    person: str  # canonical name
    title: str  # "US Secretary of State", "former U.S. President"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date or period; ``iso`` is YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www."""

    iso: str
    relative: bool = False  # resolved against the publication date: "on Sunday", "last week", "February 23"
    event: str | None = None  # what happened then: "invasion", "meeting", "missile attack" (see events.py)


MentionValue = Union[QuoteValue, QuantityValue, RoleValue, DateValue]

_KIND_OF_VALUE: dict[type, FactKind] = {
    QuoteValue: "quote",
    QuantityValue: "quantity",
    RoleValue: "role",
    DateValue: "date",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of one article's cleaned text and what it states."""

    article: str
    start: int
    end: int
    text: str
    value: MentionValue

    @property
    def kind(self) -> FactKind:
        return _KIND_OF_VALUE[type(self.value)]


# --- corpus-level records ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanPair:
    """A passage of the source and the passage of the target derived from it."""

    source_span: tuple[int, int]
    target_span: tuple[int, int]
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Reuse:
    """A directed reuse edge, from the original to the derived article."""

    source: str
    target: str
    kind: ReuseKind
    share: float  # fraction of the target's sentences derived from the source
    pairs: tuple[SpanPair, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable claim and every mention, across articles, that states it.

    Facts sharing a ``key`` are about the same thing (the same counted event,
    the same person's title, the same speaker's words); differing values
    under one key are what cross-checking looks at.
    """

    id: str
    kind: FactKind
    key: str
    value: MentionValue
    mentions: tuple[Mention, ...]
    verdict: Verdict | None = None  # set by cross-checking
    story: str = ""  # id of the story the fact belongs to

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Articles that deviate from others on one fact, with the words as proof."""

    id: str
    kind: DiscrepancyKind
    severity: Severity
    summary: str
    articles: tuple[str, ...]  # the deviating articles
    against: tuple[str, ...]  # the articles on the other side
    mentions: tuple[Mention, ...]
    story: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report the same event; each is analyzed on its own."""

    id: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourceScore:
    article: str
    originality: float
    agreement: float
    quote_fidelity: float
    omissions: tuple[str, ...] = ()  # ids of facts the other sources establish that this article lacks


@dataclass(frozen=True, slots=True)
class BriefSentence:
    sentence: str
    citations: tuple[str, ...]
    story: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be analyzed, and why, in one line."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Report:
    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()
    reuse: tuple[Reuse, ...] = ()
    origins: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    sources: tuple[SourceScore, ...] = ()
    brief: tuple[BriefSentence, ...] = ()
    problems: tuple[Problem, ...] = ()
    stats: tuple[StageStats, ...] = field(default=(), compare=False)
    schema: str = SCHEMA_ID

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def story_view(self, story: Story) -> Report:
        """This report narrowed to the articles and findings of one story."""
        ids = set(story.articles)
        return Report(
            articles=tuple(a for a in self.articles if a.id in ids),
            stories=(story,),
            reuse=tuple(r for r in self.reuse if r.target in ids),
            origins=tuple(o for o in self.origins if o in ids),
            facts=tuple(f for f in self.facts if f.story == story.id),
            discrepancies=tuple(d for d in self.discrepancies if d.story == story.id),
            sources=tuple(s for s in self.sources if s.article in ids),
            brief=tuple(b for b in self.brief if b.story == story.id),
            problems=self.problems,
            stats=self.stats,
        )


@dataclass(slots=True)
class StageStats:
    """Counters of one stage: items in and out, drops by reason, seconds spent."""

    name: str
    items_in: int = 0
    items_out: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
