"""Decide how to read an input file, by its content first and its extension second.

Scrapes arrive misnamed (HTML saved as .txt, gzip without .gz), so the first bytes decide
when they are unambiguous; the extension breaks ties.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import IO, cast

from newsgraph.records import InputFormat

GZIP_MAGIC = b"\x1f\x8b"
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<meta", b"<div")
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_WARC_SUFFIXES = {".warc", ".arc"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def detect_format(path: Path, head: bytes) -> InputFormat:
    """Return the format of the file whose first bytes are `head`."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    inner_suffix = suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else None
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_head(head)
    stripped = head.lstrip()
    if stripped.startswith(b"WARC/"):
        return InputFormat.WARC
    lowered = stripped[:2048].lower()
    if stripped.startswith(b"{") and (_suffix_in(suffixes, inner_suffix, _JSONL_SUFFIXES) or b'"' in stripped[:64]):
        return InputFormat.JSONL
    if lowered.startswith(b"<") and any(marker in lowered for marker in _HTML_MARKERS):
        return InputFormat.HTML
    if _suffix_in(suffixes, inner_suffix, _WARC_SUFFIXES):
        return InputFormat.WARC
    if _suffix_in(suffixes, inner_suffix, _JSONL_SUFFIXES):
        return InputFormat.JSONL
    if _suffix_in(suffixes, inner_suffix, _HTML_SUFFIXES):
        return InputFormat.HTML
    return InputFormat.TEXT


def _suffix_in(suffixes: list[str], inner: str | None, wanted: set[str]) -> bool:
    return bool(suffixes) and (suffixes[-1] in wanted or inner in wanted)


def _gunzip_head(head: bytes) -> bytes:
    """Decompress as much of a gzip head as the bytes allow; a corrupt head yields b""."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def open_maybe_gzip(path: Path) -> IO[bytes]:
    """Open `path` for binary reading, transparently decompressing gzip content."""
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == GZIP_MAGIC:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")
