"""The events API under concurrent clients on a large database.

Fills a store (SQLite, or with `--backend postgresql` a private PostgreSQL server started as
the tests start theirs) with N synthetic reports (as `bench/merge.py` does: this measures the read
path, not extraction), merges them into events, starts `newsgraph serve` on loopback, and sends
requests from C client threads for D seconds per endpoint. Prints one JSON object: requests/s
and p50/p95/p99 milliseconds per endpoint. Clients and server share this machine's cores, so
the figures are a floor for a server with its own.

    python bench/api_load.py --reports 1000000 --clients 20 --seconds 20 [--workers 2] [--backend postgresql]
    python bench/api_load.py --db /tmp/api.db …   (keeps the built database for the next run)
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from merge import fill  # bench/merge.py: the same synthetic reports

from newsgraph.analysis.merging import merge_events
from newsgraph.store import PostgresStore, open_store
from tests.live import start_server, stop_server
from tests.postgres_server import fresh_database, private_server

ENDPOINTS = (
    "/api/events?limit=50",
    "/api/events?limit=50&type=PROTEST",
    "/api/events?limit=50&actor=RUS",
    "/api/events?limit=50&since=2023-06-01",
    "/api/events?limit=50&near=10,10,500",
)


def build(db: Path | str, reports: int) -> dict[str, int]:
    store = open_store(db, create=True)
    fill(store, reports, random.Random(1))
    merge = merge_events(store)
    if isinstance(store, PostgresStore):
        store._db.execute("ANALYZE")  # planner statistics now, not whenever autovacuum gets to them
    store.close()
    return {"reports": merge.reports, "events": merge.events}


def load(url: str, clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    parts = urllib.parse.urlsplit(url)
    target = f"{parts.path}?{parts.query}"

    def client() -> None:  # one kept-alive connection per client, as a browser or an HTTP library keeps
        nonlocal errors
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", target, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                failed = response.status != 200
            except OSError:
                connection.close()
                failed = True
            with lock:
                if failed:
                    errors += 1
                else:
                    latencies.append((time.perf_counter() - started) * 1000)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)

    def percentile(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1) if ordered else float("nan")

    return {
        "requests_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(ordered), 1) if ordered else float("nan"),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1, help="server processes (`serve --workers`)")
    parser.add_argument("--db", type=Path, help="reuse this SQLite file: build it only if it does not exist")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        db: Path | str = args.db or Path(folder) / "bench.db"
        if args.backend == "postgresql":
            db = fresh_database(stack.enter_context(private_server()), "api_load")
        started = time.perf_counter()
        if args.db is not None and args.db.exists():
            built = {"reused": str(args.db)}
        else:
            built = build(db, args.reports)
            built["build_seconds"] = round(time.perf_counter() - started)
        server = start_server(db, Path(folder) / "server.log", workers=args.workers)
        try:
            results = {endpoint: load(server.url + endpoint, args.clients, args.seconds) for endpoint in ENDPOINTS}
        finally:
            stop_server(server)
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, Python {platform.python_version()}",
                "backend": args.backend,
                "clients": args.clients,
                "server_workers": args.workers,
                **built,
                "endpoints": results,
            }
        )
    )


if __name__ == "__main__":
    main()
