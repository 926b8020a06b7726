"""Corpus stages analyze each story on its own, and ids stay unique across stories."""

from __future__ import annotations

from dataclasses import replace

from storycheck.model import QuantityValue, Report, Story
from storycheck.stages import Brief, CrossCheck, Facts, Provenance
from tests.conftest import make_article, mention_of

DRONES = dict(counts="drones", event="launched", scope="overnight")


WORDING = {
    "1": "Officials said Russia launched {} drones overnight against several regions.",
    "2": "Moscow sent {} drones at Ukrainian cities overnight, the air force reported on its channel.",
}


def drones_article(article_id: str, amount: str) -> object:
    # different wording per article, so provenance sees independent reports, not copies
    article = make_article(WORDING[article_id[-1]].format(amount), id=article_id)
    return replace(article, mentions=(mention_of(article, amount, QuantityValue(amount=float(amount), **DRONES)),))


def run(report: Report) -> Report:
    for stage in (Provenance(), Facts(), CrossCheck(), Brief()):
        report = stage.apply(report)
    return report


def test_stages_keep_stories_apart():
    articles = (drones_article("a1", "267"), drones_article("a2", "267"), drones_article("b1", "40"), drones_article("b2", "40"))
    one_story = run(Report(articles=articles, stories=(Story("S1", ("a1", "a2", "b1", "b2")),)))
    assert one_story.discrepancies  # mixed together, 267 and 40 look like a conflict
    two = run(Report(articles=articles, stories=(Story("S1", ("a1", "a2")), Story("S2", ("b1", "b2")))))
    assert two.discrepancies == ()
    assert {f.story for f in two.facts} == {"S1", "S2"}
    assert len({f.id for f in two.facts}) == len(two.facts)
    assert all(f.verdict == "corroborated" for f in two.facts)


def test_stages_story_view_narrows_every_finding():
    articles = (drones_article("a1", "267"), drones_article("a2", "200"), drones_article("b1", "40"))
    report = run(Report(articles=articles, stories=(Story("S1", ("a1", "a2")), Story("S2", ("b1",)))))
    view = report.story_view(report.stories[0])
    assert [a.id for a in view.articles] == ["a1", "a2"]
    assert view.discrepancies and all(d.story == "S1" for d in view.discrepancies)
    assert all(set(f.articles) <= {"a1", "a2"} for f in view.facts)
    assert {s.article for s in view.sources} == {"a1", "a2"}
