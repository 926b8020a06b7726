"""The report as Markdown: brief with citations, provenance (Mermaid), discrepancies, fact × source table."""

from __future__ import annotations

from pathlib import Path

from .model import SEVERITIES, Report
from .output import write_text_atomic
from .report_views import CELL_MARK, CELL_ORDER, MAX_ARTICLE_COLUMNS, cell_counts, fact_rows, omitted_labels, short_id


def to_markdown(report: Report) -> str:
    parts = [f"# storycheck report: {len(report.articles)} articles", _articles(report)]
    if len(report.stories) > 1:
        parts.append(_stories(report))
        views = [(f"## Story {st.id}: {_story_title(report, st.articles)} ({len(st.articles)} articles)", report.story_view(st), "###")
                 for st in report.stories]
    else:
        views = [("", report, "##")]
    for heading, view, h in views:
        if heading:
            parts.append(heading)
        parts += [_brief(view, h), _provenance(view, h), _discrepancies(view, h), _facts(view, h), _sources(view, h)]
    if report.problems:
        parts.append("## Inputs set aside\n\n" + "\n".join(f"- `{p.source}`: {p.reason}" for p in report.problems))
    return "\n\n".join(parts) + "\n"


def write_markdown(report: Report, path: str | Path) -> None:
    write_text_atomic(path, to_markdown(report))


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _articles(report: Report) -> str:
    lines = ["## Articles", "", "| id | title | outlet | published | residue removed |", "|---|---|---|---|---|"]
    for a in report.articles:
        lines.append(f"| `{a.id}` | {_cell(a.title)} | {_cell(a.outlet)} | {_cell(a.published)} | {len(a.removed)} lines |")
    return "\n".join(lines)


def _stories(report: Report) -> str:
    lines = ["## Stories", "", "| story | articles | headline |", "|---|---|---|"]
    for st in report.stories:
        lines.append(f"| {st.id} | {', '.join(f'`{a}`' for a in st.articles)} | {_cell(_story_title(report, st.articles))} |")
    return "\n".join(lines)


def _story_title(report: Report, ids: tuple[str, ...]) -> str:
    titles = [report.article(i).title for i in ids if report.article(i).title]
    if titles:
        return titles[0]  # type: ignore[return-value]
    first = report.article(ids[0]).text.split("\n", 1)[0]
    return first if len(first) <= 80 else first[:79].rstrip() + "…"


def _brief(report: Report, h: str) -> str:
    lines = [f"{h} Brief", ""]
    for b in report.brief:
        lines.append(f"- {b.sentence} [{', '.join(b.citations)}]")
    return "\n".join(lines) if report.brief else f"{h} Brief\n\nNo corroborated facts to build a brief from."


def _provenance(report: Report, h: str) -> str:
    lines = [f"{h} Provenance", ""]
    if report.reuse:
        lines += ["```mermaid", "graph LR"]
        # nodes numbered by position: ids such as "a-1" and "a_1" must not collide
        node = {a.id: f"n{i}" for i, a in enumerate(report.articles)}
        for a in report.articles:
            shape = f'(["{a.id}"])' if a.id in report.origins else f'["{a.id}"]'
            lines.append(f"  {node[a.id]}{shape}")
        for r in report.reuse:
            lines.append(f"  {node[r.source]} -->|{r.kind} {r.share:.0%}| {node[r.target]}")
        lines += ["```", "", "| source | target | kind | share | aligned passages |", "|---|---|---|---|---|"]
        for r in report.reuse:
            lines.append(f"| `{r.source}` | `{r.target}` | {r.kind} | {r.share:.0%} | {len(r.pairs)} |")
    else:
        lines.append("No article reuses another's sentences.")
    lines += ["", "Original reporting: " + (", ".join(f"`{o}`" for o in report.origins) or "none identified")]
    return "\n".join(lines)


def _discrepancies(report: Report, h: str) -> str:
    if not report.discrepancies:
        return f"{h} Discrepancies\n\nNone found."
    lines = [f"{h} Discrepancies"]
    for severity in SEVERITIES:
        found = [d for d in report.discrepancies if d.severity == severity]
        if not found:
            continue
        lines += ["", f"{h}# {severity.capitalize()} ({len(found)})", ""]
        for d in found:
            lines.append(f"- **{d.id}** ({d.kind}) {d.summary} — deviating: {', '.join(d.articles)}; against: {', '.join(d.against) or '—'}")
    return "\n".join(lines)


def _facts(report: Report, h: str) -> str:
    rows = fact_rows(report)
    ids = [a.id for a in report.articles]
    if len(ids) > MAX_ARTICLE_COLUMNS:
        return _fact_counts(rows, h)
    lines = [
        f"{h} Fact × source",
        "",
        "✓ states it · ✗ contradicts (or misquotes) · ~ states it differently · · absent",
        "",
        "| fact | verdict | " + " | ".join(f"`{short_id(i)}`" for i in ids) + " |",
        "|---|---|" + "---|" * len(ids),
    ]
    for row in rows:
        marks = " | ".join(CELL_MARK[row.cells[i]] for i in ids)
        lines.append(f"| {_cell(row.label)} | {row.verdict} | {marks} |")
    if not rows:
        lines.append("| no fact is stated by two or more articles | | " + " | ".join("" for _ in ids) + " |")
    return "\n".join(lines)


def _fact_counts(rows: list, h: str) -> str:
    head = " | ".join(f"{CELL_MARK[c]} {c}" for c in CELL_ORDER)
    lines = [f"{h} Fact × source", "", "Articles per fact that state it, contradict it, state it differently, or lack it.", "",
             f"| fact | verdict | {head} |", "|---|---|" + "---|" * len(CELL_ORDER)]
    for row in rows:
        counts = cell_counts(row)
        lines.append(f"| {_cell(row.label)} | {row.verdict} | " + " | ".join(str(counts[c]) for c in CELL_ORDER) + " |")
    return "\n".join(lines)


def _sources(report: Report, h: str) -> str:
    lines = [f"{h} Sources", "", "| article | originality | agreement | quote fidelity | omits (established by others) |",
             "|---|---|---|---|---|"]
    for s in report.sources:
        omits = _cell(omitted_labels(report, s, shown=len(s.omissions)))
        lines.append(f"| `{s.article}` | {s.originality:.2f} | {s.agreement:.2f} | {s.quote_fidelity:.2f} | {omits} |")
    return "\n".join(lines)
