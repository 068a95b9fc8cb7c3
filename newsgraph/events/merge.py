"""When two articles report the same real-world event.

Strict on purpose — GDELT's duplicates come from merging too little, but wrong merges are worse
for analysts because they hide events. Two reports are one event when their articles are in
the same story (`newsgraph.stories`: they report one real-world episode), they have the same
PLOVER and ACLED types, dates no more than a day apart (never undated: two articles of
Athens riots with no date at all, one of December 2008, one of a 2010 strike, are one story and
name one city; with neither a date nor a place, the wording and the parties alone would join an
op-ed and a speech), places within 25 km (or both unplaced), and the same parties: the same
stored actors, or failing that the same countries, on both sides.

Reports dated no closer than a week (most are dated by their article's publication only) must
be worded alike: "told a rally in Kolkata" and "street protests" of the same week are two events.
Without a place the test is stricter. A deed done at a place (a protest, an attack, a clash, an
arrest) is not merged, nor when its place is only a country: on one day of nationwide protests,
arrests by "police" in San Francisco and in New York passed every other test. A report must name
its doer, and reports dated no closer than a week must either be told alike (as many letters
between the doer and the trigger: one sentence in two versions of a wire story) or both name the
second party: on Reuters copy of one week's euro-zone story, "offered to sell assets" and "agreed
to assume the risk", "the EU treaty" in two unrelated remarks, and "Democrats oppose this" and
"an approach Democratic leaders oppose" passed every other test.

Reports in one article are never merged: an article that tells two strikes in two sentences
means two strikes, and no chain of links through other articles' reports may join them either.

`cluster_reports` applies the test to a whole block of reports (one type pair) at once: the
pairs that pass it are linked, the most alike first (same wording, then the same day), each
link joining two events unless they would then hold two reports of one article; an event is
named by the smallest of its reports' own ids. The order of the links depends only on the
reports, never on the order they came in, and every candidate is looked at: pairs are found
through day and map cells, not by a capped query.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from newsgraph.geo.shapes import distance_km

SAME_PLACE_KM = 25.0
SAME_DATE_DAYS = 1
# Map cells: bands of latitude 0.25° high (27.8 km > SAME_PLACE_KM), cut into cells at least
# as wide in every band compared with, so reports within SAME_PLACE_KM are in neighbouring cells.
CELL_DEGREES = 0.25
PLACE_BOUND_TYPES = frozenset({"PROTEST", "ASSAULT", "FIGHT", "COERCE"})  # deeds done somewhere: arrests, attacks


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
    trigger: str = ""  # the trigger's words as written
    date_precision: str | None = None  # "day", "week", "month" or "year" (`Precision`)
    doer_gap: int | None = None  # characters between the end of the first party's name and the trigger
    place_precision: str | None = None  # "place", "admin region" or "country"


def same_event(first: ReportKey, second: ReportKey) -> bool:
    if first.article_id == second.article_id:
        return False
    if first.story_id != second.story_id and None not in (first.story_id, second.story_id):
        return False
    if (first.plover_type, first.acled_sub_event_type) != (second.plover_type, second.acled_sub_event_type):
        return False
    if first.date is None or second.date is None:  # the same kind of deed in one city, any year
        return False
    if abs((first.date - second.date).days) > SAME_DATE_DAYS:
        return False
    if (first.lat is None) != (second.lat is None):
        return False
    if not _dated_to_the_day(first, second) and not _worded_alike(first, second):
        return False  # "told a rally in Kolkata" and "street protests" of the same week
    if first.lat is None and not _alike_without_a_place(first, second):
        return False
    if first.plover_type in PLACE_BOUND_TYPES and "country" in (first.place_precision, second.place_precision):
        return False  # "industrial unrest in China" and "social unrest" in China: no place to tell
    both_placed = None not in (first.lat, first.lon, second.lat, second.lon)
    if both_placed and distance_km(first.lat, first.lon, second.lat, second.lon) > SAME_PLACE_KM:  # type: ignore[arg-type]
        return False
    return _same_party(first.actor1, second.actor1) and _same_party(first.actor2, second.actor2)


def _alike_without_a_place(first: ReportKey, second: ReportKey) -> bool:
    """What two unplaced reports need besides: a deed not done at a place, a named doer, and
    either a date to the day, the same telling or a named second party on both."""
    if first.plover_type in PLACE_BOUND_TYPES:
        return False  # two unplaced protests or arrests by "protesters" or "police" in one week
    if not (_identified(first.actor1) and _identified(second.actor1)):
        return False  # no doer and no place: nothing says what happened where, or by whom
    if _dated_to_the_day(first, second) or _told_alike(first, second):
        return True
    return _identified(first.actor2) and _identified(second.actor2)  # not "Democrats oppose this"


def _same_party(first: tuple[int | None, str | None], second: tuple[int | None, str | None]) -> bool:
    (first_id, first_country), (second_id, second_country) = first, second
    if first_id is not None and second_id is not None:
        return first_id == second_id
    if first_country is not None and second_country is not None:
        return first_country == second_country
    return first_id is None and second_id is None and first_country is None and second_country is None


def _identified(party: tuple[int | None, str | None]) -> bool:
    return party != (None, None)


def _dated_to_the_day(first: ReportKey, second: ReportKey) -> bool:
    return first.date_precision == second.date_precision == "day"


def _told_alike(first: ReportKey, second: ReportKey) -> bool:
    """Whether the two reports have the same words between the doer and the trigger, as far as
    their length tells: the same sentence in two versions of one wire story ("Kugel has been
    cooperating with the government"), not the same verb in two remarks ("many Democrats oppose
    this", "an approach Democratic leaders oppose"). A doer right before its trigger ("the EU
    treaty") tells nothing."""
    return first.doer_gap is not None and first.doer_gap > 1 and first.doer_gap == second.doer_gap


WORD_FAMILY_PREFIX = 4  # "deal"/"deals", "protest"/"protesters", "agreed"/"agreement"


def _worded_alike(first: ReportKey, second: ReportKey) -> bool:
    """Whether the two triggers open with words of one family (a shared opening of four
    letters, or the whole of the shorter word): "called for" and "calls", not "offered" and
    "agreed"."""
    first_word, second_word = _opening_word(first.trigger), _opening_word(second.trigger)
    reach = min(WORD_FAMILY_PREFIX, len(first_word), len(second_word))
    return reach > 0 and first_word[:reach] == second_word[:reach]


@lru_cache(maxsize=4096)
def _opening_word(trigger: str) -> str:
    """A trigger's first word, lower-cased (kept: a block compares every pair of its reports)."""
    words = trigger.lower().split()
    return words[0] if words else ""


def report_event_id(article_id: str, trigger_start: int, plover_type: str) -> str:
    """The id of the event a report tells when no other report tells it too."""
    seed = f"{article_id}:{trigger_start}:{plover_type}"
    return "ev-" + hashlib.sha256(seed.encode()).hexdigest()[:16]


def cluster_reports(keys: Sequence[ReportKey]) -> dict[int, str]:
    """The event id of every report of one block (same PLOVER and ACLED types), by report id."""
    return link_reports(keys, [pair for pair in _candidate_pairs(keys) if same_event(keys[pair[0]], keys[pair[1]])])


def link_reports(keys: Sequence[ReportKey], pairs: Iterable[tuple[int, int]]) -> dict[int, str]:
    """Join the reports of `pairs` (indexes into `keys`, each pair one event by `same_event`)
    into events, the most alike pairs first; a link that would put two reports of one article
    in one event is skipped. Returns the event id of every report, by report id."""
    parent = list(range(len(keys)))
    articles = [{key.article_id} for key in keys]  # by root: the articles its event's reports are in

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first, second in sorted(pairs, key=lambda pair: _link_order(keys[pair[0]], keys[pair[1]])):
        first_root, second_root = root(first), root(second)
        if first_root == second_root or not articles[first_root].isdisjoint(articles[second_root]):
            continue
        if len(articles[first_root]) > len(articles[second_root]):
            first_root, second_root = second_root, first_root  # the smaller joins the larger: no quadratic copying
        parent[first_root] = second_root
        articles[second_root] |= articles[first_root]
        articles[first_root] = set()
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


def _link_order(first: ReportKey, second: ReportKey) -> tuple[bool, bool, str, str]:
    """Most alike first (the same wording, then the same day); ties by the reports' own ids,
    which do not depend on the order the reports were read in."""
    low, high = sorted((first.own_id, second.own_id))
    return (not _worded_alike(first, second), first.date != second.date, low, high)


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
