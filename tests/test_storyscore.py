"""Tests for storycheck.storyscore: the pairwise same-story score, on hand-built articles."""

from __future__ import annotations

import pytest

from storycheck import embeddings
from storycheck.storyscore import pair_features, profiles, same_story, score, score_pairs
from tests.conftest import make_article

QUAKE_A = make_article(
    "Magnitude 6.8 earthquake strikes eastern Turkey\n"
    "A magnitude 6.8 earthquake struck the eastern Turkish province of Elazig on Friday evening, killing at least "
    "18 people and injuring hundreds, officials said. Rescue teams searched collapsed buildings in the town of "
    "Sivrice through the night. Interior Minister Suleyman Soylu said 30 people were trapped under rubble.",
    id="quake_a",
)
QUAKE_B = make_article(
    "Deadly quake hits Elazig province in Turkey\n"
    "At least 18 people were killed when a strong earthquake shook Elazig in eastern Turkey late on Friday. "
    "Soylu, the interior minister, told reporters that rescuers were working to free about 30 people trapped "
    "in the rubble of buildings in Sivrice, near the epicentre.",
    id="quake_b",
)
QUAKE_OTHER = make_article(
    "Strong earthquake shakes central Chile\n"
    "A magnitude 6.1 earthquake struck off the coast of central Chile on Tuesday, the US Geological Survey said. "
    "Residents of Valparaiso ran into the streets, but the national emergency office reported no damage or "
    "casualties and said no tsunami warning had been issued.",
    id="quake_other",
)
GERMAN = make_article(
    "Starkes Erdbeben erschüttert den Osten der Türkei\n"
    "Bei einem Erdbeben der Stärke 6,8 sind in der osttürkischen Provinz Elazig mindestens 18 Menschen ums Leben "
    "gekommen. Rettungskräfte suchten die ganze Nacht in den Trümmern nach Verschütteten.",
    id="german",
)
ARTICLES = (QUAKE_A, QUAKE_B, QUAKE_OTHER, GERMAN)

needs_model = pytest.mark.skipif(not embeddings.available(), reason="embedding model not installed")


@pytest.mark.parametrize("embed", [False, pytest.param(True, marks=needs_model)])
def test_storyscore_same_event_beats_same_kind_of_event(embed: bool) -> None:
    same = same_story(QUAKE_A, QUAKE_B, embed=embed)
    other = same_story(QUAKE_A, QUAKE_OTHER, embed=embed)
    assert same > other
    assert same > 0.5 > other


@pytest.mark.parametrize("embed", [False, pytest.param(True, marks=needs_model)])
def test_storyscore_is_symmetric_and_in_unit_interval(embed: bool) -> None:
    profs = profiles(ARTICLES, embed=embed)
    for p in profs:
        for q in profs:
            s = score(p, q)
            assert 0.0 <= s <= 1.0
            assert s == pytest.approx(score(q, p), abs=1e-12)


def test_storyscore_identical_articles_score_near_one() -> None:
    assert same_story(QUAKE_A, QUAKE_A, embed=False) > 0.95


def test_storyscore_score_pairs_matches_same_story() -> None:
    pairs = [(0, 1), (0, 2), (1, 3)]
    batch = score_pairs(ARTICLES, pairs, embed=False)
    assert batch.shape == (3,)
    for (i, j), s in zip(pairs, batch):
        assert s == pytest.approx(same_story(ARTICLES[i], ARTICLES[j], embed=False))


def test_storyscore_pair_score_does_not_depend_on_the_batch() -> None:
    alone = score_pairs(ARTICLES[:2], [(0, 1)], embed=False)[0]
    in_crowd = score_pairs(ARTICLES, [(0, 1)], embed=False)[0]
    assert alone == pytest.approx(in_crowd)


@pytest.mark.parametrize(("article", "english"), [(QUAKE_A, 1.0), (GERMAN, 0.0)])
def test_storyscore_profile_tells_english_from_other_languages(article, english: float) -> None:
    (p,) = profiles([article], embed=False)
    assert p.english == english


def test_storyscore_names_are_capitalised_words() -> None:
    (p,) = profiles([QUAKE_A], embed=False)
    assert {"elazig", "sivrice", "soylu", "turkey"} <= p.names.keys()
    assert "people" not in p.names


def test_storyscore_title_counts_when_text_lacks_it() -> None:
    body = make_article("Officials gave no figures on Friday.", id="x", title="Earthquake in Elazig kills 18")
    (p,) = profiles([body], embed=False)
    assert "elazig" in p.names


@pytest.mark.parametrize("text", ["", "   ", "12 345 — 678"])
def test_storyscore_empty_or_wordless_text_scores_low(text: str) -> None:
    empty = make_article(text, id="empty")
    s = same_story(empty, QUAKE_A, embed=False)
    assert 0.0 <= s < 0.5
    head, terms, names, _ = pair_features(*profiles([empty, QUAKE_A], embed=False))
    assert (head, terms, names) == (0.0, 0.0, 0.0)


@needs_model
def test_storyscore_embeddings_fill_head_feature() -> None:
    a, b, c = profiles([QUAKE_A, QUAKE_B, QUAKE_OTHER], embed=True)
    assert a.lead is not None and a.lead.shape[1] == embeddings.DIMENSIONS
    assert pair_features(a, b)[0] > pair_features(a, c)[0]
