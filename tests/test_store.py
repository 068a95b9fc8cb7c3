"""The SQLite store: migrations, round trips, parameterised queries and full-text search."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.api.deps import StorePool
from newsgraph.errors import ReadTooLong, StoreError
from newsgraph.records import Article, InputFormat, RawDocument, Removal, SourceLocation
from newsgraph.store import ArticleFilter, SQLiteStore, open_store
from newsgraph.store.sqlite import MMAP_BYTES
from newsgraph.store.sqlite_schema import LATEST_VERSION


def _page(sha: str = "ab" * 32) -> RawDocument:
    return RawDocument(SourceLocation("/data/in.jsonl", "line 3", 120, 900), InputFormat.JSONL, sha)


def _article(text: str, title: str | None = "Title", position: int = 0, sha: str = "ab" * 32) -> Article:
    return Article(
        page_id=sha[:16],
        position=position,
        text=text,
        title=title,
        publisher="Example",
        removals=[Removal("ad_marker", "Advertisement", 4)],
        extras={"captions": ["x. Photo: AFP"]},
    )


def test_store_migrations_recorded_and_newer_schema_refused(tmp_path):
    path = tmp_path / "s.db"
    store = SQLiteStore.open(path, create=True)
    assert store.schema_version() == LATEST_VERSION
    assert store.migrate() == []  # nothing left to apply
    store.close()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (LATEST_VERSION + 1, "future", "2030-01-01"))
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="newer than this newsgraph"):
        open_store(path)


def test_store_wal_mode(store):
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_server_reads_pages_through_a_memory_map_and_ingest_does_not(store, tmp_path):
    """A server's many connections share the mapped pages instead of each copying them in; a
    long ingest reads the whole file and would count every mapped page in its resident size."""
    assert store._db.execute("PRAGMA mmap_size").fetchone()[0] == 0
    path = tmp_path / "served.db"
    open_store(path, create=True).close()
    served = StorePool(str(path)).acquire()
    assert served._db.execute("PRAGMA mmap_size").fetchone()[0] == MMAP_BYTES
    served.close()


def test_store_article_round_trip_with_provenance(store):
    with store.transaction():
        store.add_page(_page(), 1)
        store.add_article(_article("Kyiv was hit overnight."), "f" * 64, None)
    row = store.article("abababababababab-0")
    assert (row.text, row.title, row.source_path, row.source_locator) == (
        "Kyiv was hit overnight.",
        "Title",
        "/data/in.jsonl",
        "line 3",
    )
    assert row.extras == {"captions": ["x. Photo: AFP"]}
    assert [(r.rule, r.line_no) for r in store.removals(row.id)] == [("ad_marker", 4)]
    (location,) = store.locations(row.page_id)
    assert (location.byte_offset, location.byte_length, location.raw_sha256) == (120, 900, "ab" * 32)


def test_store_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_page(_page(), 1)
        raise RuntimeError("boom")
    assert not store.has_page("abababababababab")


HOSTILE = [
    "'; DROP TABLE articles; --",
    'Robert"); DELETE FROM pages; --',
    "<script>alert(1)</script>",
    "NEAR(",
    "a OR",
    "*",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_store_search_is_parameterised_and_never_breaks(store, query):
    with store.transaction():
        store.add_page(_page(), 1)
        store.add_article(_article(f"Text that quotes {query} inside a story about Kyiv."), "f" * 64, None)
    store.search(query)
    assert store.counts()["articles"] == 1
    assert store.search("kyiv")[0].article_id == "abababababababab-0"


def test_store_search_ranks_and_snippets(store):
    with store.transaction():
        store.add_page(_page(), 2)
        store.add_article(
            _article("A drone strike hit two college dormitories in Rzhyshchiv.", position=0), "1" * 64, None
        )
        store.add_article(
            _article("Talks on grain exports resumed; a drone was mentioned once.", position=1), "2" * 64, None
        )
    hits = store.search("drone strike dormitories")
    assert [hit.article_id for hit in hits] == ["abababababababab-0"]
    assert "[dormitories]" in hits[0].snippet
    assert len(store.search('"grain exports" OR dormitories', raw_syntax=True)) == 2
    with pytest.raises(StoreError, match="invalid search query"):
        store.search("AND AND", raw_syntax=True)


def test_store_filters(store):
    with store.transaction():
        store.add_page(_page(), 1)
        article = _article("Story.")
        article.published_at = "2023-03-22"
        store.add_article(article, "1" * 64, None)
    assert len(list(store.articles(ArticleFilter(publisher="EXAMPLE", since="2023-03-01")))) == 1
    assert list(store.articles(ArticleFilter(since="2024-01-01"))) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300), title=st.none() | st.text(max_size=40))
def test_store_any_text_round_trips(tmp_path_factory, text, title):
    store = SQLiteStore.open(":memory:")
    with store.transaction():
        store.add_page(_page(), 1)
        store.add_article(_article(text, title), "0" * 64, None)
    row = store.article("abababababababab-0")
    assert (row.text, row.title) == (text, title)
    store.close()


def test_sql_distance_is_null_for_missing_points(store):
    assert store._db.execute("SELECT distance_km(50.0, 30.0, NULL, NULL)").fetchone() == (None,)
    (km,) = store._db.execute("SELECT distance_km(50.45, 30.52, 49.99, 36.23)").fetchone()
    assert 400 < km < 420  # Kyiv to Kharkiv


def test_a_search_over_its_quick_read_budget_is_too_long_not_an_invalid_query(store):
    """The search turns SQLite's errors into "invalid search query": an interruption by
    `quick_read` must still read as a read too long (the API then runs it on a thread)."""
    with store.transaction():
        store.add_page(_page(), 200)
        for position in range(200):
            text = f"Shelling hit the port of Odesa again on day {position}; grain talks went on."
            store.add_article(_article(text, position=position), f"{position:064x}", None)
    with pytest.raises(ReadTooLong), store.quick_read(steps=0):  # stopped at the first check
        store.search("shelling odesa grain", limit=200)
    with pytest.raises(StoreError, match="invalid search query"), store.quick_read():
        store.search('"unclosed', raw_syntax=True)
    assert len(store.search("shelling odesa grain", limit=200)) == 200


def _plans(connection: sqlite3.Connection, sql: str, parameters: tuple = ()) -> list[str]:
    return [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters)]


@pytest.mark.parametrize("table", ["sentences", "mentions", "quotes", "claims", "actor_roles", "actor_evidence"])
def test_replacing_an_articles_analysis_finds_its_rows_by_index(table):
    # A whole-table scan here ran once per analysed article: at 50,000 Reuters articles it took
    # most of the writer's time and analysis fell from 13 to 8 articles/s.
    store = SQLiteStore.open(":memory:")
    plans = _plans(store._db, f"DELETE FROM {table} WHERE article_id = ?", ("x",))
    assert not any(plan.startswith(f"SCAN {table}") for plan in plans), plans


def test_person_candidates_are_looked_up_by_name_not_scanned():
    store = SQLiteStore.open(":memory:")
    executed: list[str] = []
    store._db.set_trace_callback(executed.append)
    store.person_candidates(["fiorina", "carly"])
    store._db.set_trace_callback(None)
    lookup = next(sql for sql in executed if "FROM actors a" in sql)
    plans = _plans(store._db, lookup)
    assert not any(plan.startswith(("SCAN a", "SCAN actors")) for plan in plans), plans
