"""The bundled example against its hand-made gold file of discrepancies (eval/gold/discrepancies_example.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = json.loads((Path(__file__).resolve().parents[1] / "eval" / "gold" / "discrepancies_example.json").read_text(encoding="utf-8"))


def matches(d, gold) -> bool:
    sides = {frozenset(s) for s in gold["sides"]}
    if (d.kind, d.severity) != (gold["kind"], gold["severity"]) or {frozenset(d.articles), frozenset(d.against)} != sides:
        return False
    return all(any(words in m.text for m in d.mentions) for words in gold["evidence"])


@pytest.mark.parametrize("gold", GOLD["discrepancies"], ids=lambda g: f"{g['id']}-{g['kind']}-{g['severity']}")
def test_gold_discrepancy_is_found_with_its_severity_and_evidence(example_report, gold):
    found = [d for d in example_report.discrepancies if matches(d, gold)]
    assert len(found) == 1, [d.summary for d in example_report.discrepancies if d.kind == gold["kind"]]
    [d] = found
    assert all(example_report.article(m.article).text[m.start : m.end] == m.text for m in d.mentions)


def test_every_reported_discrepancy_is_in_the_gold(example_report):
    unmatched = [d.summary for d in example_report.discrepancies if not any(matches(d, g) for g in GOLD["discrepancies"])]
    assert unmatched == []


@pytest.mark.parametrize("case", GOLD["not_discrepancies"], ids=lambda c: c["about"])
def test_no_medium_or_high_alarm_on_what_is_not_a_discrepancy(example_report, case):
    alarms = [
        d.summary
        for d in example_report.discrepancies
        if d.severity in ("high", "medium") and not any(matches(d, g) for g in GOLD["discrepancies"])
        and any(w in m.text or m.text in w for w in case["words"] for m in d.mentions)
    ]
    assert alarms == []
