from __future__ import annotations

import re
from datetime import date

import pytest

from storycheck.cleaning import clean
from tests.conftest import EXAMPLE, make_article

SCRAPED = EXAMPLE / "004_1b7f51c01cb83d21.txt"


@pytest.fixture(scope="module")
def scraped():
    raw = SCRAPED.read_text(encoding="utf-8")
    return raw, clean(make_article(raw, id="004"))


def test_cleaning_example_lifts_headline_date_and_outlet(scraped):
    _, article = scraped
    assert article.title == "Ukraine’s Zelenskyy offers to leave office in exchange for peace, NATO"
    assert article.published == date(2025, 2, 23)
    assert article.outlet == "Al Jazeera"


@pytest.mark.parametrize(
    "residue",
    [
        "Advertisement",
        "Recommended Stories",
        "list of 3 itemsend of list",
        "Published On 23 Feb 202523 Feb 2025",
        "Source: Al Jazeera and news agencies",
        "[Alain Jocard/AFP]",
        "Ukraine’s Zelenskyy offers to leave office in exchange for peace, NATO",
    ],
)
def test_cleaning_example_residue_is_gone(scraped, residue: str):
    _, article = scraped
    assert residue not in article.text
    assert any(residue in line for line in article.removed)


def test_cleaning_example_keeps_every_quote_and_figure(scraped):
    raw, article = scraped
    dropped_on_purpose = {"Published On 23 Feb 202523 Feb 2025", "list of 3 itemsend of list"}
    for line in raw.splitlines():
        line = line.strip()
        if line in dropped_on_purpose or line == article.title:
            continue
        if re.search(r"\d|[“”\"]|‘\w", line):
            assert line in article.text, line


def test_cleaning_example_removed_lines_are_exactly_residue(scraped):
    _, article = scraped
    assert sorted(article.removed) == sorted(
        [
            "Ukraine’s Zelenskyy offers to leave office in exchange for peace, NATO",
            "A protester holds Ukrainian flags during a rally in support of Ukraine on the eve of the third "
            "anniversary of Russia’s invasion of the country at the Place de la Republique in Paris [Alain Jocard/AFP]",
            "Published On 23 Feb 202523 Feb 2025",
            "Recommended Stories",
            "list of 3 itemsend of list",
            "Advertisement",
            "Advertisement",
            "Advertisement",
            "Source: Al Jazeera and news agencies",
        ]
    )


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Related Stories",
        "You may also like",
        "Read more: Ukraine war latest",
        "Share this article",
        "Follow us on Twitter",
        "Sign up for our newsletter",
        "list of 4 items",
        "end of list",
        "Updated: February 24, 2025",
        "Soldiers walk past a destroyed tank near Bakhmut (AP Photo/Efrem Lukatsky)",
        "Rescuers work at the site of a strike [Reuters]",
    ],
)
def test_cleaning_removes_residue_line(line: str):
    article = clean(make_article(f"The story begins here, officials said.\n\n{line}\n\nThe story goes on, they added."))
    assert line not in article.text
    assert article.removed == (line,)


@pytest.mark.parametrize(
    "line",
    [
        # a caption-shaped line that carries a quote or a figure stays: story text is never dropped
        "“We will not give up,” the mayor said at the scene [Reuters]",
        "Rescuers pulled 12 people from the rubble (AP Photo/Efrem Lukatsky)",
        "Share prices fell 5 percent on Monday",
        "Related talks between the two sides broke down last year after the ceasefire collapsed.",
        "Source: a senior official who asked not to be named told reporters on Sunday.",
    ],
)
def test_cleaning_keeps_story_lines_that_look_like_residue(line: str):
    article = clean(make_article(f"The story begins here, officials said.\n\n{line}\n\nThe story goes on, they added."))
    assert line in article.text
    assert article.removed == ()


def test_cleaning_headline_only_when_first_line_is_short_and_unpunctuated():
    long_first = "Ukrainian President Volodymyr Zelensky said Sunday that he is willing to step down.\nMore text."
    assert clean(make_article(long_first)).title is None
    headed = clean(make_article("Zelensky offers to resign\nHe said so on Sunday."))
    assert headed.title == "Zelensky offers to resign" and headed.text == "He said so on Sunday."


def test_cleaning_keeps_existing_metadata():
    article = make_article("Body text here.\n\nPublished On 1 Jan 2020\n\nSource: Reuters", published=date(2025, 2, 23), outlet="AP")
    cleaned = clean(article)
    assert cleaned.published == date(2025, 2, 23) and cleaned.outlet == "AP"
    assert cleaned.text == "Body text here."


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures released on 3 March 2025 show 1,200 people died in the attacks.",
        "Posted on the ministry's website on 24 February 2022, the decree took effect at once.",
    ],
)
def test_cleaning_story_lines_starting_like_a_dateline_are_kept(line: str):
    article = clean(make_article(f"The story begins here, officials said.\n\n{line}\n\nThe story goes on."))
    assert line in article.text and article.published is None


@pytest.mark.parametrize("dateline", ["Published On 23 Feb 2025", "Updated: Sun 23 Feb 2025 10:31 GMT", "Published 23 February 2025 | 10:31 am"])
def test_cleaning_datelines_are_lifted(dateline: str):
    article = clean(make_article(f"The story begins here, officials said.\n\n{dateline}\n\nThe story goes on."))
    assert article.published == date(2025, 2, 23) and article.removed == (dateline,)


def test_cleaning_never_lifts_the_only_story_line_as_headline():
    article = clean(make_article("Russia launched 267 drones at Ukraine overnight, the air force said\n\nSource: Reuters"))
    assert article.title is None
    assert article.text == "Russia launched 267 drones at Ukraine overnight, the air force said"


def test_cleaning_a_bare_date_line_under_the_headline_is_the_dateline():
    text = "Worker charged in plant shooting\nSeptember 10, 2010\nA worker was charged on Friday.\nMore came later."
    cleaned = clean(make_article(text))
    assert cleaned.published == date(2010, 9, 10)
    assert "September 10, 2010" not in cleaned.text and "September 10, 2010" in cleaned.removed
    # deeper in the story, a date alone on a line is left alone
    deep = clean(make_article("Line one of the story.\nLine two of it.\nLine three here.\nMarch 3, 2011\nEnd."))
    assert deep.published is None and "March 3, 2011" in deep.text
