from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.facts import (
    _keyed_quotes,
    _same_statements,
    build_facts,
    normalize_title,
    quantity_key,
    quote_words,
    same_statement,
)
from storycheck.model import DateValue, QuantityValue, QuoteValue, RoleValue
from tests.conftest import make_article, mention_of


def test_facts_group_same_value_across_articles_and_split_different_values():
    texts = {"a": "They launched 267 drones.", "b": "Russia launched 267 drones.", "c": "Some 300 drones were launched."}
    articles = []
    for aid, text in texts.items():
        art = make_article(text, id=aid)
        words = "300" if aid == "c" else "267"
        value = QuantityValue(amount=float(words), counts="drones", event="launched")
        articles.append(replace(art, mentions=(mention_of(art, words, value),)))
    facts = build_facts(articles)
    assert len(facts) == 2 and facts[0].key == facts[1].key
    assert {f.articles for f in facts} == {("a", "b"), ("c",)}
    assert [f.id for f in facts] == ["F001", "F002"]


def test_facts_merge_name_variants_across_articles():
    a = make_article("Ukrainian President Volodymyr Zelenskyy spoke.", id="a")
    b = make_article("Ukrainian President Volodymyr Zelensky spoke.", id="b")
    a = replace(a, mentions=(mention_of(a, "Ukrainian President Volodymyr Zelenskyy", RoleValue("Volodymyr Zelenskyy", "Ukrainian President")),))
    b = replace(b, mentions=(mention_of(b, "Ukrainian President Volodymyr Zelensky", RoleValue("Volodymyr Zelensky", "Ukrainian President")),))
    [fact] = build_facts([a, b])
    assert fact.articles == ("a", "b") and fact.key in ("role:Volodymyr Zelenskyy", "role:Volodymyr Zelensky")


def test_facts_quotes_with_brackets_and_trims_share_a_key():
    full = "If [it means] peace for Ukraine, if you really need me to leave my post, I am ready"
    trim = "if you really need me to leave my post, I am ready"
    other = "Every day, our people stand against aerial terror"
    arts = []
    for aid, words in (("a", full), ("b", trim), ("c", other)):
        art = make_article(f"“{words},” he said.", id=aid)
        arts.append(replace(art, mentions=(mention_of(art, words, QuoteValue("Volodymyr Zelenskyy", words)),)))
    facts = build_facts(arts)
    keys = {f.articles[0]: f.key for f in facts}
    assert keys["a"] == keys["b"] != keys["c"]


def test_facts_mentions_keep_their_offsets():
    art = make_article("On Sunday, 2025-02-23, it happened.", id="a")
    art = replace(art, mentions=(mention_of(art, "Sunday", DateValue("2025-02-23", relative=True)),))
    [fact] = build_facts([art])
    m = fact.mentions[0]
    assert art.text[m.start : m.end] == m.text == "Sunday"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("if it means peace for ukraine", "if it guarantees peace for ukraine", True),
        ("i can exchange this for nato if that condition is there immediately", "i can exchange it for nato", True),
        ("every day our people stand against aerial terror", "there is no space for emotions here", False),
        # a fragment found word for word in a longer quote is a trim of it
        ("the worlds in tough shape", "his wife was qualified to be president at this time because the worlds in tough shape", True),
        # a few words the long quote happens to contain are not (token-set ratio 100, partial 53)
        ("ted ted ted ted", "not only can ted cruz win in november hes the one with the best chance of winning", False),
        # nor a near match of a few words (partial ratio 77)
        ("it was demoralizing to work for obama", "it was demoralizing your whole job as a general is to take care of people because", False),
    ],
)
def test_facts_same_statement(a: str, b: str, same: bool):
    assert same_statement(a, b) is same


def test_facts_normalizers():
    assert quote_words("If [it means] peace … I’m ready (applause).") == "if peace im ready"
    assert quote_words("We realised our neighbours' honour") == quote_words("We realized our neighbors honor")
    assert normalize_title("former U.S. President") == "former us president"
    assert normalize_title("Trump's envoy,") == normalize_title("Trump envoy")
    v = QuantityValue(amount=1400, counts="guided aerial bombs", event="launched", scope="past week")
    assert quantity_key(v) == "quantity:launched:bomb:past week:"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Russia’s Deputy Foreign Minister", "Russian Deputy Foreign Minister"), ("the U.S. President", "US President"), ("American envoy", "US envoy")],
)
def test_facts_titles_normalise_alike(a: str, b: str):
    assert normalize_title(a) == normalize_title(b)


_WORDS = ["we", "will", "not", "stop", "peace", "for", "ukraine", "ready", "nato", "today", "the", "of"]
_QUOTE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_QUOTE, st.lists(_QUOTE, max_size=20))
def test_facts_same_statements_matches_asking_each(text, others):
    """The batch scored with a cutoff keeps exactly the texts same_statement keeps."""
    assert sorted(_same_statements(text, others)) == sorted(o for o in others if same_statement(text, o))


def test_facts_fragments_do_not_chain_unrelated_quotes():
    """Two short quotes sharing a few words with one long quote stay three statements."""
    long = "we will not stop until there is peace for ukraine and a ready answer for nato today"
    texts = ["peace for ukraine and a", "nato will stop ukraine today", long]
    art = make_article(" ".join(f"“{t},” he said." for t in texts), id="a")
    quotes = [mention_of(art, t, QuoteValue("Volodymyr Zelenskyy", t)) for t in texts]
    keys = {m.text: key for _, key, _, m in _keyed_quotes(quotes)}
    assert keys[texts[0]] == keys[long] != keys[texts[1]]
