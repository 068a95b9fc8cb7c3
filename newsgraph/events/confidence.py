"""How likely an event report is right: a logistic model over what the report itself shows.

A report's confidence is the probability that its type is the one a human coder would give
the sentence and its first party the one who acted, learned from the dev gold
(`training/train_confidence.py`: ACLED notes from 168 countries and PLOVER records, judged by
type and first actor's country; IndiaPoliceEvents articles and CASE's out-of-scope snippets, by
type; news and wire reports judged by hand) and checked on the fixed held-out fifth of each
file. What it reads is the report, not the text's words: the rule that found it, its PLOVER
type, whether its trigger is a noun or a verb and in which tense and which clause, whether it is
a promise or threat in the future, who its parties are (named, unnamed, which kind) and whether
the first is the one the parse says acts, whether it has a place, a date from the text, a toll,
and whether the reporter or a quoted speaker tells it.

The weights ship as JSON (`events/data/confidence.json`, with the hash of every file they were
fitted on), and scoring is a sum and a logistic here: no scikit-learn at run time. The
interfaces hide reports below `DEFAULT_MIN_CONFIDENCE` unless asked (`--min-confidence`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.events.factuality import doer_role
from newsgraph.events.records import ArticleEvent
from newsgraph.events.scene import inherited

MODEL_FILE = Path(__file__).parent / "data" / "confidence.json"
# What the CLI, API and dashboard show unless told otherwise: reports the model rates at least
# even odds of being right.
DEFAULT_MIN_CONFIDENCE = 0.5


class ConfidenceModelError(NewsgraphError):
    """The confidence model file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    bias: float
    weights: dict[str, float]

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-score))


def event_features(event: ArticleEvent) -> list[str]:
    """The names of the report's binary features (the training script uses this very function)."""
    features = [
        f"type={event.plover_type}",
        "acled" if event.acled_event_type else "relation",
        f"rule={event.trigger_id}",
    ]
    assertion = event.assertion
    if assertion is not None:
        features.append(f"tense={assertion.tense or 'none'}")
        if assertion.nominal:
            features.append("noun")
        if assertion.modality:
            features.append("said_ahead")  # a promise or threat: the only modality a kept report has
        features.append(f"clause={assertion.clause or 'none'}")
        if assertion.possessed:
            features.append("possessed")
        if event.actor1 is not None:
            start = event.sentence_span.start
            role = doer_role(assertion, event.actor1.span.start - start, event.actor1.span.end - start)
            features.append(f"actor1_is={role}")
    for role, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        if actor is None:
            features.append(f"{role}=none")
            continue
        features.append(f"{role}={actor.kind}")
        features.append(f"{role}_named" if actor.actor is not None else f"{role}_unnamed")
    # a place taken from the scene was not in the training: the model knows only places the sentence names
    features.append(f"place={event.location.place.kind}" if event.location and not inherited(event) else "place=none")
    if event.date_span is not None:
        features.append("date_in_text")
    if event.fatalities is not None and event.fatalities.value:
        features.append("toll")
    if event.quoted:
        features.append("quoted")
    return features


def read_model(path: Path) -> ConfidenceModel:
    """The model a weights file holds (the shipped one, or an older one to compare with)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ConfidenceModel(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfidenceModelError(
            f"the confidence model at {path} is unreadable ({error}); re-create it with `make train-confidence`"
        ) from error


@lru_cache(maxsize=1)
def confidence_model() -> ConfidenceModel:
    return read_model(MODEL_FILE)


# A machine reading is never certain either way: shown confidences stay within these.
FLOOR, CEILING = 0.01, 0.99


def event_confidence(event: ArticleEvent) -> float:
    """The probability, rounded to two places, that the report's type and first party are right
    (between `FLOOR` and `CEILING`)."""
    return min(CEILING, max(FLOOR, round(confidence_model().probability(event_features(event)), 2)))
