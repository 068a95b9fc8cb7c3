"""The story step over the store: group the articles that have no story yet, batch by batch.

Incremental: the stored document frequencies and the stories a new article could still join
(those active within the date window of the earliest new article, and the undated ones) are
read once; each batch of new articles is weighed, assigned and stored in one transaction, so an
interrupted run keeps the batches it finished and the next run goes on from there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from newsgraph.analysis.claims import is_gone, new_claimant
from newsgraph.store.sql_stories import PendingStoryArticle
from newsgraph.stories.clustering import Assignment, StoryIndex, StorySettings
from newsgraph.stories.profile import ArticleProfile, profile

BATCH_SIZE = 1000
EVICT_EVERY = 10  # batches between drops of the stories no article left can join (one scan of the articles)
LEASE_SECONDS = 3_600  # a grouping run that has held the lease this long is presumed dead


class StoryStore(Protocol):
    def transaction(self) -> AbstractContextManager[None]: ...

    def take_story_lease(self, holder: str, *, stale_after: str, gone: Callable[[str], bool]) -> bool: ...

    def release_story_lease(self, holder: str) -> None: ...

    def articles_without_story(self, *, after: int = 0, limit: int = 1000) -> list[PendingStoryArticle]: ...

    def earliest_unassigned_day(self) -> tuple[date | None, bool]: ...

    def load_story_index(self, index: StoryIndex, *, active_since: date | None = None) -> None: ...

    def save_story_batch(
        self,
        index: StoryIndex,
        profiles: list[ArticleProfile],
        assignments: list[Assignment],
        titles: dict[str, str | None],
    ) -> None: ...


@dataclass(slots=True)
class StorySummary:
    articles: int = 0
    opened: int = 0  # new stories
    joined: int = 0  # articles that joined an existing story
    loaded_stories: int = 0
    evicted_stories: int = 0  # dropped from memory on the way: older than any article left could join
    busy: bool = False  # another run was grouping: it (or the next run) groups these articles
    seconds: float = 0.0


def assign_stories(
    store: StoryStore,
    settings: StorySettings | None = None,
    *,
    on_batch: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
    evict_every: int = EVICT_EVERY,
) -> StorySummary:
    """Give every article without a story one; returns what was done. One run groups at a
    time: while another holds the lease this returns at once with `busy` set. Every
    `evict_every` batches the stories that no article left to group can join are dropped from
    memory, so grouping years of news holds the stories of a window, not of the whole store."""
    started = time.perf_counter()
    summary = StorySummary()
    holder = new_claimant()
    stale_after = (datetime.now(UTC) - timedelta(seconds=LEASE_SECONDS)).isoformat(timespec="seconds")
    if not store.take_story_lease(holder, stale_after=stale_after, gone=is_gone):
        summary.busy = True
        return summary
    try:
        _assign(store, settings, summary, on_batch, batch_size, evict_every)
    finally:
        store.release_story_lease(holder)
    summary.seconds = time.perf_counter() - started
    return summary


def _assign(
    store: StoryStore,
    settings: StorySettings | None,
    summary: StorySummary,
    on_batch: Callable[[int], None] | None,
    batch_size: int,
    evict_every: int,
) -> None:
    index = StoryIndex(settings)
    earliest, some_undated = store.earliest_unassigned_day()
    if earliest is None and not some_undated:
        return  # nothing to assign
    store.load_story_index(index, active_since=_active_since(earliest, some_undated, index))
    summary.loaded_stories = len(index.stories)
    after = batches = 0
    while batch := store.articles_without_story(after=after, limit=batch_size):
        after = batch[-1].rowid
        batches += 1
        if batches % evict_every == 0 and (active_since := _active_since(*store.earliest_unassigned_day(), index)):
            summary.evicted_stories += index.evict_before(active_since)
        profiles = [profile(article.article_id, article.text, article.published_at) for article in batch]
        assignments = list(index.add_batch(profiles))
        with store.transaction():
            store.save_story_batch(index, profiles, assignments, {a.article_id: a.title for a in batch})
        index.trim({assignment.story_id for assignment in assignments})
        summary.articles += len(assignments)
        summary.opened += sum(1 for assignment in assignments if assignment.opened)
        if on_batch is not None:
            on_batch(len(assignments))
    summary.joined = summary.articles - summary.opened


def _active_since(earliest: date | None, some_undated: bool, index: StoryIndex) -> date | None:
    """The earliest last day of a story that an article still to group can join; None when
    any story can (an article to group has no publication date)."""
    if earliest is None or some_undated:
        return None
    return earliest - timedelta(days=index.settings.window_days)
