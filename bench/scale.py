"""The whole pipeline at scale: a large JSON Lines corpus ingested, analysed, killed half-way
through the analysis and resumed, as a user's long run meets a reboot.

Every step is the `newsgraph` command a user would type, run as its own process:
1. `newsgraph ingest CORPUS --no-nlp` (read, clean, deduplicate, store);
2. `newsgraph process` killed (SIGKILL, no chance to tidy up) once half the articles are analysed;
3. `newsgraph process` again, which must finish the rest and analyse nothing twice.

Prints one JSON object: articles and words per second for each step, peak RSS of the largest
process of each step (the command itself or one of its workers), the database size, and the
checks that the resumed run left every article analysed exactly once.

    python bench/scale.py --corpus ../shared/data/corpus/reuters_2006_2013.jsonl.gz --workers 2 [--limit 5000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEWSGRAPH = [str(Path(sys.executable).with_name("newsgraph"))]  # the console script of this environment


def write_subset(corpus: Path, limit: int | None, out: Path) -> tuple[int, int]:
    """The first `limit` records of the corpus as plain JSON Lines; returns (articles, words)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    articles = words = 0
    with opener(corpus, "rt", encoding="utf-8") as source, out.open("w", encoding="utf-8") as target:
        for line in source:
            if limit is not None and articles >= limit:
                break
            target.write(line)
            articles += 1
            words += len(json.loads(line).get("text", "").split())
    return articles, words


def run_step(command: list[str], *, kill_when: tuple[Path, int] | None = None) -> dict[str, float | bool]:
    """Run one command to its end (or SIGKILL it once `kill_when`'s database has analysed that
    many articles); returns its wall time, peak RSS of its largest process, and whether it was killed."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: a chatty command never blocks on it
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True)
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if kill_when is not None and analysed_count(kill_when[0]) >= kill_when[1]:
                process.send_signal(signal.SIGKILL)  # its workers lose their parent and exit
                killed = True
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(1.0)
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if not killed and process.returncode != 0:
            log.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{log.read()[-2000:]}")
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(max(usage.ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024),
        "killed": killed,
    }


def analysed_count(db: Path) -> int:
    """Articles whose analysis is stored (a reader beside the running writer: WAL allows it)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM nlp_state").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def store_checks(db: Path) -> dict[str, int]:
    """What the resumed run must leave: every article analysed once, no claim left behind."""
    with sqlite3.connect(db) as connection:

        def count(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        return {
            "articles": count("SELECT COUNT(*) FROM articles"),
            # an exact duplicate is never analysed: its analysis is its original's
            "to_analyse": count(
                "SELECT COUNT(*) FROM articles WHERE duplicate_kind IS NULL OR duplicate_kind != 'exact'"
            ),
            "analysed": count("SELECT COUNT(*) FROM nlp_state"),
            "analysed_twice": count(
                "SELECT COUNT(*) FROM (SELECT article_id FROM nlp_state GROUP BY article_id HAVING COUNT(*) > 1)"
            ),
            "claims_left": count("SELECT COUNT(*) FROM analysis_claims"),
            "event_reports": count("SELECT COUNT(*) FROM event_reports"),
            "events": count("SELECT COUNT(DISTINCT event_id) FROM event_reports"),
            "actors": count("SELECT COUNT(*) FROM actors"),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--limit", type=int, help="only the first N articles (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--executor", choices=("local", "ray"), default="local")
    parser.add_argument("--db", type=Path, help="keep the database here (default: a temporary folder)")
    parser.add_argument("--kill-at", type=float, default=0.5, help="share of articles analysed when killed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        subset = Path(scratch) / "corpus.jsonl"
        articles, words = write_subset(args.corpus, args.limit, subset)
        db = args.db or Path(scratch) / "scale.db"
        options = ["--db", str(db), "--workers", str(args.workers), "--executor", args.executor, "--quiet"]
        ingest = run_step([*NEWSGRAPH, "ingest", str(subset), *options, "--no-nlp"])
        stored = store_checks(db)["articles"]
        killed = run_step([*NEWSGRAPH, "process", *options], kill_when=(db, int(stored * args.kill_at)))
        analysed_before_resume = analysed_count(db)
        resumed = run_step([*NEWSGRAPH, "process", *options])
        checks = store_checks(db)
        analysis_seconds = killed["seconds"] + resumed["seconds"]
        report = {
            "corpus": str(args.corpus),
            "articles_read": articles,
            "words_read": words,
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "workers": args.workers,
            "executor": args.executor,
            "ingest": {**ingest, "articles_per_s": round(articles / ingest["seconds"], 1)},
            "analysis_killed": {**killed, "analysed": analysed_before_resume},
            "analysis_resumed": resumed,
            "analysis": {
                "seconds": round(analysis_seconds, 1),
                "articles_per_s": round(checks["analysed"] / analysis_seconds, 1),
                "words_per_s": round(words * checks["analysed"] / max(articles, 1) / analysis_seconds),
            },
            "database_mb": round(sum(path.stat().st_size for path in db.parent.glob(db.name + "*")) / 1024**2, 1),
            "checks": checks,
            "resumed_cleanly": checks["analysed"] == checks["to_analyse"]
            and checks["analysed_twice"] == 0
            and checks["claims_left"] == 0,
        }
    print(json.dumps(report, indent=2))
    return 0 if report["resumed_cleanly"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
