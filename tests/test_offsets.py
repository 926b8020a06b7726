"""The offset invariant: every mention is the exact slice of its article's cleaned text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storycheck.cleaning import clean
from storycheck.stages import Mentions
from tests.conftest import EXAMPLE, make_article

SENTENCES = [
    s.strip()
    for path in sorted(EXAMPLE.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    for s in line.split(". ")
    if s.strip()
]
NOISE = st.sampled_from(["", " ", "\n", "\n\n", "“", "”", '"', "‘", "’", "[", "]", "…", "$", "%", "1,", "Advertisement\n", " said ", " he said."])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SENTENCES), NOISE), min_size=1, max_size=12))
def test_offsets_every_mention_slices_its_text(parts):
    text = "".join(s + n for s, n in parts)
    article = clean(make_article(text))
    [annotated] = Mentions().process(article)
    for m in annotated.mentions:
        assert m.article == article.id
        assert 0 <= m.start < m.end <= len(annotated.text)
        assert annotated.text[m.start : m.end] == m.text


def test_offsets_hold_on_the_example(example_report):
    texts = {a.id: a.text for a in example_report.articles}
    mentions = [m for a in example_report.articles for m in a.mentions]
    assert len(mentions) > 50
    for m in mentions:
        assert texts[m.article][m.start : m.end] == m.text
