"""The CLI as a user runs it: real commands against a real temporary database."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def db(tmp_path, samples_dir) -> str:
    path = str(tmp_path / "cli.db")
    result = CliRunner().invoke(cli, ["ingest", str(samples_dir), "--db", path, "--quiet"])
    assert result.exit_code == 0, result.output
    assert re.search(r"articles new\s*│\s*6", result.output)
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_articles_json_fields(db):
    rows = [json.loads(line) for line in run("articles", "--db", db, "--json").splitlines()]
    assert len(rows) == 6
    required = {
        "id",
        "source_path",
        "page_id",
        "title",
        "publisher",
        "published_at",
        "language",
        "text",
        "duplicate_of",
    }
    assert all(required <= row.keys() for row in rows)
    scmp = [
        json.loads(line)
        for line in run("articles", "--db", db, "--json", "--publisher", "south china morning post").splitlines()
    ]
    assert len(scmp) == 2
    assert len(run("articles", "--db", db, "--json", "--limit", "2").splitlines()) == 2


def test_cli_show_lists_removals_and_provenance(db):
    article_id = next(
        json.loads(line)["id"]
        for line in run("articles", "--db", db, "--json").splitlines()
        if json.loads(line)["title"] and "Live Updates" in json.loads(line)["title"]
    )
    output = run("show", article_id, "--db", db)
    assert "view_counter" in output and "by -710 Views" in output
    assert "source_footer" in output and "004_1dac9c10fd8bfb8f.txt" in output
    shown = json.loads(run("show", article_id, "--db", db, "--json"))
    assert shown["publisher"] == "nytimes.com" and shown["locations"][0]["raw_sha256"]
    missing = CliRunner().invoke(cli, ["show", "nope", "--db", db])
    assert missing.exit_code != 0 and "no article 'nope'" in missing.output


def test_cli_search_and_rejected(db, tmp_path):
    hits = [json.loads(line) for line in run("search", "drone strike dormitories", "--db", db, "--json").splitlines()]
    assert hits and "[dormitories]" in hits[0]["snippet"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", "utf-8")
    assert CliRunner().invoke(cli, ["ingest", str(bad), "--db", db, "--quiet"]).exit_code == 1  # all rejected
    rejected = [json.loads(line) for line in run("rejected", "--db", db, "--json").splitlines()]
    assert rejected == [rejected[0]] and rejected[0]["reason"] == "invalid JSON" and rejected[0]["locator"] == "line 1"


def test_cli_library_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["articles", "--db", "postgresql://x/y"])
    assert result.exit_code == 1 and "error:" in result.output and "Traceback" not in result.output


def test_cli_console_markup_in_article_text_is_not_interpreted(tmp_path):
    page = tmp_path / "markup.txt"
    page.write_text(
        "[bold red]Injected[/bold red] text about a strike on Kyiv that officials confirmed on Monday.\n", "utf-8"
    )
    db = str(tmp_path / "m.db")
    run("ingest", str(page), "--db", db, "--quiet")
    article_id = json.loads(run("articles", "--db", db, "--json"))["id"]
    assert "[bold red]Injected[/bold red]" in run("show", article_id, "--db", db)


def test_cli_every_command_is_documented_in_readme():
    readme = README.read_text("utf-8")
    commands = [name for name in cli.commands if name != "eval"]
    commands += [f"eval {name}" for name in cli.commands["eval"].commands]
    for name in commands:
        assert f"newsgraph {name}" in readme, f"README does not document `newsgraph {name}`"


def test_cli_events_sort_and_partner(db):
    def events(*options: str) -> list[dict]:
        output = run("events", "--db", db, "--json", "--min-confidence", "0", *options)
        return [json.loads(line) for line in output.splitlines()]

    newest, confident = events(), events("--sort", "confident")
    assert sorted(event["event_id"] for event in newest) == sorted(event["event_id"] for event in confident)
    confidences = [event["confidence"] for event in confident]
    assert confidences == sorted(confidences, reverse=True) and confidences != [e["confidence"] for e in newest]
    pair = next(e for e in newest if (e["actor1"] or {}).get("country") and (e["actor2"] or {}).get("country"))
    countries = pair["actor1"]["country"], pair["actor2"]["country"]
    between = events("--actor", countries[0], "--partner", countries[1])
    assert pair["event_id"] in {event["event_id"] for event in between}
    for event in between:
        assert {(event["actor1"] or {}).get("country"), (event["actor2"] or {}).get("country")} >= set(countries)
