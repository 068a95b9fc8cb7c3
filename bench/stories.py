"""Story clustering at scale: group a large corpus, then add 1,000 more articles to that store.

Both steps are what a user's runs do: `newsgraph ingest --no-nlp` stores the articles (not
timed here; bench/scale.py times it), then `assign_stories` groups every article without a
story. Prints one JSON object: seconds and articles/s of the first grouping, seconds of the
increment, stories found, peak RSS.

    python bench/stories.py --corpus ../shared/data/corpus/reuters_2006_2013.jsonl.gz [--limit 20000]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from newsgraph.analysis.stories import assign_stories
from newsgraph.store import SQLiteStore

NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))
INCREMENT = 1000


def _split(corpus: Path, limit: int | None, folder: Path) -> tuple[Path, Path, int]:
    """The corpus as two JSON Lines files: all but the last INCREMENT records, and those."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as source:
        lines = list(itertools.islice(source, limit))
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    first.write_text("".join(lines[:-INCREMENT]), encoding="utf-8")
    second.write_text("".join(lines[-INCREMENT:]), encoding="utf-8")
    return first, second, len(lines)


def _ingest(path: Path, db: Path) -> None:
    subprocess.run(
        [NEWSGRAPH, "ingest", str(path), "--db", str(db), "--no-nlp", "--quiet", "--workers", "2"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        first, second, articles = _split(args.corpus, args.limit, folder)
        db = folder / "stories.db"
        _ingest(first, db)
        store = SQLiteStore.open(db)
        grouped = assign_stories(store)
        store.close()
        _ingest(second, db)
        store = SQLiteStore.open(db)
        added = assign_stories(store)
        counts = store.story_counts()
        store.close()
    report = {
        "corpus": str(args.corpus),
        "articles": articles,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "first": {
            "articles": grouped.articles,
            "seconds": round(grouped.seconds, 1),
            "articles_per_s": round(grouped.articles / grouped.seconds) if grouped.seconds else None,
            "stories_opened": grouped.opened,
            "stories_evicted": grouped.evicted_stories,
        },
        "increment": {
            "articles": added.articles,
            "seconds": round(added.seconds, 1),
            "stories_loaded": added.loaded_stories,
            "joined": added.joined,
        },
        **counts,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
