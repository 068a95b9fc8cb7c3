"""`newsgraph serve`: the HTTP API and the dashboard."""

from __future__ import annotations

import click

from newsgraph.cli.main import cli, db_option


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve_command(db: str, host: str, port: int) -> None:
    """Serve the dashboard at / and the JSON API under /api (OpenAPI docs at /docs).

    Example: newsgraph serve --db newsgraph.db --port 8000
    """
    import uvicorn

    from newsgraph.api import create_app

    app = create_app(db)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsgraph dashboard: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs   (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
