"""Rules versions and language routing: a database says which rules made what it holds, redoes
only what older rules made when asked, and does not run English rules on other languages."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

import newsgraph.analysis.versions as versions
from newsgraph.analysis.stage import analyse_store
from newsgraph.analysis.versions import rules_version
from newsgraph.cli.main import cli
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore

ENGLISH = (
    "Police arrested two men in Delhi on Monday after clashes near the market, officials said. "
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday."
)
FRENCH = (
    "La police a arrêté deux hommes à Lyon lundi après des affrontements près du marché, ont indiqué "
    "les autorités. Le président chinois Xi Jinping a rencontré le président russe à Moscou mardi."
)


def _info(db: Path) -> dict:
    result = CliRunner().invoke(cli, ["info", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_info_names_the_rules_that_made_each_analysis_and_stale_ones_are_redone_only_on_request(
    tmp_path: Path, samples_dir: Path
):
    db = tmp_path / "news.db"
    ingest([str(samples_dir)], db)
    store = SQLiteStore.open(db)
    assert analyse_store(store).articles == 6
    store.close()
    info = _info(db)
    assert info["rules_version"] == rules_version() and info["stale_articles"] == 0
    assert [(item["articles"], item["current"]) for item in info["analyses"]] == [(6, True)]
    assert all(item["current"] for item in info["event_reports"]) and info["counts"]["event_reports"] > 0

    with sqlite3.connect(db) as connection:  # as a database made by an earlier release looks
        connection.execute("UPDATE nlp_state SET rules_version = '0123456789ab' WHERE rowid % 2 = 0")
        connection.execute("UPDATE event_reports SET rules_version = '0123456789ab'")
    info = _info(db)
    assert info["stale_articles"] == 3 and {item["current"] for item in info["event_reports"]} == {False}

    runner = CliRunner()
    plain = runner.invoke(cli, ["process", "--db", str(db)])
    assert plain.exit_code == 0 and "analysed 0 articles" in plain.output
    assert "3 article(s) were analysed by older rules" in plain.output
    stale = runner.invoke(cli, ["process", "--db", str(db), "--stale"])
    assert stale.exit_code == 0 and "analysed 3 articles" in stale.output
    info = _info(db)
    assert info["stale_articles"] == 0 and [item["articles"] for item in info["analyses"]] == [6]
    table = runner.invoke(cli, ["info", "--db", str(db)])
    assert rules_version() in table.output and "current" in table.output


def test_the_rules_version_changes_with_any_rule_file(tmp_path: Path, monkeypatch):
    root = tmp_path / "newsgraph"
    for package in versions.RULE_PACKAGES:
        shutil.copytree(versions.PACKAGE_ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "PACKAGE_ROOT", root)
    versions.rules_version.cache_clear()
    try:
        before = versions.rules_version()
        assert before == rules_version.__wrapped__()  # same files, same version
        triggers = root / "events" / "rules" / "en" / "triggers.toml"
        triggers.write_text(triggers.read_text(encoding="utf-8") + "\n# one more comment\n", encoding="utf-8")
        versions.rules_version.cache_clear()
        assert versions.rules_version() != before
    finally:
        versions.rules_version.cache_clear()


def test_an_article_in_a_language_without_rules_is_skipped_with_its_reason(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "fr.txt").write_text(FRENCH, encoding="utf-8")
    lines = [json.dumps({"id": "de-1", "text": ENGLISH.replace("Delhi", "Berlin"), "language": "de"})]
    (tmp_path / "in" / "declared.jsonl").write_text("\n".join(lines), encoding="utf-8")
    db = tmp_path / "news.db"
    ingest([str(tmp_path / "in")], db)
    store = SQLiteStore.open(db)
    summary = analyse_store(store)
    assert (summary.articles, summary.skipped, summary.failed) == (1, 2, 0)
    rejections = store.rejections()
    assert [(row.locator, row.reason) for row in rejections] == [("language", "not analysed")] * 2
    reasons = sorted(row.detail for row in rejections)
    assert "'de'" in reasons[0] and "'fr'" in reasons[1] and "rules exist for: en" in reasons[0]
    assert analyse_store(store).skipped == 0  # recorded: not tried again on every run
    store.close()
    with sqlite3.connect(db) as connection:
        analysed = connection.execute("SELECT DISTINCT article_id FROM mentions").fetchall()
        outcomes = connection.execute("SELECT outcome, COUNT(*) FROM nlp_state GROUP BY outcome ORDER BY 1").fetchall()
    assert len(analysed) == 1 and outcomes == [("analysed", 1), ("skipped", 2)]
