"""Quantity extraction scored against hand-annotated figures (``eval/gold/quantities_*.jsonl``).

The gold files (annotation rules in ``eval/gold/README.md``) pin every figure of
83 articles by character offsets: the three bundled example articles and 80
FRANK articles (the CNN/DM and XSum source texts), chosen by :func:`frank_docs`.
Only the short number phrases are stored, never article text; the FRANK texts
come from ``DATA/frank/articles.jsonl``.

Splits: the selection comes in batches of 40. *test* is the odd positions of
the first batch (20 FRANK articles); *dev* is the example, the even positions
of the first batch and every later batch (60 FRANK articles). Later batches
only ever grow dev, so the test figure stays comparable. Tune on dev only.

Each article is run through :func:`storycheck.quantities.extract_quantities`
as ``Article(text=…)`` with its text as stored. A predicted mention is *paired*
with a gold figure when their spans overlap (one to one, largest overlap
first). A pair is a true positive when the values agree: the same unit and
either the same exact amount or, for a range, the same ``min`` and ``max``
(each absent on both sides, or within 1%).

Metrics:

* ``value_precision`` — true positives / predicted mentions;
* ``value_recall`` — true positives / gold figures;
* ``value_f1`` — their harmonic mean;
* ``counts_accuracy`` — of the paired figures, the share whose counted thing
  agrees: the *head noun* (last word, lower-cased, a trailing "old" dropped,
  singularised, unit abbreviations folded: "ft"/"feet" -> "foot",
  "kilometres" -> "km") is the same, or both are absent;
* ``event_accuracy`` — of the paired figures, the share with the same event
  lemma (both absent counts as agreement);
* ``gold`` / ``predicted`` — figures and mentions scored.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, QuantityValue
from ..quantities import extract_quantities, head_noun
from .base import EvalResult, Yardstick, check_split, data_path

DATASET = "quantities"
GOLD_DIR = Path(__file__).resolve().parents[3] / "eval" / "gold"
EXAMPLE_DIR = Path(__file__).resolve().parents[3] / "examples" / "zelenskyy-2025-02-23"
FRANK_PER_DATASET = 20  # articles per data set in one batch of the selection
FRANK_BATCHES = 2  # batch 0 is split dev/test by parity; later batches are all dev
MIN_NUMBERS = 3  # digit runs an article needs to be selected
YARDSTICKS = (
    Yardstick("value_precision", 0.95, "issue 3 target"),
    Yardstick("value_recall", 0.95, "issue 3 target"),
    Yardstick("counts_accuracy", 0.85, "issue 3 target"),
)
_REL_TOL = 0.01


@dataclass(frozen=True, slots=True)
class Figure:
    """One gold figure: a span of a document and the value it states."""

    doc: str
    start: int
    end: int
    text: str
    value: QuantityValue


def run(data_dir: str | Path, split: str) -> EvalResult:
    """Score ``extract_quantities`` on ``split`` (test: odd picks of batch 0; dev: the example and the rest)."""
    check_split(split)
    texts = dict(_frank_split(data_dir, split))
    if split == "dev":
        texts |= example_texts()
    gold = [g for g in load_gold() if g.doc in texts]
    metrics = score(texts, gold)
    return EvalResult(
        DATASET,
        split,
        metrics,
        YARDSTICKS,
        notes=(f"{len(texts)} articles ({'example + ' if split == 'dev' else ''}FRANK); gold in {GOLD_DIR}",),
    )


def run_example() -> dict[str, float]:
    """The metrics on the bundled example alone (needs no external data)."""
    texts = example_texts()
    return score(texts, [g for g in load_gold("example") if g.doc in texts])


# --- documents ---------------------------------------------------------------


def example_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLE_DIR.glob("*.txt"))}


def frank_docs(rows: Iterable[dict]) -> list[str]:
    """The FRANK selection, in batches: batch b holds, per data set (cnndm, then xsum),
    articles 20b … 20b+19 of those with at least three digit runs, by sorted hash."""
    picked: dict[str, list[str]] = {"cnndm": [], "xsum": []}
    limit = FRANK_PER_DATASET * FRANK_BATCHES
    for row in sorted(rows, key=lambda r: r["hash"]):
        chosen = picked.get(row["dataset"])
        if chosen is not None and len(chosen) < limit and len(re.findall(r"\d+", row["article"])) >= MIN_NUMBERS:
            chosen.append(row["hash"])
    n = FRANK_PER_DATASET
    return [h for b in range(FRANK_BATCHES) for ds in ("cnndm", "xsum") for h in picked[ds][b * n : (b + 1) * n]]


def in_split(position: int, split: str) -> bool:
    """Whether the FRANK pick at ``position`` of :func:`frank_docs` belongs to ``split``."""
    if position >= 2 * FRANK_PER_DATASET:  # later batches only grow dev
        return split == "dev"
    return position % 2 == (0 if split == "dev" else 1)


def _frank_split(data_dir: str | Path, split: str) -> list[tuple[str, str]]:
    folder = data_path(data_dir, "frank", "articles.jsonl")
    with open(folder / "articles.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    text = {r["hash"]: r["article"] for r in rows}
    return [(h, text[h]) for i, h in enumerate(frank_docs(rows)) if in_split(i, split)]


def load_gold(which: str | None = None) -> list[Figure]:
    """Gold figures from ``eval/gold/quantities_{example,frank}.jsonl`` (both when ``which`` is None)."""
    names = [which] if which else ["example", "frank"]
    out: list[Figure] = []
    for name in names:
        with open(GOLD_DIR / f"quantities_{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    value = QuantityValue(r["amount"], r["min"], r["max"], r["unit"], r["counts"], r["event"])
                    out.append(Figure(r["doc"], r["start"], r["end"], r["text"], value))
    return out


# --- scoring -----------------------------------------------------------------


def score(texts: dict[str, str], gold: Sequence[Figure]) -> dict[str, float]:
    """Extract from each text and score against ``gold`` (figures of those texts)."""
    tp = n_pred = paired = counts_ok = event_ok = 0
    by_doc: dict[str, list[Figure]] = {}
    for g in gold:
        if texts[g.doc][g.start : g.end] != g.text:
            raise ValueError(f"gold figure {g.text!r} at {g.doc}:{g.start} does not match the article text")
        by_doc.setdefault(g.doc, []).append(g)
    for doc, text in texts.items():
        predicted = extract_quantities(Article(id=doc, source=doc, text=text))
        n_pred += len(predicted)
        for g, p in pair(by_doc.get(doc, []), [(m.start, m.end, m.value) for m in predicted]):
            paired += 1
            tp += values_agree(g.value, p)
            counts_ok += head_noun(g.value.counts) == head_noun(p.counts)
            event_ok += g.value.event == p.event
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    return {
        "value_precision": precision,
        "value_recall": recall,
        "value_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "counts_accuracy": counts_ok / paired if paired else 0.0,
        "event_accuracy": event_ok / paired if paired else 0.0,
        "gold": len(gold),
        "predicted": n_pred,
    }


def pair(gold: Sequence[Figure], predicted: Sequence[tuple[int, int, QuantityValue]]) -> list[tuple[Figure, QuantityValue]]:
    """One-to-one pairs of overlapping spans, the largest overlap first."""
    candidates = sorted(
        (
            (-(min(g.end, p[1]) - max(g.start, p[0])), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if min(g.end, p[1]) > max(g.start, p[0])
        )
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], predicted[j][2]))
    return out


def values_agree(gold: QuantityValue, pred: QuantityValue) -> bool:
    if gold.unit != pred.unit:
        return False
    if gold.amount is not None:
        return pred.amount is not None and math.isclose(gold.amount, pred.amount, rel_tol=1e-9)
    return pred.amount is None and _close(gold.min, pred.min) and _close(gold.max, pred.max)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=1e-9)


