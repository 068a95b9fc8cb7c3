"""The embedded default backend: one SQLite file in WAL mode, FTS5 for search.

The tables are read and written by the shared mixins (`sql_*`); this module holds what is
SQLite's own: opening, migrations, the write lock, full-text search. Every statement is
parameterised; article text never becomes SQL.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from newsgraph.errors import ReadTooLong, StoreError
from newsgraph.geo.shapes import distance_km
from newsgraph.store.base import (
    SearchHit,
)
from newsgraph.store.sql_tables import SharedTables
from newsgraph.store.sqlite_schema import LATEST_VERSION, MIGRATIONS

_FTS_TERM = re.compile(r"\w+", re.UNICODE)
_ARTICLE_COLUMNS = """
    a.article_id, a.page_id, a.position, a.title, a.publisher, a.author, a.url, a.published_at,
    a.published_at_source, a.language, a.language_score, a.word_count, a.text, a.duplicate_of,
    a.duplicate_kind, a.duplicate_similarity, a.ingested_at, a.extras_json,
    (SELECT source_path FROM page_locations l WHERE l.page_id = a.page_id ORDER BY first_seen_at, source_path LIMIT 1),
    (SELECT locator FROM page_locations l WHERE l.page_id = a.page_id ORDER BY first_seen_at, source_path LIMIT 1)
"""


BUSY_SECONDS = 60
# A server's pages read through a shared memory map, not copied into each connection's cache with
# a system call per page: it keeps a connection per concurrent request, each with a cold cache.
# Only the server maps: mapped pages count in a process's resident size, and a long ingest that
# reads the whole file (grouping 100,000 articles into stories) would show a gigabyte more.
MMAP_BYTES = 1 << 30
# `quick_read`: an indexed page of events takes 4,000-9,000 SQLite instructions (1M events);
# 50,000 is a few milliseconds at most.
QUICK_READ_STEPS = 50_000
PROGRESS_EVERY = 1_000


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. On a file another process is creating at this moment the
    switch can fail at once with "database is locked" (SQLite does not wait for it as it does for
    writes), so it is retried for up to BUSY_SECONDS."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _statements(script: str) -> list[str]:
    """The statements of a migration script, each complete (a trigger body's semicolons stay
    inside its statement), to run one by one inside one transaction."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sql_distance_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    """`distance_km` for SQL: NULL when a point is missing (SQLite may call it on any row)."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    return distance_km(lat1, lon1, lat2, lon2)


class SQLiteStore(SharedTables):
    """`Store` on a SQLite file; `path` may be ":memory:" for throwaway use."""

    _db: sqlite3.Connection

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, memory_map: bool = False) -> SQLiteStore:
        """Open and migrate the database at `path`; only with `create` may it be a new file.

        Reading commands open without `create`, so a mistyped --db is an error, not a new empty
        database that looks like an empty result. `memory_map`: read pages through a shared
        map (the server's pooled connections).
        """
        target = str(path)
        if not create and target != ":memory:" and not Path(target).is_file():
            raise StoreError(f"no database at {target}: check --db (or $NEWSGRAPH_DB); `newsgraph ingest` creates one")
        try:
            # timeout: wait for another process's write lock (a concurrent ingest) rather than fail
            connection = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
            _use_wal(connection)
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
            connection.execute(f"PRAGMA mmap_size={MMAP_BYTES if memory_map else 0}")
            # Exact great-circle filtering ("near") inside SQL, so LIMIT/OFFSET count what matches.
            connection.create_function("distance_km", 4, _sql_distance_km, deterministic=True)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open database {path}: {error}") from error
        store = cls(connection)
        store.migrate()
        return store

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction; returns versions applied.

        Each migration takes the write lock first and checks it is still pending, so that two
        processes opening a new or older database at once apply it once (the second waits, then
        finds it done).
        """
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        if self.schema_version() > LATEST_VERSION:
            raise StoreError(
                f"database schema is version {self.schema_version()}, newer than this newsgraph ({LATEST_VERSION});"
                " upgrade newsgraph"
            )
        applied = []
        for migration in MIGRATIONS:
            if migration.version <= self.schema_version():
                continue
            try:
                self._db.execute("BEGIN IMMEDIATE")
                if migration.version > self.schema_version():  # not applied by another process meanwhile
                    for statement in _statements(migration.sql):
                        self._db.execute(statement)
                    self._db.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.name, _now()),
                    )
                    applied.append(migration.version)
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise StoreError(f"migration {migration.version} ({migration.name}) failed: {error}") from error
        return applied

    def schema_version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def search(self, query: str, limit: int = 20, *, raw_syntax: bool = False, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search. Plain queries match all their words (any order); with
        `raw_syntax` the query is FTS5 syntax (phrases, OR, NEAR, prefix*)."""
        expression = query if raw_syntax else " ".join(f'"{term}"' for term in _FTS_TERM.findall(query))
        if not expression.strip():
            return []
        try:
            rows = self._db.execute(
                """SELECT a.article_id, a.title, a.publisher, a.published_at,
                          snippet(articles_fts, 1, '[', ']', ' … ', 16), bm25(articles_fts, 5.0, 1.0)
                   FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.rowid LIMIT ? OFFSET ?""",
                (expression, limit, offset),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise StoreError(f"invalid search query {query!r}: {error}") from error
        return [SearchHit(row[0], row[1], row[2], row[3], row[4], -float(row[5])) for row in rows]

    def close(self) -> None:
        self._db.close()

    def is_idle(self) -> bool:
        """Outside any transaction: fit to serve another request."""
        return not self._db.in_transaction

    @contextmanager
    def quick_read(self, steps: int = QUICK_READ_STEPS) -> Iterator[None]:
        """Reads inside stop with `ReadTooLong` once SQLite has run `steps` instructions.

        The API answers a read on its event loop when it is quick (an indexed page: a few
        thousand instructions) and hands it to a thread only when it is not (a filter no index
        serves scans millions): a thread hop costs more than most reads, while a scan on the
        loop would stall every other request. The interrupted statement is a plain SELECT
        outside any transaction: nothing to undo.
        """
        budget = steps // PROGRESS_EVERY
        calls = 0

        def over_budget() -> bool:
            nonlocal calls
            calls += 1
            return calls > budget

        self._db.set_progress_handler(over_budget, PROGRESS_EVERY)
        try:
            yield
        except (sqlite3.OperationalError, StoreError) as error:  # a read may wrap the interruption ("invalid search")
            if calls > budget:
                raise ReadTooLong(f"read over {steps} SQLite steps") from error
            raise
        finally:
            self._db.set_progress_handler(None, 0)
