"""The analysis in worker processes stores exactly what the in-process run stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsgraph.analysis.stage import analyse_store
from newsgraph.executor import ProcessPoolExecutor
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore

# Every analysis table (tests/test_ray_executor.py compares the same ones), without the columns
# that hold the time of the run.
TABLES = {
    "nlp_state": "article_id, version, rules_version, outcome",
    "sentences": "*",
    "mentions": "*",
    "quotes": "*",
    "claims": "*",
    "actors": "actor_id, key, kind, name, country",
    "actor_roles": "*",
    "actor_evidence": "*",
    "event_reports": "*",
}


def stored_tables(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
            for table, columns in TABLES.items()
        }


def test_two_worker_processes_store_the_same_tables_as_one_process(tmp_path: Path, samples_dir: Path):
    results = {}
    for name, executor in (("in-process", None), ("two workers", ProcessPoolExecutor(2))):
        db = tmp_path / f"{name}.db"
        ingest([str(samples_dir)], db)
        store = SQLiteStore.open(db)
        try:
            summary = analyse_store(store, executor=executor)
        finally:
            store.close()
            if executor is not None:
                executor.close()
        assert summary.articles == 6 and summary.merge is not None
        results[name] = stored_tables(db)
    assert results["in-process"]["event_reports"] and results["in-process"]["mentions"]
    for table in TABLES:
        assert results["two workers"][table] == results["in-process"][table], table
