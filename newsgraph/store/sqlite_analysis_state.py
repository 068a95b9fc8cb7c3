"""Which articles the analysis has run on, by which versions, and which are due (mixed into
`SQLiteStore`).

Two versions are kept per article. `version` is the store's own layout of the analysis: an
older one is redone without asking. `rules` names the rules and code that made the stored
records (`newsgraph.analysis.versions`): an article analysed by other rules is "stale", shown
by `newsgraph info` and redone by `newsgraph process --stale`, because re-analysing a large
store is the user's call.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple


class PendingArticle(NamedTuple):
    """An article due for analysis, with what the analysis reads of it."""

    rowid: int
    article_id: str
    text: str
    published_at: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class VersionCount:
    """How many articles one rules version analysed, with which outcome."""

    rules: str | None  # None: analysed before rules versions were recorded
    outcome: str  # "analysed", "failed" or "skipped"
    articles: int


OUTCOMES = ("analysed", "failed", "skipped")


class AnalysisStateMixin:
    _db: sqlite3.Connection

    def articles_to_analyse(
        self,
        version: int,
        *,
        stale_rules: str | None = None,
        reprocess: bool = False,
        after: int = 0,
        limit: int = 256,
    ) -> list[PendingArticle]:
        """Up to `limit` articles after rowid `after`, in storage order, whose analysis is missing
        or of a layout older than `version`; with `stale_rules`, also those analysed by rules
        other than it; with `reprocess`, all of them.

        Exact duplicates are skipped: their text, and so their analysis, is their original's.
        """
        condition, parameters = _pending_condition(version, stale_rules, reprocess)
        rows = self._db.execute(
            f"""SELECT a.rowid, a.article_id, a.text, a.published_at, a.language
                FROM articles a LEFT JOIN nlp_state s USING (article_id)
                WHERE a.rowid > ? AND (a.duplicate_kind IS NULL OR a.duplicate_kind != 'exact') {condition}
                ORDER BY a.rowid LIMIT ?""",
            (after, *parameters, limit),
        ).fetchall()
        return [PendingArticle(int(row[0]), row[1], row[2], row[3], row[4]) for row in rows]

    def count_articles_to_analyse(
        self, version: int, *, stale_rules: str | None = None, reprocess: bool = False
    ) -> int:
        """How many articles `articles_to_analyse` would go through: the total of a progress bar."""
        condition, parameters = _pending_condition(version, stale_rules, reprocess)
        row = self._db.execute(
            f"""SELECT count(*) FROM articles a LEFT JOIN nlp_state s USING (article_id)
                WHERE (a.duplicate_kind IS NULL OR a.duplicate_kind != 'exact') {condition}""",
            parameters,
        ).fetchone()
        return int(row[0])

    def mark_analysed(self, article_id: str, version: int, rules: str, outcome: str = "analysed") -> None:
        """Record that the analysis of `version` and `rules` has run on the article, and how it
        ended: also when it failed or was skipped, so that such an article is tried again only
        by new rules (`--stale`) or `--reprocess`, not on every run."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown analysis outcome {outcome!r}")
        self._db.execute(
            "INSERT INTO nlp_state (article_id, version, processed_at, rules_version, outcome) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version,"
            " processed_at = excluded.processed_at, rules_version = excluded.rules_version,"
            " outcome = excluded.outcome",
            (article_id, version, datetime.now(UTC).isoformat(timespec="seconds"), rules, outcome),
        )

    def analysis_versions(self) -> list[VersionCount]:
        """Articles per rules version and outcome, the most articles first."""
        rows = self._db.execute(
            "SELECT rules_version, outcome, COUNT(*) FROM nlp_state GROUP BY rules_version, outcome"
            " ORDER BY COUNT(*) DESC, rules_version, outcome"
        ).fetchall()
        return [VersionCount(rules, outcome, int(count)) for rules, outcome, count in rows]


def _pending_condition(version: int, stale_rules: str | None, reprocess: bool) -> tuple[str, tuple[Any, ...]]:
    """The extra WHERE clause (and its parameters) choosing articles whose analysis is due."""
    if reprocess:
        return "", ()
    if stale_rules is not None:
        return (
            "AND (s.version IS NULL OR s.version < ? OR s.rules_version IS NULL OR s.rules_version != ?)",
            (version, stale_rules),
        )
    return "AND (s.version IS NULL OR s.version < ?)", (version,)
