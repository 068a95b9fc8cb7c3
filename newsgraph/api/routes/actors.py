"""Actors and quotes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from newsgraph.api import convert, models
from newsgraph.api.deps import StoreDep, reads_store
from newsgraph.api.params import MAX_SQL_INT, CursorParam, IdParam, LimitParam, decode_cursor, page_of
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.nlp.records import ActorKind
from newsgraph.store.actor_rows import ActorFilter, QuoteFilter
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.filter_values import parse_country

router = APIRouter(prefix="/api", tags=["actors"])
ACTOR_EVENTS = 100


@router.get("/actors", response_model=models.Page[models.Actor])
@reads_store
def list_actors(
    store: StoreDep,
    type_: Annotated[ActorKind | None, Query(alias="type", description="person, country, …")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    name: Annotated[str | None, Query(max_length=200, description="Part of a name or alias.")] = None,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> models.Page[models.Actor]:
    """Actors, most mentioned first."""
    offset = decode_cursor(cursor)
    kind = type_.value if type_ else None
    query = ActorFilter(
        kind=kind, country=parse_country(country) if country else None, name=name, limit=limit + 1, offset=offset
    )
    rows, next_cursor = page_of(store.iter_actors(query), limit, offset)
    return models.Page(items=[convert.actor(row) for row in rows], next_cursor=next_cursor)


@router.get("/actors/{actor_id}", response_model=models.ActorDetail, responses={404: {"model": models.Problem}})
@reads_store
def get_actor(
    store: StoreDep,
    actor_id: IdParam,
    events: Annotated[
        int,
        Query(
            ge=0,
            le=ACTOR_EVENTS,
            description="How many of its latest events to include (0: none; page them with /api/events?actor=).",
        ),
    ] = ACTOR_EVENTS,
    quotes: Annotated[
        int | None, Query(ge=0, le=MAX_SQL_INT, description="At most this many of its quotes (default: all).")
    ] = None,
    articles: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_SQL_INT,
            description="At most this many of its article ids (default: all; `articles` counts them).",
        ),
    ] = None,
) -> models.ActorDetail:
    """One actor: aliases, roles, how it was resolved, its articles, quotes and latest events (those
    at the default confidence, as `/api/events` lists them)."""
    row = store.actor(actor_id)
    if row is None:
        raise HTTPException(404, f"no actor {actor_id}")
    latest = (
        store.iter_events(EventFilter(actor=str(actor_id), limit=events, min_confidence=DEFAULT_MIN_CONFIDENCE))
        if events
        else []
    )
    return models.ActorDetail(
        **convert.actor(row).model_dump(),
        evidence=[
            models.ActorEvidence(article_id=article, evidence=text) for article, text in store.actor_evidence(actor_id)
        ],
        article_ids=store.actor_articles(actor_id, limit=articles),
        quotes=[
            convert.quote(quote) for quote in store.iter_quotes(QuoteFilter(speaker_actor_id=actor_id, limit=quotes))
        ]
        if quotes != 0  # a filter's limit of 0 means none set
        else [],
        events=[convert.event(event) for event in latest],
    )


@router.get("/quotes", response_model=models.Page[models.Quote])
@reads_store
def list_quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(max_length=200, description="Part of the speaker's name.")] = None,
    actor: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="The speaker's actor id.")] = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
    fragments: Annotated[bool, Query(description="Include short quoted fragments.")] = False,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> models.Page[models.Quote]:
    """Direct quotes and reported speech with their speakers."""
    offset = decode_cursor(cursor)
    query = QuoteFilter(
        speaker=speaker,
        speaker_actor_id=actor,
        article_id=article,
        include_fragments=fragments,
        limit=limit + 1,
        offset=offset,
    )
    rows, next_cursor = page_of(store.iter_quotes(query), limit, offset)
    return models.Page(items=[convert.quote(row) for row in rows], next_cursor=next_cursor)
