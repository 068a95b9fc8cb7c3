"""Whole-pipeline throughput (ingest → clean → dedup → NLP → events → store) beside the bare
spaCy pipeline on the same texts.

Two runs, each in its own process so that peak RSS is its own:
- `spacy-full`: the small English model as shipped, `nlp.pipe` over the texts;
- `newsgraph`: `newsgraph ingest` of a JSON Lines file of the same texts into a fresh SQLite
  database — cleaning, deduplication, entities, actors, quotes, events, geocoding, storage.

Prints one JSON object: articles/s, words/s and peak RSS of each run, and their ratio.

    python bench/events.py --corpus ../shared/data/corpus/news_dev.jsonl --limit 400 [--workers 2] [--executor ray]

With `--executor ray` the newsgraph run starts a private Ray with `--workers` CPUs (its start
counts in the time) and its workers' memory is not in `peak_rss_worker_mb` (they are the
raylet's children, not the run's).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nlp import read_texts  # bench/nlp.py: the same corpus reader (scripts run from bench/)

MODES = ("spacy-full", "newsgraph")


def run_mode(mode: str, texts: list[str], workers: int, engine: str = "local") -> dict[str, float]:
    if mode == "spacy-full":
        import spacy

        from newsgraph.nlp.model import BASE_MODEL

        nlp = spacy.load(BASE_MODEL)
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32, n_process=workers):
            pass
        seconds = time.perf_counter() - started
    else:
        from newsgraph.analysis.stage import analyse_store
        from newsgraph.executor import make_executor
        from newsgraph.pipeline import ingest
        from newsgraph.settings import IngestSettings
        from newsgraph.store.sqlite import SQLiteStore

        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch) / "corpus.jsonl"
            source.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts), encoding="utf-8")
            db = Path(scratch) / "bench.db"
            started = time.perf_counter()
            executor = make_executor(workers, engine)
            ingest([str(source)], db, settings=IngestSettings(workers=workers), executor=executor)
            store = SQLiteStore.open(db)
            analyse_store(store, executor=executor)
            executor.close()
            events = store.event_counts()["events"]
            store.close()
            seconds = time.perf_counter() - started
    words = sum(len(text.split()) for text in texts)
    result = {
        "articles_per_s": round(len(texts) / seconds, 2),
        "words_per_s": round(words / seconds),
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }
    if mode == "newsgraph":
        result["events"] = events
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--workers", type=int, default=1, help="processes for both runs (spaCy's n_process)")
    parser.add_argument("--executor", choices=("local", "ray"), default="local", help="newsgraph's executor")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.limit)
    if args.mode:
        print(json.dumps(run_mode(args.mode, texts, args.workers, args.executor)))
        return 0
    results = {}
    for mode in MODES:
        command = [sys.executable, __file__, "--corpus", str(args.corpus), "--limit", str(args.limit), "--mode", mode]
        command += ["--workers", str(args.workers), "--executor", args.executor]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[mode] = json.loads(output.strip().splitlines()[-1])
    report = {
        "articles": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "workers": args.workers,
        "executor": args.executor,
        **results,
        "ratio_words_per_s": round(results["newsgraph"]["words_per_s"] / results["spacy-full"]["words_per_s"], 2),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
