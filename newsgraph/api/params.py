"""Request parameters shared by the API's list endpoints: cursors, pages and event filters.

A bad parameter raises `BadParameter`, which the app turns into a 400 naming the parameter.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Annotated, TypeVar

from fastapi import Query

from newsgraph.events.lexicon import PLOVER_ALIASES
from newsgraph.store.event_rows import EventFilter

T = TypeVar("T")
MAX_PAGE = 500
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


def encode_cursor(offset: int) -> str:
    """An opaque token for "the page starting at `offset`" (opaque so the scheme may change)."""
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset = payload["o"]
    except (binascii.Error, ValueError, KeyError, TypeError) as error:
        raise BadParameter("cursor", "not a cursor this server issued; pass next_cursor back unchanged") from error
    if not isinstance(offset, int) or offset < 0:
        raise BadParameter("cursor", "not a cursor this server issued; pass next_cursor back unchanged")
    return offset


LimitParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (1–{MAX_PAGE}).")]
CursorParam = Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page.")]


def page_of(rows: Iterable[T], limit: int, offset: int) -> tuple[list[T], str | None]:
    """The first `limit` of `rows` (already started at `offset`) and the cursor of the page after.

    `rows` should yield up to `limit + 1` items: the extra one only tells whether more exist.
    """
    iterator: Iterator[T] = iter(rows)
    items = list(islice(iterator, limit + 1))
    more = len(items) > limit
    return items[:limit], encode_cursor(offset + limit) if more else None


def _floats(parameter: str, value: str, count: int) -> list[float]:
    parts = value.split(",")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != count:
        raise BadParameter(parameter, f"expected {count} comma-separated numbers, got {value!r}")
    return numbers


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    lat, lon, km = _floats("near", value, 3)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
        raise BadParameter("near", "latitude -90..90, longitude -180..180, 0 < km <= 20000")
    return lat, lon, km


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    south, west, north, east = _floats("bbox", value, 4)
    if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):
        raise BadParameter("bbox", "expected south,west,north,east with south <= north and west <= east")
    return south, west, north, east


def event_filter(
    type_: Annotated[
        str | None,
        Query(alias="type", max_length=100, description="PLOVER type, ACLED event type or ACLED sub-event type."),
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="ISO-3 country of either actor, an actor id, or part of a name.")
    ] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3 code of the event's country.")
    ] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or before (YYYY-MM-DD).")] = None,
    bbox: Annotated[str | None, Query(description="south,west,north,east in degrees.")] = None,
    near: Annotated[str | None, Query(description="lat,lon,km: within km of a point.")] = None,
    article: Annotated[str | None, Query(max_length=100, description="Only events reported by this article.")] = None,
) -> EventFilter:
    """The event filters of `/api/events`, `/api/timeline` and `/api/relations`."""
    if since and until and since > until:
        raise BadParameter("until", f"{until} is before since={since}")
    wanted = PLOVER_ALIASES.get(type_.upper(), type_) if type_ else None
    return EventFilter(
        type=wanted,
        actor=actor,
        country=country,
        since=since,
        until=until,
        bbox=parse_bbox(bbox),
        near=parse_near(near),
        article_id=article,
    )
