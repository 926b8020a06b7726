"""Tests for storycheck.quantities: number expressions, what they count, event and scope."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.model import Article, Mention, QuantityValue
from storycheck.quantities import extract_quantities
from tests.conftest import EXAMPLE, example_article

EXAMPLE_FILES = sorted(EXAMPLE.glob("*.txt"))


def _article(text: str, published: date | None = None, article_id: str = "a") -> Article:
    return Article(id=article_id, source="test", text=text, published=published)


def _quantities(text: str) -> list[Mention]:
    return extract_quantities(_article(text))


def _example(stem_prefix: str) -> Article:
    return example_article(stem_prefix, date(2025, 2, 23) if stem_prefix == "004" else None)


def _pick(mentions: list[Mention], span: str, nth: int = 0) -> QuantityValue:
    hits = [m for m in mentions if m.text == span]
    assert len(hits) > nth, f"no mention {span!r} (#{nth}) in {[m.text for m in mentions]}"
    value = hits[nth].value
    assert isinstance(value, QuantityValue)
    return value


# (sentence, span of the mention, expected fields). Add cases freely: fields
# not named are not checked.
CASES: list[tuple[str, str, dict[str, object]]] = [
    # numbers and units
    ("Russia launched 267 drones.", "267", {"amount": 267, "counts": "drones", "event": "launched"}),
    ("It fired 1,150 attack drones.", "1,150", {"amount": 1150, "counts": "attack drones", "event": "launched"}),
    ("Inflation hit 2.5 percent.", "2.5 percent", {"amount": 2.5, "unit": "percent"}),
    ("Ukraine owed $500bn to the US.", "$500bn", {"amount": 500e9, "unit": "USD", "event": "owed"}),
    ("Ukraine owed the US $500 billion.", "$500 billion", {"amount": 500e9, "unit": "USD"}),
    ("The EU gave €50 billion in aid.", "€50 billion", {"amount": 50e9, "unit": "EUR", "counts": "aid"}),
    ("The fund holds £3m.", "£3m", {"amount": 3e6, "unit": "GBP"}),
    ("It cost 20 million dollars.", "20 million dollars", {"amount": 20e6, "unit": "USD"}),
    ("It demanded a 50% stake in the mines.", "50%", {"amount": 50, "unit": "percent", "counts": "stake", "event": "demanded"}),
    ("They sought 50 per cent of the minerals.", "50 per cent", {"amount": 50, "unit": "percent", "counts": "minerals", "event": "demanded"}),
    ("Support fell 3 percentage points.", "3 percentage points", {"unit": "percentage points"}),
    ("Some 1.5 million people were displaced.", "Some 1.5 million", {"min": 1.35e6, "max": 1.65e6, "counts": "people", "event": "displaced"}),
    ("Officials counted two hundred and fifty homes.", "two hundred and fifty", {"amount": 250, "counts": "homes"}),
    ("Twenty-five soldiers were captured.", "Twenty-five", {"amount": 25, "counts": "soldiers", "event": "captured"}),
    ("A dozen drones were shot down.", "A dozen", {"amount": 12, "counts": "drones", "event": "shot down"}),
    ("Police arrested a thousand protesters.", "a thousand", {"amount": 1000, "counts": "protesters", "event": "arrested"}),
    # hedges
    ("It launched nearly 1,150 attack drones.", "nearly 1,150", {"amount": None, "min": 1035, "max": 1150, "qualifier": "nearly"}),
    ("It dropped more than 1,400 guided aerial bombs.", "more than 1,400", {"min": 1400, "max": None, "counts": "guided aerial bombs"}),
    ("At least one person was killed.", "At least one", {"min": 1, "max": None, "counts": "person", "event": "killed"}),
    ("About 100 people died.", "About 100", {"min": 90, "max": 110, "qualifier": "About", "event": "died"}),
    ("Up to 40 missiles were fired.", "Up to 40", {"min": None, "max": 40, "event": "launched"}),
    ("Over 300 drones were launched.", "Over 300", {"min": 300, "max": None}),
    ("Almost 20 people were hurt.", "Almost 20", {"min": 18, "max": 20, "event": "injured"}),
    # explicit ranges
    ("Between 10 and 20 people were wounded.", "Between 10 and 20", {"amount": None, "min": 10, "max": 20, "counts": "people", "event": "injured"}),
    ("Officials said 10-20 drones were intercepted.", "10-20", {"min": 10, "max": 20, "counts": "drones", "event": "intercepted"}),
    ("They fired 10 to 20 missiles.", "10 to 20", {"min": 10, "max": 20, "counts": "missiles"}),
    ("The deal is worth $10-20bn.", "$10-20bn", {"min": 10e9, "max": 20e9, "unit": "USD"}),
    # vague amounts
    ("Dozens of people were injured.", "Dozens", {"min": 24, "max": 99, "counts": "people", "event": "injured"}),
    ("Hundreds of drones were launched.", "Hundreds", {"min": 200, "max": 999, "counts": "drones"}),
    ("Thousands fled.", "Thousands", {"min": 2000, "max": 9999}),
    ("Tens of thousands of people were displaced.", "Tens of thousands", {"min": 20000, "max": 99999}),
    ("A few drones hit the city.", "A few", {"min": 2, "max": 5, "counts": "drones", "event": "hit"}),
    ("Several regions were hit.", "Several", {"min": 3, "max": 9, "counts": "regions", "event": "hit"}),
    ("Nearly all drones were intercepted.", "Nearly all", {"min": 90, "max": 100, "unit": "percent"}),
    ("Most of the drones were intercepted.", "Most", {"min": 50, "max": 100, "unit": "percent", "counts": "drones"}),
    # anniversaries
    ("On the eve of the third anniversary of Russia's full-scale invasion.", "third anniversary", {"amount": 3, "counts": "years", "event": "anniversary", "scope": "since the war began"}),
    ("Ahead of the three-year anniversary of the war.", "three-year anniversary", {"amount": 3, "counts": "years", "event": "anniversary"}),
    ("Ukraine marked three years since Russia launched its full-scale invasion.", "three", {"amount": 3, "counts": "years", "event": "anniversary", "scope": "since the war began"}),
    # counted thing from context
    ("Out of the 267 drones launched, air defence systems intercepted 138, while 119 drones failed to reach their targets.", "138", {"counts": "drones", "event": "intercepted"}),
    ("Out of the 267 drones launched, air defence systems intercepted 138, while 119 drones failed to reach their targets.", "119", {"counts": "drones", "event": "lost"}),
    ("Of the drones launched from Saturday night to early Sunday,138 were intercepted by air defences while 119 were “lost” without causing damage.", "138", {"counts": "drones", "event": "intercepted", "scope": "overnight"}),
    ("Of the drones launched from Saturday night to early Sunday,138 were intercepted by air defences while 119 were “lost” without causing damage.", "119", {"counts": "drones", "event": "lost", "scope": "overnight"}),
    ("The attack left one man dead and five others injured.", "one", {"amount": 1, "counts": "man", "event": "killed"}),
    ("The attack left one man dead and five others injured.", "five", {"amount": 5, "counts": "people", "event": "injured"}),
    ("The attack killed one man and wounded five people.", "five", {"counts": "people", "event": "injured"}),
    ("Three were killed.", "Three", {"amount": 3, "event": "killed"}),
    # scopes
    ("Russia launched 267 drones against Ukraine overnight.", "267", {"scope": "overnight"}),
    ("Over the past week, Russia fired 35 missiles.", "35", {"scope": "past week"}),
    ("In the past 24 hours, 12 people were killed.", "12", {"scope": "past 24 hours"}),
    ("The 267 drones spotted are a record for a single attack.", "267", {"event": "spotted", "scope": "single attack"}),
    ("It was the largest assault since the war began, launching 267 drones overnight.", "267", {"scope": "overnight"}),
    ("Some 50 drones are launched every day.", "Some 50", {"scope": "daily"}),
    ("Russia has launched 40,000 drones since the war began.", "40,000", {"scope": "since the war began"}),
    # compounds and scale letters
    ("A 10-year-old boy was among those hurt.", "10", {"amount": 10, "counts": "years old"}),
    ("A 30-day ceasefire began.", "30", {"amount": 30, "counts": "days"}),
    ("Ukraine has received 1.5m doses.", "1.5m", {"amount": 1.5e6, "counts": "doses", "event": "received"}),
    ("COVID-19 killed 2 million people worldwide.", "2 million", {"amount": 2e6, "counts": "people", "event": "killed"}),
    ("About 70% of Ukrainians support him.", "About 70%", {"min": 63, "max": 77, "counts": "ukrainians"}),
    ("Russia fired 10 Iskander missiles.", "10", {"counts": "iskander missiles", "event": "launched"}),
    ("Russia launched 267 drones, 138 of which were shot down.", "138", {"counts": "drones", "event": "shot down"}),
    # shares written as ratios
    ("It found that one in five divorcees retire in debt.", "one in five", {"amount": 20, "unit": "percent", "counts": "divorcees"}),
    ("Nearly one in five divorced people retire poor.", "Nearly one in five", {"min": 18, "max": 20, "unit": "percent"}),
    ("Four out of five children tried new food.", "Four out of five", {"amount": 80, "unit": "percent", "counts": "children"}),
    ("About four in 10 pupils eat school lunches.", "About four in 10", {"min": 36, "max": 44, "unit": "percent"}),
    # units glued to the number, and measures
    ("The tremor struck 1.2 miles (2km) away.", "2km", {"amount": 2, "counts": "km"}),
    ("He was 13 stone (82kg) when captured.", "82kg", {"amount": 82, "counts": "kg"}),
    ("They carried four 12ft scaling ladders.", "12ft", {"amount": 12, "counts": "ft"}),
    ("They carried four 12ft scaling ladders.", "four", {"amount": 4, "counts": "scaling ladders"}),
    ("It had four 12-foot ladders.", "12", {"amount": 12, "counts": "feet"}),
    ("The magnitude-4.8 quake struck at a depth of 15.5km.", "4.8", {"amount": 4.8, "counts": "magnitude"}),
    ("The magnitude-4.8 quake struck at a depth of 15.5km.", "15.5km", {"counts": "km", "event": None}),
    ("It followed the 1.5 magnitude tremor.", "1.5", {"counts": "magnitude"}),
    ("The epicentre was to within 2km of the site.", "within 2km", {"min": None, "max": 2}),
    # number words: halves, shared compounds, bare counts
    ("They stood together for two and a half years.", "two and a half", {"amount": 2.5, "counts": "years"}),
    ("She lives three and a half thousand miles away.", "three and a half thousand", {"amount": 3500, "counts": "miles"}),
    ("Free childcare for three- and four-year-olds.", "three", {"amount": 3, "counts": "years old"}),
    ("Only 28 made it over, of which three made a home run.", "three", {"amount": 3}),
    ("Somerset replaced three out of its 13 community hospitals.", "three", {"amount": 3}),
    ("The moment when six people's lives change forever.", "six", {"amount": 6, "counts": "people"}),
    ("Some four-year courses are offered.", "four", {"amount": 4, "min": None, "counts": "years"}),
    # glued sentences (XSum) and mojibake
    ("It was the deadly quake in L'Aquila.Six scientists were convicted.", "Six", {"amount": 6, "counts": "scientists"}),
    ("Google paid Â£10m in UK corporate taxes.", "£10m", {"amount": 10e6, "unit": "GBP", "counts": "uk corporate taxes"}),
    ("It was done by A-levels.No more than 10% of places should be short.", "No more than 10%", {"max": 10, "min": None}),
    # what is counted: comparatives, verbs, ages, durations take no event
    ("Income is 13 per cent higher than a colleague's.", "13 per cent", {"counts": None}),
    ("Amira Abase fled to Syria aged 15, that he could not explain.", "15", {"counts": None}),
    ("The 39-year-old paid tribute to the players.", "39", {"counts": "years old", "event": None}),
    ("Thompson was released after eight years in detention and was hurt.", "eight", {"counts": "years", "event": None}),
    ("A few miles away, the wooded area hides smugglers.", "A few", {"counts": "miles"}),
    # scale words and pence glued to the number
    ("The bank booked a £250million loss.", "£250million", {"amount": 250e6, "unit": "GBP", "counts": "loss"}),
    ("The club paid $12billion in fees.", "$12billion", {"amount": 12e9, "unit": "USD", "counts": "fees"}),
    ("The deal cost £4.2mNext week the talks resume.", "£4.2m", {"amount": 4.2e6, "unit": "GBP"}),
    ("Shares closed at 212.5p on Friday.", "212.5p", {"amount": 2.125, "unit": "GBP"}),
    ("A pint now costs 40p more.", "40p", {"amount": 0.4, "unit": "GBP"}),
    # ranges: "between … to", "N or M", the unit of the second number
    ("The ladder fell between 6 to 8ft onto the path.", "between 6 to 8ft", {"min": 6, "max": 8, "counts": "ft"}),
    ("She planted two or three apple trees.", "two or three", {"min": 2, "max": 3, "counts": "apple trees"}),
    ("Prices fell 4 per cent to 90p.", "90p", {"amount": 0.9, "unit": "GBP"}),
    # hedges read from the context
    ("The course is open to anyone over the age of 30.", "30", {"min": 30, "max": None}),
    ("Pupils under the age of 12 go free.", "12", {"min": None, "max": 12}),
    ("The repair bills added up to £9,000.", "£9,000", {"amount": 9000, "unit": "GBP"}),
    ("A large majority of members voted no.", "A large majority", {"min": 50, "max": 100, "unit": "percent"}),
    # what is counted
    ("The fifth wedding anniversary falls in May.", "fifth wedding anniversary", {"amount": 5, "event": "anniversary"}),
    ("The charity said the one-year-old dog survived.", "one", {"amount": 1, "counts": "years old"}),
    ("He has two previous convictions for theft.", "two", {"counts": "convictions"}),
    ("She gave three months' notice.", "three", {"counts": "months"}),
    ("Four police officers were hurt.", "Four", {"counts": "police officers", "event": "injured"}),
    ("He made six Olympics appearances.", "six", {"counts": "olympics appearances"}),
    ("Hundreds of firemen were deployed.", "Hundreds", {"counts": "firemen", "event": "deployed"}),
    ("The plan adds a 40-room hotel.", "40", {"counts": "rooms"}),
    ("He took £2m of the prize money.", "£2m", {"counts": "prize money"}),
    ("Rebels seized most of Tarville's old prison.", "most", {"counts": "old prison"}),
    ("The area had 60 lorries.Ferry boss Ann Lee, 52, resigned.", "52", {"counts": None}),
    ("Two men were held: Tom Reed, 31 (left), and Jo Reed, 29.", "31", {"counts": None}),
    ("The total number of beds in the ward rose to 48.", "48", {"counts": "beds"}),
    ("Russia launched 267 drones; most were intercepted.", "most", {"min": 50, "max": 100, "unit": "percent", "event": "intercepted"}),
    # a part takes the verb before it, its whole only a verb after it
    ("Air defences shot down 90% of the 267 drones launched.", "90%", {"counts": "drones", "event": "shot down"}),
    ("Air defences shot down 90% of the 267 drones launched.", "267", {"counts": "drones", "event": "launched"}),
    ("Air defences intercepted 138 of the 267 drones.", "267", {"counts": "drones", "event": None}),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), CASES)
def test_quantities_extracts_fields(sentence: str, span: str, expected: dict[str, object]) -> None:
    value = _pick(_quantities(sentence), span)
    for field, want in expected.items():
        assert getattr(value, field) == want, f"{field}: {getattr(value, field)!r} != {want!r} in {sentence!r}"


# Sentences whose listed spans must NOT be extracted as quantities.
NOT_QUANTITIES: list[tuple[str, str]] = [
    ("The invasion began on February 24, 2022.", "24"),
    ("The invasion began on February 24, 2022.", "2022"),
    ("Fighting has gone on since 2014.", "2014"),
    ("Published On 23 Feb 2025", "23"),
    ("Published On 23 Feb 202523 Feb 2025", "202523"),
    ("Zelensky spoke on February 23.", "23"),
    ("It was one of the most intense waves of strikes.", "one"),
    ("The briefing starts at 10:30 GMT.", "10"),
    ("The briefing starts at 10:30 GMT.", "30"),
    ("He landed at 9am.", "9"),
    ("1. First point\n2. Second point", "1"),
    ("Recommended Stories list of 3 itemsend of list", "3"),
    ("The F-16 jets arrived.", "16"),
    ("Article 000_445189bc3a3f21b6 is stored.", "000"),
    ("No one was hurt.", "one"),
    ("Most intense attacks came at night.", "Most"),
    ("It happened two days ago.", "two"),
    ("He ran 500m to the shelter.", "500m"),
    ("Section 5 of the law applies.", "5"),
    ("Figures rose from 10 to 20 percent.", "10 to 20"),
    # scores, names, labels, old years, idioms
    ("The Wolves ran out 29-10 winners.", "29"),
    ("Ross County beat them 2-1 in Dingwall.", "2"),
    ("He made it 14-0 and a Higham 40-20 kick followed.", "40"),
    ("The rights were bought by production firm Essential 11 USA.", "11"),
    ("Essential 11 did a fantastic job, said the firm, praising Essential 11 again.", "11"),
    ("It was reported by CBS 13 on Friday.", "13"),
    ("Speaking on BBC Radio 4's Start the Week, he said so.", "4"),
    ("He was the keen golf-playing member of One Direction.", "One"),
    ("Most were below level three apprenticeships.", "three"),
    ("He is Rory McIlroy's par three caddy.", "three"),
    ("The current hospital was built in 1813, but it is cramped.", "1813"),
    ("The circa 600 AD coin was found.", "600"),
    ("The inventory was published four decades ago.", "four"),
    ("In the past five years, the hospitals were replaced.", "five"),
    ("It was virtually all Warrington after that.", "virtually all"),
    ("It was the most intense attack of the war.", "most"),
    ("The stories were woven together to speak with one voice.", "one"),
    # odds, phone numbers, windows ahead, date ranges, grades, ranks, addresses, idioms
    ("The horse is now 12/1 to win and the favourite 5/2.", "12"),
    ("The horse is now 12/1 to win and the favourite 5/2.", "5"),
    ("A neighbour was calling 999. Police came.", "999"),
    ("The 911 call lasted a minute.", "911"),
    ("Debts will be cleared in the next four years.", "four"),
    ("The summit runs on 14-15 March in Rome.", "14"),
    ("The festival (June 3 - 5) sold out.", "5"),
    ("They built a new four star hotel.", "four"),
    ("It was rated a 5-star resort.", "5"),
    ("He stayed in the world's top 30 all year.", "30"),
    ("The rule is set out in clause 4.2 of the deal.", "4.2"),
    ("She was based at 12 Kings Bench Street in London.", "12"),
    ("He wants to make the most of the summer.", "most"),
    ("Town made it 31-12.Stone scored again.", "31"),
]


@pytest.mark.parametrize(("sentence", "span"), NOT_QUANTITIES)
def test_quantities_skips_non_quantities(sentence: str, span: str) -> None:
    spans = [m.text for m in _quantities(sentence)]
    assert not any(span in s for s in spans), f"{span!r} extracted from {sentence!r}: {spans}"


def test_quantities_exact_amount_has_no_range() -> None:
    value = _pick(_quantities("Russia launched 267 drones."), "267")
    assert (value.amount, value.min, value.max, value.qualifier) == (267, None, None, None)


def test_quantities_range_has_no_amount() -> None:
    value = _pick(_quantities("It launched nearly 1,150 attack drones."), "nearly 1,150")
    assert value.amount is None and value.min is not None and value.max == 1150


def test_quantities_two_numbers_in_one_sentence_keep_their_own_events() -> None:
    mentions = _quantities("A Russian missile attack killed one man and wounded five people, officials said.")
    assert [(m.text, m.value.event) for m in mentions] == [("one", "killed"), ("five", "injured")]


# --- the bundled example ------------------------------------------------------

# (file prefix, span, nth occurrence, expected fields)
EXAMPLE_FACTS: list[tuple[str, str, int, dict[str, object]]] = [
    ("000", "267", 0, {"amount": 267, "counts": "drones", "event": "launched", "scope": "overnight"}),
    ("000", "nearly 1,150", 0, {"max": 1150, "counts": "attack drones", "event": "launched", "scope": "past week"}),
    ("000", "1,400", 0, {"amount": 1400, "counts": "guided aerial bombs", "event": "launched", "scope": "past week"}),
    ("000", "35", 0, {"amount": 35, "counts": "missiles", "event": "launched", "scope": "past week"}),
    ("000", "267", 1, {"amount": 267, "counts": "drones", "event": "launched"}),
    ("000", "138", 0, {"amount": 138, "counts": "drones", "event": "intercepted"}),
    ("000", "119", 0, {"amount": 119, "counts": "drones", "event": "lost"}),
    ("000", "one", 0, {"amount": 1, "counts": "man", "event": "killed"}),
    ("000", "five", 0, {"amount": 5, "counts": "people", "event": "injured"}),
    ("000", "$500 billion", 0, {"amount": 500e9, "unit": "USD", "event": "owed"}),
    ("000", "50%", 0, {"amount": 50, "unit": "percent", "counts": "stake", "event": "demanded"}),
    ("000", "three", 0, {"amount": 3, "counts": "years", "event": "anniversary"}),
    ("002", "267", 0, {"amount": 267, "counts": "drones", "event": "launched", "scope": "overnight"}),
    ("002", "at least one", 0, {"min": 1, "max": None, "counts": "person", "event": "killed"}),
    ("002", "third anniversary", 0, {"amount": 3, "counts": "years", "event": "anniversary"}),
    ("004", "267", 0, {"amount": 267, "counts": "drones", "event": "launched", "scope": "overnight"}),
    ("004", "nearly 1,150", 0, {"max": 1150, "counts": "attack drones", "event": "launched", "scope": "past week"}),
    ("004", "more than 1,400", 0, {"min": 1400, "counts": "guided aerial bombs", "event": "launched", "scope": "past week"}),
    ("004", "35", 0, {"amount": 35, "counts": "missiles", "event": "launched", "scope": "past week"}),
    ("004", "138", 0, {"amount": 138, "counts": "drones", "event": "intercepted", "scope": "overnight"}),
    ("004", "119", 0, {"amount": 119, "counts": "drones", "event": "lost", "scope": "overnight"}),
    ("004", "267", 1, {"amount": 267, "counts": "drones", "event": "spotted", "scope": "single attack"}),
    ("004", "one", 0, {"amount": 1, "counts": "man", "event": "killed"}),
    ("004", "five", 0, {"amount": 5, "counts": "people", "event": "injured"}),
    ("004", "$500bn", 0, {"amount": 500e9, "unit": "USD", "event": "owed"}),
    ("004", "50 percent", 0, {"amount": 50, "unit": "percent", "counts": "ownership", "event": "demanded"}),
    ("004", "third anniversary", 0, {"amount": 3, "counts": "years", "event": "anniversary"}),
    ("004", "three-year anniversary", 0, {"amount": 3, "counts": "years", "event": "anniversary"}),
]


@pytest.mark.parametrize(("prefix", "span", "nth", "expected"), EXAMPLE_FACTS)
def test_quantities_finds_example_figures(prefix: str, span: str, nth: int, expected: dict[str, object]) -> None:
    value = _pick(extract_quantities(_example(prefix)), span, nth)
    for field, want in expected.items():
        assert getattr(value, field) == want, f"{prefix} {span!r}#{nth} {field}: {getattr(value, field)!r} != {want!r}"


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_quantities_example_has_no_date_numbers(prefix: str) -> None:
    spans = [m.text for m in extract_quantities(_example(prefix))]
    assert not any(s in ("2022", "2014", "24", "23", "2025", "3") or "2025" in s for s in spans), spans


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_quantities_offsets_match_text_in_examples(path: Path) -> None:
    article = Article(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"))
    mentions = extract_quantities(article)
    assert mentions
    for m in mentions:
        assert m.article == article.id
        assert article.text[m.start : m.end] == m.text
        assert m.kind == "quantity"


# --- properties -----------------------------------------------------------------

_FRAGMENTS = [
    "1,150", "2.5", "267", "2022", "24", "0", "1,", ",5", ".", ",", "-", "–", "—", "%", "$", "€", "£",
    "bn", "m", "k", " billion", " million", " percent", " per cent", "nearly", "more than", "at least",
    "about", "up to", "between", "and", "to", "one", "twenty-five", "a dozen", "hundreds", "dozens",
    "of", "the", "drones", "attack", "were", "intercepted", "killed", "dead", "others", "injured",
    "overnight", "past week", "since the war began", "February", "Feb", "Sunday", "third",
    "anniversary", "years since", "10:30", "am", " ", " ", "\n", "“", "”", "'s", "F-16", "most",
    "several", "a few", "list of 3 items", "from Saturday night to early Sunday",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40), st.lists(st.sampled_from(["", " "]), max_size=40))
def test_quantities_offsets_always_match_text(parts: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(parts))
    article = _article(text)
    for m in extract_quantities(article):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        v = m.value
        assert isinstance(v, QuantityValue)
        assert (v.amount is None) != (v.min is None and v.max is None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_quantities_never_crash_on_any_text(text: str) -> None:
    for m in extract_quantities(_article(text)):
        assert text[m.start : m.end] == m.text


def test_quantities_overflowing_numbers_are_not_reported():
    text = "The fund holds 1" + "0" * 400 + " dollars and 35 missiles were fired."
    values = [m.value.amount for m in extract_quantities(Article("a", "a", text))]
    assert values == [35.0]
