"""Executors run a pipeline step over many inputs; steps never share state beyond their inputs.

`InProcessExecutor` runs in the calling process, `ProcessPoolExecutor` spreads CPU-bound steps
over local worker processes, `RayExecutor` (`newsgraph.executor.ray_cluster`) sends them to a local
Ray or a Ray cluster as tasks.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Executor(Protocol):
    def map(self, step: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        """Apply `step` to every item, yielding results in input order."""

    def close(self) -> None: ...


class InProcessExecutor:
    """Runs each step call directly; the default and the easiest to debug."""

    def map(self, step: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        return map(step, items)

    def close(self) -> None:
        return None


class ProcessPoolExecutor:
    """Runs step calls in `workers` local processes; `step` and items must be picklable."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self._workers = workers
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def map(self, step: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = concurrent.futures.ProcessPoolExecutor(
                self._workers, mp_context=context, initializer=exit_with_parent, initargs=(os.getpid(),)
            )
        return self._pool.map(step, items, chunksize=4)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


PARENT_CHECK_SECONDS = 1.0


def exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker when the process that started it is gone.

    A run killed outright (SIGKILL, the OOM killer) cannot shut its pool down, and its workers
    would go on analysing the batches already sent to them for nobody, holding a core and a
    loaded model each. A daemon thread notices the parent's death (the worker is handed to
    another parent) within a second and exits the worker.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


ENGINES = ("local", "ray")


def make_executor(workers: int, engine: str = "local", address: str | None = None) -> Executor:
    """`local`: in-process for one worker, a local process pool for more; `ray`: Ray tasks on a
    local Ray with `workers` CPUs, or on the cluster at `address`."""
    if engine == "ray":
        from newsgraph.executor.ray_cluster import RayExecutor  # Ray is imported only when asked for

        return RayExecutor(workers, address)
    if engine != "local":
        raise ValueError(f"unknown executor {engine!r}; expected one of {', '.join(ENGINES)}")
    if address is not None:
        raise ValueError("an address is only for the ray executor")
    return InProcessExecutor() if workers <= 1 else ProcessPoolExecutor(workers)
