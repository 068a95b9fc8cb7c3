"""`newsgraph info`: what a database holds and which versions of the rules made it."""

from __future__ import annotations

import json

import click
from rich.table import Table

from newsgraph.analysis.stage import ANALYSIS_VERSION
from newsgraph.analysis.versions import rules_version
from newsgraph.cli.main import _escape, cli, db_option, json_option, out
from newsgraph.cli.nlp import open_analysis_store
from newsgraph.store.postgres import shown_url


@cli.command("info")
@db_option
@json_option
def info_command(db: str, as_json: bool) -> None:
    """What the database holds, and the rules versions of its analyses and events.

    Articles analysed by rules other than this installation's are stale: `newsgraph process
    --stale` analyses them again.

    Example: newsgraph info --db news.db
    """
    store = open_analysis_store(db)
    try:
        current = rules_version()
        counts = store.counts() | store.nlp_counts() | store.event_counts()
        versions = store.analysis_versions()
        report_versions = store.event_rules_versions()
        record = {
            "database": shown_url(db),  # a PostgreSQL URL's password is never printed
            "schema_version": store.schema_version(),
            "analysis_version": ANALYSIS_VERSION,
            "rules_version": current,
            "counts": counts,
            "analyses": [
                {
                    "rules_version": item.rules,
                    "outcome": item.outcome,
                    "articles": item.articles,
                    "current": item.rules == current,
                }
                for item in versions
            ],
            "event_reports": [
                {"rules_version": rules, "reports": reports, "current": rules == current}
                for rules, reports in report_versions
            ],
            "stale_articles": sum(item.articles for item in versions if item.rules != current),
        }
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(record))
        return
    shown = _escape(shown_url(db))
    out.print(f"database {shown} (schema {record['schema_version']}, analysis layout {ANALYSIS_VERSION})")
    out.print(f"this installation's rules: {current}")
    out.print(", ".join(f"{value} {name.replace('_', ' ')}" for name, value in counts.items()))
    table = Table(title="analyses by rules version")
    for column in ("rules", "outcome", "articles", ""):
        table.add_column(column)
    for item in versions:
        mark = "current" if item.rules == current else "stale"
        table.add_row(item.rules or "(before versions)", item.outcome, str(item.articles), mark)
    out.print(table)
    if record["stale_articles"]:
        out.print(
            f"{record['stale_articles']} article(s) are stale: `newsgraph process --stale --db {shown}` redoes them"
        )
