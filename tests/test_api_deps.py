"""Reads leave the event loop for the API's own read threads."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from newsgraph.api.deps import READ_THREADS, off_loop


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
