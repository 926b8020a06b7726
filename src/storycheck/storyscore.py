"""How likely two articles tell the same story: a score in [0, 1].

Signals, each computed once per article (:func:`profiles`) so scoring a pair is cheap:

* ``head`` — the sentence embedding of each article's headline (its first
  sentence) against the other's first ``LEAD_SENTENCES`` sentences, best match,
  averaged both ways. Two reports of one event lead with it, though not always
  in the same sentence; the bodies drift into background, so embedding more of
  the text blurs the signal (mean of the first five: r = 0.81 on English dev
  pairs, headline vs lead: 0.84).
* ``terms`` — cosine of content-stem frequencies (stop words out, ``1 + log tf``).
  No IDF: a pair's score must not change when other articles join the batch
  (story grouping scores folders of any size), and IDF added only 0.007 to the
  cosine's correlation on dev.
* ``names`` — the same cosine over capitalised words (people, places, bodies).
* ``english`` — how English the texts read (share of English function words).
  The embedding model knows English only, so the score is a blend of two
  logistic models, ``english * english_model + (1 - english) * other_model``
  in the logit, the second leaning on the lexical signals.

Numbers and dates were tried as overlap features and did not help on dev (r ≈ 0.2
alone, nothing added), so they are not computed.

The weights were fitted on the *dev* half of the SemEval-2022 Task 8 sample only
(``storycheck.evals.similarity.fit``: logistic regression with soft targets
``(4 - Overall) / 3``, Newton's method, L2 1e-3, all language pairs), once with
the embedding signals and once without them for installs lacking the ``embed``
extra. The test half was never looked at while choosing signals or weights.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

# the weights below were fitted with this stemmer: a change to it must pass the SemEval gate (tests/test_eval_similarity.py)
from storycheck.alignment import stem
from storycheck.model import Article
from storycheck.sentences import sentences

if TYPE_CHECKING:
    import numpy as np

    from storycheck.embeddings import Encoder

LEAD_SENTENCES = 5  # headline + lead; beyond five the embedding signal no longer improved on dev
# english = (share of function words - FLOOR) / (FULL - FLOOR), clipped: English news sits at
# 0.21-0.36 (5th-95th percentile), the other languages of the SemEval sample below 0.07 (95th)
ENGLISH_FLOOR = 0.08
ENGLISH_FULL = 0.20

# Logit weights over (1, head, terms, names) for each regime, as printed by
# storycheck.evals.similarity.fit(data, embed=True / False) on the dev split (see the module docstring).
EMBEDDED_ENGLISH = (-3.5063, 6.6204, 1.7447, 0.3219)
EMBEDDED_OTHER = (-2.5312, 2.1116, 1.9677, 2.0457)
LEXICAL_ENGLISH = (-2.2541, 0.0, 7.3249, 1.052)  # without the model head is 0, and so is its weight
LEXICAL_OTHER = (-1.5848, 0.0, 2.6858, 2.1074)

_STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for from
    further had has have having he her here hers him his how however i if in into is it its just least
    less like made make many may me might more most much must my near nearly no nor not now of off on
    once one only or other our ours out over own per same she should since so some still such than
    that the their theirs them then there these they this those though through to too under until up
    upon us very via was we were what when where whether which while who whom whose why will with
    within without would yet you your
    said says say saying told tells added according mr mrs ms new
    """.split()
)
# Frequent English function words: their share tells English text from other languages.
_FUNCTION_WORDS = frozenset(
    "the of and to in a is was for on that with as by at from it said has have be are were his her their an this which".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """What the score needs of one article, computed once."""

    id: str
    terms: dict[str, float]  # content stem -> unit-normalised 1 + log(count)
    names: dict[str, float]  # capitalised word, lower-cased -> unit-normalised 1 + log(count)
    english: float  # 0 (not English) .. 1 (English)
    lead: np.ndarray | None = None  # (k, 384) unit embeddings of the first sentences; None without the model


def profiles(articles: Sequence[Article], *, embed: bool | None = None, encoder: Encoder | None = None) -> list[Profile]:
    """Profiles of many articles, their lead sentences embedded in one batch.

    ``embed=None`` uses the embedding model when it is installed; ``False`` never does.
    """
    leads = [_lead_sentences(a) for a in articles]
    vectors: list[np.ndarray | None] = [None] * len(articles)
    if _use_embeddings(embed):
        from storycheck.embeddings import default_encoder

        flat = [s for lead in leads for s in lead]
        matrix = (encoder or default_encoder()).encode(flat)
        start = 0
        for i, lead in enumerate(leads):
            vectors[i] = matrix[start : start + len(lead)] if lead else None
            start += len(lead)
    return [_profile(a, v) for a, v in zip(articles, vectors)]


def score(p: Profile, q: Profile) -> float:
    """The same-story score of two profiled articles, in [0, 1]; symmetric."""
    head, terms, names, english = pair_features(p, q)
    embedded = p.lead is not None and q.lead is not None
    en_w, other_w = (EMBEDDED_ENGLISH, EMBEDDED_OTHER) if embedded else (LEXICAL_ENGLISH, LEXICAL_OTHER)
    x = (1.0, head, terms, names)
    logit = english * _dot(en_w, x) + (1.0 - english) * _dot(other_w, x)
    return _sigmoid(logit)


def score_pairs(
    articles: Sequence[Article], pairs: Sequence[tuple[int, int]], *, embed: bool | None = None
) -> np.ndarray:
    """Scores of ``pairs`` (indices into ``articles``), each article profiled once."""
    import numpy as np

    profs = profiles(articles, embed=embed)
    return np.array([score(profs[i], profs[j]) for i, j in pairs], dtype=np.float64)


def same_story(a: Article, b: Article, *, embed: bool | None = None) -> float:
    """How likely ``a`` and ``b`` report the same story, in [0, 1]."""
    p, q = profiles([a, b], embed=embed)
    return score(p, q)


def pair_features(p: Profile, q: Profile) -> tuple[float, float, float, float]:
    """(head, terms, names, english) of a pair; head is 0 without embeddings."""
    head = 0.0
    if p.lead is not None and q.lead is not None:
        sims = p.lead @ q.lead.T
        # each headline against the other's lead: reports of one event lead with it, not always first
        head = 0.5 * (float(sims[0].max()) + float(sims[:, 0].max()))
    return head, _cosine(p.terms, q.terms), _cosine(p.names, q.names), min(p.english, q.english)


# --- per-article features ----------------------------------------------------


def _profile(article: Article, lead: np.ndarray | None) -> Profile:
    words = _WORD.findall(_full_text(article))
    folded = [w.lower().replace("’", "'") for w in words]
    terms = Counter(stem(w) for w in folded if w not in _STOP_WORDS and len(w) > 1)
    names = Counter(f for w, f in zip(words, folded) if w[0].isupper() and f not in _STOP_WORDS and len(f) > 1)
    function_share = sum(f in _FUNCTION_WORDS for f in folded) / max(len(folded), 1)
    english = min(1.0, max(0.0, (function_share - ENGLISH_FLOOR) / (ENGLISH_FULL - ENGLISH_FLOOR)))
    return Profile(article.id, _unit(terms), _unit(names), english, lead)


def _full_text(article: Article) -> str:
    """The text with the headline in front when the cleaned text does not open with it."""
    title = (article.title or "").strip()
    if title and not article.text.lstrip().startswith(title):
        return f"{title}\n{article.text}"
    return article.text


def _lead_sentences(article: Article) -> list[str]:
    text = _full_text(article)
    return [text[s:e] for _, (s, e) in zip(range(LEAD_SENTENCES), sentences(text))]


def _unit(counts: Counter[str]) -> dict[str, float]:
    weights = {w: 1.0 + math.log(c) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values()))
    return {w: v / norm for w, v in weights.items()} if norm else {}


# --- pair arithmetic ---------------------------------------------------------


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _dot(w: tuple[float, ...], x: tuple[float, ...]) -> float:
    return sum(wi * xi for wi, xi in zip(w, x))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _use_embeddings(embed: bool | None) -> bool:
    if embed is False:
        return False
    from storycheck import embeddings

    return embed is True or embeddings.available()
