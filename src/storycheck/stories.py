"""Group articles into stories: one group per real-world event.

Two reports of the same event share its people, places, figures, dates and
wording; two events of the same kind (two celebrities checking into rehab,
two Microsoft emergency patches five years apart) share only the wording of
the kind. So each article gets a profile of

* content words (TF-IDF, sublinear tf, smoothed idf over the batch),
* names: words capitalised mid-sentence outside headlines,
* numbers, month and weekday names, and the years among the numbers,
* the embedding of its lead (title and first sentences), when the
  ``embed`` extra is installed (`storycheck.embeddings`),

and every pair of articles a score: a logistic regression over the pair's
cosines per view plus "both give years and share one" / "… share none",
fitted on all pairs within the ECB+ train split (575 articles, 50 events)
and within the dev split (197 articles, 16 events). The score is a log-odds
that the two articles report the same event.

Articles are then grouped by average-linkage agglomerative clustering on
that score, stopping when the best average log-odds between two groups falls
below a threshold. Average linkage, not single, because one shared name
("the Chargers") must not chain two arrests into one story. Clustering alone
over-splits: reports that open with colour ("Well, here's something we all
knew would happen") score low against their own event and stay alone (1.8
clusters per event). So a second pass moves each group of at most
``SMALL_GROUP`` articles into the larger group it scores best against on
average, when that average log-odds is at least ``ABSORB_FLOOR``; groups are
compared with the larger groups of the first pass, not with each other.

How it was chosen, on ECB+ train and dev only (test was run once, at the end):
leave-topics-out cross-validation over the 35 train+dev topics, 5 folds of 7
topics repeated over 3 shuffles; each fold's weights are fitted on the other
topics, its documents clustered as one batch, ARI averaged over the 15 folds.
With embeddings (CV ARI; the threshold is CV-chosen per variant):

* clustering alone, as before: 0.901 (threshold 0.25);
* absorbing singletons at an average log-odds of 0 / -1 / -2 / -3 / -5:
  0.910 / 0.923 / 0.934 / 0.945 / 0.950;
* absorbing groups of ≤ 2 / ≤ 3 / ≤ 4 at -3: 0.963 / 0.975 / 0.976, and of
  ≤ 3 / ≤ 4 / ≤ 5 at -4: 0.977 / 0.982 / 0.944 (at 5 real events start to be
  swallowed: ECB+ has sub-topics of 3 and 5 articles); taken: ≤ 3 at -4, the
  least aggressive within one standard error (0.005) of the best;
* extra pair features, each tried with and without the second pass, none
  better: multi-word names ("jamal williams") with a "both have some, share
  none" conflict flag (0.973 vs 0.975 without, groups ≤ 3 at -3), conflict flags for lead names,
  non-year numbers and months (≤ 0.970), capitalised words anywhere (0.915 vs
  0.923 without the pass), `storycheck.storyscore`'s logit or its three
  signals (0.966, worse on every threshold), the lead as the mean of five
  sentences or the best sentence pair (0.957, 0.968);
* L2 on the logistic fit (λ = 3, 10, 100 over ~100k pairs): no gain, 100 much worse.

Shipped: threshold 0.25, singletons only at -1 (CV 0.923; test ARI 0.911,
31 groups for 20 events, measured once after the choice). The most accurate
variant on ECB+ (groups ≤ 3 at -4: CV 0.977, test 0.970 when run once) was
rejected for the risk measured below: a false merge makes storycheck report
contradictions between two different events (two drone attacks on different
nights), which is worse than analysing a lone report on its own. The shipped
weights are refitted on all pairs within train and within dev. Without
embeddings the threshold is -0.25.

The cost of the pass: a lone report of an event whose kind has its own group
in the batch may be absorbed into it. Measured on the CV folds by cutting one
sub-topic down to 1-3 articles, such a remnant ends up with the other event
in ~52% of cases for groups ≤ 3 at -4, ~28% for singletons at -1, against
~11% for clustering alone. ECB+ has no single-report events, so its ARI
cannot see this; raise ``ABSORB_FLOOR`` or set ``SMALL_GROUP`` to 0 (pass off)
where lone reports matter more than recall.

Cost. Lexical cosines are accumulated term by term over an inverted index
(Σ df² additions, no vocabulary-sized matrix), the embedding cosines are one
(n, 384) × (384, n) product, so time is dominated by embedding 3 lead
sentences per article (2,000 articles: 8 s without embeddings, ~130 s with
them on a busy 2-core machine, nearly all of it the encoder) and memory by
one n × n float32 score matrix (2,000 articles: 16 MB). Pairs scoring below ``FLOOR`` are treated as
exactly ``FLOOR``; only the rest become edges of the sparse graph the
clustering walks, which keeps it near-linear in the number of related pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import MissingDependency
from .model import Article
from .sentences import sentences

if TYPE_CHECKING:
    import numpy as np

__all__ = ["absorb_small_groups", "average_linkage", "group_stories", "pair_scores", "tfidf_cosines"]

#: pairs below this log-odds (p ≈ 0.0025) count as exactly this and are no graph edges
FLOOR = -6.0
LEAD_SENTENCES = 3
#: second pass: groups of at most this many articles join the best larger group ...
SMALL_GROUP = 1
#: ... when their average log-odds against it is at least this (chosen for the false-merge risk, see the module docstring)
ABSORB_FLOOR = -1.0

# Logistic-regression coefficients over the pair features, fitted on all pairs within the
# ECB+ train split and within the dev split (see the module docstring); one set for when no
# embedding model is installed. "threshold" is the average log-odds at which merging stops,
# chosen by leave-topics-out cross-validation over train+dev.
_WEIGHTS_EMBED: dict[str, float] = {
    "bias": -9.964, "words": 6.342, "names": 8.529, "numbers": 5.037, "times": 1.873,
    "years_shared": 0.726, "years_conflict": -1.031, "lead_embedding": 10.256, "threshold": 0.25,
}
_WEIGHTS_LEXICAL: dict[str, float] = {
    "bias": -7.307, "words": 19.138, "names": 10.45, "numbers": 5.903, "times": 1.959,
    "years_shared": 0.471, "years_conflict": -1.451, "threshold": -0.25,
}

_STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    said says say told tell according one two three new would could may might must shall also mr mrs ms
    """.split()
)
_MONTHS = {
    m: m[:3]
    for m in "january february march april may june july august september october november december".split()
} | {m: m for m in "jan feb mar apr jun jul aug sep oct nov dec".split()} | {"sept": "sep"}
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-.'’,]*")
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")


@dataclass(frozen=True, slots=True)
class _Profile:
    """What one article says that tells its event apart."""

    words: Counter[str]  # content words, lower case
    names: frozenset[str]
    numbers: frozenset[str]
    times: frozenset[str]  # month and weekday names, abbreviated to three letters
    years: frozenset[str]
    lead: tuple[str, ...]  # title and first sentences, for the embedding


def group_stories(articles: Sequence[Article], *, embed: bool | None = None) -> list[list[str]]:
    """Article ids grouped by the event they report, every article in exactly one group.

    Groups come in the order of their first article in the input, ids in input
    order. ``embed`` forces the lead embeddings on or off; by default they are
    used when the model is installed.
    """
    if not articles:
        return []
    if embed is None:
        embed = _embeddings_available()
    threshold = (_WEIGHTS_EMBED if embed else _WEIGHTS_LEXICAL)["threshold"]
    scores = pair_scores(articles, embed=embed)
    groups = absorb_small_groups(scores, average_linkage(scores, threshold, floor=FLOOR), floor=FLOOR)
    return [[articles[i].id for i in group] for group in groups]


def pair_scores(articles: Sequence[Article], *, embed: bool | None = None) -> np.ndarray:
    """An (n, n) float32 matrix: the log-odds that articles i and j report the same event."""
    np = _numpy()
    if embed is None:
        embed = _embeddings_available()
    weights = _WEIGHTS_EMBED if embed else _WEIGHTS_LEXICAL
    profiles = [_profile(a) for a in articles]
    n = len(profiles)
    scores = np.full((n, n), weights["bias"], dtype=np.float32)
    for name, values in _features(profiles, embed=embed):
        scores += weights[name] * values
    np.fill_diagonal(scores, 0.0)
    return scores


def _features(profiles: list[_Profile], *, embed: bool) -> Iterator[tuple[str, np.ndarray]]:
    """Each pair feature as an (n, n) matrix, one at a time to keep memory at a few n × n arrays."""
    yield "words", _cosines([p.words for p in profiles], sublinear=True)
    for view in ("names", "numbers", "times"):
        yield view, _cosines([Counter(getattr(p, view)) for p in profiles])
    shared, conflict = _year_agreement([p.years for p in profiles])
    yield "years_shared", shared
    yield "years_conflict", conflict
    if embed:
        lead = _lead_embeddings([p.lead for p in profiles])
        yield "lead_embedding", lead @ lead.T


def tfidf_cosines(articles: Sequence[Article]) -> np.ndarray:
    """TF-IDF cosines over content words alone: the baseline `pair_scores` is measured against."""
    return _cosines([_profile(a).words for a in articles], sublinear=True)


def average_linkage(scores: np.ndarray, threshold: float, *, floor: float = 0.0) -> list[list[int]]:
    """Average-linkage clusters of a symmetric score matrix, merged while the best average ≥ ``threshold``.

    Scores below ``floor`` count as ``floor``; only pairs above it are kept, so
    the work grows with the number of related pairs, not with n².
    Clusters are lists of row indices, ordered by their smallest index.
    """
    np = _numpy()
    n = len(scores)
    upper = np.triu(scores > floor, 1)
    rows, cols = np.nonzero(upper)
    excess = (scores[rows, cols] - floor).astype(np.float64)
    # excess[a][b] = Σ (score - floor) over the article pairs between clusters a and b
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for i, j, e in zip(rows.tolist(), cols.tolist(), excess.tolist()):
        links[i][j] = links[j][i] = e
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    return _merge(links, members, threshold - floor)


def absorb_small_groups(
    scores: np.ndarray,
    groups: list[list[int]],
    *,
    max_size: int = SMALL_GROUP,
    min_average: float = ABSORB_FLOOR,
    floor: float = FLOOR,
) -> list[list[int]]:
    """Move each group of ≤ ``max_size`` rows into the larger group it averages best against, if ≥ ``min_average``.

    Small groups are compared with the larger groups as given, never with each
    other or with what earlier small groups joined, so the result does not
    depend on their order. Scores below ``floor`` count as ``floor``.
    Groups are lists of row indices, returned ordered by their smallest index.
    """
    np = _numpy()
    large = [g for g in groups if len(g) > max_size]
    small = [g for g in groups if len(g) <= max_size]
    if not large or not small:
        return groups
    # member[i, k] = 1 / |large k| when row i is in it, so clipped @ member is each row's average per group
    member = np.zeros((len(scores), len(large)), dtype=np.float64)
    for k, g in enumerate(large):
        member[g, k] = 1.0 / len(g)
    joined: list[list[int]] = [list(g) for g in large]
    alone: list[list[int]] = []
    for g in small:
        averages = np.maximum(scores[g], floor).astype(np.float64).mean(axis=0) @ member
        best = int(np.argmax(averages))  # first of equals: large groups follow input order
        if averages[best] >= min_average:
            joined[best].extend(g)
        else:
            alone.append(list(g))
    return sorted((sorted(g) for g in joined + alone), key=lambda g: g[0])


# --- profiles ------------------------------------------------------------------


def _profile(article: Article) -> _Profile:
    text = article.text
    spans = list(sentences(text))
    units = [_tokens(text[s:e]) for s, e in spans]
    if article.title and not text.startswith(article.title):
        units.insert(0, _tokens(article.title))
        lead_texts = [article.title] + [text[s:e] for s, e in spans[: LEAD_SENTENCES - 1]]
    else:
        lead_texts = [text[s:e] for s, e in spans[:LEAD_SENTENCES]]
    words: Counter[str] = Counter()
    numbers: set[str] = set()
    times: set[str] = set()
    for unit in units:
        for token in unit:
            low = _normal(token)
            if token[0].isdigit():
                numbers.add(low.replace(",", ""))
            elif low in _MONTHS and (token[0].isupper() or low != "may"):
                times.add(_MONTHS[low])
            elif low in _DAYS:
                times.add(low[:3])
            elif low not in _STOP_WORDS and len(low) > 2:
                words[low] += 1
    years = frozenset(x for x in numbers if _YEAR.fullmatch(x))
    return _Profile(words, _names(units), frozenset(numbers), frozenset(times), years, tuple(lead_texts))


def _tokens(sentence: str) -> list[str]:
    found = (m.group(0).rstrip(",.'’") for m in _TOKEN.finditer(sentence))
    return [t for t in found if t]


def _normal(token: str) -> str:
    """Lower case without a possessive: "Lohan’s" → "lohan"."""
    return re.sub(r"['’]s?$", "", token).lower().rstrip(".")


def _names(units: list[list[str]]) -> frozenset[str]:
    """Words capitalised mid-sentence outside headlines: names, without "The" or a headline's "Checks"."""
    mid: set[str] = set()
    for unit in units:
        if _is_headline(unit):
            continue
        for token in unit[1:]:
            low = _normal(token)
            if token[0].isupper() and len(low) > 1 and low not in _STOP_WORDS and low not in _MONTHS and low not in _DAYS:
                mid.add(low)
    return frozenset(mid)


def _is_headline(tokens: list[str]) -> bool:
    words = [t for t in tokens if t[0].isalpha() and len(t) > 3]
    return len(words) >= 3 and sum(t[0].isupper() for t in words) > 0.6 * len(words)


# --- pair features -------------------------------------------------------------


def _cosines(bags: list[Counter[str]], *, sublinear: bool = False) -> np.ndarray:
    """TF-IDF cosines (smoothed idf over these bags), accumulated over an inverted index.

    Terms in a single bag cannot contribute to any pair and are never touched,
    so the cost is Σ df² over shared terms, with no vocabulary-sized matrix.
    """
    np = _numpy()
    n = len(bags)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, bag in enumerate(bags):
        for term, count in bag.items():
            postings[term].append((i, 1.0 + math.log(count) if sublinear else float(count)))
    norms = np.zeros(n)
    shared: list[tuple[np.ndarray, np.ndarray]] = []
    for docs in postings.values():
        idf = math.log((1 + n) / (1 + len(docs))) + 1.0
        idx = np.fromiter((i for i, _ in docs), dtype=np.intp, count=len(docs))
        weight = np.fromiter((tf * idf for _, tf in docs), dtype=np.float64, count=len(docs))
        np.add.at(norms, idx, weight**2)
        if len(docs) > 1:
            shared.append((idx, weight))
    inverse = 1.0 / np.sqrt(np.where(norms > 0, norms, 1.0))
    out = np.zeros((n, n), dtype=np.float32)
    for idx, weight in shared:
        w = weight * inverse[idx]
        out[np.ix_(idx, idx)] += np.outer(w, w).astype(np.float32)
    np.fill_diagonal(out, 0.0)
    return out


def _year_agreement(years: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(shared, conflict): both articles give years and share one / share none."""
    np = _numpy()
    has = np.array([bool(y) for y in years], dtype=np.float32)
    shared = _cosines([Counter(y) for y in years]) > 0
    both = np.outer(has, has).astype(bool)
    np.fill_diagonal(both, False)
    return shared.astype(np.float32), (both & ~shared).astype(np.float32)


def _lead_embeddings(leads: list[tuple[str, ...]]) -> np.ndarray:
    """One unit vector per article: the mean of its lead sentences' embeddings."""
    np = _numpy()
    from .embeddings import DIMENSIONS, default_encoder

    flat = [s for lead in leads for s in lead]
    vectors = default_encoder().encode(flat) if flat else np.zeros((0, DIMENSIONS), dtype=np.float32)
    out = np.zeros((len(leads), DIMENSIONS), dtype=np.float32)
    start = 0
    for i, lead in enumerate(leads):
        if lead:
            mean = vectors[start : start + len(lead)].mean(axis=0)
            out[i] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        start += len(lead)
    return out


# --- clustering ----------------------------------------------------------------


def _merge(links: dict[int, dict[int, float]], members: dict[int, list[int]], threshold: float) -> list[list[int]]:
    """Merge the pair with the highest average excess until it falls below ``threshold``.

    Average linkage never raises a pair's average by merging elsewhere (it is
    "reducible"), so a lazily invalidated heap of candidate pairs gives the
    exact result; ties break on cluster ids, which follow input order.
    """
    import heapq

    heap = [(-e, i, j) for i, nbrs in links.items() for j, e in nbrs.items() if i < j]
    heapq.heapify(heap)
    next_id = len(members)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if -neg < threshold:
            break
        c, next_id = next_id, next_id + 1
        members[c] = members.pop(a) + members.pop(b)
        la, lb = links.pop(a), links.pop(b)
        lc: dict[int, float] = {}
        for k in sorted((la.keys() | lb.keys()) - {a, b}):
            total = la.get(k, 0.0) + lb.get(k, 0.0)
            lc[k] = total
            lk = links[k]
            lk.pop(a, None)
            lk.pop(b, None)
            lk[c] = total
            heapq.heappush(heap, (-total / (len(members[c]) * len(members[k])), k, c))
        links[c] = lc
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _embeddings_available() -> bool:
    from .embeddings import available

    return available()


def _numpy():  # noqa: ANN202 - the numpy module
    try:
        import numpy
    except ImportError as e:
        raise MissingDependency("embed", "group articles into stories (needs numpy)") from e
    return numpy

