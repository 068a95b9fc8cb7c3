"""When two articles report the same real-world event.

Strict on purpose — GDELT's duplicates come from merging too little, but wrong merges are worse
for analysts because they hide events. Two reports are one event when their articles are in
the same story (`newsgraph.stories`: they report one real-world episode), they have the same
PLOVER and ACLED types, dates no more than a day apart (or both undated), places within 25 km
(or both unplaced, but not both undated and unplaced: with neither a date nor a place, the
wording and the parties alone would join an op-ed and a speech), and the same parties: the same
stored actors, or failing that the same countries, on both sides. Reports in one article are
never merged: an article that tells two strikes in two sentences means two strikes.

`cluster_reports` applies the test to a whole block of reports (one type pair) at once: the
reports that pass it pairwise, linked transitively, are one event, named by the smallest of its
reports' own ids. So the result depends only on the reports, never on the order they came in,
and every candidate is looked at: pairs are found through day and map cells, not by a capped
query.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from newsgraph.geo.shapes import distance_km

SAME_PLACE_KM = 25.0
SAME_DATE_DAYS = 1
# Map cells: bands of latitude 0.25° high (27.8 km > SAME_PLACE_KM), cut into cells at least
# as wide in every band compared with, so reports within SAME_PLACE_KM are in neighbouring cells.
CELL_DEGREES = 0.25


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
    report_id: int = 0  # the stored report's number
    own_id: str = ""  # the event id the report has alone (`report_event_id`)
    event_id: str = ""  # the event id the report is stored with now
    story_id: int | None = None  # the story of the report's article (None: not grouped yet)


def same_event(first: ReportKey, second: ReportKey) -> bool:
    if first.article_id == second.article_id:
        return False
    if first.story_id != second.story_id and None not in (first.story_id, second.story_id):
        return False
    if (first.plover_type, first.acled_sub_event_type) != (second.plover_type, second.acled_sub_event_type):
        return False
    if (first.date is None) != (second.date is None):
        return False
    if first.date is not None and second.date is not None and abs((first.date - second.date).days) > SAME_DATE_DAYS:
        return False
    if (first.lat is None) != (second.lat is None):
        return False
    if first.date is None and first.lat is None:  # and so the second: nothing but words in common
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


def report_event_id(article_id: str, trigger_start: int, plover_type: str) -> str:
    """The id of the event a report tells when no other report tells it too."""
    seed = f"{article_id}:{trigger_start}:{plover_type}"
    return "ev-" + hashlib.sha256(seed.encode()).hexdigest()[:16]


def cluster_reports(keys: Sequence[ReportKey]) -> dict[int, str]:
    """The event id of every report of one block (same PLOVER and ACLED types), by report id."""
    parent = list(range(len(keys)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first, second in _candidate_pairs(keys):
        if same_event(keys[first], keys[second]):
            parent[root(first)] = root(second)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys)):
        members[root(index)].append(index)
    event_ids: dict[int, str] = {}
    for group in members.values():
        event_id = min(keys[index].own_id for index in group)
        event_ids.update((keys[index].report_id, event_id) for index in group)
    return event_ids


@dataclass(frozen=True, slots=True)
class BlockMerge:
    """What merging one block changes: its counts, and the reports that move to another event."""

    reports: int
    events: int
    moves: dict[int, tuple[str, str]]  # report id → (event id stored now, event id it belongs to)


def merge_block(keys: Sequence[ReportKey]) -> BlockMerge:
    """Cluster one block and say which reports move (the executor's unit of merging work)."""
    event_ids = cluster_reports(keys)
    moves = {
        key.report_id: (key.event_id, event_ids[key.report_id])
        for key in keys
        if event_ids[key.report_id] != key.event_id
    }
    return BlockMerge(len(keys), len(set(event_ids.values())), moves)


def _candidate_pairs(keys: Sequence[ReportKey]) -> Iterable[tuple[int, int]]:
    """Every pair (i < j) of reports whose days and map cells are near enough to be one event."""
    cells: dict[tuple[int | None, tuple[int, int] | None], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        cells[(_day(key), _cell(key.lat, key.lon))].append(index)
    for index, key in enumerate(keys):
        day = _day(key)
        days = [None] if day is None else range(day - SAME_DATE_DAYS, day + SAME_DATE_DAYS + 1)
        for near_day in days:
            for near_cell in _near_cells(key.lat, key.lon):
                for other in cells.get((near_day, near_cell), ()):
                    if other > index:
                        yield index, other


def _day(key: ReportKey) -> int | None:
    return key.date.toordinal() if key.date is not None else None


def _band(lat: float) -> int:
    return math.floor(lat / CELL_DEGREES)


def _cell_width(band: int) -> float:
    """Degrees of longitude of the cells of `band`: CELL_DEGREES of latitude's length at the
    most poleward edge of the band and its two neighbours."""
    poleward = min(max(abs(band - 1), abs(band + 2)) * CELL_DEGREES, 90.0)
    return CELL_DEGREES / max(math.cos(math.radians(poleward)), 0.01)


def _cell(lat: float | None, lon: float | None) -> tuple[int, int] | None:
    if lat is None or lon is None:
        return None
    band = _band(lat)
    return band, math.floor(lon / _cell_width(band))


def _near_cells(lat: float | None, lon: float | None) -> list[tuple[int, int] | None]:
    if lat is None or lon is None:
        return [None]
    cells: list[tuple[int, int] | None] = []
    for band in range(_band(lat) - 1, _band(lat) + 2):
        column = math.floor(lon / _cell_width(band))
        cells += [(band, near) for near in range(column - 1, column + 2)]
    return cells
