"""Tests for storycheck.evals.reuse: derived-from detection on FRANK summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from storycheck.evals.reuse import DERIVED_THRESHOLD, article_text, auc, detokenize, run, summary_text
from tests.conftest import DATA, run_eval_cli, small_frank

FRANK = DATA / "frank"
# The full test split takes minutes (encoding ~8,000 sentences), so the suite scores the first
# SUBSET articles of each data set with all their summaries: 40 articles, 180 summaries.
SUBSET = 20
# Measured on that subset with embeddings: derived_auc 0.987 (cnndm 1.000, xsum 0.970); on the full
# test split 0.98. The floor sits a little under, so noise does not fail the build but a real drop does.
AUC_FLOOR = 0.95
METRICS = {"derived_auc", "derived_auc_cnndm", "derived_auc_xsum", "derived_accuracy", "edge_rate_true",
           "edge_rate_distractor", "direction_accuracy", "pairs"}

needs_data = pytest.mark.skipif(not FRANK.is_dir(), reason=f"labelled data not found at {DATA}")


@pytest.mark.parametrize(
    ("positives", "negatives", "expected"),
    [([0.9, 0.8], [0.1, 0.2], 1.0), ([0.1], [0.9], 0.0), ([0.5, 0.5], [0.5, 0.5], 0.5), ([0.3, 0.9], [0.3, 0.1], 0.875)],
)
def test_eval_reuse_auc_counts_ties_as_half(positives: list[float], negatives: list[float], expected: float) -> None:
    assert auc(positives, negatives) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("physical activity can increase grey matter in the brain , study found .",
         "physical activity can increase grey matter in the brain, study found."),
        ("the study 's author , dr urho kujala , said it is n't clear .", "the study's author, dr urho kujala, said it isn't clear."),
        ("he said `` we are ready '' on sunday .", "he said “we are ready” on sunday."),
        ("she is ` the barbie from down under ' , he said", "she is ‘the barbie from down under’, he said"),
        ("britain\\'s exports ( mostly cars ) rose 5 % .", "britain's exports (mostly cars) rose 5%."),
    ],
)
def test_eval_reuse_detokenize_joins_tokens(tokens: str, text: str) -> None:
    assert detokenize(tokens) == text


def test_eval_reuse_summary_keeps_one_sentence_a_line_and_ends_it() -> None:
    row = {"summary_sentences": ["the fbi has said it will help .", "the victims were named"]}
    assert summary_text(row) == "the fbi has said it will help.\nthe victims were named."
    cased = {"summary_cased": "Physical activity helps , study found . It can increase balance", **row}
    assert summary_text(cased) == "Physical activity helps, study found. It can increase balance."


def test_eval_reuse_article_text_unglues_sentences_and_cuts_share_widget() -> None:
    raw = "Share this withEmailFacebookCopy this linkPupils tried new food at school.Half of parents agreed."
    assert article_text(raw) == "Pupils tried new food at school. Half of parents agreed."
    assert article_text("The U.S. economy grew 2.5% in 2016.") == "The U.S. economy grew 2.5% in 2016."


@needs_data
def test_eval_reuse_on_a_test_subset_separates_derived_from_unrelated() -> None:
    result = run(DATA, "test", limit=SUBSET)
    m = result.metrics
    assert set(m) == METRICS
    assert m["pairs"] == 180
    assert m["derived_auc"] >= AUC_FLOOR
    assert m["derived_auc_cnndm"] >= AUC_FLOOR
    assert m["derived_accuracy"] >= 0.85
    assert m["direction_accuracy"] >= 0.9
    assert m["edge_rate_distractor"] <= 0.02  # an unrelated article is (almost) never drawn as a source
    assert any(str(DERIVED_THRESHOLD) in note for note in result.notes)




@needs_data
def test_eval_reuse_cli_writes_json(tmp_path: Path) -> None:
    # the CLI always runs a whole split, so it is pointed at a small copy of the data set
    n_summaries = small_frank(tmp_path / "frank", per_dataset=3)
    out = tmp_path / "reuse.json"
    payload = run_eval_cli("reuse", tmp_path, out)
    assert payload["dataset"] == "frank"
    assert set(payload["metrics"]) == METRICS
    assert payload["metrics"]["pairs"] == n_summaries
    assert 0.0 <= payload["metrics"]["derived_auc"] <= 1.0
