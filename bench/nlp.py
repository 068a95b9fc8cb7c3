"""NLP stage throughput beside the bare spaCy pipeline, same input, same process count.

Three runs, each in its own process so that peak RSS is its own:
- `spacy-full`: the small English model as shipped (`spacy.load`, every component);
- `spacy-same-components`: the small model with only the components newsgraph runs
  (sentence segmenter + entity recogniser);
- `newsgraph`: the whole analysis (both recognisers, entity corrections, actors, quotes,
  claims) — what `newsgraph process` does before writing to the store.

Prints one JSON object with words/s and peak RSS of each run and the ratios.

    python bench/nlp.py --corpus ../shared/data/corpus/news_dev.jsonl --limit 400
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

MODES = ("spacy-full", "spacy-same-components", "newsgraph")


def read_texts(corpus: Path, limit: int) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def run_mode(mode: str, texts: list[str]) -> dict[str, float]:
    import spacy

    from newsgraph.nlp.model import BASE_MODEL, UNUSED_COMPONENTS

    if mode == "newsgraph":
        from newsgraph.analysis.run import analyse_texts
        from newsgraph.nlp.model import load_pipeline

        load_pipeline()
        started = time.perf_counter()
        for _analysis in analyse_texts((str(index), text) for index, text in enumerate(texts)):
            pass
    else:
        if mode == "spacy-full":
            nlp = spacy.load(BASE_MODEL)
        else:
            nlp = spacy.load(BASE_MODEL, exclude=UNUSED_COMPONENTS)
            nlp.enable_pipe("senter")
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
    elapsed = time.perf_counter() - started
    words = sum(len(text.split()) for text in texts)
    return {
        "seconds": round(elapsed, 2),
        "words_per_second": round(words / elapsed),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="../shared/data/corpus/news_dev.jsonl", type=Path)
    parser.add_argument("--limit", default=400, type=int, help="Articles to read from the corpus.")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2
    texts = read_texts(args.corpus, args.limit)
    if args.mode:
        print(json.dumps(run_mode(args.mode, texts)))
        return 0
    runs = {}
    for mode in MODES:
        command = [sys.executable, __file__, "--corpus", str(args.corpus), "--limit", str(args.limit), "--mode", mode]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs[mode] = json.loads(output.strip().splitlines()[-1])
    ours = runs["newsgraph"]["words_per_second"]
    report = {
        "corpus": str(args.corpus),
        "articles": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "processes": 1,
        "runs": runs,
        "ratio_to_spacy_full": round(ours / runs["spacy-full"]["words_per_second"], 2),
        "ratio_to_spacy_same_components": round(ours / runs["spacy-same-components"]["words_per_second"], 2),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
