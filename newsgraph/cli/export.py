"""`newsgraph export …`: stream stored records to files (bounded memory, atomic file writes)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from newsgraph.cli.checks import check_country, check_date
from newsgraph.cli.main import cli, db_option, say_if_empty
from newsgraph.cli.nlp import open_analysis_store
from newsgraph.export.events import write_events
from newsgraph.export.tables import write_csv, write_jsonl, write_parquet
from newsgraph.nlp.records import ActorKind
from newsgraph.store.actor_rows import ActorFilter, QuoteFilter
from newsgraph.store.base import ArticleFilter

TABLE_FORMATS = ("jsonl", "csv", "parquet", "geojson")  # geojson: events only, explained if asked


@cli.group("export")
def export_group() -> None:
    """Write stored articles, actors, quotes or events to a file (streaming; bounded memory)."""


def out_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default stdout)."
    )(command)


def export_rows(kind: str, rows: Iterable[Any], fmt: str, out_path: Path | None) -> None:
    """Write `rows` as `fmt` to `out_path` (through a temporary file, renamed when complete, so
    an interrupted export never leaves a truncated file under the final name) or to stdout."""
    if fmt == "parquet" and out_path is None:
        raise click.UsageError("parquet is a binary format: pass --out FILE")
    if fmt in ("geojson", "acled-csv") and kind != "events":
        raise click.UsageError(f"{fmt} needs coordinates and event fields: only `export events` writes it")
    if out_path is None:
        written = _write(kind, rows, fmt, sys.stdout)
    else:
        scratch = out_path.with_name(out_path.name + ".partial")
        if fmt == "parquet":
            written = write_parquet(kind, rows, scratch)
        else:
            with scratch.open("w", encoding="utf-8", newline="") as handle:
                written = _write(kind, rows, fmt, handle)
        scratch.replace(out_path)
        click.echo(f"wrote {written} {kind} to {out_path}", err=True)
    say_if_empty(written, kind)


def _write(kind: str, rows: Iterable[Any], fmt: str, out: Any) -> int:
    if kind == "events" and fmt in ("geojson", "acled-csv", "csv"):
        return write_events(rows, out, fmt)
    if fmt == "csv":
        return write_csv(kind, rows, out)
    return write_jsonl(kind, rows, out)


@export_group.command("articles")
@db_option
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="jsonl", show_default=True)
@out_option
@click.option("--publisher")
@click.option("--since", callback=check_date, help="Published on or after (YYYY-MM-DD).")
@click.option("--until", callback=check_date, help="Published on or before (YYYY-MM-DD).")
@click.option("--language")
@click.option("--unique", is_flag=True, help="Leave out duplicates.")
def export_articles_command(
    db: str,
    fmt: str,
    out_path: Path | None,
    publisher: str | None,
    since: str | None,
    until: str | None,
    language: str | None,
    unique: bool,
) -> None:
    """Export articles (clean text and metadata).

    Example: newsgraph export articles --format parquet --out articles.parquet
    """
    query = ArticleFilter(publisher=publisher, since=since, until=until, language=language, unique_only=unique)
    export_rows("articles", open_analysis_store(db).articles(query), fmt, out_path)


@export_group.command("actors")
@db_option
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="jsonl", show_default=True)
@out_option
@click.option("--type", "kind", type=click.Choice([kind.value for kind in ActorKind]), help="Only this type.")
@click.option("--country", callback=check_country, help="ISO-3 code.")
@click.option("--name", help="Part of a name or alias.")
def export_actors_command(
    db: str, fmt: str, out_path: Path | None, kind: str | None, country: str | None, name: str | None
) -> None:
    """Export actors with their aliases and roles.

    Example: newsgraph export actors --format csv --out actors.csv
    """
    rows = open_analysis_store(db).iter_actors(ActorFilter(kind=kind, country=country, name=name))
    export_rows("actors", rows, fmt, out_path)


@export_group.command("quotes")
@db_option
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="jsonl", show_default=True)
@out_option
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--article", "article_id", help="Only this article's quotes.")
@click.option("--fragments", is_flag=True, help="Include short quoted fragments.")
def export_quotes_command(
    db: str, fmt: str, out_path: Path | None, speaker: str | None, article_id: str | None, fragments: bool
) -> None:
    """Export quotes with their speakers and offsets.

    Example: newsgraph export quotes --speaker Putin --format jsonl
    """
    query = QuoteFilter(speaker=speaker, article_id=article_id, include_fragments=fragments)
    export_rows("quotes", open_analysis_store(db).iter_quotes(query), fmt, out_path)
