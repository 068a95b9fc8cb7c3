"""Readers on good and bad input: every bad input becomes a Rejection naming file, record, reason."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import discover_files, read_input
from newsgraph.records import InputFormat, RawDocument, Rejection
from newsgraph.settings import IngestSettings

ARTICLE_HTML = """<!doctype html><html><head><title>Drones hit Kyiv | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-03-22T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Drones hit Kyiv</h1>
<p>Russian drones struck two dormitories in Rzhyshchiv overnight, killing at least four people,
officials said on Wednesday.</p>
<p>Ukraine's air force said it shot down 16 of 21 Iranian-made Shahed drones launched from the south and the north.</p>
<p>Rescue workers were still searching the rubble for survivors on Wednesday afternoon, the emergency service said.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def _read(path: Path, **settings) -> list[RawDocument | Rejection]:
    return list(read_input(path, IngestSettings(**settings)))


def _warc_bytes(records: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_readers_text_page(samples_dir):
    (document,) = _read(samples_dir / "000_06ed9e75d19777e4.txt")
    assert document.input_format is InputFormat.TEXT
    assert document.text.startswith("Following Chinese President")
    assert document.location.byte_length == (samples_dir / "000_06ed9e75d19777e4.txt").stat().st_size


def test_readers_html_detected_by_content_even_as_txt(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_text(ARTICLE_HTML, "utf-8")
    (document,) = _read(path)
    assert document.input_format is InputFormat.HTML and document.html


def test_readers_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First story text.", "title": "One", "published_at": "2023-03-22"}),
        "{not json",
        "",
        json.dumps({"id": "a2", "title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"html": ARTICLE_HTML, "url": "https://example.org/kyiv"}),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = _read(path)
    documents = [r for r in results if isinstance(r, RawDocument)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert [d.declared.get("id") for d in documents] == ["a1", None]
    assert documents[0].location.locator == "line 1"
    assert documents[1].html and documents[1].declared["url"] == "https://example.org/kyiv"
    assert [(r.location.locator, r.reason) for r in rejections] == [
        ("line 2", "invalid JSON"),
        ("line 4", "no content"),
        ("line 5", "invalid record"),
    ]
    assert "feed.jsonl (line 2)" in rejections[0].message()


def test_readers_truncated_gzip_keeps_complete_lines(tmp_path):
    rows = "".join(json.dumps({"text": f"Story number {i} " * 20}) + "\n" for i in range(200))
    data = gzip.compress(rows.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    results = _read(path)
    documents = [r for r in results if isinstance(r, RawDocument)]
    assert 0 < len(documents) < 200
    assert isinstance(results[-1], Rejection) and results[-1].reason == "truncated gzip"


def test_readers_oversized_line_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "before"}) + "\n")
        handle.write(json.dumps({"text": "x" * 3_000_000}) + "\n")
        handle.write(json.dumps({"text": "after"}) + "\n")
    results = _read(path, max_record_bytes=1_000_000)
    assert [type(r).__name__ for r in results] == ["RawDocument", "Rejection", "RawDocument"]
    assert results[1].reason == "too large" and results[1].location.locator == "line 2"
    assert results[2].text == "after"


def test_readers_binary_empty_and_misencoded(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"   \n\n  ")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        "Le président a visité Zaporijia, où la défense aérienne a intercepté des drones.".encode("latin-1")
    )
    mojibake = tmp_path / "mojibake.txt"
    mojibake.write_text("The ministryâ€™s statement said Kyivâ€™s air defence held.", "utf-8")
    assert _read(png)[0].reason == "binary"
    assert _read(empty)[0].reason == "empty"
    assert _read(blank)[0].reason == "empty"
    assert "président a visité" in _read(latin)[0].text
    assert _read(mojibake)[0].text == "The ministry’s statement said Kyiv’s air defence held."


def test_readers_warc_responses_and_broken_record(tmp_path):
    good = _warc_bytes(
        [
            ("https://example.org/kyiv", ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG....", "image/png"),
        ]
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(good)
    (document,) = _read(path)
    assert document.input_format is InputFormat.WARC
    assert document.declared["url"] == "https://example.org/kyiv" and "fetched_at" in document.declared
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>cut")
    results = _read(broken)
    assert [(r.reason, r.location.locator) for r in results] == [("broken WARC", "record 1")]


def test_discover_files_folders_globs_and_missing(tmp_path, samples_dir):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "a.txt").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    files, unmatched = discover_files(
        [tmp_path, str(samples_dir / "00*.txt"), "nope/*.warc", tmp_path / "nested" / "a.txt"]
    )
    names = [f.name for f in files]
    assert names.count("a.txt") == 1 and ".hidden" not in names
    assert sum(name.startswith("00") for name in names) == 3
    assert unmatched == ["nope/*.warc"]


def test_readers_utf8_file_with_latin1_lines_keeps_every_line_and_names_the_odd_ones(tmp_path):
    lines = [
        "Café owners in Kyiv said the curfew hurt trade.".encode(),
        "The mayor called the plan naïve and costly.".encode("latin-1"),
        "Officials in Zaporizhzhia said the résumé of talks was ready.".encode(),
        "Señor García, the envoy, met the minister.".encode("cp1252"),
    ]
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(b"\n".join(lines) + b"\n")
    results = _read(mixed)
    notes = [item for item in results if isinstance(item, Rejection)]
    documents = [item for item in results if isinstance(item, RawDocument)]
    assert len(documents) == 1 and len(notes) == 1
    assert documents[0].text.splitlines() == [
        "Café owners in Kyiv said the curfew hurt trade.",
        "The mayor called the plan naïve and costly.",
        "Officials in Zaporizhzhia said the résumé of talks was ready.",
        "Señor García, the envoy, met the minister.",
    ]
    assert notes[0].kept and notes[0].reason == "mixed encoding (repaired)"
    assert "line(s) 2, 4 read as cp1252, the rest as utf-8" in notes[0].detail


def test_readers_latin1_file_with_one_utf8_line_is_not_turned_into_mojibake(tmp_path):
    lines = [
        "Le président a visité la région, où la défense a tenu.".encode("latin-1"),
        "Les élus ont réclamé une enquête après la réunion.".encode("latin-1"),
        "Une dépêche citée en UTF-8 parle de Zaporijjia.".encode(),
    ]
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"\n".join(lines))
    results = _read(latin)
    document = next(item for item in results if isinstance(item, RawDocument))
    note = next(item for item in results if isinstance(item, Rejection))
    assert "Une dépêche citée en UTF-8" in document.text and "Ã" not in document.text
    assert "président a visité" in document.text
    assert note.location.locator == "line 3" and "read as utf-8, the rest as cp1252" in note.detail


def test_repaired_input_is_stored_and_listed_but_not_counted_as_rejected(tmp_path):
    from newsgraph.pipeline import ingest

    page = tmp_path / "mixed.txt"
    page.write_bytes("Café crowds in Lviv cheered the convoy.\n".encode() + "Le maire était là.\n".encode("latin-1"))
    summary = ingest([page], tmp_path / "m.db")
    assert summary.articles_new == 1 and summary.rejected == 0 and summary.repaired == 1 and not summary.failed
