"""Shared fixtures: the bundled seed pages, temporary stores, and the optional gold data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.clean import clean_document
from newsgraph.ingest import read_input
from newsgraph.records import Article, RawDocument
from newsgraph.settings import IngestSettings
from newsgraph.store import SQLiteStore

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def read_one(path: Path, settings: IngestSettings | None = None) -> RawDocument:
    results = list(read_input(path, settings or IngestSettings()))
    assert len(results) == 1 and isinstance(results[0], RawDocument), results
    return results[0]


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, list[Article]]:
    """Articles cleaned from each seed page, keyed by the page's file-name prefix."""
    cleaned = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        page = clean_document(read_one(path))
        assert page.rejection is None, page.rejection
        cleaned[path.name[:3]] = page.articles
    return cleaned


@pytest.fixture
def store(tmp_path: Path):
    opened = SQLiteStore.open(tmp_path / "test.db", create=True)
    yield opened
    opened.close()


def gold_file(relative: str) -> Path:
    """A file under ../shared/data, or skip the test with the reason."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"gold data {path} not present (it is not part of the repo, licences)")
    return path


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory):
    """`newsgraph serve` in a subprocess over the seeds plus the dated dashboard articles."""
    from tests.live import DASHBOARD_ARTICLES, build_database, start_server, stop_server

    folder = tmp_path_factory.mktemp("live")
    db = folder / "live.db"
    build_database(db, SAMPLES, DASHBOARD_ARTICLES)
    server = start_server(db, folder / "server.log")
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def postgres_server():
    """A private PostgreSQL server for the session (skips without the server binaries)."""
    from tests.postgres_server import private_server

    with private_server() as url:
        yield url
