"""Readers: one input file in, a stream of `RawDocument`s and `Rejection`s out.

A reader never raises for bad content: whatever it cannot read becomes a `Rejection` naming
the file, the record and the reason, and reading continues with the next record where the
format allows resynchronising (JSON lines) or stops cleanly where it does not (a broken WARC).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsgraph.errors import InputRejected
from newsgraph.ingest.decode import decode_bytes, decode_document
from newsgraph.ingest.detect import detect_format, open_maybe_gzip
from newsgraph.records import InputFormat, RawDocument, Rejection, SourceLocation
from newsgraph.settings import IngestSettings

ReadResult = RawDocument | Rejection

DECLARED_FIELDS = ("id", "title", "url", "publisher", "author", "published_at", "fetched_at", "language")
_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def read_input(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    """Read any supported input file, choosing the reader from its content and extension."""
    location = SourceLocation(str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as error:
        yield Rejection(location, "unreadable", error.strerror or str(error))
        return
    if size == 0:
        yield Rejection(location, "empty", "file has 0 bytes")
        return
    input_format = detect_format(path, head)
    if input_format is InputFormat.JSONL:
        yield from read_jsonl(path, settings)
    elif input_format is InputFormat.WARC:
        yield from read_warc(path, settings)
    else:
        yield from read_page_file(path, input_format, settings)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_page_file(path: Path, input_format: InputFormat, settings: IngestSettings) -> Iterator[ReadResult]:
    """A .txt or .html file (optionally gzipped) holding one page."""
    location = SourceLocation(str(path))
    try:
        with open_maybe_gzip(path) as stream:
            data = stream.read(settings.max_record_bytes + 1)
    except _GZIP_ERRORS as error:
        yield Rejection(location, "truncated gzip", str(error) or type(error).__name__)
        return
    except OSError as error:
        yield Rejection(location, "unreadable", str(error))
        return
    if len(data) > settings.max_record_bytes:
        yield Rejection(location, "too large", f"more than {settings.max_record_bytes} bytes")
        return
    location = SourceLocation(str(path), byte_offset=0, byte_length=len(data))
    try:
        decoded = decode_document(data)
    except InputRejected as error:
        yield Rejection(location, error.reason, error.detail)
        return
    text = decoded.text
    if decoded.odd_lines:
        odd = SourceLocation(str(path), f"line {decoded.odd_lines[0]}" if len(decoded.odd_lines) == 1 else "lines")
        yield Rejection(odd, "mixed encoding (repaired)", decoded.odd_lines_note(), kept=True)
    document = RawDocument(location, input_format, _sha256(data))
    if input_format is InputFormat.HTML:
        document.html = text
    else:
        document.text = text
    yield document


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, int, bytes | None, int]]:
    """Yield (line_no, byte_offset, line or None if oversized, byte_length) without ever
    holding more than `limit` bytes of one line in memory."""
    line_no = 0
    offset = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        line_no += 1
        length = len(line)
        if length > limit and not line.endswith(b"\n"):
            while True:
                chunk = stream.readline(1 << 20)
                length += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield line_no, offset, None, length
        else:
            yield line_no, offset, line, length
        offset += length


def read_jsonl(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    """One article per JSON line, with at least `text` or `html`."""
    last_line = 0
    try:
        with open_maybe_gzip(path) as stream:
            for line_no, offset, line, length in _bounded_lines(stream, settings.max_record_bytes):
                last_line = line_no
                location = SourceLocation(str(path), f"line {line_no}", offset, length)
                if line is None:
                    yield Rejection(
                        location, "too large", f"line of {length} bytes exceeds {settings.max_record_bytes}"
                    )
                    continue
                if not line.strip():
                    continue
                yield _parse_json_record(line.rstrip(b"\r\n"), location)
    except _GZIP_ERRORS as error:
        detail = f"stream ends after line {last_line}: {error or type(error).__name__}"
        yield Rejection(SourceLocation(str(path), f"after line {last_line}"), "truncated gzip", detail)
    except OSError as error:
        yield Rejection(SourceLocation(str(path)), "unreadable", str(error))


def _parse_json_record(line: bytes, location: SourceLocation) -> ReadResult:
    try:
        text_line = decode_bytes(line)
        record = json.loads(text_line)
    except InputRejected as error:
        return Rejection(location, error.reason, error.detail)
    except json.JSONDecodeError as error:
        return Rejection(location, "invalid JSON", f"{error.msg} at column {error.colno}")
    if not isinstance(record, dict):
        return Rejection(location, "invalid record", f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not _non_empty_string(text) and not _non_empty_string(html):
        return Rejection(location, "no content", "record has no non-empty 'text' or 'html' string field")
    declared = {key: _as_declared(record[key]) for key in DECLARED_FIELDS if record.get(key) not in (None, "")}
    document = RawDocument(location, InputFormat.JSONL, _sha256(line), declared=declared)
    if _non_empty_string(html):
        document.html = html
    if _non_empty_string(text):
        document.text = text
    return document


def _non_empty_string(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _as_declared(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def read_warc(path: Path, settings: IngestSettings) -> Iterator[ReadResult]:
    """HTTP response records carrying HTML; other records are skipped, broken ones rejected."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    record_no = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                record_no += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                payload = record.content_stream().read(settings.max_record_bytes + 1)
                offset = records.get_record_offset()  # only valid once the payload is read
                location = SourceLocation(str(path), f"record {record_no} @ byte {offset}", offset, len(payload))
                yield _warc_document(record, payload, content_type, location, settings)
    # warcio surfaces malformed headers as assorted built-in errors, not only ArchiveLoadFailed.
    except (ArchiveLoadFailed, *_GZIP_ERRORS, ValueError, AttributeError, KeyError, IndexError) as error:
        location = SourceLocation(str(path), f"record {record_no + 1}")
        yield Rejection(location, "broken WARC", f"{type(error).__name__}: {error}; rest of file skipped")
    except OSError as error:
        yield Rejection(SourceLocation(str(path)), "unreadable", str(error))


def _warc_document(
    record: Any, payload: bytes, content_type: str, location: SourceLocation, settings: IngestSettings
) -> ReadResult:
    if len(payload) > settings.max_record_bytes:
        return Rejection(location, "too large", f"HTTP body exceeds {settings.max_record_bytes} bytes")
    charset = None
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    try:
        html = decode_bytes(payload, declared_encoding=charset)
    except InputRejected as error:
        return Rejection(location, error.reason, error.detail)
    declared = {}
    if url := record.rec_headers.get_header("WARC-Target-URI"):
        declared["url"] = url
    if fetched_at := record.rec_headers.get_header("WARC-Date"):
        declared["fetched_at"] = fetched_at
    return RawDocument(location, InputFormat.WARC, _sha256(payload), html=html, declared=declared)
