from __future__ import annotations

from dataclasses import replace

import pytest

from storycheck.facts import (
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
