"""Actor resolution within articles, against a hand-built gold set of actor clusters and types.

The gold (`tests/data/actors_gold.jsonl`, one line per article of `corpus/news_dev.jsonl`:
`{id, actors: [{name, type, mentions: [surface forms]}]}`) lists every actor of the article
that is not a mere place, with every form the article names it by. It was written by hand from
30 short articles (8 US campaign, 8 ECB+, 8 GeoVirus, 6 general web news) drawn at random
with seed 20261203; the texts stay in the data folder and are read by id.

Scores are over surface forms per article (a form names one actor in an article):
- B-cubed over the forms in the gold or in the predictions: a predicted form the gold does not
  list (a spurious actor: "Slowly", "BEIRUT") has precision 0, a gold form nothing predicts has
  recall 0; other forms score the overlap of their gold and predicted clusters, as usual.
  Predicted places are left out (the gold lists no places).
- type accuracy: of the gold actors found (any form predicted), the share whose predicted actor
  (the one most of its forms go to) has the gold type.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newsgraph.analysis.run import analyse_texts
from newsgraph.errors import GoldDataError
from newsgraph.evaluate.gold import read_gold_with
from newsgraph.nlp.records import ActorKind, ArticleAnalysis

ANNOTATIONS_FILE = Path(__file__).resolve().parents[2] / "tests" / "data" / "actors_gold.jsonl"


def surface_key(text: str) -> str:
    """A form as compared: no leading 'the', no possessive, single spaces."""
    words = text.replace("\u2019", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    key = " ".join(words)
    return key[:-2] if key.endswith("'s") else key


def evaluate_actors(corpus_file: str | Path, annotations_file: str | Path = ANNOTATIONS_FILE) -> dict[str, Any]:
    """B-cubed precision/recall/F1 of the actor clusters and type accuracy (see the module)."""
    annotations = read_gold_with(annotations_file, ("id", "actors"))
    wanted = {row["id"] for row in annotations}
    texts = {row["id"]: row["text"] for row in _corpus_rows(Path(corpus_file), wanted)}
    missing = wanted - set(texts)
    if missing:
        raise GoldDataError(f"{corpus_file} lacks {len(missing)} annotated articles, e.g. {sorted(missing)[0]}")
    analyses = analyse_texts((row["id"], texts[row["id"]]) for row in annotations)
    precisions: list[float] = []
    recalls: list[float] = []
    found = typed_right = 0
    for row, analysed in zip(annotations, analyses, strict=True):
        gold = {surface_key(form): index for index, actor in enumerate(row["actors"]) for form in actor["mentions"]}
        predicted = _predicted_forms(analysed.nlp)
        article_precisions, article_recalls = _b_cubed(gold, predicted)
        precisions += article_precisions
        recalls += article_recalls
        for index, actor in enumerate(row["actors"]):
            forms = [form for form, gold_index in gold.items() if gold_index == index and form in predicted]
            if not forms:
                continue
            found += 1
            chosen = Counter(predicted[form] for form in forms).most_common(1)[0][0]
            typed_right += analysed.nlp.actors[chosen].kind.value == actor["type"]
    precision = sum(precisions) / max(len(precisions), 1)
    recall = sum(recalls) / max(len(recalls), 1)
    gold_actors = sum(len(row["actors"]) for row in annotations)
    return {
        "articles": len(annotations),
        "gold_actors": gold_actors,
        "b3_precision": round(precision, 4),
        "b3_recall": round(recall, 4),
        "b3_f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
        "actors_found": round(found / max(gold_actors, 1), 4),
        "type_accuracy": round(typed_right / max(found, 1), 4),
    }


def _corpus_rows(path: Path, wanted: set[str]) -> list[dict[str, Any]]:
    """The corpus rows (JSON Lines `{id, text}`) whose id is in `wanted`."""
    rows = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as error:
        raise GoldDataError(f"cannot read {path}: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldDataError(f"{path} line {number} is not JSON: {error}") from error
        if row.get("id") in wanted:
            rows.append(row)
    return rows


def _predicted_forms(analysis: ArticleAnalysis) -> dict[str, int]:
    """Each form the article's non-place mentions use, and the actor most of them go to."""
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for mention in analysis.mentions:
        if mention.actor is not None and analysis.actors[mention.actor].kind is not ActorKind.PLACE:
            votes[surface_key(mention.text)][mention.actor] += 1
    return {form: counter.most_common(1)[0][0] for form, counter in votes.items()}


def _b_cubed(gold: dict[str, int], predicted: dict[str, int]) -> tuple[list[float], list[float]]:
    """Per-form precision (over predicted forms) and recall (over gold forms) of one article."""
    return _per_form(predicted, gold), _per_form(gold, predicted)


def _per_form(side: dict[str, int], other: dict[str, int]) -> list[float]:
    """For each form of `side`: the share of its cluster in `side` that shares its cluster in
    `other` (0 when `other` lacks the form). Precision with side = predicted, recall with gold."""
    clusters: dict[int, set[str]] = defaultdict(set)
    for form, key in side.items():
        clusters[key].add(form)
    other_clusters: dict[int, set[str]] = defaultdict(set)
    for form, key in other.items():
        other_clusters[key].add(form)
    scores = []
    for form, key in side.items():
        cluster = clusters[key]
        scores.append(len(cluster & other_clusters[other[form]]) / len(cluster) if form in other else 0.0)
    return scores
