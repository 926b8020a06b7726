"""Split cleaned text into paragraph and sentence spans (offsets, not copies)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations that end in a period without ending the sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev st jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd corp co
    u.s u.k u.n e.u a.m p.m
    """.split()
)

_PARAGRAPH = re.compile(r"[^\n]+")
# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank line, trimmed of surrounding spaces."""
    for m in _PARAGRAPH.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            yield start, end


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence; a sentence never crosses a line break."""
    for p_start, p_end in paragraphs(text):
        yield from _in_paragraph(text, p_start, p_end)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``text[pos]``; ``(pos, pos)`` when it is in no sentence.

    Only the line holding ``pos`` is split, so a lookup costs its paragraph, not the article.
    """
    lo = text.rfind("\n", 0, pos) + 1
    hi = len(text) if (hi := text.find("\n", pos)) < 0 else hi
    for start, end in _in_paragraph(text, *_trim(text, lo, hi)):
        if start <= pos < end:
            return start, end
        if start > pos:
            break
    return pos, pos


def _in_paragraph(text: str, p_start: int, p_end: int) -> Iterator[tuple[int, int]]:
    start = p_start
    for m in _END.finditer(text, p_start, p_end):
        if _is_abbreviation(text, p_start, m.start()):
            continue
        nxt = _next_char(text, m.end(), p_end)
        # "… said “Hello.” he added" — a lower-case continuation is not a new sentence
        if nxt is None or nxt.islower() or nxt in ",;:":
            continue
        s, e = _trim(text, start, m.end())
        if s < e:
            yield s, e
        start = m.end()
    s, e = _trim(text, start, p_end)
    if s < e:
        yield s, e


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > lo and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘":
        word_start -= 1
    word = text[word_start:dot].lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # single capital initials: "John F. Kennedy"
    return len(word) == 1 and word.isalpha()


def _next_char(text: str, pos: int, limit: int) -> str | None:
    while pos < limit and text[pos].isspace():
        pos += 1
    return text[pos] if pos < limit else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
