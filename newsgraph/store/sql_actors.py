"""Reads and writes for the NLP stage (mixed into both stores; SQL both backends run).

An article's analysis is replaced as a whole: its sentences, mentions, quotes, claims, role and
evidence rows are deleted and written again in one transaction, so re-processing never
duplicates anything and a crash leaves either the old analysis or the new one. Actors are
shared across articles and are never deleted; aliases and mention counts are computed from the
mentions, so they cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from newsgraph.nlp.records import ArticleAnalysis, PersonCandidate
from newsgraph.store.actor_rows import (
    ActorFilter,
    ActorRow,
    ClaimRow,
    MentionRow,
    QuoteFilter,
    QuoteRow,
)
from newsgraph.store.sql_connection import Connection, limit_value

_ARTICLE_TABLES = ("sentences", "mentions", "quotes", "claims", "actor_roles", "actor_evidence")
_ACTOR_COLUMNS = """
    a.actor_id, a.name, a.kind, a.country,
    (SELECT role FROM actor_roles r WHERE r.actor_id = a.actor_id GROUP BY role ORDER BY COUNT(*) DESC, role LIMIT 1),
    (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.actor_id) AS mention_count
"""


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching values that contain `text` literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ActorTablesMixin:
    _db: Connection

    # -- actors -------------------------------------------------------------------------

    def actor_id_by_key(self, key: str) -> int | None:
        row = self._db.execute("SELECT actor_id FROM actors WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def add_actor(
        self,
        *,
        kind: str,
        name: str,
        country: str | None,
        key: str | None = None,
        first_key: str | None = None,
        surname_key: str | None = None,
    ) -> int:
        row = self._db.execute(
            "INSERT INTO actors (key, kind, name, country, first_key, surname_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING actor_id",
            (key, kind, name, country, first_key, surname_key, _now()),
        ).fetchone()
        return int(row[0])

    def update_person(self, actor_id: int, *, name: str, country: str | None, first_key: str | None) -> None:
        """Fill in what a newly seen article adds: a fuller name, a country, a first name or its
        middle initials (`first_key` is the resolver's choice; None keeps the stored one)."""
        self._db.execute(
            """UPDATE actors SET
                 name = CASE WHEN length(?) > length(name) THEN ? ELSE name END,
                 country = COALESCE(country, ?),
                 first_key = COALESCE(?, first_key)
               WHERE actor_id = ?""",
            (name, name, country, first_key, actor_id),
        )

    def set_actor_country(self, actor_id: int, country: str) -> None:
        self._db.execute("UPDATE actors SET country = COALESCE(country, ?) WHERE actor_id = ?", (country, actor_id))

    def person_candidates(self, keys: Sequence[str]) -> list[PersonCandidate]:
        """Stored persons whose surname or first name key is one of `keys`."""
        if not keys:
            return []
        marks = ",".join("?" for _ in keys)
        # Two lookups, one per partial index: with "surname IN … OR first IN …" SQLite walked
        # every person instead, a cost per article that grew with the store.
        rows = self._db.execute(
            f"""SELECT a.actor_id, a.name, a.country, a.first_key, a.surname_key,
                       (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.actor_id)
                FROM actors a
                WHERE a.actor_id IN (
                    SELECT actor_id FROM actors WHERE kind = 'person' AND surname_key IN ({marks})
                    UNION SELECT actor_id FROM actors WHERE kind = 'person' AND first_key IN ({marks}))
                ORDER BY a.actor_id""",
            (*keys, *keys),
        ).fetchall()
        roles: dict[int, list[str]] = {int(row[0]): [] for row in rows}
        if roles:
            for actor_id, role in self._db.execute(
                "SELECT DISTINCT actor_id, role FROM actor_roles"
                f" WHERE actor_id IN ({','.join('?' * len(roles))}) ORDER BY actor_id, role",
                list(roles),
            ):
                roles[int(actor_id)].append(role)
        return [PersonCandidate(row[0], row[1], row[2], row[3], row[4], roles[int(row[0])], row[5]) for row in rows]

    # -- one article's analysis ---------------------------------------------------------

    def replace_analysis(
        self,
        analysis: ArticleAnalysis,
        actor_ids: Sequence[int | None],
        evidence: Sequence[tuple[int, str]],
    ) -> None:
        """Store `analysis` for its article, replacing any earlier one. Call inside a transaction,
        with `mark_analysed` (the versions that made it)."""
        article_id = analysis.article_id
        for table in _ARTICLE_TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._db.executemany(
            'INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(article_id, sentence.index, sentence.start, sentence.end) for sentence in analysis.sentences],
        )

        def actor_of(local: int | None) -> int | None:
            return actor_ids[local] if local is not None else None

        self._db.executemany(
            'INSERT INTO mentions (article_id, sentence, start, "end", text, label, actor_id)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    mention.sentence,
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.label,
                    actor_of(mention.actor),
                )
                for mention in analysis.mentions
            ],
        )
        self._db.executemany(
            """INSERT INTO quotes (article_id, sentence, kind, start, "end", text, cue, cue_start, cue_end,
                                   speaker_text, speaker_start, speaker_end, speaker_actor_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    article_id,
                    quote.sentence,
                    quote.kind.value,
                    quote.start,
                    quote.end,
                    quote.text,
                    quote.cue,
                    quote.cue_start,
                    quote.cue_end,
                    quote.speaker_text,
                    quote.speaker_start,
                    quote.speaker_end,
                    actor_of(quote.speaker_actor),
                )
                for quote in analysis.quotes
            ],
        )
        self._db.executemany(
            """INSERT INTO claims (article_id, sentence, value, value_text, counted, start, "end",
                                   source_text, source_actor_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    article_id,
                    claim.sentence,
                    claim.value,
                    claim.value_text,
                    claim.counted,
                    claim.start,
                    claim.end,
                    claim.source_text,
                    actor_of(claim.source_actor),
                )
                for claim in analysis.claims
            ],
        )
        roles = {(actor_ids[index], actor.role) for index, actor in enumerate(analysis.actors) if actor.role}
        self._db.executemany(
            "INSERT INTO actor_roles (actor_id, article_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(actor_id, article_id, role) for actor_id, role in roles if actor_id is not None],
        )
        self._db.executemany(
            "INSERT INTO actor_evidence (actor_id, article_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(actor_id, article_id, text) for actor_id, text in evidence],
        )

    # -- reads --------------------------------------------------------------------------

    def actors(self, query: ActorFilter) -> list[ActorRow]:
        return list(self.iter_actors(query))

    def iter_actors(self, query: ActorFilter) -> Iterator[ActorRow]:
        """Actors matching `query`, most mentioned first; streams for exports."""
        clauses: list[str] = ["EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.actor_id)"]
        parameters: list[Any] = []
        if query.kind:
            clauses.append("a.kind = ?")
            parameters.append(query.kind)
        if query.country:
            clauses.append("a.country = ?")
            parameters.append(query.country.upper())
        if query.name:
            clauses.append(
                "(lower(a.name) LIKE lower(?) ESCAPE '\\' OR a.actor_id IN"
                " (SELECT actor_id FROM mentions WHERE lower(text) LIKE lower(?) ESCAPE '\\'))"
            )
            pattern = contains_pattern(query.name)
            parameters += [pattern, pattern]
        cursor = self._db.execute(
            f"SELECT {_ACTOR_COLUMNS} FROM actors a WHERE {' AND '.join(clauses)}"
            " ORDER BY mention_count DESC, a.name, a.actor_id LIMIT ? OFFSET ?",
            [*parameters, limit_value(query.limit or None), query.offset],
        )
        while rows := cursor.fetchmany(256):
            for row in rows:
                yield self._with_details(ActorRow(*row))

    def actor(self, actor_id: int) -> ActorRow | None:
        row = self._db.execute(f"SELECT {_ACTOR_COLUMNS} FROM actors a WHERE a.actor_id = ?", (actor_id,)).fetchone()
        return self._with_details(ActorRow(*row)) if row else None

    def _with_details(self, actor: ActorRow) -> ActorRow:
        actor.aliases = dict(
            self._db.execute(
                "SELECT text, COUNT(*) AS n FROM mentions WHERE actor_id = ? GROUP BY text ORDER BY n DESC, text",
                (actor.id,),
            ).fetchall()
        )
        actor.roles = dict(
            self._db.execute(
                "SELECT role, COUNT(*) AS n FROM actor_roles WHERE actor_id = ? GROUP BY role ORDER BY n DESC, role",
                (actor.id,),
            ).fetchall()
        )
        actor.articles = self._db.execute(
            "SELECT COUNT(DISTINCT article_id) FROM mentions WHERE actor_id = ?", (actor.id,)
        ).fetchone()[0]
        return actor

    def actor_articles(self, actor_id: int, limit: int | None = None) -> list[str]:
        """The articles naming the actor, in id order; the first `limit` of them when given."""
        rows = self._db.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id LIMIT ?",
            (actor_id, limit_value(limit)),
        ).fetchall()
        return [row[0] for row in rows]

    def actor_evidence(self, actor_id: int) -> list[tuple[str, str]]:
        return list(
            self._db.execute(
                "SELECT article_id, evidence FROM actor_evidence WHERE actor_id = ? ORDER BY article_id, evidence",
                (actor_id,),
            ).fetchall()
        )

    def mentions(self, article_id: str) -> list[MentionRow]:
        rows = self._db.execute(
            'SELECT article_id, sentence, start, "end", text, label, actor_id FROM mentions'
            " WHERE article_id = ? ORDER BY start",
            (article_id,),
        ).fetchall()
        return [MentionRow(*row) for row in rows]

    def quotes(self, query: QuoteFilter) -> list[QuoteRow]:
        return list(self.iter_quotes(query))

    def iter_quotes(self, query: QuoteFilter) -> Iterator[QuoteRow]:
        """Quotes matching `query` in article order; streams for exports."""
        clauses: list[str] = ["1 = 1"]
        parameters: list[Any] = []
        if not query.include_fragments:
            clauses.append("q.kind != 'fragment'")
        if query.speaker_actor_id is not None:
            clauses.append("q.speaker_actor_id = ?")
            parameters.append(query.speaker_actor_id)
        if query.article_id:
            clauses.append("q.article_id = ?")
            parameters.append(query.article_id)
        if query.speaker:
            clauses.append(
                "(lower(a.name) LIKE lower(?) ESCAPE '\\' OR lower(q.speaker_text) LIKE lower(?) ESCAPE '\\')"
            )
            pattern = contains_pattern(query.speaker)
            parameters += [pattern, pattern]
        cursor = self._db.execute(
            f"""SELECT q.quote_id, q.article_id, q.kind, q.text, q.start, q."end", q.cue, q.speaker_text,
                       q.speaker_actor_id, a.name
                FROM quotes q LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id
                WHERE {" AND ".join(clauses)} ORDER BY q.article_id, q.start, q.quote_id LIMIT ? OFFSET ?""",
            [*parameters, limit_value(query.limit or None), query.offset],
        )
        while rows := cursor.fetchmany(256):
            yield from (QuoteRow(*row) for row in rows)

    def claims(self, *, limit: int | None = None) -> list[ClaimRow]:
        rows = self._db.execute(
            """SELECT c.claim_id, c.article_id, c.value, c.value_text, c.counted, c.start, c."end",
                      substr(t.text, c.start + 1, c."end" - c.start), c.source_text, c.source_actor_id, a.name
               FROM claims c JOIN articles t ON t.article_id = c.article_id
               LEFT JOIN actors a ON a.actor_id = c.source_actor_id
               ORDER BY c.article_id, c.start, c.claim_id LIMIT ?""",
            (limit_value(limit or None),),
        ).fetchall()
        return [ClaimRow(*row) for row in rows]

    def nlp_counts(self) -> dict[str, int]:
        row = self._db.execute(
            """SELECT (SELECT COUNT(*) FROM nlp_state),
                      (SELECT COUNT(DISTINCT actor_id) FROM mentions WHERE actor_id IS NOT NULL),
                      (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM quotes WHERE kind != 'fragment'),
                      (SELECT COUNT(*) FROM claims)"""
        ).fetchone()
        return dict(zip(("analysed_articles", "actors", "mentions", "quotes", "claims"), row, strict=True))
