"""The report in the terminal (rich): brief, provenance tree, discrepancies, fact × source table."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .model import SEVERITIES, Report
from .report_views import (
    CELL_MARK,
    CELL_ORDER,
    MAX_ARTICLE_COLUMNS,
    cell_counts,
    fact_rows,
    omitted_labels,
    short_id,
)

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}
_CELL_STYLE = {"states": "green", "contradicts": "bold red", "differs": "yellow", "absent": "dim"}
MAX_FACT_ROWS = 40


def render(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    if len(report.stories) <= 1:
        _render_story(report, console)
        return
    table = Table(title=f"{len(report.stories)} stories in {len(report.articles)} articles", title_justify="left")
    table.add_column("story")
    table.add_column("articles", ratio=1)
    for story in report.stories:
        table.add_row(story.id, ", ".join(story.articles))
    console.print(table)
    for story in report.stories:
        console.rule(f"story {story.id} — {len(story.articles)} articles")
        _render_story(report.story_view(story), console)


def _render_story(report: Report, console: Console) -> None:
    console.print(Panel(_brief(report), title=f"Brief — {len(report.articles)} articles", title_align="left"))
    console.print(_provenance(report))
    console.print(_discrepancies(report))
    console.print(_facts(report))
    console.print(_sources(report))


def _brief(report: Report) -> Group | Text:
    if not report.brief:
        return Text("No corroborated facts to build a brief from.", style="dim")
    lines = []
    for b in report.brief:
        line = Text(b.sentence + " ")
        line.append(f"[{', '.join(b.citations)}]", style="cyan")
        lines.append(line)
    return Group(*lines)


def _provenance(report: Report) -> Tree:
    tree = Tree("[bold]Provenance[/bold] (original → derived)")
    children: dict[str, list] = {}
    for r in report.reuse:
        children.setdefault(r.source, []).append(r)
    roots = list(report.origins) or [a.id for a in report.articles]
    seen: set[str] = set()

    def grow(node: Tree, article: str) -> None:
        for r in children.get(article, []):
            label = f"{r.target}  [dim]{r.kind}, {r.share:.0%} of its sentences[/dim]"
            branch = node.add(label)
            if r.target not in seen:
                seen.add(r.target)
                grow(branch, r.target)

    for root in roots:
        seen.add(root)
        grow(tree.add(f"[bold green]{root}[/bold green] [dim]original reporting[/dim]"), root)
    if not report.reuse:
        tree.add("[dim]no article reuses another's sentences[/dim]")
    return tree


def _discrepancies(report: Report) -> Table:
    table = Table(title="Discrepancies", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("summary", ratio=1)
    for severity in SEVERITIES:
        for d in report.discrepancies:
            if d.severity == severity:
                table.add_row(d.id, Text(severity, style=_SEVERITY_STYLE[severity]), d.kind, d.summary)
    if not report.discrepancies:
        table.add_row("", "", "", Text("none found", style="dim"))
    return table


def _facts(report: Report) -> Table:
    rows = fact_rows(report)
    ids = [a.id for a in report.articles]
    shown = rows[:MAX_FACT_ROWS]
    caption = "✓ states · ✗ contradicts · ~ differs · · absent"
    if len(rows) > len(shown):
        caption += f" — {len(rows) - len(shown)} more rows in --json/--markdown"
    table = Table(title="Fact × source", title_justify="left", caption=caption, expand=True)
    table.add_column("fact", ratio=1)
    table.add_column("verdict", no_wrap=True)
    if len(ids) > MAX_ARTICLE_COLUMNS:  # one column per article would be unreadable: count instead
        for cell in CELL_ORDER:
            table.add_column(f"{CELL_MARK[cell]} {cell}", justify="right", no_wrap=True)
        for row in shown:
            counts = cell_counts(row)
            table.add_row(row.label, row.verdict, *(Text(str(counts[c]), style=_CELL_STYLE[c]) for c in CELL_ORDER))
        return table
    for i in ids:
        table.add_column(short_id(i, 8), justify="center", no_wrap=True)
    for row in shown:
        table.add_row(row.label, row.verdict, *(Text(CELL_MARK[row.cells[i]], style=_CELL_STYLE[row.cells[i]]) for i in ids))
    return table


def _sources(report: Report) -> Table:
    table = Table(title="Sources", title_justify="left")
    for col in ("article", "originality", "agreement", "quote fidelity"):
        table.add_column(col, justify="left" if col == "article" else "right")
    table.add_column("omits", ratio=1)
    for s in report.sources:
        table.add_row(s.article, f"{s.originality:.2f}", f"{s.agreement:.2f}", f"{s.quote_fidelity:.2f}", omitted_labels(report, s))
    return table
