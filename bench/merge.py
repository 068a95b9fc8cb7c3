"""The merge step at scale: time and peak memory of clustering N event reports into events.

The reports are synthetic (this measures the step, not extraction): types drawn from the
PLOVER/ACLED pairs newsgraph emits, dates over two years, places around 300 towns scattered
over the globe (most reports near one of them, as news clusters on few places), parties from 20
countries. A SQLite store is filled with them and `merge_events` runs over it, as after an
analysis run. Prints one JSON object.

    python bench/merge.py --reports 200000
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import tempfile
from datetime import date, timedelta
from pathlib import Path

from newsgraph.analysis.merging import merge_events
from newsgraph.events.merge import report_event_id
from newsgraph.store import PostgresStore, SQLiteStore, TableStore

TYPES = [
    ("FIGHT", "Armed clash"),
    ("FIGHT", "Shelling/artillery/missile attack"),
    ("FIGHT", "Air/drone strike"),
    ("ASSAULT", "Attack"),
    ("ASSAULT", "Remote explosive/landmine/IED"),
    ("PROTEST", "Peaceful protest"),
    ("PROTEST", "Protest with intervention"),
    ("COERCE", "Arrests"),
    ("CONSULT", None),
    ("DISAPPROVE", None),
]
COUNTRIES = ["RUS", "UKR", "CHN", "USA", "IND", "PAK", "AFG", "BFA", "MLI", "NGA"] * 2


def fill(store: TableStore, count: int, rng: random.Random) -> None:
    towns = [(rng.uniform(-55, 70), rng.uniform(-170, 170)) for _ in range(300)]
    start = date(2022, 1, 1)
    rows = []
    for number in range(count):
        plover, sub_type = rng.choice(TYPES)
        placed = rng.random() < 0.8
        lat, lon = rng.choice(towns)
        article = f"article-{number // 5}"
        rows.append(
            (
                report_event_id(article, number, plover),
                article,
                plover,
                sub_type,
                (start + timedelta(days=rng.randint(0, 730))).isoformat() if rng.random() < 0.9 else None,
                lat + rng.gauss(0, 0.1) if placed else None,
                lon + rng.gauss(0, 0.1) if placed else None,
                rng.choice(COUNTRIES),
                rng.choice(COUNTRIES),
                json.dumps({"trigger": [number, number + 5]}),
            )
        )
    # the reports name no stored articles or actors: foreign keys off for this connection
    if isinstance(store, PostgresStore):
        store._db.execute("SET session_replication_role = replica")  # the test server's superuser may
    else:
        store._db.execute("PRAGMA foreign_keys = OFF")
    with store.transaction():
        store._db.executemany(
            """INSERT INTO event_reports (event_id, article_id, sentence, start, "end", trigger_text, plover_type,
                   acled_sub_event_type, date, lat, lon, actor1_country, actor2_country, confidence, evidence_json)
               VALUES (?, ?, 0, 0, 1, 'x', ?, ?, ?, ?, ?, ?, ?, 0.5, ?)""",
            rows,
        )
        # every report its own event, as freshly stored reports are before the merge step
        store._db.execute(
            "INSERT INTO events (event_key, shown_report, sort_date)"
            " SELECT event_id, report_id, COALESCE(date, '') FROM event_reports"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore.open(Path(folder) / "bench.db", create=True)
        fill(store, args.reports, random.Random(args.seed))
        first = merge_events(store)
        again = merge_events(store)
        store.close()
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {platform.python_version()}",
                "reports": first.reports,
                "events": first.events,
                "first_run_seconds": round(first.seconds, 2),
                "first_run_changed": first.changed,
                "reports_per_second": round(first.reports / first.seconds) if first.seconds else None,
                "second_run_seconds": round(again.seconds, 2),
                "second_run_changed": again.changed,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            }
        )
    )


if __name__ == "__main__":
    main()
