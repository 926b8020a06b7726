"""Find quoted and reported speech in an article and who said it.

Span convention: a direct quote's mention spans the quoted words *without*
their quote marks, so ``m.text == m.value.text``; a trailing comma, semicolon
or colon inside the marks ("…ready,”) belongs to the sentence and is left
out, other punctuation and editorial brackets or ellipses are kept. An
indirect mention spans the reported clause only ("Zelenskyy said on Sunday
that [he wanted the US president to be a partner]"), without the final
full stop.

Direct quotes: “…”, "…" and ‘…’ (an apostrophe, as in Ukraine’s or don’t, never
opens or closes one). A curly quote left open at a paragraph's end runs to
that end (the next paragraph reopens it). The speaker is found, in order, from

1. an attribution right after the quote: ``…,” Zelenskyy said``, ``…,” said the
   Ukrainian president``, ``…,” he said``, ``…,” Ryabkov was quoted by … as saying``;
2. the quote before it, when only that attribution (or nothing) lies between:
   a quote split by its attribution gives two mentions with the same speaker,
   and so does ``“A,” Zelenskyy said. “B.”``;
3. the nearest speech verb before the quote in its sentence and that verb's
   subject — this covers ``X said: “…”``, partial quotes (``Trump called
   Zelenskyy a “dictator”`` -> Donald Trump) and terms the speaker used;
4. a colon ending the previous paragraph;
5. the sentence's subject, when the sentence has a speech verb whose own
   subject is missing ("Trump … before later admitting that “Russia attacked.”").

A quoted term with none of these (a scare quote: several regions "had been
“hit”" per a statement) is kept with ``speaker=None``.

Pronouns ("he said") resolve to the most recent person in subject position
before them; descriptions ("the Ukrainian leader") to the person whose title
has those words (see ``people.described``).

Indirect speech (``direct=False``) is kept only when its speaker resolves to a
person: "X said (on Sunday) (that) …", "X told reporters that …", "…, he
said.", "…, according to X.", and ", adding that …" after a resolved quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Article, Mention, QuoteValue
from .people import (
    DESCRIPTION_PATTERN,
    FILLER_WORD,
    PersonRef,
    described,
    find_people,
    nearest,
    titles_of,
)
from .sentences import paragraphs, sentences

_SP = r"[^\S\n]+"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Verbs that attribute words to their subject, including partial-quote verbs ("called him a “…”").
_VERB = re.compile(
    r"\b(?:(?:was|were)\s+quoted\b(?:[^“”\"\n.]{0,80}?\bas\s+saying\b)?|"
    r"(?:referred|refers|refer|referring)\s+to\b|"
    r"said|says|say|saying|told|tells|tell|added|adds|add|adding|stated|states|noted|notes|noting|"
    r"wrote|writes|writing|predicted|predicts|warned|warns|warning|insisted|insists|argued|argues|"
    r"claimed|claims|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|explained|asked|asks|replied|"
    r"responded|declared|announced|confirmed|acknowledged|admitted|admits|admitting|conceded|"
    r"remarked|tweeted|posted|called|calls|call|calling|described|describes|describing|accused|"
    r"accuses|accusing|urged|vowed|vowing|promised|pledged|suggested|reiterated|recalled|commented|"
    r"dubbed|labell?ed|branded|mocked|quoted)\b"
)
_FILL = rf"(?:[\s,]+{FILLER_WORD}\b)*"
_FILL_VERB = re.compile(rf"{_FILL}{_SP}(?={_VERB.pattern})")
_TRAIL_FILL = re.compile(rf"{_FILL}[\s,]*\Z")
_LEAD = re.compile(r"[^\S\n]*,?[^\S\n]*")
_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)\b")
_PRONOUN_END = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)\Z")
_DESCRIPTION = re.compile(DESCRIPTION_PATTERN)
_DESCRIPTION_END = re.compile(DESCRIPTION_PATTERN + r"\Z")
_AFFILIATION = re.compile(r"(?:[A-Z][\w.&-]*[^\S\n]+){0,3}[A-Z][\w.&-]*[’']s[^\S\n]+\Z")
_DOUBLE_MARK = re.compile(r'[“”"]')
_SINGLE_MARK = re.compile(r"[‘’]")
_GAP = re.compile(r"[\s.,:;—–-]*\Z")
_SUBJECT_OK_BEFORE = frozenset(
    "that while as when after before because although though if since so where whereas but once until unless".split()
)
_WORD_BEFORE = re.compile(r"([\w’'.-]+)[^\S\n]*\Z")

# Verbs that report speech; those that also take a plain object ("emphasized a pragmatic approach") need "that".
_SAY_BARE = r"(?:said|says|predicted|insisted|claimed|argued)"
_SAY_THAT = (
    r"(?:told|added|stated|noted|warned|confirmed|stressed|emphasi[sz]ed|acknowledged|admitted|announced|"
    r"suggested|reported|explained|indicated|maintained|say|assert|emphasi[sz]e|stress|insist|claim|warn|argue|note|add)"
)
_POST_VERB = rf"(?:{_SP}(?:(?:on{_SP})?{_DAY}|earlier|later|also|again|repeatedly|publicly|today|yesterday|(?:last|this){_SP}week))*"
_INDIRECT = re.compile(
    rf"\b(?:{_SAY_BARE}{_POST_VERB}(?:{_SP}that\b)?|{_SAY_THAT}{_POST_VERB}{_SP}that\b"
    rf"|told(?:{_SP}(?!that\b)[\w’'.-]+){{1,4}}?{_SP}that\b|told{_SP}(?:reporters|journalists|the{_SP}press)\b)"
    rf"{_SP}(?=[\w$£€])"
)
# Where a reported clause may stop short of its sentence's end, if another person's clause follows.
_CLAUSE_STOP = re.compile(r",\s+(?:while|whereas|but)\b|;")
_REVERSE = re.compile(rf",{_SP}(?P<subj>[^,;“”\"]{{1,80}}?){_SP}(?:said|added|noted|wrote|stated|insisted)(?:{_SP}{_DAY})?[.!]?\Z")
_ACCORDING = re.compile(rf"(?:(?<=,){_SP}|^)[Aa]ccording{_SP}to{_SP}")
_PARTICIPLE = re.compile(rf",{_SP}(?:adding|saying|noting|insisting|stressing|warning|arguing|claiming|explaining)(?:{_SP}that)?{_SP}(?=[\w$£€])")


@dataclass(frozen=True, slots=True)
class _Quote:
    open: int  # the opening mark
    close: int  # just past the closing mark (or the paragraph end when left open)
    start: int  # the quoted words, trimmed
    end: int


def extract_quotes(article: Article) -> list[Mention]:
    """Direct and indirect quotes of ``article``, in text order, with speakers resolved."""
    text = article.text
    quotes = list(_quote_spans(text))
    res = _Resolver(text, find_people(text), quotes)
    found: dict[tuple[int, int], QuoteValue] = {}
    attributions: list[tuple[int, int]] = []
    prev: tuple[_Quote, int, str | None] | None = None  # quote, where its attribution ends, speaker
    for q in quotes:
        speaker, attr_end = _attribute(res, q, prev)
        if attr_end > q.close:
            attributions.append((q.close, attr_end))
        found[(q.start, q.end)] = QuoteValue(speaker, text[q.start : q.end], True)
        prev = (q, max(attr_end, q.close), speaker)
    for start, end, speaker in _indirect(res, attributions, found):
        found.setdefault((start, end), QuoteValue(speaker, text[start:end], False))
    return [Mention(article.id, s, e, text[s:e], v) for (s, e), v in sorted(found.items())]


def _quote_spans(text: str) -> Iterable[_Quote]:
    """Every quotation in ``text``: double quotes first, then single curly quotes outside them."""
    for p_start, p_end in paragraphs(text):
        doubles = list(_doubles(text, p_start, p_end))
        singles = [q for q in _singles(text, p_start, p_end) if not any(d.open <= q.open < d.close for d in doubles)]
        yield from sorted(doubles + singles, key=lambda q: q.open)


# --- finding quote marks ------------------------------------------------------


def _doubles(text: str, lo: int, hi: int) -> Iterable[_Quote]:
    open_at, curly = -1, False
    for mark in _DOUBLE_MARK.finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        if c == "“" and open_at < 0:
            open_at, curly = i, True
        elif c == "”" and open_at >= 0 and curly:
            yield from _make(text, open_at, i + 1, i)
            open_at = -1
        elif c == '"':
            if open_at < 0:
                open_at, curly = i, False
            elif not curly:
                yield from _make(text, open_at, i + 1, i)
                open_at = -1
    if open_at >= 0 and curly:  # a quote that goes on into the next paragraph
        yield from _make(text, open_at, hi, hi)


def _singles(text: str, lo: int, hi: int) -> Iterable[_Quote]:
    open_at = -1
    for mark in _SINGLE_MARK.finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if c == "‘" and open_at < 0 and not before.isalnum() and not after.isspace():
            open_at = i
        elif c == "’" and open_at >= 0 and not before.isspace() and not after.isalnum():
            yield from _make(text, open_at, i + 1, i)
            open_at = -1


def _make(text: str, open_at: int, close: int, inner_end: int) -> Iterable[_Quote]:
    start, end = open_at + 1, inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if start < end:
        yield _Quote(open_at, close, start, end)


# --- resolving speakers -------------------------------------------------------


class _Resolver:
    """Looks up who a name, pronoun or description at some offset refers to."""

    def __init__(self, text: str, refs: Sequence[PersonRef], quotes: Sequence[_Quote]) -> None:
        self.text = text
        self.refs = refs
        self.starts = [r.start for r in refs]
        self.by_end: dict[int, PersonRef] = {}
        for r in refs:
            self.by_end[r.end] = r
            if r.title_span and r.title_span[0] > r.start:  # "Peskov, the Kremlin spokesman, said"
                self.by_end[r.title_span[1]] = r
        self.titles = titles_of(refs)
        self.described: dict[str, set[str]] = {}
        self.sentences = list(sentences(text))
        self.sentence_starts = [s for s, _ in self.sentences]
        self.salient = self._salient(quotes)
        self.salient_pos = [p for p, _ in self.salient]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else (0, len(self.text))

    def pronoun(self, pos: int) -> str | None:
        """The most recent person in subject position before ``pos``."""
        i = bisect_left(self.salient_pos, pos)
        return self.salient[i - 1][1] if i > 0 else None

    def description(self, start: int, end: int) -> str | None:
        """The person "the Ukrainian leader" at ``start`` refers to (see ``people.described``)."""
        phrase = " ".join(self.text[start:end].casefold().split())
        if phrase not in self.described:
            self.described[phrase] = described(self.titles, phrase)
        people = self.described[phrase]
        return nearest(self.refs, people, start) if people else None

    def subject_before(self, lo: int, verb: int) -> str | None:
        """The speaker whose name, pronoun or description ends just before ``verb`` (adverbs allowed)."""
        m = _TRAIL_FILL.search(self.text, lo, verb)
        end = m.start() if m else verb
        ref = self.by_end.get(end)
        if ref is not None and ref.start >= lo:
            return ref.canonical
        if p := _PRONOUN_END.search(self.text, lo, end):
            return self.pronoun(p.start())
        if d := _DESCRIPTION_END.search(self.text, lo, end):
            return self.description(d.start(), d.end())
        return None

    def subject_at(self, pos: int) -> tuple[str | None, int]:
        """The speaker named, pronoun or description starting at ``pos``, and where it ends."""
        if m := _PRONOUN.match(self.text, pos):
            return self.pronoun(pos), m.end()
        if m := _DESCRIPTION.match(self.text, pos):
            return self.description(m.start(), m.end()), m.end()
        i = bisect_left(self.starts, pos)
        if i < len(self.refs):
            ref = self.refs[i]
            lead = self.text[pos : ref.start]
            titled = ref.title_span is not None and ref.title_span[0] == pos and ref.title_span[1] <= ref.start
            if not lead or titled or _AFFILIATION.match(lead):
                return ref.canonical, max(ref.end, ref.title_span[1] if ref.title_span else 0)
        return None, pos

    def _salient(self, quotes: Sequence[_Quote]) -> list[tuple[int, str]]:
        """People in subject position, outside quotes: the candidates a pronoun may refer to."""
        inside = [(q.start, q.end) for q in quotes]
        out = []
        for r in self.refs:
            lead = min(r.start, r.title_span[0]) if r.title_span else r.start
            if self._subject_like(lead, r.end) and not _within(inside, r.start):
                out.append((r.start, r.canonical))
        for d in _DESCRIPTION.finditer(self.text):
            if self._subject_like(d.start(), d.end()) and not _within(inside, d.start()):
                if who := self.description(d.start(), d.end()):
                    out.append((d.start(), who))
        return sorted(out)

    def _subject_like(self, start: int, end: int) -> bool:
        """Not a possessive, and not after a preposition or verb ("with Trump", "called Zelenskyy")."""
        if self.text.startswith(("’s", "'s"), end):
            return False
        i = start
        while i > 0 and self.text[i - 1] in " \t":
            i -= 1
        if i == 0 or not (self.text[i - 1].isalnum() or self.text[i - 1] in "’'."):
            return True
        w = _WORD_BEFORE.search(self.text, max(0, i - 40), start)
        word = w.group(1) if w else ""
        return word[:1].isupper() or word.casefold() in _SUBJECT_OK_BEFORE


def _within(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# --- direct quotes ------------------------------------------------------------


def _attribute(res: _Resolver, q: _Quote, prev: tuple[_Quote, int, str | None] | None) -> tuple[str | None, int]:
    """The quote's speaker and the end of its attribution (``q.close`` when it has none after it)."""
    speaker, attr_end = _after_quote(res, q)
    if speaker is not None:
        return speaker, attr_end
    if prev is not None and prev[2] is not None and _GAP.match(res.text, prev[1], q.open):
        return prev[2], q.close
    lo, _ = res.sentence_of(q.open)
    speaker, had_verb = _verb_before(res, lo, q.open)
    if speaker is None and lo == q.open:
        speaker, had_verb = _colon_before(res, q.open)
    if speaker is None and had_verb:
        i = bisect_left(res.salient_pos, lo)
        if i < len(res.salient) and res.salient[i][0] < q.open:
            speaker = res.salient[i][1]
    return speaker, q.close


def _after_quote(res: _Resolver, q: _Quote) -> tuple[str | None, int]:
    """An attribution right after the closing mark: ``,” he said`` or ``,” said Zelenskyy``."""
    text = res.text
    if q.close >= len(text) or text[q.close - 1] not in "”\"’":
        return None, q.close
    p = _LEAD.match(text, q.close).end()
    ends_sentence = text[q.end - 1 : q.close].rstrip("”\"’").endswith(".")
    if ends_sentence and not text[p : p + 1].islower():
        return None, q.close  # “… peace.” He went on … — a new sentence, not an attribution
    if (m := _VERB.match(text, p)) and m.end() < len(text) and text[m.end()] in " \t":
        speaker, end = res.subject_at(m.end() + 1)
        if speaker is not None:
            return speaker, end
    speaker, end = res.subject_at(p)
    if speaker is not None and end > p and (f := _FILL_VERB.match(text, end)):
        verb = _VERB.match(text, f.end())
        return speaker, verb.end() if verb else f.end()
    return None, q.close


def _verb_before(res: _Resolver, lo: int, hi: int) -> tuple[str | None, bool]:
    """The subject of the nearest speech verb in ``[lo, hi)`` that has one, and whether any verb was seen."""
    verbs = list(_VERB.finditer(res.text, lo, hi))
    for v in reversed(verbs):
        if speaker := res.subject_before(lo, v.start()):
            return speaker, True
    return None, bool(verbs)


def _colon_before(res: _Resolver, pos: int) -> tuple[str | None, bool]:
    """``Zelenskyy said:`` closing the previous paragraph introduces this quote."""
    i = pos
    while i > 0 and res.text[i - 1].isspace():
        i -= 1
    if i == 0 or res.text[i - 1] != ":":
        return None, False
    lo, _ = res.sentence_of(i - 1)
    return _verb_before(res, lo, i - 1)


# --- indirect speech ----------------------------------------------------------


def _indirect(
    res: _Resolver, attributions: Sequence[tuple[int, int]], found: dict[tuple[int, int], QuoteValue]
) -> Iterable[tuple[int, int, str]]:
    """(start, end, speaker) of every reported clause whose speaker is a person."""
    text = res.text
    quoted = sorted(found)
    for lo, hi in res.sentences:
        end = _clause_end(text, lo, hi)
        for m in _INDIRECT.finditer(text, lo, hi):
            if _within(quoted, m.start()) or _within(attributions, m.start()):
                continue
            speaker = res.subject_before(lo, m.start())
            clause_end = _clause_stop(res, m.end(), end)
            if speaker and _words(text, m.end(), clause_end) >= 3:
                yield m.end(), clause_end, speaker
        if text[lo] not in "“\"‘" and (m := _REVERSE.search(text, lo, hi)):
            speaker = res.subject_before(m.start("subj"), m.end("subj") + 1)
            comma = m.start()
            if speaker and text[comma - 1] not in "”\"’" and _words(text, lo, comma) >= 3:
                yield lo, comma, speaker
        yield from _according(res, lo, hi, end)
        for m in _PARTICIPLE.finditer(text, lo, hi):
            speaker = _last_speaker(res, quoted, found, m.start())
            if speaker and _words(text, m.end(), end) >= 3:
                yield m.end(), end, speaker


def _according(res: _Resolver, lo: int, hi: int, end: int) -> Iterable[tuple[int, int, str]]:
    """``…, according to X.`` and ``According to X, …``."""
    text = res.text
    for m in _ACCORDING.finditer(text, lo, hi):
        speaker, who_end = res.subject_at(m.end())
        if speaker is None:
            continue
        if m.start() == lo:
            comma = text.find(",", who_end, hi)
            if comma > 0 and _words(text, comma + 1, end) >= 3:
                yield _skip_space(text, comma + 1), end, speaker
        elif _words(text, lo, m.start()) >= 3:
            yield lo, m.start() - 1 if text[m.start() - 1] == "," else m.start(), speaker


def _last_speaker(
    res: _Resolver, quoted: Sequence[tuple[int, int]], found: dict[tuple[int, int], QuoteValue], pos: int
) -> str | None:
    """The speaker of the latest quote ending before ``pos`` in the same paragraph (", adding that")."""
    para_start = res.text.rfind("\n", 0, pos) + 1
    for span in reversed(quoted[: bisect_left(quoted, (pos, 0))]):
        if span[0] < para_start:
            break
        if span[1] <= pos and (speaker := found[span].speaker):
            return speaker
    return None


def _clause_stop(res: _Resolver, lo: int, hi: int) -> int:
    """Where a reported clause ends: before ", while <another person> …", else at ``hi``."""
    for stop in _CLAUSE_STOP.finditer(res.text, lo, hi):
        i = bisect_left(res.starts, stop.end())
        if i < len(res.refs) and res.refs[i].start < min(hi, stop.end() + 60):
            return stop.start()
    return hi


def _clause_end(text: str, lo: int, hi: int) -> int:
    """The sentence end without its final punctuation (a closing quote mark stays)."""
    end = hi
    while end > lo and text[end - 1] in ".!?:;":
        end -= 1
    return end


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _words(text: str, lo: int, hi: int) -> int:
    return len(text[lo:hi].split())
