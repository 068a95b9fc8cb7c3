"""CLI commands over the NLP stage: process, actors, actor, quotes, claims."""

from __future__ import annotations

import json

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsgraph.analysis.stage import AnalysisSummary, analyse_store, count_stale
from newsgraph.cli.checks import check_country
from newsgraph.cli.main import (
    _echo_json_lines,
    _escape,
    cli,
    db_option,
    err,
    executor_options,
    json_option,
    open_executor,
    out,
    say_if_empty,
    show_library_notices,
)
from newsgraph.errors import NewsgraphError
from newsgraph.executor import Executor
from newsgraph.nlp.records import ActorKind
from newsgraph.store import TableStore, open_store
from newsgraph.store.actor_rows import ActorFilter, ActorRow, QuoteFilter


def open_analysis_store(db: str) -> TableStore:
    """The store for the commands that read the analysis (either backend has every table)."""
    return open_store(db)


def run_analysis(
    db: str, *, executor: Executor, stale: bool = False, reprocess: bool = False, quiet: bool = False
) -> AnalysisSummary:
    """Analyse what the store holds and has not analysed yet, with a progress bar on stderr:
    articles done of all due, articles per second and time left (analysis is the slow part).
    The caller owns `executor` (and closes it)."""
    store = open_analysis_store(db)
    progress = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not err.is_terminal,  # a bar in a log file is noise
        transient=True,
    )
    try:
        with show_library_notices(quiet), progress:
            task = progress.add_task("", total=None, rate="")

            def advance(_article_id: str) -> None:
                progress.advance(task)
                elapsed = progress.tasks[0].elapsed or 0.0
                done = progress.tasks[0].completed
                progress.update(task, rate=f"{done / elapsed:.1f}/s" if elapsed else "")

            summary = analyse_store(
                store,
                stale=stale,
                reprocess=reprocess,
                executor=executor,
                on_total=lambda total: progress.update(task, total=total),
                on_article=advance,
            )
        stale_left = count_stale(store)
    finally:
        store.close()
    if not quiet:
        rate = summary.words / summary.seconds if summary.seconds else 0.0
        out.print(
            f"analysed {summary.articles} articles ({summary.words} words, {rate:,.0f} words/s): "
            f"{summary.mentions} mentions, {summary.quotes} quotes, {summary.claims} claims, {summary.events} events"
        )
        if summary.merge is not None:
            merge = summary.merge
            out.print(
                f"merged {merge.reports} event reports into {merge.events} events "
                f"({merge.changed} changed, {merge.seconds:.1f} s)"
            )
    stories = summary.stories
    if stories is not None and stories.busy:
        err.print("another run is grouping stories; it (or the next `newsgraph process`) groups these articles")
    if stories is not None and stories.articles and not quiet:
        out.print(
            f"grouped {stories.articles} articles into stories: {stories.opened} new, "
            f"{stories.joined} joined an earlier story ({stories.seconds:.1f} s)"
        )
    if summary.failed:
        err.print(f"[yellow]{summary.failed} article(s) could not be analysed[/yellow]; see `newsgraph rejected`")
    if summary.skipped:
        err.print(
            f"{summary.skipped} article(s) skipped: no analysis rules for their language; see `newsgraph rejected`"
        )
    if stale_left:
        err.print(
            f"{stale_left} article(s) were analysed by older rules; `newsgraph process --stale` analyses them again"
        )
    return summary


@cli.command("process")
@db_option
@click.option("--stale", is_flag=True, help="Also analyse again what older rules analysed (see `newsgraph info`).")
@click.option("--reprocess", is_flag=True, help="Analyse every article again, whatever analysed it.")
@executor_options
@click.option("--quiet", is_flag=True)
def process_command(
    db: str, stale: bool, reprocess: bool, workers: int, engine: str, ray_address: str | None, quiet: bool
) -> None:
    """Find entities, actors, quotes, claims and events in stored articles not yet analysed.

    `newsgraph ingest` already does this for what it stores; re-running adds nothing. After an
    upgrade, --stale redoes the articles that older rules analysed.

    Example: newsgraph process --db news.db --stale
    """
    executor = open_executor(workers, engine, ray_address)
    try:
        run_analysis(db, executor=executor, stale=stale, reprocess=reprocess, quiet=quiet)
    finally:
        executor.close()


@cli.command("actors")
@db_option
@click.option("--type", "kind", type=click.Choice([kind.value for kind in ActorKind]), help="Only this type.")
@click.option("--country", callback=check_country, help="Only actors of this country (ISO-3, e.g. RUS).")
@click.option("--name", help="Only actors whose name or an alias contains this.")
@click.option("--limit", type=click.IntRange(1), default=None)
@json_option
def actors_command(
    db: str, kind: str | None, country: str | None, name: str | None, limit: int | None, as_json: bool
) -> None:
    """Actors across all articles, most mentioned first, with their aliases.

    Example: newsgraph actors --type person --country RUS
    """
    store = open_analysis_store(db)
    rows = store.actors(ActorFilter(kind=kind, country=country, name=name, limit=limit))
    say_if_empty(len(rows), "actors")
    if as_json:
        _echo_json_lines(row.public_dict() for row in rows)
        return
    if not rows:
        return
    table = Table(title=f"{len(rows)} actors")
    for column in ("id", "name", "type", "country", "role", "mentions", "aliases"):
        table.add_column(column)
    for row in rows:
        aliases = ", ".join(f"{alias} ({count})" for alias, count in row.aliases.items())
        table.add_row(
            str(row.id),
            _escape(row.name),
            row.type,
            row.country or "",
            _escape(row.role or ""),
            str(row.mentions),
            _escape(aliases),
        )
    out.print(table)


def _find_actor(store: TableStore, name_or_id: str) -> ActorRow:
    if name_or_id.isdigit():
        found = store.actor(int(name_or_id))
        if found is not None:
            return found
    matches = store.actors(ActorFilter(name=name_or_id))
    exact = [row for row in matches if row.name.lower() == name_or_id.lower() or name_or_id in row.aliases]
    chosen = exact or matches
    if not chosen:
        raise NewsgraphError(f"no actor named or numbered {name_or_id!r}; see `newsgraph actors --name ...`")
    return chosen[0]


@cli.command("actor")
@click.argument("name_or_id")
@db_option
@json_option
def actor_command(name_or_id: str, db: str, as_json: bool) -> None:
    """One actor: aliases, roles, resolution evidence, articles and quotes.

    Example: newsgraph actor Zelensky
    """
    store = open_analysis_store(db)
    actor = _find_actor(store, name_or_id)
    quotes = store.quotes(QuoteFilter(speaker_actor_id=actor.id))
    articles = store.actor_articles(actor.id)
    evidence = store.actor_evidence(actor.id)
    if as_json:
        record = actor.public_dict() | {
            "articles": articles,
            "evidence": [{"article_id": article_id, "evidence": text} for article_id, text in evidence],
            "quotes": [quote.public_dict() for quote in quotes],
        }
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    out.print(f"[bold]{_escape(actor.name)}[/bold]  #{actor.id}  {actor.type}  {actor.country or ''}")
    if actor.role:
        out.print(f"role: {_escape(actor.role)}  (all: {_escape(', '.join(actor.roles))})")
    out.print(f"mentions: {actor.mentions} in {len(articles)} articles")
    out.print("aliases: " + _escape(", ".join(f"{alias} ({count})" for alias, count in actor.aliases.items())))
    for article_id, text in evidence:
        out.print(_escape(f"  evidence [{article_id}]: {text}"))
    out.print("articles: " + ", ".join(articles))
    for quote in quotes:
        out.print(_escape(f"  [{quote.article_id}] ({quote.kind}, {quote.cue}) {quote.text}"))


@cli.command("quotes")
@db_option
@click.option("--speaker", help="Only quotes whose speaker's name or words contain this.")
@click.option("--article", "article_id", help="Only quotes from this article.")
@click.option("--fragments", is_flag=True, help="Include quoted fragments.")
@click.option("--limit", type=click.IntRange(1), default=None)
@json_option
def quotes_command(
    db: str, speaker: str | None, article_id: str | None, fragments: bool, limit: int | None, as_json: bool
) -> None:
    """Direct quotes and reported speech with their speakers.

    Example: newsgraph quotes --speaker Xi --json
    """
    store = open_analysis_store(db)
    rows = store.quotes(QuoteFilter(speaker=speaker, article_id=article_id, include_fragments=fragments, limit=limit))
    say_if_empty(len(rows), "quotes")
    if as_json:
        _echo_json_lines(row.public_dict() for row in rows)
        return
    for row in rows:
        who = row.speaker or row.speaker_text or "?"
        out.print(
            _escape(f"[{row.article_id}] ")
            + f"[bold]{_escape(who)}[/bold] "
            + _escape(f"({row.kind}, {row.cue or ''}): {row.text}")
        )


@cli.command("claims")
@db_option
@click.option("--limit", type=click.IntRange(1), default=None)
@json_option
def claims_command(db: str, limit: int | None, as_json: bool) -> None:
    """Numbers that a source states (value, what is counted, who says so, evidence).

    Example: newsgraph claims --json
    """
    store = open_analysis_store(db)
    rows = store.claims(limit=limit)
    say_if_empty(len(rows), "claims")
    if as_json:
        _echo_json_lines(row.public_dict() for row in rows)
        return
    for row in rows:
        who = row.source or row.source_text or "?"
        out.print(_escape(f"[{row.article_id}] {row.value:g} {row.counted} — {who}: {row.evidence}"))
