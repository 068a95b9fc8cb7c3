"""A real newsgraph server on loopback over a real temporary database, for API and browser tests."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsgraph.cli.main import cli

TESTS = Path(__file__).resolve().parent
# Dated articles written for these tests (the seeds carry no dates), one of them carrying
# script and onerror payloads in its title, publisher and text.
DASHBOARD_ARTICLES = TESTS / "data" / "dashboard.jsonl"
SERVER_START_SECONDS = 60


@dataclass
class LiveServer:
    url: str
    db: Path | str  # a SQLite file or a PostgreSQL URL
    process: subprocess.Popen[bytes]

    def get(self, path: str, **params: Any) -> tuple[int, Any]:
        """(status, decoded JSON body) of a GET; 4xx/5xx are returned, not raised."""
        query = urllib.parse.urlencode({name: value for name, value in params.items() if value is not None})
        request = urllib.request.Request(f"{self.url}{path}{'?' + query if query else ''}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def ok(self, path: str, **params: Any) -> Any:
        status, body = self.get(path, **params)
        assert status == 200, (path, params, status, body)
        return body

    def all_items(self, path: str, page_size: int = 500, **params: Any) -> list[Any]:
        items, cursor = [], None
        while True:
            page = self.ok(path, limit=page_size, cursor=cursor, **params)
            items += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                return items


def build_database(db: Path, *inputs: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", *map(str, inputs), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path | str, log: Path, *, workers: int = 1) -> LiveServer:
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "from newsgraph.cli.main import cli; cli()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", db, process)
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {log.read_text()}")
        try:
            server.get("/api/health")
            return server
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"server did not answer within {SERVER_START_SECONDS} s: {log.read_text()}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
