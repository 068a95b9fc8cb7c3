"""`newsgraph export {articles,actors,quotes,events}` in JSON Lines, CSV and Parquet."""

from __future__ import annotations

import csv
import json
import math

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.export import tables
from newsgraph.store import SQLiteStore
from newsgraph.store.actor_rows import ActorFilter, QuoteFilter
from newsgraph.store.base import ArticleFilter
from newsgraph.store.event_rows import EventFilter
from tests.conftest import SAMPLES
from tests.live import DASHBOARD_ARTICLES, build_database

KINDS = ("articles", "actors", "quotes", "events")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "export.db"
    build_database(path, SAMPLES, DASHBOARD_ARTICLES)
    return path


@pytest.fixture(scope="module")
def expected(db):
    store = SQLiteStore.open(db)
    counts = {
        "articles": len(list(store.articles(ArticleFilter()))),
        "actors": len(store.actors(ActorFilter())),
        "quotes": len(store.quotes(QuoteFilter())),
        "events": len(store.events(EventFilter(min_confidence=DEFAULT_MIN_CONFIDENCE))),  # what the views show
    }
    store.close()
    assert all(counts.values()), counts
    return counts


def export(db, kind, fmt, out=None, *extra):
    arguments = ["export", kind, "--db", str(db), "--format", fmt, *extra]
    if out is not None:
        arguments += ["--out", str(out)]
    return CliRunner().invoke(cli, arguments)


@pytest.mark.parametrize("kind", KINDS)
def test_jsonl_and_csv_hold_every_row(db, expected, kind, tmp_path):
    result = export(db, kind, "jsonl", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(records) == expected[kind]
    result = export(db, kind, "csv", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    with (tmp_path / "out.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected[kind]
    key = "event_id" if kind == "events" else "id"
    assert [str(row[key]) for row in rows] == [str(record[key]) for record in records]


@pytest.mark.parametrize("kind", KINDS)
def test_parquet_is_typed_and_complete(db, expected, kind, tmp_path):
    result = export(db, kind, "parquet", tmp_path / "out.parquet")
    assert result.exit_code == 0, result.output
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == expected[kind]
    assert table.schema.names == list(tables.KINDS[kind][0])
    if kind == "events":
        located = [row for row in table.to_pylist() if row["lat"] is not None]
        assert located and all(isinstance(row["lat"], float) and math.isfinite(row["lon"]) for row in located)
        for row in table.to_pylist():
            evidence = json.loads(row["evidence"])
            assert evidence and {"article_id", "start", "end", "fields"} <= set(evidence[0])
    if kind == "actors":
        xi = next(row for row in table.to_pylist() if row["name"] == "Xi Jinping")
        assert {"Xi", "Xi Jinping"} <= set(json.loads(xi["aliases"]))


def test_parquet_is_written_in_batches(db, expected, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "BATCH_ROWS", 4)
    result = export(db, "events", "parquet", tmp_path / "events.parquet")
    assert result.exit_code == 0, result.output
    metadata = pq.ParquetFile(tmp_path / "events.parquet").metadata
    assert metadata.num_row_groups == math.ceil(expected["events"] / 4)


def test_event_filters_apply_to_exports(db, tmp_path):
    result = export(db, "events", "jsonl", tmp_path / "fights.jsonl", "--type", "FIGHT", "--country", "UKR")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "fights.jsonl").read_text().splitlines()]
    assert records and all(r["plover_type"] == "FIGHT" and r["location"]["country"] == "UKR" for r in records)


@pytest.mark.parametrize("kind", ("articles", "actors", "quotes"))
def test_geojson_is_for_events_only(db, kind):
    result = export(db, kind, "geojson")
    assert result.exit_code == 2 and "only `export events`" in result.output


def test_parquet_needs_a_file(db, tmp_path):
    result = export(db, "actors", "parquet")
    assert result.exit_code == 2 and "--out" in result.output
    assert not list(tmp_path.iterdir())
