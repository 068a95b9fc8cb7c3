"""Bytes to trustworthy text: reject binary and empty input, guess encodings, repair mojibake.

Every failure raises `InputRejected` with a short reason, so readers can record it and move on.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and how it was read. `odd_lines` (1-based) are lines read in `odd_encoding`, not in
    the file's own `encoding`: a file pasted together from sources that disagree."""

    text: str
    encoding: str
    odd_lines: tuple[int, ...] = ()
    odd_encoding: str | None = None

    def odd_lines_note(self) -> str:
        """Where and how the odd lines were read, for the rejections log."""
        lines = ", ".join(str(number) for number in self.odd_lines[:20])
        more = f" and {len(self.odd_lines) - 20} more" if len(self.odd_lines) > 20 else ""
        return f"line(s) {lines}{more} read as {self.odd_encoding}, the rest as {self.encoding}"


def decode_bytes(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode `data` to text (see `decode_document`)."""
    return decode_document(data, declared_encoding).text


def decode_document(data: bytes, declared_encoding: str | None = None) -> Decoded:
    """Decode `data` to text, repairing mojibake that is safe to repair.

    UTF-8 (with or without BOM) is tried first because almost all scraped news is UTF-8;
    then, line by line, a file that mixes UTF-8 with a legacy encoding; then a declared
    charset; then a statistical guess. Raises `InputRejected` for empty, binary or
    undecodable input.
    """
    if not data.strip():
        raise InputRejected("empty", "no content")
    binary_kind = sniff_binary(data[:_SNIFF_BYTES])
    if binary_kind:
        raise InputRejected("binary", f"content looks like {binary_kind}, not text")
    decoded = _decode(data, declared_encoding)
    text = repair_text(decoded.text)
    if not text.strip():
        raise InputRejected("empty", "no text after decoding")
    return Decoded(text, decoded.encoding, decoded.odd_lines, decoded.odd_encoding)


def repair_text(text: str) -> str:
    """Text with its mojibake repaired ("â€œnobody" is "“nobody"), as every ingested document is."""
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)


def _decode(data: bytes, declared_encoding: str | None) -> Decoded:
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    if not _looks_like_utf16(data[:2]):
        mixed = _decode_mixed_lines(data, declared_encoding)
        if mixed is not None:
            return mixed
    return _decode_whole(data, declared_encoding, first_bad)


def _legacy_encoding(sample: bytes, declared_encoding: str | None) -> str:
    """The single-byte encoding that reads `sample` (the lines that are not UTF-8): the declared
    one if it fits, else cp1252 (what "Latin-1" text on the web nearly always is), else Latin-1,
    which reads any byte."""
    for candidate in (declared_encoding, "cp1252"):
        if not candidate:
            continue
        try:
            sample.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
        return candidate
    return "latin-1"


def _decode_mixed_lines(data: bytes, declared_encoding: str | None) -> Decoded | None:
    """Read a file line by line when some lines are UTF-8 and others are not.

    A line that is valid UTF-8 and has non-ASCII bytes is UTF-8: legacy text almost never
    forms valid multi-byte sequences by chance. The other non-ASCII lines are read in one
    legacy encoding. The file's encoding is the one most of those lines are in; the rest
    are reported as odd. None when no line is non-ASCII UTF-8 (a plain legacy file).
    """
    lines = data.splitlines(keepends=True)
    utf8_lines: list[int] = []
    legacy_lines: list[int] = []
    for index, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy_lines.append(index)
        else:
            utf8_lines.append(index)
    if not utf8_lines:
        return None
    legacy = _legacy_encoding(b"".join(lines[index] for index in legacy_lines), declared_encoding)
    legacy_set = set(legacy_lines)
    text = "".join(
        line.decode(legacy) if index in legacy_set else line.decode("utf-8") for index, line in enumerate(lines)
    )
    text = text.removeprefix("\ufeff")
    if len(utf8_lines) >= len(legacy_lines):
        return Decoded(text, "utf-8", tuple(index + 1 for index in legacy_lines), legacy)
    return Decoded(text, legacy, tuple(index + 1 for index in utf8_lines), "utf-8")


def _decode_whole(data: bytes, declared_encoding: str | None, first_bad: int) -> Decoded:
    if declared_encoding:
        try:
            return Decoded(data.decode(declared_encoding), declared_encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputRejected("mis-encoded", f"not UTF-8 (bad byte at offset {first_bad}) and no encoding fits")
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except UnicodeDecodeError as error:
        raise InputRejected("mis-encoded", f"guessed {best.encoding} but it fails at byte {error.start}") from error
