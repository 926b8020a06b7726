"""Story grouping on ECB+: cluster a split's documents, score against the gold sub-topics.

ECB+ has 43 topics, each with two sub-topics: two different real events of the
same kind, so lexically close stories must be kept apart. All documents of a
split are grouped together (test: topics 36-45, 210 documents, 20 events) and
compared with the sub-topics by the adjusted Rand index and B-cubed F1. The
TF-IDF baseline (content-word cosines, same average-linkage clustering) is
measured in the same run.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path

from ..model import Article
from ..stories import average_linkage, group_stories, tfidf_cosines
from .base import EvalResult, Yardstick, check_split, data_path

DATASET = "ecbplus"
#: TF-IDF cosine at which the baseline stops merging: best summed ARI over train (0.803) and dev (0.817)
BASELINE_THRESHOLD = 0.2

# The corpus is tokenised ("Lohan 's rehab , she said ."); undo the spaces so features see news text.
_DETOKENISE = (
    (re.compile(r"\s+([.,;:!?%)\]}]|n't|'s|'re|'ve|'ll|'d|'m)(?=\s|$)"), r"\1"),
    (re.compile(r"``\s*|\s*''"), '"'),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"(\w) - (?=\w)"), r"\1-"),
)


def run(data_dir: Path, split: str) -> EvalResult:
    docs = load(data_dir, check_split(split))
    articles = [article_of(d) for d in docs]
    gold = [d["subtopic"] for d in docs]
    predicted = _labels(group_stories(articles), [a.id for a in articles])
    baseline = _labels(
        [[articles[i].id for i in g] for g in average_linkage(tfidf_cosines(articles), BASELINE_THRESHOLD)],
        [a.id for a in articles],
    )
    metrics = {
        "ari": adjusted_rand_index(gold, predicted),
        "ari_tfidf": adjusted_rand_index(gold, baseline),
        "b_cubed_f1": b_cubed_f1(gold, predicted),
        "clusters_predicted": float(len(set(predicted))),
        "clusters_gold": float(len(set(gold))),
        "documents": float(len(docs)),
    }
    return EvalResult(
        dataset=DATASET,
        split=split,
        metrics=metrics,
        yardsticks=(Yardstick("ari", 0.783, "TF-IDF baseline (issue 5)"),),
        notes=("gold = ECB+ sub-topic; all documents of the split clustered together",),
    )


def load(data_dir: Path, split: str) -> list[dict]:
    """The documents of ``split`` (train, dev or test) in file order."""
    path = data_path(data_dir, DATASET, "docs.jsonl") / "docs.jsonl"
    with path.open(encoding="utf-8") as f:
        return [doc for doc in map(json.loads, f) if doc["split"] == split]


def article_of(doc: dict) -> Article:
    """An article as a reader would give it: the ECB+ part's leading URL line goes to ``url``."""
    lines = [detokenise(s) for s in doc["sentences"]]
    url = None
    if lines and lines[0].startswith("http"):
        url = lines.pop(0).replace(" ", "")
    return Article(id=doc["doc_name"], source=f"ecbplus:{doc['doc_name']}", text="\n".join(lines), url=url)


def detokenise(sentence: str) -> str:
    for pattern, replacement in _DETOKENISE:
        sentence = pattern.sub(replacement, sentence)
    return sentence


def adjusted_rand_index(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Hubert & Arabie's ARI over pairs of items (1 = identical partitions, ~0 = chance)."""
    pairs = comb(len(gold), 2)
    if pairs == 0:
        return 1.0
    both = sum(comb(c, 2) for c in Counter(zip(gold, predicted)).values())
    in_gold = sum(comb(c, 2) for c in Counter(gold).values())
    in_predicted = sum(comb(c, 2) for c in Counter(predicted).values())
    expected = in_gold * in_predicted / pairs
    best = (in_gold + in_predicted) / 2
    return 1.0 if best == expected else (both - expected) / (best - expected)


def b_cubed_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Bagga & Baldwin's B³ F1: per-item precision and recall of its cluster, averaged."""
    if not gold:
        return 1.0
    joint = Counter(zip(gold, predicted))
    g, p = Counter(gold), Counter(predicted)
    precision = sum(joint[gi, pi] / p[pi] for gi, pi in zip(gold, predicted)) / len(gold)
    recall = sum(joint[gi, pi] / g[gi] for gi, pi in zip(gold, predicted)) / len(gold)
    return 2 * precision * recall / (precision + recall)


def _labels(groups: list[list[str]], ids: list[str]) -> list[str]:
    label = {article: str(k) for k, group in enumerate(groups) for article in group}
    return [label[i] for i in ids]
