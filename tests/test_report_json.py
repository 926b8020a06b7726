from __future__ import annotations

import json

import jsonschema
import pytest

from storycheck.model import Article, Report
from storycheck.report_json import dumps, schema, to_dict

TOP_LEVEL = ["schema", "articles", "stories", "reuse", "origins", "facts", "discrepancies", "sources", "brief", "problems", "stats"]


def test_report_json_example_validates_against_shipped_schema(example_report):
    data = json.loads(dumps(example_report))
    jsonschema.validate(data, schema())
    assert list(data) == TOP_LEVEL and data["schema"] == "storycheck.report/1"


def test_report_json_empty_report_has_every_key():
    data = to_dict(Report(articles=(Article("x", "x.txt", "Text."),)))
    jsonschema.validate(data, schema())
    assert all(data[k] == [] for k in TOP_LEVEL if k not in ("schema", "articles"))


def test_report_json_every_mention_points_at_its_words(example_report):
    data = to_dict(example_report)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    spans = [m for f in data["facts"] for m in f["mentions"]] + [m for d in data["discrepancies"] for m in d["mentions"]]
    assert spans
    for m in spans:
        assert texts[m["article"]][m["start"] : m["end"]] == m["text"]
    for r in data["reuse"]:
        for p in r["pairs"]:
            assert texts[r["source"]][slice(*p["source_span"])] and texts[r["target"]][slice(*p["target_span"])]


@pytest.mark.parametrize("mutation", [lambda d: d.pop("brief"), lambda d: d.update(schema="other/1"), lambda d: d["facts"].append({"id": 1})])
def test_report_json_schema_rejects_broken_reports(example_report, mutation):
    data = to_dict(example_report)
    mutation(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_report_json_write_replaces_file_whole(tmp_path, example_report):
    from storycheck.report_json import write_json

    target = tmp_path / "r.json"
    target.write_text("old report")
    write_json(example_report, target)
    assert json.loads(target.read_text())["schema"] == "storycheck.report/1"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left behind


def test_report_json_new_file_gets_ordinary_permissions(tmp_path, example_report):
    import os

    from storycheck.report_json import write_json

    umask = os.umask(0o022)
    try:
        write_json(example_report, tmp_path / "new.json")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644
