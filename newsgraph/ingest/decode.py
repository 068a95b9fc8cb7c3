"""Bytes to trustworthy text: reject binary and empty input, guess encodings, repair mojibake.

Every failure raises `InputRejected` with a short reason, so readers can record it and move on.
"""

from __future__ import annotations

import ftfy
from charset_normalizer import from_bytes

from newsgraph.errors import InputRejected

_SNIFF_BYTES = 8192
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"SQLite format 3", "SQLite database"),
)
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\f\v\x1b")


def sniff_binary(head: bytes) -> str | None:
    """Name the kind of binary content `head` starts with, or None if it looks like text."""
    for magic, name in _MAGIC_NUMBERS:
        if head.startswith(magic):
            return name
    sample = head[:_SNIFF_BYTES]
    if b"\x00" in sample and not _looks_like_utf16(sample):
        return "binary data (NUL bytes)"
    if sample:
        control = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROL_BYTES)
        if control / len(sample) > 0.1:
            return "binary data (control bytes)"
    return None


def _looks_like_utf16(sample: bytes) -> bool:
    return sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_bytes(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode `data` to text, repairing mojibake that is safe to repair.

    UTF-8 (with or without BOM) is tried first because almost all scraped news is UTF-8;
    then a declared charset; then a statistical guess. Raises `InputRejected` for empty,
    binary or undecodable input.
    """
    if not data.strip():
        raise InputRejected("empty", "no content")
    binary_kind = sniff_binary(data[:_SNIFF_BYTES])
    if binary_kind:
        raise InputRejected("binary", f"content looks like {binary_kind}, not text")
    text = _decode(data, declared_encoding)
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    if not text.strip():
        raise InputRejected("empty", "no text after decoding")
    return text


def _decode(data: bytes, declared_encoding: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    if declared_encoding:
        try:
            return data.decode(declared_encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputRejected("mis-encoded", f"not UTF-8 (bad byte at offset {first_bad}) and no encoding fits")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as error:
        raise InputRejected("mis-encoded", f"guessed {best.encoding} but it fails at byte {error.start}") from error
