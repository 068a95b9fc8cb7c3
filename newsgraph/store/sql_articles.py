"""Reads and writes of pages, articles, duplicates and rejections (mixed into both stores; SQL
both backends run)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from newsgraph.records import Article, RawDocument, Rejection
from newsgraph.store.base import (
    ArticleFilter,
    ArticleRow,
    DuplicateLink,
    LocationRow,
    RejectionRow,
    RemovalRow,
    StoredSignature,
)
from newsgraph.store.sql_connection import Connection, limit_value

ARTICLE_COLUMNS = """
    a.article_id, a.page_id, a.position, a.title, a.publisher, a.author, a.url, a.published_at,
    a.published_at_source, a.language, a.language_score, a.word_count, a.text, a.duplicate_of,
    a.duplicate_kind, a.duplicate_similarity, a.ingested_at, a.extras_json,
    (SELECT source_path FROM page_locations l WHERE l.page_id = a.page_id ORDER BY first_seen_at, source_path LIMIT 1),
    (SELECT locator FROM page_locations l WHERE l.page_id = a.page_id ORDER BY first_seen_at, source_path LIMIT 1)
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleTablesMixin:
    _db: Connection

    # -- writes -------------------------------------------------------------------------

    def has_page(self, page_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM pages WHERE page_id = ?", (page_id,)).fetchone() is not None

    def add_page(self, document: RawDocument, article_count: int) -> None:
        self._db.execute(
            "INSERT INTO pages (page_id, raw_sha256, input_format, declared_json, article_count, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                document.page_id,
                document.raw_sha256,
                document.input_format.value,
                json.dumps(document.declared, ensure_ascii=False),
                article_count,
                _now(),
            ),
        )
        self.add_location(document)

    def add_location(self, document: RawDocument) -> bool:
        location = document.location
        cursor = self._db.execute(
            "INSERT INTO page_locations (page_id, source_path, locator, byte_offset, byte_length, first_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                document.page_id,
                location.path,
                location.locator or "",
                location.byte_offset,
                location.byte_length,
                _now(),
            ),
        )
        return cursor.rowcount > 0

    def add_article(self, article: Article, text_sha256: str, duplicate: DuplicateLink | None) -> None:
        self._db.execute(
            """INSERT INTO articles (article_id, page_id, position, title, publisher, author, url, published_at,
                   published_at_source, language, language_score, word_count, text, text_sha256, duplicate_of,
                   duplicate_kind, duplicate_similarity, extras_json, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.article_id,
                article.page_id,
                article.position,
                article.title,
                article.publisher,
                article.author,
                article.url,
                article.published_at,
                article.published_at_source.value,
                article.language,
                article.language_score,
                article.word_count,
                article.text,
                text_sha256,
                duplicate.canonical_id if duplicate else None,
                duplicate.kind if duplicate else None,
                duplicate.similarity if duplicate else None,
                json.dumps(article.extras, ensure_ascii=False),
                _now(),
            ),
        )
        self._db.executemany(
            "INSERT INTO removals (article_id, seq, rule, text, line_no) VALUES (?, ?, ?, ?, ?)",
            [(article.article_id, seq, r.rule, r.text, r.line_no) for seq, r in enumerate(article.removals)],
        )

    def add_signature(self, article_id: str, signature: bytes, band_keys: Sequence[str]) -> None:
        self._db.execute(
            "INSERT INTO minhash_signatures (article_id, signature) VALUES (?, ?)", (article_id, signature)
        )
        self._db.executemany(
            "INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(key, article_id) for key in band_keys],
        )

    def find_exact(self, text_sha256: str) -> str | None:
        row = self._db.execute(
            "SELECT COALESCE(duplicate_of, article_id) FROM articles WHERE text_sha256 = ? ORDER BY rowid LIMIT 1",
            (text_sha256,),
        ).fetchone()
        return row[0] if row else None

    def band_candidates(self, band_keys: Sequence[str]) -> list[StoredSignature]:
        if not band_keys:
            return []
        placeholders = ",".join("?" * len(band_keys))
        rows = self._db.execute(
            f"""SELECT s.article_id, COALESCE(a.duplicate_of, a.article_id), s.signature
                FROM minhash_signatures s JOIN articles a ON a.article_id = s.article_id
                WHERE s.article_id IN (SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN ({placeholders}))
                ORDER BY a.rowid""",
            list(band_keys),
        ).fetchall()
        return [StoredSignature(row[0], row[1], row[2]) for row in rows]

    def record_rejection(self, rejection: Rejection) -> None:
        now = _now()
        self._db.execute(
            """INSERT INTO rejections (source_path, locator, reason, detail, first_seen_at, last_seen_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (source_path, locator, reason)
               DO UPDATE SET detail = excluded.detail, last_seen_at = excluded.last_seen_at,
                             times_seen = rejections.times_seen + 1""",
            (rejection.location.path, rejection.location.locator or "", rejection.reason, rejection.detail, now, now),
        )

    # -- reads --------------------------------------------------------------------------

    def articles(self, query: ArticleFilter) -> Iterator[ArticleRow]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.publisher:
            clauses.append("lower(a.publisher) = lower(?)")
            params.append(query.publisher)
        if query.since:
            clauses.append("a.published_at >= ?")
            params.append(query.since)
        if query.until:
            # inclusive of the day, as for events: "2024-05-01T18:00" is on or before 2024-05-01
            clauses.append("substr(a.published_at, 1, 10) <= ?")
            params.append(query.until)
        if query.language:
            clauses.append("a.language = ?")
            params.append(query.language)
        if query.unique_only:
            clauses.append("a.duplicate_of IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {ARTICLE_COLUMNS} FROM articles a {where} ORDER BY a.rowid LIMIT ? OFFSET ?"
        params.extend([limit_value(query.limit), query.offset])
        for row in self._db.execute(sql, params):
            yield _article_row(row)

    def article(self, article_id: str) -> ArticleRow | None:
        row = self._db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.article_id = ?", (article_id,)
        ).fetchone()
        return _article_row(row) if row else None

    def removals(self, article_id: str) -> list[RemovalRow]:
        rows = self._db.execute(
            "SELECT rule, text, line_no FROM removals WHERE article_id = ? ORDER BY seq", (article_id,)
        ).fetchall()
        return [RemovalRow(*row) for row in rows]

    def locations(self, page_id: str) -> list[LocationRow]:
        rows = self._db.execute(
            """SELECT l.source_path, NULLIF(l.locator, ''), l.byte_offset, l.byte_length, p.raw_sha256, p.input_format
               FROM page_locations l JOIN pages p ON p.page_id = l.page_id
               WHERE l.page_id = ? ORDER BY l.first_seen_at, l.source_path""",
            (page_id,),
        ).fetchall()
        return [LocationRow(*row) for row in rows]

    def duplicates_of(self, article_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT article_id FROM articles WHERE duplicate_of = ? ORDER BY rowid", (article_id,)
        ).fetchall()
        return [row[0] for row in rows]

    def rejections(self) -> list[RejectionRow]:
        rows = self._db.execute(
            """SELECT source_path, NULLIF(locator, ''), reason, detail, first_seen_at, last_seen_at, times_seen
               FROM rejections ORDER BY source_path, first_seen_at, locator"""
        ).fetchall()
        return [RejectionRow(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        row = self._db.execute(
            """SELECT (SELECT COUNT(*) FROM pages), (SELECT COUNT(*) FROM articles),
                      (SELECT COUNT(*) FROM articles WHERE duplicate_kind = 'exact'),
                      (SELECT COUNT(*) FROM articles WHERE duplicate_kind = 'near'),
                      (SELECT COUNT(*) FROM rejections)"""
        ).fetchone()
        return dict(zip(("pages", "articles", "exact_duplicates", "near_duplicates", "rejections"), row, strict=True))

    def published_span(self) -> tuple[str | None, str | None]:
        """The earliest and latest publication dates of the stored articles."""
        first, last = self._db.execute("SELECT MIN(published_at), MAX(published_at) FROM articles").fetchone()
        return first, last


def _article_row(row: Sequence[Any]) -> ArticleRow:
    return ArticleRow(
        id=row[0],
        page_id=row[1],
        position=row[2],
        title=row[3],
        publisher=row[4],
        author=row[5],
        url=row[6],
        published_at=row[7],
        published_at_source=row[8],
        language=row[9],
        language_score=row[10],
        word_count=row[11],
        text=row[12],
        duplicate_of=row[13],
        duplicate_kind=row[14],
        duplicate_similarity=row[15],
        ingested_at=row[16],
        extras=json.loads(row[17] or "{}"),
        source_path=row[18],
        source_locator=row[19] or None,
    )
