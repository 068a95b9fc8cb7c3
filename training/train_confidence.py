"""Train the event confidence model (`newsgraph/events/confidence.py`).

Every event report the pipeline finds in the dev gold is labelled right (1) or wrong (0), the
model is a logistic regression over `event_features`, and it is fitted on the rows every
`evaluate.splits.is_holdout` leaves in the tune part; the held-out fifth of each file is only
scored (calibration and precision), and that is what the script prints.

Labels (the gold's own fields; never the text):
- ACLED world 2022 notes: the note's main report (`events.selection.main_event`, as the
  evaluation picks it), when it has an ACLED type, is right when its event type is the row's
  and its first party is in the country of the row's actor1 (`gold_actor_country`, as the
  evaluation scores it; a note codes one event, so its other reports are not judged);
- IndiaPoliceEvents articles: a report that answers a police question (`evaluate.police`) is
  right when its sentence carries that answer in the gold (other reports are not judged);
- PLOVER records: the lead report (`events.selection.lead_event`) is right when its PLOVER
  type is the record's and its first party is in one of the record's source countries (when
  the record names any);
- CASE 2021: only the out-of-scope snippets (disasters, crime, sport...), where every report is
  wrong (the in-scope ones trained the sub-type classifier, so its reports there are fit);
- general news (`corpus/news_dev.jsonl`) and business wire copy (two samples of
  `corpus/reuters_2006_2013.jsonl.gz`): reports judged by hand, right when the event is a
  specific thing that happened with the right type and first party
  (`training/data/news_dev_judgements.jsonl`, `training/data/reuters_judgements.jsonl`: article
  id, trigger offset, type, verdict; see training/README.md for how they were drawn). Reports
  the pipeline no longer gives are skipped.

Each source gets the same total weight, so 8,000 ACLED notes do not drown 400 articles. The
police and CASE labels judge the type alone, so they do not teach whether the first party being
the clause's doer matters (`fitted_features`).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from newsgraph.analysis.run import analyse_texts
from newsgraph.evaluate.events import CASE_LABELS, gold_actor_country, text_events
from newsgraph.evaluate.police import answers, gold_sentence_spans
from newsgraph.evaluate.splits import is_holdout
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE, MODEL_FILE, event_features, read_model
from newsgraph.events.records import ArticleEvent
from newsgraph.events.selection import lead_event, main_event

C = 0.5
SOURCES = {
    "acled": "events/acled_world_2022.jsonl",
    "police": "events/india_police_events_dev.jsonl",
    "plover": "events/plover_gsr_dev.jsonl",
    "case": "events/case2021_task2.jsonl",
    "news": "corpus/news_dev.jsonl",
    "reuters": "corpus/reuters_2006_2013.jsonl.gz",
}
JUDGEMENTS = {
    "news": Path(__file__).parent / "data" / "news_dev_judgements.jsonl",
    "reuters": Path(__file__).parent / "data" / "reuters_judgements.jsonl",
}
BINS = 10


@dataclass(frozen=True, slots=True)
class Example:
    source: str
    holdout: bool
    features: list[str]
    label: int


def _rows(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# The sources whose labels judge the first party as well as the type: by hand ("the right type
# and first party"), or by the gold's first actor's country (ACLED's actor1, PLOVER's source);
# the police and CASE labels judge the type alone.
PARTY_JUDGED = frozenset({"news", "reuters", "acled", "plover"})
PARTY_FEATURE = "actor1_is="


def _example(source: str, row_id: str, event: ArticleEvent, label: int) -> Example:
    return Example(source, is_holdout(row_id), event_features(event), label)


def fitted_features(example: Example) -> list[str]:
    """The features a report is fitted on. Where its label does not judge the first party (the
    police and CASE labels), the feature of whether that party is the clause's doer is left out:
    such a label is right whoever the parse took for the doer, and would teach the model that it
    does not matter, which for a user it does. Scoring (held-out figures, the pipeline) reads
    them all."""
    if example.source in PARTY_JUDGED:
        return example.features
    return [feature for feature in example.features if not feature.startswith(PARTY_FEATURE)]


def acled_examples(rows: list[dict[str, Any]]) -> Iterator[Example]:
    for row, events in zip(rows, text_events([row["text"] for row in rows]), strict=True):
        event = main_event(events)
        if event is not None and event.acled_event_type:
            gold_country = gold_actor_country(row.get("actor1"), row.get("country"))
            party_right = gold_country is None or (event.actor1 is not None and event.actor1.country == gold_country)
            yield _example("acled", row["id"], event, int(event.acled_event_type == row["event_type"] and party_right))


def plover_examples(rows: list[dict[str, Any]]) -> Iterator[Example]:
    for row, events in zip(rows, text_events([row["text"] for row in rows]), strict=True):
        event = lead_event(events, row["text"])
        if event is not None:
            sources = {side["code"] for side in row.get("source") or [] if side.get("code")}
            party_right = not sources or (event.actor1 is not None and event.actor1.country in sources)
            yield _example("plover", row["id"], event, int(event.plover_type == row["event"] and party_right))


def case_examples(rows: list[dict[str, Any]]) -> Iterator[Example]:
    out_of_scope = [row for row in rows if row["label"] not in set(CASE_LABELS.values())]
    for row, events in zip(out_of_scope, text_events([row["text"] for row in out_of_scope]), strict=True):
        for event in events:
            yield _example("case", row["id"], event, 0)


def judged_examples(source: str, rows: list[dict[str, Any]]) -> Iterator[Example]:
    """The reports of the articles judged by hand in `JUDGEMENTS[source]`, with their verdicts."""
    verdicts = {
        (item["article"], item["trigger_start"], item["type"]): item["right"]
        for item in map(json.loads, JUDGEMENTS[source].read_text(encoding="utf-8").splitlines())
    }
    judged = [row for row in rows if row["id"] in {article for article, _, _ in verdicts}]
    published = {row["id"]: row.get("published_at") for row in judged}
    analyses = analyse_texts(((row["id"], row["text"]) for row in judged), published=published)
    for row, analysis in zip(judged, analyses, strict=True):
        for event in analysis.events:
            verdict = verdicts.get((row["id"], event.trigger.start, event.plover_type))
            if verdict is not None:
                yield _example(source, row["id"], event, verdict)


def police_examples(rows: list[dict[str, Any]]) -> Iterator[Example]:
    published = {row["id"]: row.get("published_at") for row in rows}
    analyses = analyse_texts(((row["id"], row["text"]) for row in rows), published=published)
    for row, analysis in zip(rows, analyses, strict=True):
        spans = gold_sentence_spans(row["text"], row["sentences"])
        labelled = [
            (*span, set(sentence["labels"])) for span, sentence in zip(spans, row["sentences"], strict=True) if span
        ]
        for event in analysis.events:
            found_answers = answers(event)
            if not found_answers:
                continue
            gold = next((labels for start, end, labels in labelled if start <= event.trigger.start < end), set())
            yield _example("police", row["id"], event, int(bool(found_answers & gold)))


def calibration(probabilities: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    """Brier score, expected calibration error over ten equal-width bins, and what the default
    threshold keeps: its share of reports and their precision."""
    report: dict[str, Any] = {"n": len(labels), "precision_all": round(float(labels.mean()), 3)}
    if not len(labels):
        return report
    bins = np.minimum((probabilities * BINS).astype(int), BINS - 1)
    error = sum(
        abs(probabilities[bins == index].mean() - labels[bins == index].mean()) * (bins == index).sum()
        for index in range(BINS)
        if (bins == index).any()
    )
    kept = probabilities >= DEFAULT_MIN_CONFIDENCE
    report.update(
        brier=round(float(((probabilities - labels) ** 2).mean()), 3),
        ece=round(float(error / len(labels)), 3),
        kept_share=round(float(kept.mean()), 3),
        precision_kept=round(float(labels[kept].mean()), 3) if kept.any() else None,
        precision_hidden=round(float(labels[~kept].mean()), 3) if (~kept).any() else None,
    )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(os.environ.get("NEWSGRAPH_DATA", "../shared/data")))
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--compare-with",
        type=Path,
        help="a model file (e.g. the one shipped before) whose held-out figures are printed beside the new fit's",
    )
    args = parser.parse_args()
    previous = read_model(args.compare_with) if args.compare_with else None
    build = {
        "acled": acled_examples,
        "police": police_examples,
        "plover": plover_examples,
        "case": case_examples,
        "news": lambda rows: judged_examples("news", rows),
        "reuters": lambda rows: judged_examples("reuters", rows),
    }
    examples: list[Example] = []
    hashes = {
        "training/data/" + path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in JUDGEMENTS.values()
    }
    for source, relative in SOURCES.items():
        path = args.data_dir / relative
        hashes[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
        found = list(build[source](_rows(path)))
        print(f"{source}: {len(found)} reports, {sum(example.label for example in found)} right", flush=True)
        examples.extend(found)
    train = [example for example in examples if not example.holdout]
    per_source = defaultdict(int)
    for example in train:
        per_source[example.source] += 1
    weights = np.array([len(train) / (len(per_source) * per_source[example.source]) for example in train])
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(fitted_features(example), 1.0) for example in train])
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(matrix, [example.label for example in train], sample_weight=weights)
    names = vectoriser.get_feature_names_out()
    fitted = {
        "bias": round(float(model.intercept_[0]), 4),
        "weights": {
            str(name): round(float(weight), 4) for name, weight in zip(names, model.coef_[0], strict=True) if weight
        },
        "C": C,
        "trained_on_tune_split_of": hashes,
    }
    args.out.write_text(json.dumps(fitted, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    held = [example for example in examples if example.holdout]
    scores = model.predict_proba(vectoriser.transform([dict.fromkeys(example.features, 1.0) for example in held]))[:, 1]
    labels = np.array([example.label for example in held], dtype=float)
    print(json.dumps({"held-out fifth": _report(held, scores, labels)}, indent=1))
    if previous is not None:
        before = np.array([previous.probability(example.features) for example in held])
        print(json.dumps({f"held-out fifth, {args.compare_with}": _report(held, before, labels)}, indent=1))


def _report(held: list[Example], scores: np.ndarray, labels: np.ndarray) -> dict[str, dict[str, Any]]:
    """Calibration and precision of `scores` on the held-out reports, over all and per source."""
    report = {"all sources": calibration(scores, labels)}
    for source in SOURCES:
        mask = np.array([example.source == source for example in held])
        report[source] = calibration(scores[mask], labels[mask])
    return report


if __name__ == "__main__":
    main()
