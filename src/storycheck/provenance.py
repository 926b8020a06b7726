"""Who copied whom: directed reuse edges between the articles of one story.

For every candidate pair the articles are aligned both ways
(:mod:`storycheck.alignment`). ``share`` is the fraction of the target's
non-trivial sentences paired with a source sentence; ``order`` is the
fraction of those pairs in the longest run that keeps the source's sentence
order; ``verbatim`` is the fraction of pairs with similarity of at least
``NEAR_VERBATIM``. An edge is kept only when ``share >= MIN_SHARE`` and the
pairs fit one of these kinds, tried top to bottom:

=============  ==========================  ===========================  =====================
kind           share                        pair similarity              sentence order
=============  ==========================  ===========================  =====================
copy           >= COPY_SHARE (0.8)          verbatim >= COPY_VERBATIM     any
                                            (0.8 of pairs >= 0.9)
rewrite        >= MIN_SHARE (0.3)           mean >= REWRITE_SIMILARITY    order >= REWRITE_ORDER
                                            (0.7)                         (0.8)
paraphrase     >= MIN_SHARE (0.3)           any pair kept by alignment    order >= PARAPHRASE_ORDER
                                            (>= 0.4)                      (0.6)
(no edge)      otherwise: scattered look-alike sentences are a shared event, not reuse
=============  ==========================  ===========================  =====================

Direction. When both ``published`` dates are known and differ, the earlier
article is the source. Otherwise a derived text is contained in its source's
material and adds little of its own: the evidence that ``a`` is the source of
``b`` is ``(share a→b − share b→a) + (novelty a − novelty b)``, where
``novelty`` is the fraction of an article's sentences derived from no other
article. Above ``DIRECTION_MARGIN`` it decides; below it, ties break on
figures (the source states them more precisely; a derived text rounds them or
hedges them; an approximator such as "about" or "over" counts only before a
figure), then on length (the longer one is the source), then on id.
:func:`direction` gives this decision for any two articles, edge or not.

Sentence similarity. :func:`trace` aligns with
:func:`storycheck.alignment.default_similarity` unless told otherwise: the
embedding-lifted scorer when the embedding extra is installed (each distinct
sentence of the story embedded once, in one batch, before any pair is
aligned), the lexical one otherwise. The kinds above mean the same for both: the
lift stops at ``SEMANTIC_CEILING`` (0.6), under ``REWRITE_SIMILARITY``, so
meaning alone can make a paraphrase edge but never a rewrite or a copy.

An article may draw on several sources; all such edges are kept unless a
source explains less than ``MIN_SHARE`` of the target once each target
sentence is credited to the source that matches it best (so A→B→C does not
also yield A→C when C took B's wording). ``origins`` are the articles with no
incoming edge.

Blocking. Aligning all N² pairs is quadratic, so for more than
``BLOCKING_MIN_ARTICLES`` articles candidates come from sentence-level
MinHash LSH over content stems: ``BANDS`` bands of ``ROWS`` rows each, an
inverted index from band key to articles, and a pair is aligned only if its
sentences share at least ``MIN_COLLISIONS`` band keys. Each article keeps
at most ``MAX_CANDIDATES`` partners, most collisions first, which bounds the
work at O(N · MAX_CANDIDATES) alignments. With r=2, b=16 a sentence pair of
Jaccard 0.3 collides with probability ~0.78, one of 0.5 with ~0.99.
"""

from __future__ import annotations

import bisect
import random
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from storycheck.alignment import (
    EmbeddingSimilarity,
    Prepared,
    SentenceSimilarity,
    align_prepared,
    default_similarity,
    prepare,
)
from storycheck.model import Article, Reuse, ReuseKind, SpanPair

MIN_SHARE = 0.3  # below this fraction of the target's sentences, no edge
NEAR_VERBATIM = 0.9  # a pair this similar is a verbatim or near-verbatim sentence
COPY_SHARE = 0.8
COPY_VERBATIM = 0.8
REWRITE_SIMILARITY = 0.7
REWRITE_ORDER = 0.8
PARAPHRASE_ORDER = 0.6
DIRECTION_MARGIN = 0.05  # weaker content evidence for a direction is a tie
ATTRIBUTION_TIE = 0.02  # sources this close on a sentence share the credit for it

BLOCKING_MIN_ARTICLES = 24  # up to this many articles every pair is aligned
BANDS = 16
ROWS = 2
MIN_COLLISIONS = 2
MAX_CANDIDATES = 24
_HASH_PRIME = (1 << 61) - 1
_HASH_SEED = 20250223  # fixed: candidates must not change from run to run

# Words that make a figure vaguer than the number it stands for: an approximator
# counts only before a figure ("about 12", "more than a dozen"), since "some" and
# "over" are everyday words and a long text without figures would otherwise look
# vaguer than a short one; a round quantity word counts on its own.
_HEDGES = re.compile(
    r"\b(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|"
    r"at least|up to)\s+(?:\d+(?:[,.]\d+)*|an?\s+(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions)"
    r"|dozens|hundreds|thousands|millions|several)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class _Link:
    """One alignment direction between two articles, by index."""

    source: int
    target: int
    pairs: tuple[SpanPair, ...]
    share: float


def trace(
    articles: Sequence[Article], similarity: SentenceSimilarity | None = None
) -> tuple[list[Reuse], list[str]]:
    """Directed reuse edges (original → derived) and the ids of original articles.

    ``similarity`` defaults to :func:`storycheck.alignment.default_similarity`
    (embedding-lifted when the embedding extra is installed, else lexical).
    """
    prepared = [prepare(a.text) for a in articles]
    links = _links(prepared, candidate_pairs(prepared), similarity)
    novelty = _novelty(prepared, links)
    edges: list[Reuse] = []
    for i, j in sorted({tuple(sorted(key)) for key in links}):
        src, tgt = _direction(articles, prepared, links, novelty, i, j)
        reuse = _reuse(articles, links[src, tgt])
        if reuse is not None:
            edges.append(reuse)
    edges = _prune(edges)
    derived = {e.target for e in edges}
    origins = [a.id for a in articles if a.id not in derived]
    return edges, origins


def direction(
    a: Article, b: Article, similarity: SentenceSimilarity | None = None
) -> tuple[str, str]:
    """(source id, target id): which of two articles :func:`trace` would make the source.

    Decided the same way whether or not the pair is similar enough to be an edge.
    """
    articles = (a, b)
    prepared = [prepare(a.text), prepare(b.text)]
    links = _links(prepared, [(0, 1)], similarity)
    src, tgt = _direction(articles, prepared, links, _novelty(prepared, links), 0, 1)
    return articles[src].id, articles[tgt].id


def classify(pairs: Sequence[SpanPair], share: float) -> ReuseKind | None:
    """The kind of reuse a set of aligned pairs shows, or None if it is not reuse."""
    if share < MIN_SHARE or not pairs:
        return None
    verbatim = sum(p.similarity >= NEAR_VERBATIM for p in pairs) / len(pairs)
    if share >= COPY_SHARE and verbatim >= COPY_VERBATIM:
        return "copy"
    order = sentence_order(pairs)
    mean = sum(p.similarity for p in pairs) / len(pairs)
    if mean >= REWRITE_SIMILARITY and order >= REWRITE_ORDER:
        return "rewrite"
    if order >= PARAPHRASE_ORDER:
        return "paraphrase"
    return None


def sentence_order(pairs: Sequence[SpanPair]) -> float:
    """Fraction of pairs on the longest run that keeps the source's order."""
    if not pairs:
        return 0.0
    by_target = sorted(pairs, key=lambda p: p.target_span)
    return _longest_increasing([p.source_span[0] for p in by_target]) / len(pairs)


def candidate_pairs(prepared: Sequence[Prepared], force_blocking: bool = False) -> list[tuple[int, int]]:
    """Index pairs (i < j) worth aligning: all of them for a small story, else LSH hits."""
    n = len(prepared)
    if n <= BLOCKING_MIN_ARTICLES and not force_blocking:
        return list(combinations(range(n), 2))
    buckets: dict[tuple[int, ...], set[int]] = {}
    hasher = _MinHasher()
    for k, p in enumerate(prepared):
        for sent in p.content:
            signature = hasher.signature(sent.stems)
            for band in range(BANDS):
                key = (band, *signature[band * ROWS : (band + 1) * ROWS])
                buckets.setdefault(key, set()).add(k)
    collisions: Counter[tuple[int, int]] = Counter()
    for members in buckets.values():
        if len(members) > 1:
            collisions.update(combinations(sorted(members), 2))
    return _top_partners(collisions, n)


# --- direction and kind --------------------------------------------------------


def _links(
    prepared: Sequence[Prepared], pairs: Sequence[tuple[int, int]], similarity: SentenceSimilarity | None
) -> dict[tuple[int, int], _Link]:
    """Both alignment directions of each candidate pair."""
    similarity = similarity or default_similarity()
    if isinstance(similarity, EmbeddingSimilarity):
        # one batch for the whole story: each distinct sentence is encoded once
        similarity.embed(prepared[k] for k in sorted({k for pair in pairs for k in pair}))
    links: dict[tuple[int, int], _Link] = {}
    for i, j in pairs:
        links[i, j] = _link(prepared, i, j, similarity)
        links[j, i] = _link(prepared, j, i, similarity)
    return links


def _link(prepared: Sequence[Prepared], i: int, j: int, similarity: SentenceSimilarity) -> _Link:
    pairs = tuple(align_prepared(prepared[i], prepared[j], similarity))
    n_target = len(prepared[j].content)
    return _Link(source=i, target=j, pairs=pairs, share=len(pairs) / n_target if n_target else 0.0)


def _novelty(prepared: Sequence[Prepared], links: dict[tuple[int, int], _Link]) -> list[float]:
    """Per article, the fraction of its sentences that no other article's reuse explains."""
    covered: list[set[tuple[int, int]]] = [set() for _ in prepared]
    for (_, target), link in links.items():
        if link.share >= MIN_SHARE:
            covered[target].update(p.target_span for p in link.pairs)
    return [1 - len(c) / len(p.content) if p.content else 1.0 for c, p in zip(covered, prepared)]


def _direction(
    articles: Sequence[Article],
    prepared: Sequence[Prepared],
    links: dict[tuple[int, int], _Link],
    novelty: Sequence[float],
    i: int,
    j: int,
) -> tuple[int, int]:
    """(source, target) for one aligned pair."""
    a, b = articles[i], articles[j]
    if a.published and b.published and a.published != b.published:
        return (i, j) if a.published < b.published else (j, i)
    evidence = (links[i, j].share - links[j, i].share) + (novelty[i] - novelty[j])
    if abs(evidence) > DIRECTION_MARGIN:
        return (i, j) if evidence > 0 else (j, i)
    detail = _figure_detail(a.text) - _figure_detail(b.text)
    if detail:
        return (i, j) if detail > 0 else (j, i)
    length = len(prepared[i].content) - len(prepared[j].content)
    if length:
        return (i, j) if length > 0 else (j, i)
    return (i, j) if a.id <= b.id else (j, i)


def _figure_detail(text: str) -> int:
    """Significant digits stated, minus hedges: how precise the figures are."""
    digits = sum(len(m.group().replace(",", "").replace(".", "").rstrip("0")) for m in _NUMBER.finditer(text))
    return digits - len(_HEDGES.findall(text))


def _reuse(articles: Sequence[Article], link: _Link) -> Reuse | None:
    kind = classify(link.pairs, link.share)
    if kind is None:
        return None
    return Reuse(
        source=articles[link.source].id,
        target=articles[link.target].id,
        kind=kind,
        share=round(link.share, 4),
        pairs=link.pairs,
    )


def _prune(edges: list[Reuse]) -> list[Reuse]:
    """Drop a source that explains too little of a target once sentences go to their best source."""
    by_target: dict[str, list[Reuse]] = {}
    for e in edges:
        by_target.setdefault(e.target, []).append(e)
    kept: set[int] = set()
    for target_edges in by_target.values():
        if len(target_edges) == 1:
            kept.add(id(target_edges[0]))
            continue
        best: dict[tuple[int, int], float] = {}
        for e in target_edges:
            for p in e.pairs:
                best[p.target_span] = max(best.get(p.target_span, 0.0), p.similarity)
        for e in target_edges:
            credited = sum(p.similarity >= best[p.target_span] - ATTRIBUTION_TIE for p in e.pairs)
            if credited / len(e.pairs) * e.share >= MIN_SHARE:
                kept.add(id(e))
    return [e for e in edges if id(e) in kept]


# --- blocking --------------------------------------------------------------------


class _MinHasher:
    """Stable MinHash signatures of stem sets (Python's str hash is salted per run)."""

    def __init__(self) -> None:
        rng = random.Random(_HASH_SEED)
        self._params = [(rng.randrange(1, _HASH_PRIME), rng.randrange(_HASH_PRIME)) for _ in range(BANDS * ROWS)]
        self._cache: dict[str, tuple[int, ...]] = {}

    def signature(self, stems: frozenset[str]) -> tuple[int, ...]:
        return tuple(min(col) for col in zip(*(self._hashes(s) for s in stems)))

    def _hashes(self, stem: str) -> tuple[int, ...]:
        found = self._cache.get(stem)
        if found is None:
            x = zlib.crc32(stem.encode())
            found = self._cache[stem] = tuple((a * x + b) % _HASH_PRIME for a, b in self._params)
        return found


def _top_partners(collisions: Counter[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Pairs with enough collisions, each article keeping its MAX_CANDIDATES best partners."""
    ranked: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for (i, j), hits in collisions.items():
        if hits >= MIN_COLLISIONS:
            ranked[i].append((hits, j))
            ranked[j].append((hits, i))
    chosen: set[tuple[int, int]] = set()
    for i, partners in enumerate(ranked):
        for _, j in sorted(partners, key=lambda hj: (-hj[0], hj[1]))[:MAX_CANDIDATES]:
            chosen.add((min(i, j), max(i, j)))
    return sorted(chosen)


def _longest_increasing(values: Sequence[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for v in values:
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)
