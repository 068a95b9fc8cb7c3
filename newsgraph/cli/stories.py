"""CLI commands over stories: stories, story."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from newsgraph.cli.checks import check_country, check_date
from newsgraph.cli.main import _echo_json_lines, _escape, cli, db_option, json_option, out, say_if_empty
from newsgraph.cli.nlp import open_analysis_store
from newsgraph.errors import NewsgraphError
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.sql_stories import StoryFilter


@cli.command("stories")
@db_option
@click.option("--since", callback=check_date, help="Stories still running on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=check_date, help="Stories that began on or before this day.")
@click.option("--actor", help="Stories with an event of this party: ISO-3 country, actor id, or part of a name.")
@click.option("--country", callback=check_country, help="Stories with an event placed in this country (ISO-3).")
@click.option("--min-articles", type=click.IntRange(1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=None)
@json_option
def stories_command(
    db: str,
    since: str | None,
    until: str | None,
    actor: str | None,
    country: str | None,
    min_articles: int,
    limit: int | None,
    as_json: bool,
) -> None:
    """Stories: the articles that report one real-world event or episode, latest first.

    Example: newsgraph stories --min-articles 3 --country UKR
    """
    store = open_analysis_store(db)
    query = StoryFilter(since, until, actor, country, min_articles, limit)
    rows = store.stories(query)
    if as_json:
        say_if_empty(_echo_json_lines(asdict(row) for row in rows), "stories")
        return
    for row in rows:
        span = f"{row.first_day or '?'} – {row.last_day or '?'}" if row.first_day != row.last_day else row.first_day
        out.print(
            _escape(f"story {row.story_id}  {span or '(undated)'}  {row.articles} article(s), {row.events} event(s)  ")
            + f"[bold]{_escape(row.title or '(untitled)')}[/bold]"
        )
    say_if_empty(len(rows), "stories")


@cli.command("story")
@db_option
@click.argument("story_id", type=click.IntRange(1))
@json_option
def story_command(db: str, story_id: int, as_json: bool) -> None:
    """One story: its articles in time order, its events, and each source's figures.

    Example: newsgraph story 12
    """
    store = open_analysis_store(db)
    story = store.story(story_id)
    if story is None:
        raise NewsgraphError(f"no story {story_id}; list them with `newsgraph stories`")
    articles = store.story_articles(story_id)
    events = store.events(EventFilter(story_id=story_id))
    figures = store.story_figures(story_id)
    if as_json:
        record = {
            **asdict(story),
            "articles": articles,
            "events": [event.public_dict() for event in events],
            "figures": figures,
        }
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    out.print(f"[bold]story {story.story_id}: {_escape(story.title or '(untitled)')}[/bold]")
    out.print("articles, in time order:")
    for article in articles:
        opener = " (opened the story)" if article["opened"] else f" (similarity {article['score']:.2f})"
        line = f"  {article['published_at'] or '(undated)'}  {article['publisher'] or ''}  {article['title'] or ''}"
        out.print(_escape(f"{line}  [{article['article_id']}]{opener}"))
    out.print(f"events: {len(events)}")
    for event in events:
        out.print(_escape(f"  {event.event_id}  {event.date or '(undated)'}  {event.plover_type}  {event.trigger}"))
    if figures:
        out.print("figures, source by source:")
        for figure in figures:
            toll = ", ".join(f"{figure[key]} {key}" for key in ("killed", "injured") if figure[key] is not None)
            source = f"{figure['publisher'] or figure['article_id']} {figure['published_at'] or ''}".strip()
            out.print(_escape(f"  {figure['event_id']}: {toll} ({source})"))
