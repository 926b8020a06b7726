"""What happened on a date: the event word a date expression belongs to.

"Russia's invasion of Ukraine began on February 24, 2022" dates the
*invasion*; "a meeting between Rubio and Lavrov in Saudi Arabia on Tuesday"
the *meeting*; "On Saturday, a Russian missile attack on … Kryvyi Rih" the
*missile attack*. Two sources that date the same event differently disagree;
two dates of different events never do, so cross-checking compares dates of
one event only (see :mod:`storycheck.crosscheck`).

:func:`date_event` looks in the date's clause (its sentence, cut at ";"
and ":"), at most six words away, for the event word nearest
to the date, from a lexicon of news events: nouns ("attack", "summit",
"election") and verbs folded to their noun ("annexed" → "annexation", "met" →
"meeting", "invaded" → "invasion"). A weapon just before "attack"/"strike"
joins it ("missile attack", "drone strike"). A date right after a speech verb
("said on Sunday", "told reporters on Sunday") dates a statement, not an
event: it gets none, and neither does a date in a sentence without an event
word.

:func:`event_names` returns the capitalised names of the date's sentence (not
its first word, months or weekdays): the participants and places that tell two
meetings or two attacks apart.
"""

from __future__ import annotations

import re

from .sentences import sentence_at

_EVENT_NOUNS = {
    "attack": "attack", "attacks": "attack", "strike": "strike", "strikes": "strike", "assault": "attack",
    "raid": "raid", "bombing": "bombing", "shelling": "shelling", "invasion": "invasion", "war": "war",
    "offensive": "offensive", "ceasefire": "ceasefire", "truce": "ceasefire", "annexation": "annexation",
    "conference": "conference", "meeting": "meeting", "talks": "talks", "summit": "summit", "visit": "visit",
    "election": "election", "elections": "election", "vote": "vote", "referendum": "referendum",
    "inauguration": "inauguration", "speech": "speech", "interview": "interview", "hearing": "hearing",
    "trial": "trial", "verdict": "verdict", "ruling": "ruling", "arrest": "arrest", "resignation": "resignation",
    "explosion": "explosion", "blast": "explosion", "crash": "crash", "earthquake": "earthquake",
    "protest": "protest", "protests": "protest", "rally": "rally", "funeral": "funeral", "launch": "launch",
    "coup": "coup", "shooting": "shooting", "fire": "fire", "flood": "flood", "floods": "flood",
}
_EVENT_VERBS = {
    "annexed": "annexation", "invaded": "invasion", "met": "meeting", "meets": "meeting",
    "elected": "election", "arrested": "arrest", "resigned": "resignation", "died": "death",
    "inaugurated": "inauguration", "attacked": "attack", "signed": "signing", "crashed": "crash",
    "erupted": "eruption", "exploded": "explosion", "struck": "strike", "convicted": "verdict",
    "sentenced": "sentence", "visited": "visit",
}
_WEAPONS = frozenset({"missile", "drone", "rocket", "air", "artillery", "bomb", "suicide", "car", "knife", "terror"})
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_NOT_NAMES = frozenset(
    "The A An On In At By For From Of To And But Last Next This That These Those He She It They We I His Her Its "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December".split()
)
_CLAUSE_BREAK = re.compile(r"[;:]")
MAX_EVENT_DISTANCE = 6  # words between a date and its event word: farther, the date is of something else
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|stated|wrote|added|insisted|noted|confirmed)\s+(?:(?:on|late|early|last|this)\s+)?$"
)


def date_event(text: str, start: int, end: int) -> str | None:
    """The event the date at ``text[start:end]`` belongs to, nearest first; None when there is none."""
    lo, hi = _clause(text, start, end)
    if _SPEECH_BEFORE.search(text, max(lo, start - 40), start):
        return None
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        word = m.group().casefold()
        event = _EVENT_NOUNS.get(word) or _EVENT_VERBS.get(word)
        if word in ("took", "taking", "take", "takes") and text.startswith(" office", m.end()):
            event = "inauguration"
        if event is None:
            continue
        gap = text[m.end() : start] if m.end() <= start else text[end : m.start()]
        distance = len(gap.split())
        if distance <= MAX_EVENT_DISTANCE and (best is None or distance < best[0]):
            best = (distance, _with_weapon(text, lo, m.start(), event))
    return best[1] if best else None


def event_names(text: str, start: int) -> frozenset[str]:
    """Capitalised names in the sentence around ``start``, its first word and calendar words left out."""
    return names_in(text, *sentence_at(text, start))


def names_in(text: str, lo: int, hi: int) -> frozenset[str]:
    """Capitalised names in ``text[lo:hi]`` (a sentence), its first word and calendar words left out."""
    names = set()
    for m in _NAME.finditer(text, lo, hi):
        words = [w for w in m.group().split() if w not in _NOT_NAMES]
        if m.start() == lo and words and words[0] == m.group().split()[0]:
            words = words[1:]  # a sentence's first word is capitalised anyway
        names.update(w.rstrip("’'s").casefold() for w in words if len(w) > 1)
    return frozenset(names)


def _with_weapon(text: str, lo: int, at: int, event: str) -> str:
    if event not in ("attack", "strike"):
        return event
    before = [w.casefold() for w in _WORD.findall(text[max(lo, at - 30) : at])]
    if before and before[-1].rstrip("s") in _WEAPONS:
        return f"{before[-1].rstrip('s')} {event}"
    return event


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = sentence_at(text, start)
    hi = max(hi, end)
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if m.start() < start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi
