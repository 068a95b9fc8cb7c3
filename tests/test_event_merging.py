"""Merging reports into events is a batch step: every candidate compared, the same result
whatever the order the articles came in, and the store only stores what it decides."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from newsgraph.analysis.merging import merge_events
from newsgraph.analysis.stage import analyse_store
from newsgraph.events.merge import ReportKey, cluster_reports, report_event_id, same_event
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore
from newsgraph.store.event_rows import EventFilter


def _report(
    number: int,
    *,
    article: str | None = None,
    day: int = 0,
    lat: float | None = 49.7,
    lon: float | None = 30.9,
    actor1: tuple[int | None, str | None] = (None, "RUS"),
) -> ReportKey:
    article_id = article or f"article-{number}"
    return ReportKey(
        article_id=article_id,
        plover_type="FIGHT",
        acled_sub_event_type="Air/drone strike",
        date=date(2023, 3, 22) + timedelta(days=day),
        lat=lat,
        lon=lon,
        actor1=actor1,
        actor2=(None, "UKR"),
        report_id=number,
        own_id=report_event_id(article_id, number, "FIGHT"),
    )


def _brute_force(keys: list[ReportKey]) -> dict[int, str]:
    """Every pair compared, no cells: what `cluster_reports` must agree with."""
    groups = [{index} for index in range(len(keys))]
    for first in range(len(keys)):
        for second in range(first + 1, len(keys)):
            if same_event(keys[first], keys[second]):
                joined = groups[first] | groups[second]
                for index in joined:
                    groups[index] = joined
    return {keys[index].report_id: min(keys[member].own_id for member in groups[index]) for index in range(len(keys))}


def test_no_candidate_is_left_out_however_many_reports_a_block_holds():
    keys = [_report(number) for number in range(1200)]  # the store's old query looked at 500
    assert len(set(cluster_reports(keys).values())) == 1


def test_clusters_do_not_depend_on_the_order_of_the_reports():
    rng = random.Random(7)
    keys = [_report(number, day=rng.randint(0, 6), lat=49.7 + rng.uniform(0, 0.6)) for number in range(300)]
    expected = cluster_reports(keys)
    for _ in range(5):
        rng.shuffle(keys)
        assert cluster_reports(keys) == expected


def test_map_cells_find_every_pair_within_reach_at_any_latitude():
    rng = random.Random(11)
    for centre_lat in (0.1, 45.0, 69.9, 84.0, -60.2):
        keys = []
        for number in range(250):
            placed = rng.random() > 0.1
            keys.append(
                _report(
                    number,
                    day=rng.randint(0, 3),
                    lat=centre_lat + rng.uniform(-0.4, 0.4) if placed else None,
                    lon=17.0 + rng.uniform(-1.5, 1.5) if placed else None,
                    actor1=(None, rng.choice(["RUS", "UKR"])),
                )
            )
        assert cluster_reports(keys) == _brute_force(keys), centre_lat


def test_two_reports_of_one_article_stay_two_events():
    keys = [_report(1, article="a"), _report(2, article="a")]
    assert len(set(cluster_reports(keys).values())) == 2


def _write_story(path: Path, order: list[str]) -> None:
    texts = {
        "a": "On 22 March 2023, a Russian drone strike on dormitories in Rzhyshchiv killed 4 people.",
        "b": "On 22 March 2023, a Russian drone strike hit dormitories in Rzhyshchiv, and 4 people were killed.",
        "c": "A Russian drone strike on dormitories in Rzhyshchiv on 22 March 2023 killed 4 people, officials said.",
    }
    path.write_text(
        "\n".join(json.dumps({"id": name, "text": texts[name], "published_at": "2023-03-22"}) for name in order),
        encoding="utf-8",
    )


def _grouping(store: SQLiteStore) -> set[tuple[str, frozenset[str]]]:
    return {(event.event_id, frozenset(event.article_ids)) for event in store.events(EventFilter())}


def test_stored_events_are_the_same_whatever_order_the_articles_were_ingested_in(tmp_path: Path):
    groupings = []
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]):
        folder = tmp_path / "".join(order)
        folder.mkdir()
        _write_story(folder / "story.jsonl", order)
        ingest([str(folder / "story.jsonl")], folder / "news.db")
        store = SQLiteStore.open(folder / "news.db")
        analyse_store(store)
        groupings.append(_grouping(store))
        assert merge_events(store).changed == 0  # a second run finds nothing to change
        store.close()
    assert groupings[0] == groupings[1] == groupings[2]
    strikes = [articles for _event_id, articles in groupings[0] if len(articles) == 3]
    assert strikes, groupings[0]
