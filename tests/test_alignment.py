"""Tests for storycheck.alignment: sentence pairs between a source and a derived text."""

from __future__ import annotations

import pytest

from storycheck import embeddings
from storycheck.alignment import (
    COS_FLOOR,
    MIN_SIMILARITY,
    SEMANTIC_CEILING,
    EmbeddingSimilarity,
    Sentence,
    align,
    align_prepared,
    content_stems,
    default_similarity,
    lexical_similarity,
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


# --- the embedding path ----------------------------------------------------------

needs_embeddings = pytest.mark.skipif(not embeddings.available(), reason="embedding extra not installed")

_INSURANCE = ("Insurance companies estimate that the damage could exceed 80 million euros, making it the costliest storm "
              "the country has faced in a decade.")
# the same sentence reworded almost throughout: three stems shared, lexical similarity 0.24
_INSURANCE_PARAPHRASE = ("Insurers reckon losses may top 80 million euros, which would make it the most expensive storm "
                         "the nation has suffered in ten years.")


class _FixedEncoder:
    """Unit vectors chosen per text, so a test sets the cosine of two sentences exactly."""

    def __init__(self, cosines: dict[str, float]) -> None:
        self.cosines = cosines  # sentence key -> cosine with the reference direction (1, 0)

    def encode(self, texts):
        import numpy as np

        c = np.array([self.cosines.get(t, 0.0) for t in texts], dtype=np.float32)
        return np.stack([c, np.sqrt(1 - c**2)], axis=1)


def _key(text: str) -> str:
    (sent,) = prepare(text).content
    return sent.key


@needs_embeddings
def test_alignment_paraphrase_sharing_few_words_is_aligned_with_embeddings() -> None:
    source = _article("a", f"Rescue teams worked through the night in the flooded streets of the old town. {_INSURANCE}")
    target = _article("b", _INSURANCE_PARAPHRASE)
    assert align(source, target) == []  # lexically it is not derived
    (pair,) = align(source, target, similarity=EmbeddingSimilarity())
    assert source.text[pair.source_span[0] : pair.source_span[1]] == _INSURANCE
    assert MIN_SIMILARITY <= pair.similarity <= SEMANTIC_CEILING


@needs_embeddings
@pytest.mark.parametrize("other", ["004", "000"])
def test_alignment_embeddings_keep_the_independent_report_apart(other: str) -> None:
    independent = _example("002")
    n_content = len(prepare(independent.text).content)
    assert len(align(_example(other), independent, similarity=EmbeddingSimilarity())) <= 0.15 * n_content


@needs_embeddings
def test_alignment_embeddings_pair_more_of_the_example_rewrite() -> None:
    original, rewrite = _example("004"), _example("000")
    lexical = align(original, rewrite)
    lifted = align(original, rewrite, similarity=EmbeddingSimilarity())
    assert len(lifted) > len(lexical)
    assert {p.target_span for p in lexical} <= {p.target_span for p in lifted}


@pytest.mark.parametrize(
    ("cosine", "expected"),
    [(0.70, None), (COS_FLOOR, None), (0.95, SEMANTIC_CEILING), (0.88, "lifted")],
)
def test_alignment_embedding_similarity_lifts_only_above_the_floor(cosine: float, expected) -> None:
    source_text = "Officials confirmed that dozens of people had died in the flooded regional capital overnight."
    target_text = "Authorities said many residents lost their lives as water swept through the provincial city."
    similarity = EmbeddingSimilarity(_FixedEncoder({_key(source_text): 1.0, _key(target_text): cosine}))
    src, tgt = prepare(source_text), prepare(target_text)
    similarity.embed([src, tgt])
    lexical = lexical_similarity(src.content[0], tgt.content[0])
    score = similarity(src.content[0], tgt.content[0])
    if expected is None:
        assert score == lexical
    elif expected == "lifted":
        assert lexical < score < SEMANTIC_CEILING
    else:
        assert score == pytest.approx(expected)


def test_alignment_embedding_similarity_never_lifts_wording_above_the_ceiling() -> None:
    text = "Rescue teams pulled stranded families from rooftops throughout the long afternoon."
    reworded = text.replace("Rescue teams", "Army crews")
    similarity = EmbeddingSimilarity(_FixedEncoder({_key(text): 1.0, _key(reworded): 1.0}))
    (pair,) = align(_article("a", text), _article("b", reworded), similarity=similarity)
    (lexical,) = align(_article("a", text), _article("b", reworded))
    assert pair.similarity == lexical.similarity > SEMANTIC_CEILING  # a rewrite stays a rewrite, never a copy


def test_alignment_embedding_candidates_reach_sentences_sharing_few_stems() -> None:
    source_text = "Harvest prices fell sharply across the southern provinces after weeks of heavy rain."
    target_text = "Farmers in the south were paid much less for their crops following a soggy month."
    similarity = EmbeddingSimilarity(_FixedEncoder({_key(source_text): 1.0, _key(target_text): 0.97}))
    (pair,) = align(_article("a", source_text), _article("b", target_text), similarity=similarity)
    assert pair.source_span == (0, len(source_text))
    assert align(_article("a", source_text), _article("b", target_text)) == []


def test_alignment_min_similarity_zero_keeps_weak_best_candidates() -> None:
    source = _article("a", "The national weather agency warned that heavy rain could fall before the weekend.")
    target = _article("b", "The national football team warned fans that tickets could sell out before the weekend.")
    assert align_prepared(prepare(source.text), prepare(target.text)) == []
    (weak,) = align_prepared(prepare(source.text), prepare(target.text), min_similarity=0.0)
    assert 0.0 < weak.similarity < MIN_SIMILARITY


def test_alignment_default_similarity_falls_back_to_lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    default_similarity.cache_clear()
    monkeypatch.setattr(embeddings, "available", lambda: False)
    try:
        assert default_similarity() is lexical_similarity
    finally:
        default_similarity.cache_clear()
