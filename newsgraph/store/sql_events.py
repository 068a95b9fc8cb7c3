"""Reads and writes for events (mixed into both stores; SQL both backends run).

An article's event reports are replaced with its analysis, in the same transaction; each new
report starts as an event of its own. An event is the set of reports sharing an `event_id`,
presented through its most confident report. Which reports share one is decided outside the
store, by the merge step over all reports (`newsgraph.analysis.merging`), which reads them
here block by block and writes back the ids that changed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from newsgraph.events.figures import SourceFigure, reconcile
from newsgraph.events.lexicon import PLOVER_ALIASES, QUAD_CLASSES
from newsgraph.events.merge import ReportKey, report_event_id
from newsgraph.events.records import ArticleEvent, EventActor
from newsgraph.store.event_rows import EventEvidence, EventFilter, EventRow, shown_date
from newsgraph.store.sql_actors import contains_pattern
from newsgraph.store.sql_connection import Connection, limit_value

_REPORT_COLUMNS = (
    'event_id, article_id, sentence, start, "end", trigger_text, plover_type, plover_mode, acled_event_type,'
    " acled_sub_event_type, actor1_id, actor1_name, actor1_country, actor1_kind, actor2_id, actor2_name,"
    " actor2_country, actor2_kind, location_name, admin1, country, lat, lon, geonameid, location_precision,"
    " date, date_precision, date_expression, date_anchor, fatalities, fatalities_min, fatalities_max, injured,"
    " confidence, evidence_json, rules_version"
)
# Each event through its shown report (its most confident, then earliest): the `events` rows are
# kept at write time (`_refresh_events`), so a read joins one row per event, in date order by index.
RANKED_EVENTS = "SELECT r.* FROM events e JOIN event_reports r ON r.report_id = e.shown_report WHERE 1 = 1"
EVENT_ORDER = " ORDER BY e.sort_date DESC, e.event_key"
# The orders a list of events may take: the sort expression and its direction; ties by event id.
# Undated events come last in both date orders ('~' sorts after every digit).
EVENT_ORDERS = {
    "newest": ("e.sort_date", "DESC"),
    "oldest": ("CASE WHEN e.sort_date = '' THEN '~' ELSE e.sort_date END", "ASC"),
    "deadliest": ("COALESCE(r.fatalities, -1)", "DESC"),
    "confident": ("r.confidence", "DESC"),
}


def _report_key(plover_type: str, sub_type: str | None, row: Sequence[Any]) -> ReportKey:
    """A report's merge key from its row of `report_key_blocks`."""
    spans = json.loads(row[9])
    trigger_start = int(spans["trigger"][0])
    return ReportKey(
        article_id=row[1],
        plover_type=plover_type,
        acled_sub_event_type=sub_type,
        date=date.fromisoformat(row[2]) if row[2] else None,
        lat=row[3],
        lon=row[4],
        actor1=(row[5], row[6]),
        actor2=(row[7], row[8]),
        report_id=int(row[0]),
        own_id=report_event_id(row[1], trigger_start, plover_type),
        event_id=row[10],
        story_id=None if row[11] is None else int(row[11]),
        trigger=row[12],
        date_precision=row[13],
        doer_gap=trigger_start - int(spans["actor1"][1]) if "actor1" in spans else None,
        place_precision=row[14],
    )


def order_clause(order: str) -> str:
    expression, direction = EVENT_ORDERS[order]
    return f" ORDER BY {expression} {direction}, e.event_key"


POINT_COLUMNS = (
    "event_id",
    "lat",
    "lon",
    "date",
    "date_precision",
    "plover_type",
    "acled_event_type",
    "acled_sub_event_type",
    "location_name",
    "fatalities",
)
# The PLOVER types of each quad class, for a `type` filter naming a class ("material conflict").
QUAD_TYPES = {
    quad: [plover for plover, its_quad in QUAD_CLASSES.items() if its_quad == quad]
    for quad in set(QUAD_CLASSES.values())
}
IN_CHUNK = 500  # ids per "IN (…)" list, well under SQLite's parameter limit
KM_PER_DEGREE = 111.0


class EventTablesMixin:
    _db: Connection

    def replace_events(
        self, article_id: str, events: Sequence[ArticleEvent], actor_ids: Sequence[int | None], rules: str
    ) -> None:
        """Store an article's event reports, made by `rules`, replacing earlier ones. Call inside
        a transaction."""
        touched = {
            row[0] for row in self._db.execute("SELECT event_id FROM event_reports WHERE article_id = ?", (article_id,))
        }
        self._db.execute("DELETE FROM event_reports WHERE article_id = ?", (article_id,))
        for event in events:
            values = _report_values(article_id, event, actor_ids)
            event_id = report_event_id(article_id, event.trigger.start, event.plover_type)
            self._db.execute(
                f"INSERT INTO event_reports ({_REPORT_COLUMNS}) VALUES ({', '.join('?' * 36)})",
                (event_id, *values, rules),
            )
            touched.add(event_id)
        self._refresh_events(touched)

    def _refresh_events(self, event_ids: set[str]) -> None:
        """Recompute the `events` rows of these ids from their reports: the shown report, or no
        row when no report is left."""
        for event_id in sorted(event_ids):
            self._db.execute("DELETE FROM events WHERE event_key = ?", (event_id,))
            self._db.execute(
                """INSERT INTO events (event_key, shown_report, sort_date)
                   SELECT event_id, report_id, COALESCE(date, '') FROM event_reports WHERE event_id = ?
                   ORDER BY confidence DESC, report_id LIMIT 1""",
                (event_id,),
            )

    def report_key_blocks(self) -> Iterator[list[ReportKey]]:
        """Every event report's merge key, one list per block of reports that may be one event
        (same PLOVER type and ACLED sub-type), read one block at a time."""
        blocks = self._db.execute(
            "SELECT DISTINCT plover_type, acled_sub_event_type, COALESCE(acled_sub_event_type, '') FROM event_reports"
            " ORDER BY 1, 3"  # NULL first on both backends (PostgreSQL sorts NULL last)
        ).fetchall()
        for plover_type, sub_type, _sort_key in blocks:
            rows = self._db.execute(
                """SELECT r.report_id, r.article_id, r.date, r.lat, r.lon, r.actor1_id, r.actor1_country,
                          r.actor2_id, r.actor2_country, r.evidence_json, r.event_id, m.story_id,
                          r.trigger_text, r.date_precision, r.location_precision
                   FROM event_reports r LEFT JOIN story_articles m ON m.article_id = r.article_id
                   WHERE r.plover_type = ? AND COALESCE(r.acled_sub_event_type, '') = ?
                   ORDER BY r.report_id""",
                (plover_type, sub_type or ""),
            ).fetchall()
            yield [_report_key(plover_type, sub_type, row) for row in rows]

    def move_reports(self, moves: dict[int, tuple[str, str]]) -> int:
        """Move reports (by report id) from the event they are stored with to another, given as
        (stored event id, new event id), and bring both events' rows up to date; returns how many
        moved. Call inside a transaction."""
        self._db.executemany(
            "UPDATE event_reports SET event_id = ? WHERE report_id = ?",
            [(new_id, report_id) for report_id, (_old_id, new_id) in moves.items()],
        )
        self._refresh_events({event_id for pair in moves.values() for event_id in pair})
        return len(moves)

    # -- reading --------------------------------------------------------------------------

    def events(self, query: EventFilter) -> list[EventRow]:
        return list(self.iter_events(query))

    def iter_events(self, query: EventFilter) -> Iterator[EventRow]:
        """Events matching `query` in `query.order` (newest first unless told); streams, so exports
        run in bounded memory."""
        conditions, parameters = event_conditions(query)
        sql = RANKED_EVENTS + "".join(f" AND {condition}" for condition in conditions)
        sql += order_clause(query.order) + " LIMIT ? OFFSET ?"
        cursor = self._db.execute(sql, [*parameters, limit_value(query.limit), query.offset])
        columns = [description[0] for description in cursor.description]
        while rows := cursor.fetchmany(256):
            records = [dict(zip(columns, values, strict=True)) for values in rows]
            evidence = self._evidence_of([record["event_id"] for record in records])
            for record in records:
                yield self._event_row(record, evidence[record["event_id"]])

    def event_page(self, query: EventFilter, size: int) -> tuple[list[EventRow], tuple[str | float, str] | None]:
        """One page of `size` events matching `query` (from `query.after` on) in `query.order`,
        and the key that starts the next page, or None when there is none."""
        conditions, parameters = event_conditions(query)
        sort_expression = EVENT_ORDERS[query.order][0]
        sql = RANKED_EVENTS.replace("SELECT r.*", f"SELECT r.*, {sort_expression} AS sort_key", 1)
        sql += "".join(f" AND {condition}" for condition in conditions) + order_clause(query.order) + " LIMIT ?"
        cursor = self._db.execute(sql, [*parameters, size + 1])
        columns = [description[0] for description in cursor.description]
        records = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
        more = len(records) > size
        records = records[:size]
        evidence = self._evidence_of([record["event_id"] for record in records])
        rows = [self._event_row(record, evidence[record["event_id"]]) for record in records]
        last = records[-1] if records and more else None
        return rows, (last["sort_key"], last["event_id"]) if last is not None else None

    def event_points(self, query: EventFilter) -> list[tuple[Any, ...]]:
        """The placed events matching `query` as POINT_COLUMNS tuples, newest first: what a map
        draws, in one indexed read with no evidence (each event's shown report's toll)."""
        conditions, parameters = event_conditions(query)
        sql = RANKED_EVENTS.replace("SELECT r.*", f"SELECT {', '.join('r.' + c for c in POINT_COLUMNS)}", 1)
        sql += " AND r.lat IS NOT NULL" + "".join(f" AND {condition}" for condition in conditions) + EVENT_ORDER
        sql += " LIMIT ?"
        return [tuple(row) for row in self._db.execute(sql, [*parameters, limit_value(query.limit)]).fetchall()]

    def event(self, event_id: str) -> EventRow | None:
        cursor = self._db.execute(RANKED_EVENTS + " AND event_id = ?", (event_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        columns = [description[0] for description in cursor.description]
        return self._event_row(dict(zip(columns, row, strict=True)), self._evidence_of([event_id])[event_id])

    def event_counts(self, min_confidence: float = 0.0) -> dict[str, int]:
        """Reports, events, articles with events, and `events_shown`: the events whose best report
        is at `min_confidence` or above (what the lists show by default)."""
        # One count per index: COUNT(DISTINCT …) of both columns in one scan sorted a million keys
        # twice in temporary trees (4 s on 1M reports); read off their indexes, 0.2 s.
        (reports,) = self._db.execute("SELECT COUNT(*) FROM event_reports").fetchone()
        (events,) = self._db.execute("SELECT COUNT(*) FROM (SELECT DISTINCT event_id FROM event_reports) d").fetchone()
        (articles,) = self._db.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT article_id FROM event_reports) d"
        ).fetchone()
        (shown,) = self._db.execute(
            "SELECT COUNT(*) FROM events e JOIN event_reports r ON r.report_id = e.shown_report"
            " WHERE r.confidence >= ?",
            (min_confidence,),
        ).fetchone()
        return {"event_reports": reports, "events": events, "articles_with_events": articles, "events_shown": shown}

    def event_rules_versions(self) -> list[tuple[str | None, int]]:
        """(rules version, event reports it made), the most reports first."""
        rows = self._db.execute(
            "SELECT rules_version, COUNT(*) FROM event_reports GROUP BY rules_version ORDER BY COUNT(*) DESC"
        ).fetchall()
        return [(rules, int(count)) for rules, count in rows]

    def _evidence_of(self, event_ids: list[str]) -> dict[str, tuple[list[EventEvidence], list[SourceFigure]]]:
        """Every report's evidence and toll of these events, in report order: one query per page
        of events, not one per event."""
        found: dict[str, tuple[list[EventEvidence], list[SourceFigure]]] = {
            event_id: ([], []) for event_id in event_ids
        }
        for start in range(0, len(event_ids), IN_CHUNK):
            chunk = event_ids[start : start + IN_CHUNK]
            rows = self._db.execute(
                'SELECT r.event_id, r.article_id, r.sentence, r.start, r."end", r.evidence_json, a.publisher,'
                " a.published_at, r.fatalities, r.fatalities_min, r.fatalities_max, r.injured, r.confidence"
                " FROM event_reports r LEFT JOIN articles a ON a.article_id = r.article_id"
                f" WHERE r.event_id IN ({', '.join('?' * len(chunk))}) ORDER BY r.report_id",
                chunk,
            )
            for event_id, article, sentence, begin, end, fields, publisher, published, *toll in rows:
                evidence, figures = found[event_id]
                evidence.append(EventEvidence(article, sentence, begin, end, json.loads(fields)))
                killed, killed_min, killed_max, injured, confidence = toll
                if killed is not None or injured is not None:
                    figures.append(
                        SourceFigure(article, publisher, published, killed, killed_min, killed_max, injured, confidence)
                    )
        return found

    def _event_row(self, row: dict[str, Any], reports: tuple[list[EventEvidence], list[SourceFigure]]) -> EventRow:
        evidence, figures = reports
        best = reconcile(figures)
        article_ids = list(dict.fromkeys(item.article_id for item in evidence))
        location = None
        if row["lat"] is not None:
            location = {
                "name": row["location_name"],
                "admin1": row["admin1"],
                "country": row["country"],
                "lat": row["lat"],
                "lon": row["lon"],
                "geonameid": row["geonameid"],
                "precision": row["location_precision"],
            }
        date_evidence = None
        if row["date"] is not None:
            date_evidence = {"expression": row["date_expression"], "anchor": row["date_anchor"]}
        return EventRow(
            event_id=row["event_id"],
            article_ids=article_ids,
            evidence=evidence,
            plover_type=row["plover_type"],
            plover_mode=row["plover_mode"],
            acled_event_type=row["acled_event_type"],
            acled_sub_event_type=row["acled_sub_event_type"],
            actor1=_actor(row, "actor1"),
            actor2=_actor(row, "actor2"),
            location=location,
            date=shown_date(row["date"], row["date_precision"]),
            date_precision=row["date_precision"],
            date_evidence=date_evidence,
            fatalities=best.killed,
            fatalities_min=row["fatalities_min"],
            fatalities_max=row["fatalities_max"],
            injured=best.injured,
            confidence=row["confidence"],
            trigger=row["trigger_text"],
            figures=[figure.public_dict() for figure in figures],
            fatalities_range=list(best.killed_range) if best.killed_range else None,
            fatalities_source=best.source,
        )


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_name"] is None:
        return None
    return {
        "actor_id": row[f"{prefix}_id"],
        "name": row[f"{prefix}_name"],
        "country": row[f"{prefix}_country"],
        "kind": row[f"{prefix}_kind"],
    }


def actor_condition(actor: str, table: str = "") -> tuple[str, list[Any]]:
    """The condition (and its parameters) for an event party given as a stored actor id, an
    ISO-3 country or part of a name, on the reports' columns (prefixed `table.` when given)."""
    first, first_values = _party_condition(actor, "actor1", table)
    second, second_values = _party_condition(actor, "actor2", table)
    return f"({first} OR {second})", [*first_values, *second_values]


def pair_condition(actor: str, partner: str) -> tuple[str, list[Any]]:
    """Events between `actor` and `partner` (each in the forms `actor_condition` reads), either
    one acting: what a click on an edge of the actor network lists."""
    a1, a1_values = _party_condition(actor, "actor1")
    b2, b2_values = _party_condition(partner, "actor2")
    b1, b1_values = _party_condition(partner, "actor1")
    a2, a2_values = _party_condition(actor, "actor2")
    return f"(({a1} AND {b2}) OR ({b1} AND {a2}))", [*a1_values, *b2_values, *b1_values, *a2_values]


def _party_condition(party: str, side: str, table: str = "") -> tuple[str, list[Any]]:
    party, column = party.strip(), f"{table}.{side}" if table else side
    if party.isdigit() and len(party) <= 18:  # an id SQLite's 64-bit integers can hold
        return f"{column}_id = ?", [int(party)]
    if len(party) == 3 and party.isalpha() and party.isupper():
        return f"{column}_country = ?", [party]
    return f"lower({column}_name) LIKE lower(?) ESCAPE '\\'", [contains_pattern(party)]


def event_conditions(query: EventFilter) -> tuple[list[str], list[Any]]:
    conditions: list[str] = []
    parameters: list[Any] = []
    if query.type and query.type.strip().lower() in QUAD_TYPES:
        types = QUAD_TYPES[query.type.strip().lower()]
        conditions.append(f"plover_type IN ({', '.join('?' * len(types))})")
        parameters += types
    elif query.type:
        wanted = query.type.strip()
        wanted = PLOVER_ALIASES.get(wanted.upper(), wanted)
        conditions.append(
            "(plover_type = ? OR lower(acled_event_type) = lower(?) OR lower(acled_sub_event_type) = lower(?))"
        )
        parameters += [wanted.upper(), wanted, wanted]
    if query.actor and query.partner:
        condition, values = pair_condition(query.actor, query.partner)
        conditions.append(condition)
        parameters += values
    elif query.actor or query.partner:
        condition, values = actor_condition(query.actor or query.partner or "")
        conditions.append(condition)
        parameters += values
    if query.country:
        conditions.append("country = ?")
        parameters.append(query.country.upper())
    if query.since:
        conditions.append("date >= ?")
        parameters.append(query.since)
    if query.until:
        conditions.append("date <= ?")
        parameters.append(query.until)
    if query.min_confidence > 0:
        conditions.append("confidence >= ?")
        parameters.append(query.min_confidence)
    if query.article_id:
        conditions.append("event_id IN (SELECT event_id FROM event_reports WHERE article_id = ?)")
        parameters.append(query.article_id)
    if query.story_id is not None:
        conditions.append(
            "event_id IN (SELECT s.event_id FROM event_reports s JOIN story_articles m ON m.article_id = s.article_id"
            " WHERE m.story_id = ?)"
        )
        parameters.append(query.story_id)
    if query.after is not None:  # keyset paging, in the order of `query.order`
        sort_key, event_key = query.after
        expression, direction = EVENT_ORDERS[query.order]
        beyond = "<" if direction == "DESC" else ">"
        conditions.append(f"({expression} {beyond} ? OR ({expression} = ? AND e.event_key > ?))")
        parameters += [sort_key, sort_key, event_key]
    box = query.bbox
    if query.near is not None:
        lat, lon, km = query.near
        spread = km / KM_PER_DEGREE
        lon_spread = spread / max(math.cos(math.radians(lat)), 0.01)
        box = (lat - spread, lon - lon_spread, lat + spread, lon + lon_spread)
    if box is not None:
        south, west, north, east = box
        conditions.append("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
        parameters += [south, north, west, east]
    if query.near is not None:  # the box above lets SQLite skip most rows before the exact distance
        conditions.append("distance_km(?, ?, lat, lon) <= ?")
        parameters += list(query.near)
    return conditions, parameters


def _report_values(article_id: str, event: ArticleEvent, actor_ids: Sequence[int | None]) -> tuple[Any, ...]:
    def actor_values(actor: EventActor | None) -> tuple[Any, ...]:
        if actor is None:
            return (None, None, None, None)
        return (_stored_id(actor, actor_ids), actor.name, actor.country, actor.kind)

    place = event.location.place if event.location else None
    fields: dict[str, list[int]] = {"trigger": [event.trigger.start, event.trigger.end]}
    for name, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        if actor is not None:
            fields[name] = [actor.span.start, actor.span.end]
    if event.location is not None:
        fields["location"] = [event.location.span.start, event.location.span.end]
    if event.date_span is not None:
        fields["date"] = [event.date_span.start, event.date_span.end]
    if event.casualty_span is not None:
        fields["casualties"] = [event.casualty_span.start, event.casualty_span.end]
    if event.sub_type_span is not None:
        fields["sub_type"] = [event.sub_type_span.start, event.sub_type_span.end]
    fatalities, injured = event.fatalities, event.injured
    return (
        article_id,
        event.sentence,
        event.sentence_span.start,
        event.sentence_span.end,
        event.trigger_text,
        event.plover_type,
        event.plover_mode,
        event.acled_event_type,
        event.acled_sub_event_type,
        *actor_values(event.actor1),
        *actor_values(event.actor2),
        event.location.name if event.location else None,
        place.admin1 if place else None,
        place.country if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.geonameid if place else None,
        event.location.precision if event.location else None,
        event.date.value.isoformat() if event.date else None,
        event.date.precision.value if event.date else None,
        event.date.expression if event.date else None,
        event.date.anchor.isoformat() if event.date and event.date.anchor else None,
        fatalities.value if fatalities else None,
        fatalities.minimum if fatalities else None,
        fatalities.maximum if fatalities else None,
        injured.value if injured else None,
        event.confidence,
        json.dumps(fields),
    )


def _stored_id(actor: EventActor, actor_ids: Sequence[int | None]) -> int | None:
    return actor_ids[actor.actor] if actor.actor is not None else None
