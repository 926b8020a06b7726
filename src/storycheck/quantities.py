"""Find numbers in an article's text, with what they count and what happened to it.

``extract_quantities`` yields one ``Mention`` per quantity expression, its value
a ``QuantityValue``. The span covers the number with its hedge and unit
("nearly 1,150", "$500bn", "50 percent", "more than 1,400", "third
anniversary"), never the counted noun.

Numbers: digits with thousands separators and decimals ("1,150", "2.5"),
number words ("one" … "ninety-nine", "two hundred and fifty", "a dozen",
"a thousand"), scale words ("bn", "billion", "million", "thousand",
"trillion", also glued: "£330million", "$5bn"; attached "m"/"k" only after a
currency sign, since "500m" is usually metres), "N and a half" ("two and a
half years", "three and a half thousand"). Unit abbreviations glued to
digits are measures and what they count: "2km" -> "km", "12ft" -> "ft",
"82kg", "58lb", "23.5mm", "100miles". Money: "$", "US$", "dollars" -> "USD";
"€", "euros" -> "EUR"; "£" -> "GBP"; pence are pounds: "50p" -> 0.5 GBP. Percent: "%", "percent", "per cent" -> "percent";
"percentage points" -> "percentage points". A ratio is a share in percent:
"one in five" -> 20, "four out of five" -> 80, "nearly one in five" -> 18–20.

An exact amount sets ``amount`` and leaves ``min``/``max`` None; a hedged or
vague amount sets ``amount`` None and a range, keeping the hedge word in
``qualifier``:

=====================================================  ============  ==========
written                                                min           max
=====================================================  ============  ==========
nearly / almost / close to / just under N              0.9 N         N
about / around / roughly / approximately / some /      0.9 N         1.1 N
an estimated N
more than / over / at least / upwards of / in excess   N             None
of / just over / no fewer than N
up to / as many as / fewer than / less than / under /  None          N
no more than / at most / within N
between N and M, N-M, N–M, N to M, N or M,            N             M
between N to M
a couple (of)                                          2             3
a few, a handful                                       2             5
several                                                3             9
dozens                                                 24            99
scores (of)                                            40            99
hundreds / thousands / millions / billions             2 X           10 X - 1
tens of thousands / hundreds of thousands …            20 000 …      99 999 …
nearly / almost / virtually all (percent)              90            100
most of, the / a (large …) majority of (percent)       50            100
=====================================================  ============  ==========

"over/under the age of N" hedges N; "added up to N" is a total, not a ceiling.

``counts`` is the noun phrase after the number, lower-cased, plural kept as
written ("1,150 attack drones" -> "attack drones"; "dozens of people" ->
"people"). A number standing alone takes the counted noun of an earlier
number in its sentence, else of an "of the drones …" phrase before it; a
singular person noun carried over this way, and "others" after people,
become "people". Money counts what follows "in"/"of" ("$5bn in aid" ->
"aid"); a percent counts the share it names ("50% stake" -> "stake").
Anniversaries and "N years since" count "years" with event "anniversary".
Nothing is counted after an age ("aged 15, that he …"); "magnitude 2.3" and
"1.5 magnitude tremor" count "magnitude"; "four 12ft ladders" counts
"ladders"; "three- and four-year-olds" shares "years old"; "six people's
lives" counts "people"; "a 90-room hotel" counts "rooms"; "three months’
notice" counts "months"; "police officers", "Masters appearances" and "seamen"
are whole plurals; an age after a name ("Jo Reed, 31 (left)") counts nothing;
"the number of beds … rose to 48" counts "beds"; verbs, comparatives and particles end the phrase ("28
made it", "13% higher", "three out of 13"). A number word with nothing counted
is still kept in "three out of …" and "of which three".

``event`` is a lemma from ``EVENTS`` found right after the counted noun
("138 were intercepted", "one man dead") or, failing that, the nearest one
before the number in its clause ("killed one man and wounded five people");
ages, durations and measures ("15.5km", "eight years") take no event.
Synonyms fold: fired/sent -> launched, dead -> killed, wounded/hurt ->
injured, downed -> shot down, "failed to reach their targets" -> lost,
sought -> demanded, detected -> spotted.

``scope`` is the nearest time/place scope in the sentence, normalised:
"overnight" (also "during the night", "from Saturday night to early
Sunday"), "past week" / "past 24 hours" (from "in/over the past …"),
"since the war began" (also "since Russia's invasion"), "single attack" /
"single day" ("in/for a single …"), "daily" ("every day", "per day").

Not quantities: dates and their day numbers and years (see ``dates``), older
years after a preposition ("built in 1813") or before AD/BC, "N decades ago",
clock times, list numbering at a line start, "list of N items" scrape residue,
numbers glued to letters ("F-16", "COVID-19", ids), scores and tallies that do
not rise ("29-10 winners", "2-1"), numbers in names (a bare number right after
a capitalised word mid-sentence, or after one that recurs so: "Essential 11",
"CBS 13", "Radio 4"; a capitalised number word mid-sentence: "One Direction")
and grades ("level three", "par three", "clause 5.6", "top 50", "four star"),
house numbers ("23 Essex Street"), betting odds and fractions ("66/1"), numbers
dialled ("calling 911", "a 999 call"), the day range around a date ("20-21
November", "April 9 - 11"), time windows that are scopes ("in the past five
years", "in the next five years"), ordinals other than anniversaries, "one of
…", "make the most of", "virtually all" before a name, and number words with
neither a counted noun nor an event nor a hedge. In glued XSum text a full stop
after a lower-case letter ends a sentence ("L'Aquila.Six scientists", also for
what a number counts) and a glued scale ends before the next capital
("£106.8mLast month"); "Â£" is read as "£".
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from storycheck.dates import date_spans
from storycheck.model import Article, Mention, QuantityValue
from storycheck.sentences import sentences

# --- numbers -----------------------------------------------------------------

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_VALUES: dict[str, int] = {
    w: i + 1 for i, w in enumerate(_ONES.split("|"))
} | {w: i + 10 for i, w in enumerate(_TEENS.split("|"))} | {
    w: (i + 2) * 10 for i, w in enumerate(_TENS.split("|"))
}
_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip
_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|{_ONES})\b"
_BIG = r"(?:hundred|thousand|million|billion|trillion)\b"
_WORDNUM = (
    rf"(?:{_SMALL}\s+and\s+a\s+half\b"
    rf"|(?:{_SMALL}|a)\s+dozen\b"
    rf"|(?:{_SMALL}|a)\s+{_BIG}(?:\s+{_BIG})*(?:\s+(?:and\s+)?{_SMALL}(?:\s+{_BIG})*)*"
    rf"|{_SMALL})"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]\d)"
_QUALS = (
    r"nearly|almost|close\s+to|just\s+under|just\s+over|about|around|roughly|approximately"
    r"|some|an\s+estimated|more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of"
    r"|no\s+fewer\s+than|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under"
    r"|no\s+more\s+than|at\s+most|within"
)
# Not after a letter, digit, decimal point, clock colon or hyphen ("F-16"), nor
# after a thousands comma; a comma after a word is fine ("Sunday,138"). A full
# stop after a lower-case letter ends a glued sentence ("in L'Aquila.Six
# scientists"), "Â" is mojibake before "£" ("Â£10m"), and "magnitude-4.8" is a
# measure.
_START = r"(?:(?<=Â)|(?<=[a-z]\.)|(?<=magnitude-)|(?<![\w.:/$€£-]))(?<!\d,)"
# Unit abbreviations written glued to the number ("2km", "12ft", "82kg"), and
# what they count. A glued "m" stays ambiguous (metres or millions, see _single).
_GLUED_UNITS = {
    "km": "km", "cm": "cm", "mm": "mm", "ft": "ft", "in": "ins", "ins": "ins", "kg": "kg",
    "lb": "lb", "lbs": "lb", "mph": "mph", "miles": "miles", "sq km": "sq km",
}  # fmt: skip


# A word ends at a word boundary, or where glued text starts its next sentence
# with a capital ("cost £106.8mLast month").
_GLUED_END = r"(?:\b|(?=(?-i:[A-Z][a-z])))"


def _expr(tag: str, start: str = _START) -> str:
    """One number expression; ``tag`` keeps group names apart when used twice."""
    return (
        rf"{start}(?P<qual{tag}>\b(?:{_QUALS})\s+)?(?P<cur{tag}>US\$|\$|€|£)?"
        rf"(?P<num{tag}>{_DIGITS}|{_WORDNUM})"
        rf"(?:(?P<att{tag}>bn|tn|m|k|billion|million|trillion){_GLUED_END}"
        rf"|\s+(?P<scale{tag}>billion|million|trillion|thousand|bn|tn)\b"
        rf"|(?P<glued{tag}>km|cm|mm|ft|ins?|kg|lbs?|mph|miles){_GLUED_END}|(?P<pence{tag}>p)\b)?"
        rf"(?P<pct{tag}>\s*%|\s*per\s?cent\b|\s+percentage\s+points?\b)?"
        rf"(?P<cursuf{tag}>\s+(?:US\s+)?dollars\b|\s+euros\b)?(?:(?![\w%])|(?<=[a-z]){_GLUED_END})"
    )


_SINGLE = re.compile(_expr(""), re.I)
_RANGE = re.compile(
    rf"(?P<between>\bbetween\s+)?{_expr('a')}\s*(?P<sep>-|–|—|\bto\b|\band\b|\bor\b)\s*{_expr('b', '')}", re.I
)
_ANNIVERSARY = re.compile(
    rf"(?<![\w-])(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    rf"|\d{{1,3}}(?:st|nd|rd|th))|(?P<card>{_SMALL}|\d{{1,3}})[-\s]years?)\s+(?:(?-i:[a-z]+)\s+)?anniversary\b",
    re.I,
)
# "one in five divorcees", "nearly four out of five children": a share, in percent.
_RATIO = re.compile(
    rf"(?<![\w-])(?:(?<=[a-z]\.)|(?<![.]))(?P<qual>(?:nearly|almost|about|around|roughly|approximately|some|more\s+than"
    rf"|over|at\s+least|up\s+to|fewer\s+than|less\s+than)\s+)?(?P<a>{_SMALL}|\d{{1,3}})\s+(?:in|out\s+of)\s+"
    rf"(?P<b>{_SMALL}|\d{{1,4}})(?![\w-])",
    re.I,
)
# "29-10 winners", "a 2-1 defeat": a score or a tally, not a range (a range rises).
_SCORE = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w%,-]|\.\d)")
# Betting odds and fractions: "66/1", "3/4".
_SLASHED = re.compile(r"(?<![\w/.])\d{1,4}/\d{1,4}(?![\w/]|\.\d)")
# A number dialled is a name: "calling 911", "a 999 call", "the 911 dispatcher".
_PHONE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|ring)\s+\d{3}\b(?![\w,.]*\s+(?-i:[a-z]))"
    r"|(?<![\w.,-])(?:\d{3}|\d-\d\d)\s+(?:emergency\s+|phone\s+)*(?:calls?|dispatch(?:ers?)?|operators?|recordings?|lines?)\b",
    re.I,
)
# "in the next five years" looks ahead: a window, not five of something.
_WINDOW_AHEAD = re.compile(
    rf"\b(?:in|over|during|within|for)\s+the\s+(?:next|coming|following)\s+(?:\d+|{_SMALL})\s+"
    r"(?:hour|day|week|month|year|decade)s?\b",
    re.I,
)
# A date range: the day before "-21 November" or after "April 9 -" belongs to the date.
_DAY_BEFORE_DATE = re.compile(r"(?<![\w.,-])\d{1,2}\s*[-–]\s*$")
_DAY_AFTER_DATE = re.compile(r"\s*[-–]\s*\d{1,2}\b(?![.,]\d|\s*[%a-z])")
# "four decades ago" is a date the dates module leaves alone.
_AGO = re.compile(rf"(?<![\w-])(?:{_DIGITS}|{_WORDNUM}|a|an)\s+(?:decades?|centur(?:y|ies))\s+ago\b", re.I)
_ORDINALS = {w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_VAGUE = re.compile(
    r"(?<![\w-])(?P<qual>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least"
    r"|up\s+to)\s+)?(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds"
    r"|thousands|millions|billions|scores|a\s+few|a\s+handful|a\s+couple|several"
    r"|(?:nearly|almost|virtually)\s+all|most"
    r"|(?:the|a)\s+(?:(?:vast|large|clear|overwhelming|huge|big|narrow|slim|small)\s+)?majority)\b",
    re.I,
)
_VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "a couple": (2, 3), "a few": (2, 5), "a handful": (2, 5), "several": (3, 9),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2e3, 9_999),
    "tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
    "millions": (2e6, 9_999_999), "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999), "billions": (2e9, 9_999_999_999),
}  # fmt: skip
_VAGUE_SHARES: dict[str, tuple[float, float]] = {"all": (90, 100), "most": (50, 100), "majority": (50, 100)}
# These are only amounts when "of" follows: "most of the drones", not "most intense".
_NEEDS_OF = ("most", "majority", "a couple", "scores")
# …or a verb of being: "most were intercepted", "the majority have been found"
_SHARE_VERB_AFTER = re.compile(r"\s+(?:were|was|are|have\s+been|has\s+been|had\s+been)\b")
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)

_QUAL_BOUNDS: dict[str, tuple[float | None, float | None]] = {}
for _words, _bounds in (
    ("nearly|almost|close to|just under", (0.9, 1.0)),
    ("about|around|roughly|approximately|some|an estimated", (0.9, 1.1)),
    ("more than|over|at least|upwards of|in excess of|just over|no fewer than", (1.0, None)),
    ("up to|as many as|fewer than|less than|under|no more than|at most|within", (None, 1.0)),
):
    for _w in _words.split("|"):
        _QUAL_BOUNDS[_w] = _bounds

_CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD", "euros": "EUR"}
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|decreased?|grew|grown|dropped"
    r"|jumped|climbed|doubled|went\s+up|went\s+down|cut|raised|lowered)\s+(?:\w+\s+){0,3}from\s+$",
    re.I,
)

# --- what is not a quantity ------------------------------------------------------

_TIME = re.compile(
    r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|[A-Z]{2,4}T))?"
    r"|\b\d{1,2}(?:\.\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    re.I,
)
# Scraped XSum text drops the space after a full stop: "in Afghanistan.Mr Odah".
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_LIST_NUMBER = re.compile(r"^[ \t]*\d{1,3}[.)](?=\s)", re.M)
_RESIDUE = re.compile(r"\blist\s+of\s+\d+\s+items?", re.I)
# After digits any singular noun makes a compound: "a 90-room hotel", "a 500-page report".
_DIGIT_COMPOUND = re.compile(r"-(?P<unit>(?-i:[a-z]){3,}(?<!s))(?P<old>-old)?\b(?!-)", re.I)
# "a 10-year-old boy" gives an age; "a 30-day ceasefire" a duration.
_COMPOUND_UNIT = re.compile(
    r"-(?P<unit>year|month|week|day|hour|minute|mile|kilometre|kilometer|km|metre|meter|foot|storey|member|point)"
    r"(?P<old>-old)?\b",
    re.I,
)
# A number right after one of these names a thing: "Section 5", "Flight 752".
_LABEL_BEFORE = re.compile(
    r"\b(?:Section|Article|Chapter|Paragraph|Resolution|Flight|Route|Highway|Number|No\.|Room|Page|Part"
    r"|Phase|Stage|Level|Category|Grade|Class|Apollo|Windows|Formula|Unit|Building|Block|Gate|Terminal"
    r"|Platform|Line|Channel|Episode|Season|Volume|Vol\.|Version|Model|Item|Point|Protocol|Day)\s$"
)
_ONE_IDIOM_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which|some)\s+$", re.I)
_ONE_IDIOM_AFTER = re.compile(r"\s+(?:of|another|by)\b", re.I)
_ONE_IDIOM_COUNTS = frozenset("day time way hand point thing side voice".split())
# "level three apprenticeships", "a par three": a grade, not an amount.
_LOWER_LABEL_BEFORE = re.compile(r"\b(?:level|par|tier|grade|band|category|type|clause|top)\s$", re.I)
# "a four star hotel", "a 5-star review": a grade.
_STAR_AFTER = re.compile(r"[-\s]stars?\b", re.I)
# "23 Essex Street", "10 Downing St": a house number.
_ADDRESS_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Place|Square|Terrace|Crescent|Close)\b"
)
# A capitalised word right before a bare number, mid-sentence, names it: "Essential 11".
_NAME_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)\s$")
_NOT_NAMES = frozenset(
    "I The A An Of In On At By For From To With And But Only About Some All Over Under Nearly Almost".split()
    + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June".split()
    + "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE)\b")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|from|until|till|by|of|during|circa|c\.)\s+$", re.I)
_ADD_UP_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?|adds)\s+$", re.I)
_AGE_HEDGE_BEFORE = re.compile(r"\b(over|under)\s+the\s+age\s+of\s+$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of)\s+(?:just\s+|only\s+)?$", re.I)
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s+(?:now\s+)?$")
_AGE_END_AFTER = re.compile(r"\s*(?:[,;()]|\.(?!\d)|$)")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[-\s]$", re.I)
_TIME_UNITS = frozenset("second minute hour day week month year decade".split())
# Measures carry no event: "a depth of 15.5km" was not "hit" by the quake that struck.
_MEASURES = _TIME_UNITS | frozenset("km cm mm ft ins kg lb mph mile metre meter foot feet inch stone".split())
# A number word standing alone is still an amount in "three out of 13", "of which three".
_BARE_WORD_AFTER = re.compile(r"\s+out\s+of\b", re.I)
_BARE_WORD_BEFORE = re.compile(r"\bof\s+(?:which|whom)\s+$", re.I)
# "four 12ft scaling ladders": the count's noun follows a measure of each thing.
_INNER_MEASURE = re.compile(r"\s+\d[\d,.]*(?:[a-z]+\b|-[a-z]+\b)(?=\s)", re.I)

# --- what is counted ----------------------------------------------------------

_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][A-Za-z'’-]*)")
# "of the drones", "of Aleppo's prison": the determiner or owner is not what is counted.
_OF_PHRASE = re.compile(r"\s+of(?:\s+(?:the|these|those|its|their|all)(?:\s+\d[\d,.]*(?=[ \t]))?)?(?:\s+(?-i:[A-Z])[\w-]*['’]s)?(?=[ \t])", re.I)
_MONEY_OF = re.compile(r"\s+(?:in|(?:worth\s+)?of(?:\s+(?:the|its|their))?)(?=[ \t])", re.I)
# "of the drones …" or "the number of tablets …" before a bare number names what it counts.
_OF_THE_BEFORE = re.compile(
    r"\bof\s+(?:the|these|those|all)(?:\s+(?:record|\d[\d,.]*))?(?=[ \t])|\bnumbers?\s+of(?=[ \t])", re.I
)
# a part and its whole: "138 of the 267 drones", "90% of the drones"
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|these|those|its|their|all)\s+$", re.I)
_PART_AFTER = re.compile(r"\)?\s+of\s+(?:the|these|those|its|their|all)\b", re.I)
_LEADING_SKIP = frozenset("more other additional further extra previous".split())
# Words after a number that name no counted thing: verbs ("28 made it"), comparatives
# ("13% higher"), particles ("three out of 13").
_NOT_COUNTED = frozenset(
    "made took drove came went got said told gave ran fled left became began "
    "higher lower bigger smaller larger greater fewer rather out away back due".split()
)
# "three- and four-year-olds": the first number shares the second's compound unit.
_SHARED_COMPOUND = re.compile(
    r"-\s+(?:and|or|to)\s+(?:\w+)(?=-(?:year|month|week|day|hour|minute|mile)(?:-old)?)-"
    r"(?P<unit>year|month|week|day|hour|minute|mile)s?(?P<old>-old)?",
    re.I,
)
_LY_NOUNS = frozenset("family ally assembly supply rally anomaly italy july monopoly".split())
_PLURALS = frozenset("people men women children police personnel troops cattle".split())
# Verbs that often follow a singular counted noun; past participles end in -ed.
_VERBS = frozenset("got won went came made took gave fled remain remains support supports is was".split())
_PERSONS = frozenset(
    "man men woman women person people child children civilian civilians soldier soldiers "
    "resident residents worker workers boy boys girl girls".split()
)
_STOP = frozenset(
    """
    a an the this that these those of to at in on by for from with without against into onto
    upon over under about after before since during until till than then and or but nor so yet
    while as if when where which who whom whose what how why it its he she they we you i his
    her their our your them him us me my is are was were be been being am have has had do does
    did will would shall should can could may might must not no also just only even still most
    less least per each every all both some any such said says say told according reportedly
    including across between through toward towards amid among near inside outside within via
    like unlike despite because whether there here overnight today yesterday tomorrow tonight
    ago earlier later daily last next past previous coming record
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    hundred thousand million billion trillion dozen
    """.split()
) | frozenset(_WORD_VALUES)

# --- events -------------------------------------------------------------------

# lemma -> surface forms (regex fragments); single-word forms also end a
# counted noun phrase, so "267 drones launched" counts "drones".
EVENTS: dict[str, tuple[str, ...]] = {
    lemma: tuple(forms.split("|"))
    for lemma, forms in {
        "launched": "launch|launched|launches|launching|fired|firing|sent|sending|unleashed",
        "intercepted": "intercepted|intercept|intercepts|intercepting",
        "shot down": r"sh(?:o|oo)t(?:s|ing)?\s+down|downed",
        "destroyed": "destroyed|destroying",
        "damaged": "damaged|damaging",
        "lost": r"lost|fail(?:ed|s)?\s+to\s+reach(?:\s+(?:their|its))?\s+targets?|went\s+missing",
        "spotted": "spotted|detected|tracked",
        "hit": "hit|hitting|struck",
        "killed": r"killed|killing|kills|kill|dead|death\s+toll",
        "injured": "injured|injuring|injures|wounded|wounding|hurt",
        "died": "died|dying|dies",
        "missing": "missing",
        "captured": "captured|capturing",
        "arrested": "arrested|detained",
        "evacuated": "evacuated",
        "displaced": "displaced",
        "deployed": "deployed",
        "demanded": "demanded|demand|demands|demanding|sought|seeking|seeks",
        "owed": "owed|owes|owe|owing",
        "paid": "paid|paying",
        "pledged": "pledged|promised",
        "received": "received",
        "provided": "provided",
    }.items()
}
_LEMMAS = list(EVENTS)
_EVENT_ALT = "|".join(f"(?P<ev{i}>{'|'.join(forms)})" for i, forms in enumerate(EVENTS.values()))
_EVENT = re.compile(rf"\b(?:{_EVENT_ALT})\b", re.I)
_EVENT_AFTER = re.compile(
    r"(?:\s*,[^.;:\d\n]{0,60}?,)?\s+(?:(?:of\s+(?:which|them|these|those)|who|that|which)\s+)?"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|got|have|has|had)\s+)?"
    r"(?:(?:also|all|then|later|already|\w+ly)\s+)?[\"“”‘’']?"
    rf"(?:{_EVENT_ALT})\b",
    re.I,
)
_EVENT_WORDS = frozenset(f for forms in EVENTS.values() for f in forms if f.isalpha()) | frozenset(
    "shot shoot failed fail went death".split()
)
_CASUALTIES = frozenset({"killed", "injured", "died", "missing"})
_CLAUSE_BREAK = re.compile(r"[;:—–]|(?<=[a-z])\.(?=[A-Z])|\b(?:while|whereas|but|although|though|however)\b", re.I)

# --- scopes -------------------------------------------------------------------

_SINCE_WAR_SCOPE = "since the war began"
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SINCE_WAR = (
    r"(?:the\s+(?:beginning|start|outbreak)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:Russia|Moscow)(?:['’]s|\s+(?:launched|began|started)\s+(?:its|the))\s+)?"
    r"(?:full[- ]scale\s+)?(?:war|invasion)\b"
)
_SCOPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(
        rf"\bovernight\b|\b(?:during|in|through|over)\s+the\s+night\b|\blast\s+night\b"
        rf"|\bfrom\s+(?:{_WD})\s+(?:night|evening)\s+(?:to|until|into|through)\s+(?:early\s+)?(?:{_WD})(?:\s+morning)?\b",
        re.I,
    ), "overnight"),
    (re.compile(
        r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+"
        rf"(?:(?P<n>\d+|{_SMALL})\s+)?(?P<unit>hour|day|week|month|year)s?\b",
        re.I,
    ), "past"),
    (re.compile(rf"\bsince\s+{_SINCE_WAR}(?:\s+(?:began|started))?", re.I), _SINCE_WAR_SCOPE),
    (re.compile(r"\b(?:in|for|during)\s+a\s+single\s+(?P<u>attack|strike|day|night|wave)\b", re.I), "single"),
    (re.compile(r"\b(?:every|each|per)\s+day\b|\bdaily\b", re.I), "daily"),
)  # fmt: skip
_OF_WAR_AFTER = re.compile(rf"\s+(?:of|since)\s+{_SINCE_WAR}", re.I)


@dataclass(slots=True)
class _Found:
    """A quantity being built: its span, its number, and what the context adds."""

    start: int
    end: int
    amount: float | None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    words: bool = False  # written in words: needs more evidence to count as a quantity
    needs_counts: bool = False  # "1.5m doses" is millions, "500m from the front" metres
    glued: str | None = None  # a unit written glued to the number: "2km" counts "km"
    counts: str | None = None
    event: str | None = None
    scope: str | None = None
    tail: int = 0  # end of the counted noun phrase, or of the number


def extract_quantities(article: Article) -> list[Mention]:
    """Every quantity in ``article.text`` with what it counts, its event and scope, in text order."""
    text = article.text
    found = _find(text)
    bounds = _split_glued(text, list(sentences(text))) or [(0, len(text))]
    starts = [s for s, _ in bounds]
    scopes = _scope_hits(text)
    kept: list[_Found] = []
    by_sentence: dict[tuple[int, int], list[_Found]] = {}
    for f in found:
        i = bisect_right(starts, f.start) - 1
        sentence = bounds[i] if i >= 0 and f.start < bounds[i][1] else (f.start, f.end)
        earlier = by_sentence.setdefault(sentence, [])
        in_sentence = scopes[bisect_right(scopes, (sentence[0], -1, "")) : bisect_right(scopes, (sentence[1], -1, ""))]
        if _annotate(text, f, sentence, earlier, in_sentence):
            kept.append(f)
            earlier.append(f)
    return [
        Mention(
            article=article.id,
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            value=QuantityValue(f.amount, f.min, f.max, f.unit, f.counts, f.event, f.scope, f.qualifier),
        )
        for f in kept
        if _finite(f.amount, f.min, f.max)  # "1" and 400 zeros overflows to inf: not a figure to report
    ]


def _split_glued(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split sentences at stops glued to the next sentence ("… in Afghanistan.Mr Odah's release")."""
    out = []
    for start, end in bounds:
        for m in _GLUED_STOP.finditer(text, start, end):
            out.append((start, m.start()))
            start = m.start()
        out.append((start, end))
    return out


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


# --- finding numbers ------------------------------------------------------------


def _find(text: str) -> list[_Found]:
    """Number expressions in text order; earlier kinds claim text before later ones."""
    taken = _Spans()
    not_quantities = [*_date_ranges(text), *_spans(_TIME, text), *_spans(_LIST_NUMBER, text), *_spans(_RESIDUE, text)]
    not_quantities += [*_spans(_SLASHED, text), *_spans(_PHONE, text), *_spans(_WINDOW_AHEAD, text)]
    not_quantities += [m.span() for m in _SCORE.finditer(text) if int(m.group("a")) >= int(m.group("b"))]
    for span in [*not_quantities, *_spans(_AGO, text)]:
        taken.add(*span)
    for pattern, _ in _SCOPES:  # "in the past 24 hours" (or "five years") is a scope, not 24 of something
        for m in pattern.finditer(text):
            if any(c.isdigit() for c in m.group()) or m.groupdict().get("n"):
                taken.add(*m.span())
    out: list[_Found] = []

    def claim(f: _Found | None) -> None:
        if f is None or taken.overlaps(f.start, f.end):
            return
        taken.add(f.start, f.end)
        out.append(f)

    for m in _ANNIVERSARY.finditer(text):
        claim(_anniversary(m))
    for m in _RATIO.finditer(text):
        claim(_ratio(m))
    for m in _RANGE.finditer(text):
        claim(_range(text, m))
    for m in _VAGUE.finditer(text):
        claim(_vague(text, m))
    for m in _SINGLE.finditer(text):
        claim(_single(text, m))
    return sorted(out, key=lambda f: f.start)


def _date_ranges(text: str) -> list[tuple[int, int]]:
    """Date spans, widened over a day range written around them ("20-21 November", "April 9 - 11")."""
    out = []
    for start, end in date_spans(text):
        before = _DAY_BEFORE_DATE.search(text, max(0, start - 8), start)
        after = _DAY_AFTER_DATE.match(text, end)
        out.append((before.start() if before else start, after.end() if after else end))
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


class _Spans:
    """Disjoint claimed spans, sorted, so an overlap test is one bisection."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # with disjoint sorted spans only the last one starting before `end` can overlap
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Claim [start, end), merging with any overlapping spans."""
        i = bisect_right(self._starts, end - 1)
        j = i
        while j > 0 and self._ends[j - 1] > start:
            j -= 1
            start, end = min(start, self._starts[j]), max(end, self._ends[j])
        self._starts[j:i] = [start]
        self._ends[j:i] = [end]


def _number(m: re.Match[str], tag: str = "") -> tuple[float, str | None, bool]:
    """(value, unit, written in words) of one number expression."""
    raw = m.group(f"num{tag}").lower()
    words = not raw[0].isdigit()
    value = _words_value(raw) if words else float(raw.replace(",", ""))
    cur = (m.group(f"cur{tag}") or "").lower() or (m.group(f"cursuf{tag}") or "").strip().lower().removeprefix("us ")
    att = (m.group(f"att{tag}") or "").lower()
    scale = att or (m.group(f"scale{tag}") or "").lower()
    if scale:
        value *= _SCALES[scale]
    pct = (m.group(f"pct{tag}") or "").lower()
    unit = _CURRENCIES.get(cur) if cur else None
    if m.group(f"pence{tag}") and not (cur or words):
        value, unit = round(value / 100, 6), "GBP"  # "50p" is £0.50
    if pct:
        unit = "percentage points" if "point" in pct else "percent"
    return value, unit, words


def _words_value(raw: str) -> float:
    if " and a half" in raw:  # "three and a half" (a scale after it is applied by _number)
        head, _, rest = raw.partition(" and a half")
        return _words_value(head) + 0.5 + (_words_value(rest.strip()) if rest.strip() else 0)
    total = current = 0.0
    for tok in re.split(r"[\s-]+", raw):
        if tok in _WORD_VALUES:
            current += _WORD_VALUES[tok]
        elif tok == "a":
            current += 1
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
    return total + current


def _hedge(value: float, qual: str | None) -> tuple[float | None, float | None, float | None, str | None]:
    """(amount, min, max, qualifier) for a number with an optional hedge word."""
    if not qual:
        return value, None, None, None
    q = " ".join(qual.lower().split())
    lo, hi = _QUAL_BOUNDS[q]
    return None, _scaled(value, lo), _scaled(value, hi), qual.strip()


def _scaled(value: float, factor: float | None) -> float | None:
    # round away float noise: 1150 * 1.1 is 1265.0000000000002
    return None if factor is None else round(value * factor, 6)


def _single(text: str, m: re.Match[str]) -> _Found | None:
    value, unit, words = _number(m)
    glued = (m.group("glued") or "").lower()
    bare = not (m.group("qual") or unit or m.group("att") or m.group("scale") or glued)
    num_start = m.start("num")
    if bare and (
        _LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        or _LOWER_LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        or _STAR_AFTER.match(text, m.end())
        or (not words and _ADDRESS_AFTER.match(text, m.end()))
        or _in_name(text, m, words)
        or _old_year(text, m, value)
    ):
        return None
    qual_text = m.group("qual")
    if qual_text and qual_text.strip().lower() == "some" and _COMPOUND_UNIT.match(text, m.end()):
        qual_text = None  # "some four-year courses": a determiner, not a hedge
    if qual_text and qual_text.lower().startswith("up") and _ADD_UP_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        qual_text = None  # "added up to £148,000": a total, not a ceiling
    age_hedge = None if qual_text else _AGE_HEDGE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if age_hedge:
        qual_text = age_hedge.group(1)  # "over the age of 25" is 25 or more
    amount, lo, hi, qual = _hedge(value, qual_text)
    start = m.start() if qual_text else num_start
    if m.group("cur") and not qual_text:
        start = m.start("cur")
    found = _Found(start, m.end(), amount, lo, hi, unit, qual, words=words and not (qual or unit))
    found.glued = _GLUED_UNITS.get(glued)
    # a bare "m" or "k" is a scale only when a counted noun follows (see _annotate)
    found.needs_counts = (m.group("att") or "").lower() in ("m", "k") and unit is None
    return found


def _in_name(text: str, m: re.Match[str], words: bool) -> bool:
    """A number inside a name: "Essential 11 USA", "CBS 13", "One Direction", "Page Six"."""
    num = m.group("num")
    if words:
        # "… talk to them Ten-year Police veteran" (a caption without its stop) is a duration
        return num[0].isupper() and not _sentence_start(text, m.start("num")) and not _COMPOUND_UNIT.match(text, m.end())
    before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None or before.group(1) in _NOT_NAMES:
        return False
    if not _sentence_start(text, before.start(1)):
        return True
    # at a sentence start, a name when the same words recur mid-sentence ("… Essential 11 USA")
    return any(
        not _sentence_start(text, o.start())
        for o in re.finditer(rf"\b{re.escape(before.group(1))}\s{re.escape(num)}\b", text)
    )


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _old_year(text: str, m: re.Match[str], value: float) -> bool:
    """ "built in 1813", "circa 600 AD": a year before those the dates module knows."""
    if _ERA_AFTER.match(text, m.end()):
        return True
    raw = m.group("num")
    return (
        len(raw) == 4 and raw.isdigit() and 1000 <= value < 1900
        and bool(_YEAR_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    )  # fmt: skip


def _ratio(m: re.Match[str]) -> _Found | None:
    a, b = (float(x) if x.isdigit() else _words_value(x.lower()) for x in (m.group("a"), m.group("b")))
    if not 0 < a < b:
        return None
    amount, lo, hi, qual = _hedge(round(100 * a / b, 6), m.group("qual"))
    return _Found(m.start(), m.end(), amount, lo, hi, "percent", qual)


def _range(text: str, m: re.Match[str]) -> _Found | None:
    a, b = _number(m, "a"), _number(m, "b")
    sep = m.group("sep").lower()
    # "between 8 and 12", "between 10 to 12ft"; "8 and 12" alone are two figures, "three or four" a range
    if m.group("qualb") or (sep == "and" and not m.group("between")) or (sep == "or" and m.group("between")):
        return None
    if a[1] and b[1] and a[1] != b[1]:
        return None  # "fell 3 per cent to 338.5p": two figures, not a range
    if sep == "to" and _CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None  # "rose from 10 to 20" is a change, not a range
    lo, hi = a[0], b[0]
    if not (m.group("atta") or m.group("scalea")) and (m.group("attb") or m.group("scaleb")):
        lo *= _SCALES[(m.group("attb") or m.group("scaleb")).lower()]  # "$10-20bn"
    if lo >= hi:
        return None
    qual = m.group("quala") or m.group("between")
    found = _Found(m.start(), m.end(), None, lo, hi, b[1] or a[1], qual.strip() if qual else None)
    found.glued = _GLUED_UNITS.get((m.group("gluedb") or "").lower())  # "10 to 12ft" counts ft
    return found


def _vague(text: str, m: re.Match[str]) -> _Found | None:
    word = " ".join(m.group("vague").lower().split())
    if any(word.endswith(w) for w in _NEEDS_OF) and not _OF_AFTER.match(text, m.end()):
        if not (word.endswith(("most", "majority")) and _SHARE_VERB_AFTER.match(text, m.end())):
            return None  # "most intense"; but "most were intercepted" is a share
    if word == "most" and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return None  # "make the most of the time": an idiom, not a share
    if word.endswith("all") and re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]):
        return None  # "virtually all Warrington": a manner of play, not a share
    qual = m.group("qual")
    unit = None
    if word in _VAGUE_RANGES:
        lo, hi = _VAGUE_RANGES[word]
    else:
        lo, hi = _VAGUE_SHARES[word.split()[-1]]
        unit = "percent"
    if qual:
        bounds = _QUAL_BOUNDS[" ".join(qual.lower().split())]
        lo = lo if bounds[0] is not None else None  # "up to hundreds": no floor
        hi = hi if bounds[1] is not None else None  # "more than a few": no ceiling
    return _Found(m.start(), m.end(), None, lo, hi, unit, qual.strip() if qual else m.group("vague"))


def _anniversary(m: re.Match[str]) -> _Found:
    if m.group("ord"):
        o = m.group("ord").lower()
        n = float(_ORDINALS[o]) if o in _ORDINALS else float(o[:-2])
    else:
        c = m.group("card").lower()
        n = float(c) if c.isdigit() else _words_value(c)
    return _Found(m.start(), m.end(), n, counts="years", event="anniversary")


# --- context: counted noun, event, scope ----------------------------------------


def _annotate(
    text: str, f: _Found, sentence: tuple[int, int], earlier: list[_Found], scopes: list[tuple[int, int, str]]
) -> bool:
    """Fill counts, event and scope from the sentence; False when f is not a quantity after all."""
    s_start, s_end = sentence
    if f.event == "anniversary":  # counts and event set by _anniversary
        f.scope = _war_scope(text, f.end)
        return True
    f.counts, f.tail = _counted(text, f)
    if f.needs_counts and f.counts is None:
        return False
    if f.words and not _word_number_ok(text, f):
        return False
    if f.counts == "years" and re.match(r"\s+since\b", text[f.tail : f.tail + 8]):
        f.event, f.scope = "anniversary", _war_scope(text, f.tail)
        return True
    age = _AGE_BEFORE.search(text, max(0, f.start - 16), f.start)
    if age and f.counts not in ("years", "years old"):
        f.counts, f.tail = None, f.end  # "aged 15, that he …": an age, nothing counted after it
    if age or _is_measure(f.counts):
        # an age or a span of time is not what was launched or killed in its clause
        f.scope = _nearest_scope(scopes, f, s_start, s_end)
        return True
    if _WHOLE_BEFORE.search(text, max(s_start, f.start - 16), f.start):
        f.event = _event_after(text, f.tail, s_end)  # "intercepted 138 of the 267 drones": 267 was not intercepted
    elif _PART_AFTER.match(text, f.end):
        # "shot down 90% of the drones launched": the verb before governs the part
        f.event = _event_before(text, s_start, f.start) or _event_after(text, f.tail, s_end)
    else:
        f.event = _event_after(text, f.tail, s_end) or _event_before(text, s_start, f.start)
    if f.words and not (f.counts or f.event):
        bare_ok = _BARE_WORD_AFTER.match(text, f.end) or _BARE_WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
        if not bare_ok:
            return False
    if f.counts is None and f.unit is None and not _is_name_age(text, f):
        f.counts = _counts_from_context(text, s_start, f, earlier)
    elif f.counts == "others":
        prior = earlier[-1] if earlier else None
        if (prior and prior.counts in _PERSONS) or f.event in _CASUALTIES:
            f.counts = "people"
    f.scope = _nearest_scope(scopes, f, s_start, s_end)
    return True


def _is_name_age(text: str, f: _Found) -> bool:
    """ "Jeremiah Gaver, 28 (left)", "Charles Lewis, 91, from …": an age after a name counts nothing."""
    return (
        f.amount is not None and f.qualifier is None and text[f.start].isdigit() and f.amount < 120
        and bool(_NAME_COMMA_BEFORE.search(text, max(0, f.start - 30), f.start))
        and bool(_AGE_END_AFTER.match(text, f.end))
    )  # fmt: skip


def _is_measure(counts: str | None) -> bool:
    if not counts:
        return False
    head = counts.split()[0] if counts.endswith(" old") else counts.split()[-1]
    return head in _MEASURES or head.removesuffix("s") in _MEASURES


def _counted(text: str, f: _Found) -> tuple[str | None, int]:
    """The counted noun phrase after f and where it ends (f.end when there is none)."""
    if f.glued:
        return f.glued, f.end
    if _MAGNITUDE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return "magnitude", f.end
    compound = _COMPOUND_UNIT.match(text, f.end) or _SHARED_COMPOUND.match(text, f.end)
    if compound is None and f.unit is None and text[f.end - 1].isdigit():
        compound = _DIGIT_COMPOUND.match(text, f.end)  # "a 90-room hotel" counts rooms
    if compound:
        unit = compound.group("unit").lower()
        unit = "feet" if unit == "foot" else f"{unit}s"
        return (f"{unit} old" if compound.group("old") else unit), compound.end()
    phrase, end = _noun_phrase(text, f.end)
    if phrase and phrase.split()[0] == "magnitude":
        return "magnitude", end
    if phrase and phrase.split()[0] in _TIME_UNITS and len(phrase.split()) > 1:
        return phrase.split()[0] + "s", end  # "a three minute charge" lasts minutes
    if phrase is None and f.unit is None:
        inner = _INNER_MEASURE.match(text, f.end)
        if inner:
            phrase, end = _noun_phrase(text, inner.end())
    if phrase is None:
        joiner = _MONEY_OF if f.unit in ("USD", "EUR", "GBP") else _OF_PHRASE
        pos = f.end + 1 if text[f.end : f.end + 1] == ")" else f.end  # "one in five (20%) of employers"
        m = joiner.match(text, pos)
        if m:
            phrase, after = _noun_phrase(text, m.end())
            if phrase and f.unit is None and not _is_plural(phrase.split()[-1]):
                phrase = None  # "5 of the drones" counts drones; "Section 5 of the law" nothing
            end = after if phrase else f.end
    return phrase, end


def _noun_phrase(text: str, pos: int) -> tuple[str | None, int]:
    """Up to four words from pos that can name a counted thing, lower-cased."""
    words: list[str] = []
    end = pos
    while len(words) < 4:
        m = _WORD.match(text, end)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if not words and low in _LEADING_SKIP:  # "five more people", "five other people"
            end = m.end()
            continue
        if low.endswith(("s'", "s’")) and len(low) > 3:  # "three months’ notice" counts months
            words.append(word[:-1])
            end = m.end()
            break
        if low.endswith(("'s", "’s")):
            if not words and low[:-2] in _PLURALS:  # "six people's lives" counts people
                words.append(word[:-2])
                end = m.end()
            break
        if low in _STOP or low in _EVENT_WORDS or low in _NOT_COUNTED:
            break
        if low.endswith("ly") and low not in _LY_NOUNS:
            break
        if word[0].isupper() and words and not words[-1][0].isupper():
            break  # a capitalised word after a common noun starts a new phrase
        if words and (low.endswith("ed") or low in _VERBS):
            break  # "homes damaged", "one side won"
        words.append(word)
        end = m.end()
        if _is_plural(low) and not ((low in _PLURALS or word[0].isupper()) and _plural_noun_at(text, end)):
            break  # the head noun: "people worldwide", "drones got through"; not "police officers"
    if not words:
        return None, pos
    return " ".join(words).lower(), end


def _plural_noun_at(text: str, pos: int) -> bool:
    """Whether a lower-case plural noun follows: "police officers", "Masters appearances"."""
    m = _WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word.islower() and _is_plural(word) and word not in _STOP and word not in _EVENT_WORDS and word not in _NOT_COUNTED


def _is_plural(word: str) -> bool:
    if word in _PLURALS:
        return True
    if word.endswith("men") and len(word) > 4:  # "seamen", "gunmen"
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _word_number_ok(text: str, f: _Found) -> bool:
    """Whether a bare number word is an amount: "one man" is, "one of the most …" is not."""
    if text[f.start : f.end].lower() != "one" or _COMPOUND_UNIT.match(text, f.end):
        return True  # "the one-year-old cat" is an age
    if _ONE_IDIOM_AFTER.match(text, f.end) or _ONE_IDIOM_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False
    return f.counts is not None and f.counts not in _ONE_IDIOM_COUNTS


def _event_after(text: str, pos: int, limit: int) -> str | None:
    m = _EVENT_AFTER.match(text, pos, limit)
    return _lemma(m) if m else None


def _event_before(text: str, s_start: int, pos: int) -> str | None:
    """The last event word before pos in the same clause."""
    clause = s_start
    for m in _CLAUSE_BREAK.finditer(text, s_start, pos):
        clause = m.end()
    last = None
    for m in _EVENT.finditer(text, clause, pos):
        last = m
    return _lemma(last) if last else None


def _lemma(m: re.Match[str]) -> str | None:
    for i, lemma in enumerate(_LEMMAS):
        if m.group(f"ev{i}") is not None:
            return lemma
    return None


def _counts_from_context(text: str, s_start: int, f: _Found, earlier: list[_Found]) -> str | None:
    """A bare number counts what an earlier number in its sentence, or an "of the X" before it, counts."""
    for g in reversed(earlier):
        if g.counts and g.unit is None and g.event != "anniversary":
            return "people" if g.counts in _PERSONS else g.counts
    last = None
    for m in _OF_THE_BEFORE.finditer(text, s_start, f.start):
        last = m
    if last is None:
        return None
    phrase, end = _noun_phrase(text, last.end())
    return phrase if end <= f.start else None


def _war_scope(text: str, pos: int) -> str | None:
    """ "… anniversary of Russia's full-scale invasion" is an anniversary of the war's start."""
    return _SINCE_WAR_SCOPE if _OF_WAR_AFTER.match(text, pos) else None


def _scope_hits(text: str) -> list[tuple[int, int, str]]:
    hits = []
    for pattern, name in _SCOPES:
        for m in pattern.finditer(text):
            hits.append((m.start(), m.end(), _scope_name(m, name)))
    return sorted(hits)


def _scope_name(m: re.Match[str], name: str) -> str:
    if name == "single":
        return f"single {m.group('u').lower()}"
    if name != "past":
        return name
    unit = m.group("unit").lower()
    n = m.group("n")
    if not n:
        return f"past {unit}"
    count = int(n) if n.isdigit() else int(_words_value(n.lower()))
    return f"past {count} {unit}{'s' if count != 1 else ''}"


def _nearest_scope(scopes: list[tuple[int, int, str]], f: _Found, s_start: int, s_end: int) -> str | None:
    """The scope nearest f in its sentence; a time window beats "since the war began"."""
    best: tuple[bool, int, str] | None = None
    for start, end, name in scopes:
        if start < s_start or end > s_end:
            continue
        # "the largest assault since the war began, launching 267 drones … overnight":
        # "since …" qualifies the superlative, the window scopes the count.
        rank = (name == _SINCE_WAR_SCOPE, max(0, start - f.end, f.start - end), name)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


# --- comparing counted things ---------------------------------------------------

_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "ft": "foot", "ins": "inch", "in": "inch", "inches": "inch", "kilometres": "km", "kilometers": "km",
    "kilometre": "km", "kilometer": "km", "kilograms": "kg", "kilogram": "kg", "metres": "metre",
    "meters": "metre", "meter": "metre", "m": "metre", "lbs": "lb", "millimetres": "mm",
}  # fmt: skip


def head_noun(phrase: str | None) -> str | None:
    """The counted thing's head noun, for comparing: "attack drones" -> "drone", "years old" -> "year"."""
    if not phrase:
        return None
    words = phrase.lower().split()
    if len(words) > 1 and words[-1] == "old":
        words = words[:-1]
    word = words[-1]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
