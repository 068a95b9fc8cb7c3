"""Per-request resources: a store for each request, handed back when it is answered.

Open stores are kept in a pool and reused: a PostgreSQL connection costs milliseconds to open,
a SQLite one (with its migration check) a fraction of one, both more than a page read. A store
serves one request at a time (SQLite connections are opened for use from any thread, never from
two at once); one left inside a transaction (an error mid-request) is closed, not reused.

Where a request's reads run: on the event loop when they are quick, on a read thread when not
(`read`, `reads_store`).
"""

from __future__ import annotations

import asyncio
import functools
import os
import queue
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any, ParamSpec, TypeVar, cast

from fastapi import Depends, Request

from newsgraph.errors import ReadTooLong
from newsgraph.store import TableStore, open_store

POOL_SIZE = 32  # idle stores kept; more are opened under load and closed after
READ_THREADS = max(2, os.cpu_count() or 1)
P = ParamSpec("P")
T = TypeVar("T")

# Long reads leave the event loop (a filter no index answers may scan for a while and must not
# stall other requests) for a few threads of their own, not for the framework's pool of 40: with 20
# clients that pool woke 20 threads that fought over the GIL, and each request cost 6.1-7.0 ms of
# CPU instead of 4.0-4.6 (the app called in process, 20 requests at a time). SQLite and
# PostgreSQL release the GIL while they
# work, so one thread per core keeps the cores busy.
_READER = ThreadPoolExecutor(READ_THREADS, thread_name_prefix="newsgraph-read")


async def read(store: TableStore, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)`, a read of `store`: on the event loop when the store finds it
    quick (an indexed page of a SQLite file), else on a read thread. Under 20 kept-alive clients on
    a million events this served 380-410 requests/s where every read on a thread served 260-300
    (`serve` on this 2-core VM, both measured in the same hour): each hop
    costs a GIL hand-over both ways, more than the read itself."""
    try:
        with store.quick_read():
            return function(*args, **kwargs)
    except ReadTooLong:
        return await off_loop(function, *args, **kwargs)


def reads_store(endpoint: Callable[P, T]) -> Callable[P, Coroutine[Any, Any, T]]:
    """An endpoint that reads its `store` argument, answered as `read` answers: on the event loop
    when the reads are quick, else on a read thread. FastAPI sees the endpoint's own parameters
    (it unwraps the decorator) and calls it as a coroutine: a plain `def` endpoint would cost
    a hop to the framework's thread pool on every request."""

    @functools.wraps(endpoint)
    async def answer(*args: P.args, **kwargs: P.kwargs) -> T:
        store = cast(TableStore, kwargs["store"])  # FastAPI passes every parameter by keyword
        return await read(store, endpoint, *args, **kwargs)

    return answer


async def off_loop(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` run on a read thread, awaited from the event loop."""
    return await asyncio.get_running_loop().run_in_executor(_READER, functools.partial(function, *args, **kwargs))


class StorePool:
    """Open stores for requests, reused; at most POOL_SIZE kept idle."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._idle: queue.LifoQueue[TableStore] = queue.LifoQueue(maxsize=POOL_SIZE)

    def acquire(self) -> TableStore:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return open_store(self.db, memory_map=True)

    def release(self, store: TableStore) -> None:
        if store.is_idle():
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
