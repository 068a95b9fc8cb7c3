"""CLI commands over events: events, event, export events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from newsgraph.cli.checks import check_country, check_date, check_event_type
from newsgraph.cli.export import export_group, export_rows, out_option
from newsgraph.cli.main import _echo_json_lines, _escape, cli, db_option, json_option, out, say_if_empty
from newsgraph.cli.nlp import open_analysis_store
from newsgraph.errors import NewsgraphError
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.export.events import FORMATS
from newsgraph.store.event_rows import EventFilter, EventRow, InvalidFilter, parse_near
from newsgraph.store.sql_events import EVENT_ORDERS

F = TypeVar("F", bound=Callable[..., Any])
EVENT_FORMATS = (*FORMATS, "parquet")


def _near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        return parse_near(value)
    except InvalidFilter as error:
        raise click.BadParameter(f"{error} (e.g. 47.84,35.14,50)", param_hint="--near") from error


def _event_filter(
    *,
    type_: str | None,
    actor: str | None,
    partner: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    near: str | None,
    min_confidence: float,
    sort: str,
) -> EventFilter:
    """The filter the options of `event_filter_options` give (commands pass them on as `**filters`)."""
    if since and until and since > until:
        raise click.BadParameter(f"{until} is before --since {since}", param_hint="--until")
    return EventFilter(
        type=type_,
        actor=actor,
        partner=partner,
        country=country,
        since=since,
        until=until,
        near=_near(near),
        min_confidence=min_confidence,
        order=sort,
    )


def event_filter_options(*, min_confidence: float) -> Callable[[F], F]:
    """The filters shared by `events` and `export events`; `min_confidence` is the default of
    `--min-confidence`."""
    return lambda command: _with_filter_options(command, min_confidence)


def _with_filter_options(command: F, min_confidence: float) -> F:
    for option in reversed(
        (
            click.option(
                "--type",
                "type_",
                callback=check_event_type,
                help="PLOVER type (ASSAULT, CONSULT…) or class ('material conflict'), ACLED event or sub-event type.",
            ),
            click.option("--actor", help="ISO-3 country of either actor (RUS), an actor id, or part of a name."),
            click.option("--partner", help="With --actor: only events between the two (same forms as --actor)."),
            click.option(
                "--country", callback=check_country, help="ISO-3 code of the country where the event happened."
            ),
            click.option("--since", callback=check_date, help="Events on or after this date (YYYY-MM-DD)."),
            click.option("--until", callback=check_date, help="Events on or before this date (YYYY-MM-DD)."),
            click.option("--near", help="LAT,LON,KM: events within KM of a point."),
            click.option(
                "--sort",
                type=click.Choice(tuple(EVENT_ORDERS)),
                default="newest",
                show_default=True,
                help="newest or oldest (undated last), deadliest (the most killed first), confident.",
            ),
            click.option(
                "--min-confidence",
                type=click.FloatRange(0.0, 1.0),
                default=min_confidence,
                show_default=True,
                help="Hide events whose confidence (the estimated probability that the type is right) "
                "is below this; 0 shows every event.",
            ),
        )
    ):
        command = option(command)
    return command


def _summary(event: EventRow) -> str:
    actor1 = (event.actor1 or {}).get("name") or "?"
    actor2 = (event.actor2 or {}).get("name") or ""
    place = (event.location or {}).get("name") or ""
    acled = f" / {event.acled_sub_event_type}" if event.acled_sub_event_type else ""
    toll = f" killed {event.fatalities}" if event.fatalities is not None else ""
    toll += f" injured {event.injured}" if event.injured is not None else ""
    return (
        f"{event.event_id}  {event.date or '(undated)'}  {event.plover_type}{acled}  "
        f"{actor1} → {actor2}  @ {place}{toll}  ({len(event.article_ids)} article(s), conf {event.confidence:.2f})"
    )


@cli.command("events")
@db_option
@event_filter_options(min_confidence=DEFAULT_MIN_CONFIDENCE)
@click.option("--limit", type=click.IntRange(1), default=None)
@json_option
def events_command(db: str, limit: int | None, as_json: bool, **filters: Any) -> None:
    """Events found in the stored articles, newest first (or as --sort says).

    Example: newsgraph events --type ASSAULT --actor RUS --near 47.84,35.14,100
    """
    store = open_analysis_store(db)
    query = _event_filter(**filters)
    query.limit = limit
    rows = store.iter_events(query)
    if as_json:
        say_if_empty(_echo_json_lines(row.public_dict() for row in rows), "events")
        return
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007 (the count is read after the loop)
        out.print(_escape(_summary(row)))
    say_if_empty(count, "events")


@cli.command("event")
@db_option
@click.argument("event_id")
@json_option
def event_command(db: str, event_id: str, as_json: bool) -> None:
    """One event with every field and the sentences it came from, evidence highlighted.

    Example: newsgraph event ev-0123456789abcdef
    """
    store = open_analysis_store(db)
    event = store.event(event_id)
    if event is None:
        raise NewsgraphError(f"no event {event_id!r}; list them with `newsgraph events`")
    if as_json:
        _echo_json_lines([event.public_dict()])
        return
    out.print(_escape(_summary(event)))
    for name in ("plover_mode", "acled_event_type", "acled_sub_event_type", "date_precision", "date_evidence"):
        out.print(_escape(f"  {name}: {getattr(event, name)}"))
    for name in ("actor1", "actor2", "location"):
        out.print(_escape(f"  {name}: {getattr(event, name)}"))
    out.print(_escape(f"  fatalities: {event.fatalities} (min {event.fatalities_min}, max {event.fatalities_max})"))
    out.print(_escape(f"  injured: {event.injured}"))
    for evidence in event.evidence:
        article = store.article(evidence.article_id)
        if article is None:
            continue
        out.print(f"\n[dim]{_escape(evidence.article_id)} · sentence {evidence.sentence}[/dim]")
        out.print(_highlight(article.text, evidence.start, evidence.end, evidence.fields))


def _highlight(text: str, start: int, end: int, fields: dict[str, list[int]]) -> str:
    """The sentence with each field's words marked and labelled; the text itself escaped."""
    marks = sorted(
        ((span[0], span[1], name) for name, span in fields.items() if start <= span[0] < end),
        key=lambda item: item[0],
    )
    pieces, cursor = [], start
    for mark_start, mark_end, name in marks:
        if mark_start < cursor:
            continue
        pieces.append(_escape(text[cursor:mark_start]))
        pieces.append(f"[reverse]{_escape(text[mark_start:mark_end])}[/reverse][dim]⟨{name}⟩[/dim]")
        cursor = mark_end
    pieces.append(_escape(text[cursor:end]))
    outside = [
        f"{name}: {_escape(text[span[0] : span[1]])}" for name, span in fields.items() if not start <= span[0] < end
    ]
    return "".join(pieces) + ("\n  (from neighbouring sentences) " + "; ".join(outside) if outside else "")


@export_group.command("events")
@db_option
# An export is the events the other views show (the reports a user is asked to trust, about 3 in
# 10 of the raw candidates on general news); `--min-confidence 0` exports every candidate, each
# row with its confidence.
@event_filter_options(min_confidence=DEFAULT_MIN_CONFIDENCE)
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="jsonl", show_default=True)
@out_option
def export_events_command(db: str, fmt: str, out_path: Path | None, **filters: Any) -> None:
    """Export events as JSON Lines, CSV, Parquet, GeoJSON or ACLED-style CSV.

    Example: newsgraph export events --format geojson --out events.geojson
    """
    store = open_analysis_store(db)
    export_rows(
        "events",
        store.iter_events(_event_filter(**filters)),
        fmt,
        out_path,
    )
