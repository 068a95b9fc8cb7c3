"""The typed records that flow through the pipeline.

A `RawDocument` is one page as read from an input (a .txt file, one JSON line, one WARC
record). Cleaning turns it into one or more `Article`s, each carrying the `Removal`s that
explain what was cut. Inputs that cannot be read become `Rejection`s. Records are plain
dataclasses so that they pickle across process (and later Ray) boundaries unchanged.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class InputFormat(enum.StrEnum):
    """What kind of content a page came in as."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"


class DateProvenance(enum.StrEnum):
    """Where an article's `published_at` came from, from most to least trustworthy."""

    HTML_META = "html_meta"
    JSONL_FIELD = "jsonl_field"
    TEXT = "text"
    RELATIVE_TO_FETCH = "relative_to_fetch"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """Where a page's bytes live: the input file and, for multi-record inputs, which record.

    `locator` is human-readable ("line 12", "record 3 @ byte 20480"); `byte_offset` and
    `byte_length` let a tool seek straight back to the raw bytes.
    """

    path: str
    locator: str | None = None
    byte_offset: int | None = None
    byte_length: int | None = None

    def describe(self) -> str:
        return f"{self.path} ({self.locator})" if self.locator else self.path


@dataclass(slots=True)
class RawDocument:
    """One page as read from an input, before any cleaning.

    `raw_sha256` hashes the exact input bytes of the record; it is the page's identity, so
    re-ingesting the same bytes is recognised wherever they are found.
    """

    location: SourceLocation
    input_format: InputFormat
    raw_sha256: str
    text: str | None = None
    html: str | None = None
    declared: dict[str, Any] = field(default_factory=dict)
    """Metadata the input itself states (jsonl fields, WARC headers): id, title, url,
    publisher, published_at, fetched_at, language."""

    @property
    def page_id(self) -> str:
        return self.raw_sha256[:16]


@dataclass(frozen=True, slots=True)
class Removal:
    """A span cut from a page, with the rule that cut it (so `newsgraph show` can explain it)."""

    rule: str
    text: str
    line_no: int | None = None


@dataclass(slots=True)
class Article:
    """One news story: clean text plus its metadata and the trail of what cleaning did."""

    page_id: str
    position: int
    text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published_at: str | None = None
    published_at_source: DateProvenance = DateProvenance.UNKNOWN
    language: str | None = None
    language_score: float | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    """Metadata kept out of the body: photo captions, credits, contributor lines, the
    relative time a page showed ("3 hours ago"), the raw source footer."""
    removals: list[Removal] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return f"{self.page_id}-{self.position}"

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input (or one record of it) that could not be turned into a page, and why.

    With `kept`, the input was stored after a repair (lines read in another encoding): the
    entry records what was repaired, and the run does not count it as rejected.
    """

    location: SourceLocation
    reason: str
    detail: str = ""
    kept: bool = False

    def message(self) -> str:
        tail = f": {self.detail}" if self.detail else ""
        return f"{self.location.describe()}: {self.reason}{tail}"
