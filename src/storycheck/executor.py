"""Run a pipeline's stages over inputs. Executors are separate from the stages they run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .model import Problem, Report, StageStats
from .pipeline import Pipeline, ProgressFn


def _no_progress(stage: str, done: int, total: int | None) -> None:
    pass


class LocalExecutor:
    """Streams the map stages in this process, then runs each corpus stage as a barrier."""

    def run(self, pipeline: Pipeline, inputs: Sequence[Any], progress: ProgressFn | None = None) -> Report:
        progress = progress or _no_progress
        problems: list[Problem] = []
        stats = [StageStats(stage.name) for stage in pipeline.map_stages]
        items: Any = iter(inputs)
        for stage, counter in zip(pipeline.map_stages, stats):
            items = stage.run(items, counter, problems)
        articles = []
        total = len(inputs)
        progress("read", 0, total)
        for article in items:
            articles.append(article)
            progress("read", stats[0].items_in, total)
        progress("read", total, total)
        report = Report(articles=tuple(articles))
        if articles:
            for stage in pipeline.corpus_stages:
                counter = StageStats(stage.name)
                progress(stage.name, 0, 1)
                report = stage.run(report, counter)
                progress(stage.name, 1, 1)
                stats.append(counter)
        return replace(report, problems=tuple(problems), stats=tuple(stats))
