"""Stages and the pipeline that orders them.

A *map stage* takes one item and yields zero or more; the base class owns the
loop, the counters and the error policy (an ``InputError`` — raised or
yielded — is recorded as a ``Problem`` and the item set aside). A *corpus
stage* needs every article at once and is an explicit barrier: it takes the
report built so far and returns it with the fields it provides filled in.
Stages declare what they require and provide; ``Pipeline`` checks the order
when it is built, not halfway through a run.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import InputError, StorycheckError
from .model import Problem, Report, StageStats

#: progress callback: (stage name, items done, total or None)
ProgressFn = Callable[[str, int, "int | None"], None]


class PipelineOrderError(StorycheckError):
    """A stage requires something no earlier stage provides."""


class Stage(ABC):
    name: ClassVar[str]
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()


class MapStage(Stage):
    """One item in, zero or more out."""

    @abstractmethod
    def process(self, item: Any) -> Iterable[Any]:
        """Per-item logic; may raise or yield ``InputError`` to set an input aside."""

    def run(self, items: Iterable[Any], stats: StageStats, problems: list[Problem]) -> Iterator[Any]:
        for item in items:
            if isinstance(item, InputError):  # set aside upstream; pass the record on
                problems.append(Problem(item.source, item.reason))
                continue
            stats.items_in += 1
            started = time.perf_counter()
            try:
                outputs = list(self.process(item))
            except InputError as error:
                outputs = [error]
            finally:
                stats.seconds += time.perf_counter() - started
            for out in outputs:
                if isinstance(out, InputError):
                    problems.append(Problem(out.source, out.reason))
                    stats.drop(type(out).__name__)
                else:
                    stats.items_out += 1
                    yield out


class CorpusStage(Stage):
    """A barrier: sees the whole report so far and fills in what it provides."""

    @abstractmethod
    def apply(self, report: Report) -> Report:
        """Return the report with this stage's fields set."""

    def run(self, report: Report, stats: StageStats) -> Report:
        stats.items_in = len(report.articles)
        started = time.perf_counter()
        out = self.apply(report)
        stats.seconds = time.perf_counter() - started
        stats.items_out = len(out.articles)
        return out


@dataclass
class Pipeline:
    """Map stages stream inputs into articles; corpus stages then build the report."""

    map_stages: Sequence[MapStage]
    corpus_stages: Sequence[CorpusStage]
    given: frozenset[str] = field(default=frozenset({"paths"}))

    def __post_init__(self) -> None:
        have = set(self.given)
        for stage in [*self.map_stages, *self.corpus_stages]:
            missing = stage.requires - have
            if missing:
                raise PipelineOrderError(f"stage {stage.name!r} requires {sorted(missing)} which no earlier stage provides")
            have |= stage.provides
