"""Ingest throughput and memory on a JSON-lines corpus (default: ../shared/data/corpus/news_dev.jsonl).

Prints one JSON object: articles/s, MB/s, peak RSS, and the machine it ran on. Each run uses a
fresh temporary database so numbers are comparable.

    python bench/ingest.py --corpus ../shared/data/corpus/news_dev.jsonl --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

import newsgraph
from newsgraph.settings import IngestSettings


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished worker processes (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="../shared/data/corpus/news_dev.jsonl", type=Path)
    parser.add_argument("--workers", default=1, type=int)
    parser.add_argument("--batch-size", default=64, type=int)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2
    size_mb = args.corpus.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        summary = newsgraph.ingest(
            [args.corpus],
            db=Path(scratch) / "bench.db",
            settings=IngestSettings(workers=args.workers, batch_size=args.batch_size),
        )
        elapsed = time.perf_counter() - started
    report = {
        "corpus": str(args.corpus),
        "input_mb": round(size_mb, 2),
        "workers": args.workers,
        "pages": summary.pages_new,
        "articles": summary.articles_new,
        "exact_duplicates": summary.exact_duplicates,
        "near_duplicates": summary.near_duplicates,
        "rejected": summary.rejected,
        "seconds": round(elapsed, 2),
        "articles_per_second": round(summary.articles_new / elapsed, 1),
        "mb_per_second": round(size_mb / elapsed, 3),
        "peak_rss_mb": peak_rss_mb(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
