"""The README's sample output: an excerpt of the real Markdown report on the bundled example.

`python scripts/readme_sample.py --write` refreshes README.md; a test fails when it is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "zelenskyy-2025-02-23"
OPEN, CLOSE = "````markdown\n", "````\n\nThe terminal shows"


def sample() -> str:
    from storycheck import analyze, to_markdown

    md = to_markdown(analyze(EXAMPLE))
    for path in sorted(EXAMPLE.glob("*.txt")):  # ids cut to their first three characters
        md = md.replace(f"`{path.stem[:11]}…`", path.stem[:3]).replace(path.stem, path.stem[:3])

    def section(name: str, following: str) -> str:
        return md[md.index(name) : md.index(following)].rstrip()

    brief = section("## Brief", "## Provenance").split("\n")[:6] + ["- …"]
    facts = section("## Fact × source", "## Sources").split("\n")[:14] + ["| … | | | | |"]
    parts = [
        "\n".join(brief),
        section("## Provenance", "## Discrepancies"),
        section("## Discrepancies", "## Fact × source"),
        "\n".join(facts),
        md[md.index("## Sources") :].rstrip(),
    ]
    return "\n\n".join(parts) + "\n"


def readme_with(text: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(OPEN) + len(OPEN), readme.index(CLOSE)
    return readme[:start] + text + readme[end:]


if __name__ == "__main__":
    if "--write" in sys.argv:
        (ROOT / "README.md").write_text(readme_with(sample()), encoding="utf-8")
    else:
        sys.stdout.write(sample())
