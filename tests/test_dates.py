"""Tests for storycheck.dates: absolute and relative dates, and dateline parsing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.dates import date_spans, extract_dates, parse_date
from storycheck.model import Article, DateValue
from tests.conftest import EXAMPLE, example_article, make_article

EXAMPLE_FILES = sorted(EXAMPLE.glob("*.txt"))
SUNDAY = date(2025, 2, 23)  # the example story's publication date, a Sunday


def _dates(text: str, published: date | None = SUNDAY) -> list[tuple[str, str, bool]]:
    article = Article(id="a", source="test", text=text, published=published)
    out = []
    for m in extract_dates(article):
        assert isinstance(m.value, DateValue)
        out.append((m.text, m.value.iso, m.value.relative))
    return out


# (sentence, publication date, expected [(span, iso, relative)]). Add cases freely.
CASES: list[tuple[str, date | None, list[tuple[str, str, bool]]]] = [
    ("The invasion began on February 24, 2022.", None, [("February 24, 2022", "2022-02-24", False)]),
    ("It was Feb. 24 2022 when it began.", None, [("Feb. 24 2022", "2022-02-24", False)]),
    ("Published On 23 Feb 2025", None, [("23 Feb 2025", "2025-02-23", False)]),
    ("Published On 23 Feb 202523 Feb 2025", None, [("23 Feb 2025", "2025-02-23", False), ("23 Feb 2025", "2025-02-23", False)]),
    ("Sun 23 Feb 2025 10:31 GMT", None, [("Sun 23 Feb 2025", "2025-02-23", False)]),
    ("On the 24th of February 2022 tanks rolled in.", None, [("the 24th of February 2022", "2022-02-24", False)]),
    ("Updated 2025-02-23T10:31:00Z.", None, [("2025-02-23", "2025-02-23", False)]),
    ("The war began in February 2022.", None, [("February 2022", "2022-02", False)]),
    ("Hostilities date back to 2014.", None, [("2014", "2014", False)]),
    ("Fighting has gone on since 2014.", None, [("2014", "2014", False)]),
    ("The 2022 invasion changed everything.", None, [("2022", "2022", False)]),
    ("He spoke on February 23.", SUNDAY, [("February 23", "2025-02-23", True)]),
    ("He spoke on February 23.", None, []),
    ("The anniversary is on 24 February.", SUNDAY, [("24 February", "2025-02-24", True)]),
    ("It happened on December 28.", date(2025, 1, 5), [("December 28", "2024-12-28", True)]),
    ("Zelenskyy spoke on Sunday.", SUNDAY, [("Sunday", "2025-02-23", True)]),
    ("A missile hit the town on Saturday.", SUNDAY, [("Saturday", "2025-02-22", True)]),
    ("They met on Tuesday.", SUNDAY, [("Tuesday", "2025-02-18", True)]),
    ("They met last Sunday.", SUNDAY, [("last Sunday", "2025-02-16", True)]),
    ("They will meet next Monday.", SUNDAY, [("next Monday", "2025-02-24", True)]),
    ("Zelenskyy spoke on Sunday.", None, []),
    ("Last week, Trump called him a dictator.", SUNDAY, [("Last week", "2025-W07", True)]),
    ("A deal could be signed this week.", SUNDAY, [("this week", "2025-W08", True)]),
    ("They meet the coming week.", SUNDAY, [("the coming week", "2025-W09", True)]),
    ("He took office last month.", SUNDAY, [("last month", "2025-01", True)]),
    ("Elections were held last year.", SUNDAY, [("last year", "2024", True)]),
    ("He wavered a week ago.", SUNDAY, [("a week ago", "2025-W07", True)]),
    ("It was signed three days ago.", SUNDAY, [("three days ago", "2025-02-20", True)]),
    ("Talks were held yesterday.", SUNDAY, [("yesterday", "2025-02-22", True)]),
    ("Talks are held today.", SUNDAY, [("today", "2025-02-23", True)]),
    ("Last week it rained.", None, []),
    ("Drones attacked overnight.", SUNDAY, []),
    ("In the past week, Russia launched 1,150 drones.", SUNDAY, []),
    ("Russia launched 2000 drones and 1,400 bombs.", None, []),
    ("It costs $2022 and rose 2020%.", None, []),
    ("They may march in May 2024.", None, [("May 2024", "2024-05", False)]),
    ("It ran from 5 March to 9 March.", None, []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_dates_extracts(sentence: str, published: date | None, expected: list[tuple[str, str, bool]]) -> None:
    assert _dates(sentence, published) == expected


PARSE_CASES: list[tuple[str, date | None]] = [
    ("23 Feb 2025", date(2025, 2, 23)),
    ("2025-02-23", date(2025, 2, 23)),
    ("February 23, 2025", date(2025, 2, 23)),
    ("Sun 23 Feb 2025 10:31 GMT", date(2025, 2, 23)),
    ("Sunday, February 23, 2025", date(2025, 2, 23)),
    ("Published On 23 Feb 202523 Feb 2025", date(2025, 2, 23)),
    ("Updated: 2025-02-23T10:31:00Z", date(2025, 2, 23)),
    ("23rd February 2025", date(2025, 2, 23)),
    ("February 30, 2025", None),
    ("February 23", None),
    ("Sunday", None),
    ("", None),
    ("no date here", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_dates_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_dates_out_of_range_publication_date_is_skipped() -> None:
    assert _dates("Talks were held yesterday.", date.min) == []


def test_dates_spans_include_unresolvable_dates() -> None:
    text = "He spoke on February 23 and on Sunday."
    assert [text[s:e] for s, e in date_spans(text)] == ["February 23", "Sunday"]


# --- the bundled example ------------------------------------------------------


def _example(prefix: str) -> Article:
    return example_article(prefix, SUNDAY if prefix == "004" else None)


EXAMPLE_DATES: list[tuple[str, set[tuple[str, str]]]] = [
    ("000", {("February 24, 2022", "2022-02-24"), ("2014", "2014")}),
    ("002", set()),
    (
        "004",
        {
            ("23 Feb 2025", "2025-02-23"),
            ("Sunday", "2025-02-23"),
            ("Saturday", "2025-02-22"),
            ("Tuesday", "2025-02-18"),
            ("last month", "2025-01"),
            ("Last week", "2025-W07"),
            ("a week ago", "2025-W07"),
            ("this week", "2025-W08"),
            ("the coming week", "2025-W09"),
            ("February 24, 2022", "2022-02-24"),
            ("2014", "2014"),
        },
    ),
]


@pytest.mark.parametrize(("prefix", "expected"), EXAMPLE_DATES)
def test_dates_finds_example_dates(prefix: str, expected: set[tuple[str, str]]) -> None:
    found = {(m.text, m.value.iso) for m in extract_dates(_example(prefix)) if isinstance(m.value, DateValue)}
    assert found == expected


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("published", [None, SUNDAY])
def test_dates_offsets_match_text_in_examples(path: Path, published: date | None) -> None:
    article = Article(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"), published=published)
    for m in extract_dates(article):
        assert m.article == article.id
        assert article.text[m.start : m.end] == m.text
        assert m.kind == "date"


# --- properties -----------------------------------------------------------------

_FRAGMENTS = [
    "23", "24", "2", "31", "45", "2022", "2025", "202523", "1999", "Feb", "Feb.", "February", "May",
    "Sept.", "Sun", "Sunday", "Monday", "last", "next", "this", "the coming", "week", "month", "year",
    "ago", "a", "three", "days", "yesterday", "today", "of", "the", "24th", "on", "in", "since", ",",
    "-", "T", ":", "10:31", "GMT", "$", "%", "drones", " ", "\n", "Published On",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=40),
    st.lists(st.sampled_from(["", " "]), max_size=40),
    st.one_of(st.none(), st.dates()),
)
def test_dates_offsets_always_match_text(parts: list[str], gaps: list[str], published: date | None) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(parts))
    article = Article(id="a", source="test", text=text, published=published)
    for m in extract_dates(article):
        assert text[m.start : m.end] == m.text
        assert isinstance(m.value, DateValue) and m.value.iso
    parse_date(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_dates_never_crash_on_any_text(text: str, published: date | None) -> None:
    for m in extract_dates(Article(id="a", source="test", text=text, published=published)):
        assert text[m.start : m.end] == m.text
    parse_date(text)


def test_date_undated_reads_an_undated_article_against_its_story_date():
    from storycheck.dates import date_undated

    dated = make_article("The summit opened on Sunday.", id="a", published=date(2025, 2, 23))
    dated = replace(dated, mentions=tuple(extract_dates(dated)))
    undated = make_article("Leaders met in Geneva on Sunday, February 23.", id="b")
    assert extract_dates(undated) == []  # alone, nothing can be resolved
    a, b = date_undated([dated, undated])
    assert a == dated and b.published is None
    assert [(m.text, m.value.iso, m.value.relative) for m in b.mentions] == [("Sunday, February 23", "2025-02-23", True)]
    assert date_undated([undated]) == [undated]  # no dated article: nothing changes
    later = replace(dated, id="c", published=date(2025, 3, 20))
    assert date_undated([dated, later, undated])[2] == undated  # dated weeks apart: no date stands for the story
