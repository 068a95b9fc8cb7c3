"""Write events as JSON Lines, CSV, GeoJSON or ACLED-style CSV, one record at a time.

Every writer consumes an iterator and writes as it goes, so exporting a large store needs
memory for one event, not for all of them.

ACLED-style CSV uses ACLED's column names. Our own conventions where ACLED's differ: `actor1`
and `actor2` are the names as resolved here (not ACLED's actor dictionary); `geo_precision` is
1 for a town, 2 for a region, 3 for a country (ACLED: 1 town, 2 part of a region, 3 region);
`time_precision` is 1 day, 2 week, 3 month or year; `fatalities` is 0 when unknown, as in ACLED.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from newsgraph.store.event_rows import EventRow, first_day

FORMATS = ("jsonl", "csv", "geojson", "acled-csv")
CSV_COLUMNS = (
    "event_id",
    "date",
    "date_precision",
    "plover_type",
    "plover_mode",
    "acled_event_type",
    "acled_sub_event_type",
    "actor1_name",
    "actor1_country",
    "actor2_name",
    "actor2_country",
    "location_name",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonameid",
    "location_precision",
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "fatalities_low",
    "fatalities_high",
    "injured",
    "confidence",
    "article_ids",
)
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
ACLED_GEO_PRECISION = {"place": 1, "admin region": 2, "country": 3}
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def write_events(events: Iterable[EventRow], out: TextIO, fmt: str) -> int:
    """Write `events` to `out` in `fmt`; returns how many were written."""
    if fmt == "jsonl":
        return _write_jsonl(events, out)
    if fmt == "csv":
        return _write_csv(events, out)
    if fmt == "geojson":
        return _write_geojson(events, out)
    if fmt == "acled-csv":
        return _write_acled(events, out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_jsonl(events: Iterable[EventRow], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event.public_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def flat_event(event: EventRow) -> dict[str, Any]:
    location = event.location or {}
    actor1, actor2 = event.actor1 or {}, event.actor2 or {}
    return {
        "event_id": event.event_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "actor1_name": actor1.get("name"),
        "actor1_country": actor1.get("country"),
        "actor2_name": actor2.get("name"),
        "actor2_country": actor2.get("country"),
        "location_name": location.get("name"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "geonameid": location.get("geonameid"),
        "location_precision": location.get("precision"),
        "fatalities": event.fatalities,
        "fatalities_min": event.fatalities_min,
        "fatalities_max": event.fatalities_max,
        "fatalities_low": event.fatalities_range[0] if event.fatalities_range else None,
        "fatalities_high": event.fatalities_range[1] if event.fatalities_range else None,
        "injured": event.injured,
        "confidence": event.confidence,
        "article_ids": " ".join(event.article_ids),
    }


def _write_csv(events: Iterable[EventRow], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flat_event(event))
        count += 1
    return count


def _write_geojson(events: Iterable[EventRow], out: TextIO) -> int:
    """A FeatureCollection of the events that have coordinates, written feature by feature."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        if event.location is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [event.location["lon"], event.location["lat"]]},
            "properties": flat_event(event),
        }
        out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def _write_acled(events: Iterable[EventRow], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        if event.acled_sub_event_type is None:
            continue  # ACLED codes political violence, demonstrations and strategic developments only
        location = event.location or {}
        writer.writerow(
            {
                "event_id_cnty": event.event_id,
                "event_date": first_day(event.date) if event.date else "",  # with time_precision
                "time_precision": ACLED_TIME_PRECISION.get(event.date_precision or "", ""),
                "event_type": event.acled_event_type,
                "sub_event_type": event.acled_sub_event_type,
                "actor1": (event.actor1 or {}).get("name", ""),
                "actor2": (event.actor2 or {}).get("name", ""),
                "country": location.get("country", ""),
                "admin1": location.get("admin1", ""),
                "location": location.get("name", ""),
                "latitude": location.get("lat", ""),
                "longitude": location.get("lon", ""),
                "geo_precision": ACLED_GEO_PRECISION.get(location.get("precision", ""), ""),
                "source": " ".join(event.article_ids),
                "notes": event.trigger,
                "fatalities": event.fatalities or 0,
            }
        )
        count += 1
    return count
