"""Merging reports into events is a batch step: every candidate compared, the same result
whatever the order the articles came in, and the store only stores what it decides."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from newsgraph.analysis.merging import merge_events
from newsgraph.analysis.stage import analyse_store
from newsgraph.events.merge import ReportKey, cluster_reports, link_reports, report_event_id, same_event
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
        trigger="strike",
        date_precision="day",
    )


def _brute_force(keys: list[ReportKey]) -> dict[int, str]:
    """Every pair compared, no cells: what `cluster_reports` must agree with."""
    pairs = [
        (first, second)
        for first in range(len(keys))
        for second in range(first + 1, len(keys))
        if same_event(keys[first], keys[second])
    ]
    return link_reports(keys, pairs)


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


def _unplaced(number: int, article: str, trigger: str, **changes: object) -> ReportKey:
    """A report as most business and politics copy gives them: no place, dated by its
    article's publication week."""
    fields: dict[str, object] = {
        "article_id": article,
        "plover_type": "AGREE",
        "acled_sub_event_type": None,
        "date": date(2011, 11, 11),
        "lat": None,
        "lon": None,
        "actor1": (7, "FRA"),
        "actor2": (None, None),
        "report_id": number,
        "own_id": report_event_id(article, number, "AGREE"),
        "trigger": trigger,
        "date_precision": "week",
    }
    fields.update(changes)
    return ReportKey(**fields)  # type: ignore[arg-type]


def test_unplaced_reports_dated_by_their_week_are_one_event_only_when_worded_and_told_alike():
    # Reuters, two versions of one story: "Universal has already offered to sell assets" and
    # "Universal agreed to assume the deal's regulatory risk"
    assert not same_event(_unplaced(1, "a", "offered to", doer_gap=13), _unplaced(2, "b", "agreed", doer_gap=13))
    # one sentence in two versions of a wire story: as many letters between doer and trigger
    assert same_event(_unplaced(1, "a", "cooperating", doer_gap=10), _unplaced(2, "b", "cooperating", doer_gap=10))
    # "many Democrats oppose this" and "an approach Democratic leaders oppose": nothing opposed
    # is named, and the two are told differently
    democrats = {"plover_type": "REJECT", "actor1": (5, "USA")}
    assert not same_event(
        _unplaced(1, "a", "oppose", doer_gap=1, **democrats), _unplaced(2, "b", "oppose", doer_gap=9, **democrats)
    )
    # ... but "Germany strongly opposes the ECB" told twice in other words names what is opposed
    germany = {"plover_type": "REJECT", "actor1": (6, "DEU"), "actor2": (8, None)}
    assert same_event(
        _unplaced(1, "a", "opposes", doer_gap=10, **germany), _unplaced(2, "b", "opposes", doer_gap=38, **germany)
    )
    # political news: "Obama called for reciprocity" and "Obama calls for", with what is called
    # for named; "pressed China" is other words
    obama = {"plover_type": "DEMAND", "actor2": (9, "CHN")}
    assert same_event(_unplaced(1, "a", "called for", **obama), _unplaced(2, "b", "calls", **obama))
    assert not same_event(_unplaced(1, "a", "called for", **obama), _unplaced(2, "b", "pressed", **obama))
    # a doer right before its trigger tells nothing: "the EU treaty" in two unrelated remarks
    assert not same_event(_unplaced(1, "a", "treaty", doer_gap=1), _unplaced(2, "b", "treaty", doer_gap=1))
    # dated to the day by their sentences ("on Friday"), other words may tell one event
    assert same_event(
        _unplaced(1, "a", "backing", date_precision="day"), _unplaced(2, "b", "endorsed", date_precision="day")
    )


def test_an_unplaced_report_with_no_doer_identifies_nothing_to_merge():
    # Reuters: "We want to ensure that through treaty changes" and "the need for treaty change"
    nobody = {"actor1": (None, None)}
    assert not same_event(_unplaced(1, "a", "treaty", **nobody), _unplaced(2, "b", "treaty", **nobody))
    # conflict copy: "a ceasefire deal" with no party named in either, though placed it is one
    placed = {"lat": 48.0, "lon": 37.8, "actor1": (None, None)}
    assert same_event(_unplaced(1, "a", "ceasefire", **placed), _unplaced(2, "b", "ceasefire", **placed))


def test_unplaced_protests_attacks_and_arrests_are_not_merged():
    # Reuters on a day of Occupy protests: "police arrested the occupiers" (San Francisco) and
    # "during his arrest" (New York); "One protester waved a sign" and "protesters tried to crowd
    # the entrance" at a subway stop
    police = {"plover_type": "COERCE", "actor1": (3, "USA"), "date_precision": "day"}
    assert not same_event(_unplaced(1, "a", "arrested", **police), _unplaced(2, "b", "arrest", **police))
    protesters = {"plover_type": "PROTEST", "acled_sub_event_type": "Peaceful protest", "actor1": (4, None)}
    assert not same_event(_unplaced(1, "a", "protester", **protesters), _unplaced(2, "b", "protesters", **protesters))
    # an attack placed in both is still one event (world news: a strike on one town told twice)
    strike = {"plover_type": "ASSAULT", "lat": 34.5, "lon": 69.2, "date_precision": "day"}
    assert same_event(_unplaced(1, "a", "attack", **strike), _unplaced(2, "b", "attacked", **strike))


def test_no_chain_of_links_joins_two_reports_of_one_article():
    # Two versions of one Reuters article, each with "offered to" and "agreed": the offers are one
    # event, the agreements another, whichever order the reports come in.
    keys = [
        _unplaced(1, "a", "offered to", date_precision="day"),
        _unplaced(2, "a", "agreed", date_precision="day"),
        _unplaced(3, "b", "offered to", date_precision="day"),
        _unplaced(4, "b", "agreed", date_precision="day"),
    ]
    for order in (keys, keys[::-1], [keys[1], keys[2], keys[0], keys[3]]):
        event_ids = cluster_reports(order)
        assert event_ids[1] == event_ids[3] and event_ids[2] == event_ids[4] and event_ids[1] != event_ids[2]
    # a wire story's one report alike to two reports of another article joins one of them only
    chain = [
        _report(1, article="x", day=0),
        _report(2, article="x", day=1),
        _report(3, article="y", day=0),
    ]
    event_ids = cluster_reports(chain)
    assert event_ids[1] != event_ids[2] and event_ids[3] == event_ids[1]


def test_undated_reports_are_never_merged():
    # news pages without a publication date: Athens riots of December 2008 and the march on
    # parliament in a 2010 strike were one story and one city; a Vancouver shooting told by
    # two sites is lost as one event, which is the price
    riots = {"plover_type": "PROTEST", "acled_sub_event_type": "Riot", "lat": 37.98, "lon": 23.73, "actor1": (2, None)}
    undated = {**riots, "date": None}
    assert not same_event(_unplaced(1, "a", "riots", **undated), _unplaced(2, "b", "rioters", **undated))
    dated = {**riots, "date_precision": "day"}
    assert same_event(_unplaced(1, "a", "riots", **dated), _unplaced(2, "b", "rioters", **dated))


def test_placed_reports_dated_by_their_week_must_be_worded_alike():
    # Reuters on Indian retail reform: "told a rally attended by thousands in Kolkata" and
    # "street protests led by ... Mamata Banerjee", both dated by their articles' week
    kolkata = {"plover_type": "PROTEST", "acled_sub_event_type": "Peaceful protest", "lat": 22.57, "lon": 88.36}
    assert not same_event(_unplaced(1, "a", "rally", **kolkata), _unplaced(2, "b", "protests", **kolkata))
    # "Tens of thousands of Spaniards rallied in Madrid on Saturday" and "tens of thousands more
    # marched in Spain" on that Saturday: dated to the day, other words may tell one protest
    madrid = {**kolkata, "lat": 40.42, "lon": -3.70, "date_precision": "day"}
    assert same_event(_unplaced(1, "a", "rallied", **madrid), _unplaced(2, "b", "marched", **madrid))
    # conflict copy: a strike on a town told as "shelled" and "strike", dated by the week only
    town = {"plover_type": "FIGHT", "acled_sub_event_type": "Shelling/artillery/missile attack", "lat": 48.0}
    assert not same_event(_unplaced(1, "a", "shelled", **town), _unplaced(2, "b", "strike", **town))
    assert same_event(_unplaced(1, "a", "shelled", **town), _unplaced(2, "b", "shelling", **town))


def test_a_deed_placed_only_in_a_country_is_not_merged():
    # Reuters: "industrial unrest in China" and "concerns about social unrest" (China), a day apart
    china = {"plover_type": "PROTEST", "lat": 35.0, "lon": 105.0, "place_precision": "country"}
    assert not same_event(_unplaced(1, "a", "unrest", **china), _unplaced(2, "b", "unrest", **china))
    # conflict copy: "Russian strikes across Ukraine" told twice, placed in the country alone
    ukraine = {"plover_type": "ASSAULT", "lat": 49.0, "place_precision": "country", "date_precision": "day"}
    assert not same_event(_unplaced(1, "a", "strikes", **ukraine), _unplaced(2, "b", "strikes", **ukraine))
    # a meeting in a country is still one meeting: "talks in China" told twice
    talks = {"plover_type": "CONSULT", "lat": 35.0, "lon": 105.0, "place_precision": "country"}
    assert same_event(_unplaced(1, "a", "talks", **talks), _unplaced(2, "b", "talks", **talks))
    # a protest placed in a town is merged ("Thousands march in Lisbon" told twice)
    lisbon = {"plover_type": "PROTEST", "lat": 38.72, "lon": -9.14, "place_precision": "place"}
    assert same_event(_unplaced(1, "a", "march", **lisbon), _unplaced(2, "b", "marched", **lisbon))
