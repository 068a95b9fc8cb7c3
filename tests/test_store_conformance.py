"""Both backends answer alike: the same inputs ingested and analysed into SQLite and into a real
PostgreSQL give the same rows for every read the CLI, the API and the exports make.

SQLite is the reference (the rest of the suite pins its answers); PostgreSQL must match it read
for read. Full-text search is the one declared difference (English stemming on PostgreSQL), so
there PostgreSQL must find at least what SQLite finds.
"""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from newsgraph.analysis.stage import ANALYSIS_VERSION, analyse_store
from newsgraph.analysis.stories import assign_stories
from newsgraph.api.deps import read
from newsgraph.errors import ReadTooLong
from newsgraph.pipeline import ingest
from newsgraph.store import ArticleFilter, PostgresStore, SQLiteStore, TableStore, open_store
from newsgraph.store.actor_rows import ActorFilter, QuoteFilter
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.sql_stories import StoryFilter
from tests.live import DASHBOARD_ARTICLES
from tests.postgres_server import fresh_database

BAD_INPUTS = {"empty.txt": b"", "binary.txt": b"\x00\x01\x02" * 100, "broken.jsonl": b'{"text": "unterminated\n'}


def _fill(store: TableStore, samples_dir: Path, bad_folder: Path) -> None:
    ingest([str(samples_dir), str(DASHBOARD_ARTICLES), str(bad_folder)], store)
    summary = analyse_store(store)
    assert summary.articles >= 10 and summary.events > 0
    assert summary.stories is not None and summary.stories.articles == summary.articles


@pytest.fixture(scope="module")
def backends(postgres_server: str, samples_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("conformance")
    bad = folder / "bad"
    bad.mkdir()
    for name, content in BAD_INPUTS.items():
        (bad / name).write_bytes(content)
    sqlite = SQLiteStore.open(folder / "reference.db", create=True)
    postgres = open_store(fresh_database(postgres_server, "conformance"))
    assert isinstance(postgres, PostgresStore)
    for store in (sqlite, postgres):
        _fill(store, samples_dir, bad)
    yield sqlite, postgres, (samples_dir, bad)
    sqlite.close()
    postgres.close()


def _plain(value: Any) -> Any:
    """Rows as plain data (dataclasses to dicts), ingest and analysis times left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if not key.endswith(("_seen_at", "ingested_at"))}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


EVENT_FILTERS = [
    EventFilter(),
    EventFilter(type="ASSAULT"),
    EventFilter(type="explosions/remote violence"),
    EventFilter(actor="RUS"),
    EventFilter(actor="russia"),
    EventFilter(actor="1"),
    EventFilter(country="UKR"),
    EventFilter(since="2024-03-15"),
    EventFilter(since="2024-03-01", until="2024-03-20"),
    EventFilter(near=(49.99, 36.23, 50.0)),
    EventFilter(bbox=(44.0, 22.0, 53.0, 41.0)),
    EventFilter(min_confidence=0.5),
    EventFilter(type="material conflict"),
    EventFilter(actor="russia", partner="ukrain"),
    EventFilter(order="oldest"),
    EventFilter(order="deadliest"),
    EventFilter(order="confident"),
    EventFilter(limit=3, offset=2),
]


def test_articles_pages_and_rejections_read_alike(backends):
    sqlite, postgres, _inputs = backends
    assert postgres.counts() == sqlite.counts()
    for query in (
        ArticleFilter(),
        ArticleFilter(publisher="test wire"),
        ArticleFilter(since="2024-03-15", until="2024-04-02"),
        ArticleFilter(unique_only=True, limit=2, offset=1),
    ):
        assert _plain(list(postgres.articles(query))) == _plain(list(sqlite.articles(query))), query
    for row in sqlite.articles(ArticleFilter()):
        assert _plain(postgres.article(row.id)) == _plain(row)
        assert postgres.removals(row.id) == sqlite.removals(row.id)
        assert postgres.locations(row.page_id) == sqlite.locations(row.page_id)
        assert postgres.duplicates_of(row.id) == sqlite.duplicates_of(row.id)
    rejected = _plain(sqlite.rejections())
    assert len(rejected) == len(BAD_INPUTS)
    assert _plain(postgres.rejections()) == rejected


def test_actors_quotes_and_claims_read_alike(backends):
    sqlite, postgres, _inputs = backends
    assert postgres.nlp_counts() == sqlite.nlp_counts()
    for query in (ActorFilter(), ActorFilter(kind="person"), ActorFilter(country="RUS"), ActorFilter(name="PUTIN")):
        assert _plain(postgres.actors(query)) == _plain(sqlite.actors(query)), query
    for actor in sqlite.actors(ActorFilter(limit=10)):
        assert _plain(postgres.actor(actor.id)) == _plain(actor)
        assert postgres.actor_evidence(actor.id) == sqlite.actor_evidence(actor.id)
        assert postgres.actor_articles(actor.id) == sqlite.actor_articles(actor.id)
    for query in (QuoteFilter(), QuoteFilter(include_fragments=True), QuoteFilter(speaker="xi")):
        assert _plain(postgres.quotes(query)) == _plain(sqlite.quotes(query)), query
    assert _plain(postgres.claims()) == _plain(sqlite.claims())
    assert postgres.mentions("wire-003") == sqlite.mentions("wire-003")


def _article_titled(store: TableStore, title: str) -> str:
    return next(row.id for row in store.articles(ArticleFilter()) if row.title == title)


def test_events_and_their_summaries_read_alike(backends):
    sqlite, postgres, _inputs = backends
    assert postgres.event_counts(0.5) == sqlite.event_counts(0.5)
    kharkiv = _article_titled(sqlite, "Shelling kills three in Kharkiv")
    assert sqlite.events(EventFilter(article_id=kharkiv))
    for query in [*EVENT_FILTERS, EventFilter(article_id=kharkiv)]:
        expected = _plain(sqlite.events(query))
        assert _plain(postgres.events(query)) == expected, query
        assert _plain(postgres.event_span(query)) == _plain(sqlite.event_span(query)), query
        assert _plain(postgres.event_relations(query)) == _plain(sqlite.event_relations(query)), query
    assert sqlite.events(EventFilter(near=(49.99, 36.23, 50.0)))  # the filters are not all empty
    for interval in ("day", "week", "month", "year"):
        for by in ("plover", "acled"):
            expected = sqlite.event_timeline(EventFilter(), interval, by)
            assert postgres.event_timeline(EventFilter(), interval, by) == expected, (interval, by)
    assert sqlite.event_timeline(EventFilter(), "week")
    first_id = sqlite.events(EventFilter(limit=1))[0].event_id
    assert _plain(postgres.event(first_id)) == _plain(sqlite.event(first_id))
    # keyset pages walk the same events in the same order, in every sort
    for order in ("newest", "oldest", "deadliest", "confident"):
        pages: dict[str, list[str]] = {}
        for name, store in (("sqlite", sqlite), ("postgresql", postgres)):
            after, seen = None, []
            while True:
                rows, after = store.event_page(EventFilter(after=after, order=order), 4)
                seen += [row.event_id for row in rows]
                if after is None:
                    break
            pages[name] = seen
        assert pages["postgresql"] == pages["sqlite"] and len(pages["sqlite"]) > 4, order
    assert [list(block) for block in postgres.report_key_blocks()] == [
        list(block) for block in sqlite.report_key_blocks()
    ]


def test_stories_read_alike(backends):
    sqlite, postgres, _inputs = backends
    assert postgres.story_counts() == sqlite.story_counts()
    for query in (
        StoryFilter(),
        StoryFilter(min_articles=2),
        StoryFilter(order="articles"),
        StoryFilter(since="2024-03-15"),
        StoryFilter(actor="RUS"),
    ):
        assert _plain(postgres.stories(query)) == _plain(sqlite.stories(query)), query
    for story in sqlite.stories(StoryFilter()):
        assert postgres.story_articles(story.story_id) == sqlite.story_articles(story.story_id)
        assert postgres.story_figures(story.story_id) == sqlite.story_figures(story.story_id)
        assert _plain(postgres.events(EventFilter(story_id=story.story_id))) == _plain(
            sqlite.events(EventFilter(story_id=story.story_id))
        )
    assert assign_stories(postgres).articles == 0  # nothing left to assign


def test_search_finds_at_least_what_sqlite_finds(backends):
    sqlite, postgres, _inputs = backends
    for query in ("Kharkiv", "drone strike", "Xi Putin"):
        expected = {hit.article_id for hit in sqlite.search(query)}
        found = postgres.search(query)
        assert expected and expected <= {hit.article_id for hit in found}, query
        assert any("[" in hit.snippet and "]" in hit.snippet for hit in found)
    odesa = _article_titled(sqlite, "Drone strike on Odesa apartment block")
    assert {hit.article_id for hit in postgres.search('"apartment building" -Kharkiv', raw_syntax=True)} == {odesa}
    assert postgres.search("   ") == []


def test_ingesting_and_analysing_again_changes_nothing(backends):
    sqlite, postgres, (samples_dir, bad) = backends
    before = (postgres.counts(), postgres.nlp_counts(), postgres.event_counts())
    ingest([str(samples_dir), str(DASHBOARD_ARTICLES), str(bad)], postgres)
    assert analyse_store(postgres).articles == 0
    assert (postgres.counts(), postgres.nlp_counts(), postgres.event_counts()) == before
    assert postgres.count_articles_to_analyse(ANALYSIS_VERSION) == 0
    assert postgres.count_articles_to_analyse(ANALYSIS_VERSION, reprocess=True) == sqlite.count_articles_to_analyse(
        ANALYSIS_VERSION, reprocess=True
    )


def test_a_failed_transaction_leaves_nothing_behind(backends):
    _sqlite, postgres, _inputs = backends
    before = postgres.counts()
    with pytest.raises(RuntimeError), postgres.transaction():
        postgres.add_actor(kind="person", name="Rolled Back", country=None)
        raise RuntimeError("stop")
    assert postgres.counts() == before
    assert not postgres.actors(ActorFilter(name="Rolled Back"))
    assert postgres.is_idle()


def test_schema_and_migrations_are_recorded_once(backends, postgres_server: str):
    _sqlite, postgres, _inputs = backends
    assert postgres.schema_version() == SQLiteStore.open(":memory:").schema_version()
    again = open_store(postgres.url)  # a second process opening a migrated database applies nothing
    try:
        assert isinstance(again, PostgresStore) and again.migrate() == []
    finally:
        again.close()


def test_a_wrong_address_is_a_clear_error_without_the_password(postgres_server: str):
    from newsgraph.errors import StoreError

    url = postgres_server.replace("postgres@", "postgres:s3cret@").rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError) as error:
        open_store(url)
    assert "no_such_database" in str(error.value) and "s3cret" not in str(error.value)


def test_a_page_read_through_the_api_helper_is_the_same_on_both(backends):
    """`deps.read` answers a SQLite page on the loop and a PostgreSQL one on a read thread
    (its `quick_read` refuses at once): the page is the same."""
    sqlite, postgres, _inputs = backends
    query = EventFilter(min_confidence=0.0)

    async def page(store: TableStore) -> Any:
        return _plain(await read(store, store.event_page, query, 5))

    expected = asyncio.run(page(sqlite))
    assert expected[0]  # the samples have events
    assert asyncio.run(page(postgres)) == expected
    with pytest.raises(ReadTooLong):
        postgres.quick_read()
