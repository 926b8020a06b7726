"""Tests for storycheck.provenance: reuse edges, their kind and direction, origins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storycheck import embeddings
from storycheck.alignment import EmbeddingSimilarity, SentenceSimilarity, lexical_similarity, prepare
from storycheck.model import Article, SpanPair
from storycheck.provenance import candidate_pairs, classify, direction, sentence_order, trace
from tests.conftest import EXAMPLE

RESIDUE = ("Advertisement", "Recommended Stories", "list of 3 itemsend of list")

# An original report, one sentence per paragraph; quotes and figures shared below.
ORIGINAL = [
    "Storm Elena floods Varna, killing 12",
    "Heavy rains from Storm Elena flooded large parts of the port city of Varna on Tuesday, "
    "forcing thousands of residents to leave their homes before dawn.",
    "Emergency services said the water rose faster than forecasters had expected, cutting power "
    "to several districts and closing the main coastal highway.",
    "“We have never seen the river climb this quickly,” said Mayor Ivan Petrov at a briefing in the city hall.",
    "Officials confirmed that 12 people had died and at least 340 were being treated in hospitals across the region.",
    "Rescue teams using boats and helicopters pulled stranded families from rooftops throughout the afternoon, "
    "while volunteers handed out blankets at temporary shelters in schools.",
    "The national weather agency warned that another 150 millimetres of rain could fall before the weekend, "
    "raising fears of further landslides in the hills above the town.",
    "“Please stay indoors and follow the instructions of the rescue crews,” Petrov told residents.",
    "Critics have long accused the regional government of neglecting the ageing flood barriers, which engineers "
    "described as dangerously weak in a report published two years ago.",
    "The prime minister is expected to visit the damaged neighbourhoods on Wednesday and has promised emergency "
    "funding for the reconstruction effort.",
    "Insurance companies estimate that the damage could exceed 80 million euros, making it the costliest storm "
    "the country has faced in a decade.",
]

# The same story with a few words swapped in most sentences, in the same order.
LIGHT_REWRITE = [
    "Heavy rain from Storm Elena flooded large parts of the port city of Varna on Tuesday, "
    "forcing thousands of people to flee their homes before dawn.",
    "Emergency services said the water rose faster than meteorologists had expected, cutting electricity "
    "to several districts and closing the main coastal highway.",
    "“We have never seen the river climb this quickly,” Mayor Ivan Petrov said at a briefing in city hall.",
    "Officials confirmed that 12 people had died and at least 340 were being treated in hospital across the region.",
    "Rescue teams using boats and helicopters pulled stranded families from rooftops all afternoon, "
    "while volunteers distributed blankets at temporary shelters in schools.",
    "The national weather service warned that another 150 millimetres of rain could fall before the weekend, "
    "raising fears of more landslides in the hills above the city.",
    "“Please stay indoors and follow the instructions of the rescue crews,” Petrov told residents.",
    "Critics have long accused the regional authorities of neglecting the ageing flood barriers, which engineers "
    "called dangerously weak in a report released two years ago.",
    "The prime minister is expected to tour the damaged neighbourhoods on Wednesday and has pledged emergency "
    "funding for the reconstruction effort.",
    "Insurers estimate that the damage could exceed 80 million euros, making it the costliest storm "
    "the country has seen in a decade.",
]

# Independent reporting of the same event: the two quotes and three figures, none of the sentences.
INDEPENDENT = [
    "At least 12 people were killed when Storm Elena swept across the coast, turning streets in Varna "
    "into fast-moving rivers.",
    "Hospital staff in the region were caring for 340 injured, according to the health ministry, which "
    "appealed for blood donors.",
    "Speaking to reporters outside city hall, Mayor Ivan Petrov described the scale of the disaster. "
    "“We have never seen the river climb this quickly,” he said.",
    "Meteorologists forecast up to 150 millimetres of additional rainfall by Saturday, and the army "
    "moved trucks and field kitchens into the worst-hit suburbs.",
    "Many residents complained on social media that sirens sounded too late and that nobody told them where to go.",
    "“Please stay indoors and follow the instructions of the rescue crews,” Petrov said in a televised "
    "address later that evening.",
    "Opposition lawmakers demanded an inquiry into how public money for coastal defences had been spent "
    "since the last major flood.",
    "Neighbouring countries offered pumps, generators and specialist divers to help with the search for the missing.",
    "Schools will remain closed for the rest of the week while engineers inspect bridges and buildings "
    "for structural damage.",
]


# ORIGINAL spun sentence by sentence, as an AI rewriter would: few words kept, the quotes and figures intact.
SPUN = [
    "Storm Elena's torrential rain submerged much of the harbour city of Varna on Tuesday, driving thousands of "
    "inhabitants out of their houses before sunrise.",
    "Rescue services reported that the floodwater climbed more quickly than meteorologists had predicted, knocking "
    "out electricity in several neighbourhoods and shutting the principal seaside road.",
    "“We have never seen the river climb this quickly,” Mayor Ivan Petrov told a news conference at city hall.",
    "Authorities said 12 people had lost their lives and no fewer than 340 were receiving hospital care around the region.",
    "Crews in boats and helicopters lifted trapped households off roofs all afternoon, as helpers gave out "
    "blankets in makeshift shelters set up in classrooms.",
    "The country's meteorological service cautioned that a further 150 millimetres of rainfall might arrive before "
    "Saturday, heightening worries about more mudslides on the slopes overlooking the town.",
    "“Please stay indoors and follow the instructions of the rescue crews,” Petrov told residents.",
    "Detractors have for years blamed the provincial administration for letting the old flood walls decay, which "
    "specialists called perilously fragile in a study two years back.",
    "The premier is due to tour the devastated districts on Wednesday and has pledged urgent money to rebuild.",
    "Insurers reckon losses may top 80 million euros, which would make it the most expensive storm the nation "
    "has suffered in ten years.",
]

needs_embeddings = pytest.mark.skipif(not embeddings.available(), reason="embedding extra not installed")


@pytest.fixture(
    params=["lexical", pytest.param("embedding", marks=needs_embeddings)],
    scope="module",
)
def similarity(request: pytest.FixtureRequest) -> SentenceSimilarity:
    """Both scorers the pipeline may run with: every example guarantee must hold for each."""
    return lexical_similarity if request.param == "lexical" else EmbeddingSimilarity()


def _article(article_id: str, paragraphs: list[str], published: date | None = None) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text="\n\n".join(paragraphs), published=published)


def _example_text(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    kept: list[str] = []
    for line in lines:
        if line.strip() in RESIDUE or line.startswith(("Published On", "Source:")):
            continue
        if line.strip() and line in kept:  # the duplicated headline
            continue
        kept.append(line)
    return "\n".join(kept)


@pytest.fixture(scope="module")
def example() -> list[Article]:
    return [
        Article(
            id=path.stem,
            source=str(path),
            text=_example_text(path),
            published=date(2025, 2, 23) if path.stem.startswith("004") else None,
        )
        for path in sorted(EXAMPLE.glob("*.txt"))
    ]


def _edges(articles: list[Article]) -> dict[tuple[str, str], tuple[str, float]]:
    edges, _ = trace(articles)
    return {(e.source, e.target): (e.kind, e.share) for e in edges}


def test_provenance_example_has_one_edge_from_the_original(example: list[Article], similarity: SentenceSimilarity) -> None:
    edges, origins = trace(example, similarity)
    ids = {a.id[:3]: a.id for a in example}
    assert [(e.source, e.target) for e in edges] == [(ids["004"], ids["000"])]
    assert edges[0].kind in ("rewrite", "paraphrase")
    assert edges[0].share >= 0.5
    assert set(origins) == {ids["004"], ids["002"]}


@pytest.mark.parametrize("raw", [True, False], ids=["with-residue", "cleaned"])
def test_provenance_example_independent_report_has_no_edge(
    example: list[Article], raw: bool, similarity: SentenceSimilarity
) -> None:
    articles = [a if not raw else Article(id=a.id, source=a.source, text=Path(a.source).read_text(), published=a.published)
                for a in example]
    edges, _ = trace(articles, similarity)
    assert all("002" not in e.source and "002" not in e.target for e in edges)
    assert len(edges) == 1


def test_provenance_verbatim_copy_is_copy_and_directed_without_dates() -> None:
    original = _article("a", ORIGINAL)
    copied = _article("b", ORIGINAL[:6] + ORIGINAL[7:])  # one paragraph dropped
    for order in ([original, copied], [copied, original]):
        assert _edges(order) == {("a", "b"): ("copy", 1.0)}


def test_provenance_light_rewrite_is_rewrite() -> None:
    # word swaps leave nothing that tells which came first, so only the kind is checked here
    edges = _edges([_article("rw", LIGHT_REWRITE), _article("orig", ORIGINAL)])
    assert len(edges) == 1
    ((kind, share),) = edges.values()
    assert kind == "rewrite"
    assert share >= 0.8


def test_provenance_light_rewrite_direction_follows_dates() -> None:
    rewrite = _article("rw", LIGHT_REWRITE, published=date(2025, 3, 2))
    original = _article("zz-orig", ORIGINAL, published=date(2025, 3, 1))
    assert list(_edges([rewrite, original])) == [("zz-orig", "rw")]


def test_provenance_vaguer_figures_mark_the_derived_text() -> None:
    # same wording both ways; only the figures differ, and the derived one hedges them
    vague = [p.replace("12 people", "about a dozen people").replace("340", "hundreds") for p in ORIGINAL]
    edges = _edges([_article("a-vague", vague), _article("b-precise", ORIGINAL)])
    assert list(edges) == [("b-precise", "a-vague")]


def test_provenance_independent_reports_sharing_quotes_and_figures_are_not_reuse(similarity: SentenceSimilarity) -> None:
    edges, origins = trace([_article("a", ORIGINAL), _article("b", INDEPENDENT)], similarity)
    assert edges == []
    assert origins == ["a", "b"]


@needs_embeddings
def test_provenance_spun_paraphrase_is_traced_with_embeddings() -> None:
    articles = [_article("spun", SPUN), _article("orig", ORIGINAL), _article("ind", INDEPENDENT)]
    assert trace(articles, lexical_similarity)[0] == []  # too few words survive the spinning
    edges, origins = trace(articles, EmbeddingSimilarity())
    assert [({e.source, e.target}, e.kind) for e in edges] == [({"spun", "orig"}, "paraphrase")]
    assert edges[0].share >= 0.3
    assert "ind" in origins


def test_provenance_direction_is_the_one_trace_draws() -> None:
    original = _article("zz-original", ORIGINAL)
    trimmed = _article("aa-trimmed", ORIGINAL[1:4])  # ids would put the trimmed copy first on a tie
    (edge,), _ = trace([trimmed, original], lexical_similarity)
    assert (edge.source, edge.target) == ("zz-original", "aa-trimmed")
    assert direction(trimmed, original, lexical_similarity) == direction(original, trimmed, lexical_similarity) == (
        "zz-original", "aa-trimmed")


def test_provenance_everyday_hedge_words_do_not_make_a_text_look_derived() -> None:
    # no shared sentences and no figures: "some" and "over" are not hedged numbers, so length decides
    long = _article("a-long", INDEPENDENT[4:] + ["Some residents stayed over at relatives' homes in the hills."])
    short = _article("b-short", ["The prime minister will visit the damaged neighbourhoods on Wednesday morning."])
    assert direction(short, long, lexical_similarity) == ("a-long", "b-short")


def test_provenance_two_sources_give_two_edges() -> None:
    first, second = _article("first", ORIGINAL), _article("second", INDEPENDENT)
    combined = _article("combined", LIGHT_REWRITE[:5] + INDEPENDENT[4:])
    edges = _edges([combined, first, second])
    assert set(edges) == {("first", "combined"), ("second", "combined")}
    _, origins = trace([combined, first, second])
    assert set(origins) == {"first", "second"}


def test_provenance_dates_decide_direction_when_known() -> None:
    # the shorter text would look derived; its earlier date says it is the original
    short = _article("short", ORIGINAL[:8], published=date(2025, 1, 1))
    longer = _article("long", ORIGINAL, published=date(2025, 1, 2))
    assert list(_edges([longer, short])) == [("short", "long")]


def test_provenance_chain_does_not_skip_the_middle_article() -> None:
    original = _article("a", ORIGINAL)
    rewrite = _article("b", LIGHT_REWRITE)
    copy_of_rewrite = _article("c", LIGHT_REWRITE[:-1])
    edges = _edges([original, rewrite, copy_of_rewrite])
    assert ("b", "c") in edges
    assert ("a", "c") not in edges


@pytest.mark.parametrize(
    ("similarities", "share", "expected"),
    [
        ([1.0] * 9, 1.0, "copy"),
        ([0.85] * 9, 0.9, "rewrite"),
        ([0.5] * 9, 0.6, "paraphrase"),
        ([1.0] * 9, 0.2, None),
    ],
)
def test_provenance_classify_by_similarity_and_share(similarities: list[float], share: float, expected: str | None) -> None:
    pairs = [SpanPair(source_span=(10 * k, 10 * k + 5), target_span=(10 * k, 10 * k + 5), similarity=s)
             for k, s in enumerate(similarities)]
    assert classify(pairs, share) == expected


def test_provenance_scattered_correspondences_are_not_reuse() -> None:
    # look-alike sentences in no consistent order: a shared event, not a derivation
    sources = [50, 10, 80, 30, 0, 70, 20, 60]
    pairs = [SpanPair(source_span=(s, s + 5), target_span=(10 * k, 10 * k + 5), similarity=0.5)
             for k, s in enumerate(sources)]
    assert sentence_order(pairs) < 0.6
    assert classify(pairs, 0.8) is None


def test_provenance_blocking_keeps_related_pairs_and_drops_unrelated() -> None:
    texts = ["\n".join(ORIGINAL), "\n".join(LIGHT_REWRITE), "\n".join(INDEPENDENT),
             "The central bank left interest rates unchanged on Thursday, citing stubborn inflation in services. "
             "Analysts had expected the decision after a run of strong labour market data last month."]
    pairs = candidate_pairs([prepare(t) for t in texts], force_blocking=True)
    assert (0, 1) in pairs
    assert all(3 not in pair for pair in pairs)
