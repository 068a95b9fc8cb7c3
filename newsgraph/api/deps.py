"""Per-request resources: one SQLite connection per request, closed when it is answered."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request

from newsgraph.store import SQLiteStore


async def _store(request: Request) -> AsyncIterator[SQLiteStore]:
    # A connection per request: sqlite3 connections are not meant to be shared between the
    # threads FastAPI runs sync endpoints on. Opening one (with its migration check) takes about
    # 0.3 ms, less than handing the open and the close to worker threads as a sync dependency
    # would (FastAPI runs those in its thread pool).
    store = SQLiteStore.open(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[SQLiteStore, Depends(_store)]
