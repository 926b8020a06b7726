"""Evaluations against labelled data sets (../shared/data by default), one module each.

Each module exposes ``run(data_dir: Path, split: str) -> EvalResult``; the CLI's
``storycheck eval NAME`` prints the result beside the published yardstick and
writes ``{"dataset", "split", "metrics"}`` JSON.
"""

from __future__ import annotations

import importlib

from .base import DEFAULT_DATA_DIR, DataMissing, EvalResult, Yardstick

#: eval name -> module under storycheck.evals (imported only when that eval runs)
EVALS: dict[str, str] = {
    "quotes": "quotes",
    "quantities": "quantities",
    "similarity": "similarity",
    "stories": "stories",
    "reuse": "reuse",
    "support": "support",
    "contradictions": "contradictions",
}


def run(name: str, split: str, data_dir=DEFAULT_DATA_DIR) -> EvalResult:
    """Run the evaluation ``name`` on ``split`` of its data set under ``data_dir``."""
    if name not in EVALS:
        raise KeyError(f"unknown evaluation {name!r}: choose from {', '.join(sorted(EVALS))}")
    module = importlib.import_module(f"{__name__}.{EVALS[name]}")
    return module.run(data_dir, split)


__all__ = ["DEFAULT_DATA_DIR", "EVALS", "DataMissing", "EvalResult", "Yardstick", "run"]
