"""Story grouping on hand-built articles: same event together, a same-kind event apart."""

from __future__ import annotations

import pytest

from storycheck import embeddings
from storycheck.stories import average_linkage, group_stories, pair_scores
from tests.conftest import make_article

LOHAN_1 = (
    "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday to begin a 90-day "
    "court-ordered stay, her lawyer Shawn Holley said.\n"
    "Judge James Dabney had ordered Lohan into rehab in March 2013 after her reckless driving conviction."
)
LOHAN_2 = (
    "Actress Lindsay Lohan arrived at the Betty Ford Center late Thursday for a 90-day stay, lawyer "
    "Shawn Holley told reporters.\n"
    "The stay was ordered by Judge James Dabney in March 2013 to settle the reckless driving case against Lohan."
)
REID = (
    "Tara Reid has checked herself into Promises Treatment Center in Malibu, her publicist Jack Ketsoyan "
    "told People magazine on Friday.\n"
    "Reid, 33, entered the rehab clinic in November 2008, Ketsoyan said."
)
BUDGET = (
    "The city council of Springfield approved a budget of $4.2 billion on Monday after a long debate.\n"
    "Mayor Ruth Alvarez said the plan would add 300 teachers and repair the Elm Street bridge."
)


def articles():
    return [make_article(t, id=i) for i, t in (("lohan-1", LOHAN_1), ("reid", REID), ("budget", BUDGET), ("lohan-2", LOHAN_2))]


@pytest.mark.parametrize("embed", [False, pytest.param(True, marks=pytest.mark.skipif(
    not embeddings.available(), reason="embedding model not installed (storycheck[embed])"))])
def test_stories_group_same_event_and_keep_same_kind_apart(embed: bool):
    assert group_stories(articles(), embed=embed) == [["lohan-1", "lohan-2"], ["reid"], ["budget"]]


def test_stories_every_article_in_exactly_one_group():
    groups = group_stories(articles(), embed=False)
    flat = [i for g in groups for i in g]
    assert sorted(flat) == sorted(a.id for a in articles())


def test_stories_output_is_deterministic_and_follows_input_order():
    first = group_stories(articles(), embed=False)
    assert group_stories(articles(), embed=False) == first
    reordered = list(reversed(articles()))
    assert group_stories(reordered, embed=False) == [["lohan-2", "lohan-1"], ["budget"], ["reid"]]


def test_stories_empty_and_single_input():
    assert group_stories([]) == []
    assert group_stories([make_article(BUDGET, id="only")], embed=False) == [["only"]]


def test_stories_pair_scores_are_symmetric_log_odds():
    scores = pair_scores(articles(), embed=False)
    assert scores.shape == (4, 4)
    assert (scores == scores.T).all()
    assert scores[0, 3] > 0 > scores[0, 1]  # the two Lohan reports vs Lohan and Reid


def test_stories_average_linkage_stops_at_threshold():
    import numpy as np

    scores = np.array([[0, 0.9, 0.1], [0.9, 0, 0.2], [0.1, 0.2, 0]], dtype=np.float32)
    assert average_linkage(scores, 0.5) == [[0, 1], [2]]
    assert average_linkage(scores, 0.1) == [[0, 1, 2]]  # average of 0.1 and 0.2 is 0.15
    assert average_linkage(scores, 0.16) == [[0, 1], [2]]


def test_stories_absorb_small_groups_joins_the_best_larger_group_above_the_floor():
    import numpy as np

    from storycheck.stories import absorb_small_groups

    scores = np.full((7, 7), -6.0, dtype=np.float32)
    for a, b in [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]:
        scores[a, b] = scores[b, a] = 3.0
    scores[4, :4] = scores[:4, 4] = -2.0  # a weak but real link to the group of four
    scores[5, :4] = scores[:4, 5] = -5.0  # below the floor: stays alone
    groups = [[0, 1, 2, 3], [4], [5], [6]]
    assert absorb_small_groups(scores, groups, max_size=3, min_average=-4.0) == [[0, 1, 2, 3, 4], [5], [6]]
    assert absorb_small_groups(scores, groups, max_size=0, min_average=-4.0) == groups
    assert absorb_small_groups(scores, [[4], [5]], max_size=3, min_average=-4.0) == [[4], [5]]  # nothing larger
