"""Stories in the store: every article gets one, later articles join earlier stories, the
commands and the API show them with their events and each source's figures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.analysis.stories import assign_stories
from newsgraph.cli.main import cli
from newsgraph.store import SQLiteStore
from tests.live import DASHBOARD_ARTICLES, start_server, stop_server
from tests.test_stories import FIRES  # two fires five years apart and a markets story

FOLLOW_UP = {
    "id": "wire-follow-up",
    "title": "Odesa drone strike toll rises",
    "publisher": "Another Wire",
    "published_at": "2024-03-21T08:00:00Z",
    "text": "A Russian drone strike on an apartment building in Odesa on Wednesday killed eight people, "
    "officials said on Thursday, as rescue teams searched the rubble of the apartment block for a second "
    "day.",
}


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def db(tmp_path: Path, samples_dir: Path) -> str:
    path = str(tmp_path / "stories.db")
    output = _run("ingest", str(samples_dir), str(DASHBOARD_ARTICLES), "--db", path)
    assert "grouped" in output and "articles into stories" in output
    return path


def _stories(db: str) -> list[dict]:
    return [json.loads(line) for line in _run("stories", "--json", "--db", db).splitlines()]


def test_every_article_is_in_one_story_and_a_rerun_changes_nothing(db: str):
    stories = _stories(db)
    articles = [json.loads(line) for line in _run("articles", "--json", "--db", db).splitlines()]
    assert sum(story["articles"] for story in stories) == len(articles)
    again = _run("process", "--db", db)
    assert "grouped" not in again
    assert _stories(db) == stories


def test_a_later_report_joins_its_story_and_the_story_shows_each_sources_figures(db: str, tmp_path: Path):
    before = {story["story_id"]: story for story in _stories(db)}
    odesa = next(story for story in before.values() if "Odesa" in (story["title"] or ""))
    follow_up = tmp_path / "follow_up.jsonl"
    follow_up.write_text(json.dumps(FOLLOW_UP) + "\n", encoding="utf-8")
    assert "0 new, 1 joined" in _run("ingest", str(follow_up), "--db", db)
    detail = json.loads(_run("story", str(odesa["story_id"]), "--json", "--db", db))
    assert [article["title"] for article in detail["articles"]][-1] == FOLLOW_UP["title"]
    assert detail["articles"][0]["opened"] and not detail["articles"][-1]["opened"]
    assert {figure["publisher"] for figure in detail["figures"]} >= {"Another Wire"}
    assert detail["events"]
    # the two reports of the strike are one event, its toll reconciled: 5 first, then 8
    strike = next(event for event in detail["events"] if len(event["article_ids"]) == 2)
    assert [figure["killed"] for figure in strike["figures"]] == [5, 8]
    assert strike["fatalities"] == 8 and strike["fatalities_range"] == [5, 8]
    assert strike["fatalities_source"] == detail["articles"][-1]["article_id"]
    assert "Odesa drone strike toll rises" in _run("story", str(odesa["story_id"]), "--db", db)


def test_stories_filters_and_errors(db: str):
    assert all(story["articles"] >= 2 for story in _stories_with(db, "--min-articles", "2"))
    assert all(story["last_day"] >= "2024-04-01" for story in _stories_with(db, "--since", "2024-04-01"))
    assert _stories_with(db, "--country", "UKR")
    result = CliRunner().invoke(cli, ["story", "99999", "--db", db])
    assert result.exit_code == 1 and "no story 99999" in result.output


def _stories_with(db: str, *options: str) -> list[dict]:
    return [json.loads(line) for line in _run("stories", "--json", "--db", db, *options).splitlines()]


def test_the_api_lists_stories_and_shows_one(db: str, tmp_path: Path):
    server = start_server(db, tmp_path / "server.log")
    try:
        stories = server.all_items("/api/stories")
        assert stories and stories == [{key: story[key] for key in stories[0]} for story in _stories(db)]
        detail = server.ok(f"/api/stories/{stories[0]['story_id']}")
        assert detail["article_list"] and detail["story_id"] == stories[0]["story_id"]
        assert server.get("/api/stories/99999")[0] == 404
        assert server.get("/api/stories", since="2024-02-30")[0] == 400
    finally:
        stop_server(server)


def test_one_run_groups_at_a_time_and_a_dead_runs_lease_is_taken_over(tmp_path: Path, samples_dir: Path):
    from newsgraph.analysis.claims import new_claimant
    from newsgraph.analysis.stories import assign_stories
    from newsgraph.pipeline import ingest
    from newsgraph.store import SQLiteStore

    db = tmp_path / "lease.db"
    ingest([str(samples_dir)], db)
    store = SQLiteStore.open(db)
    try:
        assert store.take_story_lease(new_claimant(), stale_after="2000-01-01", gone=lambda holder: False)
        busy = assign_stories(store)  # another (live) run holds the lease
        assert busy.busy and busy.articles == 0
        with store.transaction():  # a run on another machine: its lease lasts until the timeout
            store._db.execute("UPDATE story_lease SET holder = 'other-host:1:x'")
        assert assign_stories(store).busy
        with store.transaction():
            store._db.execute("UPDATE story_lease SET taken_at = '2000-01-01T00:00:00+00:00'")
        grouped = assign_stories(store)
        assert not grouped.busy and grouped.articles == 6
        assert store._db.execute("SELECT COUNT(*) FROM story_lease").fetchone()[0] == 0
    finally:
        store.close()


def test_dropping_closed_stories_on_the_way_changes_no_assignment(tmp_path: Path):
    """Grouping years of news drops from memory the stories no article left can join; the
    stories found are those of a run that keeps every story."""
    published = {"banstead": "2008-12-13", "wellington": "2013-07-21", "markets": "2013-07-23"}
    rows = [
        {"id": key, "title": key, "published_at": published[key.split("-")[0]] + "T09:00:00Z", "text": text * 3}
        for key, text in FIRES.items()
    ]
    source = tmp_path / "fires.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    found = []
    for name, evict_every in (("kept.db", 10**6), ("dropped.db", 1)):
        path = tmp_path / name
        _run("ingest", str(source), "--db", str(path), "--no-nlp", "--quiet")
        store = SQLiteStore.open(path)
        summary = assign_stories(store, batch_size=1, evict_every=evict_every)
        store.close()
        assert summary.articles == len(rows)
        assert summary.evicted_stories == (1 if evict_every == 1 else 0)  # the Banstead fire, once Wellington's came
        connection = sqlite3.connect(path)
        found.append(connection.execute("SELECT article_id, story_id, score FROM story_articles ORDER BY 1").fetchall())
        connection.close()
    assert found[0] == found[1] and len({story for _, story, _ in found[0]}) == 3
