"""storycheck: check a news story across its sources.

Example::

    import storycheck
    report = storycheck.analyze("examples/zelenskyy-2025-02-23")
    for d in report.discrepancies:
        print(d.severity, d.summary)
"""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from .api import analyze, default_pipeline
from .errors import (
    DuplicateId,
    InputError,
    MalformedRecord,
    MissingDependency,
    NoArticleText,
    StorycheckError,
    UnreadableInput,
)
from .model import (
    SCHEMA_ID,
    Article,
    BriefSentence,
    DateValue,
    Discrepancy,
    Fact,
    Mention,
    Problem,
    QuantityValue,
    QuoteValue,
    Report,
    Reuse,
    RoleValue,
    SourceScore,
    SpanPair,
    StageStats,
    Story,
)
from .report_json import to_dict, write_json
from .report_markdown import to_markdown, write_markdown

try:
    __version__ = _version("storycheck")
except _PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = [
    "SCHEMA_ID",
    "Article",
    "BriefSentence",
    "DateValue",
    "Discrepancy",
    "DuplicateId",
    "Fact",
    "InputError",
    "MalformedRecord",
    "Mention",
    "MissingDependency",
    "NoArticleText",
    "Problem",
    "QuantityValue",
    "QuoteValue",
    "Report",
    "Reuse",
    "RoleValue",
    "SourceScore",
    "SpanPair",
    "StageStats",
    "StorycheckError",
    "Story",
    "UnreadableInput",
    "__version__",
    "analyze",
    "default_pipeline",
    "to_dict",
    "to_markdown",
    "write_json",
    "write_markdown",
]
