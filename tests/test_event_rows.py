"""The `events` rows (each event's shown report) are kept at write time and always agree with
the definition: per event id, the most confident report, then the earliest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newsgraph.analysis.merging import merge_events
from newsgraph.analysis.stage import analyse_store
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore
from newsgraph.store.event_rows import EventFilter

DEFINITION = """SELECT event_id, report_id, COALESCE(date, '') FROM (
    SELECT event_id, report_id, date,
           ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY confidence DESC, report_id) AS rank
    FROM event_reports) WHERE rank = 1 ORDER BY 1"""


def _agree(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        kept = connection.execute("SELECT event_key, shown_report, sort_date FROM events ORDER BY 1").fetchall()
        defined = connection.execute(DEFINITION).fetchall()
    assert kept == defined
    return kept


def _story(folder: Path, names: list[str]) -> Path:
    texts = {
        "a": "On 22 March 2023, a Russian drone strike on dormitories in Rzhyshchiv killed 4 people.",
        "b": "On 22 March 2023, a Russian drone strike hit dormitories in Rzhyshchiv, and 4 people were killed.",
        "c": "Protesters marched in Kyiv on 23 March 2023 to demand more air defence.",
    }
    path = folder / "story.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": name, "text": texts[name], "published_at": "2023-03-22"}) for name in names),
        encoding="utf-8",
    )
    return path


def test_event_rows_follow_analysis_reanalysis_and_merging(tmp_path: Path, samples_dir: Path):
    db = tmp_path / "news.db"
    ingest([str(samples_dir), str(_story(tmp_path, ["a", "b", "c"]))], db)
    store = SQLiteStore.open(db)
    analyse_store(store)
    rows = _agree(db)
    assert len(rows) == store.event_counts()["events"] and len(rows) > 10
    listed = [event.event_id for event in store.events(EventFilter())]
    newest_first = store._db.execute(
        f"SELECT event_id FROM ({DEFINITION}) JOIN event_reports USING (event_id, report_id)"
        " ORDER BY date IS NULL, date DESC, event_id"
    ).fetchall()
    assert listed == [row[0] for row in newest_first]  # newest first, undated last
    analyse_store(store, reprocess=True)
    _agree(db)
    with store.transaction():  # split every event into its own reports, as an older merge might have left it
        store._db.execute("UPDATE event_reports SET event_id = 'ev-' || report_id")
        store._db.execute("DELETE FROM events")
        store._db.execute("INSERT INTO events SELECT event_id, report_id, COALESCE(date, '') FROM event_reports")
    assert merge_events(store).changed > 0
    _agree(db)
    assert merge_events(store).changed == 0
    store.close()


def test_the_migration_fills_the_event_rows_of_an_older_database(tmp_path: Path, samples_dir: Path):
    db = tmp_path / "news.db"
    ingest([str(samples_dir)], db)
    store = SQLiteStore.open(db)
    analyse_store(store)
    before = _agree(db)
    store.close()
    with sqlite3.connect(db) as connection:  # the database as schema version 4 left it
        connection.executescript(
            """DROP TABLE story_articles; DROP TABLE stories; DROP TABLE story_terms; DROP TABLE story_lease;
               DROP TABLE events; DROP INDEX event_reports_by_country; DROP INDEX event_reports_by_actor1;
               DROP INDEX event_reports_by_actor2; DROP INDEX event_reports_by_place; DROP TABLE analysis_claims;
               DELETE FROM schema_migrations WHERE version >= 5;"""
        )
    SQLiteStore.open(db).close()
    assert _agree(db) == before


def test_unresolved_parties_of_different_countries_are_different_relations(tmp_path: Path):
    """Russian and Ukrainian "soldiers" (no stored actor, one name) are two parties, not one."""
    store = SQLiteStore.open(tmp_path / "news.db", create=True)
    store._db.execute("PRAGMA foreign_keys = OFF")  # reports naming no stored article or actor
    rows = [
        ("ev-1", "a", "soldiers", "RUS", "troops", "UKR"),
        ("ev-2", "b", "soldiers", "UKR", "troops", "RUS"),
        ("ev-3", "c", "soldiers", "UKR", "troops", "RUS"),
    ]
    with store.transaction():
        store._db.executemany(
            """INSERT INTO event_reports (event_id, article_id, sentence, start, "end", trigger_text, plover_type,
                   actor1_name, actor1_country, actor1_kind, actor2_name, actor2_country, actor2_kind,
                   confidence, evidence_json)
               VALUES (?, ?, 0, 0, 1, 'attacked', 'FIGHT', ?, ?, 'military', ?, ?, 'military', 0.9, '{}')""",
            rows,
        )
        store._db.execute(
            "INSERT INTO events (event_key, shown_report, sort_date) SELECT event_id, report_id, '' FROM event_reports"
        )
    relations = store.event_relations(EventFilter())
    store.close()
    pairs = {(row.source["country"], row.target["country"]): row.conflict for row in relations}
    assert pairs == {("RUS", "UKR"): 1, ("UKR", "RUS"): 2}
