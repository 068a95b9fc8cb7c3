"""The server backend: PostgreSQL 15 (`--db postgresql://user@host/dbname`).

The tables are read and written by the same mixins as SQLite's (`sql_*`); this module holds
what is PostgreSQL's own: connecting, migrations (`postgres_schema`), the write lock, week
buckets and full-text search. Writers take one transaction-scoped advisory lock, so writes are
serialised as SQLite's `BEGIN IMMEDIATE` serialises them: a run's claim on articles, its actor
resolution and its storing see each other's committed work and never interleave. Readers
(the API, queries) never wait for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime

import psycopg

from newsgraph.errors import ReadTooLong, StoreError
from newsgraph.store.base import SearchHit
from newsgraph.store.postgres_connection import PostgresConnection
from newsgraph.store.postgres_schema import PG_LATEST_VERSION, PG_MIGRATIONS
from newsgraph.store.sql_event_summary import PERIOD_SQL
from newsgraph.store.sql_tables import SharedTables

WRITE_LOCK = 0x6E657773  # the advisory lock every writing transaction takes ("news")
CONNECT_TIMEOUT_S = 10
_PASSWORD = re.compile(r"(://[^:/@]+:)[^@]*@")
# Week buckets start on Monday, as SQLite's date(date, 'weekday 0', '-6 days') gives them.
PG_PERIOD_SQL = {**PERIOD_SQL, "week": "to_char(date_trunc('week', CAST(date AS DATE)), 'YYYY-MM-DD')"}
SNIPPET_OPTIONS = "StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter=' … '"


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    return _PASSWORD.sub(r"\1***@", url)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PostgresStore(SharedTables):
    """`Store` on a PostgreSQL database (the database must exist; its tables are created here)."""

    _period_sql = PG_PERIOD_SQL
    _db: PostgresConnection

    def __init__(self, connection: PostgresConnection, url: str) -> None:
        self._db = connection
        self.url = url

    @classmethod
    def open(cls, url: str) -> PostgresStore:
        """Connect to the database at `url` and bring its schema up to date."""
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as error:
            raise StoreError(f"cannot connect to PostgreSQL at {shown_url(url)}: {error}".strip()) from error
        store = cls(PostgresConnection(raw), url)
        store.migrate()
        return store

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in one transaction under the write lock (two processes
        opening a new database at once apply each migration once)."""
        with self.transaction():  # under the lock: IF NOT EXISTS alone races with another process
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations"
                " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        if self.schema_version() > PG_LATEST_VERSION:
            raise StoreError(
                f"database schema is version {self.schema_version()}, newer than this newsgraph"
                f" ({PG_LATEST_VERSION}); upgrade newsgraph"
            )
        applied = []
        for migration in PG_MIGRATIONS:
            if migration.version <= self.schema_version():
                continue
            try:
                with self.transaction():
                    if migration.version > self.schema_version():  # not applied by another process meanwhile
                        self._db.execute(migration.sql)
                        self._db.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                            (migration.version, migration.name, _now()),
                        )
                        applied.append(migration.version)
            except psycopg.Error as error:
                raise StoreError(f"migration {migration.version} ({migration.name}) failed: {error}") from error
        return applied

    def schema_version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            self._db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def search(self, query: str, limit: int = 20, *, raw_syntax: bool = False, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search (English stemming; the title weighs more than the text).
        Plain queries match all their words; with `raw_syntax` the query is web-search syntax
        ("a phrase", or, -word)."""
        if not query.strip():
            return []
        parse = "websearch_to_tsquery" if raw_syntax else "plainto_tsquery"
        try:
            rows = self._db.execute(
                f"""SELECT hit.article_id, hit.title, hit.publisher, hit.published_at,
                           ts_headline('english', hit.text, hit.query, ?), hit.rank
                    FROM (SELECT a.article_id, a.title, a.publisher, a.published_at, a.text, a.rowid, q.query,
                                 ts_rank_cd(a.search_vector, q.query) AS rank
                          FROM articles a, {parse}('english', ?) AS q(query)
                          WHERE a.search_vector @@ q.query
                          ORDER BY rank DESC, a.rowid LIMIT ? OFFSET ?) AS hit
                    ORDER BY hit.rank DESC, hit.rowid""",
                (SNIPPET_OPTIONS, query, limit, offset),
            ).fetchall()
        except psycopg.Error as error:
            raise StoreError(f"invalid search query {query!r}: {error}") from error
        return [SearchHit(row[0], row[1], row[2], row[3], row[4], float(row[5])) for row in rows]

    def close(self) -> None:
        self._db.close()

    def quick_read(self, steps: int = 0) -> AbstractContextManager[None]:
        """Never quick: every read waits on the server, which must not happen on an event
        loop (see `SQLiteStore.quick_read`)."""
        raise ReadTooLong("PostgreSQL reads wait on the network")

    def is_idle(self) -> bool:
        """Connected and outside any transaction: fit to serve another request."""
        raw = self._db.raw
        return not raw.closed and raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
