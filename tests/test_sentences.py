from __future__ import annotations

from storycheck.sentences import sentence_at, sentences


def test_sentences_keep_abbreviations_and_lower_case_continuations():
    text = "Mr. Lee arrived. “We won,” he said. It rained.\nNext line"
    assert [text[s:e] for s, e in sentences(text)] == ["Mr. Lee arrived.", "“We won,” he said.", "It rained.", "Next line"]


def test_sentence_at_finds_the_sentence_holding_a_position():
    text = "Mr. Lee arrived. It rained."
    assert text[slice(*sentence_at(text, text.index("rained")))] == "It rained."
    assert text[slice(*sentence_at(text, 0))] == "Mr. Lee arrived."
    assert sentence_at(text, text.index(" It")) == (text.index(" It"), text.index(" It"))  # between sentences
