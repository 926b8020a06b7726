"""Tests for storycheck.people: named people, their titles, and short references."""

from __future__ import annotations

import re

import pytest

from storycheck.model import Article, RoleValue
from storycheck.people import DESCRIPTION_PATTERN, PersonRef, extract_roles, find_people, resolve_description
from storycheck.quotes import extract_quotes
from tests.conftest import example_article

load_example = example_article


def roles_of(text: str) -> list[tuple[str, str]]:
    return [(m.value.person, m.value.title) for m in extract_roles(Article("t", "t", text))]  # type: ignore[union-attr]


# (sentence, expected (person, title) pairs in order) — add cases here.
ROLE_CASES = [
    ("US Secretary of State Marco Rubio met him.", [("Marco Rubio", "US Secretary of State")]),
    ("Russian Foreign Minister Sergey Lavrov said so.", [("Sergey Lavrov", "Russian Foreign Minister")]),
    ("Russia’s Deputy Foreign Minister Sergei Ryabkov confirmed it.", [("Sergei Ryabkov", "Russia’s Deputy Foreign Minister")]),
    ("Air force spokesman Yuriy Ignat said 138 were intercepted.", [("Yuriy Ignat", "Air force spokesman")]),
    ("Ukraine’s Air Force spokesman, Yuriy Ignat, said that.", [("Yuriy Ignat", "Ukraine’s Air Force spokesman")]),
    ("Trump envoy Steve Witkoff said a deal was near.", [("Steve Witkoff", "Trump envoy")]),
    ("Trump’s envoy, Steve Witkoff, suggested a deal.", [("Steve Witkoff", "Trump’s envoy")]),
    ("Treasury Secretary Scott Bessent also said it.", [("Scott Bessent", "Treasury Secretary")]),
    ("It came as former U.S. President Donald Trump spoke.", [("Donald Trump", "former U.S. President")]),
    ("U.S. Secretary of Defense Pete Hegseth called it unrealistic.", [("Pete Hegseth", "U.S. Secretary of Defense")]),
    ("But acting Prime Minister Jane Doe disagreed.", [("Jane Doe", "acting Prime Minister")]),
    ("It was then-President Barack Obama who signed.", [("Barack Obama", "then-President")]),
    ("Dmitry Peskov, the Kremlin spokesman, said no.", [("Dmitry Peskov", "Kremlin spokesman")]),
    ("On Sunday President Joe Biden spoke.", [("Joe Biden", "President")]),
    ("The Prime Minister of Israel, Benjamin Netanyahu, said no.", [("Benjamin Netanyahu", "Prime Minister of Israel")]),
    ("NATO Secretary General Mark Rutte said allies agreed.", [("Mark Rutte", "NATO Secretary General")]),
    ("European Commission President Ursula von der Leyen spoke.", [("Ursula von der Leyen", "European Commission President")]),
    ("Sen. Lindsey Graham said so.", [("Lindsey Graham", "Sen.")]),
    (
        "Russian President Vladimir Putin met Ukrainian President Volodymyr Zelenskyy.",
        [("Vladimir Putin", "Russian President"), ("Volodymyr Zelenskyy", "Ukrainian President")],
    ),
    ("US President Donald Trump said it. Later, US President Trump repeated it.", [("Donald Trump", "US President")] * 2),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLE_CASES)
def test_people_roles_from_titles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles_of(sentence) == expected


# Capitalised words that are not people — none of these sentences names a person.
NO_PEOPLE = [
    "Ukraine marked three years since Russia launched its full-scale invasion.",
    "Moscow and Washington have intensified direct talks on ending the war.",
    "Strained Ukraine-US relations",
    "Largest drone attack since war began",
    "On Saturday, a Russian missile attack on the central town of Kryvyi Rih left one man dead.",
    "Washington said on Monday that NATO would meet in Saudi arabia.",
    "Several regions, including Kyiv, were reportedly hit.",
    "Recommended Stories",
    "Published On 23 Feb 2025",
    "Ukrainians said the Kremlin was lying.",
    "Source: Al Jazeera and news agencies",
    "Reuters reported that the Pentagon said nothing.",
    "General Motors said profits fell.",
    "Moldova said it would respond.",
]


@pytest.mark.parametrize("sentence", NO_PEOPLE)
def test_people_ignores_places_orgs_and_headings(sentence: str) -> None:
    assert find_people(sentence) == []


# (text, expected (name as written, canonical) pairs in order) — add cases here.
PEOPLE_CASES = [
    ("Witkoff predicted a deal would be signed.", [("Witkoff", "Witkoff")]),
    ("Ryabkov was quoted by TASS as saying so.", [("Ryabkov", "Ryabkov")]),
    ("Reporting from Kyiv, Al Jazeera’s Imran Khan said it.", [("Imran Khan", "Imran Khan")]),
    ("Mr. Smith declined to comment.", [("Smith", "Smith")]),
    (
        "Ukrainian President Volodymyr Zelenskyy spoke. Later, Zelenskyy’s office said Zelenskyy was ready.",
        [("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), ("Zelenskyy", "Volodymyr Zelenskyy"), ("Zelenskyy", "Volodymyr Zelenskyy")],
    ),
    (
        "Trump spoke first. President Donald Trump then left.",
        [("Trump", "Donald Trump"), ("Donald Trump", "Donald Trump")],
    ),
    (
        "Joe Biden said no. Hunter Biden said yes. Biden then left.",
        [("Joe Biden", "Joe Biden"), ("Hunter Biden", "Hunter Biden"), ("Biden", "Hunter Biden")],
    ),
    ("But Zelensky said he was ready.", [("Zelensky", "Zelensky")]),
    ("“We are ready,” said Zelenskyy.", [("Zelenskyy", "Zelenskyy")]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_CASES)
def test_people_finds_and_resolves_names(text: str, expected: list[tuple[str, str]]) -> None:
    refs = find_people(text)
    assert [(r.name, r.canonical) for r in refs] == expected
    assert all(text[r.start : r.end] == r.name for r in refs)


def test_people_surname_resolves_to_full_name_used_elsewhere() -> None:
    refs = find_people(load_example("004").text)
    by_name = {r.name: r.canonical for r in refs}
    assert by_name["Zelenskyy"] == "Volodymyr Zelenskyy"
    assert by_name["Trump"] == "Donald Trump"
    assert by_name["Witkoff"] == "Steve Witkoff"
    assert by_name["Ryabkov"] == "Sergei Ryabkov"
    assert by_name["Putin"] == "Vladimir Putin"


# (description, expected person) against the people of example 000 — add cases here.
DESCRIPTION_CASES = [
    ("the Ukrainian leader", "Volodymyr Zelenskyy"),
    ("the Ukrainian president", "Volodymyr Zelenskyy"),
    ("the US president", "Donald Trump"),
    ("the Russian foreign minister", "Sergey Lavrov"),
    ("the Air Force spokesman", "Yuriy Ignat"),
    ("the ambassador", None),
]


@pytest.mark.parametrize(("description", "expected"), DESCRIPTION_CASES)
def test_people_resolves_descriptions(description: str, expected: str | None) -> None:
    article = load_example("000")
    refs = find_people(article.text)
    assert resolve_description(refs, description, len(article.text)) == expected


EXPECTED_ROLES = {
    "000": {
        ("Volodymyr Zelenskyy", "Ukrainian President"),
        ("Donald Trump", "President"),
        ("Donald Trump", "US President"),
        ("Steve Witkoff", "Trump’s envoy"),
        ("Scott Bessent", "US Treasury Secretary"),
        ("Marco Rubio", "US Secretary of State"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
        ("Sergei Ryabkov", "Russia’s Deputy Foreign Minister"),
        ("Yuriy Ignat", "Ukraine’s Air Force spokesman"),
    },
    "002": {
        ("Volodymyr Zelensky", "Ukrainian President"),
        ("Donald Trump", "former U.S. President"),
        ("Joe Biden", "President"),
        ("Pete Hegseth", "U.S. Secretary of Defense"),
    },
    "004": {
        ("Donald Trump", "US President"),
        ("Volodymyr Zelenskyy", "Ukrainian President"),
        ("Donald Trump", "President"),
        ("Joe Biden", "President"),
        ("Vladimir Putin", "Russian President"),
        ("Steve Witkoff", "Trump envoy"),
        ("Scott Bessent", "Treasury Secretary"),
        ("Marco Rubio", "US Secretary of State"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
        ("Sergei Ryabkov", "Russian Deputy Foreign Minister"),
        ("Yuriy Ignat", "Air force spokesman"),
    },
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_ROLES))
def test_people_example_roles(prefix: str) -> None:
    article = load_example(prefix)
    mentions = extract_roles(article)
    assert {(m.value.person, m.value.title) for m in mentions} == EXPECTED_ROLES[prefix]  # type: ignore[union-attr]
    for m in mentions:
        assert isinstance(m.value, RoleValue)
        assert m.article == article.id
        assert article.text[m.start : m.end] == m.text
        assert m.value.title in m.text and m.text.endswith(m.value.person.split()[-1])


@pytest.mark.parametrize("prefix", sorted(EXPECTED_ROLES))
def test_people_example_refs_are_offsets(prefix: str) -> None:
    text = load_example(prefix).text
    for ref in find_people(text):
        assert isinstance(ref, PersonRef)
        assert text[ref.start : ref.end] == ref.name
        if ref.title_span:
            assert text[ref.title_span[0] : ref.title_span[1]] == ref.title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("“We are investigating,” said Navy Capt. Jeff Davis. Officials declined to elaborate.", "Jeff Davis", "Navy Capt."),
        ("Retired Army Col. Lawrence Wilkerson said the war was a mistake.", "Lawrence Wilkerson", "Retired Army Col."),
        ("Army Sgt. Bo Lee was hurt.", "Bo Lee", "Army Sgt."),
    ],
)
def test_people_a_military_rank_is_a_title_not_a_name(text: str, name: str, title: str) -> None:
    found = [(r.canonical, r.title) for r in find_people(text)]
    assert found == [(name, title)]  # never a person called "Capt" or "Col"


def test_people_a_ranked_speaker_is_resolved() -> None:
    text = "“We are investigating,” said Navy Capt. Jeff Davis. Officials declined to elaborate."
    assert [m.value.speaker for m in extract_quotes(Article("a", "", text))] == ["Jeff Davis"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the titles of campaigns, offices and newsrooms, not only of heads of state
        ("“It is over,” said campaign manager Corey Lewandowski.", "Corey Lewandowski", "campaign manager"),
        ("Republican strategist Rick Wilson said the race was over.", "Rick Wilson", "Republican strategist"),
        ("Rep. Sean Duffy said so.", "Sean Duffy", "Rep."),
        ("House Speaker Paul Ryan said so.", "Paul Ryan", "House Speaker"),
        # a working title that is also a surname still makes a name
        ("Billionaire donor Paul Singer said so.", "Paul Singer", "Billionaire donor"),
        ("Former Rep. Ed Pastor said so.", "Ed Pastor", "Former Rep."),
        ("Joe Scarborough and co-host Mika Brzezinski said so.", "Mika Brzezinski", "co-host"),
        ("Javier Palomarez, the president of the Hispanic Chamber of Commerce, told me.", "Javier Palomarez", "president of the Hispanic Chamber of Commerce"),
        ("Rep. Beto O'Rourke (D-Tex.) said it.", "Beto O'Rourke", "Rep."),
        # a title after the name may say what of
        ("Jennifer Green, director of the literacy program, said it.", "Jennifer Green", "director of the literacy program"),
        ("Michael Hanlon, a senior fellow at the Brookings Institution, said so.", "Michael Hanlon", "senior fellow at the Brookings Institution"),
        # a title's prefix never runs back over a sentence's full stop
        ("He joined the Campaign Committee. Sanders campaign manager Jeff Weaver said so.", "Jeff Weaver", "Sanders campaign manager"),
    ],
)
def test_people_working_titles(text: str, name: str, title: str) -> None:
    assert (name, title) in [(r.canonical, r.title) for r in find_people(text)]


def test_people_a_headline_verb_is_no_name() -> None:
    assert find_people("Former Clinton Pollster Says Clinton Is Done") == []


def test_people_a_plain_noun_title_makes_no_description() -> None:
    # "the economist" or "the Iraqi activist group" names nobody in particular; "the Ukrainian president" does
    assert re.fullmatch(DESCRIPTION_PATTERN, "the Ukrainian president")
    assert not re.match(DESCRIPTION_PATTERN, "the economist")
    assert not re.match(DESCRIPTION_PATTERN, "the Iraqi activist group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the holder of a possessive title speaks, not its owner
        ("“We will win,” Zelenskyy’s adviser Mykhailo Podolyak said.", "Mykhailo Podolyak"),
        ("“It is over,” said Trump’s campaign manager, Corey Lewandowski.", "Corey Lewandowski"),
    ],
)
def test_people_the_holder_of_a_possessive_title_is_the_speaker(text: str, speaker: str) -> None:
    for parse in (False, True):
        assert [m.value.speaker for m in extract_quotes(Article("a", "", text), parse=parse)] == [speaker]


def test_people_a_name_after_a_comma_and_a_speech_verb_is_a_person() -> None:
    refs = find_people("The economy is weak, said John Smith, an economist. Prices rose, said Monday.")
    assert [r.canonical for r in refs] == ["John Smith"]


def test_people_what_a_title_is_of_is_no_person() -> None:
    text = "In Washington, Marc H. Morial, the chief executive of the National Urban League, forcefully told a young woman to vote."
    assert [(r.canonical, r.title) for r in find_people(text)] == [("Marc H. Morial", "chief executive of the National Urban League")]
