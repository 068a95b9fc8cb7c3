"""The ingest run end to end on a real SQLite file: idempotence, duplicates, rejections, crashes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import newsgraph
from newsgraph import pipeline
from newsgraph.settings import IngestSettings
from newsgraph.store import ArticleFilter, open_store

WIRE_STORY = (
    "Russian forces launched a wave of missile and drone attacks on Ukrainian cities overnight, striking "
    "residential buildings in Zaporizhzhia and a college dormitory south of Kyiv, regional officials said on "
    "Wednesday. At least one person was killed and 25 others were injured in Zaporizhzhia, where rescue teams "
    "pulled survivors from the rubble of an apartment block. In Rzhyshchiv, a drone strike on two dormitories "
    "killed at least four people, and emergency workers were still searching for others trapped under debris. "
    "Ukraine's air force said it had shot down 16 of 21 Iranian-made Shahed drones launched overnight."
)


def _articles(db: Path) -> list:
    store = open_store(db)
    try:
        return list(store.articles(ArticleFilter()))
    finally:
        store.close()


def test_pipeline_seeds_then_reingest_is_idempotent(tmp_path, samples_dir):
    db = tmp_path / "news.db"
    first = newsgraph.ingest([samples_dir], db=db)
    assert (first.files, first.pages_new, first.articles_new, first.rejected) == (3, 3, 6, 0)
    before = [(a.id, a.text) for a in _articles(db)]
    again = newsgraph.ingest([samples_dir], db=db)
    assert again.unchanged and again.pages_already_stored == 3
    assert [(a.id, a.text) for a in _articles(db)] == before


def test_pipeline_exact_duplicate_from_copied_file(tmp_path, samples_dir):
    copy_dir = tmp_path / "mirror"
    copy_dir.mkdir()
    shutil.copy(samples_dir / "000_06ed9e75d19777e4.txt", copy_dir / "same-page.txt")
    # Same story, other chrome and typography: still an exact duplicate after normalisation.
    original = (samples_dir / "000_06ed9e75d19777e4.txt").read_text("utf-8")
    (copy_dir / "republished.txt").write_text("Advertisement\n" + original.upper() + "\n\nComments\n", "utf-8")
    db = tmp_path / "news.db"
    newsgraph.ingest([samples_dir], db=db)
    summary = newsgraph.ingest([copy_dir], db=db)
    assert summary.pages_already_stored == 1  # identical bytes: only a new location
    assert summary.exact_duplicates == 1
    store = open_store(db)
    canonical = next(a for a in store.articles(ArticleFilter()) if a.page_id.startswith("4701009d"))
    duplicate = next(a for a in store.articles(ArticleFilter()) if a.duplicate_of)
    assert duplicate.duplicate_of == canonical.id and duplicate.duplicate_kind == "exact"
    assert len(store.locations(canonical.page_id)) == 2
    assert store.duplicates_of(canonical.id) == [duplicate.id]


def test_pipeline_near_duplicate_wire_copy(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(f"Drones hit Ukraine\n\n{WIRE_STORY}\n", "utf-8")
    edited = (
        WIRE_STORY.replace("regional officials said on Wednesday", "officials said") + " The Kremlin did not comment."
    )
    (inputs / "b.jsonl").write_text(json.dumps({"id": "wire-2", "title": "Drone wave", "text": edited}) + "\n", "utf-8")
    (inputs / "c.txt").write_text(
        "A different story entirely about grain exports through the Black Sea corridor, "
        "which resumed on Monday after weeks of talks in Istanbul, traders said.\n",
        "utf-8",
    )
    summary = newsgraph.ingest([inputs], db=tmp_path / "n.db")
    assert (summary.articles_new, summary.near_duplicates, summary.exact_duplicates) == (3, 1, 0)
    near = next(a for a in _articles(tmp_path / "n.db") if a.duplicate_kind == "near")
    assert 0.6 <= near.duplicate_similarity < 1.0
    assert near.title == "Drone wave"


def test_pipeline_bad_inputs_recorded_and_run_continues(tmp_path, samples_dir):
    inputs = tmp_path / "in"
    shutil.copytree(samples_dir, inputs)
    (inputs / "broken.jsonl").write_text('{"text": "Kyiv was attacked overnight, officials said."}\n{oops\n', "utf-8")
    (inputs / "binary.html").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "empty.txt").write_bytes(b"")
    db = tmp_path / "n.db"
    summary = newsgraph.ingest([inputs, tmp_path / "missing.warc"], db=db)
    assert summary.articles_new == 7
    reasons = sorted(r.reason for r in summary.rejections)
    assert reasons == ["binary", "empty", "invalid JSON", "not found"]
    store = open_store(db)
    stored = {(Path(r.source_path).name, r.locator, r.reason) for r in store.rejections()}
    assert ("broken.jsonl", "line 2", "invalid JSON") in stored
    newsgraph.ingest([inputs], db=db)
    assert len(store.rejections()) == 4  # re-run updates, never duplicates, rejection rows


def test_pipeline_crash_mid_ingest_loses_only_the_batch_in_flight(tmp_path, samples_dir, monkeypatch):
    db = tmp_path / "n.db"
    calls = {"n": 0}
    real_store_page = pipeline._store_page

    def crash_on_third_page(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")
        return real_store_page(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_store_page", crash_on_third_page)
    with pytest.raises(KeyboardInterrupt):
        newsgraph.ingest([samples_dir], db=db, settings=IngestSettings(batch_size=2))
    assert len({a.page_id for a in _articles(db)}) == 2  # the first batch committed, the second rolled back
    monkeypatch.setattr(pipeline, "_store_page", real_store_page)
    summary = newsgraph.ingest([samples_dir], db=db, settings=IngestSettings(batch_size=2))
    assert (summary.pages_already_stored, summary.pages_new) == (2, 1)
    ids = [a.id for a in _articles(db)]
    assert len(ids) == len(set(ids)) == 6


def test_pipeline_worker_processes_give_the_same_articles(tmp_path, samples_dir):
    newsgraph.ingest([samples_dir], db=tmp_path / "one.db")
    newsgraph.ingest([samples_dir], db=tmp_path / "two.db", settings=IngestSettings(workers=2, batch_size=2))
    one = [(a.id, a.title, a.text) for a in _articles(tmp_path / "one.db")]
    two = [(a.id, a.title, a.text) for a in _articles(tmp_path / "two.db")]
    assert one == two and len(one) == 6


def test_pipeline_identical_files_in_one_run_keep_both_locations(tmp_path, samples_dir):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(samples_dir / "004_1dac9c10fd8bfb8f.txt", inputs / "a.txt")
    shutil.copy(samples_dir / "004_1dac9c10fd8bfb8f.txt", inputs / "b.txt")
    db = tmp_path / "n.db"
    summary = newsgraph.ingest([inputs], db=db)
    assert (summary.pages_new, summary.pages_already_stored) == (1, 1)
    store = open_store(db)
    (article,) = store.articles(ArticleFilter())
    assert sorted(Path(loc.source_path).name for loc in store.locations(article.page_id)) == ["a.txt", "b.txt"]
