"""Shared fixtures: the bundled example, and hand-built records so most tests load no model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storycheck.model import Article, Mention, MentionValue

ROOT = Path(__file__).resolve().parent.parent
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
