from __future__ import annotations

from collections.abc import Iterable

import pytest

from storycheck.errors import InputError, UnreadableInput
from storycheck.model import Problem, Report, StageStats
from storycheck.pipeline import CorpusStage, MapStage, Pipeline, PipelineOrderError


class Halve(MapStage):
    name = "halve"
    requires = frozenset({"paths"})
    provides = frozenset({"numbers"})

    def process(self, item: int) -> Iterable[int | InputError]:
        if item < 0:
            raise UnreadableInput(f"n{item}", "negative")
        if item % 2:
            yield UnreadableInput(f"n{item}", "odd")
            return
        yield item // 2


class NeedsFacts(CorpusStage):
    name = "needs-facts"
    requires = frozenset({"facts"})

    def apply(self, report: Report) -> Report:
        return report


class ProvidesFacts(CorpusStage):
    name = "provides-facts"
    requires = frozenset({"numbers"})
    provides = frozenset({"facts"})

    def apply(self, report: Report) -> Report:
        return report


def test_pipeline_map_stage_counts_and_sets_errors_aside():
    stats, problems = StageStats("halve"), []
    out = list(Halve().run([4, 3, -2, 8, UnreadableInput("upstream", "bad")], stats, problems))
    assert out == [2, 4]
    assert (stats.items_in, stats.items_out) == (4, 2)
    assert stats.dropped == {"UnreadableInput": 2}
    assert problems == [Problem("n3", "odd"), Problem("n-2", "negative"), Problem("upstream", "bad")]


def test_pipeline_checks_stage_order_when_built():
    Pipeline([Halve()], [ProvidesFacts(), NeedsFacts()])
    with pytest.raises(PipelineOrderError, match="needs-facts.*facts"):
        Pipeline([Halve()], [NeedsFacts(), ProvidesFacts()])


def test_pipeline_default_order_is_valid():
    from storycheck.api import default_pipeline

    pipeline = default_pipeline()
    names = [s.name for s in [*pipeline.map_stages, *pipeline.corpus_stages]]
    assert names == ["read", "clean", "unique-ids", "mentions", "stories", "provenance", "facts", "crosscheck", "brief"]
