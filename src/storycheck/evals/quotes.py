"""Quote and attribution extraction on PolNeAR: content and source spans against the gold.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution in
1,008 US political news articles of 2015-16 as brat standoff: a *content*
span (what was said, quote marks included, possibly in several fragments: a
quote split by its attribution is one attribution), a *cue* ("said") and a
*source* (the mention in the sentence: often a pronoun or a description, "he",
"the senator"). An article annotated by several annotators is scored against
one of them, the first ``.ann`` file in sorted order; ``Discuss``/``Discard``
labels and relations without a content span are ignored.

Predictions are :func:`storycheck.quotes.extract_attributions` on the raw
``.txt`` (no cleaning): one attribution per quotation or reported clause, a
quote continued after its attribution ("“A,” he said. “B.”") merged into one,
its source the mention our extractor attached (the pronoun, description or
name as written, title included), not the canonical name. Bare quoted terms
with no speaker and no attribution (scare quotes) are not attributions and are
left out; so are reported clauses whose speaker is not a person, exactly as
:func:`storycheck.quotes.extract_quotes` leaves them out.

Spans are compared as sets of *word tokens* (maximal ``\\w+`` runs, keyed by
their offset): punctuation, quote marks and whitespace never decide a match,
so ``“We are ready,”`` (PolNeAR) and ``We are ready`` (ours) are the same
content. Matching follows Citron's evaluation (BBC R&D, ``citron/metrics.py``):

* **exact** — a predicted attribution is a true positive when some gold
  attribution has exactly its content tokens (all fragments together);
  a gold attribution is recalled when some prediction has exactly its tokens.
  Citron also asks that the cues overlap; in PolNeAR every token belongs to
  at most one attribution, so identical content already pins the attribution.
* **overlap** — token sums, as Citron: precision = predicted content tokens
  inside some gold content / all predicted content tokens; recall = gold
  content tokens inside some predicted content / all gold content tokens.
* **source** — each prediction is linked to the gold attribution whose content
  shares the most tokens with it (one-to-one, largest overlaps first). Exact:
  a prediction counts when it is linked and its source tokens equal the gold
  source tokens (precision over all predictions, recall over all gold
  attributions; a prediction without a source matches a gold attribution
  without one). Overlap: Citron's token sums restricted to linked pairs —
  stricter than Citron, which sums the source overlap over all pairs.

Each figure is given for (a) ``direct``: gold attributions whose content holds a
double quotation mark (“ ” or "), against predictions whose content (marks
included) holds one — the same test on both sides; and (b) ``all``
attributions. The yardsticks are Citron's on the PARC 3.0 test partition, a
different corpus (WSJ, 1989) annotated in the same framework.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import nlp
from ..model import Article
from ..quotes import Attribution, constructions, extract_attributions
from .base import EvalResult, Yardstick, check_split, data_path

DATASET = "polnear"
CITRON = "Citron on PARC 3.0"
YARDSTICKS = (
    Yardstick("all_source_f1_exact", 0.820, CITRON),
    Yardstick("all_source_f1_overlap", 0.853, CITRON),
    Yardstick("all_content_f1_exact", 0.593, CITRON),
    Yardstick("all_content_f1_overlap", 0.833, CITRON),
)

_WORD = re.compile(r"\w+")
_DOUBLE_MARK = re.compile(r"[“”\"]")
_LINE = re.compile(r"[TE]\d+\t")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Spans
    source: Spans
    cue: Spans


@dataclass(frozen=True, slots=True)
class _Item:
    """One attribution reduced to what is scored: token sets and its class."""

    content: frozenset[int]
    source: frozenset[int]
    direct: bool


def run(data_dir: Path, split: str) -> EvalResult:
    """Score quote extraction on ``split`` of PolNeAR under ``data_dir``."""
    check_split(split)
    folder = data_path(data_dir, DATASET, f"data/{split}/text", f"data/{split}/attributions")
    docs = list(load_split(folder, split))
    golds, preds = [], []
    for article_id, text, gold in docs:
        g, p = items(text, gold, extract_attributions(Article(article_id, article_id, text)))
        golds.append(g)
        preds.append(p)
    metrics = score(golds, preds)
    metrics["articles"] = float(len(docs))
    return EvalResult(
        dataset=DATASET,
        split=split,
        metrics=metrics,
        yardsticks=YARDSTICKS,
        notes=(
            "spans compared as word-token sets (punctuation and quote marks ignored); exact and token-overlap "
            "matching as Citron's evaluation; sources linked through the best-overlapping content",
            "one annotator per article: the first .ann file in sorted order",
            "rules + dependency parse (storycheck analyze --parse)" if nlp.available() else "rules only (spaCy not installed)",
        ),
    )


# --- the gold -------------------------------------------------------------------


def load_split(folder: Path, split: str) -> Iterable[tuple[str, str, list[GoldAttribution]]]:
    """(article id, text, gold attributions) of each article, one annotator each."""
    seen: set[str] = set()
    for ann in sorted((folder / "data" / split / "attributions").glob("*.ann")):
        article_id = ann.stem.rsplit("_", 1)[0]
        if article_id in seen:  # several annotators: the first file in sorted order wins
            continue
        seen.add(article_id)
        text = (folder / "data" / split / "text" / f"{article_id}.txt").read_text(encoding="utf-8")
        yield article_id, text, parse_ann(ann.read_text(encoding="utf-8"))


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one brat standoff file (``Discuss``/``Discard`` and content-less ones dropped)."""
    spans: dict[str, Spans] = {}
    relations: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        if not _LINE.match(line):  # a span's text may run over several lines
            continue
        fields = line.split("\t")
        if line[0] == "T":
            _label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = tuple(tuple(map(int, o.split())) for o in offsets.split(";"))  # type: ignore[misc]
        else:
            relations.append([tuple(r.split(":", 1)) for r in fields[1].split()])  # type: ignore[misc]
    out = []
    for roles in relations:
        content = _role(roles, spans, "Content")
        if content:
            out.append(GoldAttribution(content, _role(roles, spans, "Source"), _role(roles, spans, "Cue")))
    return out


def _role(roles: Sequence[tuple[str, str]], spans: dict[str, Spans], prefix: str) -> Spans:
    """Every span of the relation's arguments named ``prefix`` (``Content``, ``Content2``, …)."""
    return tuple(sorted(s for r, t in roles if r.startswith(prefix) and t in spans for s in spans[t]))


# --- scoring ----------------------------------------------------------------------


def items(text: str, gold: Sequence[GoldAttribution], pred: Sequence[Attribution]) -> tuple[list[_Item], list[_Item]]:
    """Gold and predicted attributions of one article as token sets."""
    starts = [m.start() for m in _WORD.finditer(text)]

    def tokens(spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        return frozenset(i for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e)))

    def direct(spans: Iterable[tuple[int, int]]) -> bool:
        return any(_DOUBLE_MARK.search(text, s, e) for s, e in spans)

    g = [_Item(tokens(a.content), tokens(a.source), direct(a.content)) for a in gold]
    p = [_Item(tokens(a.content), tokens([a.source] if a.source else []), direct(a.content)) for a in pred]
    return [i for i in g if i.content], [i for i in p if i.content]


def score(golds: Sequence[Sequence[_Item]], preds: Sequence[Sequence[_Item]]) -> dict[str, float]:
    """Flat metrics for direct and all attributions over a split's articles."""
    metrics: dict[str, float] = {}
    for group, keep in (("direct", lambda i: i.direct), ("all", lambda i: True)):
        counts = _Counts()
        for gold, pred in zip(golds, preds):
            counts.add([i for i in gold if keep(i)], [i for i in pred if keep(i)])
        metrics.update(counts.metrics(group))
    return metrics


class _Counts:
    def __init__(self) -> None:
        self.gold = self.pred = 0
        self.content_tp_pred = self.content_tp_gold = 0
        self.source_tp = 0
        self.content_overlap = [0, 0, 0, 0]  # pred tokens in gold, pred tokens, gold tokens in pred, gold tokens
        self.source_overlap = [0, 0, 0]  # shared tokens of linked pairs, pred tokens, gold tokens

    def add(self, gold: Sequence[_Item], pred: Sequence[_Item]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        gold_sets = {g.content for g in gold}
        pred_sets = {p.content for p in pred}
        self.content_tp_pred += sum(p.content in gold_sets for p in pred)
        self.content_tp_gold += sum(g.content in pred_sets for g in gold)
        all_gold = frozenset().union(*(g.content for g in gold))
        all_pred = frozenset().union(*(p.content for p in pred))
        self.content_overlap[0] += sum(len(p.content & all_gold) for p in pred)
        self.content_overlap[1] += sum(len(p.content) for p in pred)
        self.content_overlap[2] += sum(len(g.content & all_pred) for g in gold)
        self.content_overlap[3] += sum(len(g.content) for g in gold)
        linked = _link(gold, pred)
        self.source_tp += sum(gold[gi].source == pred[pi].source for pi, gi in linked.items())
        self.source_overlap[0] += sum(len(gold[gi].source & pred[pi].source) for pi, gi in linked.items())
        self.source_overlap[1] += sum(len(p.source) for p in pred)
        self.source_overlap[2] += sum(len(g.source) for g in gold)

    def metrics(self, group: str) -> dict[str, float]:
        out: dict[str, float] = {}
        p, r = _ratio(self.content_tp_pred, self.pred), _ratio(self.content_tp_gold, self.gold)
        out.update(_prf(f"{group}_content", "exact", p, r))
        o = self.content_overlap
        out.update(_prf(f"{group}_content", "overlap", _ratio(o[0], o[1]), _ratio(o[2], o[3])))
        out.update(_prf(f"{group}_source", "exact", _ratio(self.source_tp, self.pred), _ratio(self.source_tp, self.gold)))
        s = self.source_overlap
        out.update(_prf(f"{group}_source", "overlap", _ratio(s[0], s[1]), _ratio(s[0], s[2])))
        out[f"{group}_gold"] = float(self.gold)
        out[f"{group}_predicted"] = float(self.pred)
        return out


def _link(gold: Sequence[_Item], pred: Sequence[_Item]) -> dict[int, int]:
    """Prediction index -> gold index, one-to-one, largest content overlaps first."""
    pairs = sorted(
        ((len(p.content & g.content), pi, gi) for pi, p in enumerate(pred) for gi, g in enumerate(gold) if p.content & g.content),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    linked: dict[int, int] = {}
    used: set[int] = set()
    for _, pi, gi in pairs:
        if pi not in linked and gi not in used:
            linked[pi] = gi
            used.add(gi)
    return linked


def _prf(prefix: str, how: str, p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_precision_{how}": p, f"{prefix}_recall_{how}": r, f"{prefix}_f1_{how}": f}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


# --- the cue table (storycheck/data/cues.py) ------------------------------------

CUE_MIN_COUNT = 3  # attributions a construction cued in train, at least
CUE_MIN_RATE = 0.25  # of its occurrences; with the exact floor below, 0.15-0.35 tried on train: 0.25 best (0.3 before it)
# Or: its content equalled a gold content exactly this often — about half the exact content F1 on train,
# so such a cue adds more right attributions than wrong ones (0.26 chosen on train, confirmed on dev).
CUE_MIN_EXACT_RATE = 0.26
# Either way, its content must equal a gold one in this share of its occurrences: a construction that
# overlaps often but almost never exactly ("use", "mean", "issue") only takes clauses a better reading
# would have had (0.05/0.1/0.15 tried on train: 0.1 best; dev agrees within 0.001).
CUE_MIN_EXACT_FLOOR = 0.1


def cue_table(data_dir: Path, split: str = "train") -> list[tuple[str, str, str, int, int, int]]:
    """(lemma, part of speech, construction, times it cued an attribution, times exactly, times seen) on ``split``.

    A construction (:func:`storycheck.quotes.constructions`) cued one when its
    content shares more than half its word tokens (Jaccard) with a gold content,
    exactly when it has the very tokens of one. A construction is kept when it
    cued at least :data:`CUE_MIN_COUNT` in :data:`CUE_MIN_RATE` of its
    occurrences, or exactly at least as often in :data:`CUE_MIN_EXACT_RATE`,
    and exactly in at least :data:`CUE_MIN_EXACT_FLOOR` of them either way.
    Needs spaCy (``storycheck[nlp]``); parsing train takes about three minutes.
    """
    from .. import nlp

    folder = data_path(data_dir, DATASET, f"data/{split}/text", f"data/{split}/attributions")
    docs = list(load_split(folder, split))
    hits: dict[tuple[str, str, str], int] = {}
    exact: dict[tuple[str, str, str], int] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for (_, text, gold), doc in zip(docs, nlp.pipeline().pipe(text for _, text, _ in docs)):
        starts = [m.start() for m in _WORD.finditer(text)]
        contents = [_tokens(starts, g.content) for g in gold]
        for _, key, content in constructions(doc):
            seen[key] = seen.get(key, 0) + 1
            got = _tokens(starts, [content])
            if any(2 * len(got & c) > len(got | c) for c in contents):
                hits[key] = hits.get(key, 0) + 1
            if got in contents:
                exact[key] = exact.get(key, 0) + 1

    rows = ((*k, hits.get(k, 0), exact.get(k, 0), seen[k]) for k in seen)
    return sorted(row for row in rows if keeps_cue(*row[3:]))


def keeps_cue(hits: int, exact: int, seen: int) -> bool:
    """Whether a construction seen ``seen`` times, cueing ``hits`` attributions (``exact`` of them exactly), is a cue."""
    if exact / seen < CUE_MIN_EXACT_FLOOR:
        return False
    return (hits >= CUE_MIN_COUNT and hits / seen >= CUE_MIN_RATE) or (exact >= CUE_MIN_COUNT and exact / seen >= CUE_MIN_EXACT_RATE)


def _tokens(starts: Sequence[int], spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e)))


def write_cue_table(data_dir: Path, out: Path) -> None:
    """Write :func:`cue_table` of PolNeAR train as the Python module storycheck/data/cues.py.

    What an existing ``out`` holds after the table (hand-kept lists such as ``CHARACTERIZING``) is kept.
    """
    rows = cue_table(data_dir)
    kept = hand_kept(out.read_text(encoding="utf-8")) if out.exists() else ""
    lines = [
        '"""Words that cue an attribution in a given construction, learned from PolNeAR train.',
        "",
        "Built by storycheck.evals.quotes.write_cue_table (en_core_web_sm 3.8.0 parses of the",
        "840 train articles): a (lemma, part of speech, construction) is kept when its content",
        f"matched a gold attribution's (Jaccard > 0.5) at least {CUE_MIN_COUNT} times and in at least {CUE_MIN_RATE:.0%}",
        f"of its occurrences, or equalled one at least {CUE_MIN_COUNT} times and in at least {CUE_MIN_EXACT_RATE:.0%},",
        f"and equalled one in at least {CUE_MIN_EXACT_FLOOR:.0%} of them either way.",
        "Comments give matches/occurrences and exact matches. Do not edit by hand: rebuild with",
        "python -m storycheck.evals.quotes DATA_DIR src/storycheck/data/cues.py",
        '"""',
        "",
        "CUES: frozenset[tuple[str, str, str]] = frozenset(",
        "    {",
        *(f"        ({json.dumps(lemma)}, {json.dumps(pos)}, {json.dumps(dep)}),  # {hit}/{n}, exact {ex}" for lemma, pos, dep, hit, ex, n in rows),
        "    }",
        ")",
        kept,
    ]
    out.write_text("\n".join(lines), encoding="utf-8")


def hand_kept(module: str) -> str:
    """What a cue module holds after its generated ``CUES`` table: the hand-kept part a rebuild keeps."""
    table = module.find("CUES: frozenset")
    return module[module.index("\n)\n", table) + 3 :] if table >= 0 else ""


if __name__ == "__main__":
    import sys

    write_cue_table(Path(sys.argv[1]), Path(sys.argv[2]))
