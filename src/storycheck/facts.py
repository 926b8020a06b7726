"""Turn the mentions of all articles into facts: one claim, every mention stating it.

Mentions are grouped under a *key* naming what they are about — the same
counted event, the same person's title, the same speaker's words, the same
date — and, under one key, into one fact per distinct value. Cross-checking
then compares the facts that share a key.

| kind     | key                                        | one fact per            |
|----------|--------------------------------------------|-------------------------|
| quantity | event, counted thing (head noun), scope, unit | amount or range      |
| role     | person (canonical name across articles)     | normalised title        |
| quote    | a cluster of similar quoted words           | normalised quoted words |
| date     | the event dated (invasion, meeting…), else the ISO date | ISO date       |
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process

from .model import (
    Article,
    DateValue,
    Fact,
    Mention,
    QuantityValue,
    QuoteValue,
    RoleValue,
)
from .names import canonical_names
from .quantities import head_noun

# Quoted words that score at least this (rapidfuzz 0-100, best of partial and
# token-set ratio) are renderings of the same statement: a trimmed quote scores
# 100, the example's two translations of Zelenskyy's offer score ~80, unrelated
# quotes of one press conference score < 60.
QUOTE_SAME_STATEMENT = 75
# A fragment of a longer quote must score this partial ratio: "i can exchange it for nato", trimmed from
# "… this for nato if that condition is there immediately", scores 88.
QUOTE_FRAGMENT_IN = 85
_QUOTE_MIN_WORDS_FOR_FUZZY = 4

_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")  # editorial insertions: nobody speaks in parentheses
_WORD = re.compile(r"[\w']+")
_TITLE_NOISE = re.compile(r"['’]s\b|[.,]")


def build_facts(articles: Sequence[Article]) -> list[Fact]:
    """Group every article's mentions into facts, ordered by kind then key."""
    mentions = [m for a in articles for m in a.mentions]
    names = canonical_names(_people(mentions))
    mentions = [_canonical(m, names) for m in mentions]
    grouped: dict[tuple[str, str, object], list[Mention]] = defaultdict(list)
    for kind, key, identity, mention in _keyed(mentions):
        grouped[(kind, key, identity)].append(mention)
    grouped = _align_scopes(grouped)
    facts = []
    order = sorted(grouped, key=lambda k: (_KIND_ORDER[k[0]], k[1], -len(grouped[k]), str(k[2])))
    for n, (kind, key, _identity) in enumerate(order, start=1):
        group = tuple(grouped[(kind, key, _identity)])
        facts.append(Fact(id=f"F{n:03d}", kind=kind, key=key, value=_representative(group), mentions=group))
    return facts


_KIND_ORDER = {"quote": 0, "quantity": 1, "role": 2, "date": 3}


def _keyed(mentions: Sequence[Mention]) -> Iterable[tuple[str, str, object, Mention]]:
    quotes = [m for m in mentions if isinstance(m.value, QuoteValue)]
    yield from _keyed_quotes(quotes)
    for m in mentions:
        v = m.value
        if isinstance(v, QuantityValue):
            yield "quantity", quantity_key(v), (v.amount, v.min, v.max, v.unit), m
        elif isinstance(v, RoleValue):
            yield "role", f"role:{v.person}", normalize_title(v.title), m
        elif isinstance(v, DateValue):
            yield "date", f"date:{v.event}" if v.event else f"date:{v.iso}", v.iso, m


def quantity_key(v: QuantityValue) -> str:
    """What a quantity is about, independent of its amount."""
    if v.counts is None and v.event is None:
        return f"quantity:{_number(v)}:{v.unit or ''}"  # nothing to align on but the value itself
    return f"quantity:{v.event or '?'}:{head_noun(v.counts) or '?'}:{v.scope or ''}:{v.unit or ''}"


def _align_scopes(grouped: dict[tuple[str, str, object], list[Mention]]) -> dict[tuple[str, str, object], list[Mention]]:
    """Join a figure stated without a time scope to the scoped key it must mean.

    "air defences intercepted 138" (no scope) and "138 were intercepted
    overnight" count the same thing. An unscoped figure moves to the key with
    the same event, counted thing and unit and some scope when that key is the
    only one, or the only one whose values overlap its own; otherwise (two
    scoped keys, neither or both compatible) it stays apart rather than be
    compared with the wrong figure.
    """
    scoped: dict[str, dict[str, list[QuantityValue]]] = defaultdict(lambda: defaultdict(list))
    for kind, key, _ in grouped:
        if kind == "quantity":
            v = grouped[(kind, key, _)][0].value
            assert isinstance(v, QuantityValue)
            if v.scope and (v.counts or v.event):
                scoped[_unscoped_key(v)][key].append(v)
    out: dict[tuple[str, str, object], list[Mention]] = defaultdict(list)
    for (kind, key, identity), group in grouped.items():
        v = group[0].value
        if kind == "quantity" and isinstance(v, QuantityValue) and not v.scope and (v.counts or v.event):
            key = _scoped_home(v, scoped.get(_unscoped_key(v), {})) or key
        out[(kind, key, identity)].extend(group)
    return out


def _unscoped_key(v: QuantityValue) -> str:
    return f"{v.event or '?'}:{head_noun(v.counts) or '?'}:{v.unit or ''}"


def _scoped_home(v: QuantityValue, candidates: dict[str, list[QuantityValue]]) -> str | None:
    if len(candidates) == 1:
        return next(iter(candidates))
    fitting = [key for key, values in candidates.items() if any(overlaps(v, w) for w in values)]
    return fitting[0] if len(fitting) == 1 else None


def overlaps(a: QuantityValue, b: QuantityValue) -> bool:
    """True when two figures can both be true: their ranges meet."""
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return not (ahi < blo or bhi < alo)


def interval(v: QuantityValue) -> tuple[float, float]:
    """A figure as the closed range of values it allows (open ends infinite)."""
    if v.amount is not None:
        return v.amount, v.amount
    return (v.min if v.min is not None else -math.inf), (v.max if v.max is not None else math.inf)


def _keyed_quotes(quotes: Sequence[Mention]) -> Iterable[tuple[str, str, object, Mention]]:
    """Cluster quotes by their words (single link); each cluster is one key."""
    texts = sorted({quote_words(m.value.text) for m in quotes})  # type: ignore[union-attr]
    parent = {t: t for t in texts}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    # blocking: only texts sharing a rare-ish word are compared, each pair once (the later text in sort order)
    fuzzy = [t for t in texts if len(t.split()) >= _QUOTE_MIN_WORDS_FOR_FUZZY]
    by_word: dict[str, list[str]] = defaultdict(list)
    for t in fuzzy:
        for w in set(_content_words(t)):
            by_word[w].append(t)  # in sort order, as ``fuzzy`` is
    for t in fuzzy:
        root = find(t)
        later = {o for w in set(_content_words(t)) for o in by_word[w][bisect_right(by_word[w], t) :]}
        for other in _same_statements(t, [o for o in later if find(o) != root]):  # a pair already joined needs no test
            parent[find(other)] = root
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in quotes:
        clusters[find(quote_words(m.value.text))].append(m)  # type: ignore[union-attr]
    for root, members in clusters.items():
        speakers = Counter(m.value.speaker for m in members if m.value.speaker)  # type: ignore[union-attr]
        speaker = speakers.most_common(1)[0][0] if speakers else "unknown"
        key = f"quote:{speaker}:{' '.join(root.split()[:6])}"
        for m in members:
            yield "quote", key, (m.value.speaker or "", quote_words(m.value.text)), m  # type: ignore[union-attr]


def same_statement(a: str, b: str) -> bool:
    """True when two normalised quotes render the same statement.

    A fragment (under half the other's words) must be found nearly word for
    word in the other, every content word of it there: token-set ratio is 100
    for any few words a long quote happens to contain, and partial ratio 75
    for a few words is chance, so single links through fragments chained 835
    of the 2,849 quotes of a 900 KB article into one "statement".
    """
    short, long = sorted((a, b), key=lambda t: len(t.split()))
    if 2 * len(short.split()) < len(long.split()):
        return fuzz.partial_ratio(short, long) >= QUOTE_FRAGMENT_IN and set(_content_words(short)) <= set(long.split())
    return max(fuzz.partial_ratio(a, b), fuzz.token_set_ratio(a, b)) >= QUOTE_SAME_STATEMENT


def _same_statements(text: str, others: Sequence[str]) -> list[str]:
    """The ``others`` for which :func:`same_statement` (text, other) holds.

    rapidfuzz scores them all in C with a cutoff, which skips most of the
    work on unrelated quotes (the quotes of a 2 MB article spent 69 s in
    pairwise Python calls); the cutoff sits a point below the rule's so that
    only a rounding-safe shortlist is confirmed by :func:`same_statement` itself
    (whose fragment rule only asks more than the cutoff).
    """
    if not others:
        return []
    cutoff = QUOTE_SAME_STATEMENT - 1
    by_tokens = process.cdist([text], others, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, workers=1)[0]
    shortlist = [o for o, score in zip(others, by_tokens) if score > 0]
    rest = [o for o, score in zip(others, by_tokens) if score == 0]
    if rest:
        by_span = process.cdist([text], rest, scorer=fuzz.partial_ratio, score_cutoff=cutoff, workers=1)[0]
        shortlist += [o for o, score in zip(rest, by_span) if score > 0]
    return [o for o in shortlist if same_statement(text, o)]


def quote_words(text: str) -> str:
    """Quoted words for comparison: lower case, editorial [brackets] and (parentheses) and punctuation
    dropped, and spelling that outlets change freely folded (apostrophes, -ise/-ize, -our/-or)."""
    words = " ".join(_WORD.findall(_BRACKETED.sub(" ", text).casefold().replace("’", "'"))).replace("'", "")
    words = _ISE.sub(lambda m: f"{m.group(1)}iz{m.group(2)}", words)
    return _OUR.sub(lambda m: f"{m.group(1)}or{m.group(2) or ''}", words)


_ISE = re.compile(r"\b(\w{2,})is(e|ed|es|ing|ation|ations)\b")
_OUR = re.compile(r"\b(\w{2,})our(s|ed|ing|ite|ites|able)?\b")


def normalize_title(title: str) -> str:
    """"Russia’s Deputy Foreign Minister" and "Russian deputy foreign minister" normalise alike."""
    text = title.casefold().replace("u.s.", "us").replace("united states", "us").replace("’", "'")
    words = [_DEMONYM.get(w, w) for w in _TITLE_NOISE.sub(" ", text).split()]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


# a country named in a title, as its adjective ("Russia's minister" = "Russian minister")
_DEMONYM = {
    "russia": "russian", "ukraine": "ukrainian", "america": "us", "american": "us", "britain": "british",
    "uk": "british", "china": "chinese", "france": "french", "germany": "german", "israel": "israeli",
    "iran": "iranian", "india": "indian", "japan": "japanese", "turkey": "turkish", "poland": "polish",
}


_STOP = frozenset("the a an and or of to in on for is are was were be it this that i we you he she they my our".split())


def _content_words(text: str) -> list[str]:
    return [w for w in text.split() if len(w) > 2 and w not in _STOP]


def _number(v: QuantityValue) -> str:
    return f"{v.amount}" if v.amount is not None else f"{v.min}-{v.max}"


def _people(mentions: Iterable[Mention]) -> Iterable[str]:
    for m in mentions:
        if isinstance(m.value, QuoteValue) and m.value.speaker:
            yield m.value.speaker
        elif isinstance(m.value, RoleValue):
            yield m.value.person


def _canonical(m: Mention, names: dict[str, str]) -> Mention:
    v = m.value
    if isinstance(v, QuoteValue) and v.speaker:
        return replace(m, value=replace(v, speaker=names.get(v.speaker, v.speaker)))
    if isinstance(v, RoleValue):
        return replace(m, value=replace(v, person=names.get(v.person, v.person)))
    return m


def _representative(group: Sequence[Mention]):
    """The value most mentions state, as one of them wrote it."""
    counts = Counter(m.value for m in group)
    return counts.most_common(1)[0][0]
