"""`storycheck.analyze` end to end on the bundled example: what a careful reader finds in it."""

from __future__ import annotations

from datetime import date

import storycheck
from tests.conftest import EXAMPLE

A000, A002, A004 = "000_445189bc3a3f21b6", "002_339a02aca3881f50", "004_1b7f51c01cb83d21"


def test_api_example_articles_are_cleaned_with_metadata(example_report):
    scraped = example_report.article(A004)
    assert (scraped.outlet, scraped.published) == ("Al Jazeera", date(2025, 2, 23))
    assert "Advertisement" not in scraped.text and len(scraped.removed) == 9
    assert example_report.problems == ()


def test_api_example_provenance(example_report):
    edges = {(r.source, r.target): r for r in example_report.reuse}
    assert set(edges) == {(A004, A000)}
    assert edges[(A004, A000)].kind in ("rewrite", "paraphrase") and edges[(A004, A000)].share >= 0.5
    assert set(example_report.origins) == {A002, A004}


def test_api_example_no_false_high_severity_alarm(example_report):
    # the full gold comparison is tests/test_example_gold.py
    highs = [d for d in example_report.discrepancies if d.severity == "high"]
    assert [(d.kind, d.articles) for d in highs] == [("role", (A002,))]


def test_api_example_corroborated_facts(example_report):
    verdicts = {(f.kind, f.key): f.verdict for f in example_report.facts}
    assert verdicts[("quantity", "quantity:launched:drone:overnight:")] == "corroborated"
    dictator = [f for f in example_report.facts if f.kind == "quote" and f.value.text.strip("“”.") == "dictator"]
    assert dictator and {a for f in dictator for a in f.articles} == {A000, A002, A004}


def test_api_example_brief_cites_every_sentence(example_report):
    assert 5 <= len(example_report.brief) <= 12
    ids = {a.id for a in example_report.articles}
    for sentence in example_report.brief:
        assert sentence.citations and set(sentence.citations) <= ids


def test_api_example_source_scores(example_report):
    scores = {s.article: s for s in example_report.sources}
    assert scores[A000].originality < 0.5 < scores[A004].originality == scores[A002].originality == 1.0
    assert scores[A000].quote_fidelity < scores[A004].quote_fidelity


def test_api_accepts_one_path_or_many():
    one = storycheck.analyze(EXAMPLE / f"{A004}.txt")
    many = storycheck.analyze([EXAMPLE / f"{A004}.txt", EXAMPLE / f"{A002}.txt"])
    assert [a.id for a in one.articles] == [A004] and len(many.articles) == 2


def test_api_reports_progress():
    calls: list[tuple[str, int, int | None]] = []
    storycheck.analyze(EXAMPLE, progress=lambda stage, done, total: calls.append((stage, done, total)))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["read", "stories", "provenance", "facts", "crosscheck", "brief"]
    assert ("read", 3, 3) in calls


OTHER_STORY = {
    "quake_a.txt": (
        "A magnitude 6.1 earthquake struck central Italy near the town of Norcia early on Wednesday, "
        "the national geophysics institute said. At least 12 people were killed and dozens injured as "
        "buildings collapsed in Norcia and nearby villages. Civil protection chief Fabrizio Curcio said "
        "rescuers were searching the rubble through the night."
    ),
    "quake_b.txt": (
        "Rescuers dug through collapsed homes in Norcia on Wednesday after a 6.1-magnitude quake hit central "
        "Italy, killing at least 12 people. “We are still pulling people from the rubble,” civil protection "
        "chief Fabrizio Curcio told reporters, adding that dozens more were injured in Norcia and the villages around it."
    ),
}


def test_api_mixed_folder_is_split_into_stories(tmp_path):
    for name, text in OTHER_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = storycheck.analyze([EXAMPLE, tmp_path])
    groups = sorted(sorted(s.articles) for s in report.stories)
    assert groups == [sorted([A000, A002, A004]), ["quake_a", "quake_b"]]
    quake = next(s for s in report.stories if "quake_a" in s.articles)
    assert all(d.story != quake.id or set(d.articles) <= {"quake_a", "quake_b"} for d in report.discrepancies)
    assert {b.story for b in report.brief} <= {s.id for s in report.stories}
    markdown = storycheck.to_markdown(report)
    assert "## Stories" in markdown and f"## Story {quake.id}" in markdown
