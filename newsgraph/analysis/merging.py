"""The merge step: which event reports, across all articles, tell the same real-world event.

A batch step over every stored report, run after each analysis run that changed something. The
store hands out reports block by block (one PLOVER type and ACLED sub-type each); the executor
clusters each block (`newsgraph.events.merge.cluster_reports`, which blocks further by day and
map cell and compares every candidate pair) and says which reports move; the store moves them.
Because clusters are named by their smallest report id, the result is the same whatever order
the articles were read in, and re-running it changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from newsgraph.events.merge import ReportKey, merge_block
from newsgraph.executor import Executor, InProcessExecutor


class MergeStore(Protocol):
    def transaction(self) -> AbstractContextManager[None]: ...

    def report_key_blocks(self) -> Iterator[list[ReportKey]]: ...

    def move_reports(self, moves: dict[int, tuple[str, str]]) -> int: ...


@dataclass(slots=True)
class MergeSummary:
    reports: int = 0
    events: int = 0
    changed: int = 0  # reports whose event id this run changed
    seconds: float = 0.0


def merge_events(store: MergeStore, *, executor: Executor | None = None) -> MergeSummary:
    """Cluster every stored report into events and store the ids; returns the counts."""
    started = time.perf_counter()
    summary = MergeSummary()
    runner = executor or InProcessExecutor()
    for block in runner.map(merge_block, store.report_key_blocks()):
        if block.moves:
            with store.transaction():
                summary.changed += store.move_reports(block.moves)
        summary.reports += block.reports
        summary.events += block.events
    summary.seconds = time.perf_counter() - started
    return summary
