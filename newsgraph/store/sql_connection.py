"""What the shared table code needs of a database connection, and the SQL both backends speak.

The table mixins (`sql_articles`, `sql_actors`, `sql_events`, `sql_event_summary`,
`sql_analysis_state`) are written once, in the SQL that SQLite (3.35 or later) and PostgreSQL
(15) both run: `?` placeholders (the PostgreSQL connection rewrites them), `ON CONFLICT DO
NOTHING` rather than `INSERT OR IGNORE`, `RETURNING` rather than `lastrowid`, `lower(…)` rather
than `COLLATE NOCASE`, a quoted "end" column, aggregates for every grouped column, and no
unbounded `LIMIT -1`. What cannot be shared (full-text search, week buckets, migrations,
transactions) is each backend's own.
"""

from __future__ import annotations

from typing import Any, Protocol

UNLIMITED = 2**62  # LIMIT for "no limit": both backends take it, neither takes SQLite's -1


class Connection(Protocol):
    """A DB-API connection taking `?` placeholders: `sqlite3.Connection`, or the PostgreSQL
    store's adapter (`newsgraph.store.postgres_connection`)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


def limit_value(limit: int | None) -> int:
    """The LIMIT parameter for an optional limit."""
    return UNLIMITED if limit is None else limit
