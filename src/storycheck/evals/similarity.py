"""Same-story score against SemEval-2022 Task 8 (multilingual news article similarity).

Data: ``semeval2022_t8_sample/pairs_original_only.csv`` — 1,464 article pairs
(354 English–English), each text a headline plus a truncated body, rated
``Overall`` from 1 (same story) to 4 (very dissimilar). The set ships no split:
``hashed_split(pair_id)`` puts each pair in dev (tuning) or test (reporting).

Metrics: Pearson's r between :func:`storycheck.storyscore.score` and the
*flipped* rating ``4 - Overall`` (so both grow with similarity; r is the
negated correlation with ``Overall`` itself), over English pairs
(``pearson_en``) and all pairs (``pearson_all``: the embedding model is English
only, so other languages lean on word overlap). ``pearson_en_tfidf`` and
``pearson_all_tfidf`` are a plain TF-IDF cosine (lower-cased words, smoothed
IDF over the split's articles, L2) on the same pairs in the same run: the
baseline to beat.

:func:`fit` is how the weights in ``storyscore`` were obtained, on dev only.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from storycheck.model import Article

from .base import EvalResult, Yardstick, check_split, data_path, hashed_split

if TYPE_CHECKING:
    import numpy as np

DATASET = "semeval2022_t8_sample"
PAIRS_FILE = "pairs_original_only.csv"
YARDSTICKS = (Yardstick("pearson_en", 0.717, "TF-IDF cosine (issue 5)"),)
FIT_L2 = 1e-3  # keeps Newton's method finite when a regime's features are nearly collinear

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern, for a recognisable baseline


@dataclass(frozen=True, slots=True)
class Pair:
    id: str
    first: int  # index into the article list
    second: int
    english: bool  # both articles in English
    similarity: float  # 4 - Overall: 0 (very dissimilar) .. 3 (same story)


def run(data_dir: Path, split: str, *, english_only: bool = False) -> EvalResult:
    """Score the ``split`` pairs and correlate with the human ratings.

    ``english_only`` scores just the en-en pairs (``pearson_en`` is unchanged, a quarter of the
    embedding work); the test suite uses it to keep its quality gate fast.
    """
    from storycheck.storyscore import profiles, score

    articles, pairs = load(data_dir, split, english_only=english_only)
    profs = profiles(articles)
    ours = [score(profs[p.first], profs[p.second]) for p in pairs]
    tfidf = tfidf_cosines(articles, [(p.first, p.second) for p in pairs])
    gold = [p.similarity for p in pairs]
    english = [p.english for p in pairs]
    metrics = {
        "pearson_en": pearson(_where(ours, english), _where(gold, english)),
        "pearson_all": pearson(ours, gold),
        "pearson_en_tfidf": pearson(_where(tfidf, english), _where(gold, english)),
        "pearson_all_tfidf": pearson(tfidf, gold),
        "pairs_en": float(sum(english)),
        "pairs_all": float(len(pairs)),
    }
    embedded = all(p.lead is not None for p in profs)
    notes = (
        "r against 4 - Overall (1 = same story, flipped so that higher means more similar)",
        "embedding model used" if embedded else "embedding model not installed: lexical signals only",
    )
    return EvalResult(DATASET, split, metrics, YARDSTICKS, notes)


def load(data_dir: Path, split: str, *, english_only: bool = False) -> tuple[list[Article], list[Pair]]:
    """The articles and rated pairs of one split; each distinct text becomes one article."""
    check_split(split)
    path = data_path(data_dir, DATASET, PAIRS_FILE) / PAIRS_FILE
    articles: list[Article] = []
    index: dict[str, int] = {}  # text -> article index
    taken: set[str] = set()
    pairs: list[Pair] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if hashed_split(row["pair_id"]) != split:
                continue
            if english_only and not (row["lang1"] == "en" and row["lang2"] == "en"):
                continue
            ids = row["pair_id"].split("_")
            ends = []
            for side, text in ((0, row["text1"]), (1, row["text2"])):
                if text not in index:
                    # the same article id occasionally carries two different truncations
                    article_id = ids[side] if ids[side] not in taken else f"{ids[side]}-{len(articles)}"
                    taken.add(article_id)
                    index[text] = len(articles)
                    articles.append(Article(id=article_id, source=f"{PAIRS_FILE}:{row['pair_id']}", text=text.strip()))
                ends.append(index[text])
            english = row["lang1"] == "en" and row["lang2"] == "en"
            pairs.append(Pair(row["pair_id"], ends[0], ends[1], english, 4.0 - float(row["Overall"])))
    return articles, pairs


def tfidf_cosines(articles: Sequence[Article], pairs: Sequence[tuple[int, int]]) -> list[float]:
    """The baseline: cosine of TF-IDF vectors, IDF over ``articles`` (smoothed, as scikit-learn's default)."""
    bags = [Counter(_TOKEN.findall(a.text.lower())) for a in articles]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
    vectors = []
    for bag in bags:
        v = {w: c * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return [sum(x * vectors[j].get(w, 0.0) for w, x in vectors[i].items()) for i, j in pairs]


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def fit(data_dir: Path, *, embed: bool = True) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Refit the ``storyscore`` weights on the dev split: (english, other) logit weights.

    Logistic regression with soft targets ``(4 - Overall) / 3`` over the
    features ``english * x`` and ``(1 - english) * x``, x = (1, head, terms,
    names), by Newton's method. With ``embed=False`` head is 0 and its weights
    come out 0.
    """
    import numpy as np

    from storycheck.storyscore import pair_features, profiles

    articles, pairs = load(data_dir, "dev")
    profs = profiles(articles, embed=embed)
    rows = []
    for p in pairs:
        head, terms, names, english = pair_features(profs[p.first], profs[p.second])
        x = np.array([1.0, head, terms, names])
        rows.append(np.concatenate([english * x, (1.0 - english) * x]))
    features = np.array(rows)
    target = np.array([p.similarity / 3.0 for p in pairs])
    weights = _logistic(features, target)
    return tuple(float(w) for w in weights[:4]), tuple(float(w) for w in weights[4:])


def _logistic(x: np.ndarray, y: np.ndarray, iterations: int = 50) -> np.ndarray:
    import numpy as np

    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + FIT_L2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + FIT_L2 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def _where(values: Sequence[float], mask: Sequence[bool]) -> list[float]:
    return [v for v, keep in zip(values, mask) if keep]
