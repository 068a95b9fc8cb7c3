"""Which articles the analysis has run on, by which versions, and which are due (mixed into
`SQLiteStore`).

Two versions are kept per article. `version` is the store's own layout of the analysis: an
older one is redone without asking. `rules` names the rules and code that made the stored
records (`newsgraph.analysis.versions`): an article analysed by other rules is "stale", shown
by `newsgraph info` and redone by `newsgraph process --stale`, because re-analysing a large
store is the user's call.

Several processes may analyse one database at once (two `ingest` runs, or workers on a cluster):
each claims the articles it takes (`claim_articles_to_analyse`, one transaction), and the others
pass over them while the claim is live. A claim ends when its article is stored, when its
claimant releases it, when a run on the same machine finds the claimant's process gone
(`newsgraph.analysis.claims`), or after CLAIM_SECONDS (a claimant on another machine that died
leaves its work to others then).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from newsgraph.store.sql_connection import Connection

CLAIM_SECONDS = 3_600  # far longer than a chunk of articles takes; after it, a claim is presumed dead


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
    _db: Connection
    transaction: Callable[[], AbstractContextManager[None]]  # SQLiteStore's: BEGIN IMMEDIATE … COMMIT

    def articles_to_analyse(
        self,
        version: int,
        *,
        stale_rules: str | None = None,
        reprocess: bool = False,
        after: int = 0,
        limit: int = 256,
        claimant: str | None = None,
    ) -> list[PendingArticle]:
        """Up to `limit` articles after rowid `after`, in storage order, whose analysis is missing
        or of a layout older than `version`; with `stale_rules`, also those analysed by rules
        other than it; with `reprocess`, all of them. Articles another claimant holds a live
        claim on are passed over.

        Exact duplicates are skipped: their text, and so their analysis, is their original's.
        """
        condition, parameters = _pending_condition(version, stale_rules, reprocess, claimant)
        rows = self._db.execute(
            f"""SELECT a.rowid, a.article_id, a.text, a.published_at, a.language
                FROM articles a LEFT JOIN nlp_state s USING (article_id)
                WHERE a.rowid > ? AND (a.duplicate_kind IS NULL OR a.duplicate_kind != 'exact') {condition}
                ORDER BY a.rowid LIMIT ?""",
            (after, *parameters, limit),
        ).fetchall()
        return [PendingArticle(int(row[0]), row[1], row[2], row[3], row[4]) for row in rows]

    def claim_articles_to_analyse(
        self,
        version: int,
        *,
        claimant: str,
        stale_rules: str | None = None,
        reprocess: bool = False,
        after: int = 0,
        limit: int = 256,
    ) -> list[PendingArticle]:
        """`articles_to_analyse`, with the articles claimed for `claimant` in the same transaction,
        so that no other process takes them while the claim is live."""
        with self.transaction():
            articles = self.articles_to_analyse(
                version, stale_rules=stale_rules, reprocess=reprocess, after=after, limit=limit, claimant=claimant
            )
            now = _now()
            self._db.executemany(
                "INSERT INTO analysis_claims (article_id, claimant, claimed_at) VALUES (?, ?, ?) ON CONFLICT"
                " (article_id) DO UPDATE SET claimant = excluded.claimant, claimed_at = excluded.claimed_at",
                [(article.article_id, claimant, now) for article in articles],
            )
        return articles

    def release_claims(self, claimant: str) -> int:
        """End every claim `claimant` still holds (at the end of its run, or when it stops)."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM analysis_claims WHERE claimant = ?", (claimant,))
        return cursor.rowcount

    def claimants(self) -> list[str]:
        """Every claimant that holds a claim, live or not (to find those whose process is gone)."""
        return [row[0] for row in self._db.execute("SELECT DISTINCT claimant FROM analysis_claims ORDER BY 1")]

    def count_articles_to_analyse(
        self, version: int, *, stale_rules: str | None = None, reprocess: bool = False
    ) -> int:
        """How many articles `articles_to_analyse` would go through: the total of a progress bar."""
        condition, parameters = _pending_condition(version, stale_rules, reprocess, None)
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
            (article_id, version, _now(), rules, outcome),
        )
        self._db.execute("DELETE FROM analysis_claims WHERE article_id = ?", (article_id,))

    def analysis_versions(self) -> list[VersionCount]:
        """Articles per rules version and outcome, the most articles first."""
        rows = self._db.execute(
            "SELECT rules_version, outcome, COUNT(*) FROM nlp_state GROUP BY rules_version, outcome"
            " ORDER BY COUNT(*) DESC, rules_version, outcome"
        ).fetchall()
        return [VersionCount(rules, outcome, int(count)) for rules, outcome, count in rows]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pending_condition(
    version: int, stale_rules: str | None, reprocess: bool, claimant: str | None
) -> tuple[str, tuple[Any, ...]]:
    """The extra WHERE clause (and its parameters) choosing articles whose analysis is due and
    that no other claimant holds."""
    condition = ""
    parameters: tuple[Any, ...] = ()
    if stale_rules is not None and not reprocess:
        condition = "AND (s.version IS NULL OR s.version < ? OR s.rules_version IS NULL OR s.rules_version != ?)"
        parameters = (version, stale_rules)
    elif not reprocess:
        condition, parameters = "AND (s.version IS NULL OR s.version < ?)", (version,)
    if claimant is not None:
        cutoff = (datetime.now(UTC) - timedelta(seconds=CLAIM_SECONDS)).isoformat(timespec="seconds")
        condition += (
            " AND NOT EXISTS (SELECT 1 FROM analysis_claims c WHERE c.article_id = a.article_id"
            " AND c.claimant != ? AND c.claimed_at > ?)"
        )
        parameters = (*parameters, claimant, cutoff)
    return condition, parameters
