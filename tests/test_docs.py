"""Docs that cannot drift: the CLI reference is generated and every command is documented."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_docs_cli_reference_is_up_to_date():
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == _generator().cli_reference(), "docs/cli.md is stale: run `make docs`"


def test_docs_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = _generator().commands()
    assert names
    for name in names:
        assert f"storycheck {name}" in readme, name


def test_docs_readme_starts_with_the_two_setup_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:12]
    assert any("make demo" in line for line in head) and any("make test" in line for line in head)


def test_docs_report_contract_names_every_top_level_key():
    from storycheck.report_json import schema

    doc = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    for key in schema()["required"]:
        assert f"`{key}`" in doc, key


def test_docs_readme_sample_is_real_output():
    spec = importlib.util.spec_from_file_location("readme_sample", ROOT / "scripts" / "readme_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == module.readme_with(module.sample()), "README sample is stale: run python scripts/readme_sample.py --write"
