"""The `storycheck` command line: a thin skin over the library."""

from __future__ import annotations

import sys
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from .api import analyze as analyze_paths
from .errors import MissingDependency
from .evals.base import DEFAULT_DATA_DIR, SPLITS
from .model import Report
from .readers import DEFAULT_MAX_BYTES

app = typer.Typer(
    help="Check a news story across its sources: who copied whom, every checkable fact, "
    "where sources agree, stand alone or contradict each other.\n\n"
    "Example: storycheck analyze examples/zelenskyy-2025-02-23 --json report.json",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"storycheck {_dist_version('storycheck')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Check a news story across its sources."""


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .htm, .jsonl) or folders of them.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the report as JSON (schema storycheck.report/1).")] = None,
    markdown_out: Annotated[Optional[Path], typer.Option("--markdown", help="Write the report as Markdown.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero if any input had to be set aside.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the report in the terminal.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest article (one file or one JSON Lines row) in bytes.", min=1)] = DEFAULT_MAX_BYTES,
    parse: Annotated[bool, typer.Option("--parse", help="Also use a dependency parse for indirect attributions (slower; storycheck[nlp]).")] = False,
) -> None:
    """Cross-check the articles of a story (or of several: a mixed folder is grouped first) and print the report.

    Inputs that cannot be read are reported on one line each and set aside;
    the exit code is 1 only when nothing could be analyzed (or, with
    --strict, when anything was set aside).

    Example: storycheck analyze examples/zelenskyy-2025-02-23 --json report.json --markdown report.md
    """
    try:
        report = _run_with_progress(paths, max_bytes, parse)
    except MissingDependency as e:
        err.print(f"storycheck: {e}", highlight=False)
        raise typer.Exit(1) from e
    for problem in report.problems:
        err.print(f"[red]error[/red]: {problem.source}: {problem.reason}", highlight=False, soft_wrap=True)
    if not report.articles:
        err.print("storycheck: nothing could be analyzed", highlight=False)
        raise typer.Exit(1)
    from .report_json import write_json
    from .report_markdown import write_markdown

    for target, write in ((json_out, write_json), (markdown_out, write_markdown)):
        if target is None:
            continue
        try:
            write(report, target)
        except OSError as e:
            err.print(f"storycheck: cannot write {target}: {e.strerror or e}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from e
    if not quiet:
        from .report_terminal import render

        render(report, Console())
    _print_summary(report)
    if strict and report.problems:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    name: Annotated[str, typer.Argument(help="Evaluation: quotes (PolNeAR), quantities (own gold files), similarity (SemEval-2022 Task 8), stories (ECB+), reuse (FRANK), support (FRANK), contradictions (FNC-1).")],
    split: Annotated[str, typer.Option("--split", help="dev (for tuning) or test (for reporting).")] = "dev",
    json_out: Annotated[Optional[Path], typer.Option("--json", help='Write {"dataset", "split", "metrics"} as JSON.')] = None,
    data: Annotated[Path, typer.Option("--data", help="Folder holding the labelled data sets.")] = DEFAULT_DATA_DIR,
) -> None:
    """Score storycheck against a labelled data set and print it beside the published yardstick.

    Example: storycheck eval similarity --split test --json similarity.json
    """
    from .evals import EVALS, DataMissing, run
    from .evals.base import render, write_json

    if name not in EVALS:
        err.print(f"storycheck: unknown evaluation {name!r}: choose from {', '.join(sorted(EVALS))}", highlight=False)
        raise typer.Exit(2)
    if split not in SPLITS:
        err.print(f"storycheck: --split must be dev or test, not {split!r}", highlight=False)
        raise typer.Exit(2)
    try:
        result = run(name, split, data)
    except DataMissing as e:
        err.print(f"storycheck: {e}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    render(result, Console())
    if json_out:
        write_json(result, json_out)


def _run_with_progress(paths: list[Path], max_bytes: int, parse: bool) -> Report:
    columns = (TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        return analyze_paths(paths, max_bytes=max_bytes, parse=parse, progress=on_progress)


def _print_summary(report: Report) -> None:
    parts = []
    for s in report.stats:
        dropped = sum(s.dropped.values())
        extra = f", {dropped} set aside" if dropped else ""
        parts.append(f"{s.name} {s.items_out}{extra} ({s.seconds:.2f}s)")
    err.print(
        f"storycheck: {len(report.articles)} articles, {len(report.facts)} facts, "
        f"{len(report.discrepancies)} discrepancies, {len(report.problems)} inputs set aside — " + "; ".join(parts),
        highlight=False,
        soft_wrap=True,
    )


def main() -> None:
    app(prog_name="storycheck")


if __name__ == "__main__":
    sys.exit(main())
