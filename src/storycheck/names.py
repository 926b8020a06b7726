"""Merge spelling variants of one person's name across articles (Zelenskyy/Zelensky, Sergey/Sergei)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

# Transliteration variants differ by a letter or two: "Zelenskyy"/"Zelensky" scores 94,
# "Sergey"/"Sergei" 83; distinct people with similar surnames ("Lavrov"/"Ryabkov") score < 50.
_SURNAME_MIN = 85
_GIVEN_MIN = 80


def same_person(a: str, b: str) -> bool:
    """True when two names are variants of one person's name."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if fuzz.ratio(ta[-1], tb[-1]) < _SURNAME_MIN:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True  # a surname alone matches the full name
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < len(long) and long[-len(short) :] == short:
        return True  # a two-word surname alone: "Boone Isaacs", "Cheryl Boone Isaacs"
    return fuzz.ratio(ta[0], tb[0]) >= _GIVEN_MIN


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map every name to one canonical spelling: the most frequent full form of its group."""
    counts = Counter(n for n in names if n)
    groups: list[list[str]] = []
    # full names first so that a bare surname joins the group of its full name
    for name in sorted(counts, key=lambda n: (-len(_tokens(n)), -counts[n], n)):
        for group in groups:
            if all(same_person(name, other) for other in group if len(_tokens(other)) > 1) and same_person(name, group[0]):
                group.append(name)
                break
        else:
            groups.append([name])
    mapping: dict[str, str] = {}
    for group in groups:
        full = [n for n in group if len(_tokens(n)) > 1] or group
        best = max(full, key=lambda n: (counts[n], len(n), n))
        for name in group:
            mapping[name] = best
    return mapping


def _tokens(name: str) -> list[str]:
    return [t for t in name.casefold().replace(".", " ").split() if t]
