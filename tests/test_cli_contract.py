"""What a script can trust of the CLI: exit codes, messages on stderr, nothing created by mistake."""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli, err, show_library_notices

READ_ONLY_COMMANDS = [
    ["articles"],
    ["show", "x-1"],
    ["search", "strike"],
    ["rejected"],
    ["process"],
    ["actors"],
    ["actor", "Xi"],
    ["quotes"],
    ["claims"],
    ["events"],
    ["event", "ev-0"],
    ["export", "events"],
    ["export", "articles"],
    ["export", "actors"],
    ["export", "quotes"],
    ["serve", "--port", "1"],
]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=lambda command: "-".join(command))
def test_reading_a_missing_database_fails_and_creates_nothing(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = invoke(*command, "--db", str(missing))
    assert result.exit_code == 1, result.output
    assert f"no database at {missing}" in result.stderr
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_missing_database_named_by_environment_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.db"))
    result = invoke("events")
    assert result.exit_code == 1 and "no database at" in result.stderr
    assert not (tmp_path / "env.db").exists()


def test_path_that_matches_nothing_is_named_recorded_and_fails(tmp_path, samples_dir):
    db = str(tmp_path / "n.db")
    pattern = str(tmp_path / "nothing" / "*.txt")
    result = invoke("ingest", pattern, str(samples_dir), "--db", db, "--quiet")
    assert result.exit_code == 1
    assert pattern in result.stderr and "no file, folder or glob match" in result.stderr
    rejected = [json.loads(line) for line in invoke("rejected", "--db", db, "--json").stdout.splitlines()]
    assert [row["source_path"] for row in rejected] == [pattern]
    assert json.loads(invoke("articles", "--db", db, "--json").stdout.splitlines()[0])["id"]  # the rest went in


def test_only_unmatched_paths_fail_even_with_no_batch(tmp_path):
    db = str(tmp_path / "only.db")
    result = invoke("ingest", str(tmp_path / "missing.txt"), "--db", db, "--quiet")
    assert result.exit_code == 1 and "missing.txt" in result.stderr
    assert "missing.txt" in invoke("rejected", "--db", db).stdout


def test_run_whose_every_input_is_rejected_fails(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "broken.jsonl").write_text("{not json\n", "utf-8")
    result = invoke("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "r.db"), "--quiet")
    assert result.exit_code == 1
    assert "every input was rejected (3)" in result.stderr


def test_some_rejected_among_good_inputs_is_success(tmp_path, samples_dir):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    result = invoke("ingest", str(samples_dir), str(tmp_path / "binary.txt"), "--db", str(tmp_path / "s.db"), "--quiet")
    assert result.exit_code == 0, result.output
    assert "rejected" in result.stderr and "binary.txt" in result.stderr


@pytest.fixture
def ingested(tmp_path, samples_dir) -> str:
    db = str(tmp_path / "cli.db")
    assert invoke("ingest", str(samples_dir), "--db", db, "--quiet").exit_code == 0
    return db


@pytest.mark.parametrize(
    ("args", "option", "advice"),
    [
        (["events", "--since", "yesterday"], "--since", "YYYY-MM-DD"),
        (["events", "--since", "2019-13-45"], "--since", "not a calendar date"),
        (["events", "--until", "2024-02-30"], "--until", "not a calendar date"),
        (["events", "--type", "BOGUS"], "--type", "PLOVER type (AGREE"),
        (["events", "--country", "ZZZ"], "--country", "ISO 3166 alpha-3"),
        (["events", "--since", "2024-05-02", "--until", "2024-05-01"], "--until", "before --since"),
        (["export", "events", "--type", "nonsense"], "--type", "ACLED event type"),
        (["articles", "--since", "May 2024"], "--since", "YYYY-MM-DD"),
        (["actors", "--country", "Russia"], "--country", "e.g. UKR"),
        (["export", "actors", "--type", "people"], "--type", "'person'"),
    ],
)
def test_invalid_filter_values_are_refused_with_the_valid_forms(ingested, args, option, advice):
    result = invoke(*args, "--db", ingested)
    assert result.exit_code == 2, result.output
    assert option in result.stderr and advice in result.stderr
    assert result.stdout == ""


def test_valid_filter_values_in_any_letter_case_are_read(ingested):
    armed = invoke("events", "--db", ingested, "--type", "armed CLASH", "--min-confidence", "0", "--json")
    assert armed.exit_code == 0 and armed.stdout
    assert all(json.loads(line)["acled_sub_event_type"] == "Armed clash" for line in armed.stdout.splitlines())
    assert invoke("events", "--db", ingested, "--country", "ukr", "--json").stdout


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["events", "--since", "2090-01-01"], "no events found"),
        (["events", "--since", "2090-01-01", "--json"], "no events found"),
        (["articles", "--publisher", "Nobody", "--json"], "no articles found"),
        (["actors", "--name", "Nobody At All"], "no actors found"),
        (["quotes", "--speaker", "Nobody At All", "--json"], "no quotes found"),
        (["search", "zzzyxq"], "no matches found"),
        (["export", "events", "--country", "ISL"], "no events found"),
    ],
)
def test_an_empty_answer_is_said_on_stderr_and_stdout_stays_clean(ingested, args, what):
    result = invoke(*args, "--db", ingested)
    assert result.exit_code == 0, result.output
    assert what in result.stderr
    assert result.stdout.strip() == ""


def test_long_messages_are_not_wrapped_when_stderr_is_a_file(tmp_path):
    long_dir = tmp_path / ("a-folder-with-a-long-name-" * 4)
    long_dir.mkdir()
    (long_dir / "empty.txt").write_bytes(b"")
    result = invoke("ingest", str(long_dir / "empty.txt"), "--db", str(tmp_path / "w.db"), "--quiet")
    line = next(line for line in result.stderr.splitlines() if "empty.txt" in line)
    assert len(line) > 120 and line.endswith("file has 0 bytes")


def test_library_notices_reach_stderr_unwrapped_and_quiet_silences_them(capsys):
    notice = "building the offline gazetteer index at " + "/cache" * 20 + " (once)"
    with show_library_notices(quiet=False):
        logging.getLogger("newsgraph.geo.gazetteer").info(notice)
    with show_library_notices(quiet=True):
        logging.getLogger("newsgraph.geo.gazetteer").info("hidden")
    captured = capsys.readouterr()
    assert notice in captured.err.splitlines() and "hidden" not in captured.err
    assert err.soft_wrap


def test_events_below_the_default_confidence_are_hidden_unless_asked_for(ingested):
    def confidences(*options: str) -> list[float]:
        result = invoke("events", "--db", ingested, "--json", *options)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["confidence"] for line in result.stdout.splitlines()]

    shown, every = confidences(), confidences("--min-confidence", "0")
    assert shown and all(value >= 0.5 for value in shown)
    assert len(every) > len(shown) and min(every) < 0.5
    assert all(value >= 0.8 for value in confidences("--min-confidence", "0.8"))
    exported = invoke("export", "events", "--db", ingested)  # an export is what the views show
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) == len(shown)
    everything = invoke("export", "events", "--db", ingested, "--min-confidence", "0")
    assert everything.exit_code == 0 and len(everything.stdout.splitlines()) == len(every)
    assert invoke("events", "--db", ingested, "--min-confidence", "1.5").exit_code == 2
