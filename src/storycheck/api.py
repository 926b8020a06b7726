"""The public entry point: ``analyze(paths) -> Report``. The CLI and REST are skins over it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .executor import LocalExecutor
from .model import Report
from .pipeline import Pipeline, ProgressFn
from .readers import DEFAULT_MAX_BYTES, discover
from .stages import (
    Brief,
    Clean,
    CrossCheck,
    Facts,
    Mentions,
    Provenance,
    Read,
    Stories,
    UniqueIds,
)


def default_pipeline(max_bytes: int = DEFAULT_MAX_BYTES, parse: bool = False) -> Pipeline:
    return Pipeline(
        map_stages=[Read(max_bytes), Clean(), UniqueIds(), Mentions(parse)],
        corpus_stages=[Stories(), Provenance(), Facts(), CrossCheck(), Brief()],
    )


def analyze(
    paths: str | Path | Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: bool = False,
    progress: ProgressFn | None = None,
) -> Report:
    """Read every article under ``paths``, group them into stories and cross-check each story.

    Inputs that cannot be read are listed in ``report.problems``; the rest are
    analyzed. ``parse`` adds a dependency parse to quote extraction (storycheck[nlp]).
    Example: ``storycheck.analyze("examples/zelenskyy-2025-02-23")``.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    inputs = list(discover(paths))
    return LocalExecutor().run(default_pipeline(max_bytes, parse), inputs, progress)
