"""The events read path at scale: time of one page of events from a store of N synthetic reports.

Fills a SQLite store the way `bench/merge.py` does (synthetic reports: this measures the read
path, not extraction), merges them, then times `Store.events` for a page of 50 (newest first,
with each filter the API offers) and `Store.event` by id, against the same query computed the
old way (a window over every report per request). Prints one JSON object of milliseconds.

    python bench/event_reads.py --reports 200000
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from merge import fill  # bench/merge.py: the same synthetic reports

from newsgraph.analysis.merging import merge_events
from newsgraph.store import SQLiteStore
from newsgraph.store.event_rows import EventFilter

OLD_WAY = """WITH ranked AS (
    SELECT r.*, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY confidence DESC, report_id) AS rank
    FROM event_reports r)
SELECT event_id FROM ranked WHERE rank = 1 ORDER BY date IS NULL, date DESC, event_id LIMIT 50"""
FILTERS = {
    "newest": EventFilter(limit=50),
    "type": EventFilter(type="PROTEST", limit=50),
    "country_actor": EventFilter(actor="RUS", limit=50),
    "since": EventFilter(since="2023-06-01", limit=50),
    "near": EventFilter(near=(10.0, 10.0, 500.0), limit=50),
}


def _milliseconds(call, repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return {"p50": round(statistics.median(times), 1), "max": round(max(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore.open(Path(folder) / "bench.db", create=True)
        fill(store, args.reports, random.Random(1))
        merge = merge_events(store)
        timings = {
            name: _milliseconds(lambda query=query: store.events(query), args.repeat) for name, query in FILTERS.items()
        }
        some_id = store.events(EventFilter(limit=1))[0].event_id
        timings["one_event"] = _milliseconds(lambda: store.event(some_id), args.repeat)
        timings["newest_the_old_way"] = _milliseconds(lambda: store._db.execute(OLD_WAY).fetchall(), 3)
        store.close()
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, Python {platform.python_version()}",
                "reports": merge.reports,
                "events": merge.events,
                "milliseconds": timings,
            }
        )
    )


if __name__ == "__main__":
    main()
