"""Reads and writes for stories (mixed into both stores; SQL both backends run).

Four tables: `stories` (one row per story: title, dated span, size, and its summed word
vector, kept to its strongest terms, which is what a later batch is compared with),
`story_articles` (each article's story, with the similarity it joined at), and `story_terms`
(document frequencies of the words of every assigned article, the IDF of later batches), and
`story_lease` (which run is grouping now: one at a time).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from newsgraph.store.sql_connection import Connection, limit_value
from newsgraph.store.sql_events import actor_condition
from newsgraph.stories.clustering import Assignment, Story, StoryIndex
from newsgraph.stories.profile import ArticleProfile

IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class PendingStoryArticle:
    rowid: int
    article_id: str
    title: str | None
    text: str
    published_at: str | None


@dataclass(slots=True)
class StoryRow:
    story_id: int
    title: str | None
    first_day: str | None
    last_day: str | None
    articles: int
    events: int = 0


@dataclass(frozen=True, slots=True)
class StoryFilter:
    since: str | None = None  # stories whose last day is on or after this
    until: str | None = None  # ... and whose first day is on or before this
    actor: str | None = None  # an event party: ISO-3 country, actor id, or part of a name
    country: str | None = None  # an event's place (ISO-3)
    min_articles: int = 1
    limit: int | None = None
    offset: int = 0
    order: str = "latest"  # a key of STORY_ORDERS


# How a list of stories may be sorted; each ends on the id, so pages never overlap.
STORY_ORDERS = {
    "latest": "COALESCE(s.last_day, '') DESC, s.articles DESC, s.story_id",
    "articles": "s.articles DESC, COALESCE(s.last_day, '') DESC, s.story_id",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoryTablesMixin:
    _db: Connection
    transaction: Callable[[], AbstractContextManager[None]]  # the store's write transaction

    def take_story_lease(self, holder: str, *, stale_after: str, gone: Callable[[str], bool]) -> bool:
        """Become the one run that groups stories (two at once would both place the same
        articles and number new stories alike). The lease of a holder that is `gone`, or that
        took it before `stale_after` (ISO time), is taken over. Call outside a transaction."""
        with self.transaction():
            row = self._db.execute("SELECT holder, taken_at FROM story_lease WHERE name = 'stories'").fetchone()
            if row is not None and row[0] != holder and row[1] > stale_after and not gone(row[0]):
                return False
            self._db.execute(
                "INSERT INTO story_lease (name, holder, taken_at) VALUES ('stories', ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, taken_at = excluded.taken_at",
                (holder, _now()),
            )
        return True

    def release_story_lease(self, holder: str) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM story_lease WHERE name = 'stories' AND holder = ?", (holder,))

    def articles_without_story(self, *, after: int = 0, limit: int = 1000) -> list[PendingStoryArticle]:
        """Articles with no story yet, in storage order (exact duplicates are their original's)."""
        rows = self._db.execute(
            """SELECT a.rowid, a.article_id, a.title, a.text, a.published_at FROM articles a
               WHERE a.rowid > ? AND (a.duplicate_kind IS NULL OR a.duplicate_kind != 'exact')
                 AND NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.article_id)
               ORDER BY a.rowid LIMIT ?""",
            (after, limit),
        ).fetchall()
        return [PendingStoryArticle(int(row[0]), row[1], row[2], row[3], row[4]) for row in rows]

    def earliest_unassigned_day(self) -> tuple[date | None, bool]:
        """The earliest publication day among articles without a story, and whether any of
        them has none (then every stored story may be joined)."""
        first, undated = self._db.execute(
            """SELECT MIN(a.published_at), COUNT(*) - COUNT(a.published_at) FROM articles a
               WHERE (a.duplicate_kind IS NULL OR a.duplicate_kind != 'exact')
                 AND NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.article_id)"""
        ).fetchone()
        try:
            return (date.fromisoformat(first[:10]) if first else None), bool(undated)
        except ValueError:  # a publication date not in ISO form: no window can be trusted
            return None, True

    def load_story_index(self, index: StoryIndex, *, active_since: date | None = None) -> None:
        """Fill `index` with the stored document frequencies and the stories a new batch may
        join: all of them, or those whose last day is on or after `active_since` (undated
        stories are always loaded)."""
        for term, documents in self._db.execute("SELECT term, documents FROM story_terms"):
            index.document_frequency[sys.intern(term)] = int(documents)
        index.documents = int(self._db.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0])
        condition, parameters = "", []
        if active_since is not None:
            condition, parameters = " WHERE last_day IS NULL OR last_day >= ?", [active_since.isoformat()]
        rows = self._db.execute(
            f"SELECT story_id, first_day, last_day, articles, vector_json FROM stories{condition}", parameters
        ).fetchall()
        for story_id, first_day, last_day, articles, vector_json in rows:
            story = Story(
                int(story_id),
                words={sys.intern(term): value for term, value in json.loads(vector_json).items()},
                size=int(articles),
                first_day=date.fromisoformat(first_day) if first_day else None,
                last_day=date.fromisoformat(last_day) if last_day else None,
            )
            index.restore(story, indexed=True)
        top = self._db.execute("SELECT MAX(story_id) FROM stories").fetchone()[0]
        index.reserve_ids(int(top or 0) + 1)

    def save_story_batch(
        self,
        index: StoryIndex,
        profiles: Sequence[ArticleProfile],
        assignments: Sequence[Assignment],
        titles: dict[str, str | None],
    ) -> None:
        """Store a batch's assignments, the stories they touched and the new document counts.
        Call inside a transaction."""
        now = _now()
        terms: dict[str, int] = {}
        for article in profiles:
            for term in article.words:
                terms[term] = terms.get(term, 0) + 1
        self._db.executemany(
            "INSERT INTO story_terms (term, documents) VALUES (?, ?)"
            " ON CONFLICT (term) DO UPDATE SET documents = story_terms.documents + excluded.documents",
            sorted(terms.items()),
        )
        openers = {assignment.story_id: assignment.article_id for assignment in assignments if assignment.opened}
        for story_id in sorted({assignment.story_id for assignment in assignments}):
            story = index.stories[story_id]
            ranked = sorted(story.words.items(), key=lambda item: (-item[1], item[0]))
            strongest = dict(ranked[: index.settings.kept_terms])
            opener = openers.get(story_id)
            self._db.execute(
                """INSERT INTO stories (story_id, title, first_day, last_day, articles, vector_json,
                                        created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (story_id) DO UPDATE SET first_day = excluded.first_day,
                       last_day = excluded.last_day, articles = excluded.articles,
                       vector_json = excluded.vector_json, updated_at = excluded.updated_at""",
                (
                    story_id,
                    titles.get(opener) if opener else None,
                    story.first_day.isoformat() if story.first_day else None,
                    story.last_day.isoformat() if story.last_day else None,
                    story.size,
                    json.dumps({term: round(value, 5) for term, value in strongest.items()}),
                    now,
                    now,
                ),
            )
        self._db.executemany(
            "INSERT INTO story_articles (article_id, story_id, score, opened, assigned_at) VALUES (?, ?, ?, ?, ?)",
            [(a.article_id, a.story_id, a.score, a.opened, now) for a in assignments],
        )

    # -- reading --------------------------------------------------------------------------

    def stories(self, query: StoryFilter) -> list[StoryRow]:
        """Stories matching `query` in `query.order` (the latest first by default), with their event counts."""
        conditions: list[str] = ["s.articles >= ?"]
        parameters: list[Any] = [query.min_articles]
        if query.since:
            conditions.append("s.last_day >= ?")
            parameters.append(query.since)
        if query.until:
            conditions.append("s.first_day <= ?")
            parameters.append(query.until)
        event_conditions: list[str] = []
        if query.country:
            event_conditions.append("r.country = ?")
            parameters.append(query.country.upper())
        if query.actor:
            condition, values = actor_condition(query.actor, "r")
            event_conditions.append(condition)
            parameters += values
        if event_conditions:
            conditions.append(
                "EXISTS (SELECT 1 FROM story_articles m JOIN event_reports r ON r.article_id = m.article_id"
                f" WHERE m.story_id = s.story_id AND {' AND '.join(event_conditions)})"
            )
        return self._story_rows(
            " AND ".join(conditions),
            [*parameters, limit_value(query.limit), query.offset],
            f"ORDER BY {STORY_ORDERS[query.order]} LIMIT ? OFFSET ?",
        )

    def story(self, story_id: int) -> StoryRow | None:
        rows = self._story_rows("s.story_id = ?", [story_id], "")
        return rows[0] if rows else None

    def _story_rows(self, where: str, parameters: list[Any], tail: str) -> list[StoryRow]:
        rows = self._db.execute(
            f"""SELECT s.story_id, s.title, s.first_day, s.last_day, s.articles,
                       (SELECT COUNT(DISTINCT r.event_id) FROM story_articles m
                        JOIN event_reports r ON r.article_id = m.article_id WHERE m.story_id = s.story_id)
                FROM stories s WHERE {where} {tail}""",
            parameters,
        ).fetchall()
        return [StoryRow(int(row[0]), row[1], row[2], row[3], int(row[4]), int(row[5])) for row in rows]

    def story_articles(self, story_id: int) -> list[dict[str, Any]]:
        """A story's articles in time order: id, title, publisher, date, similarity, opener."""
        rows = self._db.execute(
            """SELECT a.article_id, a.title, a.publisher, a.published_at, m.score, m.opened
               FROM story_articles m JOIN articles a ON a.article_id = m.article_id
               WHERE m.story_id = ? ORDER BY COALESCE(a.published_at, ''), a.rowid""",
            (story_id,),
        ).fetchall()
        keys = ("article_id", "title", "publisher", "published_at", "score", "opened")
        return [{**dict(zip(keys, row, strict=True)), "opened": bool(row[5])} for row in rows]

    def story_figures(self, story_id: int) -> list[dict[str, Any]]:
        """Every toll the story's articles report, source by source in time order: the event,
        the article, its publisher and date, killed and injured as that report gives them."""
        rows = self._db.execute(
            """SELECT r.event_id, r.article_id, a.publisher, a.published_at, r.plover_type, r.location_name,
                      r.fatalities, r.injured
               FROM story_articles m JOIN event_reports r ON r.article_id = m.article_id
               JOIN articles a ON a.article_id = r.article_id
               WHERE m.story_id = ? AND (r.fatalities IS NOT NULL OR r.injured IS NOT NULL)
               ORDER BY r.event_id, COALESCE(a.published_at, ''), a.rowid, r.report_id""",
            (story_id,),
        ).fetchall()
        keys = ("event_id", "article_id", "publisher", "published_at", "plover_type", "location", "killed", "injured")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def story_of(self, article_id: str) -> int | None:
        row = self._db.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def story_counts(self) -> dict[str, int]:
        stories, articles = self._db.execute(
            "SELECT (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM story_articles)"
        ).fetchone()
        return {"stories": int(stories), "articles_in_stories": int(articles)}
