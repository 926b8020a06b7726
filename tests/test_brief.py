from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.brief import MAX_SENTENCES, _any_within, _facts_within, write_brief
from storycheck.model import Discrepancy, Fact, QuantityValue
from tests.conftest import make_article, mention_of

SENTENCES = [
    ("Russia launched 267 drones overnight, officials said.", "267", "drones", "launched"),
    ("Air defences intercepted 138 drones over several regions.", "138", "drones", "intercepted"),
    ("Another 119 drones were lost without causing damage, the air force said.", "119", "drones", "lost"),
    ("A missile attack on Kryvyi Rih killed one man on Saturday evening.", "one man", "man", "killed"),
    ("Five people were wounded in the same attack, regional authorities said.", "Five", "people", "injured"),
    ("Over the past week Russia fired 35 missiles at Ukrainian cities.", "35", "missiles", "launched"),
]


def story():
    a = make_article(" ".join(s for s, *_ in SENTENCES), id="a")
    b = make_article(" ".join(s for s, *_ in SENTENCES[:5]), id="b")
    facts = []
    for n, (_, words, counts, event) in enumerate(SENTENCES, start=1):
        value = QuantityValue(amount=1.0, counts=counts, event=event)
        mentions = [mention_of(a, words, value)]
        if n <= 5:
            mentions.append(mention_of(b, words, value))
        facts.append(Fact(f"F{n:03d}", "quantity", f"k{n}", value, tuple(mentions), "corroborated" if n <= 5 else "single-source"))
    return [a, b], facts


def test_brief_every_sentence_is_cited_by_articles_that_state_it():
    articles, facts = story()
    brief = write_brief(articles, facts, [], origins=["a"])
    assert 5 <= len(brief) <= MAX_SENTENCES
    assert all(b.citations for b in brief)
    by_sentence = {b.sentence: b.citations for b in brief}
    assert by_sentence[SENTENCES[0][0]] == ("a", "b")
    assert by_sentence[SENTENCES[5][0]] == ("a",)  # single-source: cites only its own article


def test_brief_follows_story_order_and_does_not_repeat_facts():
    articles, facts = story()
    brief = write_brief(articles, facts, [], origins=["a"])
    texts = [b.sentence for b in brief]
    assert texts == [s for s, *_ in SENTENCES]


def test_brief_states_contested_facts_with_both_sides():
    articles, facts = story()
    d = Discrepancy("D001", "quantity", "high", "Drones launched: a says 267; c says 300.", ("c",), ("a",), facts[0].mentions)
    brief = write_brief(articles, facts, [d], origins=["a"])
    contested = [b for b in brief if "Sources differ" in b.sentence]
    assert len(contested) == 1 and set(contested[0].citations) == {"a", "c"}


def test_brief_empty_without_facts():
    assert write_brief([make_article("Nothing checkable here at all, really.")], [], []) == []


def test_brief_never_states_a_contested_claim_as_fact():
    articles, facts = story()
    # a second, contradicted fact sits in the first sentence: the sentence must go, the rest stay
    value = QuantityValue(amount=1.0, counts="people", event="killed")
    contested = Fact("F099", "quantity", "k99", value, tuple(mention_of(x, "officials", value) for x in articles), "contradicted")
    brief = write_brief(articles, [*facts, contested], [], origins=["a"])
    sentences = [b.sentence for b in brief]
    assert SENTENCES[0][0] not in sentences
    assert SENTENCES[1][0] in sentences


# --- the sweep that finds each sentence's facts ---------------------------------

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.integers(0, 5)), max_size=30)
_BOUNDS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=15)


@settings(max_examples=300, deadline=None)
@given(_SPANS, _BOUNDS)
def test_brief_facts_within_matches_asking_every_fact(spans, bounds):
    """The bisection finds, per sentence, the facts the plain every-span loop finds, in its order."""
    facts = [Fact(f"F{n}", "quantity", f"k{n}", QuantityValue(amount=1.0), ()) for n in range(6)]
    pinned = [(start, start + width, facts[n]) for start, width, n in spans]
    bounds = [(s, s + width) for s, width in bounds]
    plain = [list({id(f): f for start, end, f in pinned if s <= start and end <= e}.values()) for s, e in bounds]
    assert list(_facts_within(pinned, bounds)) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 50)), st.integers(0, 50), st.integers(0, 20))
def test_brief_any_within_matches_a_scan(positions, s, width):
    assert _any_within(sorted(positions), s, s + width) == any(s <= p < s + width for p in positions)
