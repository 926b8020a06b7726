"""The report as JSON (schema ``storycheck.report/1``), and the schema shipped with it."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .model import Article, Discrepancy, Fact, Mention, Report, Reuse
from .output import write_text_atomic


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data; every top-level key is present even when empty."""
    return {
        "schema": report.schema,
        "articles": [_article(a) for a in report.articles],
        "stories": [{"id": st.id, "articles": list(st.articles)} for st in report.stories],
        "reuse": [_reuse(r) for r in report.reuse],
        "origins": list(report.origins),
        "facts": [_fact(f) for f in report.facts],
        "discrepancies": [_discrepancy(d) for d in report.discrepancies],
        "sources": [asdict(s) for s in report.sources],
        "brief": [{"sentence": b.sentence, "citations": list(b.citations), "story": b.story} for b in report.brief],
        "problems": [{"source": p.source, "reason": p.reason} for p in report.problems],
        "stats": [
            {"name": s.name, "items_in": s.items_in, "items_out": s.items_out, "dropped": dict(s.dropped), "seconds": round(s.seconds, 4)}
            for s in report.stats
        ],
    }


def dumps(report: Report) -> str:
    # allow_nan=False: NaN/Infinity are not JSON; other parsers reject them
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2, allow_nan=False)


def write_json(report: Report, path: str | Path) -> None:
    write_text_atomic(path, dumps(report) + "\n")


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the report, as shipped inside the package."""
    text = resources.files("storycheck").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "author": a.author,
        "text": a.text,
        "removed": list(a.removed),
    }


def _reuse(r: Reuse) -> dict[str, Any]:
    return {
        "source": r.source,
        "target": r.target,
        "kind": r.kind,
        "share": round(r.share, 3),
        "pairs": [
            {"source_span": list(p.source_span), "target_span": list(p.target_span), "similarity": round(p.similarity, 3)}
            for p in r.pairs
        ],
    }


def _mention(m: Mention) -> dict[str, Any]:
    return {"article": m.article, "start": m.start, "end": m.end, "text": m.text}


def _fact(f: Fact) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "key": f.key,
        "value": asdict(f.value),
        "verdict": f.verdict,
        "story": f.story,
        "mentions": [_mention(m) for m in f.mentions],
    }


def _discrepancy(d: Discrepancy) -> dict[str, Any]:
    return {
        "id": d.id,
        "kind": d.kind,
        "severity": d.severity,
        "summary": d.summary,
        "articles": list(d.articles),
        "against": list(d.against),
        "story": d.story,
        "mentions": [_mention(m) for m in d.mentions],
    }
