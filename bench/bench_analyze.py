"""Time `analyze` on the bundled example and on a 200-article synthetic story.

Each case runs in a fresh child process so its peak memory (max RSS) is its own.
The peer, measured in the same run on the same inputs, is storycheck's own
read + clean floor (parsing files, no analysis): the ratio says what the
analysis costs on top of merely reading the articles.

    make bench            # or: python bench/bench_analyze.py [--articles 200] [--repeat 3]

Prints a table and writes bench/results/analyze.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "zelenskyy-2025-02-23"
RESULTS = ROOT / "bench" / "results" / "analyze.json"

CHILD = r"""
import json, sys, time
from storycheck.api import analyze
from storycheck.cleaning import clean
from storycheck.readers import discover, read
mode, folder = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
if mode == "analyze":
    report = analyze(folder)
    n, words = len(report.articles), sum(len(a.text.split()) for a in report.articles)
    stages = {s.name: round(s.seconds, 4) for s in report.stats}
    counts = {"mentions": sum(len(a.mentions) for a in report.articles), "facts": len(report.facts),
              "discrepancies": len(report.discrepancies), "stories": len(report.stories)}
else:
    arts = [clean(a) for p in discover([folder]) for a in read(p)]
    n, words, stages, counts = len(arts), sum(len(a.text.split()) for a in arts), {}, {}
print(json.dumps({"seconds": time.perf_counter() - t0, "articles": n, "words": words, "stages": stages, "counts": counts}))
"""

_NUMBER = re.compile(r"\b\d[\d,]*\b")
_SWAPS = [("said", "stated"), ("Sunday", "the weekend"), ("largest", "biggest"), ("attack", "assault"), ("Ukraine", "Kyiv")]


def synthetic_story(folder: Path, n: int, seed: int = 13) -> None:
    """Write n articles built from the example's sentences: copies, trims, shuffles, edits, altered figures."""
    rng = random.Random(seed)
    paragraphs = [
        [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) > 4]
        for path in sorted(EXAMPLE.glob("*.txt"))
    ]
    for i in range(n):
        base = rng.choice(paragraphs)
        extra = rng.choice(paragraphs) if rng.random() < 0.3 else []
        chosen = [p for p in base if rng.random() < 0.8] + [p for p in extra if rng.random() < 0.3]
        if rng.random() < 0.3:
            rng.shuffle(chosen)
        out = []
        for p in chosen:
            if rng.random() < 0.2:
                old, new = rng.choice(_SWAPS)
                p = p.replace(old, new, 1)
            if rng.random() < 0.05:
                p = _NUMBER.sub(lambda m: str(int(m.group().replace(",", "")) + rng.randint(1, 40)), p, count=1)
            out.append(p)
        (folder / f"synthetic_{i:03d}.txt").write_text("\n\n".join(out) + "\n", encoding="utf-8")


def run_child(mode: str, folder: Path) -> dict:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(folder)], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench child failed ({mode} {folder})")
    result = json.loads(out)
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    return result


def measure(mode: str, folder: Path, repeat: int) -> dict:
    runs = [run_child(mode, folder) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    return {
        "mode": mode,
        "articles": best["articles"],
        "words": best["words"],
        "seconds_median": statistics.median(r["seconds"] for r in runs),
        "seconds_min": best["seconds"],
        "peak_mb": max(r["peak_mb"] for r in runs),
        "stages": best["stages"],
        "counts": best.get("counts", {}),
    }


CROSSCHECK_STAGES = ("facts", "crosscheck", "brief")
CROSSCHECK_TARGET_S = 60.0  # issue 4: a 200-article story cross-checked in under a minute on 2 cores


def crosscheck_table(rows: list[dict]) -> Table:
    """Fact alignment, verdicts, discrepancies and brief (the cross-check proper) beside the whole run."""
    table = Table(title=f"cross-check (facts + crosscheck + brief stages; target < {CROSSCHECK_TARGET_S:.0f} s for 200 articles)")
    for col in ("case", "mentions", "facts", "discrepancies", "cross-check s", "whole analyze s", "within target"):
        table.add_column(col, justify="left" if col == "case" else "right")
    for r in rows:
        a = r["analyze"]
        cross = sum(a["stages"].get(s, 0.0) for s in CROSSCHECK_STAGES)
        r["crosscheck_seconds"] = cross
        c = a.get("counts", {})
        table.add_row(
            r["case"], str(c.get("mentions", "")), str(c.get("facts", "")), str(c.get("discrepancies", "")),
            f"{cross:.2f}", f"{a['seconds_median']:.1f}", "yes" if a["seconds_median"] < CROSSCHECK_TARGET_S else "NO",
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp)
        synthetic_story(synthetic, args.articles)
        for case, folder in (("example", EXAMPLE), (f"synthetic-{args.articles}", synthetic)):
            peer = measure("read+clean", folder, args.repeat)
            ours = measure("analyze", folder, args.repeat)
            rows.append({"case": case, "analyze": ours, "peer": peer, "ratio_seconds": ours["seconds_median"] / max(peer["seconds_median"], 1e-9)})
    table = Table(title="storycheck analyze (median of %d runs, fresh process each)" % args.repeat)
    for col in ("case", "articles", "words", "analyze s", "words/s", "peak MB", "read+clean s (peer)", "ratio", "slowest stage"):
        table.add_column(col, justify="left" if col in ("case", "slowest stage") else "right")
    for r in rows:
        a, p = r["analyze"], r["peer"]
        slowest = max(a["stages"].items(), key=lambda kv: kv[1]) if a["stages"] else ("", 0)
        table.add_row(
            r["case"], str(a["articles"]), str(a["words"]), f"{a['seconds_median']:.3f}",
            f"{a['words'] / a['seconds_median']:,.0f}", f"{a['peak_mb']:.0f}", f"{p['seconds_median']:.3f}",
            f"{r['ratio_seconds']:.1f}×", f"{slowest[0]} {slowest[1]:.2f}s",
        )
    Console(width=160).print(table)
    Console(width=160).print(crosscheck_table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"benchmark": "analyze", "cpus": os.cpu_count(), "results": rows}, indent=2) + "\n")
    Console().print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
