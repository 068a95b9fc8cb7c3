"""Storage: the `Store` interface and its backends (SQLite is the embedded default,
PostgreSQL the server one)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.store.base import ArticleFilter, ArticleRow, Store
from newsgraph.store.postgres import PostgresStore, is_postgres_url
from newsgraph.store.sqlite import SQLiteStore

DEFAULT_DB = "newsgraph.db"

# Either backend: both carry every table method (the shared `sql_*` mixins).
TableStore = SQLiteStore | PostgresStore


def open_store(db: str | Path = DEFAULT_DB, *, create: bool = False, memory_map: bool = False) -> TableStore:
    """Open the store named by `db`: a SQLite file path, ":memory:", or a PostgreSQL URL
    (`postgresql://user@host:5432/dbname`; the database must exist, its tables are made here).

    A missing SQLite file is an error unless `create` is set: only ingesting may make one.
    `memory_map` (SQLite only): read pages through a memory map, as the server does.
    """
    target = str(db)
    if is_postgres_url(target):
        return PostgresStore.open(target)
    return SQLiteStore.open(target, create=create, memory_map=memory_map)


__all__ = [
    "DEFAULT_DB",
    "ArticleFilter",
    "ArticleRow",
    "PostgresStore",
    "SQLiteStore",
    "Store",
    "TableStore",
    "open_store",
]
