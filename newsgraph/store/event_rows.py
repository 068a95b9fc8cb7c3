"""What the store returns for events, shaped as the export and API present them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class EventEvidence:
    article_id: str
    sentence: int
    start: int
    end: int
    fields: dict[str, list[int]] = field(default_factory=dict)  # field → [start, end] in the article


@dataclass(slots=True)
class EventRow:
    event_id: str
    article_ids: list[str]
    evidence: list[EventEvidence]
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: dict[str, Any] | None
    actor2: dict[str, Any] | None
    location: dict[str, Any] | None
    date: str | None  # as precise as known: "2022", "2022-03" or "2022-03-05" (`shown_date`)
    date_precision: str | None
    date_evidence: dict[str, Any] | None
    fatalities: int | None
    fatalities_min: int | None
    fatalities_max: int | None
    injured: int | None
    confidence: float
    trigger: str = ""
    # Every source's toll (article, publisher, published_at, killed, injured), the range of the
    # killed figures, and the article the best value (`fatalities`) came from: see
    # `newsgraph.events.figures` for the rule.
    figures: list[dict[str, Any]] = field(default_factory=list)
    fatalities_range: list[int] | None = None
    fatalities_source: str | None = None

    def public_dict(self) -> dict[str, Any]:
        return asdict(self)


def shown_date(iso_date: str | None, precision: str | None) -> str | None:
    """An event's date written as precisely as it is known: "2022" for a year, "2022-03" for a
    month, the day otherwise. The store keeps the period's first day for sorting and filtering;
    shown as "2022-01-01", a year-only date would claim a day nobody reported."""
    if iso_date is None:
        return None
    if precision == "year":
        return iso_date[:4]
    if precision == "month":
        return iso_date[:7]
    return iso_date


def first_day(shown: str) -> str:
    """The first day of a shown date's period ("2022" → "2022-01-01"), for formats that need a day."""
    return shown + "-01" * ((10 - len(shown)) // 3)


class InvalidFilter(ValueError):
    """A filter value that cannot be read; `parameter` names it for the CLI and the API."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


def _floats(parameter: str, value: str, count: int) -> list[float]:
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != count:
        raise InvalidFilter(parameter, f"expected {count} comma-separated numbers, got {value!r}")
    return numbers


def parse_near(value: str) -> tuple[float, float, float]:
    """ "LAT,LON,KM" → (lat, lon, km), checked."""
    lat, lon, km = _floats("near", value, 3)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
        raise InvalidFilter("near", "latitude -90..90, longitude -180..180, 0 < km <= 20000")
    return lat, lon, km


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """ "SOUTH,WEST,NORTH,EAST" → a checked box."""
    south, west, north, east = _floats("bbox", value, 4)
    if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):
        raise InvalidFilter("bbox", "expected south,west,north,east with south <= north and west <= east")
    return south, west, north, east


@dataclass(slots=True)
class EventFilter:
    """Filters of `newsgraph events` and the API; all optional, combined with AND."""

    type: str | None = None  # PLOVER type (or an alias: REQUEST, ACCUSE), ACLED event or sub-event type
    actor: str | None = None  # ISO-3 country of either actor, a stored actor id, or part of a name
    partner: str | None = None  # the other party of `actor` (same forms): events between the two
    country: str | None = None  # ISO-3 of the event's place
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    article_id: str | None = None
    story_id: int | None = None  # events reported by the articles of this story
    # Only events whose best report's confidence is at least this (0: all). The CLI and API
    # default to `events.confidence.DEFAULT_MIN_CONFIDENCE`; the library returns everything.
    min_confidence: float = 0.0
    limit: int | None = None
    offset: int = 0
    # Keyset paging: (sort key, event id) of the last event of the previous page, from
    # `event_page`; the next page starts right after it, however deep, without counting rows.
    after: tuple[str | float, str] | None = None
    order: str = "newest"  # a key of `sql_events.EVENT_ORDERS`: newest, oldest, deadliest, confident


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    """How many events of one kind (`key`: a PLOVER or ACLED type) fall in one period."""

    period: str  # ISO date of the period's first day
    key: str
    count: int


@dataclass(slots=True)
class RelationRow:
    """Events from one actor to another in one period (or all time), by PLOVER quad side."""

    source: dict[str, Any]  # {actor_id, name, country, kind}
    target: dict[str, Any]
    period: str | None
    cooperation: int = 0
    conflict: int = 0
    types: dict[str, int] = field(default_factory=dict)
