"""Which articles derive from which: independence for corroboration.

Articles joined by reuse edges (a copy, a rewrite, a paraphrase — see
:mod:`storycheck.provenance`) form one *lineage*: they count once when a fact
is corroborated, and a derived article is judged against its own sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .model import Reuse


class Lineage:
    """Which articles derive from which, and how many independent lineages a set spans."""

    def __init__(self, reuse: Sequence[Reuse]) -> None:
        self.parent: dict[str, str] = {}
        self.sources: dict[str, set[str]] = defaultdict(set)
        self._share: dict[str, float] = defaultdict(float)
        for edge in reuse:
            self.sources[edge.target].add(edge.source)
            self._share[edge.target] = min(1.0, self._share[edge.target] + edge.share)
            self._union(edge.source, edge.target)

    def _find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def _union(self, a: str, b: str) -> None:
        self.parent[self._find(b)] = self._find(a)

    def lineages(self, articles: Sequence[str]) -> int:
        return len({self._find(a) for a in articles})

    def derived_from(self, target: str, sources: Sequence[str]) -> bool:
        return bool(self.sources.get(target, set()) & set(sources))

    def is_derived(self, article: str) -> bool:
        return bool(self.sources.get(article))

    def derived_share(self, article: str) -> float:
        """The share of the article's sentences derived from others (0 for original reporting)."""
        return self._share.get(article, 0.0)
