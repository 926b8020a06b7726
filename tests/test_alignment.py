"""Tests for storycheck.alignment: sentence pairs between a source and a derived text."""

from __future__ import annotations

import pytest

from storycheck.alignment import (
    Sentence,
    align,
    content_stems,
    own_words,
    prepare,
    stem,
)
from storycheck.model import Article
from storycheck.sentences import sentences
from tests.conftest import example_article


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text)


_example = example_article


def _sentence_bounds(text: str) -> tuple[set[int], set[int]]:
    spans = list(sentences(text))
    return {s for s, _ in spans}, {e for _, e in spans}


@pytest.mark.parametrize(("source", "target"), [("004", "000"), ("000", "004"), ("004", "002"), ("002", "000")])
def test_alignment_offsets_slice_sentences_of_the_right_article(source: str, target: str) -> None:
    src, tgt = _example(source), _example(target)
    target_spans = set(sentences(tgt.text))
    starts, ends = _sentence_bounds(src.text)
    for pair in align(src, tgt):
        assert pair.target_span in target_spans
        s, e = pair.source_span
        assert src.text[s:e].strip() and s in starts and e in ends  # one sentence or adjacent ones
        assert 0.0 < pair.similarity <= 1.0


def test_alignment_example_rewrite_pairs_the_reworded_sentences() -> None:
    original, rewrite = _example("004"), _example("000")
    pairs = {rewrite.text[p.target_span[0] : p.target_span[1]]: original.text[p.source_span[0] : p.source_span[1]]
             for p in align(original, rewrite)}
    spokesman = next(t for t in pairs if t.startswith("Ukraine’s Air Force spokesman"))
    assert pairs[spokesman].startswith("Air force spokesman Yuriy Ignat")
    kryvyi = next(t for t in pairs if t.startswith("On Saturday, a Russian missile attack"))
    assert pairs[kryvyi].startswith("On Saturday, a Russian missile attack")
    assert len(pairs) >= 12


def test_alignment_example_independent_report_shares_almost_no_sentences() -> None:
    independent = _example("002")
    n_content = len(prepare(independent.text).content)
    for other in ("004", "000"):
        assert len(align(_example(other), independent)) <= 0.15 * n_content


def test_alignment_verbatim_sentence_has_similarity_one() -> None:
    text = "Rescue teams pulled stranded families from rooftops throughout the long afternoon."
    (pair,) = align(_article("a", "Intro line here.\n" + text), _article("b", text))
    assert pair.similarity == 1.0
    assert pair.target_span == (0, len(text))


def test_alignment_figures_do_not_make_sentences_differ() -> None:
    source = _article("a", "Officials confirmed that 12 people had died and 340 were treated in regional hospitals.")
    target = _article("b", "Officials confirmed that 14 people had died and 390 were treated in regional hospitals.")
    (pair,) = align(source, target)
    assert pair.similarity == 1.0


def test_alignment_shared_quotes_alone_do_not_align() -> None:
    quote = "“We have never seen the river climb this quickly, and we are asking everyone to leave now,”"
    source = _article("a", f"{quote} said Mayor Ivan Petrov at a briefing held in the city hall.")
    target = _article("b", f"{quote} the mayor told reporters outside his flooded family home.")
    assert align(source, target) == []


@pytest.mark.parametrize(
    "heading",
    ["Largest drone attack since the war began on the eastern front", "Can Zelensky and Trump Mend Ties?"],
)
def test_alignment_headings_do_not_count_on_their_own(heading: str) -> None:
    body = "Completely unrelated body text about harvest prices and rainfall in the southern farming provinces."
    assert align(_article("a", f"{heading}\n{body}"), _article("b", f"{heading}\nOther words.")) == []


def test_alignment_fused_sentences_map_to_both_source_sentences() -> None:
    first = "The national weather agency warned that heavy rain could fall before the weekend."
    second = "Engineers fear further landslides in the hills above the ancient harbour town."
    source = _article("a", f"{first} {second}")
    target = _article("b", "The national weather agency warned heavy rain could fall before the weekend, "
                           "and engineers fear further landslides in the hills above the ancient harbour town.")
    (pair,) = align(source, target)
    assert pair.source_span == (0, len(source.text))


def test_alignment_similarity_is_pluggable() -> None:
    text = "Rescue teams pulled stranded families from rooftops throughout the long afternoon."
    source, target = _article("a", text), _article("b", text.replace("Rescue", "Army"))

    def never(s: Sentence, t: Sentence) -> float:
        return 0.0

    def always(s: Sentence, t: Sentence) -> float:
        return 0.75

    assert align(source, target, similarity=never) == []
    assert [p.similarity for p in align(source, target, similarity=always)] == [0.75]


@pytest.mark.parametrize(
    ("text", "blanked", "kept"),
    [
        ("He said “we are ready” on Sunday.", "we are ready", "on Sunday"),
        ('He said "we are ready" on Sunday.', "we are ready", "on Sunday"),
        ("Trump called him a ‘dictator’ on Ukraine’s TV.", "dictator", "Ukraine’s TV"),
        ("“The war continues. Everyone must help,” he said.", "Everyone must help", "he said"),
        ("Russia launched 267 drones.", "267", "Russia launched"),
    ],
)
def test_alignment_own_words_blank_quotes_and_digits(text: str, blanked: str, kept: str) -> None:
    own = own_words(text)
    assert len(own) == len(text)
    assert blanked not in own
    assert kept in own


@pytest.mark.parametrize(
    "forms",
    [("launch", "launched", "launching", "launches"), ("drone", "drones"), ("decide", "decided"),
     ("city", "cities"), ("Ukraine", "Ukraine’s"), ("attack", "attacks", "attacked")],
)
def test_alignment_stem_merges_inflected_forms(forms: tuple[str, ...]) -> None:
    assert len({stem(w) for w in forms}) == 1


def test_alignment_content_stems_drop_stop_words() -> None:
    assert content_stems("The drones were launched at the city") == [stem("drone"), "launch", "city"]
