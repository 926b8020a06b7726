from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.sentences import sentence_at, sentences


def test_sentences_keep_abbreviations_and_lower_case_continuations():
    text = "Mr. Lee arrived. “We won,” he said. It rained.\nNext line"
    assert [text[s:e] for s, e in sentences(text)] == ["Mr. Lee arrived.", "“We won,” he said.", "It rained.", "Next line"]


def test_sentence_at_finds_the_sentence_holding_a_position():
    text = "Mr. Lee arrived. It rained."
    assert text[slice(*sentence_at(text, text.index("rained")))] == "It rained."
    assert text[slice(*sentence_at(text, 0))] == "Mr. Lee arrived."
    assert sentence_at(text, text.index(" It")) == (text.index(" It"), text.index(" It"))  # between sentences


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr. Lee", " arrived.", " It rained!", "\n", "\n\n", "  ", "“We won,” he said.", " a", ".", "U.S."]), max_size=25))
def test_sentence_at_agrees_with_splitting_the_whole_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    whole = list(sentences(text))
    for pos in range(len(text) + 1):
        expected = next(((s, e) for s, e in whole if s <= pos < e), (pos, pos))
        assert sentence_at(text, pos) == expected
