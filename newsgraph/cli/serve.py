"""`newsgraph serve`: the HTTP API and the dashboard."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from newsgraph.cli.main import cli, db_option

if TYPE_CHECKING:
    from fastapi import FastAPI


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--allow-host",
    multiple=True,
    help="Another name the server may be reached by (repeat); requests naming any other host are refused.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes sharing the port: one per core serves more requests at once.",
)
def serve_command(db: str, host: str, port: int, allow_host: tuple[str, ...], workers: int) -> None:
    """Serve the dashboard at / and the JSON API under /api (OpenAPI docs at /docs).

    Requests are answered only under the server's own names (localhost, 127.0.0.1, [::1] on
    loopback; the --host address and every --allow-host otherwise), so a web page cannot reach
    the API through DNS rebinding.

    Example: newsgraph serve --db newsgraph.db --port 8000 --workers 2
    """
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.api.app import SERVE_DB_VARIABLE, SERVE_HOSTS_VARIABLE, settle_collector
    from newsgraph.api.hosts import allowed_hosts
    from newsgraph.api.limits import MAX_REQUEST_LINE_BYTES

    hosts = allowed_hosts(host, allow_host)
    if hosts is None:
        click.echo("warning: listening on every interface with no --allow-host: any Host header is answered", err=True)
    app = create_app(db, hosts=hosts)  # checks (and migrates) the database once, before any worker starts
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsgraph dashboard: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs   (Ctrl-C stops)")
    target: FastAPI | str = app
    if workers > 1:
        os.environ[SERVE_DB_VARIABLE] = db  # each worker process builds its own app from these
        if hosts is None:
            os.environ.pop(SERVE_HOSTS_VARIABLE, None)
        else:
            os.environ[SERVE_HOSTS_VARIABLE] = " ".join(sorted(hosts))
        target = "newsgraph.api.app:app_from_environment"
    else:
        settle_collector()
    uvicorn.run(
        target,
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        h11_max_incomplete_event_size=MAX_REQUEST_LINE_BYTES,  # a long URL gets a 414 (api/limits.py)
    )
