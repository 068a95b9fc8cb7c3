"""Stories: the articles that report one real-world event, with their events and figures."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from newsgraph.api import convert, models
from newsgraph.api.deps import StoreDep, reads_store
from newsgraph.api.params import DATE_PATTERN, CursorParam, IdParam, LimitParam, decode_cursor, page_of
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.filter_values import parse_country, parse_date_range
from newsgraph.store.sql_stories import StoryFilter

router = APIRouter(prefix="/api", tags=["stories"])


@router.get("/stories", response_model=models.Page[models.Story])
@reads_store
def list_stories(
    store: StoreDep,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Still running on or after.")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Begun on or before.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="An event party: ISO-3, actor id, name.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="An event's place.")] = None,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    order: Annotated[
        Literal["latest", "articles"],
        Query(alias="sort", description="latest (default: the last day first) or articles (the biggest first)."),
    ] = "latest",
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> models.Page[models.Story]:
    """Stories, the latest (or the biggest) first."""
    offset = decode_cursor(cursor)
    since, until = parse_date_range(since, until)
    query = StoryFilter(
        since, until, actor, parse_country(country) if country else None, min_articles, limit + 1, offset, order
    )
    rows, next_cursor = page_of(store.stories(query), limit, offset)
    return models.Page(items=[models.Story(**asdict(row)) for row in rows], next_cursor=next_cursor)


@router.get("/stories/{story_id}", response_model=models.StoryDetail, responses={404: {"model": models.Problem}})
@reads_store
def get_story(store: StoreDep, story_id: IdParam) -> models.StoryDetail:
    """One story: its articles in time order, every event they report (whatever its
    confidence: the story is the evidence), and each source's figures."""
    row = store.story(story_id)
    if row is None:
        raise HTTPException(404, f"no story {story_id}")
    return models.StoryDetail(
        **asdict(row),
        article_list=[models.StoryArticle(**article) for article in store.story_articles(story_id)],
        event_list=[convert.event(event) for event in store.iter_events(EventFilter(story_id=story_id))],
        figures=[models.StoryFigure(**figure) for figure in store.story_figures(story_id)],
    )
