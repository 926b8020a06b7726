"""Align the sentences of a derived article with the source sentences they come from.

Only the reporter's own words count. Two outlets covering one press conference
share its quotes, figures and names but not their sentences, so before any
comparison the text inside quotation marks (“…”, "…", ‘…’) and every digit are
blanked out, and a sentence with fewer than ``MIN_CONTENT_WORDS`` content words
left (a heading, a bare quote, a caption stub) is *trivial*: it is never
aligned and never counted.

Per sentence the aligner keeps two lexical views of those own words:

* ``stems`` — content words, lower-cased, stop words dropped, suffix-stemmed;
  their overlap finds rewrites and paraphrases;
* ``shingles`` — word ``SHINGLE_SIZE``-grams of all own words, unstemmed; they
  are the seeds that find verbatim and near-verbatim passages.

A target sentence whose own words equal a source sentence's is paired at
once (the verbatim seed). Otherwise it is compared only with the
``MAX_SCORED`` source sentences sharing most stems (at least
``MIN_SHARED_STEMS``; failing that, any sharing a shingle), found through an
inverted index so the work stays linear, scored with a pluggable
:data:`SentenceSimilarity`, and paired with the best one above ``MIN_SIMILARITY``.
When a target sentence fuses two adjacent source sentences the pair covers both
(``MERGE_GAIN``).

Paraphrase. :class:`EmbeddingSimilarity` adds a second signal: the cosine of
the two sentences' embeddings (:mod:`storycheck.embeddings`), taken over the
same own words, so shared quotes and figures still do not count. The
embedding also proposes the ``COS_CANDIDATES`` source sentences closest in
meaning as candidates, which reaches a paraphrase sharing fewer than
``MIN_SHARED_STEMS`` stems. The score is a probabilistic OR,
``1 − (1 − lexical)(1 − semantic)``, where ``semantic`` rescales the cosine so
that ``COS_FLOOR`` maps to 0 and 1 to 1: below the floor meaning adds
nothing, above it the two kinds of evidence reinforce each other, up to
``SEMANTIC_CEILING``: meaning can make a sentence derived, but only wording
makes it a rewrite or a copy.

The floor is what keeps independent reporting apart. Two writers covering one
event produce sentences that mean nearly the same thing. Measured as the best
cosine per target sentence: the bundled example's independent report (002)
against the other two peaks at 0.744 (lexical 0.375), leaving aside the two
ledes (0.829, paired lexically anyway); the test story's independent report
peaks at 0.694. Sentences of the derived article (000 from 004) reach
0.80–0.93, and hand-written paraphrases that change nearly every word
0.65–0.86. At a floor of 0.77, 002 keeps only its lexical lede pair against
each article (the first extra 002 pair appears at a floor of 0.73, a margin
of 0.04), 000 gets 16 of its 23 sentences from 004 instead of 15, and the two
strongest paraphrases (0.82, 0.86) are paired. Weaker likeness in meaning,
such as FRANK's one-sentence XSum summaries (median best cosine 0.57 against
their own article), stays below ``MIN_SIMILARITY`` and is left to graded
scores. :func:`default_similarity` is this scorer when
:func:`storycheck.embeddings.available`, else the lexical one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, repeat
from typing import TYPE_CHECKING

from storycheck.model import Article, SpanPair
from storycheck.sentences import paragraphs, sentences

if TYPE_CHECKING:
    import numpy as np

    from storycheck.embeddings import Encoder

MIN_CONTENT_WORDS = 5  # fewer own content words: heading, bare quote, stub
SHINGLE_SIZE = 3  # word n-gram length of the verbatim seeds
MIN_SHARED_STEMS = 3  # below this a sentence pair is not even scored
MIN_SIMILARITY = 0.4  # weakest sentence similarity that counts as derived
MERGE_GAIN = 0.1  # a neighbour joins the source span if it lifts similarity this much
MERGE_MIN_NEW = 2  # ... and only worth trying if it holds this many target stems the best lacks
MAX_SCORED = 4  # source sentences scored per target sentence, most shared stems first
VERBATIM_WEIGHT = 0.5  # share of similarity from shingles when they beat stems
NAME_WEIGHT = 0.6  # names are the event's, not the reporter's: they count this much
_CACHE_SIZE = 4096  # prepared articles kept; a 200-article story fits many times
COS_FLOOR = 0.77  # embedding cosine below which meaning adds nothing (see module docstring)
COS_CANDIDATES = 2  # source sentences closest in meaning, scored besides the lexical candidates
SEMANTIC_CEILING = 0.6  # meaning alone makes a sentence derived, never a near-verbatim rewrite
MAX_VECTORS = 50_000  # sentence embeddings kept (~75 MB); the least recently used go first

_STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be
    because been before being below between both but by can could did do does
    doing down during each even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is
    it its itself just least less like made make many may me might more most
    much must my myself near nearly no nor not now of off on once one only or
    other our ours ourselves out over own per same she should since so some
    still such than that the their theirs them themselves then there these they
    this those though through to too under until up upon us very via was we
    were what when where whether which while who whom whose why will with
    within without would yet you your yours yourself
    said says say saying told tells added adding according
    mr mrs ms
    """.split()
)

# Opening quote marks and the marks that close them.
_PAIRED_QUOTES = {"“": "”", "«": "»", "„": "“"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_POSSESSIVE = re.compile(r"['’]s$")
# Longest first; a suffix is stripped only if a stem of >= _MIN_STEM letters remains.
_SUFFIXES = ("ational", "ization", "ation", "ment", "ness", "ing", "ied", "ed", "er", "ly")
_MIN_STEM = 3
_CLOSERS = frozenset(".!?…\"”’'")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of an article with the lexical features of its own words."""

    start: int
    end: int
    index: int  # position among the article's sentences
    stems: frozenset[str]
    names: frozenset[str]  # stems written only capitalised mid-sentence: shared event vocabulary
    shingles: frozenset[str]
    heading: bool = False
    weight: float = 0.0  # stems counted with names down-weighted, cached for the Dice denominator
    key: str = ""  # all own words, lower-cased: equal keys are verbatim-equal sentences

    @property
    def trivial(self) -> bool:
        """Too few own content words to count on its own."""
        return self.heading or len(self.stems) < MIN_CONTENT_WORDS


SentenceSimilarity = Callable[[Sentence, Sentence], float]
"""Scores how far a target sentence (second) derives from a source sentence (first), 0..1."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article's sentences and an inverted index over their stems and shingles."""

    text: str
    sentences: tuple[Sentence, ...]
    by_stem: dict[str, tuple[int, ...]]
    by_shingle: dict[str, tuple[int, ...]]
    by_key: dict[str, int]
    content: tuple[Sentence, ...]  # the non-trivial sentences, the ones that count


def lexical_similarity(source: Sentence, target: Sentence) -> float:
    """Dice overlap of stems, lifted towards 1 by shared verbatim shingles."""
    if not source.stems or not target.stems:
        return 0.0
    shared = source.stems & target.stems
    if not shared:
        return 0.0
    names = shared & (source.names | target.names)
    dice = 2 * _weight(len(shared), len(names)) / (source.weight + target.weight)
    if not target.shingles:
        return dice
    verbatim = len(source.shingles & target.shingles) / len(target.shingles)
    # copied word sequences are stronger evidence than shared vocabulary alone
    return max(dice, (1 - VERBATIM_WEIGHT) * dice + VERBATIM_WEIGHT * verbatim)


class EmbeddingSimilarity:
    """Lexical similarity lifted by the embedding cosine of the two sentences' own words.

    ``max(lexical, min(1 − (1 − lexical)(1 − semantic), SEMANTIC_CEILING))`` with
    ``semantic = (cos − COS_FLOOR) / (1 − COS_FLOOR)`` clipped at 0 (the floor and how
    it was chosen: module docstring). The ceiling keeps the pair similarity a
    measure of wording above it, which is what the reuse kinds read (a rewrite
    needs mean similarity 0.7, a copy 0.9): meaning alone yields a paraphrase. Vectors are
    kept per distinct sentence (its ``key``), so a sentence repeated across a story
    is encoded once; :meth:`embed` encodes what a set of articles lacks in one batch.
    A sentence with no vector (a merged pseudo-sentence) is scored lexically.
    """

    def __init__(self, encoder: Encoder | None = None) -> None:
        self._encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}
        self._matrices: dict[str, np.ndarray] = {}  # article text -> vectors of its content sentences

    def __call__(self, source: Sentence, target: Sentence) -> float:
        lexical = lexical_similarity(source, target)
        cos = self.cosine(source, target)
        if cos is None or cos <= COS_FLOOR:
            return lexical
        semantic = min((cos - COS_FLOOR) / (1 - COS_FLOOR), 1.0)
        # capped: the kinds (copy, rewrite) are about wording, so meaning may not lift a pair into them
        return max(lexical, min(1 - (1 - lexical) * (1 - semantic), SEMANTIC_CEILING))

    def cosine(self, source: Sentence, target: Sentence) -> float | None:
        """Cosine of the two sentences' embeddings, or None if either has none."""
        a, b = self._vectors.get(source.key), self._vectors.get(target.key)
        return None if a is None or b is None else float(a @ b)

    def embed(self, prepared: Iterable[Prepared]) -> None:
        """Encode the content sentences of these articles that have no vector yet."""
        needed = dict.fromkeys(s.key for p in prepared for s in p.content)
        missing = [k for k in needed if k not in self._vectors]
        if not missing:
            return  # the common case inside a story embedded up front: keep it cheap
        if len(self._vectors) + len(missing) > MAX_VECTORS:
            for key in needed:  # touched, so the least recently used are evicted first
                vector = self._vectors.pop(key, None)
                if vector is not None:
                    self._vectors[key] = vector
        self._vectors.update(zip(missing, self._encode(missing)))
        self._evict(needed)

    def candidates(self, source: Prepared, target: Sentence) -> list[int]:
        """Indices of the ``COS_CANDIDATES`` source sentences closest in meaning to the target."""
        vector = self._vectors.get(target.key)
        matrix = self._matrix(source)
        if vector is None or matrix is None:
            return []
        cos = matrix @ vector
        top = cos.argsort()[::-1][:COS_CANDIDATES]
        return [source.content[k].index for k in top]

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._encoder is None:
            from storycheck.embeddings import default_encoder

            self._encoder = default_encoder()
        return self._encoder.encode(texts)

    def _matrix(self, prepared: Prepared) -> np.ndarray | None:
        found = self._matrices.get(prepared.text)
        if found is None:
            rows = [self._vectors.get(s.key) for s in prepared.content]
            if not rows or any(r is None for r in rows):
                return None
            import numpy as np

            if len(self._matrices) >= _CACHE_SIZE:
                self._matrices.pop(next(iter(self._matrices)))
            found = self._matrices[prepared.text] = np.stack(rows)
        return found

    def _evict(self, keep: dict[str, None]) -> None:
        excess = len(self._vectors) - MAX_VECTORS
        if excess <= 0:
            return
        for key in [k for k in self._vectors if k not in keep][:excess]:
            del self._vectors[key]
        self._matrices.clear()  # they may stack evicted vectors; rebuilt on demand


@cache
def default_similarity() -> SentenceSimilarity:
    """The embedding-lifted similarity when the embedding extra is installed, else the lexical one.

    One shared instance per process, so sentences embedded once stay embedded.
    """
    from storycheck import embeddings

    return EmbeddingSimilarity() if embeddings.available() else lexical_similarity


def align(
    source: Article,
    target: Article,
    similarity: SentenceSimilarity = lexical_similarity,
) -> list[SpanPair]:
    """Pair each non-trivial target sentence with the source sentence(s) it derives from."""
    return align_prepared(prepare(source.text), prepare(target.text), similarity)


def align_prepared(
    source: Prepared,
    target: Prepared,
    similarity: SentenceSimilarity = lexical_similarity,
    min_similarity: float = MIN_SIMILARITY,
) -> list[SpanPair]:
    """:func:`align` over texts already split and indexed by :func:`prepare`.

    ``min_similarity`` below ``MIN_SIMILARITY`` returns weaker pairs too (0 keeps each
    target sentence's best candidate, however weak): evaluations rank with them.
    """
    if isinstance(similarity, EmbeddingSimilarity):
        similarity.embed((source, target))  # no-op when the story was embedded up front
    pairs: list[SpanPair] = []
    for sent in target.content:
        match = _best_match(source, sent, similarity, min_similarity)
        if match is not None:
            span, score = match
            pairs.append(SpanPair(source_span=span, target_span=(sent.start, sent.end), similarity=round(score, 4)))
    return pairs


@lru_cache(maxsize=_CACHE_SIZE)
def prepare(text: str) -> Prepared:
    """Split a text into sentences, extract own-word features and index them."""
    own = own_words(text)
    sents = tuple(_sentence(text, own, i, s, e) for i, (s, e) in enumerate(sentences(text)))
    by_stem: dict[str, list[int]] = {}
    by_shingle: dict[str, list[int]] = {}
    for sent in sents:
        if sent.trivial:
            continue
        for word in sent.stems:
            by_stem.setdefault(word, []).append(sent.index)
        for shingle in sent.shingles:
            by_shingle.setdefault(shingle, []).append(sent.index)
    return Prepared(
        text=text,
        sentences=sents,
        by_stem={k: tuple(v) for k, v in by_stem.items()},
        by_shingle={k: tuple(v) for k, v in by_shingle.items()},
        by_key={s.key: s.index for s in reversed(sents) if not s.trivial},
        content=tuple(s for s in sents if not s.trivial),
    )


def own_words(text: str) -> str:
    """The text with quoted passages and digits blanked out; offsets are kept."""
    chars = list(text)
    for start, end in paragraphs(text):
        for q_start, q_end in _quoted(text, start, end):
            chars[q_start:q_end] = " " * (q_end - q_start)
    return _DIGIT.sub(" ", "".join(chars))


def stem(word: str) -> str:
    """Lower-case a word and strip a possessive, a plural and one common suffix."""
    word = _POSSESSIVE.sub("", word.lower().replace("’", "'"))
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            word = word[: -len(suffix)]
            break
    # "decide"/"decided", "drone"/"drones": a final e comes and goes with suffixes
    return word[:-1] if word.endswith("e") and len(word) > _MIN_STEM + 1 else word


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order (stop words dropped)."""
    return [stem(w) for w in _WORD.findall(text) if w.lower().replace("’", "'") not in _STOP_WORDS]


# --- internals ---------------------------------------------------------------


def _weight(n_words: int, n_names: int) -> float:
    return n_words - (1 - NAME_WEIGHT) * n_names


def _sentence(text: str, own: str, index: int, start: int, end: int) -> Sentence:
    raw = _WORD.findall(own, start, end)
    words = [w.lower().replace("’", "'") for w in raw]
    content = [(stem(w), r[0].isupper() and k > 0) for k, (w, r) in enumerate(zip(words, raw))
               if w not in _STOP_WORDS and len(w) > 1]
    stems = frozenset(s for s, _ in content)
    lower = {s for s, capital in content if not capital}
    # joined, not tuples: str hashes are cached, tuple hashes are recomputed on every set operation
    shingles = frozenset(" ".join(words[i : i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1))
    return Sentence(
        start=start,
        end=end,
        index=index,
        stems=stems,
        names=stems - lower,
        shingles=shingles,
        heading=_is_heading(text, start, end),
        weight=_weight(len(stems), len(stems - lower)),
        key=" ".join(words),
    )


def _is_heading(text: str, start: int, end: int) -> bool:
    """A whole line without closing punctuation: a headline, subheading or caption."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    whole_line = not text[line_start:start].strip() and not text[end:line_end].strip()
    return whole_line and text[end - 1] not in _CLOSERS


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted passages in one paragraph; an unclosed quote runs to its end."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        close: str | None = None
        if ch in _PAIRED_QUOTES:
            close = _PAIRED_QUOTES[ch]
        elif ch == '"':
            close = '"'
        elif ch in "‘'" and _opens_single(text, i, start):
            close = "’'"
        if close is None:
            i += 1
            continue
        j = _closing(text, i + 1, end, close)
        spans.append((i, j))
        i = j
    return spans


def _opens_single(text: str, i: int, start: int) -> bool:
    # an apostrophe inside a word (Ukraine’s, don't) is not a quote mark
    return i == start or not text[i - 1].isalnum()


def _closing(text: str, i: int, end: int, close: str) -> int:
    """Offset just past the mark closing a quote opened before ``i``, or ``end``."""
    single = len(close) > 1
    while i < end:
        if text[i] in close and (not single or i + 1 >= end or not text[i + 1].isalnum()):
            return i + 1
        i += 1
    return end


def _best_match(
    source: Prepared, target: Sentence, similarity: SentenceSimilarity, min_similarity: float = MIN_SIMILARITY
) -> tuple[tuple[int, int], float] | None:
    """The best source span for one target sentence, or None below ``min_similarity``."""
    same = source.by_key.get(target.key)
    if same is not None and (similarity is lexical_similarity or isinstance(similarity, EmbeddingSimilarity)):
        # the verbatim seed: an identical sentence needs no search (copies are mostly this)
        found = source.sentences[same]
        return (found.start, found.end), 1.0
    candidates = _candidates(source, target)
    if isinstance(similarity, EmbeddingSimilarity):
        candidates = sorted({*candidates, *similarity.candidates(source, target)})
    scored = [(similarity(source.sentences[i], target), -i) for i in candidates]
    if not scored:
        return None
    score, neg_best = max(scored)  # ties go to the earlier sentence
    if score < min_similarity:
        return None
    best = source.sentences[-neg_best]
    span = (best.start, best.end)
    # a target sentence fusing two source sentences scores higher against both together
    for neighbour in _neighbours(source, best.index):
        if len((target.stems & neighbour.stems) - best.stems) < MERGE_MIN_NEW:
            continue  # the neighbour adds nothing the best sentence lacks
        first, last = sorted((best, neighbour), key=lambda s: s.index)
        merged_score = similarity(_merge(first, last), target)
        if merged_score >= score + MERGE_GAIN:
            score, span = merged_score, (first.start, last.end)
    return span, min(score, 1.0)


def _candidates(source: Prepared, target: Sentence) -> list[int]:
    """The MAX_SCORED source sentences sharing most stems; shingle seeds if none shares enough."""
    counts = Counter(chain.from_iterable(map(source.by_stem.get, target.stems, repeat(()))))
    n_target = len(target.stems)
    ranked = sorted(
        ((2 * n / (len(source.sentences[i].stems) + n_target), -i) for i, n in counts.items() if n >= MIN_SHARED_STEMS),
        reverse=True,
    )
    if ranked:
        return [-neg_i for _, neg_i in ranked[:MAX_SCORED]]
    return sorted(set(chain.from_iterable(map(source.by_shingle.get, target.shingles, repeat(())))))


def _neighbours(source: Prepared, index: int) -> list[Sentence]:
    """The non-trivial sentences right before and after one sentence."""
    out = []
    for j in (index - 1, index + 1):
        if 0 <= j < len(source.sentences) and not source.sentences[j].trivial:
            out.append(source.sentences[j])
    return out


def _merge(first: Sentence, last: Sentence) -> Sentence:
    """One pseudo-sentence spanning two adjacent ones."""
    stems = first.stems | last.stems
    names = (first.names | last.names) - ((first.stems - first.names) | (last.stems - last.names))
    return Sentence(
        start=first.start,
        end=last.end,
        index=first.index,
        stems=stems,
        names=names,
        shingles=first.shingles | last.shingles,
        weight=_weight(len(stems), len(names)),
    )
