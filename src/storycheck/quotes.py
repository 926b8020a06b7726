"""Find quoted and reported speech in an article and who said it.

Span convention: a direct quote's mention spans the quoted words *without*
their quote marks, so ``m.text == m.value.text``; a trailing comma, semicolon
or colon inside the marks ("…ready,”) belongs to the sentence and is left
out, other punctuation and editorial brackets or ellipses are kept. An
indirect mention spans the reported clause only ("Zelenskyy said on Sunday
that [he wanted the US president to be a partner]"), without the final
full stop.

Direct quotes: “…”, "…", ''…'' (wire copy's two apostrophes) and ‘…’ (an
apostrophe, as in Ukraine’s or don’t, never opens or closes one). A curly quote
left open at a paragraph's end runs to that end (the next paragraph reopens it);
a straight mark may close a curly one and the other way round, and a mistyped
“ after a word closes one ("…ready,“ she said").
The turns of a transcript ("PENCE: Well, …") are attributed to their labels.
The speaker is found, in order, from

1. an attribution right after the quote: ``…,” Zelenskyy said``, ``…,” said the
   Ukrainian president``, ``…,” he said``, ``…,” Ryabkov was quoted by … as saying``;
2. the quote before it, when only that attribution (or nothing) lies between:
   a quote split by its attribution gives two mentions with the same speaker,
   and so does ``“A,” Zelenskyy said. “B.”`` (not a quote that opens a new
   paragraph with an attribution of its own);
3. the nearest speech verb before the quote in its sentence and that verb's
   subject — this covers ``X said: “…”``, partial quotes (``Trump called
   Zelenskyy a “dictator”`` -> Donald Trump) and terms the speaker used;
4. a colon ending the previous paragraph;
5. the sentence's subject, when the sentence has a speech verb whose own
   subject is missing ("Trump … before later admitting that “Russia attacked.”").

With the parse, a whole quoted sentence after a colon with none of these is the
colon clause subject's ("Hoff’s letter makes a case: “…”"; a bare label, "Sen. Ann
Lee (D-Ohio): “…”", is the source). A whole quoted sentence right after the
sentence of a quote's or reported clause's attribution goes on with that record
(``“A,” Trump told Fox on Sunday. “B.”``; PolNeAR train gives it the same source
61 times in 66), and so does one opening the next paragraph when the speaker
resolves to a person.

A quoted term with none of these (a scare quote: several regions "had been
“hit”" per a statement) is kept with ``speaker=None``.

Pronouns ("he said") resolve to the most recent person in subject position
before them; descriptions ("the Ukrainian leader") to the person whose title
has those words (see ``people.described``).

Indirect speech (``direct=False``) is kept only when its speaker resolves to a
person: "X said (on Sunday) (that) …", "X told reporters that …", "…, he
said.", "…, according to X.", and ", adding that …" after a resolved quote.

``extract_attributions`` exposes the same analysis in the attribution
convention of PARC 3.0 and PolNeAR (used by ``storycheck eval quotes``): each
record has its content spans (quote marks kept; the clause after a verb before a
partial quote, "called him a “dictator”"; "that" kept before a reported clause;
a quote continued after "X said." is one record with two fragments), the source
mention as written ("he", "the Ukrainian president", "Penny Nance, president of
Concerned Women for America") and the cue. Its sources need not be people ("a
source said", "the Post reported that", "according to the Times", "most voters
believe that"): those get ``speaker=None`` and, for indirect speech, no mention
in ``extract_quotes``. A quote whose attribution ends ", according to the Sun"
has the Sun as its source (its speaker stays the person who said it), and a
clause the parse finds that stops inside a quote's marks takes the whole quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from . import nlp
from .data.cues import CHARACTERIZING, CUES
from .model import Article, Mention, QuoteValue
from .people import (
    DESCRIPTION_PATTERN,
    FILLER_WORD,
    RANK_ABBREVIATIONS,
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
    r"dubbed|labell?ed|branded|mocked|quoted|characteri[sz]ed|characteri[sz]es|likened|likens|cited|cites|blasted|hailed|lauded|proclaimed|exhorted|"
    r"continued|continues|concluded|concludes|reported|reports|explaining|explains|arguing|insisting|asserted|asserts|"
    r"telling|asking|citing|declaring|remarking|stating|answered|lamented|boasted|complained|joked|quipped|demanded|"
    r"wondered|shouted|yelled|chanted|chanting|assured|countered|recounted|observed|reasoned|scoffed|sang|sings|"
    r"retorted|snapped|interjected|maintained|contended|testified|protested|whispered|murmured|barked|hollered|exclaimed|"
    r"pleaded|bragged|texted|emailed|(?:shot|fired|hit)\s+back|responds|replies|answers|counters|"
    r"(?:put|puts)\s+it|(?:pointed|points)\s+out)\b"
)
_FILL = rf"(?:[\s,]+{FILLER_WORD}\b)*"
_AND = rf",?{_SP}and(?:{_SP}(?:also|later|then))?{_SP}"  # "…, and also said": a verb conjoined to the one before
# After a quote more verbs report its words than before one: "“…,” read the statement", "“…,” he mused".
_AFTER_VERB = re.compile(
    rf"{_VERB.pattern}|\b(?:read|reads|mused|muses|opined|surmised|beamed|reacted|exclaimed|screamed|riffed|gushed|"
    r"marvel(?:l)?ed|deadpanned|sighed|fumed|groused|chimed|cautioned|offered|mocks|bragged|boasted|confessed|confesses|"
    r"repeated|elaborated|yells|shouts|screams|exclaims|jokes|quips)\b"
)
# Any verb in the past right after ",” Name": the comma leaves the quote's sentence open for its attribution.
_ANY_PAST = re.compile(rf"{_FILL}{_SP}(?P<verb>[A-Za-z][a-z]{{2,}}ed|shot|fired|hit|snapped|went|wrote|spoke)(?:{_SP}(?:back|on|up|in))?\b")
_FILL_VERB = re.compile(rf"{_FILL}{_SP}(?={_AFTER_VERB.pattern})")
# A verb right after a quote whose subject follows it ("“…,” said Lee"); a participle's follows no subject
# but its object ("“…,” describing the team as …", "“…,” telling reporters").
_INVERTED_VERB = re.compile(rf"(?![a-z]+ing\b)(?:{_AFTER_VERB.pattern})")
_TRAIL_FILL = re.compile(rf"{_FILL}[\s,]*\Z")
_LEAD = re.compile(r"[^\S\n]*,?[^\S\n]*")
_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)\b")
_PRONOUN_END = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)\Z")
_DESCRIPTION = re.compile(DESCRIPTION_PATTERN)
_DESCRIPTION_END = re.compile(DESCRIPTION_PATTERN + r"\Z")
# A party and state after a name: "Sen. Ann Lee (D-Ohio)", "Rep. Bo Ray (R-N.Y.)", "Gov. Al Cox (R-OK)".
_PARTY = re.compile(r"[^\S\n]*\([DRI]-[A-Z][\w. ]{0,15}\)")
_PARTY_END = re.compile(_PARTY.pattern + r"\Z")
_AFFILIATION = re.compile(r"(?:[A-Z][\w.&-]*[^\S\n]+){0,3}[A-Z][\w.&-]*[’']s[^\S\n]+\Z")
# Two apostrophes stand for a double quote mark in some wire copy: ''It's a start,'' he said.
_DOUBLE_MARK = re.compile(r'[“”"]|\'\'')
_SINGLE_MARK = re.compile(r"[‘’]")
_GAP = re.compile(r"[\s.,:;—–-]*\Z")
# A testimonial's signature after its quote, ending the paragraph: ``…” ― Pamela Padilla``.
_TESTIMONIAL = re.compile(
    r"(?:[^\S\n]*|\s*\n\s*(?=[―—–-]))(?P<dash>[―—–]|--?(?=[^\S\n]))[^\S\n]*"
    r"(?P<name>[A-Z][\w’'-]*\.?(?:[^\S\n]+[A-Z][\w’'-]*\.?){0,5}?)\.?[^\S\n]*(?=\n|\Z)"
)
# The rest of an attribution's sentence before the quote goes on: ", emphasizing why …." or " after the meeting."
# (abbreviation full stops inside it: "said Ann Lee, who runs Acme Inc. in Washington, D.C.")
_ABBREVIATIONS = "Mr Mrs Ms Dr St Inc Co Corp Ltd Jr Sr Gov Sen Rep Gen Lt Col Sgt Capt Prof Ave Mt Ft".split()
_ABBR_STOP = r"(?:(?<=\b[A-Z])|" + "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS) + r")\."
_BRACKETED = r"\([^()\n“”\"]{1,20}\)"  # a short aside in brackets, full stops and all: "(D-Calif.)"
_ATTR_TAIL = re.compile(rf"(?:,[^\S\n]*|[^\S\n]+)(?=[a-z])(?:[^“”\"\n.!?;]|{_ABBR_STOP}(?![^\S\n]*[“\"\n]|\Z)|{_BRACKETED}){{1,200}}[.,:]?\s*\Z")
_SUBJECT_OK_BEFORE = frozenset(
    "that while as when after before because although though if since so where whereas but once until unless".split()
)
_WORD_BEFORE = re.compile(r"([\w’'.-]+)[^\S\n]*\Z")

# Verbs that report speech; those that also take a plain object ("emphasized a pragmatic approach") need "that".
_SAY_BARE = r"(?:said|says|predicted|insisted|claimed|argued|(?<=s\s)say|(?<=[Tt]hey\s)say|(?<=[Ww]e\s)say)"
_SAY_THAT = (
    r"(?:told|added|stated|noted|warned|confirmed|stressed|emphasi[sz]ed|acknowledged|admitted|announced|"
    r"suggested|reported|explained|indicated|maintained|say|assert|emphasi[sz]e|stress|insist|claim|warn|argue|note|add|"
    # thought, belief and findings take a "that" clause too (PolNeAR counts them as attributions)
    r"believes?|believed|thinks?|thought|knows?|knew|found|finds?|shows?|showed|suggests?|reports?|announces?|"
    r"argued|writes|wrote|hopes?|hoped|fears?|feared|worr(?:y|ies|ied)|expects?|expected|agreed|agrees?|"
    r"concluded|concludes|estimated|estimates|predicts|promised|promises|vowed|pledged|admits|conceded|"
    r"recalled|recalls|complained|complains|charged|contends?|contended|alleged|alleges|asserted|asserts|"
    r"testified|revealed|reveals|learned|denied|denies|acknowledges|confirms|states|notes|adds|tells|explains)"
)
_POST_VERB_WORD = rf"{_SP}(?:(?:on{_SP})?{_DAY}|earlier|later|also|again|repeatedly|publicly|today|yesterday|(?:last|this){_SP}week)"
_POST_VERB = rf"(?:{_POST_VERB_WORD})*"
_INDIRECT = re.compile(
    rf"\b(?:{_SAY_BARE}(?:{_POST_VERB_WORD})+,|{_SAY_BARE}{_POST_VERB}(?:{_SP}that\b)?|{_SAY_THAT}{_POST_VERB}{_SP}that\b"
    rf"|told(?:{_SP}(?!that\b)[\w’'.-]+){{1,4}}?{_SP}that\b|told{_SP}(?:reporters|journalists|the{_SP}press)\b)"
    rf"{_SP}(?=[\w$£€])"
)
# Where a reported clause may stop short of its sentence's end, if another person's clause follows.
_CLAUSE_STOP = re.compile(r",\s+(?:while|whereas|but)\b|;")
# Verbs that report the clause before them: "…, the mayor argued."
_REPORTED_BY = (
    r"said|added|noted|wrote|stated|insisted|argued|warned|explained|believes|contended|acknowledged|suggested|"
    r"predicted|maintained|conceded|recalled|claimed|asserted|cautioned|concluded|reported|estimated|says|adds|argues|"
    r"believe|say"
)
_REVERSE = re.compile(rf",{_SP}(?P<subj>[^,;“”\"]{{1,80}}?){_SP}(?:{_REPORTED_BY})(?:{_SP}{_DAY})?[.!]?\Z")
# The same with the verb before its subject, which ends the sentence: "…, said John Smith, an economist."
_INVERTED_REPORT = re.compile(rf",{_SP}(?P<verb>{_REPORTED_BY})(?:{_SP}{_DAY})?{_SP}(?P<subj>[^;“”\"\n]{{1,120}}?)[.!]?\Z")
_SUBJECT_END = re.compile(r"[^\S\n]*(?:,|\Z)")  # a mention's end or its apposition's comma
_WORD_CHAR = re.compile(r"\w")
# "Russia, officials said, could …": the cue interrupts its clause; the content is both sides of it.
_PARENTHETICAL = re.compile(
    rf",{_SP}(?:(?P<subj>[^,;“”\"\n]{{1,80}}?){_SP}(?P<verb>{_REPORTED_BY}|notes|note|writes|write|argue|insists|warns|"
    rf"predicts?|contends|acknowledges?|suggests|estimates|recalls?|claims|stressed|complained|reports|believed|thinks|"
    rf"think|thought|concludes|shows?|showed|indicates|indicated|found|told(?:{_SP}[\w’'.-]+){{1,4}}?)"
    rf"(?:{_SP}(?:on{_SP})?{_DAY}|{_SP}in{_SP}an?{_SP}(?:interview|statement)|{_SP}on{_SP}Twitter)?"
    rf"|(?P<according>according{_SP}to){_SP}(?P<by>[^,;“”\"\n]{{1,80}}?)),{_SP}(?=\S)"
)
# "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead": the poll is the source.
_IN_POLL = re.compile(
    rf"In{_SP}(?P<poll>(?:the|a|an|this|that|[A-Z][\w.’'-]*)\b[^,\n]{{0,90}}?\b(?:polls?|surveys?|average)\b[^,\n]{{0,60}}?"
    rf"(?:,{_SP}(?:conducted|released|taken|published)\b[^,\n]{{0,60}})?),{_SP}"
)
_ACCORDING_AT = re.compile(rf"according{_SP}to{_SP}")
_ACCORDING = re.compile(rf"(?:(?<=,){_SP})?[Aa]ccording{_SP}to{_SP}")
# Participles that report the clause after them ("…, adding that …"), a cue of their own after an attribution.
_CLAUSE_PARTICIPLES = "adding saying noting insisting stressing warning arguing claiming explaining".split()
_PARTICIPLE = re.compile(rf",{_SP}(?:{'|'.join(_CLAUSE_PARTICIPLES)})(?:{_SP}that)?{_SP}(?=[\w$£€])")


Span = tuple[int, int]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution in the sense of PARC/PolNeAR, with every part pinned to offsets.

    ``content`` holds the quoted words with their quote marks (a quote continued
    after its attribution gives several fragments) or the reported clause;
    ``source`` is the mention of the speaker as written where it is attributed
    ("he", "the Ukrainian president", "Russian Foreign Minister Sergey Lavrov");
    ``speaker`` is the canonical person it resolves to.
    """

    content: tuple[Span, ...]
    source: Span | None
    cue: Span | None
    speaker: str | None
    direct: bool


@dataclass(frozen=True, slots=True)
class _Who:
    """A speaker found at some place: the canonical name (if it resolves), its mention, the cue."""

    speaker: str | None
    source: Span | None = None
    cue: Span | None = None


_NOBODY = _Who(None)


@dataclass(frozen=True, slots=True)
class _Quote:
    open: int  # the opening mark
    close: int  # just past the closing mark (or the paragraph end when left open)
    start: int  # the quoted words, trimmed
    end: int


def extract_quotes(article: Article, *, parse: bool | None = None) -> list[Mention]:
    """Direct and indirect quotes of ``article``, in text order, with speakers resolved.

    ``parse``: add what a dependency parse finds (see :mod:`storycheck.nlp`);
    None uses it when spaCy is installed, False never, True insists.
    """
    text = article.text
    found, _ = _extract(text, _parse(text, parse))
    return [Mention(article.id, s, e, text[s:e], v) for (s, e), v in sorted(found.items())]


def extract_attributions(article: Article, *, parse: bool | None = None) -> list[Attribution]:
    """The attributions behind :func:`extract_quotes`, with source mention and cue spans, in text order.

    A quote continued after its attribution is one attribution; a quoted term
    nobody is said to have used (a scare quote) is none. ``parse`` as for
    :func:`extract_quotes`.
    """
    _, attributions = _extract(article.text, _parse(article.text, parse))
    return attributions


def _parse(text: str, parse: bool | None) -> Doc | None:
    if parse is False or (parse is None and not nlp.available()):
        return None
    return nlp.parse(text)


# A markup tag left in the text: "<tweet id="7479…" author="@realDonaldTrump">", "</tweet>", "<a href="…">"
# (attributes with values only: "x<y and z>w" is no tag).
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:[^\S\n]+[\w-]+=\"[^\"\n]*\")*[^\S\n]*/?>")


def _extract(text: str, doc: Doc | None = None) -> tuple[dict[Span, QuoteValue], list[Attribution]]:
    """Quotes and attributions of ``text``; markup tags left in it are blanked first (no words, no quote marks)."""
    tags = [m.span() for m in _MARKUP.finditer(text)] if "<" in text else []
    if not tags:
        return _extract_prose(text, doc)
    found, records = _extract_prose(_MARKUP.sub(lambda m: " " * len(m.group()), text), doc)
    outside = [Attribution(content, _outside(text, tags, r.source), r.cue, r.speaker, r.direct) for r in records
               if (content := tuple(span for c in r.content if (span := _outside(text, tags, c)) is not None))]
    return found, outside


def _outside(text: str, tags: Sequence[Span], span: Span | None) -> Span | None:
    """``span`` cut short of the tags it runs into (the parse reads them as words), None when nothing is left."""
    if span is None:
        return None
    start, end = span
    for lo, hi in tags:
        if lo < end and start < hi:
            start, end = (hi, end) if lo <= start else (start, lo)
    start = _skip_space(text, start)
    end = _back_over_space(text, end) if end > start else end
    return (start, end) if start < end else None


def _extract_prose(text: str, doc: Doc | None = None) -> tuple[dict[Span, QuoteValue], list[Attribution]]:
    quotes = list(_quote_spans(text))
    res = _Resolver(text, find_people(text), quotes)
    found: dict[Span, QuoteValue] = {}
    records: list[Attribution] = []
    attributions: list[Span] = []
    prev: tuple[_Quote, int, _Who] | None = None  # quote, where its attribution ends, speaker
    lines = list(_transcript(res))
    turns = sorted(line.content[0] for line in lines)
    titles: list[_Quote] = []
    for q in quotes:
        # "told “Fox and Friends,”", "a play called “Los Hijos de Trump,” or “Sons of Trump,”": titles, not speech
        if _titled(text, q) or (titles and _ANOTHER_NAME.fullmatch(text, titles[-1].close, q.open)):
            titles.append(q)
            found[(q.start, q.end)] = QuoteValue(None, text[q.start : q.end], True)
            if prev is not None and prev[1] > prev[0].close and not _BREAK.search(text, prev[1], q.open):
                prev = (prev[0], q.close, prev[2])  # the title ends the attribution ("Trump told “Fox and Friends.”")
            continue
        who, attr_end, continued = _attribute(res, q, prev)
        if attr_end > q.close:
            attributions.append((q.close, attr_end))
        found[(q.start, q.end)] = QuoteValue(who.speaker, text[q.start : q.end], True)
        prev = (q, max(attr_end, q.close), who)
        if (records and q.open < records[-1].content[-1][1]) or _within(turns, q.start) or (turns and _open_turn(res.text, q)):
            continue  # inside the clause of the quote before it, or inside a transcript's turn (or opening one)
        if continued and records:
            last = records[-1]
            records[-1] = Attribution((*last.content, (q.open, q.close)), last.source, last.cue, last.speaker, True)
        elif who.speaker is not None or who.source is not None:
            if records and who.cue is not None and records[-1].cue == who.cue and (v := _next_cue(text, records[-1].content[-1][1])):
                who = _Who(who.speaker, who.source, v)  # "declared “A” and said that “B”": "said" cues B
            source, cue = _according_after(res, attr_end) if attr_end > q.close else (None, None)
            records.append(Attribution((_content(res, q, who),), source or who.source, cue or who.cue, who.speaker, True))
    records.extend(lines)
    taken = sorted(span for r in records for span in r.content)
    for start, end, who, content_start in _indirect(res, attributions, found):
        if (start, end) in found:
            continue
        if who.speaker is not None:
            found[(start, end)] = QuoteValue(who.speaker, text[start:end], False)
        if m := _PREP_THEN_THAT.match(text, content_start, end):
            content_start = m.end()  # "said at a rally in Dayton that …": the clause starts at "that"
        if _DOUBLE_MARK.match(text, content_start):
            end = max(end, _widen([(q.open, q.close) for q in quotes], content_start, end)[1])  # the whole quote it opens
        if not _overlaps(taken, content_start, end):
            records.append(Attribution(((content_start, end),), who.source, who.cue, who.speaker, False))
            insort(taken, (content_start, end))
    for fragments, who in _parenthetical(res, attributions, found):
        lo, hi = fragments[0][0], fragments[-1][1]
        kept = [r for r in records if not (lo <= r.content[0][0] and r.content[-1][1] <= hi)]  # its quote's record yields
        spans = sorted(span for r in kept for span in r.content)
        if not any(_overlaps(spans, *f) for f in fragments):
            marked = any(_DOUBLE_MARK.search(text, *f) for f in fragments)
            records = [*kept, Attribution(fragments, who.source, who.cue, who.speaker, marked)]
            taken[:] = sorted([*spans, *fragments])
    marks = [(q.open, q.close) for q in quotes]
    if doc is not None:
        records = [_respeak(res, r, _parsed_source(doc, r), found) for r in records]
        records = [_respeak(res, r, _outer_cue(doc, r), found) for r in records]
        records = [_respeak(res, r, _unspoken(doc, r, found), found) for r in records]
        # Cut a subordinate cue's clause before the parse's own readings are weighed, so that "X, who said A,
        # said B" leaves B to the main verb instead of hiding it inside the relative clause's run to the full stop.
        records = [_within_clause(doc, r) for r in records if not _subject_taken(doc, r) and not _noun_cue(doc, r)]
        taken[:] = sorted(span for r in records for span in r.content)
        for fragments, cue in _raised(doc):
            if not any(_overlaps(taken, *f) or _widen(marks, *f) != f for f in fragments):
                records.append(Attribution(fragments, None, cue, None, False))
                for f in fragments:
                    insort(taken, f)
        for fragments, source, cue in _as_reported(doc):
            if not any(_overlaps(taken, *f) or _widen(marks, *f) != f for f in fragments):
                records.append(Attribution(fragments, source, cue, res.speaker_of(source), False))
                for f in fragments:
                    insort(taken, f)
        for content, cue in _asked(doc):
            if not _overlaps(taken, *content) and _widen(marks, *content) == content and not _DOUBLE_MARK.search(text, *content):
                records.append(Attribution((content,), None, cue, None, False))
                insort(taken, content)
        for content, source, cue, clausal in _parsed(doc):
            if (wide := _widen(marks, *content)) != content:
                if wide[0] <= cue[0] < wide[1] or wide[0] <= source[0] < wide[1]:
                    continue  # a clause inside somebody's quote ("“I prefer Kasich,” he said"), not its attribution
                content = wide
            if _overlaps(taken, *content):
                continue  # the rules' reading wins
            source = _without_report(text, source)  # "Podesta[, who said …,] said": the other report is no part of it
            speaker = res.speaker_of(source)
            marked = bool(_DOUBLE_MARK.search(text, *content))
            records.append(Attribution((content,), source, cue, speaker, marked))
            insort(taken, content)
            if speaker and clausal and not marked:
                start = m.end() if (m := _THAT_START.match(text, *content)) else content[0]
                found.setdefault((start, content[1]), QuoteValue(speaker, text[start : content[1]], False))
        for content, source, cue in _noun_clauses(doc):
            if not _overlaps(taken, *content) and _widen(marks, *content) == content and not _DOUBLE_MARK.search(text, *content):
                records.append(Attribution((content,), source, cue, res.speaker_of(source) if source else None, False))
                insort(taken, content)
        titled = set(titles)
        for q, verb, source, content in _characterized(doc, [q for q in quotes if q not in titled], taken):
            speaker = res.speaker_of(source)
            same = [r for r in records if r.cue == verb and content[0] <= r.content[0][0] and r.content[-1][1] <= content[1]]
            if same:  # the parse took the verb's object alone ("dismissed [the offer] as “an insult”"): widen it
                records.remove(same[0])
                taken[:] = sorted(span for r in records for span in r.content)
                source, speaker = same[0].source or source, same[0].speaker or speaker
            elif _overlaps(taken, *content):
                content = (q.open, q.close)
            records.append(Attribution((content,), source, verb, speaker, True))
            insort(taken, content)
        records.extend(_after_colon(res, doc, quotes, records, found))
        records = [_relative(doc, _within_clause(doc, _before_according(doc, r))) for r in records]
        records = [_what_it_calls(res, doc, r) for r in records]
    records.extend(_headlined(res, records, found))
    records.extend(_announced(res, quotes, records, found))
    records = [_without_connective(text, r) for r in records]
    records = [_reported_by(res, marks, r) for r in records]
    records = [_source_edges(text, r) for r in records]
    records.sort(key=lambda a: a.content[0])
    _carry_over(text, quotes, records, found)
    return found, records


def _open_turn(text: str, q: _Quote) -> bool:
    """Whether ``q`` is a transcript's turn left open by its straight mark (``"WALLACE: …`` to the paragraph's end)."""
    return text[q.open] == '"' and text[q.close - 1] != '"' and bool(_TURN.match(text, q.open))


# A title in quote marks: capitalised words after "on", "told", "’s" … ("on CBS's “Face the Nation,”").
_TITLE_BEFORE = re.compile(r"(?:\b(?:on|with|told|in|from|at)|[’']s)(?:[^\S\n]+[A-Z][\w&’'-]*(?:\.[\w&’'-]+)*){0,3}[^\S\n]+\Z")
# A second name for a title just given: "a play called “Los Hijos de Trump,” or “Sons of Trump,”".
_ANOTHER_NAME = re.compile(r"[^\S\n]*,?[^\S\n]*(?:or|aka|also[^\S\n]+known[^\S\n]+as)[^\S\n]+")
# A thing's name given right before its quote marks: "a play called", "a loophole called an" (not "he called").
_NAMED_BEFORE = re.compile(
    r"\b(?!(?:he|she|they|it|we|you|who|which|that|also|then|later|and|but|or|has|have|had|was|were|is|are|once|even|"
    r"being|been|campaign|spokesman|spokeswoman|official|officials|senator|president|governor)\b)"
    r"(?![a-z]+ly\b)[a-z]{3,},?[^\S\n]+(?:called|named|titled|dubbed)(?:[^\S\n]+(?:the|an?))?[^\S\n]+\Z"
)
_TITLE_WORDS = re.compile(
    r"(?:[A-Z0-9][\w’'&.:-]*|a|an|the|of|and|or|for|in|on|to|with|at|by|from|is|are|this|that)"
    r"(?:[^\S\n]+(?:[A-Z0-9][\w’'&.:-]*|a|an|the|of|and|or|for|in|on|to|with|at|by|from|is|are|this|that)){0,5}[,.]?"
)


_BREAK = re.compile(r"[\n.!?;“”\"]")


def _titled(text: str, q: _Quote) -> bool:
    """Whether a quote is the title of a programme, book or film, named after a preposition or a possessive."""
    if text[q.open] not in "“\"":
        return False  # single marks: a headline's quote ("Ryan: FBI Decision ‘Defies Explanation’")
    if _NAMED_BEFORE.search(text, max(0, q.open - 40), q.open) and _words(text, q.start, q.end) <= 8:
        return True  # a name given to a thing: "a play called “Los Hijos de Trump,”", "a loophole called an “inversion”"
    return bool(_TITLE_BEFORE.search(text, max(0, q.open - 60), q.open)) and bool(_TITLE_WORDS.fullmatch(text, q.start, q.end))


# A sentence's opening connective or dateline, which an attribution's content leaves out:
# "But [HarperCollins declined …], according to …", "TALLAHASSEE — [Donald Trump's views …]".
_CONNECTIVE = re.compile(
    r"(?:But|And|Still,|However,|In fact,|Indeed,|Even so,|Moreover,|Nevertheless,|Nonetheless,|In addition,|Also,)[^\S\n]+"
    r"|[A-Z][A-Z.]+(?:[^\S\n]+[A-Z][A-Z.]+)*(?:,[^\S\n]+[A-Z][\w.]*)?[^\S\n]+(?:--?|[—–])[^\S\n]+"
)


def _without_connective(text: str, a: Attribution) -> Attribution:
    """``a`` without the connective or dateline that opens its content's sentence."""
    start, end = a.content[0]
    m = _CONNECTIVE.match(text, start, end)
    if m is None or m.end() >= end or not (start == 0 or text[start - 1] == "\n" or _SENTENCE_BEFORE.search(text, 0, start)):
        return a
    return Attribution(((m.end(), end), *a.content[1:]), a.source, a.cue, a.speaker, a.direct)


# A headline giving who says what: "Kasich: ‘We Are Going To Go All The Way.’", "Poll: Trump Ties Clinton".
_HEADLINE = re.compile(r"(?P<label>[A-Z][^:\n]{0,60}?):[^\S\n]+(?P<content>[^\n]*?[^\s.;?])[.;]?[^\S\n]*(?:\n|\Z)")
# Labels that announce a story, not its source.
_NO_SOURCE_LABEL = re.compile(
    r"[A-Z][A-Z’' ]*|(?:Breaking|Wow|Revealed|Look|Watch|Update|Bombshell|Just Leaked|The Latest|Exclusive|Report|"
    r"Opinion|Editorial|Analysis|Video|Photos?|Listen|Live|Paid Notice|Byline|Fact Check|Review|Q&A)"
)
_HEADLINE_WORDS = 30


def _headlined(res: _Resolver, records: Sequence[Attribution], found: dict[Span, QuoteValue]) -> list[Attribution]:
    """The attribution of a first line that is a headline of the form "Source: what they say", unless one is there.

    A quote in it nobody said yet is the label's person's ("Trump: ‘We will win.’").
    """
    text = res.text
    m = _HEADLINE.match(text)
    if m is None or _words(text, 0, m.end()) > _HEADLINE_WORDS or _words(text, *m.span("label")) > 7:
        return []
    if _NO_SOURCE_LABEL.fullmatch(m.group("label")):  # a question ("… or Career Politician?") never matches
        return []
    label, content = m.span("label"), m.span("content")
    if _overlaps(sorted(span for r in records for span in r.content), *content):
        return []
    speaker = res.speaker_of(label)
    if speaker is not None:
        for span, value in list(found.items()):
            if content[0] <= span[0] and span[1] <= content[1] and value.speaker is None:
                found[span] = QuoteValue(speaker, value.text, value.direct)
    return [Attribution((content,), label, (label[1], label[1] + 1), speaker, bool(_DOUBLE_MARK.search(text, *content)))]


# A short label before a colon: "Rep. Trey Gowdy (R-S.C.):" or "Jeffrey M. Jones:".
_COLON_LABEL = re.compile(r"[A-Z][\w.’'-]*(?:[^\S\n]+[\w.’'()&,-]+){0,7}")


def _after_colon(
    res: _Resolver, doc: Doc, quotes: Sequence[_Quote], records: Sequence[Attribution], found: dict[Span, QuoteValue]
) -> Iterable[Attribution]:
    """A whole quoted sentence after a colon, attributed to the subject of the clause before it.

    "Hannity interjected: “So you agree?”" -> Hannity; a bare label ("Jeffrey M. Jones: “…”") is the source.
    """
    text = nlp.text(doc)
    taken = sorted(span for r in records for span in r.content)
    for q in quotes:
        if text[q.open] not in "“\"'" or _overlaps(taken, q.open, q.close) or not _ENDS_SENTENCE.search(text, q.start, q.end):
            continue
        colon = _back_over_space(text, q.open, max(0, q.open - 100)) - 1
        if colon < 0 or text[colon] != ":":
            continue
        lo, _ = res.sentence_of(colon)
        lo = max(lo, text.rfind("\n", 0, colon) + 1)
        if _DOUBLE_MARK.search(text, lo, colon):
            continue
        source = cue = None
        lo = _after_dash(text, lo, colon)
        span = doc.char_span(lo, colon, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.pos_ in ("VERB", "AUX") and (subject := _subject_of(root)) is not None:
            if lo <= subject.idx and (phrase := _source_phrase(text, root, subject)):
                source, cue = phrase, (root.idx, root.idx + len(root))
        elif label := _COLON_LABEL.fullmatch(text, lo, colon):
            source, cue = label.span(), (colon, colon + 1)
            if (verb := _INVERTED_CUE.match(text, lo, colon)) and _is_cue_verb(verb.group(1)) and verb.end() < colon:
                source, cue = (verb.end(), colon), verb.span(1)  # an inverted cue: "Continued Stone:"
        if source is None:
            continue
        speaker = res.speaker_of(source)
        if speaker is not None:
            found[(q.start, q.end)] = QuoteValue(speaker, text[q.start : q.end], True)
        yield Attribution(((q.open, q.close),), source, cue, speaker, True)


_INVERTED_CUE = re.compile(r"([A-Z][a-z]+(?:ed|s))[^\S\n]+(?=[A-Z])")


def _after_dash(text: str, lo: int, colon: int) -> int:
    """Where a label before a colon starts: after a digest's headline and its dash ("… TOO EARLY - Mark Blumenthal:")."""
    dash = max(text.rfind(d, lo, colon) for d in (" - ", " – ", " — "))
    return dash + 3 if dash >= 0 else lo


# The rest of the sentence after an attribution, up to the next sentence: " in an interview on Sunday. "
# (a bracketed party and state keeps its full stops: "… beside Nancy Pelosi (D-Calif.). “B.”")
_SENTENCE_REST = re.compile(rf"(?:[^“”\"\n.!?;]|{_ABBR_STOP}(?![^\S\n]*[“\"\n]|\Z)|{_BRACKETED})*(?:[.!?][”\"’']*)?[^\S\n]*\Z")
_PARAGRAPH_REST = re.compile(rf"(?:[^“”\"\n.!?;]|{_ABBR_STOP}(?![^\S\n]*[“\"\n]|\Z)|{_BRACKETED})*[.!?][”\"’']*[^\S\n]*\n\s*\Z")
_ENDS_SENTENCE = re.compile(r"[.!?…][)\]]?\Z")
_SENTENCE_BEFORE = re.compile(r"[.!?][”\"’']*\s*\Z")
_SENTENCE_AFTER = re.compile(r"[^\S\n]*(?:\n|\Z|[“\"A-Z])")


def _carry_over(text: str, quotes: Sequence[_Quote], records: list[Attribution], found: dict[Span, QuoteValue]) -> None:
    """A whole quoted sentence right after the sentence of an attribution goes on with its record.

    ``“A,” Trump told reporters on Sunday. “B.”``: B is one more fragment of Trump's record; so is a
    quote opening the next paragraph when the speaker is a known person (14 of 19 right on PolNeAR train).
    The record is the one whose attribution ends last before the quote, and none when a record takes
    the quote already. One sweep over the quotes in text order, so a long article costs n log n.
    """
    ends = [max(e for _, e in (*r.content, r.source or (0, 0), r.cue or (0, 0))) for r in records]
    by_start = sorted(range(len(records)), key=lambda i: records[i].content[0][0])
    starts = [records[i].content[0][0] for i in by_start]
    # how far the first k records by start reach. A record that takes a quote below is not raised here: a later
    # quote it would reach into starts before its attribution's end (ends), which rules that quote out first.
    reach = [-1, *accumulate((records[i].content[-1][1] for i in by_start), max)]
    by_end = sorted(range(len(records)), key=lambda i: records[i].content[-1][1])
    opens = [t.open for t in quotes]
    seen, last = 0, -1  # records ending before the quote so far; the one of them whose attribution ends last
    for q in quotes:
        while seen < len(by_end) and records[by_end[seen]].content[-1][1] <= q.open:
            last = _later(ends, last, by_end[seen])
            seen += 1
        if text[q.open] not in "“\"'" or not _ENDS_SENTENCE.search(text, q.start, q.end):
            continue
        if not _SENTENCE_AFTER.match(text, q.close):
            continue  # the sentence goes on after the quote
        if last < 0 or ends[last] > q.open or reach[bisect_left(starts, q.close)] > q.open:
            continue  # no record before it, an attribution reaching past its opening, or a record taking it
        end = ends[last]
        for t in quotes[bisect_left(opens, end) : bisect_left(opens, q.open)]:
            if end <= t.open and _titled(text, t) and not _BREAK.search(text, end, t.open):  # "Trump told “Fox News Sunday.” “B.”"
                end = t.close
        r = records[last]
        if r.source is None or not (r.speaker is not None or (r.direct and _DOUBLE_MARK.search(text, *r.content[-1]))):
            continue
        if not _SENTENCE_BEFORE.search(text, max(0, q.open - 100), q.open):
            continue
        if not _SENTENCE_REST.match(text, end, q.open) and not (r.speaker and _PARAGRAPH_REST.match(text, end, q.open)):
            continue
        records[last] = Attribution((*r.content, (q.open, q.close)), r.source, r.cue, r.speaker, True)
        ends[last] = max(ends[last], q.close)
        if r.speaker is not None:
            found[(q.start, q.end)] = QuoteValue(r.speaker, text[q.start : q.end], True)


def _later(ends: Sequence[int], best: int, i: int) -> int:
    """Of records ``best`` and ``i``, the one whose attribution ends last; the earlier record on a tie."""
    if best < 0 or ends[i] > ends[best] or (ends[i] == ends[best] and i < best):
        return i
    return best


# A transcript's turn: a paragraph opening with its speaker's name in capitals and a colon ("PENCE: Well, …").
_TURN = re.compile(r"[“\"]?(?P<label>[A-Z][A-Z.’'-]*(?:[^\S\n][A-Z][A-Z.’'-]*){0,3}):[^\S\n]+(?=\S)")


def _transcript(res: _Resolver) -> Iterable[Attribution]:
    """The turns of an interview transcript, each attributed to its label.

    A label counts only when the article has at least two such turns and the
    label opens another turn too or the article names the speaker in ordinary
    case ("Pence" for "PENCE:"), which leaves out "BYLINE:", "UPDATE:" and
    headline kickers.
    """
    text = res.text
    turns = [(m, p_end) for p_start, p_end in paragraphs(text) if (m := _TURN.match(text, p_start, p_end))]
    if len(turns) < 2:
        return
    counts: dict[str, int] = {}
    for m, _ in turns:
        counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    speakers = set()
    for label, n in counts.items():
        surname = label.split()[-1].title()
        # "Q:" and "A:" of an interview are annotated clause by clause, not turn by turn
        if len(surname) >= 3 and (n > 1 or re.search(rf"\b{re.escape(surname)}\b", text)):
            speakers.add(label)
    for m, p_end in turns:
        if m.group("label") in speakers:
            end = p_end
            while end > m.end() and text[end - 1] in "”\"":
                end -= 1
            content = (m.end(), end)
            speaker = res.who_at(m.start("label")).speaker
            yield Attribution((content,), m.span("label"), None, speaker, bool(_DOUBLE_MARK.search(text, *content)))


def _content(res: _Resolver, q: _Quote, who: _Who) -> Span:
    """A quote's attribution content: the whole clause after a verb before it ("called him a “dictator”")."""
    if who.cue is None or who.cue[1] > q.open:
        return _lead_in(res, q, who), q.close
    lo, hi = res.sentence_of(q.open)
    if who.cue[0] < lo:
        return q.open, q.close
    start = _skip_space(res.text, who.cue[1])
    while start < q.open and res.text[start] in ":,—–-":
        start = _skip_space(res.text, start + 1)
    if res.text[who.cue[0] : who.cue[1]].lower().startswith("call") and (particle := _CALL_PARTICLE.match(res.text, start)):
        start = particle.end()  # "called on leaders to …", "called for …": the particle belongs to the cue
    if start >= q.open or (_INTRODUCED.search(res.text, start, q.open) and not _THAT_START.match(res.text, start)):
        return q.open, _run_on(res.text, q, lo, hi)  # "saying later, “…”": the quote (and the phrase it runs on into)
    that = _THAT_BEFORE.search(res.text, start, q.open)
    if that and not _DOUBLE_MARK.search(res.text, start, that.start()) and not _AND_END.search(res.text, start, that.start()):
        start = that.start()  # "told Fox News on Friday that “…”": the clause starts at "that"
    elif what := _WHAT_BEFORE.search(res.text, max(lo, who.cue[0] - 80), who.cue[0]):
        start = what.start()  # "what he called a “brazen breach”": the free relative is the content
    end = max(q.close, _clause_end(res.text, lo, hi))
    if (stop := _CONTENT_STOP.search(res.text, q.close, end)) and (
        not _DOUBLE_MARK.search(res.text, stop.end(), end) or _cue_participle_at(res.text, stop.end())
    ):
        end = stop.start()  # "… “a mistake” to use email, but she denied …": another clause follows
    if stop := _NEW_PREDICATE.search(res.text, q.close, end):
        end = stop.start()
    return start, end


def _cue_participle_at(text: str, pos: int) -> bool:
    """Whether a participle that cues words of its own opens at ``pos``: "“corrupt,” [noting] that it is “very strange.”"."""
    m = _PARTICIPLE_AT.match(text, _skip_space(text, pos))
    return m is not None and _speech_participle(m.group())


_PARTICIPLE_AT = re.compile(r"[a-z]{3,}ing\b")
# Participles that report words of their own ("…, noting that …"), not how or when ("…, including …",
# "…, following a meeting …", "…, speaking to reporters …", "…, standing beside …").
_SPEECH_PARTICIPLES = frozenset(_CLAUSE_PARTICIPLES) | frozenset(
    "urging mentioning recalling suggesting predicting promising pledging complaining acknowledging conceding "
    "repeating reiterating joking quipping boasting accusing criticizing praising blaming questioning demanding "
    "asserting charging lamenting tweeting writing calling describing telling asking citing declaring remarking "
    "stating vowing denouncing dismissing mocking touting thanking answering replying responding countering "
    "referencing referring".split()
)


def _speech_participle(word: str) -> bool:
    return word.lower() in _SPEECH_PARTICIPLES


def _run_on(text: str, q: _Quote, lo: int, hi: int) -> int:
    """Where the content of a quote introduced by its cue ends: past the marks when the sentence runs on.

    A quote that stops on a word and goes on in lower case is part of the reported clause:
    ``Lee says “the wind is at our backs” despite the loss.`` -> to the sentence's end (PolNeAR).
    """
    if not _RUNS_ON.match(text, q.close) or text[q.end : q.close].strip() not in _CLOSE_MARKS:
        return q.close  # a quote closed on its own comma or stop ends its clause: "said, “Mixed,” too"
    if not text[q.end - 1].isalnum() or _words(text, q.start, q.end) < _RUN_ON_WORDS:
        return q.close  # an exclamation ("chanted “Lock her up!” as …") or a name ("“Quick Question” in which …")
    end = _clause_end(text, lo, hi)
    if (comma := text.find(",", q.close, end)) >= 0:
        end = comma  # the phrase after the quote, not a clause after it ("…” about her record, Sanders jabbed")
    if end <= q.close or _DOUBLE_MARK.search(text, q.close, end):
        return q.close
    if (stop := _CONTENT_STOP.search(text, q.close, end)) or (stop := _NEW_PREDICATE.search(text, q.close, end)):
        end = stop.start()
    return max(q.close, len(text[:end].rstrip(" ,")))


# A quote's sentence going on after its closing mark with a preposition or a subordinate clause:
# "“…” despite his loss", "“…” for second place", "“…” until the caucuses" (not "“X” seeks to …").
_RUNS_ON = re.compile(
    r"[^\S\n]+(?:about|after|against|at|because|before|between|by|despite|during|for|from|in|into|of|on|over|since|"
    r"than|through|to|toward|towards|under|until|unless|with|without|as|if|when|whenever|even|(?:every|each)[^\S\n]+time)\b"
)
_CLOSE_MARKS = frozenset({"”", '"', "''", "’", "“"})
_RUN_ON_WORDS = 3


def _lead_in(res: _Resolver, q: _Quote, who: _Who) -> int:
    """Where the content of a quote attributed after it starts: its sentence's start when words lead into it.

    ``Others are “having to be leaner,” she said`` -> ``Others are “having to be leaner,”``.
    """
    text = res.text
    if who.cue is None or who.cue[0] < q.close:
        return q.open
    lo, _ = res.sentence_of(q.open)
    lo = _skip_space(text, max(lo, text.rfind("\n", 0, q.open) + 1))
    if lo >= q.open or _DOUBLE_MARK.search(text, lo, q.open) or _SINGLE_MARK.search(text, lo, lo + 1):
        return q.open
    if text[: q.open].rstrip().endswith(":") or not _words(text, lo, q.open):
        return q.open
    return lo


_CALL_PARTICLE = re.compile(r"(?:on|for|upon)[^\S\n]+")
_INTRODUCED = re.compile(r"[,:][^\S\n]*\Z")
_THAT_BEFORE = re.compile(r"(?<![\w’'])that\b")
_AND_END = re.compile(r"\band[^\S\n]*\Z")  # "said he’s heading … and that “…”": both clauses are the content
_WHAT_BEFORE = re.compile(r"(?<![\w’'])what(?:[^\S\n]+[\w’'.-]+){1,6}?[^\S\n]+\Z")
# Where the rest of a sentence after a partial quote stops belonging to the quoted clause.
_CONTENT_STOP = re.compile(
    r",?[^\S\n]+(?:but|though|although|whereas|while(?![^\S\n]+\w+ing\b))\b|,[^\S\n]+and[^\S\n]+(?=(?:he|she|they|it|we|I)\b)"
    r"|,[^\S\n]+(?=[a-z]+ing\b)|[^\S\n]+[-—–―]+[^\S\n]+|;|,[^\S\n]+(?=(?:he|she|they|we|I)[^\S\n])"
    r"|(?<=,[”\"’'])[^\S\n]+(?=[a-z]+ing\b)"  # "a “fringe candidate,” making air quotes"
)
# "… and said that …", "… and likened it to …": another predicate, whose own quotes are not this one's; or,
# after a quote or a comma, another subject's ("“leading from behind” and Donald Trump says …").
_NEW_PREDICATE = re.compile(
    rf",?[^\S\n]+and[^\S\n]+(?=(?:(?:also|later)[^\S\n]+)?(?:said|says|[a-z]{{3,}}ed\b|{_VERB.pattern}))"
    rf"|(?:(?<=[”\"’'])[^\S\n]+|,[^\S\n]+)and[^\S\n]+(?=(?:[A-Z][\w’'.-]*[^\S\n]+){{1,4}}(?:said|says|[a-z]{{3,}}ed\b|{_VERB.pattern}))"
)


def _quote_spans(text: str) -> Iterable[_Quote]:
    """Every quotation in ``text``: double quotes first, then single curly quotes outside them."""
    for p_start, p_end in paragraphs(text):
        doubles = list(_doubles(text, p_start, p_end))
        singles = [q for q in _singles(text, p_start, p_end) if not any(d.open <= q.open < d.close for d in doubles)]
        yield from sorted(doubles + singles, key=lambda q: q.open)


# --- finding quote marks ------------------------------------------------------


def _doubles(text: str, lo: int, hi: int) -> Iterable[_Quote]:
    open_at, curly, nested = -1, False, False
    for mark in _DOUBLE_MARK.finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        if c == "“" and open_at < 0:
            open_at, curly = i, True
        elif c == "“" and open_at >= 0 and not curly and text[i - 1].isspace() and ('"' in text[i:hi] or _reopens(text, hi)):
            nested = True  # curly marks inside straight ones: "… isn’t about “Equal Justice” anymore."
        elif c == "”" and nested:
            nested = False
        elif c == "”" and open_at < 0 and (i == lo or text[i - 1].isspace()) and i + 1 < hi and text[i + 1].isalnum():
            open_at, curly = i, True  # a closing mark typed for an opening one: ”Fear. I am afraid …”
        elif c == "”" and open_at >= 0:  # a straight quote closed by a curly one too: "Mixed.”
            yield from _make(text, open_at, i + 1, i)
            open_at = -1
        elif open_at >= 0 and ((not curly and c != "“") or _closes(text, i, mark.end(), hi)):
            # a curly quote closed by a straight or a wrong-way mark: “Mixed," he said; “Typo,“ she said
            yield from _make(text, open_at, mark.end(), i)
            open_at = -1
        elif c in ('"', "''") and open_at < 0:
            open_at, curly, nested = i, False, False
    if open_at >= 0 and (curly or _reopens(text, hi)):  # a quote that goes on into the next paragraph
        yield from _make(text, open_at, hi, hi)


def _reopens(text: str, hi: int) -> bool:
    """Whether the paragraph after ``hi`` opens with a quote mark, as each paragraph of a long quote does."""
    return bool(_NEXT_OPEN.match(text, hi))


_NEXT_OPEN = re.compile(r"[^\S\n]*\n\s*[“\"]")


def _closes(text: str, i: int, end: int, hi: int) -> bool:
    """Whether the mark at ``[i, end)`` sits where a closing mark does: after a word or punctuation, not before a word."""
    return i > 0 and not text[i - 1].isspace() and (end >= hi or not text[end].isalnum())


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
    start, end = open_at + (2 if text.startswith("''", open_at) else 1), inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if start < end:
        yield _Quote(open_at, close, start, end)


# --- resolving speakers -------------------------------------------------------


# A possessive determiner before a title: "[her] senior policy adviser, Jake Sullivan".
_OWNER_BEFORE = re.compile(r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)[^\S\n]+\Z")


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
        self.salient_pos = [p for p, _, _ in self.salient]

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
        return self.who_before(lo, verb).speaker

    def who_before(self, lo: int, verb: int) -> _Who:
        """:meth:`subject_before` with the mention's span."""
        m = _TRAIL_FILL.search(self.text, lo, verb)
        end = m.start() if m else verb
        party = _PARTY_END.search(self.text, lo, end)
        ref = self.by_end.get(party.start() if party else end)
        if ref is not None and ref.start >= lo:
            start = max(lo, ref.span[0])
            if ref.title_span and (owner := _OWNER_BEFORE.search(self.text, lo, start)):
                start = owner.start()  # "[her ]senior policy adviser, Jake Sullivan"
            return _Who(ref.canonical, (start, end))  # "Sen. Ann Lee (D-Ohio)": the party goes with the name
        if p := _PRONOUN_END.search(self.text, lo, end):
            return _Who(self.pronoun(p.start()), p.span())
        if d := _DESCRIPTION_END.search(self.text, lo, end):
            return _Who(self.description(d.start(), d.end()), d.span())
        return _NOBODY

    def mention_before(self, speaker: str, lo: int, pos: int) -> Span | None:
        """The span, title and all, of the latest mention of ``speaker`` named in ``[lo, pos)``."""
        for i in range(bisect_left(self.starts, pos) - 1, -1, -1):
            ref = self.refs[i]
            if ref.start < lo:
                return None
            if ref.canonical == speaker:
                return ref.span
        return None

    def subject_at(self, pos: int) -> tuple[str | None, int]:
        """The speaker named, pronoun or description starting at ``pos``, and where it ends."""
        who = self.who_at(pos)
        return who.speaker, who.source[1] if who.source else pos

    def speaker_of(self, source: Span) -> str | None:
        """The person the mention at ``source`` names, when that mention lies within it."""
        who = self.who_at(source[0])
        return who.speaker if who.source and who.source[1] <= source[1] else None

    def who_at(self, pos: int) -> _Who:
        """:meth:`subject_at` with the mention's span."""
        if m := _PRONOUN.match(self.text, pos):
            return _Who(self.pronoun(pos), m.span())
        if m := _DESCRIPTION.match(self.text, pos):
            return _Who(self.description(m.start(), m.end()), m.span())
        i = bisect_left(self.starts, pos)
        if i + 1 < len(self.refs) and (title := self.refs[i + 1].title_span) and title[0] <= pos < title[1]:
            i += 1  # "Trump’s campaign manager, Corey Lewandowski": the title's holder speaks, not its owner
        if i < len(self.refs):
            ref = self.refs[i]
            lead = self.text[pos : ref.start]
            titled = ref.title_span is not None and ref.title_span[0] == pos and ref.title_span[1] <= ref.start
            if not lead or titled or _AFFILIATION.match(lead):
                end = max(ref.end, ref.title_span[1] if ref.title_span else 0)
                if party := _PARTY.match(self.text, end):
                    end = party.end()  # "Sen. Ann Lee (D-Ohio) said"
                return _Who(ref.canonical, (pos, end))
        return _NOBODY

    def _salient(self, quotes: Sequence[_Quote]) -> list[tuple[int, str, Span]]:
        """People in subject position, outside quotes: the candidates a pronoun may refer to."""
        inside = [(q.start, q.end) for q in quotes]
        out = []
        for r in self.refs:
            lead = min(r.start, r.title_span[0]) if r.title_span else r.start
            if self._subject_like(lead, r.end) and not _within(inside, r.start):
                out.append((r.start, r.canonical, (lead, r.end)))
        for d in _DESCRIPTION.finditer(self.text):
            if self._subject_like(d.start(), d.end()) and not _within(inside, d.start()):
                if who := self.description(d.start(), d.end()):
                    out.append((d.start(), who, d.span()))
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


def _overlaps(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, not overlapping)."""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def _widen(spans: Sequence[Span], start: int, end: int) -> Span:
    """``[start, end)`` widened to the whole of every span it cuts into (sorted, not overlapping).

    A parse's clause often stops inside a quotation's marks: "He joked, “It’s a never ending line!”".
    """
    i = bisect_left(spans, (end, end))
    while i > 0 and spans[i - 1][1] > start:
        i -= 1
        start, end = min(start, spans[i][0]), max(end, spans[i][1])
    return start, end


def _within(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# --- sources that are not people ----------------------------------------------

# Words that open an adverbial before a sentence's subject ("In a statement, the Post said").
_LEADING = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Later|Earlier|But|And|So|Yet|Meanwhile|Speaking|Asked|However|"
    r"Still|Now|Then|Also|Separately|Instead|Last|This|When|While|As|Since|Though|Although|If|Because|"
    r"Indeed|Moreover|Similarly|Likewise|Previously|Today|Yesterday|Tuesday|Monday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|By|For|From|With|Under|Amid|Despite|Regardless|Overall|Still)\b[^,]{0,60},\s*)+"
)
_CONJ = re.compile(r"(?:But|And|So|Yet|Or)\s+")
# The "as" of an aside that names a source: "(But) as The Hill pointed out, “…”".
_AS_VERB = re.compile(r"(?:put|puts)[^\S\n]+it\b|(?:noted|notes|wrote|writes|said|says|observed|reported|pointed)\b")
_AS_SUBJECT = r"(?=[A-Z]|(?:the|a|an|his|her|their|its|one)\b)"  # a name or a determined phrase after "as"
_COMMA_AS = re.compile(rf",[^\S\n]+as[^\S\n]+{_AS_SUBJECT}")
_AS_ASIDE = re.compile(rf"[Aa]s\s+{_AS_SUBJECT}")
# What a source after its verb cannot start with: "said in a statement", "said that …".
# A relative clause that reports words of its own: "who said", "who also said" (no part of a source).
_WHO_REPORTS = rf"(?P<who>who)(?:{_SP}(?:also|later|then|has|had))?{_SP}(?P<verb>{_REPORTED_BY})\b"
_NOT_SOURCE_START = re.compile(
    r"(?:that|to|in|on|at|by|of|for|with|about|as|from|into|after|before|during|while|when|if|it|this|"
    rf"so|and|but|or|not|no|yes|again|also|then|now|later|earlier|today|yesterday|[a-z]+ly)\b|{_WHO_REPORTS}"
)
_SOURCE_AFTER_STOP = re.compile(
    r"[“”\"‘]|,\s+(?:adding|saying|noting|according|in|on|at|as|before|after|when|while)\b"
    rf"|,\s+{_WHO_REPORTS}"
    rf"|(?:[!?;:]|(?!{_ABBR_STOP})\.)(?:\s|$)"
)
_MAX_SOURCE_WORDS = 25


def _np_before(text: str, lo: int, verb: int) -> Span | None:
    """The subject phrase of a speech verb whoever it names: "a source familiar with the talks"."""
    m = _TRAIL_FILL.search(text, lo, verb)
    end = m.start() if m else verb
    while end > lo and text[end - 1] in " \t,":
        end -= 1
    start = lo
    mark = max(text.rfind(c, lo, end) for c in ("“", "”", '"', "''"))
    if mark >= 0:
        start = mark + 1
    if m := _LEADING.match(text, start, end):
        start = m.end()
    if m := _CONJ.match(text, start, end):
        start = m.end()
    if m := _AS_ASIDE.match(text, start, end):
        start = m.end()
    elif (m := _last_match(_COMMA_AS, text, start, end)) and _AS_VERB.match(text, verb) and "," not in text[m.end() : end]:
        start = m.end()  # "…, as The New Yorker put it in an exposé, “…”"
    while start < end and not text[start].isalnum():
        start += 1
    if start >= end or not (text[start].isupper() or text[start].isdigit() or _DETERMINER.match(text, start)):
        return None
    if len(text[start:end].split()) > _MAX_SOURCE_WORDS:
        return None
    return start, end


_DETERMINER = re.compile(
    r"(?:the|a|an|one|another|his|her|their|its|our|my|your|some|many|several|most|few|both|all|"
    r"other|others|two|three|four|five|sources?|officials?|aides?|critics|experts|analysts|people|"
    r"he|she|they|we|i|you|it|who)\b"
)


def _np_after(text: str, pos: int, hi: int) -> Span | None:
    """The source after an inverted verb: ``…,” said a longtime adviser to both Clintons.``"""
    pos = _skip_space(text, pos)
    if pos >= hi or _NOT_SOURCE_START.match(text, pos) or not (text[pos].isalnum()):
        return None
    stop = _SOURCE_AFTER_STOP.search(text, pos, hi)
    end = stop.start() if stop else hi
    while end > pos and text[end - 1] in " \t,.":
        end -= 1
    if end <= pos or len(text[pos:end].split()) > _MAX_SOURCE_WORDS:
        return None
    return pos, end


# --- direct quotes ------------------------------------------------------------


def _attribute(res: _Resolver, q: _Quote, prev: tuple[_Quote, int, _Who] | None) -> tuple[_Who, int, bool]:
    """The quote's speaker, the end of its attribution (``q.close`` when none follows) and whether it continues ``prev``."""
    who, attr_end = _after_quote(res, q)
    if who.speaker is not None or (who.source is not None and prev is not None and "\n" in res.text[prev[1] : q.open]):
        return who, attr_end, False  # a quote opening a paragraph with an attribution of its own starts anew
    if prev is not None and prev[2].speaker is not None and _continues(res, prev, q.open):
        if verb := _NEW_CUE.search(res.text, prev[1], q.open):  # "“A,” Trump said, adding later, “B.”": a new cue
            return _Who(prev[2].speaker, prev[2].source, verb.span()), q.close, False
        if (who := _new_report(res, prev[2], prev[1], q.open)) is not None:
            return who, q.close, False
        return prev[2], q.close, True
    if who.source is not None:
        return who, attr_end, False
    if prev is not None and prev[2].source is not None and _continues(res, prev, q.open):
        if (who := _new_report(res, prev[2], prev[1], q.open)) is not None:
            return who, q.close, False
        return prev[2], q.close, True
    if prev is not None and (who := _participle_after(res.text, prev, q.open)) is not None:
        return who, q.close, False
    lo, _ = res.sentence_of(q.open)
    who, had_verb = _verb_before(res, lo, q.open)
    if who.speaker is None and lo == q.open:
        who, had_verb = _colon_before(res, q.open)
        if who.source is None and (nxt := _speaks_next(res, q.open)) is not None:
            who, had_verb = nxt, True
    elif who.source is None and (colon := _back_over_space(res.text, q.open)) > lo and res.text[colon - 1] == ":":
        if (cued := _cue_colon(res, lo, colon - 1)).source is not None:
            who, had_verb = cued, True
    if who.speaker is None and had_verb:
        i = bisect_left(res.salient_pos, lo)
        if i < len(res.salient) and res.salient[i][0] < q.open:
            who = _Who(res.salient[i][1], who.source or res.salient[i][2], who.cue)
    return who, q.close, False


_NEW_CUE = re.compile(rf"\b(?:{'|'.join(_CLAUSE_PARTICIPLES)}|continuing)\b")
# After an attribution, a participle or a relative clause that reports words of its own:
# "“A,” Kiedis said, mentioning the album is “in the home stretch.”", "said Weaver, who said there are “no secrets.”"
_CUE_PARTICIPLE = re.compile(rf",{_SP}(?:(?:then|later|also){_SP})?([a-z]{{3,}}ing)(?:{_SP}(?:to|on|of))?{_SP}(?=[\w$£€])")
_WHO_SAID = re.compile(rf",{_SP}{_WHO_REPORTS}")


def _new_report(res: _Resolver, prev: _Who, lo: int, hi: int) -> _Who | None:
    """The speaker of a quote whose lead-in after the previous attribution has a cue of its own, else None.

    ``“A,” Biden said, urging those calling for a withdrawal to “give him time.”`` -> Biden, cue "urging";
    ``said Beck, who said there were “too many …”`` -> source "who";
    ``Ryan said on CNN, though he said, “I hope to.”`` -> source "he", cue "said": a subject's own report.
    """
    text = res.text
    if _SENTENCE_BEFORE.search(text, lo, hi):
        return _speaks_next(res, hi)  # the quote opens a sentence of its own: new only after "…, and Lee cut in."
    if _INTRODUCED.search(text, lo, hi):  # an aside ("he said, speaking at a rally, “…”") goes on unless it reports
        who, _ = _verb_before(res, lo, hi)
        return who if who.source is not None and who.cue is not None else None
    if m := _last_match(_WHO_SAID, text, lo, hi):
        return _Who(prev.speaker, m.span("who"), m.span("verb"))
    if (m := _last_match(_CUE_PARTICIPLE, text, lo, hi)) and _speech_participle(m.group(1)):
        return _Who(prev.speaker, prev.source, m.span(1))
    return None


def _next_cue(text: str, pos: int) -> Span | None:
    """A verb conjoined, or a speech participle set off, right after an attribution's content ending at ``pos``.

    ``declared “A” and said that “B”``, ``called it “A” on Monday, calling it “B”``: the verb cues the next quote.
    """
    if m := _AND_VERB.match(text, pos):
        return m.span("verb")
    if (m := _CUE_PARTICIPLE.match(text, pos)) and _speech_participle(m.group(1)):
        return m.span(1)
    return None


# A verb conjoined right after the content of the one before it: "declared “A” and said".
_AND_VERB = re.compile(rf"{_AND}(?P<verb>{_VERB.pattern})")


def _participle_after(text: str, prev: tuple[_Quote, int, _Who], pos: int) -> _Who | None:
    """The speaker of a quote that a speech participle right after the previous one cues, else None.

    ``Trump hailed the vote as “fantastic,” telling reporters it is “a great thing.”`` -> Trump, cue "telling":
    the participle's subject is the clause's, whose verb came before the previous quote.
    """
    if prev[2].source is None or prev[1] != prev[0].close:
        return None
    m = _PARTICIPLE_AFTER.match(text, prev[1])
    if m is None or not _speech_participle(m.group(1)) or _BREAK.search(text, m.end(), pos):
        return None
    # "…,” warning against A, pledging to “B”": the nearest one cues it
    return _Who(prev[2].speaker, prev[2].source, _last_participle(text, m.end(), pos) or m.span(1))


# A quote that opens in lower case goes on with the sentence its attribution interrupted.
_LOWER_OPEN = re.compile(r"[“\"‘][^\S\n]*(?:\.\.\.|…)?[^\S\n]*[a-z]")


def _continues(res: _Resolver, prev: tuple[_Quote, int, _Who], pos: int) -> bool:
    """Whether a quote at ``pos`` goes on from ``prev``: nothing, or only the rest of its attribution's clause, between.

    ``“A,” DuVernay said, emphasizing why it matters. “B.”`` and ``“A,” Obama said after the meeting. “B.”``
    """
    text = res.text
    if _GAP.match(text, prev[1], pos):
        return True
    gap = text[prev[1] : pos]
    if prev[1] > prev[0].close and _LOWER_OPEN.match(text, pos) and len(gap) < 200 and "\n" not in gap:
        # "“A,” Trump said during a rally in Kenansville, N.C., “but B.”" — in the same sentence, not the next one
        return not _DOUBLE_MARK.search(gap) and res.sentence_of(pos)[0] <= prev[0].open
    return prev[1] > prev[0].close and bool(_ATTR_TAIL.match(text, prev[1], pos))


def _after_quote(res: _Resolver, q: _Quote) -> tuple[_Who, int]:
    """An attribution right after the closing mark: ``,” he said`` or ``,” said Zelenskyy``."""
    text = res.text
    if q.close >= len(text) or text[q.close - 1] not in "”\"’'":
        return _NOBODY, q.close
    if m := _TESTIMONIAL.match(text, q.close):
        name = m.span("name")
        if text[name[1] - 1] == "." and text[name[1] - 3] != " ":  # a full stop, not an initial's
            name = (name[0], name[1] - 1)
        who = res.who_at(name[0])
        speaker = who.speaker if who.source and who.source[1] >= name[1] - 1 else None
        return _Who(speaker, name, m.span("dash")), name[1]
    p = _LEAD.match(text, q.close).end()
    ends_sentence = text[q.end - 1 : q.close].rstrip("”\"’'").endswith(".")
    if ends_sentence and not text[p : p + 1].islower():
        return _NOBODY, q.close  # “… peace.” He went on … — a new sentence, not an attribution
    if (m := _INVERTED_VERB.match(text, p)) and m.end() < len(text) and text[m.end()] in " \t":
        who = res.who_at(m.end() + 1)
        if who.speaker is not None and who.source:
            end = who.source[1]
            if text.startswith(", ", end) and (tail := _np_after(text, end + 2, res.sentence_of(end)[1])):
                end = tail[1]  # "said Penny Nance, president of Concerned Women for America."
            return _Who(who.speaker, (who.source[0], end), m.span()), end
    who = res.who_at(p)
    if who.speaker is not None and who.source and who.source[1] > p and (f := _FILL_VERB.match(text, who.source[1])):
        verb = _AFTER_VERB.match(text, f.end())
        return _Who(who.speaker, who.source, verb.span() if verb else None), verb.end() if verb else f.end()
    if who.speaker is not None and who.source and who.source[1] > p and text[q.start : q.close].rstrip("”\"’' ")[-1:] in (",", "?", "!", "—"):
        if m := _ANY_PAST.match(text, who.source[1]):  # "“…,” Oliver barked": a quote left open by its comma
            return _Who(who.speaker, who.source, m.span("verb")), m.end()
    if (m := _AS_ASIDE.match(text, p)) and (who := _as_put_it(res, m.end())).cue is not None:
        return who, who.cue[1]  # "“…,” as a Homeland Security memo put it."
    who = _anyone_after(res, q, p)
    return who, max(who.source[1], who.cue[1]) if who.source and who.cue else q.close


def _as_put_it(res: _Resolver, pos: int) -> _Who:
    """The subject at ``pos`` of an "as" aside after a quote and its verb: ``as a Homeland Security memo put it``."""
    text = res.text
    v = _AFTER_VERB.search(text, pos, min(len(text), pos + 80))
    if v is None or _DOUBLE_MARK.search(text, pos, v.start()) or _BREAK.search(text, pos, v.start()):
        return _NOBODY
    who = res.who_before(pos, v.start())
    if who.source is None and (src := _np_before(text, pos, v.start())) is not None:
        who = _Who(None, src)
    if who.source is None or who.source[0] != pos:
        return _NOBODY
    return _Who(who.speaker, who.source, v.span())


def _anyone_after(res: _Resolver, q: _Quote, p: int) -> _Who:
    """A source that is no known person right after the quote: ``,” a source said`` or ``,” said the Post``."""
    text = res.text
    _, hi = res.sentence_of(p)
    hi = max(hi, p)
    if m := _ACCORDING_AT.match(text, p):  # "“…,” according to the memo."
        comma = text.find(",", m.end(), hi)
        end = _clause_end(text, m.end(), comma if comma > 0 else hi)
        if 0 < _words(text, m.end(), end) <= 8 and not _DOUBLE_MARK.search(text, m.end(), end):
            return _Who(None, (m.end(), end), (p, _back_over_space(text, m.end())))
        return _NOBODY
    if (m := _AFTER_VERB.match(text, p)) and m.end() < len(text) and text[m.end()] in " \t":
        if _INVERTED_VERB.match(text, p) and (src := _np_after(text, m.end(), hi)):
            return _Who(None, src, m.span())
        return _NOBODY
    v = _AFTER_VERB.search(text, p, min(hi, p + 200))
    if v is None or _DOUBLE_MARK.search(text, p, v.start()):
        return _NOBODY
    if src := _np_before(text, p, v.start()):
        if src[0] == p:
            return _Who(None, src, v.span())
    elif m := _TITLED_NAME.fullmatch(text, p, _back_over_space(text, v.start())):
        return _Who(None, m.span(), v.span())  # "“…,” former FBI agent Ann Lee explained"
    return _NOBODY


# A lower-case title before a name: "campaign manager Robby Mook", "former FBI agent Ann Lee".
_TITLED_NAME = re.compile(
    r"(?!(?:which|who|whom|whose|and|or|but|as|while|when|where|after|before|because|though|although|if|that|"
    r"with|by|in|on|at|for|from|to|of|then|also|even|not)\b)[a-z][\w-]*(?:[^\S\n]+[\w.&’'-]+){0,5}?(?:[^\S\n]+[A-Z][\w.’'-]*){2,3}"
)


def _verb_before(res: _Resolver, lo: int, hi: int) -> tuple[_Who, bool]:
    """The subject of the nearest speech verb in ``[lo, hi)`` that has one, and whether any verb was seen.

    The cue is that verb, or a verb conjoined to it, or a speech participle after it ("…,” noting that “…”");
    after a leading subordinate clause, the name opening the main clause goes with the nearest verb.
    """
    verbs = list(_VERB.finditer(res.text, lo, hi))
    if verbs and (near := _name_before(res, lo, verbs[-1])) is not None:
        return near, True
    for i in range(len(verbs) - 1, -1, -1):
        v = verbs[i]
        who = res.who_before(lo, v.start())
        if not who.speaker and (rel := _RELATIVE_BEFORE.search(res.text, lo, v.start())) and _VERB.search(res.text, *rel.span()):
            who = res.who_before(lo, rel.start())  # "Clinton, who called Sanders, told her supporters, “…”": Clinton told
        if who.speaker:
            cue = v.span()
            for w in verbs[i + 1 :]:  # "X called him divisive and accused him of “…”": the nearest conjoined verb cues it
                if _AND_BEFORE.search(res.text, v.end(), w.start()) and not _DOUBLE_MARK.search(res.text, v.end(), w.start()):
                    cue = w.span()  # (not when the first verb has a quote of its own: "called it “A” and referred to “B”" is one)
            if p := _last_participle(res.text, cue[1], hi):
                cue = p  # "said it was “rigged,” noting that it is “very strange”": the participle cues this one
            return _Who(who.speaker, who.source, cue), True
    for v in reversed(verbs):
        if src := _np_before(res.text, lo, v.start()):
            return _Who(None, src, v.span()), True
        if who := res.who_before(lo, v.start()):
            if who.source:
                return _Who(None, who.source, v.span()), True
    return _NOBODY, bool(verbs)


# A relative clause set off by commas just before a verb, whose subject is the phrase before it; one with a speech
# verb of its own ("who says …") would otherwise take the quote ("who has given money" leaves the source whole).
_RELATIVE_BEFORE = re.compile(r",[^\S\n]+(?:who|whose)\b[^\n.!?;“”\"]*,[^\S\n]*\Z")
# A capitalised name opening the main clause after a leading subordinate one: "After Beck asked him, D’Souza replied, “…”".
_SUBORDINATOR = re.compile(r"(?:After|When|As|While|Before|Once|Since|Though|Although|If|Because)\b")
_CLAUSE_NAME = re.compile(r"(?<=[,;])[^\S\n]*((?:[A-Z][\w’'.-]+[^\S\n]+){0,3}[A-Z][\w’'.-]+)[^\S\n]*\Z")


def _name_before(res: _Resolver, lo: int, v: re.Match) -> _Who | None:
    """The nearest verb's own subject when it is a name nobody knows and it opens that verb's clause.

    An earlier verb's known speaker ("Glenn Beck asked") must not take a quote the nearest verb's subject cues.
    """
    if not _SUBORDINATOR.match(res.text, lo) or res.who_before(lo, v.start()).speaker is not None:
        return None
    m = _TRAIL_FILL.search(res.text, lo, v.start())
    end = m.start() if m else v.start()
    if (n := _CLAUSE_NAME.search(res.text, lo, end)) is None or n.start(1) == lo:
        return None
    return _Who(None, n.span(1), v.span())


# A participle after a comma, the verb's own or a closed quote's: "…,” noting that" (a speech participle cues).
_PARTICIPLE_AFTER = re.compile(r"(?:,|(?<=,[”\"’']))[^\S\n]+([a-z]{3,}ing)\b")
# A verb conjoined to the one before it, sharing its subject: "… and accused", "…, and also told".
_AND_BEFORE = re.compile(rf"{_AND}\Z")


def _last_participle(text: str, lo: int, hi: int) -> Span | None:
    """The last speech participle set off by a comma in ``[lo, hi)``: "…, noting that", "…,” pledging to"."""
    m = _last_match(_PARTICIPLE_AFTER, text, lo, hi)
    return m.span(1) if m is not None and _speech_participle(m.group(1)) else None


def _speaks_next(res: _Resolver, pos: int) -> _Who | None:
    """The subject of the sentence before ``pos`` when it only says who speaks next: "Her husband cut in. “…”".

    Also its last clause: "“A,” Ebeling said, and her husband cut in. “B.”"; not across a paragraph break.
    """
    text = res.text
    end = _back_over_space(text, pos)
    if end == 0 or "\n" in text[end:pos]:
        return None
    lo, _ = res.sentence_of(end - 1)
    before = text[text.rfind("\n", 0, lo) + 1 : lo].rstrip()
    if before[-1:] in _CLOSING or (m := _SPEAKS_NEXT.match(text, lo, end)) is None:
        return None  # (not the attribution of a quote before it: "“…?” Graham asked. “…”")
    subject = (m.start("subj"), m.end("subj"))
    who = res.who_before(subject[0], m.start("verb"))
    if who.speaker is not None and who.source is not None and who.source[0] == subject[0]:
        return _Who(who.speaker, who.source, m.span("verb"))
    src = _np_before(text, subject[0], m.start("verb"))
    return _Who(None, src, m.span("verb")) if src is not None and src[0] == subject[0] else None


# A sentence, or its last clause, that says who speaks next and no more: "Her husband cut in.", "…, and Lee added."
_SPEAKS_NEXT = re.compile(
    rf"(?:.*,{_SP}(?:and|but){_SP}|(?:Then|And|But|So|Finally),?{_SP})?(?P<subj>[^\n,;:!?“”\"]{{1,60}}?){_SP}(?:(?:also|then|later){_SP})?"
    rf"(?P<verb>(?:{_AFTER_VERB.pattern})|cut|chimed|weighed|jumped)(?:{_SP}(?:in|back))?[.!]\Z"
)


def _colon_before(res: _Resolver, pos: int) -> tuple[_Who, bool]:
    """``Zelenskyy said:`` closing the previous paragraph introduces this quote."""
    i = _back_over_space(res.text, pos)
    if i == 0 or res.text[i - 1] != ":":
        return _NOBODY, False
    lo, _ = res.sentence_of(i - 1)
    who, had_verb = _verb_before(res, lo, i - 1)
    if who.source is None and (cued := _cue_colon(res, lo, i - 1)).source is not None:
        return cued, True
    return who, had_verb


def _announced(
    res: _Resolver, quotes: Sequence[_Quote], records: list[Attribution], found: dict[Span, QuoteValue]
) -> list[Attribution]:
    """Quotes nobody said yet that open a sentence right after one announcing them (``Bystrom agreed. “…”``)."""
    taken = sorted(span for r in records for span in r.content)
    out = []
    for q in quotes:
        if _overlaps(taken, q.open, q.close) or res.sentence_of(q.open)[0] != q.open or _titled(res.text, q):
            continue
        who, _ = _statement_before(res, q.open)
        if who.source is None:
            continue
        if _overlaps(taken, res.sentence_of(max(0, who.source[0]))[0], q.open):
            continue  # "Ann Lee said the plan would work. “…”": an attribution of its own, which the quote carries on
        out.append(Attribution(((q.open, q.close),), who.source, who.cue, who.speaker, True))
        if who.speaker is not None and (value := found.get((q.start, q.end))) and value.speaker is None:
            found[(q.start, q.end)] = QuoteValue(who.speaker, value.text, True)
    return out


# A sentence that only announces words, which the quote opening the next sentence gives: "Bystrom agreed."
_STATEMENT = re.compile(rf"(?:{_VERB.pattern}|\b(?:agreed|disagreed|issued|released|put\s+out|went\s+on|elaborated)\b)")
_STATEMENT_TAIL = re.compile(
    r"(?:[^\S\n]+(?!(?:that|how|what|why|whether|if|he|she|they|we|I|it|there)\b)[\w’'-]+){0,8}[.!][^\S\n]*\s*\Z"
)


def _statement_before(res: _Resolver, pos: int) -> tuple[_Who, bool]:
    """``Sam Lau said in a statement.`` or ``Bystrom agreed.`` right before this quote: the sentence announces it."""
    text = res.text
    end = _back_over_space(text, pos)
    if end == 0 or text[end - 1] not in ".!":
        return _NOBODY, False
    lo, _ = res.sentence_of(end - 1)
    if _DOUBLE_MARK.search(text, lo, pos) or text[:lo].rstrip(" \t")[-1:] in _CLOSING or text.count("\n", end, pos) > 2:
        return _NOBODY, False  # not the attribution of a quote before it ("“…?” Trump said Friday.")
    for v in reversed(list(_STATEMENT.finditer(text, lo, end))):
        if not _STATEMENT_TAIL.match(text, v.end(), pos):
            continue
        who = res.who_before(lo, v.start())
        if who.speaker and who.source[0] == lo:
            return _Who(who.speaker, who.source, v.span()), True
        if (src := _np_before(text, lo, v.start())) and src[0] == lo:
            return _Who(None, src, v.span()), True
        return _NOBODY, False
    return _NOBODY, False


_CLOSING = ("”", '"', "’", "'")


_CUE_LEMMAS = frozenset(lemma for lemma, pos, _ in CUES if pos == "VERB")
_LAST_WORD = re.compile(r"(?<![\w’'])([A-Za-z]+)[^\S\n]*\Z")
_LABEL = re.compile(r"(?:^|(?<=\n))[^\S\n]*[A-Z][A-Z.’' -]{1,30}\Z")


def _is_cue_verb(word: str) -> bool:
    w = word.casefold()
    forms = {w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-2] + "y" if w.endswith("ied") else w}
    return any(f in _CUE_LEMMAS for f in forms)


def _cue_colon(res: _Resolver, lo: int, colon: int) -> _Who:
    """``Caddell continued:``, ``The New York Times reports:`` or a transcript's ``WALLACE:`` before a colon."""
    text = res.text
    if (label := _LABEL.search(text, lo, colon)) and sum(c.isalpha() for c in label.group()) >= 2:
        start = _skip_space(text, label.start())
        return _Who(res.who_at(start).speaker, (start, _back_over_space(text, colon)), (colon, colon + 1))
    m = _LAST_WORD.search(text, lo, colon)
    if m is None or not _is_cue_verb(m.group(1)) or m.group(1)[0].isupper():
        return _NOBODY
    cue = m.span(1)
    if a := _AS_END.search(text, lo, cue[0]):
        cue = (a.start(1), cue[1])  # "Transcript as follows:": "as" belongs to the cue
    who = res.who_before(lo, cue[0])
    if who.speaker:
        return _Who(who.speaker, who.source, cue)
    if src := _np_before(text, lo, cue[0]):
        return _Who(None, src, cue)
    return _NOBODY


_AS_END = re.compile(r"(?<![\w’'])(as)[^\S\n]+\Z")


# --- indirect speech ----------------------------------------------------------


def _indirect(
    res: _Resolver, attributions: Sequence[Span], found: dict[Span, QuoteValue]
) -> Iterable[tuple[int, int, _Who, int]]:
    """(start, end, speaker, attribution content start) of every reported clause.

    The speaker is None when the source is no person ("officials said that …");
    the attribution content starts at the complementizer "that" when there is one.
    """
    text = res.text
    quoted = sorted(found)
    for lo, hi in res.sentences:
        end = _clause_end(text, lo, hi)
        inverted = _inverted_report(res, lo, hi)
        if inverted is not None and _words(text, lo, inverted[1]) >= 3:
            yield inverted
        for m in _INDIRECT.finditer(text, lo, hi):
            if _within(quoted, m.start()) or _within(attributions, m.start()):
                continue
            if inverted is not None and inverted[2].cue is not None and m.start() == inverted[2].cue[0]:
                continue  # "…, said John Smith": the name is its source, not what it said
            that = _THAT_END.search(text, m.start(), m.end())
            if not that and _ADVERBIAL_START.match(text, m.end()) and not _PREP_THEN_THAT.match(text, m.end()):
                continue  # "said after the hearing.": when it was said, not what ("said that in the past week …" is)
            who = res.who_before(lo, m.start())
            cue = _first_word(text, m.start())
            if not who.speaker:
                src = _np_before(text, lo, m.start())
                who = _Who(None, src or who.source)
            clause_end = _clause_stop(res, m.end(), end)
            clause_end = _before_next_report(text, m.end(), clause_end)
            if according := _ACCORDING_TAIL.search(text, m.end(), clause_end):
                clause_end = according.start()  # "…, according to the survey": a second source, not the clause
            if (who.speaker or who.source) and _words(text, m.end(), clause_end) >= 3:
                yield m.end(), clause_end, _Who(who.speaker, who.source, cue), that.start() if that else m.end()
        if text[lo] not in "“\"‘'" and (m := _REVERSE.search(text, lo, hi)):
            who = res.who_before(m.start("subj"), m.end("subj") + 1)
            comma = m.start()
            if not who.speaker:
                who = _Who(None, who.source or _np_before(text, m.start("subj"), m.end("subj") + 1))
            if (who.speaker or who.source) and text[comma - 1] not in "”\"’'" and _words(text, lo, comma) >= 3:
                start = _after_label(text, lo, comma)
                yield start, comma, _Who(who.speaker, who.source, _first_word(text, m.end("subj") + 1)), start
        for start, stop, who in _according(res, lo, hi, end):
            yield start, stop, who, start
        if (m := _IN_POLL.match(text, lo, end)) and _words(text, m.end(), end) >= 3 and not _DOUBLE_MARK.search(text, lo, hi):
            yield m.end(), end, _Who(None, m.span("poll"), (lo, lo + 2)), m.end()
        for m in _PARTICIPLE.finditer(text, lo, hi):
            speaker = _last_speaker(res, quoted, found, m.start())
            if speaker and _words(text, m.end(), end) >= 3:
                that = _THAT_END.search(text, m.start(), m.end())
                stop = _before_next_report(text, m.end(), end)
                source = res.mention_before(speaker, lo, m.start())
                yield m.end(), stop, _Who(speaker, source, _first_word(text, m.start() + 1)), that.start() if that else m.end()


def _inverted_report(res: _Resolver, lo: int, hi: int) -> tuple[int, int, _Who, int] | None:
    """(start, end, speaker, content start) of a sentence ending ``…, said John Smith, an economist.``, else None."""
    text = res.text
    m = _INVERTED_REPORT.search(text, lo, hi)
    if m is None or text[lo] in "“\"‘'" or text[m.start() - 1] in "”\"’'":
        return None  # a quote before the comma is the quote rules' business
    who = res.who_at(m.start("subj"))
    source = _np_after(text, m.start("subj"), m.end("subj"))
    if who.source is None or source is None or _WORD_CHAR.search(text, source[1], m.end()):
        return None  # the subject, a mention, must end the sentence
    if not _SUBJECT_END.match(text, who.source[1], source[1]):
        return None  # "…, said she liked it", "…, said the office was needed": a reported clause follows the verb
    start = _after_label(text, lo, m.start())
    return start, m.start(), _Who(who.speaker, source, m.span("verb")), start


# What opens an adverbial after "said", not a reported clause: "said after Lee failed to appear".
_ADVERBIAL_START = re.compile(r"(?:after|before|during|while|when|since|at|on|in|via|through|of)\b")
_LONE_CONNECTIVE = re.compile(
    r"(?:In particular|Still|In addition|And|But|However|Meanwhile|Instead|Indeed|In fact|Moreover|Also|So|Yet|"
    r"Nevertheless|Nonetheless|Even so|Of course|Similarly|Likewise|Otherwise|Besides|Then|Thus|Therefore)"
)
_LOWER_QUOTE = re.compile(r"(?:[“\"]|'')[^\S\n]*[a-z]")
_APPENDED = re.compile(r"(?:an?|but|although|though|while|whereas|including|so|[a-z]+ing)\b")


def _parenthetical(
    res: _Resolver, attributions: Sequence[Span], found: dict[Span, QuoteValue]
) -> Iterable[tuple[tuple[Span, ...], _Who]]:
    """(content fragments, source) of each clause its cue interrupts: "Mrs. Clinton, these people said, would be open …".

    What follows the cue may instead describe its source or add a clause of its
    own ("…, according to Crowdpac, a crowdfunding website", "…, according to a
    CNN tally, but his path is narrowing"): the content is then what precedes it.
    """
    text = res.text
    quoted = sorted(found)
    for lo, hi in res.sentences:
        if text[lo] in "“\"‘'":
            continue
        end = _clause_end(text, lo, hi)
        for m in _PARENTHETICAL.finditer(text, lo, end):
            comma, rest = m.start(), m.end()
            if _within(quoted, comma) or _within(attributions, comma) or text[comma - 1] in "”\"’'":
                continue  # a direct quote split by its attribution: the quote rules' business
            if _DOUBLE_MARK.match(text, rest) and (_DOUBLE_MARK.search(text, lo, comma) or not _LOWER_QUOTE.match(text, rest)):
                continue  # unless the quote finishes the reporter's words: "The reality is, he added, ''there are no …''"
            if _words(text, lo, comma) < 1 or _words(text, rest, end) < 2:
                continue
            if m.group("according"):
                who, cue = res.who_at(m.start("by")), m.span("according")
                if who.source is None:
                    who = _Who(None, m.span("by"))
            else:
                who, cue = res.who_before(m.start("subj"), m.end("subj") + 1), _first_word(text, m.start("verb"))
                if not who.speaker:
                    subj = m.span("subj")
                    short = subj if _words(text, *subj) <= 6 else None  # "police", "F.A.A. records"
                    who = _Who(None, who.source or _np_before(text, subj[0], subj[1] + 1) or short)
            if not (who.speaker or who.source):
                break
            fragments: tuple[Span, ...] = ((lo, comma), (rest, end))
            if _APPENDED.match(text, rest):
                fragments = ((lo, comma),)
            elif _LONE_CONNECTIVE.fullmatch(text, lo, comma):
                fragments = ((rest, end),)  # "In particular, he said, the foundation had …"
            yield fragments, _Who(who.speaker, who.source, cue)
            break


_THAT_END = re.compile(r"\bthat\s*\Z")


def _before_next_report(text: str, start: int, end: int) -> int:
    """Where a reported clause ends if another report follows it: "… said A, and nearly three in five said B".

    Also a speech participle set off by a comma: "said A, explaining, “B”".
    """
    if (again := _INDIRECT.search(text, start, end)) and (joins := [j.start() for j in _JOIN.finditer(text, start, again.start())]):
        return joins[-1]
    for m in _PARTICIPLE_AFTER.finditer(text, start, end):
        if _speech_participle(m.group(1)):
            return m.start()
    return end


_JOIN = re.compile(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]+but[^\S\n]+|;[^\S\n]*")
_LABEL_COLON = re.compile(r":[^\S\n]+(?=\S)")


def _after_label(text: str, lo: int, hi: int) -> int:
    """Where a clause reported after it starts: past a colon that introduces it ("… on the state level: So far …")."""
    colons = [m.end() for m in _LABEL_COLON.finditer(text, lo, hi) if not _DOUBLE_MARK.search(text, lo, m.start())]
    return colons[-1] if colons and _words(text, colons[-1], hi) >= 3 else lo


_ACCORDING_TAIL = re.compile(rf",{_SP}according{_SP}to\b")


def _according(res: _Resolver, lo: int, hi: int, end: int) -> Iterable[tuple[int, int, _Who]]:
    """``…, according to X.`` and ``According to X, …``."""
    text = res.text
    for m in _ACCORDING.finditer(text, lo, hi):
        if m.start() != lo and text[m.start() - 1] != ",":
            continue  # "^" would only match at the text's start: a sentence's start is ``lo``
        who = res.who_at(m.end())
        colon = text.find(":", m.end(), hi) if m.start() == lo else -1
        if colon > 0 and not 0 <= text.find(",", m.end(), colon) < colon:  # "According to HuffPo: “…”"
            if who.source is None or who.source[1] > colon:
                who = _Who(None, (m.end(), _back_over_space(text, colon)))
        if who.source is None:
            comma = text.find(",", m.end(), hi)
            stop = comma if comma > 0 and m.start() == lo else _clause_end(text, lo, hi)
            if stop > m.end() and len(text[m.end() : stop].split()) <= _MAX_SOURCE_WORDS:
                who = _Who(None, (m.end(), stop))
            else:
                continue
        cue = _Who(who.speaker, who.source, (_skip_space(text, m.start()), _back_over_space(text, m.end())))
        if m.start() == lo:
            after = ":" if 0 < colon == _skip_space(text, who.source[1]) else ","  # type: ignore[index]
            comma = text.find(after, who.source[1], hi)  # type: ignore[index]
            if comma > 0 and _words(text, comma + 1, end) >= 3:
                yield _skip_space(text, comma + 1), end, cue
        elif _words(text, lo, m.start()) >= 3:
            yield _after_label(text, lo, m.start()), m.start() - 1 if text[m.start() - 1] == "," else m.start(), cue


# The longest "according to" source after an attribution: "excerpts of his speech released by the White House".
_ACCORDING_WORDS = 12
# What ends such a source before its sentence does: a comma and a preposition or participle (an apposition stays).
_ACCORDING_STOP = re.compile(r",[^\S\n]+(?:during|in|on|at|after|before|while|when|as|with|from|for|[a-z]+ing)\b")


def _according_after(res: _Resolver, pos: int) -> tuple[Span | None, Span | None]:
    """(source, cue) of ``, according to X.`` ending an attribution's sentence: X reported the words.

    "“…,” O’Malley said, according to the Las Vegas Sun." -> "the Las Vegas Sun".
    """
    text = res.text
    _, hi = res.sentence_of(pos)
    m = _ACCORDING_TAIL.search(text, pos, hi)
    if m is None or _DOUBLE_MARK.search(text, pos, m.start()):
        return None, None
    source = _according_source(text, m.end(), hi)
    return (source, (_skip_space(text, m.start() + 1), m.end())) if source else (None, None)


def _according_source(text: str, pos: int, hi: int) -> Span | None:
    """X of "according to X" from ``pos`` to its clause's end, before ``hi``; None when it is no short phrase."""
    start, end = _skip_space(text, pos), _clause_end(text, pos, hi)
    if stop := _ACCORDING_STOP.search(text, start, end):
        end = stop.start()  # "…, according to Reuters, during an answer …": an adverbial, not the source
    while end > start and text[end - 1] in "”\"’' ":
        end -= 1
    if not 0 < _words(text, start, end) <= _ACCORDING_WORDS or _DOUBLE_MARK.search(text, start, end):
        return None
    return start, end


# The last comma-set phrase of a reported clause, which an "according to" right after it sources on its own:
# "…, which stood at 263 entering Tuesday's primary, according to the Associated Press".
_LAST_ASIDE = re.compile(rf",{_SP}(?:which|who|whose|where|with|including)\b[^,;]*\Z")
# A report clause ending the sentence of somebody's words: "…, chanted, “Build a wall,” …, the Chicago Tribune reports."
_OUTLET = rf"(?P<by>(?:[Tt]he{_SP})?[A-Z][\w.’'&-]*(?:{_SP}[A-Z][\w.’'&-]*){{0,4}})"
_REPORTS = r"(?P<verb>reported|reports|wrote|writes)"
_REPORTED_TAIL = re.compile(rf",{_SP}{_OUTLET}{_SP}{_REPORTS}\b[\s.”\"’']*\Z")
_REPORTED_TAIL_INVERTED = re.compile(rf",{_SP}{_REPORTS}{_SP}{_OUTLET}[\s.”\"’']*\Z")  # "…, reports USA Today."

# Who answer a poll: "31% of Republicans", "just 8 percent of Democrats", "most voters", "they".
_RESPONDENTS = re.compile(
    rf"(?i)(?:(?:just|only|about|nearly|almost|roughly|some|more{_SP}than|fewer{_SP}than){_SP})?"
    r"(?:\d|(?:they|most|many|half|a\s+majority|voters|respondents)\b)"
)

# A poll that is a clause's subject, what its respondents say nested under it: "The poll has bad news for Bush — 25 percent …".
_POLL_SUBJECT = re.compile(
    rf"(?P<poll>(?:(?<=\s)|^)(?!{_SUBORDINATOR.pattern})(?:[Tt]he|[Aa]n?|[A-Z][\w.’'/-]*)\b[^,;:.!?“”\"\n]{{0,80}}?"
    rf"\b(?:polls?|surveys?))(?:{_SP}(?:also|now|still))?{_SP}"
    rf"(?P<verb>shows?|showed|finds?|found|has|had|(?:are|is){_SP}showing|suggests?|suggested)\b",
    re.MULTILINE,
)
# A preposition right before a phrase: "in the earlier poll" is no subject.
_PREP_BEFORE = re.compile(r"\b(?:in|of|from|by|at|on|with|for|to)\s+\Z")


def _reported_by(res: _Resolver, marks: Sequence[Span], a: Attribution) -> Attribution:
    """``a`` sourced to whoever its sentence says reported it, outside its words and every quote.

    "According to White House pool reports, Obama said “there is love” …", "Trump wrote …, threatening “a major
    lawsuit,” according to a copy of the letter", "Trump said: “…,” the Times reported.", "In a CNN/ORC poll,
    31% of Republicans said …", "The Q poll also finds that, while 37 percent of Americans say …": PolNeAR gives
    the words to the outer source, as :func:`_according_after` does; the speaker stays the person who said them.
    """
    if a.cue is None or res.text[a.cue[0] : a.cue[1]].lower().startswith("according"):
        return a
    lo, hi = res.sentence_of(a.content[0][0])
    for outer in (_according_around, _poll_around, _reported_tail):
        if (b := outer(res.text, marks, a, lo, hi)) is not None:
            return b
    return a


def _according_around(text: str, marks: Sequence[Span], a: Attribution, lo: int, hi: int) -> Attribution | None:
    """``a`` sourced to "According to X, …" opening its sentence or "…, according to X" after its words."""
    first, last = a.content[0][0], a.content[-1][1]
    for m in _ACCORDING.finditer(text, lo, hi):
        at = _skip_space(text, m.start())
        if any(s <= at < e for s, e in a.content) or _widen(marks, at, m.end()) != (at, m.end()):
            continue  # "said that according to its analysis, …", "“…, according to the police,”": inside the words
        if text.count("(", lo, at) > text.count(")", lo, at):
            continue  # "(the actual number is closer to 15 percent, according to Factcheck.org)"
        if at == _skip_space(text, lo) and first > at:  # "According to X, Y said …"
            stop = min((i for i in (text.find(",", m.end(), first), text.find(":", m.end(), first)) if i > 0), default=-1)
            if stop < 0 or not 0 < _words(text, m.end(), stop) <= _ACCORDING_WORDS or _DOUBLE_MARK.search(text, m.end(), stop):
                continue
            if a.source is not None and at < a.source[0] < stop:
                continue  # already the source, or part of it
            return Attribution(a.content, (m.end(), stop), (at, _back_over_space(text, m.end())), a.speaker, a.direct)
        if at > last and not _DOUBLE_MARK.search(text, last, at) and not _LAST_ASIDE.search(text, first, last):
            if source := _according_source(text, m.end(), hi):
                return Attribution(a.content, source, (at, _back_over_space(text, m.end())), a.speaker, a.direct)
    return None


def _poll_around(text: str, marks: Sequence[Span], a: Attribution, lo: int, hi: int) -> Attribution | None:
    """``a`` sourced to the poll its respondents answered: "In a CNN/ORC poll, 31% …", "The Q poll finds that 37 percent …"."""
    if a.source is None or not _RESPONDENTS.match(text, a.source[0]):
        return None
    if (m := _IN_POLL.match(text, _skip_space(text, lo))) and a.source[0] >= m.end():
        return Attribution(a.content, m.span("poll"), (m.start(), m.start() + 2), a.speaker, a.direct)
    polls = [p for p in _POLL_SUBJECT.finditer(text, lo, a.source[0]) if not _PREP_BEFORE.search(text, lo, p.start())]
    if not polls:
        return None
    return Attribution(a.content, polls[-1].span("poll"), polls[-1].span("verb"), a.speaker, a.direct)


def _reported_tail(text: str, marks: Sequence[Span], a: Attribution, lo: int, hi: int) -> Attribution | None:
    """``a`` sourced to "…, the Chicago Tribune reports." or "…, reports USA Today." ending its sentence."""
    end = _back_over_space(text, hi)
    after = max(a.cue[1], a.source[1] if a.source else 0, a.content[0][0])  # type: ignore[index]
    m = _REPORTED_TAIL.search(text, after, end) or _REPORTED_TAIL_INVERTED.search(text, after, end)
    if m is None:
        return None
    said = max((e for s, e in a.content if s < hi), default=a.content[-1][1])  # the words in this sentence
    if _DOUBLE_MARK.search(text, *sorted((said, m.start()))):
        return None  # a quote between, or the tail inside one
    word = text[m.start("by") : m.end("by")].rsplit(None, 1)[-1]
    full_stop = word.endswith(".") and word.count(".") == 1 and len(word) > 2  # "USA Today." but "U.S."
    by = (m.start("by"), m.end("by") - full_stop)
    cut = _back_over_space(text, m.start())
    content = tuple((s, e if s >= end else min(e, cut)) for s, e in a.content if s < cut or s >= end)
    return Attribution(content, by, m.span("verb"), a.speaker, a.direct)


def _first_word(text: str, pos: int) -> Span:
    pos = _skip_space(text, pos)
    m = re.compile(r"\w+").match(text, pos)
    return m.span() if m else (pos, pos)


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


def _back_over_space(text: str, pos: int, lo: int = 0) -> int:
    """``len(text[lo:pos].rstrip()) + lo`` without copying the text before ``pos``: where the words before it end."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


def _words(text: str, lo: int, hi: int) -> int:
    return len(text[lo:hi].split())


# --- attributions a dependency parse shows --------------------------------------

# Constructions whose clause, object or complement is what was attributed; the
# (lemma, part of speech, construction) triples that cue one are in data/cues.py.
_CLAUSAL = frozenset({"ccomp", "parataxis"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_THAT_START = re.compile(r"that\s+")


def _parsed(doc: Doc) -> Iterable[tuple[Span, Span, Span, bool]]:
    """(content, source, cue, whether the content is a clause) of each attribution the parse shows.

    The cue is a word whose lemma, part of speech and construction are in
    ``CUES``; the content is its clause (ccomp), object plus complement ("told
    his advisers to …"), complement, object or prepositional object, or the
    rest of the sentence it interrupts ("Russia, he said, …"); the source is
    its subject's whole subtree, appositions and all, or the subject of the
    verb it complements ("wants to …").
    """
    text = nlp.text(doc)
    for t, key, content in constructions(doc):
        if key in CUES and (source := _subject(text, t)):
            yield _trim(text, content), source, (t.idx, t.idx + len(t)), key[2] in _CLAUSAL


_PUNCT_AFTER = re.compile(r"[^\S\n]*[,;:—–(-]")
_SUBORDINATE = frozenset({"relcl", "advcl", "acl", "conj", "ccomp", "xcomp", "pcomp"})


def _within_clause(doc: Doc, a: Attribution) -> Attribution:
    """``a`` with its reported clause cut where the clause of its cue ends, when that cue is a subordinate verb.

    "Of those who said [they cared most about honesty], most backed Sanders": the rules ran to the sentence's end.
    """
    if a.direct or a.cue is None or len(a.content) != 1:
        return a
    span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in _SUBORDINATE:
        return a
    start, end = a.content[0]
    text = nlp.text(doc)
    clipped = _clip(text, span.root, (start, _subtree(span.root)[1]))
    if clipped is None or clipped[1] >= end or clipped[1] <= start:
        return a
    if not _PUNCT_AFTER.match(text, clipped[1]):
        return a  # no comma or dash where the parse ends the clause: trust the words, not a misparse ("… at the table is not feasible")
    return Attribution(((start, clipped[1]),), a.source, a.cue, a.speaker, a.direct)


def _before_according(doc: Doc, a: Attribution) -> Attribution:
    """``a`` without what follows "…, according to X," when its clause is over before it.

    "Clinton broke it, according to Andrew McCarthy, [who prosecuted …]": the sentence's verb came before the cue,
    so the rest describes the source or adds a clause or an apposition of its own (PolNeAR leaves both out);
    "His criticism, according to X, [was …]" keeps it.
    """
    if a.direct or a.cue is None or len(a.content) != 2 or not nlp.text(doc)[a.cue[0] : a.cue[1]].lower().startswith("according"):
        return a
    (start, end), (rest, _) = a.content
    if not end <= a.cue[0] < rest or (first := doc.char_span(start, end, alignment_mode="expand")) is None or not len(first):
        return a
    root = first[0].sent.root
    if not start <= root.idx < end:
        return a
    return Attribution(((start, end),), a.source, a.cue, a.speaker, a.direct)


_RELATIVE = frozenset({"which", "who", "whom", "what", "that"})


def _relative(doc: Doc, a: Attribution) -> Attribution:
    """``a`` with the relative pronoun that opens its source's clause as the content's first fragment.

    "a vote, [which] she has said [was a mistake]": the pronoun is the reported clause's subject.
    """
    if a.source is None or a.cue is None or len(a.content) != 1 or not a.source[1] <= a.cue[0] < a.content[0][0]:
        return a
    span = doc.char_span(a.source[0], a.source[1], alignment_mode="expand")
    if span is None or span.start == 0:
        return a
    t = doc[span.start - 1]
    if t.lower_ not in _RELATIVE or t.tag_ not in ("WDT", "WP", "WP$"):
        return a
    first = doc.char_span(a.content[0][0], a.content[0][1], alignment_mode="expand")
    if first is None or not len(first) or first[0].pos_ not in ("VERB", "AUX"):
        return a  # the pronoun is the reported clause's subject only when the clause opens on its verb
    return Attribution(((t.idx, t.idx + len(t)), *a.content), a.source, a.cue, a.speaker, a.direct)


# Verbs that raise their clause's subject: "Trump [seemed] to …" and, passive, "the House [is expected] to …".
# PolNeAR gives these no source; the content is the subject and the complement, two fragments.
_RAISING = frozenset({"seem", "appear"})
_RAISING_PASSIVE = frozenset(
    {"expect", "see", "know", "say", "consider", "believe", "think", "report", "project", "predict", "view", "regard",
     "rumor", "deem", "estimate", "perceive", "understand", "describe"}
)
_COMPLEMENT = frozenset({"xcomp", "acomp", "attr", "oprd", "ccomp"})


def _raised(doc: Doc) -> Iterable[tuple[tuple[Span, ...], Span]]:
    """((subject, complement), cue) of each "X seems to …" or "X is expected to …" without an agent."""
    text = nlp.text(doc)
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        lemma = t.lemma_.lower()
        kids = list(t.children)
        deps = {c.dep_ for c in kids}
        if lemma in _RAISING and "nsubj" in deps:
            subject = next(c for c in kids if c.dep_ == "nsubj")
        elif lemma in _RAISING_PASSIVE and "nsubjpass" in deps and "agent" not in deps:
            subject = next(c for c in kids if c.dep_ == "nsubjpass")
        else:
            continue
        comps = [c for c in kids if c.i > t.i and (c.dep_ in _COMPLEMENT or (c.dep_ == "prep" and c.lower_ in ("as", "like")))]
        if not comps:
            continue
        subj = _clip(text, t, _subtree(subject))
        comp = _clip(text, t, (comps[0].left_edge.idx, max(_subtree(c)[1] for c in comps)))
        if not (subj and comp and subj[1] <= t.idx < comp[0]):
            continue
        if subject.lower_ == "it":  # "it seems that …", "it seems unlikely …": the complement alone
            yield (_trim(text, comp),), (t.idx, t.idx + len(t))
        else:
            yield (subj, _trim(text, comp)), (t.idx, t.idx + len(t))


# Verbs that report in an "as X noted" aside, which leaves its clause out and reports the sentence around it.
# (Not any verb that takes a clause: "As the talks continued, …" and "As expected, …" report nothing.)
_AS_REPORTS = frozenset(
    "say add note write state insist argue warn explain contend acknowledge suggest predict maintain concede recall "
    "claim assert caution conclude report reveal point mention allege joke speculate hint remark observe "
    "tweet post confirm disclose indicate".split()
)
_OBJECT = frozenset({"ccomp", "dobj", "xcomp"})


def _as_reported(doc: Doc) -> Iterable[tuple[tuple[Span, ...], Span, Span]]:
    """(content fragments, source, cue) of each "As X noted, CLAUSE" or "CLAUSE, as X pointed out".

    The "as" clause's cue takes a clause but has none of its own: what it reports is the clause it modifies,
    without the "as" clause (and an opening "But"), in one or two fragments. Not before a quote mark:
    a quotation it opens is the quote rules' business.
    """
    text = nlp.text(doc)
    for t in doc:
        if t.dep_ != "advcl" or t.lemma_.lower() not in _AS_REPORTS or t.left_edge.lower_ != "as":
            continue
        kids = list(t.children)
        subject = next((c for c in kids if c.dep_ in _SUBJECT), None)
        if subject is None or any(c.dep_ in _OBJECT for c in kids) or t.left_edge.dep_ != "mark":
            continue
        if t.head.pos_ not in ("VERB", "AUX"):
            continue  # a comparison: "not as much money as he has promised"
        (lo, hi), (s, e) = _subtree(t.head), _subtree(t)
        if not (_COMMA_BEFORE.search(text, max(0, s - 8), s) or _PUNCT_AFTER.match(text, e) or _PUNCT_END.search(text, s, e)):
            continue  # set off by no comma: "a tax, as Sanders proposes." is a manner, not a report
        before, after = _clip(text, t.head, (lo, s)), _clip(text, t.head, (e, hi))
        if before and _CONJ_ONLY.fullmatch(text, *before):
            before = None
        fragments = tuple(f for f in (before, after) if f)
        if not fragments or any(_DOUBLE_MARK.match(text, f[0]) for f in fragments):
            continue
        if (source := _source_phrase(text, t, subject)) is not None:
            yield fragments, source, (t.idx, t.idx + len(t))


_CONJ_ONLY = re.compile(r"(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Oo]r)[\s,]*")
_COMMA_BEFORE = re.compile(r"[,;:—–(-][^\S\n]*\Z")
_PUNCT_END = re.compile(r"[,;:—–)][^\S\n]*\Z")  # the aside's own comma, which the parse hangs on its verb


# Nouns that can name what somebody says or thinks: the cue table's nouns ("statement", "idea", "concern") and
# speech nouns that share a form with a cue verb ("claim", "promise"); not "point", "sign" or "order", whose
# "that" clause reports nothing ("to the point that he could no longer walk").
_CUE_WORDS = frozenset(lemma for lemma, pos, _ in CUES if pos == "NOUN") | frozenset(
    "claim promise pledge vow warning assertion allegation argument belief suggestion insistence assurance prediction "
    "notion charge".split()
)


def _noun_clauses(doc: Doc) -> Iterable[tuple[Span, Span | None, Span]]:
    """(content, source, cue) of each "that" clause a cue noun governs: "Trump's [claim] that he never met Putin".

    The source is the noun's possessor without its "'s", if any ("the claim that …" has none).
    """
    text = nlp.text(doc)
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _CUE_WORDS:
            continue
        clause = next((c for c in t.children if c.dep_ == "acl" and c.i > t.i and _opens_with(c, ("that",))), None)
        if clause is None or (content := _clip(text, t, _subtree(clause))) is None:
            continue
        yield _trim(text, content), _noun_owner(text, t), (t.idx, t.idx + len(t))


def _noun_owner(text: str, t: Token) -> Span | None:
    """Who holds what cue noun ``t`` names: its possessor without "'s", "by"/"from" X, or the subject of the verb
    it is the object of ("Cruz repeated [the claim] that …" -> "Cruz"); None for "the idea that …".
    """
    if owner := next((c for c in t.children if c.dep_ == "poss"), None):
        end = min((c.idx for c in owner.children if c.dep_ == "case" and c.i > owner.i), default=_subtree(owner)[1])
        return _clip(text, t, (_subtree(owner)[0], end))
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and (objs := [g for g in c.children if g.dep_ == "pobj"]):
            return _clip(text, t, _subtree(objs[0]))
    if t.dep_ == "dobj" and (subject := _subject_of(t.head)) is not None:
        return _source_phrase(text, t.head, subject)
    return None


def _opens_with(clause: Token, words: tuple[str, ...]) -> bool:
    """Whether ``clause`` is opened by one of ``words`` as its complementizer: "[that] he …", "[whether] she …".

    Not a relative clause ("the claim [that] he made") nor an infinitive.
    """
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def _asked(doc: Doc) -> Iterable[tuple[Span, Span]]:
    """(content, cue) of each question a participle reports: "(When) asked [whether he would run], Cruz said no".

    PolNeAR gives such a question no source (whoever asked it goes unnamed): the content is what was asked
    ("asked about [the merger]", "asked [if …]", "asked [what …]"), the cue "asked" and any "about".
    """
    text = nlp.text(doc)
    for t in doc:
        if t.lower_ != "asked" or t.tag_ != "VBN" or t.dep_ != "advcl":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in t.children):
            continue  # "she was asked …", "he has asked …": a finite verb with its own subject, the parse's business
        for c in t.children:
            if c.i < t.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "about" and (objs := [g for g in c.children if g.dep_ == "pobj"]):
                span, cue = _subtree(objs[0]), (t.idx, c.idx + len(c))
            elif c.dep_ in _OBJECT or (c.dep_ == "advcl" and _opens_with(c, ("if", "whether"))):
                span, cue = _subtree(c), (t.idx, t.idx + len(t))
            else:
                continue
            if content := _clip(text, t, span):
                yield content, cue
            break


# A clause the parse hung a preposition on: "[at a campaign stop in Ohio,] that it means …".
# "that" before a subject opens a clause; before a verb it is a relative pronoun ("the land that had been").
_PREP_THEN_THAT = re.compile(
    r"(?:at|in|on|during|via|through|from|before|after)\b[^“”\"]{0,80}?(?<![\w’'])"
    r"(?=that\s+(?:[A-Z]|(?:he|she|it|they|we|you|there|the|a|an|his|her|its|their|this|these|those)\b))"
)


def _trim(text: str, span: Span) -> Span:
    """A parsed content without a leading prepositional phrase or a trailing ", according to …"."""
    start, end = span
    if m := _PREP_THEN_THAT.match(text, start, end):
        start = m.end()
    if m := _ACCORDING_TAIL.search(text, start, end):
        end = m.start()
    return start, end


def constructions(doc: Doc) -> Iterable[tuple[Token, tuple[str, str, str], Span]]:
    """(word, (lemma, part of speech, construction), content) of every word that could cue an attribution.

    Only the first construction of a word that yields any words counts; ``CUES``
    keeps the keys that cued a PolNeAR train attribution often enough.
    """
    for t in doc:
        if (found := _construction(t)) is not None:
            yield t, *found


def _construction(t: Token) -> tuple[tuple[str, str, str], Span] | None:
    """``t``'s first construction that yields any words, as for :func:`constructions`."""
    if t.pos_ not in ("VERB", "NOUN", "AUX"):
        return None
    for dep, content in _contents(t):
        if (clipped := _clip(nlp.text(t.doc), t, content)) is not None:
            return (t.lemma_.lower(), t.pos_, dep), clipped
    return None


def _contents(t: Token) -> Iterable[tuple[str, Span]]:
    """(construction, span) candidates for what cue ``t`` attributes, most clause-like first."""
    kids = {c.dep_: c for c in t.children}
    if "ccomp" in kids:
        yield "ccomp", _subtree(kids["ccomp"])
    if "dobj" in kids and "xcomp" in kids:
        a, b = _subtree(kids["dobj"]), _subtree(kids["xcomp"])
        yield "dobj+xcomp", (min(a[0], b[0]), max(a[1], b[1]))
    elif "xcomp" in kids:
        yield "xcomp", _subtree(kids["xcomp"])
    elif "dobj" in kids and kids["dobj"].i > t.i:  # a fronted object ("A: We will see") is no report
        yield "dobj", _with_complement(t, _subtree(kids["dobj"]))
    for c in t.children:
        if c.dep_ == "prep" and c.i > t.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                yield "prep:" + c.lower_, _subtree(objs[0])
    if t.dep_ == "parataxis":
        (a, b), (s, e) = _subtree(t.head), _subtree(t)
        yield "parataxis", ((a, s) if s > a else (e, b))


# Verbs whose object is only the start of what they report: "a poll shows [Clinton with an 8-point lead …]",
# "accused [Trump of …]" — the content runs over everything after the verb (those whose exact matches on PolNeAR
# train rose by two or more that way).
_WHOLE_PREDICATE = frozenset(
    {"accuse", "show", "see", "describe", "recall", "cite", "call", "include", "compare", "put", "want", "attribute",
     "say", "blame", "challenge", "credit", "think", "hit", "list", "propose", "portray", "pledge", "cover", "mention",
     "name", "enjoy", "contrast", "highlight", "promise", "distinguish", "charge", "experience", "reiterate", "liken",
     "foresee"}
)


def _with_complement(t: Token, span: Span) -> Span:
    """An object's span with what ``t`` says of it after it: "praised [Fields for pursuing charges]", "cited [X as …]"."""
    end = span[1]
    whole = t.lemma_.lower() in _WHOLE_PREDICATE
    for c in t.children:
        if c.idx >= end and (
            c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in ("as", "for")) or (whole and c.i > t.i and c.dep_ not in ("punct", "cc", "conj"))
        ):
            end = max(end, _subtree(c)[1])
    return span[0], end


def _subject(text: str, t: Token) -> Span | None:
    """The subject phrase of cue ``t``, or of the verb it complements or is conjoined to."""
    for c in t.children:
        if c.dep_ in _SUBJECT:
            return _source_phrase(text, t, c)
    if t.dep_ in ("xcomp", "conj", "advcl") and t.head.i != t.i:
        for c in t.head.children:
            if c.dep_ == "nsubj":
                return _source_phrase(text, t, c)
    return None


def _what_it_calls(res: _Resolver, doc: Doc, a: Attribution) -> Attribution:
    """``a`` cued by the outermost verb around its "what he called “…”" clause, said by that verb's subject.

    "Ban Ki-moon condemned what he called a “brazen breach”", "Trump took to Twitter … to encourage Americans
    to check out what he called Machado’s “sex tape”", "Clinton says she appreciated … what she calls …":
    PolNeAR marks the outer report (on train and dev it never gives such words to the pronoun). Not past a
    relative clause ("Cambridge Analytica, which specializes in building what it calls …": the pronoun stays).
    """
    if a.source is None or (m := _WHAT_CALLED.match(res.text, max(0, a.source[0] - 5), a.source[1] + 12)) is None:
        return a
    if m.span("who") != a.source or a.content[0][0] > _skip_space(res.text, m.end()) or (span := doc.char_span(*m.span("verb"))) is None:
        return a
    outer = None
    for t in span.root.ancestors:
        subject = next((c for c in t.children if c.dep_ in _SUBJECT and c.idx < m.start()), None)
        if t.pos_ in ("VERB", "AUX") and subject is not None:
            if subject.lower_ in _RELATIVE_WORDS:
                break
            outer = (t, subject)
        if t.dep_ in ("relcl", "acl"):
            break
    if outer is None or (source := _source_phrase(res.text, *outer)) is None or source[1] > m.start():
        return a
    content = ((min(m.start(), a.content[0][0]), a.content[0][1]), *a.content[1:])  # "what it calls" opens it
    verb = outer[0]
    return Attribution(content, source, (verb.idx, verb.idx + len(verb)), a.speaker, a.direct)


# A characterization in the words of the one who reports it: "what he called", "what it calls".
_WHAT_CALLED = re.compile(r"[Ww]hat[^\S\n]+(?P<who>he|she|it|they)[^\S\n]+(?P<verb>call(?:s|ed)?|describe[sd]?|term(?:s|ed))\b")


def _respeak(res: _Resolver, old: Attribution, new: Attribution, found: dict[Span, QuoteValue]) -> Attribution:
    """``new`` with the speaker of its source when the parse moved the source off the rules' mention.

    "Cruz took a shot at Trump, saying “…”": the words are Cruz's, not Trump's; a relative pronoun
    ("Trump, who said …") keeps the speaker it stands for. The quotes in ``found`` follow.
    """
    if new.source is None or old.source is None or _overlaps([old.source], *new.source):
        return new
    if res.text[new.source[0] : new.source[1]].lower() in _RELATIVE_WORDS:
        return new
    speaker = res.speaker_of(new.source)
    if speaker is None or speaker == new.speaker:
        return new  # a known speaker is never traded for nobody on the parse's word alone
    _hand_over(found, new.content, new.speaker, speaker)
    return Attribution(new.content, new.source, new.cue, speaker, new.direct)


def _hand_over(found: dict[Span, QuoteValue], content: Sequence[Span], old: str | None, new: str | None) -> None:
    """Give the quotes in ``found`` that lie inside ``content`` and were ``old``'s to ``new``."""
    if old == new:
        return
    for span, value in found.items():
        if value.speaker == old and any(s <= span[0] and span[1] <= e for s, e in content):
            found[span] = QuoteValue(new, value.text, value.direct)


# Verbs that report a clause; a quote's cue inside such a clause is the reported speaker's, not the reporter's.
_OUTER_SAY = frozenset(
    {"say", "tell", "add", "write", "note", "claim", "insist", "argue", "admit", "acknowledge", "explain", "suggest",
     "warn", "predict", "believe", "think", "report", "state", "announce", "stress", "contend", "assert", "recall",
     "agree", "complain", "confirm", "indicate", "show", "find"}
)


def _outer_cue(doc: Doc, a: Attribution) -> Attribution:
    """``a`` attributed to the speech verb whose reported clause holds its cue, when there is one before it.

    "Trump said he’d asked his “people” to “look into” it": the words are Trump's, the clause is the content
    ("he’d asked his “people” …"), not "his “people” …" after "asked".
    """
    if not a.direct or a.cue is None or a.source is None or len(a.content) != 1 or a.cue[1] > a.content[0][0]:
        return a
    span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return a
    t, text = span.root, nlp.text(doc)
    while t.dep_ == "ccomp" and t.head.i != t.i:
        child, t = t, t.head
        if t.sent.start != span.root.sent.start or _BREAK.search(text, t.idx, a.content[0][0]):
            return a  # another sentence's verb, or a quote between: the parse ran over its clause
        if t.pos_ == "VERB" and t.lemma_.lower() in _OUTER_SAY and t.idx < a.source[0]:
            subject = next((c for c in t.children if c.dep_ in _SUBJECT), None)
            if subject is None or (source := _source_phrase(text, t, subject)) is None:
                return a
            start = _subtree(child)[0]
            if not start < a.content[0][0]:
                return a
            return Attribution(((start, a.content[0][1]),), source, (t.idx, t.idx + len(t)), a.speaker, a.direct)
    return a


def _unspoken(doc: Doc, a: Attribution, found: dict[Span, QuoteValue]) -> Attribution:
    """``a`` sourced to its agent, or to nobody, when its cue is a passive; its quotes lose the subject as speaker.

    "Priebus was said to be “furious”", "Duterte has been called the “Trump of the East”": what is said of the
    subject, not by it (PolNeAR marks no source); "Rubio was asked by moderator Gerard Baker whether …": the
    agent asked. Not "was quoted as saying", nor "is reported to have called “…”" (a report of the subject's own
    words), nor "he's said" (has).
    """
    text = nlp.text(doc)
    if a.cue is None or a.source is None or "quoted" in text[a.cue[0] : a.cue[1]]:
        return a
    span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if span is None or not len(span) or (verb := span.root).tag_ != "VBN":
        return a
    if not any(c.dep_ == "auxpass" and c.lower_ not in ("’s", "'s") for c in verb.children):
        return a
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _CUE_LEMMAS for c in verb.children):
        return a
    agent = None
    if by := next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ in ("agent", "prep")), None):
        if (obj := next((c for c in by.children if c.dep_ == "pobj"), None)) is None:
            return a
        agent = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))  # the speaker: :func:`_respeak` follows
    _hand_over(found, a.content, a.speaker, None)
    return Attribution(a.content, agent, a.cue, None, a.direct)


def _noun_cue(doc: Doc, a: Attribution) -> bool:
    """Whether the rules took the noun "states" for the verb: "turned to contests in states with …".

    The parse's noun after a determiner, adjective, number, preposition or possessive: it tags "the document
    states" NOUN too.
    """
    if a.cue is None or nlp.text(doc)[a.cue[0] : a.cue[1]].lower() != "states":
        return False
    span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ not in ("NOUN", "PROPN"):
        return False
    prev = doc[span[0].i - 1] if span[0].i else None
    return prev is None or prev.pos_ in ("DET", "ADJ", "NUM", "ADP", "CCONJ") or prev.tag_ == "PRP$"


def _parsed_source(doc: Doc, a: Attribution) -> Attribution:
    """``a`` with its source set to the parse's subject phrase of its cue when the two overlap.

    Also when the rules took an object for the source ("Cruz took a shot at [Trump], saying …" -> "Cruz")
    or a relative clause's antecedent for its pronoun ("Trump, [who] called it …" -> "who", as PolNeAR marks it)
    or words that open no mention ("But, said Solovey, …" -> "Solovey").

    Widens a name to its appositions ("Rep. Jim Jordan (R-Ohio), an … member,") and
    narrows what the rules took from the sentence's start ("He then defended the
    remark, saying" -> "He"; "It is denouncing what it calls" -> "it"; "De Blasio,
    speaking on WNYC, called" -> "De Blasio").
    """
    if a.source is None or a.cue is None:
        return a
    source = _without_report(nlp.text(doc), _cue_subject(doc, a.source, a.cue) or _without_manner(doc, _before_verb(doc, a.source)))
    return a if source == a.source else Attribution(a.content, source, a.cue, a.speaker, a.direct)


_TITLE_OF_AFTER = re.compile(r"[^\S\n]+(?:to|for|of|at|with)[^\S\n]+[^,;:.!?“”\"\n]+")
_STATE_AFTER = re.compile(r",[^\S\n]+(?:[A-Z][a-z]{1,4}|[A-Z]\.[^\S\n]?[A-Z])\.?")
# A full name and the comma of its apposition: "Deborah Tamargo, ".
_NAME_COMMA = re.compile(
    rf"(?!(?:Like|Unlike|As|In|On|At|After|Before|For|With|From|By)\b)(?:(?!{_DAY})[A-Z][\w.’'-]+[^\S\n]+){{1,3}}(?!{_DAY})[A-Z][\w’'-]+,[^\S\n]*"
)


def _subject_taken(doc: Doc, a: Attribution) -> bool:
    """Whether the rules took the subject after ``a``'s cue for its content: "…, said [Wilcox, an Orlando Republican]"."""
    if a.cue is None or len(a.content) != 1 or (span := doc.char_span(*a.cue, alignment_mode="expand")) is None or not len(span):
        return False
    start, end = a.content[0]
    cue = span.root
    return any(c.dep_ in _SUBJECT and c.i > cue.i and c.left_edge.idx <= start < end <= _subtree(c)[1] + 1 for c in cue.children)


def _without_report(text: str, source: Span) -> Span:
    """``source`` cut before a relative clause reporting words of its own: "Tom Reed[, who said the council …]"."""
    m = _WHO_SAID.search(text, *source)
    return (source[0], m.start()) if m and m.start() > source[0] else source


def _without_manner(doc: Doc, source: Span) -> Span:
    """``source`` cut before a comma and a participle or "when" clause saying how it spoke, not who it is.

    "De Blasio, speaking on WNYC" -> "De Blasio"; "Cruz, when asked about it" -> "Cruz"; an adjective
    ("Sen. Ann Lee, ranking member of …") stays.
    """
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None:
        return source
    for t in span[2:]:
        if doc[t.i - 1].text != "," or t.idx >= source[1]:
            continue
        if (t.tag_ == "VBG" and t.dep_ not in ("amod", "compound") and t.lower_ != "including") or t.lower_ in ("when", "while"):
            return _clip(nlp.text(doc), t, (source[0], doc[t.i - 1].idx)) or source
    return source


def _cue_subject(doc: Doc, rules: Span, cue: Span) -> Span | None:
    """The parse's subject phrase of ``cue`` when it should replace the source ``rules`` found, else None."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span) or (subject := _subject_of(span.root)) is None:
        return None
    text = nlp.text(doc)
    source = _source_phrase(text, span.root, subject)
    if source is None or source == rules or _misplaced_apposition(text, rules, source):
        return None
    if not (source[0] < rules[1] and rules[0] < source[1]):
        if not (_relative_for(subject, rules) or _object_mention(doc, rules, span.root) or _no_mention(doc, rules)):
            return None
    return source


def _misplaced_apposition(text: str, rules: Span, parse: Span) -> bool:
    """Whether the parse cut a name and its apposition wrongly, the rules' source being right.

    "Deborah Tamargo, [the chairwoman of …,] recalled": the apposition alone taken for the subject;
    "With 50 days until [the election, Minyon Moore, …,] called": the name taken for an apposition.
    """
    if rules[0] < parse[0] and parse[1] <= rules[1]:
        return _NAME_COMMA.fullmatch(text, rules[0], parse[0]) is not None
    if parse[0] < rules[0] and rules[1] <= parse[1]:
        return _NAME_COMMA.match(text, *rules) is not None and text[parse[0] : rules[0]].rstrip().endswith(",")
    # or left out the state after a town ("a student from Fresno[, Calif]") or what a title is of, hung on the
    # verb before it ("said one longtime adviser[ to Bill Clinton]")
    if parse[0] == rules[0] and parse[1] < rules[1]:
        return bool(_STATE_AFTER.fullmatch(text, parse[1], rules[1]) or _TITLE_OF_AFTER.fullmatch(text, parse[1], rules[1]))
    return False


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _before_verb(doc: Doc, source: Span) -> Span:
    """``source`` cut before a finite verb of its own: a clause the rules took is no mention.

    "Black Lives Matter issued a statement [saying]" -> "Black Lives Matter"; a relative clause's verb
    ("Carson, who has made …") or one in brackets or quote marks stays.
    """
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None:
        return source
    for t in span[1:]:
        if t.lower_ in _RELATIVE_WORDS or t.text in ("(", "“", '"', "—", "–", "-", "--"):
            return source
        verb = t.head if t.dep_ in ("aux", "auxpass") else t
        if t.tag_ in _FINITE and any(c.dep_ in _SUBJECT and c.i < t.i for c in verb.children):
            return _clip(nlp.text(doc), t, (source[0], t.idx)) or source  # a dangling "and" goes in _source_edges
    return source


def _relative_for(subject: Token, source: Span) -> bool:
    """Whether ``subject`` is a relative pronoun standing for the mention ``source`` before it ("Trump, who said …")."""
    return subject.tag_ in ("WP", "WDT") and subject.lower_ in ("who", "which", "that") and source[1] <= subject.idx


def _no_mention(doc: Doc, source: Span) -> bool:
    """Whether ``source`` opens on a word no mention opens on: a conjunction, a preposition, an adverb or a participle.

    "But, said Solovey, “…”" took "But"; so "In other words", "Because of how Democrats …", "Given his past …".
    """
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    return (first.pos_ in ("SCONJ", "CCONJ", "ADP", "ADV") or first.tag_ in ("VBN", "VBG")) and first.lower_ != "according"


def _object_mention(doc: Doc, source: Span, cue: Token) -> bool:
    """Whether the parse makes ``source`` an object, not a subject ("a shot at [Trump], saying …").

    Not when the cue follows the mention at once, as its own subject ("footage of [Clinton] asking …"),
    nor for "according to [CNN]", a second source the rules found.
    """
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if not nlp.text(doc)[source[1] : cue.idx].strip() or (root.dep_ == "pobj" and root.head.head.lower_ == "according"):
        return False
    return root.dep_ in ("pobj", "dobj", "dative", "iobj")


# Where a cue without a subject of its own may look up for one: "began by saying" -> began's subject,
# "issued a statement calling …" -> issued's subject.
_SUBJECT_CLIMB = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "acl", "dobj"})


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it complements ("Trump attacked Clinton, saying …").

    A noun cue's owner is its subject: "Trump's claim that …" -> "Trump's".
    """
    t = verb
    for _ in range(4):
        subjects = [c for c in t.children if c.dep_ in _SUBJECT or (c.dep_ == "poss" and t.pos_ == "NOUN")]
        if subjects:
            return subjects[-1]
        if t.dep_ not in _SUBJECT_CLIMB or t.head.i == t.i:
            return None
        t = t.head.head if _conjoined_into_report(t) else t.head
    return None


def _conjoined_into_report(t: Token) -> bool:
    """Whether the parse hung a speech verb on the clause its subject reports, not on its own verb.

    "Suu Kyi said it was too early but added, “…”": "added" is conjoined to "said", not to "was".
    """
    head = t.head
    return (
        t.dep_ == "conj"
        and head.dep_ == "ccomp"
        and t.lemma_.lower() in _CUE_LEMMAS
        and head.lemma_.lower() not in _CUE_LEMMAS
        and head.head.lemma_.lower() in _CUE_LEMMAS
        and t.tag_ == head.head.tag_
    )


_DASH = re.compile(r"[^\S\n]+(?:--?|[—–―])[^\S\n]+")
_SPEAKING = frozenset({"speak", "talk", "write", "testify"})
# Modifiers after a comma that say what the source was doing, not who it is: ", speaking to …".
# (PolNeAR keeps ", who …" relative clauses about as often as it drops them: cutting them lost on dev.)
_SOURCE_TAIL = frozenset({"acl", "advcl"})


def _source_phrase(text: str, cue: Token, subject: Token) -> Span | None:
    """The mention ``subject`` heads as a source: appositions and relative clauses kept, not a participle after a comma.

    "Trump, speaking to veterans, said" -> "Trump"; "WASHINGTON -- President Obama" -> "President Obama".
    """
    start, end = _subtree(subject)
    for t in subject.subtree:
        if t.i > subject.i and t.dep_ in _SOURCE_TAIL and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
            end = min(end, t.doc[t.left_edge.i - 1].idx)
        elif t.head.i == subject.i and t.i > subject.i and t.dep_ == "acl" and t.lemma_ in _SPEAKING:
            end = min(end, t.left_edge.idx)  # "Another intelligence source [speaking to Fox News] said"
        elif t.head.i == subject.i and t.i > subject.i and _when_or_how(t):
            end = min(end, t.idx)
    if (dash := _last_match(_DASH, text, start, subject.idx)) is not None:
        start = dash.end()  # a dateline or an aside before the subject
    if dash := _DASH.search(text, subject.idx, end):
        end = dash.start()  # "The film ― which weaves … ―"
    return _clip(text, cue, (start, end))


# A phrase after the source saying when or how it spoke, which the parse often hangs on the source:
# "Durbin (D-Ill.) in an interview", "the campaign on Monday", "Lewis, an expert at CSIS, via email".
_WHEN_OR_HOW_PREP = frozenset({"on", "in", "during", "via", "over", "by", "through", "at"})
_HOW_NOUNS = frozenset(
    {"interview", "statement", "speech", "email", "e-mail", "tweet", "post", "filing", "letter", "release", "call",
     "appearance", "briefing", "rally", "debate", "hearing", "broadcast", "remarks", "comments", "message", "video",
     "op-ed", "column", "memo", "phone", "telephone", "twitter", "facebook", "podcast"}
)

# Where it was said, when set off by a comma (not "delegates at the convention", who they are).
_EVENT_NOUNS = frozenset(
    {"convention", "conference", "summit", "meeting", "forum", "luncheon", "dinner", "fundraiser", "event", "gathering"}
)
_WHEN_NOUNS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "morning",
     "afternoon", "evening", "night", "weekend"}
)


def _when_or_how(t: Token) -> bool:
    """Whether ``t`` opens a prepositional phrase of time or medium: "on Monday", "in a statement", "via email"."""
    if t.dep_ != "prep" or t.lower_ not in _WHEN_OR_HOW_PREP:
        return False
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return bool(objs) and (
        objs[0].ent_type_ in ("DATE", "TIME")
        or objs[0].lower_ in _WHEN_NOUNS
        or objs[0].lemma_.lower() in _HOW_NOUNS
        or (objs[0].lemma_.lower() in _EVENT_NOUNS and t.doc[t.i - 1].text == ",")  # "…, at its annual convention"
    )


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    matches = list(pattern.finditer(text, lo, hi))
    return matches[-1] if matches else None


def _subtree(t: Token) -> Span:
    return t.left_edge.idx, t.right_edge.idx + len(t.right_edge)


def _clip(text: str, t: Token, span: Span) -> Span | None:
    """``span`` inside the sentence and paragraph of ``t``, without edge punctuation; None when empty."""
    sent = t.sent
    para_start = text.rfind("\n", 0, t.idx) + 1
    para_end = text.find("\n", t.idx)
    lo = max(sent.start_char, para_start)
    hi = min(sent.end_char, len(text) if para_end < 0 else para_end)
    s, e = max(span[0], lo), min(span[1], hi)
    while s < e and not text[s].isalnum() and text[s] not in "“\"‘$":
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:—–-("):
        e -= 1
    return (s, e) if s < e else None


def _characterized(doc: Doc, quotes: Sequence[_Quote], taken: Sequence[Span]) -> Iterable[tuple[_Quote, Span, Span, Span]]:
    """(quote, verb, source, content) of each double-quoted phrase a characterizing verb before it governs.

    "Trump blamed the “rigged system”" -> Trump; the verb's subject, or the subject of the
    verb it complements or is conjoined to ("…, praising the “brave” officers"), is the source.
    """
    text = nlp.text(doc)
    for q in quotes:
        if text[q.open] not in "“\"" or _overlaps(taken, q.open, q.close):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        child, t = span.root, span.root.head
        for _ in range(6):
            if (t.pos_ == "VERB" and not q.start <= t.idx < q.end) or t.head.i == t.i:
                break
            child, t = t, t.head
        if t.pos_ != "VERB" or t.idx >= q.open or t.lemma_.lower() not in CHARACTERIZING:
            continue
        if (subject := _subject_of(t)) is None or not (source := _source_phrase(text, t, subject)):
            continue
        # the content: what follows the verb up to the phrase holding the quote ("the law on “knuckleheaded …”")
        after = [c for c in t.children if t.i < c.i <= child.i and c.dep_ not in ("punct", "advmod", "npadvmod")]
        start = min((c.left_edge.idx for c in after), default=q.open)
        end = max(q.close, _subtree(child)[1])
        yield q, (t.idx, t.idx + len(t)), source, (min(start, q.open), end)


# --- a source's edges ---------------------------------------------------------

# A title abbreviation the sentence splitter took for a full stop: "said Air Force 1st[ Lt. Tyler Livingston]."
_TITLE_ABBR = "(?:" + "|".join((*RANK_ABBREVIATIONS, *"Gen Pvt Gov Sen Rep Dr Prof Rev Mr Mrs Ms Msgr Supt Insp Det".split())) + ")"
_ABBR_END = re.compile(rf"\b{_TITLE_ABBR}\Z")
_ABBR_NEXT = re.compile(rf"[^\S\n]+{_TITLE_ABBR}(?=\.)")
_NAME_AFTER_STOP = re.compile(r"\.(?:[^\S\n]+[A-Z][\w’'-]*(?:(?<=\b[A-Z])\.(?=[^\S\n]+[A-Z]))?){1,4}")  # an initial's stop only

# A word joined by a hyphen before the source: "[co-]host Mika Brzezinski".
_HYPHEN_BEFORE = re.compile(r"[A-Za-z]+-\Z")

# A party and state after a lawmaker's name: "Sen. Bernie Sanders[ (I-Vt.)]", "Sen. Lindsey Graham[, R-S.C.]".
_PARTY_AFTER = re.compile(_PARTY.pattern + r"|,[^\S\n]+[DRI]-[A-Z][a-z]*\.?(?:[A-Z]\.?)?(?=[,\s])")

# The end of a quotation run into the source: "[“It’s unanimous,” ]councilmember Mark Levine".
_QUOTE_END = re.compile(r"[,.!?][”\"][^\S\n]*(?=[\w$])")

# A relative clause on a source's anonymity: "a Democratic strategist[ who spoke on the condition of anonymity …]".
_ANONYMOUS = re.compile(
    r",?[^\S\n]+who[^\S\n]+(?:spoke|requested|asked|declined|did[^\S\n]+not[^\S\n]+want)\b"
    r"(?=[^“”\"\n]*?\b(?:anonym|identified|named|quoted))"
)

# How or where the source spoke, after a comma: "Trump[, in Kentucky]", "Tester[, himself up for reelection]",
# "Sanders[, meanwhile]", "Golvach[ when asked about …]" (not ", with Moody's Analytics": who it works for).
_MANNER_TAIL = re.compile(
    r",[^\S\n]+(?:in|during)[^\S\n]+(?!particular\b)|,[^\S\n]+(?:too|meanwhile|himself|herself)\b"
    r"|[,\s]+when[^\S\n]+asked\b"
)

# A phrase of time or circumstance before the source's subject: "[In an interview with …, ]the candidate".
_LEAD_PHRASE = re.compile(r"(?:In|Of|At|On|After|During)[^\S\n][^,“”\"\n]{0,150},[^\S\n]+(?=\w)")

# A focus word before the source's phrase: "[Even ]some of Clinton's allies", "[even ]Obama".
_FOCUS = re.compile(r"[Ee]ven[^\S\n]+(?!(?:so|before|after|as|though|if|when|while|more|less|then|now)\b)(?=\w)")

# A name before a source that opens on a lower-case title, at its clause's start: "[Trump ]senior adviser Paul Manafort".
_CAPITAL_BEFORE = re.compile(r"(?:(?<=\A)|(?<=\n)|(?<=[”\"][^\S\n]))[A-Z][\w’'&-]*[^\S\n]\Z")
_LOWER_TITLE = re.compile(
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|many|most|all|both|each|every|former|"
    r"who|he|she|they|it|we|you|me|i)\b)[a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*){0,3}[^\S\n]+[A-Z]"
)
_NOT_NAME = re.compile(
    r"(?:And|But|So|Yet|Or|Then|Now|Also|Meanwhile|Still|However|When|While|As|If|In|On|At|For|After|Before|Though|"
    r"Although|Because|Where|With|Did|Do|Does|Let|Perhaps|Recently|First|Even|Instead|How|Like|Lest|Yes|Virtually|"
    r"Here|There|The|This|That)\b"
)

# A relative clause on a one-phrase source, a thing: "The complaint[, which was filed in …]".
_WHICH = re.compile(r",[^\S\n]+which\b")
_VERB_OPENING = re.compile(r"(?:Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Noted|Notes|Explained|Explains)[^\S\n]+(?=[A-Z])")
_DANGLING = re.compile(
    r",?[^\S\n]+(?:despite|because|although|though|while|whereas|unless|and|or|but|after|before|when|if)\Z"
)


def _source_edges(text: str, a: Attribution) -> Attribution:
    """``a`` with its source's edges mended: a name cut short run on, and what says how it spoke cut off."""
    if a.source is None:
        return a
    s, e = a.source
    s, e = _past_abbreviation(text, s, e)
    if m := _HYPHEN_BEFORE.search(text, max(0, s - 20), s):
        s = m.start()
    if (m := _PARTY_AFTER.match(text, e)) and "(" not in text[s:e]:
        e = m.end()
    if (m := _last_match(_QUOTE_END, text, s, e)) and _opened_before(text, s, m.start()):
        s = m.end()
    if (m := _ANONYMOUS.search(text, s, e)) and m.start() > s:
        e = m.start()
    if (m := _MANNER_TAIL.search(text, s, e)) and m.start() > s and "(" not in text[s : m.start()]:
        e = m.start()
    if (m := _LEAD_PHRASE.match(text, s, e)) and m.end() < e:
        s = m.end()
    if (m := _FOCUS.match(text, s, e)) and m.end() < e:
        s = m.end()
    if _LOWER_TITLE.match(text, s, e) and (m := _CAPITAL_BEFORE.search(text, max(0, s - 40), s)):
        if not _NOT_NAME.match(text, m.start()):
            s = m.start()
    if (m := _WHICH.search(text, s, e)) and m.start() > s and "," not in text[s : m.start()]:
        e = m.start()
    if (m := _VERB_OPENING.match(text, s, e)) and m.end() < e:
        s = m.end()  # "Said Ellis: “…”": the verb put first is no part of its subject
    if (m := _DANGLING.search(text, s, e)) and m.start() > s:
        e = m.start()  # "House Speaker Paul Ryan, R-Wis., despite [admitting …]": a clause's first word left over
    if (s, e) == a.source:
        return a
    return Attribution(a.content, (s, e), a.cue, a.speaker, a.direct)


def _opened_before(text: str, s: int, close: int) -> bool:
    """Whether the quote closing at ``close`` opened at or before ``s``: a quote run into the source, not a title in it."""
    return max(text.rfind("“", 0, close), text.rfind('"', 0, close)) <= s


def _past_abbreviation(text: str, s: int, e: int) -> Span:
    """``(s, e)`` run on over a title abbreviation and the name after it: "Navy Capt[. Jeff Davis]"."""
    pos = e
    if not _ABBR_END.search(text, s, e):
        if not text[e - 1].isalnum() or not (m := _ABBR_NEXT.match(text, e)):
            return s, e
        pos = m.end()
    if m := _NAME_AFTER_STOP.match(text, pos):
        return s, m.end()
    return s, e
