"""The CLI end to end, as a user runs it: a real subprocess of the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from storycheck.report_json import schema
from tests.conftest import EXAMPLE, EXAMPLE_IDS

STORYCHECK = shutil.which("storycheck", path=str(Path(sys.executable).parent)) or "storycheck"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([STORYCHECK, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_cli_analyze_example_prints_report_and_writes_valid_json(tmp_path: Path):
    out, md = tmp_path / "r.json", tmp_path / "r.md"
    done = run("analyze", str(EXAMPLE), "--json", str(out), "--markdown", str(md))
    assert done.returncode == 0, done.stderr
    for heading in ("Brief", "Provenance", "Discrepancies", "Fact × source", "Sources"):
        assert heading in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    assert sorted(a["id"] for a in data["articles"]) == list(EXAMPLE_IDS)
    markdown = md.read_text(encoding="utf-8")
    assert "```mermaid" in markdown and "## Fact × source" in markdown
    assert done.stderr.count("error") == 0


def bad_inputs(folder: Path) -> dict[str, str]:
    """Each bad input a careless user gives, and the words its error line must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "undecodable.txt").write_bytes(bytes([0x80, 0xFE, 0x81, 0x9F, 0xC3, 0x28, 0xA0, 0xA1]) * 64)
    (folder / "nav.html").write_text("<html><body><nav>Home | News</nav></body></html>")
    (folder / "rows.jsonl").write_text('{"id": "ok-row", "text": "Russia launched 267 drones overnight, officials said."}\n{broken\n{"id": "no-text"}\n')
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(50_000_000)
    return {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "undecodable.txt": "undecodable bytes",
        "nav.html": "no article text",
        "rows.jsonl:2": "not valid JSON",
        "rows.jsonl:3": "`text`",
        "huge.txt": "50.0 MB",
    }


def test_cli_bad_inputs_one_line_each_and_the_rest_analyzed(tmp_path: Path):
    folder = tmp_path / "batch"
    shutil.copytree(EXAMPLE, folder)
    expected = bad_inputs(folder)
    out = tmp_path / "r.json"
    done = run("analyze", str(folder), "--json", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    error_lines = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(expected)
    for name, words in expected.items():
        assert any(f"{name}: " in line and words in line for line in error_lines), (name, error_lines)
    data = json.loads(out.read_text())
    assert sorted(a["id"] for a in data["articles"]) == sorted([*EXAMPLE_IDS, "ok-row"])
    assert len(data["problems"]) == len(expected)


def test_cli_strict_fails_on_any_bad_input(tmp_path: Path):
    folder = tmp_path / "batch"
    shutil.copytree(EXAMPLE, folder)
    (folder / "empty.txt").write_bytes(b"")
    assert run("analyze", str(folder), "--quiet", "--strict").returncode == 1
    assert run("analyze", str(EXAMPLE), "--quiet", "--strict").returncode == 0


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d / "missing", "no such file or folder"),
        (lambda d: (d / "empty").mkdir() or d / "empty", "folder holds no readable articles"),
    ],
)
def test_cli_nothing_analyzable_exits_non_zero(tmp_path: Path, make, words: str):
    target = make(tmp_path)
    done = run("analyze", str(target))
    assert done.returncode == 1
    assert words in done.stderr and "nothing could be analyzed" in done.stderr


def test_cli_duplicate_ids_are_reported(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    for sub in ("one", "two"):
        (tmp_path / sub / "same.txt").write_text("Russia launched 267 drones overnight, officials said on Sunday.")
    done = run("analyze", str(tmp_path), "--quiet")
    assert done.returncode == 0
    assert "duplicate article id 'same'" in done.stderr


def test_cli_version_and_help_have_examples():
    assert run("--version").stdout.startswith("storycheck ")
    for args in (["--help"], ["analyze", "--help"]):
        assert "Example:" in run(*args).stdout


def test_cli_unwritable_output_is_one_clear_line(tmp_path: Path):
    done = run("analyze", str(EXAMPLE), "--quiet", "--json", str(tmp_path / "no" / "such" / "dir" / "r.json"))
    assert done.returncode == 1
    assert "cannot write" in done.stderr and "Traceback" not in done.stderr


def test_cli_eval_without_data_says_so(tmp_path: Path):
    done = run("eval", "similarity", "--data", str(tmp_path / "nowhere"))
    assert done.returncode == 1
    assert "not found" in done.stderr and "--data" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("args", "words"), [(["eval", "nope"], "unknown evaluation"), (["eval", "stories", "--split", "train"], "dev or test")])
def test_cli_eval_rejects_bad_arguments(args: list[str], words: str):
    done = run(*args)
    assert done.returncode == 2 and words in done.stderr


def test_cli_same_file_twice_is_read_once(tmp_path: Path):
    out = tmp_path / "r.json"
    one = EXAMPLE / f"{EXAMPLE_IDS[2]}.txt"
    done = run("analyze", str(one), str(one), str(EXAMPLE), "--quiet", "--json", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text())
    assert sorted(a["id"] for a in data["articles"]) == list(EXAMPLE_IDS)
    assert all(r["source"] != r["target"] for r in data["reuse"])


def test_cli_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "storycheck", "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == run("--version").stdout
