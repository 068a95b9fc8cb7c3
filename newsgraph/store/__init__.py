"""Storage: the `Store` interface and its backends (SQLite is the embedded default)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store.base import ArticleFilter, ArticleRow, Store
from newsgraph.store.sqlite import SQLiteStore

DEFAULT_DB = "newsgraph.db"


def open_store(db: str | Path = DEFAULT_DB, *, create: bool = False) -> Store:
    """Open the store named by `db`: a SQLite file path or ":memory:".

    A missing file is an error unless `create` is set: only ingesting may make a database.
    """
    target = str(db)
    if target.startswith(("postgresql://", "postgres://")):
        raise StoreError("the PostgreSQL backend is not available yet; pass a SQLite file path as --db")
    return SQLiteStore.open(target, create=create)


__all__ = ["DEFAULT_DB", "ArticleFilter", "ArticleRow", "SQLiteStore", "Store", "open_store"]
