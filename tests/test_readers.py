from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from storycheck.errors import (
    InputError,
    MalformedRecord,
    NoArticleText,
    UnreadableInput,
)
from storycheck.model import Article
from storycheck.readers import discover, read

ARTICLE_HTML = """<!doctype html><html><head><title>Drone attack hits Kyiv | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2025-02-23T10:00:00Z">
<link rel="canonical" href="https://news.example.com/drone-attack"></head>
<body><nav>Home | World | Sport</nav><article><h1>Drone attack hits Kyiv</h1>
<p>Russia launched 267 drones against Ukraine overnight, the largest attack since the war began, Ukrainian officials said on Sunday.</p>
<p>“Every day, our people stand against aerial terror,” President Volodymyr Zelenskyy said in a statement posted on social media.</p>
<p>Air force spokesman Yuriy Ignat said 138 drones were intercepted by air defences and 119 were lost without causing damage.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def read_all(path: Path, max_bytes: int = 10_000_000) -> list[Article | InputError]:
    try:
        return list(read(path, max_bytes))
    except InputError as e:
        return [e]


def only_error(items: list) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def test_readers_text_file_keeps_text(tmp_path: Path):
    p = tmp_path / "story.txt"
    p.write_text("Headline here\n\nFirst paragraph of the story.\n", encoding="utf-8")
    [article] = read_all(p)
    assert article.id == "story" and article.source == str(p)
    assert "First paragraph of the story." in article.text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", "Zelenskyy’s offer — “I am ready”, he said."),
        ("utf-16", "Zelenskyy’s offer — “I am ready”, he said."),
        ("cp1252", "Zelenskyy’s offer — “I am ready”, he said in Kyiv on Sunday morning."),
        ("latin-1", "Le président a déclaré à la presse qu'il était prêt à démissionner."),
    ],
)
def test_readers_text_detects_encoding(tmp_path: Path, encoding: str, text: str):
    p = tmp_path / "enc.txt"
    p.write_bytes(text.encode(encoding))
    [article] = read_all(p)
    assert isinstance(article, Article)
    assert article.text.strip() == text


def test_readers_html_extracts_text_and_metadata(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    [article] = read_all(p)
    assert isinstance(article, Article)
    assert "267 drones" in article.text and "aerial terror" in article.text
    assert "Copyright" not in article.text and "Home | World" not in article.text
    assert article.title and "Drone attack hits Kyiv" in article.title
    assert article.outlet == "Example News"
    assert article.author == "Jane Reporter"
    assert article.published == date(2025, 2, 23)
    assert article.url == "https://news.example.com/drone-attack"


def test_readers_jsonl_reads_each_line_and_sets_bad_lines_aside(tmp_path: Path):
    p = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "x1", "text": "One story text.", "title": "T", "outlet": "O", "url": "u", "published": "2025-02-23"}),
        "{not json",
        json.dumps({"id": "x2", "title": "no text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "Another story without an id."}),
    ]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = read_all(p)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in articles][0] == "x1"
    assert articles[0].published == date(2025, 2, 23) and articles[0].outlet == "O"
    assert articles[1].id.startswith("batch-") and len(articles[1].id) == len("batch-") + 16
    assert {e.source for e in errors} == {f"{p}:2", f"{p}:3", f"{p}:4"}
    assert all(isinstance(e, MalformedRecord) for e in errors)
    assert "not valid JSON" in errors[0].reason and "`text`" in errors[1].reason


def test_readers_jsonl_id_hash_is_stable(tmp_path: Path):
    # pinned: an id that changed between runs or versions would orphan every stored reference to it
    p = tmp_path / "b.jsonl"
    p.write_text(json.dumps({"text": "Same text."}) + "\n", encoding="utf-8")
    assert read_all(p)[0].id == "b-" + hashlib.sha1(b"Same text.").hexdigest()[:16]


@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("empty.txt", b"", UnreadableInput, "empty file"),
        ("blank.txt", b"  \n\n \t\n", UnreadableInput, "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, UnreadableInput, "binary"),
        ("nul.txt", b"text\x00with\x00nul" * 100, UnreadableInput, "binary"),
        ("garbage.txt", bytes([0x80, 0xFE, 0x81, 0x9F, 0xC3, 0x28, 0xA0, 0xA1]) * 64, UnreadableInput, "undecodable"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", NoArticleText, "no article text"),
        ("empty.jsonl", b"\n\n", UnreadableInput, "empty file"),
    ],
)
def test_readers_bad_input_one_clear_error(tmp_path: Path, name: str, content: bytes, error: type, reason: str):
    p = tmp_path / name
    p.write_bytes(content)
    e = only_error(read_all(p))
    assert isinstance(e, error)
    assert e.source == str(p) and reason in e.reason
    assert "\n" not in str(e)


def test_readers_large_file_is_refused_without_reading_it(tmp_path: Path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(50_000_000)  # a sparse 50 MB file
    e = only_error(read_all(p))
    assert "50.0 MB" in e.reason and "limit" in e.reason


def test_readers_discover_walks_folders_skipping_hidden_and_unsupported(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    (tmp_path / ".d.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    found = list(discover([tmp_path]))
    assert found == [tmp_path / "a.txt", tmp_path / "sub" / "b.html"]


def test_readers_discover_names_documents_in_a_folder_it_cannot_read(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.md").write_text("x")
    a, pdf = list(discover([tmp_path]))
    assert a == tmp_path / "a.txt"
    assert isinstance(pdf, UnreadableInput) and pdf.source == str(tmp_path / "report.pdf")
    assert "unsupported file type '.pdf'" in pdf.reason


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_readers_discover_names_a_web_archive_in_a_folder(tmp_path: Path, name: str):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / name).write_bytes(b"WARC/1.0\r\nWARC-Type: garbage")
    a, archive = list(discover([tmp_path]))
    assert a == tmp_path / "a.txt"
    assert isinstance(archive, UnreadableInput) and archive.source == str(tmp_path / name)
    assert "unsupported file type" in archive.reason


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: (d / "notes.pdf").write_bytes(b"%PDF") and d / "notes.pdf", "unsupported file type '.pdf'"),
        (lambda d: (d / "empty").mkdir() or d / "empty", "folder holds no readable articles"),
    ],
)
def test_readers_discover_reports_unusable_paths(tmp_path: Path, setup, reason: str):
    path = setup(tmp_path)
    [item] = list(discover([path]))
    assert isinstance(item, UnreadableInput) and reason in item.reason and item.source == str(path)


def test_readers_discover_yields_each_file_once(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    found = list(discover([tmp_path / "a.txt", tmp_path, tmp_path / "." / "a.txt"]))
    assert found == [tmp_path / "a.txt"]


def test_readers_jsonl_published_may_be_written_out(tmp_path: Path):
    p = tmp_path / "b.jsonl"
    p.write_text(json.dumps({"id": "w", "text": "Some text.", "published": "23 Feb 2025"}) + "\n", encoding="utf-8")
    assert read_all(p)[0].published == date(2025, 2, 23)
