"""Write the CLI reference (docs/cli.md) from the commands' own --help, so it cannot drift."""

from __future__ import annotations

import sys

import click
import typer

from storycheck.cli import app

HEADER = "# CLI reference\n\nGenerated from `--help` by `make docs`; a test fails when it is out of date.\n"


def cli_reference() -> str:
    group = typer.main.get_command(app)
    ctx = click.Context(group, info_name="storycheck", terminal_width=100, max_content_width=100)
    parts = [HEADER, "## storycheck\n", "```text", group.get_help(ctx), "```\n"]
    for name in sorted(group.list_commands(ctx)):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        sub = click.Context(command, info_name=name, parent=ctx, terminal_width=100, max_content_width=100)
        parts += [f"## storycheck {name}\n", "```text", command.get_help(sub), "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(cli_reference())
