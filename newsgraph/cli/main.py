"""The `newsgraph` command: a thin shell over the Python API (argument parsing and printing)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsgraph.cli.checks import check_date
from newsgraph.errors import NewsgraphError
from newsgraph.executor import ENGINES, Executor, make_executor
from newsgraph.pipeline import IngestSummary, ingest
from newsgraph.settings import IngestSettings
from newsgraph.store import DEFAULT_DB, ArticleFilter, open_store

F = TypeVar("F", bound=Callable[..., Any])
# soft_wrap: a message sent to a file or a pipe stays one line, whatever the width rich assumes.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class _ErrHandler(logging.Handler):
    """Log records as plain lines on `err` (rich keeps them above a live progress bar)."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(self.format(record), markup=False)


@contextmanager
def show_library_notices(quiet: bool) -> Iterator[None]:
    """Show the library's own notices (logging at INFO, such as the once-only gazetteer build)
    on stderr while a command runs, above any progress bar rather than through it."""
    if quiet:
        yield
        return
    handler = _ErrHandler()
    logger = logging.getLogger("newsgraph")
    previous_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)


def db_option(command: F) -> F:
    """The shared --db option of every command."""
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        envvar="NEWSGRAPH_DB",
        help="SQLite database file (only `ingest` creates one; every other command needs it to exist)"
        " or a PostgreSQL URL, postgresql://user@host:5432/dbname (the database must exist).",
    )(command)


def executor_options(command: F) -> F:
    """--workers, --executor and --ray-address: where the cleaning and analysis steps run."""
    command = click.option(
        "--ray-address",
        envvar="RAY_ADDRESS",
        help="With --executor ray: a running cluster (ray://head:10001 or head:6379); "
        "default: start a private Ray on 127.0.0.1.",
    )(command)
    command = click.option(
        "--executor",
        "engine",
        type=click.Choice(ENGINES),
        default="local",
        show_default=True,
        help="local: this process, or --workers processes; ray: Ray tasks on --workers CPUs or on --ray-address.",
    )(command)
    return click.option(
        "--workers",
        default=1,
        show_default=True,
        type=click.IntRange(1, 64),
        help="Processes (or Ray CPUs) for cleaning and analysis.",
    )(command)


def open_executor(workers: int, engine: str, ray_address: str | None) -> Executor:
    """The executor the options ask for; a usage error when --ray-address is given on the
    command line without --executor ray (a $RAY_ADDRESS in the environment is only used by it)."""
    if ray_address and engine != "ray":
        source = click.get_current_context().get_parameter_source("ray_address")
        if source == click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--ray-address needs --executor ray")
    return make_executor(workers, engine, ray_address if engine == "ray" else None)


def split_option(holdout: str) -> Callable[[F], F]:
    """--split all|tune|holdout of an evaluation; `holdout` says what its held-out part is."""
    return click.option(
        "--split",
        type=click.Choice(["all", "tune", "holdout"]),
        default="all",
        show_default=True,
        help=f"holdout: {holdout}; tune: the rest.",
    )


def json_option(command: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")(command)


class _Group(click.Group):
    """Turns library errors into a one-line message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsgraphError as error:
            err.print(f"[red]error:[/red] {error}")
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="newsgraph")
def cli() -> None:
    """Turn raw news pages into a clean, deduplicated, searchable article store.

    Example: newsgraph ingest samples/ && newsgraph articles
    """


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@executor_options
@click.option("--batch-size", default=IngestSettings().batch_size, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--no-nlp", is_flag=True, help="Only store articles; analyse them later with `newsgraph process`.")
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    workers: int,
    engine: str,
    ray_address: str | None,
    batch_size: int,
    quiet: bool,
    no_nlp: bool,
) -> None:
    """Ingest .txt, .html, .jsonl(.gz) and WARC files, folders (recursive) or globs, then find
    the entities, actors, quotes and claims of the new articles.

    Bad inputs are reported, recorded (see `newsgraph rejected`) and skipped; re-running on
    the same files adds nothing.

    Example: newsgraph ingest samples/ 'scrapes/**/*.warc.gz' --db news.db
    """
    settings = IngestSettings(workers=workers, batch_size=batch_size)
    executor = open_executor(workers, engine, ray_address)
    try:
        _ingest_and_analyse(paths, db, settings, executor, quiet, no_nlp)
    finally:
        executor.close()


def _ingest_and_analyse(
    paths: tuple[str, ...], db: str, settings: IngestSettings, executor: Executor, quiet: bool, no_nlp: bool
) -> None:
    """The ingest command's work, on one executor for both steps (a Ray starts once)."""
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,  # a bar in a log file is noise
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=None)
        summary = ingest(
            paths,
            db,
            settings=settings,
            executor=executor,
            on_discovered=lambda total: progress.update(task, total=total),
            on_file=lambda path: progress.update(task, advance=1, description=path[-50:]),
        )
    for rejection in summary.rejections:
        label = "repaired" if rejection.kept else "rejected"
        err.print(f"[yellow]{label}[/yellow] {_escape(rejection.message())}")
    _print_summary(summary, db)
    if not no_nlp:
        from newsgraph.cli.nlp import run_analysis

        run_analysis(db, executor=executor, quiet=quiet)
    if summary.all_rejected:
        err.print(f"[red]error:[/red] every input was rejected ({summary.rejected}); see `newsgraph rejected`")
    if summary.failed:
        sys.exit(1)


def _print_summary(summary: IngestSummary, db: str) -> None:
    table = Table(title=f"ingest summary ({db})", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("files", summary.files),
        ("pages read", summary.pages_read),
        ("pages new", summary.pages_new),
        ("pages already stored", summary.pages_already_stored),
        ("articles new", summary.articles_new),
        ("exact duplicates", summary.exact_duplicates),
        ("near duplicates", summary.near_duplicates),
        ("chrome lines removed", summary.lines_removed),
        ("rejected inputs", summary.rejected),
        ("repaired inputs", summary.repaired),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    out.print(table)
    if summary.unchanged and summary.pages_already_stored:
        out.print("nothing new: every page was already stored")


@cli.command("articles")
@db_option
@click.option("--publisher", help="Only this publisher (case-insensitive).")
@click.option("--since", callback=check_date, help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=check_date, help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--language", help="Only this language (ISO 639-1).")
@click.option("--unique", is_flag=True, help="Hide duplicates.")
@click.option("--limit", type=click.IntRange(0), default=None)
@json_option
def articles_command(
    db: str,
    publisher: str | None,
    since: str | None,
    until: str | None,
    language: str | None,
    unique: bool,
    limit: int | None,
    as_json: bool,
) -> None:
    """List stored articles.

    Example: newsgraph articles --publisher "South China Morning Post" --json
    """
    store = open_store(db)
    query = ArticleFilter(
        publisher=publisher, since=since, until=until, language=language, unique_only=unique, limit=limit
    )
    rows = store.articles(query)
    if as_json:
        say_if_empty(_echo_json_lines(row.public_dict() for row in rows), "articles")
        return
    count = 0
    for row in rows:
        count += 1
        duplicate = f"  [{row.duplicate_kind} duplicate of {row.duplicate_of}]" if row.duplicate_of else ""
        line = (
            f"{row.id}  {(row.published_at or '—')[:10]:<10}  {row.language or '—':<3} {row.word_count:>6}w  "
            f"{row.publisher or '?'} — {row.title or '(no title)'}{duplicate}"
        )
        out.print(_escape(line))
    if count:
        out.print(f"{count} article(s)")
    say_if_empty(count, "articles")


@cli.command("show")
@click.argument("article_id")
@db_option
@json_option
def show_command(article_id: str, db: str, as_json: bool) -> None:
    """Show one article: text, metadata, provenance, and what cleaning removed and why.

    Example: newsgraph show 705c3872c7853130-1
    """
    store = open_store(db)
    row = store.article(article_id)
    if row is None:
        raise click.ClickException(f"no article {article_id!r} (list ids with `newsgraph articles`)")
    removals = store.removals(article_id)
    locations = store.locations(row.page_id)
    duplicates = store.duplicates_of(article_id)
    if as_json:
        record = row.public_dict() | {
            "extras": row.extras,
            "removed": [{"rule": r.rule, "text": r.text, "line": r.line_no} for r in removals],
            "locations": [asdict(location) for location in locations],
            "duplicates": duplicates,
        }
        _echo_json_lines([record])
        return
    out.print(f"[bold]{_escape(row.title or '(no title)')}[/bold]")
    meta = {
        "id": row.id,
        "page": row.page_id,
        "publisher": row.publisher,
        "author": row.author,
        "url": row.url,
        "published_at": f"{row.published_at} ({row.published_at_source})"
        if row.published_at
        else f"unknown ({row.published_at_source})",
        "language": f"{row.language} ({row.language_score})" if row.language_score is not None else row.language,
        "words": row.word_count,
        "duplicate_of": f"{row.duplicate_of} ({row.duplicate_kind}, similarity {row.duplicate_similarity})"
        if row.duplicate_of
        else None,
        "duplicates": ", ".join(duplicates) or None,
    }
    for key, value in meta.items():
        if value is not None:
            out.print(f"  {key}: {_escape(str(value))}")
    for key, values in row.extras.items():
        out.print(f"  {key}: {_escape(json.dumps(values, ensure_ascii=False))}")
    out.print("[bold]from[/bold]")
    for loc in locations:
        where = f" {loc.locator}" if loc.locator else ""
        out.print(f"  {_escape(loc.source_path)}{_escape(where)} [{loc.input_format}, sha256 {loc.raw_sha256[:16]}…]")
    out.print("[bold]text[/bold]")
    out.print(_escape(row.text))
    out.print(f"[bold]removed ({len(removals)})[/bold]")
    for removal in removals:
        line = f"line {removal.line_no}" if removal.line_no else "—"
        out.print(f"  {removal.rule:<18} {line:<9} {_escape(removal.text[:120])}")


def _echo_json_lines(records: Iterable[dict[str, Any]]) -> int:
    """Print one JSON object per line; returns how many."""
    count = 0
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))
        count += 1
    return count


def say_if_empty(count: int, what: str) -> None:
    """An empty answer is said on stderr, so stdout stays clean JSON or rows while a person
    running the command still learns that nothing matched (rather than seeing nothing)."""
    if count == 0:
        err.print(f"no {what} found (with these filters)")


def _escape(text: str) -> str:
    """Article text is untrusted: never let it be read as console markup."""
    from rich.markup import escape

    return escape(text)


@cli.command("search")
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--fts", "raw_syntax", is_flag=True, help="Treat QUERY as SQLite FTS5 syntax (phrases, OR, NEAR, prefix*)."
)
@json_option
def search_command(query: str, db: str, limit: int, raw_syntax: bool, as_json: bool) -> None:
    """Full-text search over titles and text, best matches first, with snippets.

    Example: newsgraph search "drone strike dormitories"
    """
    hits = open_store(db).search(query, limit, raw_syntax=raw_syntax)
    if as_json:
        _echo_json_lines(asdict(hit) | {"score": round(hit.score, 4)} for hit in hits)
    say_if_empty(len(hits), "matches")
    if as_json:
        return
    for hit in hits:
        out.print(
            f"[bold]{hit.article_id}[/bold] {_escape(hit.title or '(no title)')} — {_escape(hit.publisher or '?')}"
        )
        out.print(f"    {_escape(hit.snippet)}")


@cli.command("rejected")
@db_option
@json_option
def rejected_command(db: str, as_json: bool) -> None:
    """Every rejected input (file or record) with its reason.

    Example: newsgraph rejected --json
    """
    rows = open_store(db).rejections()
    if as_json:
        _echo_json_lines(asdict(row) for row in rows)
    say_if_empty(len(rows), "rejected inputs")
    if as_json:
        return
    for row in rows:
        where = f" ({row.locator})" if row.locator else ""
        out.print(
            f"{_escape(row.source_path)}{_escape(where)}: "
            f"[yellow]{_escape(row.reason)}[/yellow] — {_escape(row.detail)}"
        )


@cli.group("eval")
def eval_group() -> None:
    """Measure quality against gold data (prints JSON with --json)."""


@eval_group.command("html")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--baseline", is_flag=True, help="Score trafilatura alone, without newsgraph's cleaning.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold rows.")
@json_option
def eval_html_command(gold: str, baseline: bool, limit: int | None, as_json: bool) -> None:
    """Main-text extraction quality: token precision/recall/F1 against gold `text`
    (or with_recall / without_leak for rows with `with`/`without` snippet lists).

    Example: newsgraph eval html ../shared/data/html/scrapinghub.jsonl.gz --json
    """
    from newsgraph.evaluate.html import evaluate_html

    _print_report(evaluate_html(gold, baseline=baseline, limit=limit), as_json)


@eval_group.command("ner")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--baseline", is_flag=True, help="Score the bare small spaCy model instead.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold sentences.")
@json_option
def eval_ner_command(gold: str, baseline: bool, limit: int | None, as_json: bool) -> None:
    """Entity recognition: entity-level precision/recall/F1 (exact span and type) on CoNLL-2003
    style gold, our types mapped to PER/ORG/LOC/MISC (see `newsgraph.evaluate.ner`).

    Example: newsgraph eval ner ../shared/data/ner/conll2003_dev.txt --json
    """
    from newsgraph.evaluate.ner import evaluate_ner

    _print_report(evaluate_ner(gold, baseline=baseline, limit=limit), as_json)


@eval_group.command("quotes")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold articles.")
@json_option
def eval_quotes_command(gold: str, limit: int | None, as_json: bool) -> None:
    """Quote attribution: content-span precision/recall/F1 (overlap >= 50%) and speaker accuracy
    on PolNeAR-shaped gold.

    Example: newsgraph eval quotes ../shared/data/quotes/polnear_dev.jsonl --json
    """
    from newsgraph.evaluate.quotes import evaluate_quotes

    _print_report(evaluate_quotes(gold, limit=limit), as_json)


@eval_group.command("actors")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--annotations",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Hand-built actor clusters (default: tests/data/actors_gold.jsonl of the repository).",
)
@json_option
def eval_actors_command(corpus: str, annotations: str | None, as_json: bool) -> None:
    """Actors within articles: B-cubed precision/recall/F1 of the actor clusters and type
    accuracy against hand-built clusters of 30 articles of CORPUS (news_dev.jsonl).

    Example: newsgraph eval actors ../shared/data/corpus/news_dev.jsonl --json
    """
    from newsgraph.evaluate.actors import ANNOTATIONS_FILE, evaluate_actors

    _print_report(evaluate_actors(corpus, annotations or ANNOTATIONS_FILE), as_json)


@eval_group.command("geo")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold articles.")
@json_option
def eval_geo_command(gold: str, limit: int | None, as_json: bool) -> None:
    """Toponyms: recognition P/R/F1 (span overlap, gold toponyms with coordinates) and
    resolution accuracy within 161 km and median error on the recognised ones. The first run
    builds the offline gazetteer index (about 20 s, once).

    Example: newsgraph eval geo ../shared/data/geo/geovirus.jsonl --json
    """
    from newsgraph.evaluate.geo import evaluate_geo

    _print_report(evaluate_geo(gold, limit=limit), as_json)


@eval_group.command("events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold rows.")
@click.option("--rules", is_flag=True, help="Also each trigger's hits and precision here (finds dead, harmful rules).")
@split_option("the fixed fifth of rows never read while writing rules (nor trained on, for world ACLED 2022)")
@json_option
def eval_events_command(gold: str, limit: int | None, rules: bool, split: str, as_json: bool) -> None:
    """Event coding on ACLED-shaped rows: type and sub-type accuracy, sub-type macro-F1,
    fatalities, place within 25 km, actor1 country and date of each text's main event.

    Example: newsgraph eval events ../shared/data/events/acled_afghanistan_2020.jsonl --json
    """
    from newsgraph.evaluate.events import evaluate_acled

    _print_report(evaluate_acled(gold, split=split, limit=limit, rules=rules), as_json)


@eval_group.command("case")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold rows.")
@click.option("--rules", is_flag=True, help="Also each trigger's hits and precision here (finds dead, harmful rules).")
@json_option
def eval_case_command(gold: str, limit: int | None, rules: bool, as_json: bool) -> None:
    """Fine-grained event type on CASE 2021 task 2 rows: macro-F1 over labels after mapping
    our ACLED sub-types to CASE's names (out-of-scope labels count as no event).

    Example: newsgraph eval case ../shared/data/events/case2021_task2.jsonl --json
    """
    from newsgraph.evaluate.events import evaluate_case

    _print_report(evaluate_case(gold, limit=limit, rules=rules), as_json)


@eval_group.command("plover")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold rows.")
@json_option
def eval_plover_command(gold: str, limit: int | None, as_json: bool) -> None:
    """PLOVER event type of each sentence's main event, and source/target country F1.

    Example: newsgraph eval plover ../shared/data/events/plover_gsr_dev.jsonl --json
    """
    from newsgraph.evaluate.events import evaluate_plover

    _print_report(evaluate_plover(gold, limit=limit), as_json)


@eval_group.command("police")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold articles.")
@split_option("the fixed fifth of articles never read while writing rules")
@json_option
def eval_police_command(gold: str, limit: int | None, split: str, as_json: bool) -> None:
    """Police actions in whole articles: did the police kill, arrest, use force? Document
    P/R/F1 and sentence F1 per question on IndiaPoliceEvents-shaped gold.

    Example: newsgraph eval police ../shared/data/events/india_police_events_dev.jsonl --json
    """
    from newsgraph.evaluate.police import evaluate_police

    _print_report(evaluate_police(gold, split=split, limit=limit), as_json)


@eval_group.command("stories")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold documents.")
@split_option("the topics numbered a multiple of five, never looked at while choosing the settings")
@json_option
def eval_stories_command(gold: str, limit: int | None, split: str, as_json: bool) -> None:
    """Story clustering: B-cubed precision, recall and F1 of the stories found against the gold
    `story` of each document (ECB+-shaped gold: id, text, topic, story).

    Example: newsgraph eval stories ../shared/data/stories/ecbplus_dev.jsonl --json
    """
    from newsgraph.evaluate.stories import evaluate_stories

    _print_report(evaluate_stories(gold, split=split, limit=limit), as_json)


def _print_report(report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report))
        return
    for key, value in report.items():
        if key != "rules":
            out.print(f"{key:>20}: {value}")
    if "rules" in report:
        table = Table(title="triggers: how often each names the scored event, and how often it is then right")
        for column in ("rule", "family", "hits", "correct", "precision"):
            table.add_column(column)
        for row in report["rules"]:
            precision = "" if row["precision"] is None else f"{row['precision']:.3f}"
            table.add_row(row["rule"], row["family"], str(row["hits"]), str(row["correct"]), precision)
        out.print(table)


@eval_group.command("gate")
@click.option("--baseline-file", default="eval/baseline.json", show_default=True, type=click.Path(dir_okay=False))
@click.option("--data-dir", default="../shared/data", show_default=True, type=click.Path(file_okay=False))
@click.option("--update", is_flag=True, help="Raise floors to today's scores (never lowers them).")
def eval_gate_command(baseline_file: str, data_dir: str, update: bool) -> None:
    """Run every pinned evaluation and fail when a score drops below its floor.

    Example: newsgraph eval gate --data-dir ../shared/data
    """
    from newsgraph.evaluate.gate import run_gate

    result = run_gate(baseline_file, data_dir, update=update)
    for line in result.lines:
        out.print(_escape(line))
    if not result.passed:
        sys.exit(1)


from newsgraph.cli import events as _event_commands  # noqa: E402,F401
from newsgraph.cli import gazetteer as _gazetteer_commands  # noqa: E402,F401
from newsgraph.cli import info as _info_commands  # noqa: E402,F401
from newsgraph.cli import nlp as _nlp_commands  # noqa: E402,F401  (registers its commands on `cli`)
from newsgraph.cli import serve as _serve_commands  # noqa: E402,F401
from newsgraph.cli import stories as _story_commands  # noqa: E402,F401

if __name__ == "__main__":
    cli()
