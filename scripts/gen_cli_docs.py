"""Write the CLI reference (docs/cli.md) from the commands' own --help, so it cannot drift."""

from __future__ import annotations

import sys

import typer
from typer.testing import CliRunner

from storycheck.cli import app

HEADER = "# CLI reference\n\nGenerated from `--help` by `make docs`; a test fails when it is out of date.\n"


def commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], prog_name="storycheck", terminal_width=100)
    return result.output.rstrip() + "\n"


def cli_reference() -> str:
    parts = [HEADER, "## storycheck\n", "```text", help_text(), "```\n"]
    for name in commands():
        parts += [f"## storycheck {name}\n", "```text", help_text(name), "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(cli_reference())
