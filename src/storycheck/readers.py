"""Turn input files into raw ``Article`` records: plain text, HTML and JSON Lines.

A reader yields articles, or an ``InputError`` for each input it must set
aside, so one bad file (or one bad JSON Lines row) never stops the batch.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .errors import InputError, MalformedRecord, NoArticleText, UnreadableInput
from .model import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000  # one article; a JSON Lines file may be larger
_SNIFF = 8192
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
# charset-normalizer's chaos score above which decoded text is taken as garbage
_MAX_CHAOS = 0.25
_MIN_HTML_TEXT = 40
_PREFERRED_LEGACY = ("cp1252", "utf_16", "utf_16_le", "utf_16_be", "latin_1", "iso8859_15")
# document formats a folder of articles may hold that no reader takes: named, not skipped in silence
# Files a user may well mean as articles, named in a folder scan as unsupported rather than passed over in silence
# (web archives too: "crawl.warc", "crawl.warc.gz").
_UNREAD_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".warc", ".arc", ".gz"})

Item = Article | InputError


def discover(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, skipping hidden entries) into input files, each once."""
    seen: set[Path] = set()
    for item in _expand(paths):
        if isinstance(item, Path):
            real = item.resolve()
            if real in seen:  # a file named twice, or inside a folder also named
                continue
            seen.add(real)
        yield item


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield UnreadableInput(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        elif path.suffix.lower() not in READERS:
            yield _unsupported(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | InputError]:
    found = False
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in READERS:
            found = True
            yield path
        elif path.suffix.lower() in _UNREAD_DOCUMENTS:
            yield _unsupported(path)
    if not found:
        yield UnreadableInput(str(folder), f"folder holds no readable articles ({_supported()})")


def _unsupported(path: Path) -> UnreadableInput:
    return UnreadableInput(str(path), f"unsupported file type {path.suffix or '(none)'!r}: expected {_supported()}")


def _supported() -> str:
    return ", ".join(sorted(READERS))


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file with the reader its extension names."""
    return READERS[path.suffix.lower()](path, max_bytes)


def read_text(path: Path, max_bytes: int) -> Iterator[Item]:
    text = decode(path, _read_bytes(path, max_bytes))
    yield Article(id=path.stem, source=str(path), text=text)


def read_html(path: Path, max_bytes: int) -> Iterator[Item]:
    import trafilatura

    html = decode(path, _read_bytes(path, max_bytes))
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < _MIN_HTML_TEXT:
        raise NoArticleText(str(path), "HTML page has no article text")
    yield Article(
        id=path.stem,
        source=str(path),
        text=text,
        title=_clean_field(doc.title),
        outlet=_clean_field(doc.sitename),
        published=_parse_iso(doc.date),
        url=_clean_field(doc.url),
        author=_clean_field(doc.author),
    )


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One article a line; a bad line is set aside and the rest still read."""
    try:
        handle = path.open("rb")
    except OSError as e:
        raise UnreadableInput(str(path), f"cannot open: {e.strerror or e}") from e
    with handle:
        any_line = False
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            any_line = True
            where = f"{path}:{lineno}"
            if len(raw) > max_bytes:
                yield UnreadableInput(where, f"line is {_mb(len(raw))}, over the {_mb(max_bytes)} limit")
                continue
            try:
                yield _jsonl_article(where, path, raw)
            except InputError as e:
                yield e
        if not any_line:
            raise UnreadableInput(str(path), "empty file")


def _jsonl_article(where: str, path: Path, raw: bytes) -> Article:
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise MalformedRecord(where, f"line is not valid JSON ({e.__class__.__name__}: {_first_line(str(e))})") from e
    if not isinstance(record, dict):
        raise MalformedRecord(where, "line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecord(where, "record lacks a non-empty string `text`")
    ident = record.get("id")
    article_id = str(ident) if ident not in (None, "") else f"{path.stem}-{_stable_hash(text)}"
    return Article(
        id=article_id,
        source=where,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        title=_clean_field(record.get("title")),
        outlet=_clean_field(record.get("outlet")),
        published=_published(record.get("published")),
        url=_clean_field(record.get("url")),
        author=_clean_field(record.get("author")),
    )


def _published(value: object) -> date | None:
    """An ISO date, or a written one ("23 Feb 2025")."""
    from .dates import parse_date

    return _parse_iso(value) or (parse_date(value) if isinstance(value, str) else None)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableInput(str(path), f"file is {_mb(size)}, over the {_mb(max_bytes)} limit for one article")
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableInput(str(path), f"cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise UnreadableInput(str(path), "empty file")
    return data


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding."""
    head = data[:_SNIFF]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head and not _utf16_bom(head):
        raise UnreadableInput(str(path), "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableInput(str(path), "empty file")
    return text


def _detect(path: Path, data: bytes) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise UnreadableInput(str(path), "undecodable bytes: not UTF-8 and no text encoding fits")
    least = min(r.chaos for r in results)
    # Short samples fit many code pages equally well; news in a legacy encoding is
    # most often Windows-1252, so it wins a tie (cp1250 would turn "à" into "ŕ").
    tied = [r for r in results if r.chaos <= least + 0.01]
    best = next((r for r in tied if r.encoding in _PREFERRED_LEGACY), tied[0])
    if best.chaos > _MAX_CHAOS:
        raise UnreadableInput(str(path), "undecodable bytes: not UTF-8 and no text encoding fits")
    log.info("%s: decoded as %s", path, best.encoding)
    return str(best)


def _utf16_bom(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _parse_iso(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _stable_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _first_line(message: str) -> str:
    return message.splitlines()[0] if message else message


READERS = {".txt": read_text, ".text": read_text, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}
