from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storycheck.crosscheck import _contained, _contained_pairs, crosscheck
from storycheck.facts import build_facts
from storycheck.model import DateValue, QuantityValue, QuoteValue, Reuse, RoleValue
from tests.conftest import make_article, mention_of

LAUNCHED = dict(counts="drones", event="launched", scope="overnight")


def annotate(article, *specs):
    """specs: (words, value) pairs pinned to the article's text."""
    return replace(article, mentions=tuple(mention_of(article, w, v) for w, v in specs))


def check(articles, reuse=()):
    facts = build_facts(articles)
    return crosscheck(articles, facts, list(reuse))


def launched(text_amount: str, amount=None, lo=None, hi=None, qualifier=None):
    return text_amount, QuantityValue(amount=amount, min=lo, max=hi, qualifier=qualifier, **LAUNCHED)


@pytest.fixture
def drones():
    a = annotate(make_article("Russia launched 267 drones overnight.", id="a"), launched("267", 267))
    b = annotate(make_article("Moscow sent 267 drones overnight.", id="b"), launched("267", 267))
    c = annotate(make_article("Russia launched 300 drones overnight.", id="c"), launched("300", 300))
    return a, b, c


def test_crosscheck_quantity_conflict_is_high_and_names_the_minority(drones):
    result = check(list(drones))
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles, d.against) == ("quantity", "high", ("c",), ("a", "b"))
    assert "300" in d.summary and "267" in d.summary
    assert {m.article for m in d.mentions} == {"a", "b", "c"}
    verdicts = {f.articles: f.verdict for f in result.facts}
    assert verdicts == {("c",): "contradicted", ("a", "b"): "corroborated"}


def test_crosscheck_near_miss_is_medium():
    a = annotate(make_article("They launched 1,150 drones.", id="a"), launched("1,150", 1150))
    b = annotate(make_article("They launched 1,100 drones.", id="b"), launched("1,100", 1100))
    [d] = check([a, b]).discrepancies
    assert d.severity == "medium"


def test_crosscheck_vaguer_but_compatible_is_low():
    a = annotate(make_article("Russia launched 35 drones overnight.", id="a"), launched("35", 35))
    b = annotate(make_article("Russia launched dozens of drones overnight.", id="b"), launched("dozens", None, 24, 99, "dozens"))
    result = check([a, b])
    [d] = result.discrepancies
    assert (d.severity, d.articles, d.against) == ("low", ("b",), ("a",))
    assert {f.verdict for f in result.facts if "b" in f.articles} == {"vaguer"}


def test_crosscheck_derived_copies_do_not_corroborate(drones):
    a, b, _ = drones
    independent = check([a, b])
    assert {f.verdict for f in independent.facts} == {"corroborated"}
    copied = check([a, b], [Reuse("a", "b", "copy", 0.9)])
    assert {f.verdict for f in copied.facts} == {"single-source"}


def test_crosscheck_derived_article_deviates_on_a_tie():
    a = annotate(make_article("They launched 267 drones overnight.", id="a"), launched("267", 267))
    z = annotate(make_article("They launched 200 drones overnight.", id="z"), launched("200", 200))
    [d] = check([a, z], [Reuse("z", "a", "rewrite", 0.8)]).discrepancies
    assert d.articles == ("a",)


@pytest.mark.parametrize(
    ("title_a", "title_b", "conflict"),
    [
        ("US President", "former U.S. President", True),
        ("acting Defense Secretary", "Defense Secretary", True),
        ("US President", "President", False),
        ("Trump envoy", "Trump's envoy", False),
        ("Secretary of State", "Senator", False),
        ("new Interior Secretary", "Interior Secretary", False),  # a new secretary is the secretary
        ("outgoing Prime Minister", "Prime Minister", False),
        ("incoming Prime Minister", "Prime Minister", True),
        ("ex-President", "former President", False),
    ],
)
def test_crosscheck_role_conflicts_only_on_time_modifiers(title_a: str, title_b: str, conflict: bool):
    a = annotate(make_article(f"{title_a} Donald Trump spoke.", id="a"), (f"{title_a} Donald Trump", RoleValue("Donald Trump", title_a)))
    b = annotate(make_article(f"{title_b} Donald Trump spoke.", id="b"), (f"{title_b} Donald Trump", RoleValue("Donald Trump", title_b)))
    found = check([a, b]).discrepancies
    assert bool(found) is conflict
    if conflict:
        assert (found[0].kind, found[0].severity) == ("role", "high")


QUOTE = "If it means peace for Ukraine, if you really need me to leave my post, I am ready"
VARIANT = "If it guarantees peace for Ukraine, if you really need me to resign, I am ready"


def quoted(article_id: str, words: str, speaker: str = "Volodymyr Zelenskyy"):
    article = make_article(f"“{words},” he said.", id=article_id)
    return annotate(article, (words, QuoteValue(speaker, words)))


def test_crosscheck_quote_altered_by_derived_article_is_high():
    result = check([quoted("src", QUOTE), quoted("copy", VARIANT)], [Reuse("src", "copy", "rewrite", 0.9)])
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles, d.against) == ("quote", "high", ("copy",), ("src",))
    assert {f.verdict for f in result.facts if f.articles == ("copy",)} == {"altered"}


def test_crosscheck_quote_variant_from_independent_source_is_low():
    result = check([quoted("a", QUOTE), quoted("b", QUOTE), quoted("c", VARIANT)])
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles) == ("quote", "low", ("c",))
    verdicts = {f.articles: f.verdict for f in result.facts}
    assert verdicts == {("a", "b"): "verbatim", ("c",): "variant"}


def test_crosscheck_trimmed_quote_is_not_a_discrepancy():
    result = check([quoted("a", QUOTE), quoted("b", "if you really need me to leave my post, I am ready")])
    assert result.discrepancies == ()
    assert {f.articles: f.verdict for f in result.facts}[("b",)] == "trimmed"


def test_crosscheck_same_words_different_speaker_is_attribution_conflict():
    result = check([quoted("a", QUOTE), quoted("b", QUOTE), quoted("c", QUOTE, speaker="Andriy Yermak")])
    [d] = [d for d in result.discrepancies if d.kind == "attribution"]
    assert (d.severity, d.articles, d.against) == ("medium", ("c",), ("a", "b"))


def test_crosscheck_unattested_quote_in_derived_article_is_medium():
    invented = "We will never accept any deal that is made behind our backs"
    result = check([quoted("src", QUOTE), quoted("spun", invented)], [Reuse("src", "spun", "paraphrase", 0.7)])
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles) == ("quote", "medium", ("spun",))


def test_crosscheck_source_scores(drones):
    a, b, c = drones
    result = check([a, b, c], [Reuse("a", "b", "rewrite", 0.75)])
    scores = {s.article: s for s in result.sources}
    assert scores["b"].originality == 0.25 and scores["a"].originality == 1.0
    assert scores["c"].agreement == 0.0  # the deviating side on a tie of lineages: c sorts later
    assert scores["a"].agreement == 1.0 and scores["b"].agreement == 1.0
    assert all(0.0 <= s.quote_fidelity <= 1.0 for s in result.sources)


def test_crosscheck_irregular_plurals_share_a_key():
    a = annotate(make_article("Two children were killed.", id="a"), ("Two", QuantityValue(amount=2, counts="children", event="killed")))
    b = annotate(make_article("One child was killed.", id="b"), ("One", QuantityValue(amount=1, counts="child", event="killed")))
    [d] = check([a, b]).discrepancies
    assert d.kind == "quantity" and d.severity == "high"


def killed(words: str, amount=None, lo=None, counts="people"):
    return words, QuantityValue(amount=amount, min=lo, counts=counts, event="killed")


def test_crosscheck_deaths_blamed_on_different_attacks_are_an_attribution_conflict():
    a = annotate(make_article("A missile attack on the town of Kryvyi Rih killed one man.", id="a"), killed("one", 1, counts="man"))
    b = annotate(make_article("Russia launched 267 drones overnight, killing at least one person.", id="b"), killed("at least one", lo=1, counts="person"))
    result = check([a, b])
    [d] = result.discrepancies
    assert (d.kind, d.severity) == ("attribution", "medium")
    assert {d.articles, d.against} == {("a",), ("b",)}
    assert "drones" in d.summary and "a missile attack in Kryvyi Rih" in d.summary
    assert {m.article for m in d.mentions} == {"a", "b"}


def test_crosscheck_different_deaths_of_different_attacks_are_not_a_conflict():
    # b reports both attacks: it does not blame a's death on another weapon
    a = annotate(make_article("A missile attack killed one man.", id="a"), killed("one", 1))
    b = annotate(
        make_article("A missile attack killed one man. Separately, drones killed four people.", id="b"),
        killed("one", 1),
        killed("four", 4),
    )
    assert check([a, b]).discrepancies == ()
    # counts that cannot be the same deaths are not blamed on each other either
    c = annotate(make_article("Drones killed 40 people.", id="c"), killed("40", 40))
    assert "attribution" not in [d.kind for d in check([a, c]).discrepancies]


def test_crosscheck_blame_within_one_lineage_is_not_a_conflict():
    a = annotate(make_article("A missile attack killed one man.", id="a"), killed("one", 1))
    b = annotate(make_article("Drones killed one man.", id="b"), killed("one man", 1, counts="man"))
    assert [d.kind for d in check([a, b]).discrepancies] == ["attribution"]
    assert check([a, b], [Reuse("a", "b", "rewrite", 0.8)]).discrepancies == ()


def test_facts_unscoped_figure_joins_the_only_scoped_key():
    a = annotate(make_article("Air defences intercepted 138 drones.", id="a"), ("138", QuantityValue(amount=138, counts="drones", event="intercepted")))
    b = annotate(make_article("138 drones were intercepted overnight.", id="b"), ("138", QuantityValue(amount=138, counts="drones", event="intercepted", scope="overnight")))
    [fact] = build_facts([a, b])
    assert fact.articles == ("a", "b") and fact.key.endswith(":overnight:")


def test_facts_unscoped_figure_joins_the_scoped_key_its_value_fits():
    a = annotate(make_article("Russia launched 267 drones.", id="a"), launched("267", 267)[:1] + (QuantityValue(amount=267, counts="drones", event="launched"),))
    b = annotate(
        make_article("Russia launched 267 drones overnight and nearly 1,150 drones in the past week.", id="b"),
        launched("267", 267),
        ("nearly 1,150", QuantityValue(amount=None, min=1035, max=1150, counts="drones", event="launched", scope="past week")),
    )
    by_articles = {f.articles: f.key for f in build_facts([a, b])}
    assert by_articles[("a", "b")].endswith(":overnight:")
    # a figure that fits neither scoped key stays on its own key
    c = annotate(make_article("Russia launched 500 drones.", id="c"), ("500", QuantityValue(amount=500, counts="drones", event="launched")))
    keys = {f.articles: f.key for f in build_facts([b, c])}
    assert keys[("c",)] == "quantity:launched:drone::"


def test_crosscheck_omissions_list_what_two_independent_others_establish():
    a, b, _ = (annotate(make_article(f"Russia launched 267 drones overnight. {x}", id=x), launched("267", 267)) for x in "abc")
    c = make_article("Zelenskyy spoke in Kyiv.", id="c")
    result = check([a, b, c])
    omissions = {s.article: s.omissions for s in result.sources}
    [fact] = result.facts
    assert omissions == {"a": (), "b": (), "c": (fact.id,)}
    assert {s.article: s.agreement for s in result.sources}["c"] == 1.0  # omission is not disagreement
    # the two stating articles are one lineage: nothing is established, nothing omitted
    copied = check([a, b, c], [Reuse("a", "b", "copy", 0.9)])
    assert all(s.omissions == () for s in copied.sources)


def test_crosscheck_a_different_figure_is_not_an_omission(drones):
    result = check(list(drones))
    assert all(s.omissions == () for s in result.sources)


def said(words: str, direct: bool, speaker="Jane Doe"):
    return words, QuoteValue(speaker=speaker, text=words, direct=direct)


@pytest.mark.parametrize(
    ("added", "included"),
    [
        ("raising taxes would wreck the fragile recovery of rural bakeries", True),
        ("the council budget was funded by grants, not loans", False),  # the source's own words
    ],
)
def test_crosscheck_unattested_quote_takes_along_the_claim_it_adds(added, included):
    source = make_article("Jane Doe said the council budget was funded by grants, not loans. She spoke on Monday.", id="src")
    text = f"“We will never accept this deal,” Jane Doe said, adding that {added}."
    derived = annotate(make_article(text, id="der"), said("We will never accept this deal", True), said(added, False))
    result = check([source, derived], [Reuse("src", "der", "rewrite", 0.7)])
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles) == ("quote", "medium", ("der",))
    assert (added in d.summary) == included
    assert any(m.text == added for m in d.mentions) == included
    verdicts = {f.value.text: f.verdict for f in result.facts}
    assert (verdicts[added] == "unattested") == included


def dated(words: str, iso: str, event: str, relative=False):
    return words, DateValue(iso, relative=relative, event=event)


FILLER = " ".join(f"Ukraine said more on day {n}." for n in range(12))  # sentences that make "Ukraine" story-wide


def test_crosscheck_one_event_dated_differently_is_a_date_conflict():
    a = annotate(make_article(f"The summit in Geneva opened on March 3, 2024. {FILLER}", id="a"), dated("March 3, 2024", "2024-03-03", "summit"))
    b = annotate(make_article(f"The Geneva summit began on March 5, 2024. {FILLER}", id="b"), dated("March 5, 2024", "2024-03-05", "summit"))
    result = check([a, b])
    [d] = result.discrepancies
    assert (d.kind, d.severity) == ("date", "high")
    assert "2024-03-03" in d.summary and "2024-03-05" in d.summary


@pytest.mark.parametrize(
    ("b_text", "b_date", "why"),
    [
        ("The Geneva summit opened on March 4, 2024.", ("March 4, 2024", "2024-03-04", False), "a day apart: time zones"),
        ("Leaders met at the Geneva summit last week.", ("last week", "2024-W08", True), "a relative week is loose"),
        ("The summit in Ukraine opened on March 9, 2024.", ("March 9, 2024", "2024-03-09", False), "no shared rare name: another summit"),
        ("The Geneva summit opened on March 3.", ("March 3", "2025-03-03", True), "the year is our guess, the day agrees"),
    ],
)
def test_crosscheck_dates_that_may_be_the_same_are_no_conflict(b_text, b_date, why):
    a = annotate(make_article(f"The summit in Geneva opened on March 3, 2024. {FILLER}", id="a"), dated("March 3, 2024", "2024-03-03", "summit"))
    words, iso, relative = b_date
    b = annotate(make_article(f"{b_text} {FILLER}", id="b"), dated(words, iso, "summit", relative))
    assert check([a, b]).discrepancies == (), why


def test_crosscheck_a_once_only_event_needs_no_shared_name():
    a = annotate(make_article("The invasion began on February 24, 2022.", id="a"), dated("February 24, 2022", "2022-02-24", "invasion"))
    b = annotate(make_article("Russia's invasion started on March 24, 2022.", id="b"), dated("March 24, 2022", "2022-03-24", "invasion"))
    [d] = check([a, b]).discrepancies
    assert (d.kind, d.severity) == ("date", "high")


def share_articles(share_words: str, lo: float, hi: float):
    a = annotate(
        make_article("Russia launched 267 drones overnight. Air defences intercepted 138 of the drones.", id="a"),
        launched("267", 267),
        ("138", QuantityValue(amount=138, counts="drones", event="intercepted")),
    )
    b = annotate(
        make_article(f"Russia launched 267 drones overnight, and {share_words} were intercepted.", id="b"),
        launched("267", 267),
        (share_words, QuantityValue(amount=None, min=lo, max=hi, unit="percent", event="intercepted", scope="overnight", qualifier=share_words)),
    )
    return a, b


def test_crosscheck_a_vague_share_against_counts_is_high():
    result = check(list(share_articles("nearly all", 90, 100)))
    [d] = [d for d in result.discrepancies if "%" in d.summary]
    assert (d.kind, d.severity, d.articles, d.against) == ("quantity", "high", ("b",), ("a",))
    assert "nearly all" in d.summary and "52 %" in d.summary
    assert {m.text for m in d.mentions} >= {"nearly all", "138", "267"}


@pytest.mark.parametrize(("words", "lo", "hi"), [("about half", 45, 55), ("most", 50, 100)])
def test_crosscheck_a_share_the_counts_allow_is_no_conflict(words, lo, hi):
    result = check(list(share_articles(words, lo, hi)))
    assert [d for d in result.discrepancies if "%" in d.summary] == []


def test_crosscheck_same_words_under_two_speakers_are_verbatim_not_altered():
    # a derived article quoting the same words (speaker read differently) has not altered them
    result = check([quoted("a", QUOTE), quoted("b", QUOTE + ".", speaker="Andriy Yermak")], [Reuse("a", "b", "rewrite", 0.8)])
    assert [d.kind for d in result.discrepancies] == ["attribution"]
    assert {f.verdict for f in result.facts} == {"verbatim"}


def test_crosscheck_figures_without_an_event_or_among_several_are_not_compared():
    hours = dict(counts="hours", event=None)
    a = annotate(make_article("The trial lasted 12 hours.", id="a"), ("12", QuantityValue(amount=12, **hours)))
    b = annotate(make_article("Jurors met for 40 hours.", id="b"), ("40", QuantityValue(amount=40, **hours)))
    assert check([a, b]).discrepancies == ()
    jurors = dict(counts="jurors", event="voted")
    c = annotate(make_article("Ten jurors voted yes, two voted no.", id="c"),
                 ("Ten", QuantityValue(amount=10, **jurors)), ("two", QuantityValue(amount=2, **jurors)))
    d = annotate(make_article("Eight jurors voted to convict.", id="d"), ("Eight", QuantityValue(amount=8, **jurors)))
    assert check([c, d]).discrepancies == ()


def test_crosscheck_sums_with_nothing_counted_are_at_most_medium():
    paid = dict(counts=None, event="paid", unit="USD")
    a = annotate(make_article("The club paid him about $4 million a year.", id="a"), ("$4 million", QuantityValue(amount=4e6, **paid)))
    b = annotate(make_article("The club is paying Ayers ($2 million).", id="b"), ("$2 million", QuantityValue(amount=2e6, **paid)))
    [d] = check([a, b]).discrepancies
    assert d.severity == "medium"


def test_crosscheck_parenthetical_insertions_do_not_alter_a_quote():
    result = check([quoted("a", "We thank her (Tara Reid) and her family"), quoted("b", "We thank her and her family")],
                   [Reuse("a", "b", "rewrite", 0.8)])
    assert result.discrepancies == ()


@pytest.mark.parametrize(
    ("source", "derived"),
    [
        ("He probably realized he was going to be shot", "He probably realised he was going to be shot"),
        ("I understand the Greek population's anger", "I understand the Greek populations' anger"),
        ("We honor our neighbors", "We honour our neighbours"),
    ],
)
def test_crosscheck_spelling_changes_do_not_alter_a_quote(source, derived):
    result = check([quoted("a", source), quoted("b", derived)], [Reuse("a", "b", "rewrite", 0.8)])
    assert result.discrepancies == ()


def test_crosscheck_a_partitive_whole_is_a_total_for_shares():
    a = annotate(
        make_article("Air defences intercepted 138 of the 267 drones.", id="a"),
        ("138", QuantityValue(amount=138, counts="drones", event="intercepted")),
        ("267", QuantityValue(amount=267, counts="drones", event=None)),
    )
    b = annotate(make_article("Russia sent 267 drones. Nearly all were intercepted.", id="b"), launched("267", 267),
                 ("Nearly all", QuantityValue(amount=None, min=90, max=100, unit="percent", event="intercepted")))
    [d] = [d for d in check([a, b]).discrepancies if "%" in d.summary]
    assert d.severity == "high" and "52 %" in d.summary


def test_crosscheck_a_later_day_raising_a_toll_is_an_update_not_a_contradiction():
    def toll(article_id, words, amount, day):
        art = make_article(f"The quake killed {words} people.", id=article_id, published=date(2024, 3, day))
        return annotate(art, killed(words, amount))

    result = check([toll("early", "12", 12, 1), toll("late", "40", 40, 2)])
    [d] = result.discrepancies
    assert (d.kind, d.severity, d.articles, d.against) == ("quantity", "low", ("late",), ("early",))
    assert "later report" in d.summary
    assert {f.articles: f.verdict for f in result.facts}[("early",)] == "superseded"
    # a later report with a lower toll, or reports of one day, still conflict
    assert check([toll("early", "40", 40, 1), toll("late", "12", 12, 2)]).discrepancies[0].severity == "high"
    assert check([toll("a", "12", 12, 1), toll("b", "40", 40, 1)]).discrepancies[0].severity == "high"


def test_crosscheck_a_share_of_nothing_named_is_not_checked_against_counts():
    a = annotate(
        make_article("Air defences intercepted 138 of the 267 drones.", id="a"),
        ("138", QuantityValue(amount=138, counts="drones", event="intercepted")),
        ("267", QuantityValue(amount=267, counts="drones", event=None)),
    )
    b = annotate(make_article("Nearly all were intercepted.", id="b"),
                 ("Nearly all", QuantityValue(amount=None, min=90, max=100, unit="percent", event="intercepted")))
    assert [d for d in check([a, b]).discrepancies if "%" in d.summary] == []


def test_crosscheck_a_year_is_not_compared_with_a_day():
    a = annotate(make_article("The quake in Bam in 2003 killed many.", id="a"), dated("2003", "2003", "earthquake"))
    b = annotate(make_article("The quake hit Bam on Monday.", id="b"), dated("Monday", "2005-11-28", "earthquake", relative=True))
    assert check([a, b]).discrepancies == ()


def test_crosscheck_a_partly_derived_articles_own_quote_is_its_own_reporting():
    invented = "We will never accept any deal that is made behind our backs"
    mostly = check([quoted("src", QUOTE), quoted("spun", invented)], [Reuse("src", "spun", "paraphrase", 0.7)])
    partly = check([quoted("src", QUOTE), quoted("own", invented)], [Reuse("src", "own", "paraphrase", 0.3)])
    assert [d.kind for d in mostly.discrepancies] == ["quote"]
    assert partly.discrepancies == ()
    assert {f.verdict for f in partly.facts if "own" in f.articles} == {"single-source"}


# --- containment among a quote cluster's wordings ---------------------------------

_WORDS = ["peace", "for", "ukraine", "if", "it", "means", "i", "am", "ready", "nato", "a", "the"]
_QUOTE = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=30).map(" ".join)


def _edited(text: str, data) -> str:
    """The text trimmed at both ends and with a letter or two changed: what a near-containment looks like."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    out = list(text[lo:hi])
    for _ in range(data.draw(st.integers(0, 2))):
        if out:
            out[data.draw(st.integers(0, len(out) - 1))] = data.draw(st.sampled_from("aeoxz "))
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(st.lists(_QUOTE, min_size=1, max_size=12), st.data())
def test_crosscheck_contained_pairs_matches_asking_every_pair(texts, data):
    """The trigram filter drops no pair the plain pairwise rule keeps."""
    texts = texts + [_edited(data.draw(st.sampled_from(texts)), data) for _ in range(data.draw(st.integers(0, 8)))]
    inside = {s for s in texts for t in texts if _contained(s, t)}
    holding = {t for s in texts for t in texts if _contained(s, t)}
    assert _contained_pairs(texts) == (inside, holding)


def test_crosscheck_contained_pairs_keeps_a_trim_with_a_typo():
    """A trimmed rendering with one letter changed is still inside the long one (partial ratio 98), filter or not."""
    long = "i can exchange this for nato if that condition is there immediately and we will not give up"
    trim = "can exchange thes for nato if that condition is there immediately"
    assert _contained(trim, long)
    assert _contained_pairs([long, trim, "we want peace"]) == ({trim}, {long})
