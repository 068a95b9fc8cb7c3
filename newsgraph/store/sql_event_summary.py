"""Aggregates over stored events for the dashboard and the API: timeline buckets, actor-pair
relations, the date span. Each counts events (not reports), with the same filters as lists."""

from __future__ import annotations

from typing import Any

from newsgraph.events.lexicon import stance
from newsgraph.store.event_rows import EventFilter, RelationRow, TimelineBucket
from newsgraph.store.sql_connection import Connection
from newsgraph.store.sql_events import RANKED_EVENTS, event_conditions

# SQL for the first day of an event's period; keys are the `interval` values the API accepts.
# A store whose SQL has no `date(…, 'weekday 0')` (PostgreSQL) sets its own `_period_sql`.
PERIOD_SQL = {
    "day": "date",
    "week": "date(date, 'weekday 0', '-6 days')",  # the Monday of the ISO week
    "month": "substr(date, 1, 7) || '-01'",
    "year": "substr(date, 1, 4) || '-01-01'",
}
# Date precisions fine enough to place an event in a period of each width: a date known only
# to the year must not show up as a spike in its first week.
PRECISIONS_FOR = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "week", "month"),
    "year": ("day", "week", "month", "year"),
}
# A party of a relation: its stored actor, or for an unresolved party its name, country and kind
# together (Russian and Ukrainian "soldiers" are two parties, not one).
PARTY_KEY = (
    "COALESCE(CAST(r.{side}_id AS TEXT),"
    " r.{side}_name || '|' || COALESCE(r.{side}_country, '') || '|' || COALESCE(r.{side}_kind, ''))"
)
TIMELINE_KEYS = {"plover": "plover_type", "acled": "COALESCE(acled_event_type, 'not ACLED-coded')"}


class EventSummaryMixin:
    _db: Connection
    _period_sql: dict[str, str] = PERIOD_SQL

    def event_timeline(self, query: EventFilter, interval: str = "day", by: str = "plover") -> list[TimelineBucket]:
        """Events per period and type, oldest period first. Undated events, and events dated less
        precisely than `interval` (a year for a weekly chart), are left out."""
        period, key = self._period_sql[interval], TIMELINE_KEYS[by]
        where, parameters = _where(query)
        precisions = PRECISIONS_FOR[interval]
        rows = self._db.execute(
            f"SELECT {period} AS period, {key} AS key, COUNT(*) FROM ({RANKED_EVENTS}{where}) AS ranked"
            f" WHERE date IS NOT NULL AND date_precision IN ({', '.join('?' * len(precisions))})"
            " GROUP BY period, key ORDER BY period, key",
            [*parameters, *precisions],
        ).fetchall()
        return [TimelineBucket(*row) for row in rows]

    def event_span(self, query: EventFilter) -> dict[str, Any]:
        """First and last event date, and how many events match with and without a date."""
        where, parameters = _where(query)
        first, last, dated, total = self._db.execute(
            f"SELECT MIN(date), MAX(date), COUNT(date), COUNT(*) FROM ({RANKED_EVENTS}{where}) AS ranked", parameters
        ).fetchone()
        return {"first": first, "last": last, "dated": dated, "undated": total - dated, "events": total}

    def event_relations(self, query: EventFilter, interval: str | None = None) -> list[RelationRow]:
        """Events between two named actors, per directed pair (and period, given an interval),
        split into cooperation and conflict by PLOVER quad class; busiest pairs first."""
        period = self._period_sql[interval] if interval else "NULL"
        where, parameters = _where(query)
        rows = self._db.execute(
            f"""SELECT MIN(r.actor1_id), MIN(COALESCE(a1.name, r.actor1_name)),
                       MIN(COALESCE(a1.country, r.actor1_country)), MIN(COALESCE(a1.kind, r.actor1_kind)),
                       MIN(r.actor2_id), MIN(COALESCE(a2.name, r.actor2_name)),
                       MIN(COALESCE(a2.country, r.actor2_country)), MIN(COALESCE(a2.kind, r.actor2_kind)),
                       r.plover_type, {period} AS period, COUNT(*)
                FROM ({RANKED_EVENTS}{where}) r
                LEFT JOIN actors a1 ON a1.actor_id = r.actor1_id LEFT JOIN actors a2 ON a2.actor_id = r.actor2_id
                WHERE r.actor1_name IS NOT NULL AND r.actor2_name IS NOT NULL
                GROUP BY {PARTY_KEY.format(side="actor1")}, {PARTY_KEY.format(side="actor2")}, r.plover_type, period
                HAVING {PARTY_KEY.format(side="actor1")} != {PARTY_KEY.format(side="actor2")}""",
            parameters,
        ).fetchall()
        relations: dict[tuple[Any, ...], RelationRow] = {}
        for *parties, plover_type, when, count in rows:
            source = {"actor_id": parties[0], "name": parties[1], "country": parties[2], "kind": parties[3]}
            target = {"actor_id": parties[4], "name": parties[5], "country": parties[6], "kind": parties[7]}
            key = (parties[0] or tuple(parties[1:4]), parties[4] or tuple(parties[5:8]), when)
            relation = relations.setdefault(key, RelationRow(source, target, when))
            relation.types[plover_type] = relation.types.get(plover_type, 0) + count
            if stance(plover_type) == "cooperation":
                relation.cooperation += count
            else:
                relation.conflict += count
        return sorted(
            relations.values(),
            key=lambda row: (
                -(row.cooperation + row.conflict),
                row.period or "",
                row.source["name"],
                row.target["name"],
            ),
        )


def _where(query: EventFilter) -> tuple[str, list[Any]]:
    conditions, parameters = event_conditions(query)
    return "".join(f" AND {condition}" for condition in conditions), parameters
