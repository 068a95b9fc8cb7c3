"""Articles and full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from newsgraph.api import models
from newsgraph.api.convert import article_summary
from newsgraph.api.deps import StoreDep, reads_store
from newsgraph.api.params import DATE_PATTERN, BadParameter, CursorParam, LimitParam, decode_cursor, page_of
from newsgraph.errors import StoreError
from newsgraph.store.base import ArticleFilter
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.filter_values import parse_date_range

router = APIRouter(prefix="/api", tags=["articles"])


@router.get("/articles", response_model=models.Page[models.ArticleSummary])
@reads_store
def list_articles(
    store: StoreDep,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published on or after.")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published on or before.")] = None,
    unique: Annotated[bool, Query(description="Leave out stored duplicates.")] = False,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> models.Page[models.ArticleSummary]:
    """Stored articles in ingest order."""
    offset = decode_cursor(cursor)
    since, until = parse_date_range(since, until)
    query = ArticleFilter(
        publisher=publisher,
        language=language,
        since=since,
        until=until,
        unique_only=unique,
        limit=limit + 1,
        offset=offset,
    )
    rows, next_cursor = page_of(store.articles(query), limit, offset)
    return models.Page(items=[article_summary(row) for row in rows], next_cursor=next_cursor)


@router.get("/articles/{article_id}", response_model=models.ArticleDetail, responses={404: {"model": models.Problem}})
@reads_store
def get_article(store: StoreDep, article_id: str) -> models.ArticleDetail:
    """One article: clean text, metadata, what cleaning removed and why, duplicates, mentions."""
    row = store.article(article_id)
    if row is None:
        raise HTTPException(404, f"no article {article_id!r}")
    summary = article_summary(row)
    return models.ArticleDetail(
        **summary.model_dump(),
        author=row.author,
        url=row.url,
        published_at_source=row.published_at_source,
        text=row.text,
        removals=[
            models.Removal(rule=item.rule, text=item.text, line_no=item.line_no) for item in store.removals(row.id)
        ],
        duplicates=store.duplicates_of(row.id),
        sources=[
            models.SourceLocation.model_validate(item, from_attributes=True) for item in store.locations(row.page_id)
        ],
        mentions=[models.Mention.model_validate(item, from_attributes=True) for item in store.mentions(row.id)],
        event_ids=[event.event_id for event in store.iter_events(EventFilter(article_id=row.id))],
    )


@router.get("/search", response_model=models.Page[models.SearchHit])
@reads_store
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (all of them, any order).")],
    fts: Annotated[bool, Query(description="Read q as SQLite FTS5 syntax (phrases, OR, NEAR, prefix*).")] = False,
    limit: LimitParam = 20,
    cursor: CursorParam = None,
) -> models.Page[models.SearchHit]:
    """Full-text search over titles and clean text, best first, with snippets."""
    offset = decode_cursor(cursor)
    try:
        hits = store.search(q, limit + 1, raw_syntax=fts, offset=offset)
    except StoreError as error:
        raise BadParameter("q", str(error)) from error
    rows, next_cursor = page_of(hits, limit, offset)
    return models.Page(
        items=[models.SearchHit.model_validate(hit, from_attributes=True) for hit in rows], next_cursor=next_cursor
    )
