"""Short human-readable renderings shared by summaries and reports."""

from __future__ import annotations

from .model import QuantityValue


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def counted_event(v: QuantityValue) -> str:
    """What a quantity counts and what happened to it: "guided aerial bombs launched"."""
    return " ".join(x for x in (v.counts, v.event) if x)
