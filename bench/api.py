"""HTTP API latency on a real database: a `newsgraph serve` process on loopback, requests from
this process one after another (what one analyst's dashboard does).

Builds the database from the first --limit corpus articles (ingest → events) unless --db names
an existing one, then times --repeat requests to each endpoint and prints one JSON object with
p50/p95 milliseconds per endpoint.

    python bench/api.py --corpus ../shared/data/corpus/news_dev.jsonl --limit 200
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlp import read_texts  # bench/nlp.py: the same corpus reader

from tests.live import build_database, start_server, stop_server

ENDPOINTS = (
    "/api/stats",
    "/api/events?limit=50",
    "/api/events?limit=500",
    "/api/events?type=ASSAULT&limit=50",
    "/api/events?near=50.45,30.52,500&limit=50",
    "/api/timeline?interval=week",
    "/api/relations?limit=300",
    "/api/actors?limit=50",
    "/api/search?q=missile%20strike",
    "/",
)


def time_endpoint(base: str, path: str, repeat: int) -> dict[str, float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        with urllib.request.urlopen(base + path) as response:
            response.read()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {"p50_ms": round(statistics.median(timings), 1), "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--db", type=Path, help="An existing database to serve instead of building one.")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = arguments.db
        if db is None:
            db = Path(scratch) / "bench.db"
            source = Path(scratch) / "corpus.jsonl"
            texts = read_texts(arguments.corpus, arguments.limit)
            source.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts), encoding="utf-8")
            build_database(db, source)
        server = start_server(db, Path(scratch) / "server.log")
        try:
            stats = json.loads(urllib.request.urlopen(server.url + "/api/stats").read())
            results = {path: time_endpoint(server.url, path, arguments.repeat) for path in ENDPOINTS}
        finally:
            stop_server(server)
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {platform.python_version()}",
                "articles": stats["counts"]["articles"],
                "events": stats["counts"]["events"],
                "repeat": arguments.repeat,
                "endpoints": results,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
