"""Per-request resources: one SQLite connection per request, closed when it is answered."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from newsgraph.store import SQLiteStore


def _store(request: Request) -> Iterator[SQLiteStore]:
    # A connection per request: sqlite3 connections are not meant to be shared between the
    # threads FastAPI runs sync endpoints on, and opening one (with its migration check) costs about 1 ms.
    store = SQLiteStore.open(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[SQLiteStore, Depends(_store)]
