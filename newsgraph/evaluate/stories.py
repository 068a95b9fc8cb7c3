"""`newsgraph eval stories`: story clustering against ECB+-shaped gold.

Each gold row is a document with its `topic` and `story`; documents of one story report the
same real-world event, a topic holds two stories of one kind (two rehab check-ins, two
Waitrose fires). The documents are clustered from scratch, in file order, exactly as the
story index clusters arriving articles, and scored with B-cubed precision, recall and F1.

Held out: the topics whose number is a multiple of five. The clustering's settings were chosen
on the other topics only; `--split holdout` reports the ones never looked at while choosing.
Every document is clustered whatever the split (word weights depend on the whole collection,
as in a user's store); a split only chooses which documents are scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import read_gold_with
from newsgraph.stories.clustering import StorySettings, cluster
from newsgraph.stories.profile import profile

SPLITS = ("all", "tune", "holdout")
HOLDOUT_TOPIC_MULTIPLE = 5


def is_holdout_topic(topic: Any) -> bool:
    return str(topic).isdigit() and int(str(topic)) % HOLDOUT_TOPIC_MULTIPLE == 0


def b_cubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (one label per item in each)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted label lists differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    by_gold: dict[Hashable, set[int]] = defaultdict(set)
    by_predicted: dict[Hashable, set[int]] = defaultdict(set)
    for index, (gold_label, predicted_label) in enumerate(zip(gold, predicted, strict=True)):
        by_gold[gold_label].add(index)
        by_predicted[predicted_label].add(index)
    precision = recall = 0.0
    for gold_label, predicted_label in zip(gold, predicted, strict=True):
        shared = len(by_gold[gold_label] & by_predicted[predicted_label])
        precision += shared / len(by_predicted[predicted_label])
        recall += shared / len(by_gold[gold_label])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate_stories(
    gold: str | Path, *, split: str = "all", limit: int | None = None, settings: StorySettings | None = None
) -> dict[str, Any]:
    """B-cubed scores of the story clustering on the gold documents of `split`."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    rows = read_gold_with(gold, ("id", "text", "story"))
    rows = rows[:limit] if limit else rows
    profiles = [profile(str(row["id"]), str(row["text"]), row.get("published_at")) for row in rows]
    found = [assignment.story_id for assignment in cluster(profiles, settings)]
    scored = [
        index
        for index, row in enumerate(rows)
        if split == "all" or is_holdout_topic(row.get("topic")) == (split == "holdout")
    ]
    gold_stories = [str(rows[index]["story"]) for index in scored]
    precision, recall, f1 = b_cubed(gold_stories, [found[index] for index in scored])
    return {
        "documents": len(scored),
        "split": split,
        "gold_stories": len(set(gold_stories)),
        "stories_found": len({found[index] for index in scored}),
        "b3_precision": round(precision, 4),
        "b3_recall": round(recall, 4),
        "b3_f1": round(f1, 4),
    }
