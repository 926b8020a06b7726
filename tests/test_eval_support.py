"""Tests for storycheck.evals.support: claim support on FRANK summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from storycheck import embeddings
from storycheck.evals.support import balanced_accuracy, best_threshold, run
from tests.conftest import DATA, run_eval_cli, small_frank

FRANK = DATA / "frank"

# The full test split takes ~2 minutes (encoding ~9,000 sentences), so the suite scores the first
# SUBSET articles of each data set with all their summaries: 40 articles, 180 summaries.
SUBSET = 20
# Measured on that subset with embeddings: balanced_accuracy 0.803, roc_auc 0.900; on the full test
# split 0.802 / 0.867. Floors sit a little under.
BA_FLOOR = 0.76
AUC_FLOOR = 0.86
METRICS = {"balanced_accuracy", "roc_auc", "balanced_accuracy_cnndm", "roc_auc_cnndm", "balanced_accuracy_xsum",
           "roc_auc_xsum", "threshold", "summaries"}

needs_data = pytest.mark.skipif(not FRANK.is_dir(), reason=f"labelled data not found at {DATA}")


@pytest.mark.parametrize(
    ("scores", "gold", "threshold", "expected"),
    [([0.9, 0.1], [True, False], 0.5, 1.0), ([0.9, 0.8, 0.1], [True, False, False], 0.5, 0.75), ([0.2, 0.1], [True, False], 0.5, 0.5)],
)
def test_eval_support_balanced_accuracy_averages_both_recalls(
    scores: list[float], gold: list[bool], threshold: float, expected: float
) -> None:
    assert balanced_accuracy(scores, gold, threshold) == pytest.approx(expected)


def test_eval_support_best_threshold_separates_when_it_can() -> None:
    t = best_threshold([0.9, 0.7, 0.3, 0.2], [True, True, False, False])
    assert 0.3 < t < 0.7


@needs_data
def test_eval_support_on_a_test_subset_separates_supported_summaries() -> None:
    result = run(DATA, "test", limit=SUBSET)
    m = result.metrics
    assert set(m) == METRICS
    assert m["summaries"] == 180
    assert m["balanced_accuracy"] >= BA_FLOOR
    assert m["roc_auc"] >= AUC_FLOOR
    assert any("Factuality == 1.0" in note for note in result.notes)
    assert any(("embedding" in note) == embeddings.available() for note in result.notes if note.startswith("support:"))


@needs_data
def test_eval_support_cli_writes_json(tmp_path: Path) -> None:
    # the CLI always runs a whole split, so it is pointed at a small copy of the data set
    n_summaries = small_frank(tmp_path / "frank", per_dataset=3)
    out = tmp_path / "support.json"
    payload = run_eval_cli("support", tmp_path, out)
    assert payload["dataset"] == "frank"
    assert set(payload["metrics"]) == METRICS
    assert payload["metrics"]["summaries"] == n_summaries
    assert 0.0 <= payload["metrics"]["balanced_accuracy"] <= 1.0
