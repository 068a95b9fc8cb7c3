"""When two articles report the same real-world event.

Strict on purpose — GDELT's duplicates come from merging too little, but wrong merges are worse
for analysts because they hide events. Two reports are one event when they have the same
PLOVER and ACLED types, dates no more than a day apart (or both undated), places within 25 km
(or both unplaced), and the same parties: the same stored actors, or failing that the same
countries, on both sides. Reports in one article are never merged: an article that tells two
strikes in two sentences means two strikes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsgraph.geo.shapes import distance_km

SAME_PLACE_KM = 25.0
SAME_DATE_DAYS = 1


@dataclass(frozen=True, slots=True)
class ReportKey:
    """What decides whether two reports are one event."""

    article_id: str
    plover_type: str
    acled_sub_event_type: str | None
    date: date | None
    lat: float | None
    lon: float | None
    actor1: tuple[int | None, str | None]  # (stored actor id, country)
    actor2: tuple[int | None, str | None]


def same_event(first: ReportKey, second: ReportKey) -> bool:
    if first.article_id == second.article_id:
        return False
    if (first.plover_type, first.acled_sub_event_type) != (second.plover_type, second.acled_sub_event_type):
        return False
    if (first.date is None) != (second.date is None):
        return False
    if first.date is not None and second.date is not None and abs((first.date - second.date).days) > SAME_DATE_DAYS:
        return False
    if (first.lat is None) != (second.lat is None):
        return False
    both_placed = None not in (first.lat, first.lon, second.lat, second.lon)
    if both_placed and distance_km(first.lat, first.lon, second.lat, second.lon) > SAME_PLACE_KM:  # type: ignore[arg-type]
        return False
    return _same_party(first.actor1, second.actor1) and _same_party(first.actor2, second.actor2)


def _same_party(first: tuple[int | None, str | None], second: tuple[int | None, str | None]) -> bool:
    (first_id, first_country), (second_id, second_country) = first, second
    if first_id is not None and second_id is not None:
        return first_id == second_id
    if first_country is not None and second_country is not None:
        return first_country == second_country
    return first_id is None and second_id is None and first_country is None and second_country is None
