from __future__ import annotations

import pytest

from storycheck.events import date_event, event_names


def event_at(text: str, words: str):
    start = text.index(words)
    return date_event(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("Russia's invasion of Ukraine began on February 24, 2022.", "February 24, 2022", "invasion"),
        ("Hostilities date back to 2014, when Moscow annexed Crimea.", "2014", "annexation"),
        ("On Saturday, a Russian missile attack on the town of Kryvyi Rih killed one man.", "Saturday", "missile attack"),
        ("The two ministers met in Riyadh on Tuesday.", "Tuesday", "meeting"),
        ("Trump has attacked him since taking office last month.", "last month", "inauguration"),
        ("The summit opened in Geneva on March 3, 2024; talks ended in April 2024.", "March 3, 2024", "summit"),
        ("Zelenskyy said on Sunday that the attack was the largest.", "Sunday", None),  # dates the statement
        ("Prices rose sharply in 2023.", "2023", None),
    ],
)
def test_date_event_is_the_nearest_event_word_of_the_clause(text, date, event):
    assert event_at(text, date) == event


def test_event_names_leave_out_the_first_word_and_calendar_words():
    text = "On Tuesday, Marco Rubio met Sergey Lavrov in Saudi Arabia."
    assert event_names(text, text.index("Rubio")) == {"marco", "rubio", "sergey", "lavrov", "saudi", "arabia"}
