from __future__ import annotations

import pytest

from storycheck.names import canonical_names, same_person


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Zelenskyy", "Volodymyr Zelensky", True),
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Sergey Lavrov", "Sergei Ryabkov", False),
        ("Donald Trump", "Donald Tusk", False),
        ("Joe Biden", "Hunter Biden", False),
        ("Marco Rubio", "Marco Rubio", True),
        ("", "Marco Rubio", False),
    ],
)
def test_names_same_person(a: str, b: str, same: bool):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_names_canonical_prefers_most_frequent_full_form():
    mapping = canonical_names(
        ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Sergey Lavrov", "Sergei Ryabkov"]
    )
    assert mapping["Volodymyr Zelensky"] == mapping["Zelensky"] == "Volodymyr Zelenskyy"
    assert mapping["Sergey Lavrov"] == "Sergey Lavrov" and mapping["Sergei Ryabkov"] == "Sergei Ryabkov"


def test_names_bare_surname_shared_by_two_people_is_not_forced_together():
    mapping = canonical_names(["Joe Biden", "Hunter Biden", "Biden"])
    assert mapping["Joe Biden"] != mapping["Hunter Biden"]


def test_names_a_multiword_surname_alone_is_the_same_person():
    assert same_person("Boone Isaacs", "Cheryl Boone Isaacs")
    assert not same_person("Anne Isaacs", "Cheryl Boone Isaacs")
