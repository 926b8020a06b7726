from __future__ import annotations

import re

import pytest

from storycheck.causes import cause_of


def blame(text: str, figure: str):
    start = re.search(rf"\b{re.escape(figure)}\b", text).start()
    return cause_of(text, start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "weapon", "place"),
    [
        ("On Saturday, a missile attack on the central town of Kryvyi Rih left one man dead.", "one", "missile", "Kryvyi Rih"),
        ("Moscow launched 267 drones at Ukraine overnight, killing at least one person.", "at least one", "drone", None),
        ("Three people were killed by shelling in Kherson, officials said.", "Three", "artillery", "Kherson"),
        ("Two soldiers died in an Israeli airstrike near Rafah.", "Two", "air strike", "Rafah"),
        ("Five people were hurt. A blast ripped through the market.", "Five", None, None),
    ],
)
def test_cause_is_the_weapon_named_beside_the_figure(text, figure, weapon, place):
    cause = blame(text, figure)
    if weapon is None:
        assert cause is None  # the weapon is in another sentence: nothing is blamed
    else:
        assert (cause.weapon, cause.place) == (weapon, place)


def test_cause_prefers_the_weapon_before_the_figure():
    text = "A drone strike killed two people, hours after missiles hit the port."
    assert blame(text, "two").weapon == "drone"


def test_cause_label_reads_as_a_summary_phrase():
    assert blame("A missile attack killed one man.", "one").label == "a missile attack"
    assert blame("Drones killed one man.", "one").label == "drones"
