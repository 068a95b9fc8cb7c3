"""The HTTP API, exercised as a client would: a real server process on loopback."""

from __future__ import annotations

import csv
import gzip
import http.client
import io
import json
import math
import urllib.request
from datetime import date

import pytest

from newsgraph.api.params import encode_cursor
from newsgraph.events.lexicon import QUAD_CLASSES, stance
from newsgraph.store.event_rows import first_day


def test_health_and_openapi(live_server):
    health = live_server.ok("/api/health")
    assert health["status"] == "ok" and health["schema_version"] >= 3
    with urllib.request.urlopen(f"{live_server.url}/openapi.json") as response:
        schema = json.loads(response.read())
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/quotes",
        "/api/relations",
        "/api/timeline",
        "/api/stats",
        "/api/health",
    ):
        assert path in schema["paths"], path
    with urllib.request.urlopen(f"{live_server.url}/docs") as response:
        docs = response.read().decode()
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_stats_agree_with_the_lists(live_server):
    stats = live_server.ok("/api/stats")
    articles = live_server.all_items("/api/articles")
    events = live_server.all_items("/api/events")
    assert stats["counts"]["articles"] == len(articles) == 11
    assert stats["counts"]["events_shown"] == len(events) < stats["counts"]["events"]
    events = live_server.all_items("/api/events", min_confidence="0")  # the span and undated count cover all
    assert stats["counts"]["events"] == len(events)
    assert stats["undated_events"] == sum(1 for event in events if event["date"] is None)
    dated = sorted(first_day(event["date"]) for event in events if event["date"])  # "2024" is 2024-01-01 stored
    assert (stats["events_dated"]["first"], stats["events_dated"]["last"]) == (dated[0], dated[-1])


@pytest.mark.parametrize("path", ["/api/articles", "/api/actors", "/api/events", "/api/quotes", "/api/relations"])
def test_cursor_pages_cover_the_list_once(live_server, path):
    whole = live_server.ok(path, limit=500)["items"]
    assert whole, path
    paged = live_server.all_items(path, page_size=3)
    assert paged == whole


def test_event_filters(live_server):
    demands = live_server.all_items("/api/events", type="REQUEST")  # the name for DEMAND
    assert demands and all(event["plover_type"] == "DEMAND" for event in demands)
    fights = live_server.all_items("/api/events", type="FIGHT")
    assert fights and all(event["plover_type"] == "FIGHT" for event in fights)
    shelling = live_server.all_items("/api/events", type="Shelling/artillery/missile attack")
    assert {event["acled_sub_event_type"] for event in shelling} == {"Shelling/artillery/missile attack"}
    kharkiv = (49.99, 36.23)
    near = live_server.all_items("/api/events", near=f"{kharkiv[0]},{kharkiv[1]},30")
    assert near and all(_km(kharkiv, event["location"]) <= 30 for event in near)
    located = [event for event in live_server.all_items("/api/events") if event["location"]]
    within = [
        event for event in located if 44 <= event["location"]["lat"] <= 53 and 22 <= event["location"]["lon"] <= 41
    ]
    boxed = live_server.all_items("/api/events", bbox="44,22,53,41")
    assert {event["event_id"] for event in boxed} == {event["event_id"] for event in within}
    march = live_server.all_items("/api/events", since="2024-03-01", until="2024-03-31")
    assert march and all("2024-03-01" <= first_day(event["date"]) <= "2024-03-31" for event in march)
    russian = live_server.all_items("/api/events", actor="RUS")
    assert russian and all(
        "RUS" in {(event["actor1"] or {}).get("country"), (event["actor2"] or {}).get("country")} for event in russian
    )
    ukraine = live_server.all_items("/api/events", country="UKR")
    assert ukraine and all(event["location"]["country"] == "UKR" for event in ukraine)


def test_event_detail_evidence_points_into_the_article(live_server):
    event = live_server.ok("/api/events", type="FIGHT", near="49.99,36.23,30")["items"][0]
    detail = live_server.ok(f"/api/events/{event['event_id']}")
    assert len(detail["article_ids"]) == 2, "two wires report the Kharkiv shelling"
    for item in detail["evidence"]:
        text = live_server.ok(f"/api/articles/{item['article_id']}")["text"]
        assert "shelled" in text[item["start"] : item["end"]]
        for start, end in item["fields"].values():
            assert 0 <= start < end <= len(text)


def test_article_detail_has_removals_mentions_and_events(live_server):
    first = live_server.all_items("/api/articles")[0]
    detail = live_server.ok(f"/api/articles/{first['id']}")
    assert detail["text"] and detail["sources"]
    for mention in detail["mentions"]:
        assert detail["text"][mention["start"] : mention["end"]] == mention["text"]
    seeds = [live_server.ok(f"/api/articles/{article['id']}") for article in live_server.all_items("/api/articles")]
    assert any(article["removals"] for article in seeds), "the seed pages' chrome is listed as removed"
    assert all(isinstance(article["event_ids"], list) for article in seeds)


def test_actor_detail_and_quotes(live_server):
    xi = live_server.ok("/api/actors", name="Xi Jinping")["items"][0]
    detail = live_server.ok(f"/api/actors/{xi['id']}")
    assert {"Xi", "Xi Jinping"} <= set(detail["aliases"])
    assert detail["events"] and all(
        xi["id"] in {(event["actor1"] or {}).get("actor_id"), (event["actor2"] or {}).get("actor_id")}
        for event in detail["events"]
    )
    assert live_server.ok(f"/api/actors/{xi['id']}", events=0)["events"] == []  # the dashboard pages them itself
    assert len(live_server.ok(f"/api/actors/{xi['id']}", events=1)["events"]) == 1
    assert live_server.get(f"/api/actors/{xi['id']}", events=101)[1]["parameter"] == "events"
    capped = live_server.ok(f"/api/actors/{xi['id']}", quotes=1, articles=1)  # a busy actor's lists stay on the server
    assert len(capped["quotes"]) == 1 < len(detail["quotes"]) and capped["article_ids"] == detail["article_ids"][:1]
    assert live_server.ok(f"/api/actors/{xi['id']}", quotes=0, articles=0)["quotes"] == []
    putin = live_server.ok("/api/quotes", speaker="Putin")["items"]
    assert any("friendship has no limits" in quote["text"] for quote in putin)


def test_relations_count_the_events_between_two_actors(live_server):
    relations = live_server.all_items("/api/relations")
    events = live_server.all_items("/api/events")

    def key(party):
        return party["actor_id"] if party["actor_id"] is not None else party["name"]

    paired = [
        event
        for event in events
        if event["actor1"] and event["actor2"] and key(event["actor1"]) != key(event["actor2"])
    ]
    assert sum(row["cooperation"] + row["conflict"] for row in relations) == len(paired)
    for row in relations:
        assert row["cooperation"] == sum(count for kind, count in row["types"].items() if stance(kind) == "cooperation")
    monthly = live_server.all_items("/api/relations", interval="month", since="2024-01-01")
    assert monthly and all(row["period"] >= "2024-01-01" for row in monthly)


def test_timeline_counts_every_dated_event(live_server):
    events = live_server.all_items("/api/events", min_confidence="0")
    timeline = live_server.ok("/api/timeline", interval="week", min_confidence="0")
    weekly = [event for event in events if event["date"] and event["date_precision"] in ("day", "week")]
    assert sum(bucket["count"] for bucket in timeline["buckets"]) == len(weekly)
    assert timeline["too_coarse"] == sum(1 for event in events if event["date"]) - len(weekly) > 0
    assert timeline["undated"] == sum(1 for event in events if not event["date"])
    yearly = live_server.ok("/api/timeline", interval="year", min_confidence="0")
    assert sum(bucket["count"] for bucket in yearly["buckets"]) == sum(1 for event in events if event["date"])
    assert all(date.fromisoformat(bucket["period"]).weekday() == 0 for bucket in timeline["buckets"]), (
        "weeks start Monday"
    )


def test_search_with_snippets(live_server):
    hits = live_server.ok("/api/search", q="drone strike Odesa")["items"]
    assert hits and "[" in hits[0]["snippet"] and hits[0]["title"] == "Drone strike on Odesa apartment block"
    status, body = live_server.get("/api/search", q='"unbalanced', fts="true")
    assert status == 400 and body["parameter"] == "q"


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"limit": "ten"}, "limit"),
        ("/api/events", {"limit": 100000}, "limit"),
        ("/api/events", {"bbox": "1,2,3"}, "bbox"),
        ("/api/events", {"bbox": "10,20,5,30"}, "bbox"),
        ("/api/events", {"near": "91,0,10"}, "near"),
        ("/api/events", {"since": "2024-13"}, "since"),
        ("/api/events", {"since": "2024-05-01", "until": "2024-04-01"}, "until"),
        ("/api/events", {"country": "Ukraine"}, "country"),
        ("/api/events", {"country": "ZZZ"}, "country"),
        ("/api/events", {"type": "BOGUS"}, "type"),
        ("/api/events", {"since": "2024-02-30"}, "since"),
        ("/api/articles", {"since": "2024-05-01", "until": "2024-04-01"}, "until"),
        ("/api/articles", {"until": "2023-02-29"}, "until"),
        ("/api/actors", {"country": "ZZZ"}, "country"),
        ("/api/actors", {"type": "people"}, "type"),
        ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
        ("/api/timeline", {"interval": "fortnight"}, "interval"),
        ("/api/actors/not-a-number", {}, "actor_id"),
        ("/api/actors/99999999999999999999", {}, "actor_id"),
        ("/api/quotes", {"actor": 10**20}, "actor"),
        ("/api/events", {"cursor": encode_cursor(10**30)}, "cursor"),
        ("/api/search", {}, "q"),
    ],
)
def test_bad_requests_name_the_parameter(live_server, path, params, parameter):
    status, body = live_server.get(path, **params)
    assert status == 400, body
    assert body["parameter"] == parameter and parameter in body["detail"]
    assert "Traceback" not in json.dumps(body)


@pytest.mark.parametrize("path", ["/api/events/ev-missing", "/api/articles/missing", "/api/actors/999999"])
def test_unknown_ids_are_404(live_server, path):
    status, body = live_server.get(path)
    assert status == 404 and "no " in body["detail"]


def test_sql_metacharacters_are_data(live_server):
    for value in ("' OR 1=1 --", '"; DROP TABLE events; --', "%", "_"):
        assert live_server.ok("/api/events", actor=value)["items"] == []
        assert live_server.ok("/api/actors", name=value)["items"] == []
    assert live_server.ok("/api/stats")["counts"]["events"] > 0


def test_dashboard_page_is_served_with_a_strict_policy(live_server):
    with urllib.request.urlopen(f"{live_server.url}/") as response:
        page = response.read().decode()
        policy = response.headers["Content-Security-Policy"]
    assert '<main id="view"' in page
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    with urllib.request.urlopen(f"{live_server.url}/static/vendor/countries-50m.json") as response:
        assert json.loads(response.read())["type"] == "Topology"


def _km(point, location):
    lat1, lon1 = map(math.radians, point)
    lat2, lon2 = math.radians(location["lat"]), math.radians(location["lon"])
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_unexpected_errors_are_a_bare_500(tmp_path):
    import sqlite3

    from newsgraph.store import SQLiteStore
    from tests.live import start_server, stop_server

    db = tmp_path / "broken.db"
    SQLiteStore.open(db, create=True).close()
    server = start_server(db, tmp_path / "server.log")
    try:
        with sqlite3.connect(db) as connection:
            connection.execute("DROP TABLE event_reports")  # the server's next query fails
        status, body = server.get("/api/events")
    finally:
        stop_server(server)
    assert status == 500 and body == {"detail": "internal error", "parameter": None}
    assert "event_reports" in (tmp_path / "server.log").read_text(), "the cause goes to the server log"


def test_an_id_beyond_64_bits_in_a_filter_matches_nothing(live_server):
    assert live_server.ok("/api/events", actor="99999999999999999999")["items"] == []


def test_large_answers_are_gzipped_for_clients_that_ask_and_plain_for_others(live_server):
    request = urllib.request.Request(f"{live_server.url}/api/events?limit=200", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers["X-Content-Type-Options"] == "nosniff"  # the other headers stay
        zipped = response.read()
    events = json.loads(gzip.decompress(zipped))
    assert events["items"] and len(zipped) < len(json.dumps(events)) / 2
    plain = urllib.request.Request(f"{live_server.url}/api/events?limit=200", headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(plain) as response:
        assert response.headers.get("Content-Encoding") is None and json.loads(response.read()) == events


def test_event_pages_follow_each_other_without_gaps_or_repeats(live_server):
    everything = [event["event_id"] for event in live_server.ok("/api/events", limit=500)["items"]]
    assert len(everything) > 14
    paged, cursor = [], None
    while True:
        page = live_server.ok("/api/events", limit=7, **({"cursor": cursor} if cursor else {}))
        paged += [event["event_id"] for event in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == everything  # the same order, each event once, undated ones last
    filtered = [event["event_id"] for event in live_server.ok("/api/events", limit=500, type="FIGHT")["items"]]
    first = live_server.ok("/api/events", limit=2, type="FIGHT")
    second = live_server.ok("/api/events", limit=2, type="FIGHT", cursor=first["next_cursor"])
    assert [event["event_id"] for event in first["items"] + second["items"]] == filtered[:4]


@pytest.mark.parametrize("filters", [{}, {"type": "FIGHT"}, {"min_confidence": "0"}, {"country": "UKR"}])
def test_map_points_are_the_placed_events_of_the_list_in_a_few_columns(live_server, filters):
    listed = [event for event in live_server.all_items("/api/events", **filters) if event["location"]]
    answer = live_server.ok("/api/events/points", **filters)
    at = {name: index for index, name in enumerate(answer["columns"])}
    assert [row[at["event_id"]] for row in answer["points"]] == [event["event_id"] for event in listed]
    for row, event in zip(answer["points"], listed, strict=True):
        assert (row[at["lat"]], row[at["lon"]]) == (event["location"]["lat"], event["location"]["lon"])
        assert row[at["date"]] == event["date"] and row[at["quad_class"]] == event["quad_class"]
    assert not answer["truncated"]
    capped = live_server.ok("/api/events/points", max=1, **filters)
    assert len(capped["points"]) == min(1, len(listed)) and capped["truncated"] == (len(listed) > 1)


def test_a_quad_class_filters_its_plover_types(live_server):
    events = live_server.all_items("/api/events", min_confidence="0")
    conflict = live_server.all_items("/api/events", type="material conflict", min_confidence="0")
    expected = {event["event_id"] for event in events if QUAD_CLASSES[event["plover_type"]] == "material conflict"}
    assert conflict and {event["event_id"] for event in conflict} == expected


def test_partner_lists_the_events_between_two_parties(live_server):
    def ref(party):
        return str(party["actor_id"]) if party["actor_id"] is not None else party["name"]

    def names(party, wanted):
        return ref(party) == wanted or wanted.lower() in (party.get("name") or "").lower()

    narrowed = 0
    for relation in live_server.all_items("/api/relations")[:8]:
        source, target = ref(relation["source"]), ref(relation["target"])
        between = live_server.all_items("/api/events", actor=source, partner=target)
        assert len(between) >= relation["cooperation"] + relation["conflict"]
        for event in between:
            parties = [event["actor1"] or {}, event["actor2"] or {}]
            for wanted in (source, target):
                assert any(names(party, wanted) for party in parties), (wanted, parties)
        narrowed += len(live_server.all_items("/api/events", actor=source)) > len(between)
    assert narrowed, "a pair lists fewer events than its first actor alone"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "geojson"])
def test_export_gives_every_event_of_the_view_as_a_file(live_server, fmt):
    wanted = live_server.all_items("/api/events", type="FIGHT")
    with urllib.request.urlopen(f"{live_server.url}/api/events/export?format={fmt}&type=FIGHT") as response:
        body = response.read().decode()
        assert "attachment" in response.headers["Content-Disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        ids = [row["event_id"] for row in rows]
    elif fmt == "jsonl":
        ids = [json.loads(line)["event_id"] for line in body.splitlines()]
    else:
        ids = [feature["properties"]["event_id"] for feature in json.loads(body)["features"]]
    placed = [event["event_id"] for event in wanted if event["location"]]
    assert ids == ([event["event_id"] for event in wanted] if fmt != "geojson" else placed) and ids


@pytest.mark.parametrize("order", ["newest", "oldest", "deadliest", "confident"])
def test_every_sort_pages_through_the_whole_list_in_order(live_server, order):
    whole = live_server.ok("/api/events", limit=500, sort=order, min_confidence="0")["items"]
    paged = live_server.all_items("/api/events", page_size=3, sort=order, min_confidence="0")
    assert [event["event_id"] for event in paged] == [event["event_id"] for event in whole] and len(whole) > 6
    if order in ("newest", "oldest"):
        dated = [first_day(event["date"]) for event in whole if event["date"]]
        assert dated == sorted(dated, reverse=order == "newest")
        assert all(event["date"] is None for event in whole[len(dated) :]), "undated last"
    elif order == "deadliest":
        tolls = [event["fatalities"] if event["fatalities"] is not None else -1 for event in whole]
        assert tolls == sorted(tolls, reverse=True) and tolls[0] > 0
    else:
        confidences = [event["confidence"] for event in whole]
        assert confidences == sorted(confidences, reverse=True)


def test_a_cursor_serves_only_the_sort_it_was_issued_for(live_server):
    cursor = live_server.ok("/api/events", limit=2, sort="deadliest")["next_cursor"]
    status, body = live_server.get("/api/events", limit=2, cursor=cursor, sort="newest")
    assert status == 400 and body["parameter"] == "cursor"
    status, body = live_server.get("/api/events", sort="largest")
    assert status == 400 and body["parameter"] == "sort"


@pytest.mark.parametrize("size", [9_000, 200_000])
def test_an_over_long_url_is_a_414_and_the_connection_stays_usable(live_server, size):
    connection = http.client.HTTPConnection(live_server.url.removeprefix("http://"), timeout=30)
    try:
        connection.request("GET", "/api/events?actor=" + "x" * size)
        response = connection.getresponse()
        body = json.loads(response.read())
        assert response.status == 414 and body["parameter"] == "url"
        connection.request("GET", "/api/health")  # the same kept-alive connection answers the next one
        assert connection.getresponse().status == 200
    finally:
        connection.close()
    assert live_server.get("/api/events", actor="x" * 180)[0] == 200  # an ordinary URL is answered
