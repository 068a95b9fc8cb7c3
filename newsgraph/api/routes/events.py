"""Events, the timeline and actor relations."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from newsgraph.api import convert, models
from newsgraph.api.deps import StoreDep, off_loop, read, reads_store
from newsgraph.api.params import (
    CursorParam,
    LimitParam,
    OrderParam,
    decode_cursor,
    decode_event_cursor,
    encode_event_cursor,
    event_filter,
    page_of,
)
from newsgraph.events.lexicon import QUAD_CLASSES
from newsgraph.export.events import write_events
from newsgraph.store.event_rows import EventFilter, shown_date
from newsgraph.store.sql_events import POINT_COLUMNS

router = APIRouter(prefix="/api", tags=["events"])
EventQuery = Annotated[EventFilter, Depends(event_filter)]
Interval = Literal["day", "week", "month", "year"]


@router.get("/events", response_model=models.Page[models.Event])
async def list_events(
    store: StoreDep, query: EventQuery, limit: LimitParam = 50, cursor: CursorParam = None, order: OrderParam = "newest"
) -> models.Page[models.Event]:
    """Events, newest first (undated last) or in another `sort`, each with the evidence it came from."""
    # Async: a quick read is answered on the event loop, a long one (a filter no index serves)
    # on a read thread (`deps.read`); a sync endpoint would cost two thread hops every time.
    query.order = order
    query.after = decode_event_cursor(cursor, order)  # keyset: a deep page costs what the first does
    rows, after = await read(store, store.event_page, query, limit)
    next_cursor = encode_event_cursor(after, order) if after is not None else None
    return models.Page(items=[convert.event(row) for row in rows], next_cursor=next_cursor)


MAX_POINTS = 200_000


@router.get("/events/points", response_model=models.EventPoints)
async def event_points(
    store: StoreDep,
    query: EventQuery,
    max_points: Annotated[int, Query(alias="max", ge=1, le=MAX_POINTS)] = MAX_POINTS,
) -> models.EventPoints:
    """Every placed event matching the filters, as compact rows for a map (no paging)."""
    query.limit = max_points + 1
    rows = await read(store, store.event_points, query)
    columns = [*POINT_COLUMNS, "quad_class"]
    points = [[*row[:3], shown_date(row[3], row[4]), *row[4:], QUAD_CLASSES[row[5]]] for row in rows[:max_points]]
    return models.EventPoints(columns=columns, points=points, truncated=len(rows) > max_points)


EXPORT_TYPES = {
    "csv": ("text/csv", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
    "acled-csv": ("text/csv", "csv"),
}


@router.get("/events/export", response_class=FileResponse, responses={200: {"content": {"text/csv": {}}}})
async def export_events(
    store: StoreDep,
    query: EventQuery,
    fmt: Annotated[Literal["csv", "jsonl", "geojson", "acled-csv"], Query(alias="format")] = "csv",
    order: OrderParam = "newest",
) -> FileResponse:
    """Every event matching the filters (the same as `/api/events`, all pages) as a file: what
    the dashboard's "export this view" links download. Written to a temporary file first, so a
    large export holds one event in memory and the store is released before the download."""
    media_type, extension = EXPORT_TYPES[fmt]
    query.order = order
    handle, name = tempfile.mkstemp(prefix="newsgraph-export-", suffix=f".{extension}")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            await off_loop(write_events, store.iter_events(query), out, fmt)
    except BaseException:
        Path(name).unlink()
        raise
    return FileResponse(
        name,
        media_type=media_type,
        filename=f"newsgraph-events.{extension}",
        background=BackgroundTask(Path(name).unlink),
    )


@router.get("/events/{event_id}", response_model=models.Event, responses={404: {"model": models.Problem}})
@reads_store
def get_event(store: StoreDep, event_id: str) -> models.Event:
    """One event with every field and its evidence spans (offsets into the articles' clean text)."""
    row = store.event(event_id)
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    event = convert.event(row)
    event.story_id = store.story_of(row.article_ids[0]) if row.article_ids else None
    return event


@router.get("/timeline", response_model=models.Timeline)
@reads_store
def timeline(
    store: StoreDep,
    query: EventQuery,
    interval: Annotated[Interval, Query(description="Bucket width.")] = "day",
    by: Annotated[
        Literal["plover", "acled"], Query(description="Stack by PLOVER type or ACLED event type.")
    ] = "plover",
) -> models.Timeline:
    """Events counted per period and type. Undated events, and events dated less precisely than
    the interval (only a year, on a weekly chart), are counted apart."""
    buckets = store.event_timeline(query, interval, by)
    span = store.event_span(query)
    placed = sum(item.count for item in buckets)
    return models.Timeline(
        interval=interval,
        by=by,
        buckets=[models.TimelineBucket(period=item.period, key=item.key, count=item.count) for item in buckets],
        undated=span["undated"],
        too_coarse=span["dated"] - placed,
    )


@router.get("/relations", response_model=models.Page[models.Relation])
@reads_store
def relations(
    store: StoreDep,
    query: EventQuery,
    interval: Annotated[Interval | None, Query(description="Split counts per period (default: all time).")] = None,
    limit: LimitParam = 200,
    cursor: CursorParam = None,
) -> models.Page[models.Relation]:
    """Actor pairs (source → target) with their cooperation and conflict event counts; filter
    with `actor=` for one actor's relations. Busiest pairs first."""
    offset = decode_cursor(cursor)
    rows = store.event_relations(query, interval)[offset:]
    page, next_cursor = page_of(rows, limit, offset)
    return models.Page(items=[convert.relation(row) for row in page], next_cursor=next_cursor)
