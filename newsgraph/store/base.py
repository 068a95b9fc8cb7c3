"""The storage interface the pipeline and the CLI talk to.

The pipeline only ever calls these methods, so a PostgreSQL backend can be added as one more
module implementing `Store` without touching ingest, cleaning or dedup. Rows handed out are
plain dataclasses, separate from any table layout.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsgraph.records import Article, RawDocument, Rejection


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """How an article relates to the earlier article it duplicates."""

    canonical_id: str
    kind: str  # "exact" or "near"
    similarity: float


@dataclass(frozen=True, slots=True)
class StoredSignature:
    article_id: str
    canonical_id: str
    signature: bytes


@dataclass(slots=True)
class ArticleRow:
    """An article as read back from the store, with where its page came from."""

    id: str
    page_id: str
    position: int
    title: str | None
    publisher: str | None
    author: str | None
    url: str | None
    published_at: str | None
    published_at_source: str
    language: str | None
    language_score: float | None
    word_count: int
    text: str
    duplicate_of: str | None
    duplicate_kind: str | None
    duplicate_similarity: float | None
    ingested_at: str
    source_path: str | None = None
    source_locator: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def public_dict(self) -> dict[str, Any]:
        """The JSON shape of `newsgraph articles --json` (stable field names)."""
        return {
            "id": self.id,
            "source_path": self.source_path,
            "source_locator": self.source_locator,
            "page_id": self.page_id,
            "position": self.position,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "url": self.url,
            "published_at": self.published_at,
            "published_at_source": self.published_at_source,
            "language": self.language,
            "word_count": self.word_count,
            "duplicate_of": self.duplicate_of,
            "duplicate_kind": self.duplicate_kind,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class RemovalRow:
    rule: str
    text: str
    line_no: int | None


@dataclass(frozen=True, slots=True)
class LocationRow:
    source_path: str
    locator: str | None
    byte_offset: int | None
    byte_length: int | None
    raw_sha256: str
    input_format: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str | None
    publisher: str | None
    published_at: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class RejectionRow:
    source_path: str
    locator: str | None
    reason: str
    detail: str
    first_seen_at: str
    last_seen_at: str
    times_seen: int


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    publisher: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    unique_only: bool = False
    limit: int | None = None
    offset: int = 0


class Store(Protocol):
    """What every storage backend provides."""

    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    def schema_version(self) -> int: ...

    def has_page(self, page_id: str) -> bool: ...

    def add_page(self, document: RawDocument, article_count: int) -> None: ...

    def add_location(self, document: RawDocument) -> bool:
        """Record where a page was found; False when this location was already known."""

    def add_article(self, article: Article, text_sha256: str, duplicate: DuplicateLink | None) -> None: ...

    def add_signature(self, article_id: str, signature: bytes, band_keys: Sequence[str]) -> None: ...

    def find_exact(self, text_sha256: str) -> str | None:
        """Canonical id of a stored article with this normalised-text hash."""

    def band_candidates(self, band_keys: Sequence[str]) -> list[StoredSignature]: ...

    def record_rejection(self, rejection: Rejection) -> None: ...

    def articles(self, query: ArticleFilter) -> Iterator[ArticleRow]: ...

    def article(self, article_id: str) -> ArticleRow | None: ...

    def removals(self, article_id: str) -> list[RemovalRow]: ...

    def locations(self, page_id: str) -> list[LocationRow]: ...

    def duplicates_of(self, article_id: str) -> list[str]: ...

    def search(self, query: str, limit: int = 20, *, raw_syntax: bool = False, offset: int = 0) -> list[SearchHit]: ...

    def rejections(self) -> list[RejectionRow]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...
