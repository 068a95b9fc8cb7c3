"""Per-request resources: a store for each request, handed back when it is answered.

SQLite: a connection per request (sqlite3 connections are not meant to be shared between the
threads FastAPI runs sync endpoints on); opening one, with its migration check, takes about
0.3 ms. PostgreSQL: a connection costs milliseconds to open, so open stores are kept in a pool
and reused; one left inside a transaction (an error mid-request) is closed, not reused.
"""

from __future__ import annotations

import queue
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request

from newsgraph.store import PostgresStore, SQLiteStore, TableStore, open_store
from newsgraph.store.postgres import is_postgres_url

POOL_SIZE = 32  # idle PostgreSQL connections kept; more are opened under load and closed after


class StorePool:
    """Stores for requests: new SQLite connections, or pooled PostgreSQL ones."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._idle: queue.LifoQueue[PostgresStore] = queue.LifoQueue(maxsize=POOL_SIZE)

    def acquire(self) -> TableStore:
        if not is_postgres_url(self.db):
            return SQLiteStore.open(self.db)
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return open_store(self.db)

    def release(self, store: TableStore) -> None:
        if isinstance(store, PostgresStore) and store.is_idle():
            try:
                self._idle.put_nowait(store)
                return
            except queue.Full:
                pass
        store.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


async def _store(request: Request) -> AsyncIterator[TableStore]:
    pool: StorePool = request.app.state.stores
    store = pool.acquire()
    try:
        yield store
    finally:
        pool.release(store)


StoreDep = Annotated[TableStore, Depends(_store)]
