"""Request parameters shared by the API's list endpoints: cursors, pages and event filters.

A bad parameter raises `BadParameter`, which the app turns into a 400 naming the parameter.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Annotated, Literal, TypeVar

from fastapi import Path, Query

from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.store.event_rows import EventFilter, InvalidFilter, parse_bbox, parse_near
from newsgraph.store.filter_values import parse_country, parse_date_range, parse_event_type

T = TypeVar("T")
MAX_PAGE = 500
# SQLite integers are signed 64-bit: a larger id or offset can match nothing, and binding it
# raises OverflowError (a 500). Ids and offsets are checked against this bound first.
MAX_SQL_INT = 2**63 - 1
IdParam = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="A stored id.")]
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


# The store's filter error serves the API too: it names the parameter at fault.
BadParameter = InvalidFilter


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
    if not isinstance(offset, int) or not 0 <= offset <= MAX_SQL_INT - MAX_PAGE:
        raise BadParameter("cursor", "not a cursor this server issued; pass next_cursor back unchanged")
    return offset


def encode_event_cursor(after: tuple[str | float, str], order: str) -> str:
    """An opaque token for "the events after this one" in `order` (keyset paging of `/api/events`)."""
    return base64.urlsafe_b64encode(json.dumps({"a": list(after), "s": order}).encode()).decode().rstrip("=")


def decode_event_cursor(cursor: str | None, order: str = "newest") -> tuple[str | float, str] | None:
    """The key a cursor starts after; refused when it was issued for another order (a date is no
    toll to compare with)."""
    if not cursor:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        sort_key, event_key = payload["a"]
        issued_for = payload.get("s", "newest")
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BadParameter("cursor", "not a cursor this server issued; pass next_cursor back unchanged") from error
    numeric = order in NUMERIC_ORDERS
    key_ok = (
        isinstance(sort_key, int | float) and not isinstance(sort_key, bool) if numeric else isinstance(sort_key, str)
    )
    if issued_for != order or not key_ok or not isinstance(event_key, str):
        raise BadParameter("cursor", "not a cursor this server issued for this sort; pass next_cursor back unchanged")
    if numeric and not -1 <= sort_key <= MAX_SQL_INT:
        raise BadParameter("cursor", "not a cursor this server issued; pass next_cursor back unchanged")
    return sort_key, event_key


NUMERIC_ORDERS = ("deadliest", "confident")
EventOrder = Literal["newest", "oldest", "deadliest", "confident"]
OrderParam = Annotated[
    EventOrder,
    Query(
        alias="sort",
        description="newest (default; undated last), oldest (undated last), deadliest (most killed first), "
        "confident (highest confidence first).",
    ),
]


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


async def event_filter(
    type_: Annotated[
        str | None,
        Query(alias="type", max_length=100, description="PLOVER type, ACLED event type or ACLED sub-event type."),
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="ISO-3 country of either actor, an actor id, or part of a name.")
    ] = None,
    partner: Annotated[
        str | None,
        Query(max_length=200, description="With `actor`: only events between the two (the same forms as `actor`)."),
    ] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3 code of the event's country.")
    ] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or before (YYYY-MM-DD).")] = None,
    bbox: Annotated[str | None, Query(description="south,west,north,east in degrees.")] = None,
    near: Annotated[str | None, Query(description="lat,lon,km: within km of a point.")] = None,
    article: Annotated[str | None, Query(max_length=100, description="Only events reported by this article.")] = None,
    story: Annotated[
        int | None, Query(ge=1, le=MAX_SQL_INT, description="Only events reported by this story's articles.")
    ] = None,
    min_confidence: Annotated[
        float,
        Query(
            ge=0.0,
            le=1.0,
            description="Hide events whose confidence (estimated probability that the type is right) is below "
            "this; 0 shows every event.",
        ),
    ] = DEFAULT_MIN_CONFIDENCE,
) -> EventFilter:
    """The event filters of `/api/events`, `/api/timeline` and `/api/relations`. Async only so
    that FastAPI runs it on the event loop instead of sending it to a worker thread: it only
    parses, and the hop cost more than the work."""
    since, until = parse_date_range(since, until)
    return EventFilter(
        type=parse_event_type(type_) if type_ else None,
        actor=actor,
        partner=partner,
        country=parse_country(country) if country else None,
        since=since,
        until=until,
        bbox=parse_bbox(bbox) if bbox else None,
        near=parse_near(near) if near else None,
        article_id=article,
        story_id=story,
        min_confidence=min_confidence,
    )
