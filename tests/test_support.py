"""Tests for storycheck.support: a claim scored against a source article."""

from __future__ import annotations

import math

import pytest

from storycheck import embeddings
from storycheck.model import Article
from storycheck.support import SOFT_MIN, claim_evidence, nearest_sentences, soft_min, support_score

SOURCE = Article(
    id="src",
    source="test",
    text=(
        "The city council approved a budget of $5 million for the new public library on Tuesday. "
        "Mayor Anna Keller said construction of the library would begin in March. "
        "The library will hold 40,000 books and open to readers in 2027."
    ),
)
SUPPORTED = "The city council approved a $5 million budget for the new public library."

needs_embeddings = pytest.mark.skipif(not embeddings.available(), reason="embedding extra not installed")


@pytest.mark.parametrize(
    ("supported", "unsupported"),
    [
        (SUPPORTED, "The city council approved a $9 million budget for the new public library."),
        ("Mayor Anna Keller said construction of the library would begin in March.",
         "Mayor Peter Brandt said construction of the library would begin in March."),
        ("The library will hold 40,000 books.", "The library will not hold 40,000 books."),
        ("The library will open to readers in 2027.", "The library will open to readers in 2031."),
    ],
)
@pytest.mark.parametrize("use_embeddings", [False, pytest.param(True, marks=needs_embeddings)])
def test_support_changed_detail_scores_below_supported_claim(supported: str, unsupported: str, use_embeddings: bool) -> None:
    assert support_score(supported, SOURCE, use_embeddings) > support_score(unsupported, SOURCE, use_embeddings)


@pytest.mark.parametrize(
    ("claim", "field", "expected"),
    [
        (SUPPORTED, "numbers", 0),
        ("The council approved a $9 million budget for the library.", "numbers", 1),
        ("Mayor Anna Keller said construction would begin.", "names", 0),
        ("Mayor Peter Keller said construction would begin.", "names", 1),
        ("The library will hold 40,000 books.", "negation", 0),
        ("The library will never hold 40,000 books.", "negation", 1),
    ],
)
def test_support_evidence_flags_unsupported_details(claim: str, field: str, expected: int) -> None:
    (evidence,) = claim_evidence(claim, SOURCE, use_embeddings=False)
    assert getattr(evidence, field) == expected


def test_support_text_is_only_as_supported_as_its_weakest_sentence() -> None:
    invented = "Rebel fighters stormed the airport at dawn."
    alone = support_score(SUPPORTED, SOURCE, use_embeddings=False)
    both = support_score(f"{SUPPORTED} {invented}", SOURCE, use_embeddings=False)
    assert both < alone
    # a soft minimum: at most log(n)/SOFT_MIN above the weakest sentence
    assert both <= support_score(invented, SOURCE, use_embeddings=False) + math.log(2) / SOFT_MIN


def test_support_unrelated_claim_scores_low_and_empty_claim_zero() -> None:
    assert support_score("Heavy rain flooded the football stadium in Leeds overnight.", SOURCE, use_embeddings=False) < 0.2
    assert support_score("", SOURCE, use_embeddings=False) == 0.0


@pytest.mark.parametrize(("scores", "low", "high"), [([0.7], 0.7, 0.7), ([0.2, 0.9], 0.2, 0.55), ([0.5, 0.5, 0.5], 0.5, 0.5)])
def test_support_soft_min_lies_between_min_and_mean(scores: list[float], low: float, high: float) -> None:
    assert low - 1e-9 <= soft_min(scores) <= high + 1e-9


def test_support_nearest_sentences_by_shared_stems() -> None:
    assert nearest_sentences("When does library construction begin?", SOURCE, k=1, use_embeddings=False) == [
        "Mayor Anna Keller said construction of the library would begin in March."
    ]


@needs_embeddings
def test_support_paraphrase_beats_unrelated_claim_with_embeddings() -> None:
    paraphrase = "Councillors signed off five million dollars to build a new public library."
    unrelated = "Councillors rejected a plan to build a new football stadium."
    assert support_score(paraphrase, SOURCE, use_embeddings=True) > support_score(unrelated, SOURCE, use_embeddings=True)
