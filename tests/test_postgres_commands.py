"""The commands and the HTTP API on a PostgreSQL database give what they give on SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from tests.live import DASHBOARD_ARTICLES, start_server, stop_server
from tests.postgres_server import fresh_database


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def databases(postgres_server: str, samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    sqlite = str(tmp_path_factory.mktemp("commands") / "reference.db")
    postgres = fresh_database(postgres_server, "commands")
    for db in (sqlite, postgres):
        _run("ingest", str(samples_dir), str(DASHBOARD_ARTICLES), "--db", db, "--quiet")
    return sqlite, postgres


@pytest.mark.parametrize(
    "command",
    [
        ["articles", "--json"],
        ["actors", "--json"],
        ["quotes", "--json"],
        ["claims", "--json"],
        ["events", "--json", "--min-confidence", "0"],
        ["events", "--json", "--type", "ASSAULT", "--country", "UKR"],
        ["events", "--json", "--near", "49.99,36.23,50"],
        ["rejected", "--json"],
        ["stories", "--json"],
    ],
)
def test_a_command_prints_the_same_on_both_backends(databases: tuple[str, str], command: list[str]):
    sqlite, postgres = databases
    lines = {db: _run(*command, "--db", db).splitlines() for db in (sqlite, postgres)}
    assert lines[postgres] == lines[sqlite]


def test_exports_and_search_on_postgresql(databases: tuple[str, str], tmp_path: Path):
    _sqlite, postgres = databases
    out = tmp_path / "events.geojson"
    _run("export", "events", "--format", "geojson", "--out", str(out), "--db", postgres)
    assert json.loads(out.read_text())["features"]
    hits = [json.loads(line) for line in _run("search", "Kharkiv shelling", "--json", "--db", postgres).splitlines()]
    assert hits and "Kharkiv" in hits[0]["title"]
    with_password = postgres.replace("postgres@", "postgres:s3cret@")  # trust auth ignores it
    shown = _run("info", "--db", with_password)
    assert "postgresql://postgres:***@127.0.0.1" in shown and "s3cret" not in shown


def test_the_api_serves_a_postgresql_database(databases: tuple[str, str], tmp_path: Path):
    sqlite, postgres = databases
    servers = {db: start_server(db, tmp_path / f"{name}.log") for name, db in (("sqlite", sqlite), ("pg", postgres))}
    try:
        for path, params in (
            ("/api/events", {"limit": 5}),
            ("/api/events", {"type": "ASSAULT", "min_confidence": 0}),
            ("/api/timeline", {"interval": "week"}),
            ("/api/relations", {}),
            ("/api/actors", {"type": "person"}),
            ("/api/stats", {}),
            ("/api/stories", {}),
            ("/api/stories/1", {}),
        ):
            answers = [server.ok(path, **params) for server in servers.values()]
            assert answers[1] == answers[0], path
        event = servers[postgres].ok("/api/events", limit=1)["items"][0]
        assert servers[postgres].ok(f"/api/events/{event['event_id']}")["event_id"] == event["event_id"]
        assert servers[postgres].get("/api/events/no-such-event")[0] == 404
    finally:
        for server in servers.values():
            stop_server(server)
