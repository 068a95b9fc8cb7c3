"""How the server spends its time: quick reads answered on the event loop, long ones on the
API's own read threads, the garbage collector set for a long-running process."""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import threading
import time

import pytest

from newsgraph.api.app import YOUNG_COLLECTION_EVERY, settle_collector
from newsgraph.api.deps import READ_THREADS, off_loop, read
from newsgraph.errors import ReadTooLong
from newsgraph.store import SQLiteStore


def _thread_and_sum(first: int, second: int = 0) -> tuple[str, int]:
    return threading.current_thread().name, first + second


def test_a_read_runs_on_a_read_thread_and_returns_its_result():
    async def call() -> tuple[str, str, int]:
        name, total = await off_loop(_thread_and_sum, 2, second=3)
        return threading.current_thread().name, name, total

    loop_thread, read_thread, total = asyncio.run(call())
    assert total == 5
    assert read_thread.startswith("newsgraph-read") and read_thread != loop_thread


def test_a_failed_read_raises_in_the_request():
    def fail() -> None:
        raise LookupError("no such event")

    with pytest.raises(LookupError, match="no such event"):
        asyncio.run(off_loop(fail))


def test_twenty_reads_at_once_use_at_most_the_read_threads():
    """Twenty concurrent requests share a few threads, not one each (the GIL fight that
    doubled each request's CPU)."""
    names: set[str] = set()

    def read() -> None:
        names.add(threading.current_thread().name)
        time.sleep(0.01)  # long enough that a pool of one thread per call would start twenty

    async def many() -> None:
        await asyncio.gather(*(off_loop(read) for _ in range(20)))

    asyncio.run(many())
    assert len(names) <= READ_THREADS


# A read that scans: SQLite counts to two million, far past any quick-read budget.
LONG_READ = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) SELECT COUNT(*) FROM n"


def _where_and_what(store: SQLiteStore, sql: str) -> tuple[str, int]:
    return threading.current_thread().name, store._db.execute(sql).fetchone()[0]


def test_a_quick_read_runs_on_the_loop_and_a_long_one_on_a_read_thread(tmp_path):
    store = SQLiteStore.open(tmp_path / "s.db", create=True)

    async def both() -> tuple[str, tuple[str, int], tuple[str, int]]:
        quick = await read(store, _where_and_what, store, "SELECT 41 + 1")
        long = await read(store, _where_and_what, store, LONG_READ)
        return threading.current_thread().name, quick, long

    loop_thread, quick, long = asyncio.run(both())
    assert quick == (loop_thread, 42)
    assert long[0].startswith("newsgraph-read") and long[1] == 2_000_000  # interrupted, then run whole
    assert store._db.execute(LONG_READ).fetchone()[0] == 2_000_000  # no budget left behind
    store.close()


def test_a_quick_read_passes_on_errors_that_are_not_its_budget(tmp_path):
    store = SQLiteStore.open(tmp_path / "s.db", create=True)
    with pytest.raises(ReadTooLong), store.quick_read():
        store._db.execute(LONG_READ).fetchone()
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.quick_read():
        store._db.execute("SELECT * FROM no_such_table")
    store.close()


def test_a_settled_server_collects_young_objects_less_often_and_never_walks_its_start():
    before = gc.get_threshold()
    try:
        settle_collector()
        assert gc.get_threshold() == (YOUNG_COLLECTION_EVERY, before[1], before[2])
        assert gc.get_freeze_count() > 0  # what start made is out of the collector's walks
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
