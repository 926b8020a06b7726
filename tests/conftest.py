"""Shared fixtures: the bundled example, and hand-built records so most tests load no model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from storycheck.model import Article, Mention, MentionValue

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"  # the labelled data sets; tests that need them skip without
STORYCHECK = shutil.which("storycheck", path=str(Path(sys.executable).parent)) or "storycheck"
EXAMPLE = ROOT / "examples" / "zelenskyy-2025-02-23"
EXAMPLE_IDS = ("000_445189bc3a3f21b6", "002_339a02aca3881f50", "004_1b7f51c01cb83d21")


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example_report():
    from storycheck import analyze

    return analyze(EXAMPLE)


def example_article(prefix: str, published: date | None = None) -> Article:
    """The bundled example article whose file name starts with ``prefix``, as raw text."""
    (path,) = EXAMPLE.glob(f"{prefix}_*.txt")
    return Article(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"), published=published)


def make_article(text: str, id: str = "a", published: date | None = None, **fields) -> Article:
    return Article(id=id, source=f"{id}.txt", text=text, published=published, **fields)


def mention_of(article: Article, words: str, value: MentionValue, occurrence: int = 0) -> Mention:
    """A mention over the ``occurrence``-th appearance of ``words`` in the article."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(words, start + 1)
    return Mention(article.id, start, start + len(words), words, value)


def small_frank(folder: Path, per_dataset: int) -> int:
    """A copy of FRANK with the first test articles of each data set; returns its test summaries."""
    frank = DATA / "frank"
    rows = [json.loads(line) for line in (frank / "benchmark.jsonl").read_text(encoding="utf-8").splitlines()]
    keep: set[str] = set()
    for dataset in ("cnndm", "bbc"):
        keep |= set(sorted({r["hash"] for r in rows if r["split"] == "test" and r["dataset"] == dataset})[:per_dataset])
    kept_rows = [r for r in rows if r["hash"] in keep and r["split"] == "test"]
    articles = [line for line in (frank / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(line)["hash"] in keep]
    folder.mkdir()
    (folder / "benchmark.jsonl").write_text("".join(json.dumps(r) + "\n" for r in kept_rows), encoding="utf-8")
    (folder / "articles.jsonl").write_text("\n".join(articles) + "\n", encoding="utf-8")
    return len(kept_rows)


def run_eval_cli(name: str, data_dir: Path, out: Path) -> dict:
    """`storycheck eval NAME --split test --json OUT --data DIR` as a user runs it; the JSON it wrote, checked for shape."""
    done = subprocess.run(
        [STORYCHECK, "eval", name, "--split", "test", "--json", str(out), "--data", str(data_dir)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert set(payload) == {"dataset", "split", "metrics"} and payload["split"] == "test"
    return payload
