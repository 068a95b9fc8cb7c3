"""A second opinion on the ACLED sub-event type of a sentence: a linear text classifier.

The rules (`events.coder`) find *that* a sentence reports violence, a protest or a strategic
development and which words say so; they are weakest at telling close sub-types apart (an
"Attack" on civilians from an "Armed clash", a "Protest with intervention" from a "Peaceful
protest") and at noticing that "explosion" or "killed" belongs to an accident or a crime, which
ACLED does not code. A bag-of-words model trained on human-coded descriptions decides those
better, so when it is confident and disagrees, its label wins.

The model is tf-idf over word unigrams and bigrams with a multinomial logistic regression,
trained by `training/train_event_types.py` (scikit-learn, fixed seed, dev data only). Its
weights ship as plain arrays in `events/data/event_types.npz` (loaded with pickling off), and
scoring is a few lines of numpy here, so running newsgraph needs no scikit-learn.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsgraph.errors import NewsgraphError

MODEL_FILE = Path(__file__).parent / "data" / "event_types.npz"
NO_EVENT = "NONE"  # the label of texts ACLED would not code (disasters, crime, diplomacy)
_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
RULES_ONLY_ENV = "NEWSGRAPH_EVENT_MODEL"  # "off": the rules alone decide (to compare, or to train)


class ClassifierError(NewsgraphError):
    """The model file is missing or malformed."""


def text_features(text: str) -> list[str]:
    """Words (lower-case, numbers as one token) and adjacent word pairs: the model's features.
    Training and scoring both call this, so they can never disagree on a feature."""
    words = _WORD.findall(_NUMBER.sub(" num ", text.lower()))
    return words + [f"{first} {second}" for first, second in itertools.pairwise(words)]


@dataclass(frozen=True, slots=True)
class SubTypeClassifier:
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    weights: np.ndarray  # (labels, features)
    bias: np.ndarray  # (labels,)
    override_at: float  # the probability from which the model's sub-type replaces the rules'
    drop_at: float  # the probability of NONE from which the rules' event is dropped
    training_sha256: frozenset[str]  # the gold files it was fitted on (`newsgraph eval` says so)
    # of those, the files whose held-out fifth (`evaluate.splits.is_holdout`) it never saw
    holdout_unseen_sha256: frozenset[str] = frozenset()

    def probabilities(self, text: str) -> dict[str, float]:
        """P(label | text) for every label."""
        counts = Counter(
            index for feature in text_features(text) if (index := self.vocabulary.get(feature)) is not None
        )
        scores = self.bias.astype(np.float64).copy()
        if counts:
            indices = np.fromiter(counts, dtype=np.int64)
            values = np.array([1.0 + math.log(counts[index]) for index in counts]) * self.idf[indices]
            values /= np.linalg.norm(values)
            scores += self.weights[:, indices].astype(np.float64) @ values
        scores -= scores.max()
        exp = np.exp(scores)
        return dict(zip(self.labels, (exp / exp.sum()).tolist(), strict=True))

    def confident_label(self, text: str) -> str | None:
        """The model's label when its probability reaches `override_at` (`drop_at` for NONE),
        else None."""
        probabilities = self.probabilities(text)
        label = max(probabilities, key=probabilities.__getitem__)
        needed = self.drop_at if label == NO_EVENT else self.override_at
        return label if probabilities[label] >= needed else None


def load_classifier(path: Path = MODEL_FILE) -> SubTypeClassifier:
    try:
        with np.load(path, allow_pickle=False) as arrays:
            terms = arrays["vocabulary"].tolist()
            return SubTypeClassifier(
                labels=tuple(arrays["labels"].tolist()),
                vocabulary={term: index for index, term in enumerate(terms)},
                idf=arrays["idf"].astype(np.float32),
                weights=arrays["weights"].astype(np.float32),
                bias=arrays["bias"].astype(np.float32),
                override_at=float(arrays["override_at"]),
                drop_at=float(arrays["drop_at"]),
                training_sha256=frozenset(arrays["training_sha256"].tolist()),
                holdout_unseen_sha256=frozenset(
                    arrays["holdout_unseen_sha256"].tolist() if "holdout_unseen_sha256" in arrays else ()
                ),
            )
    except (OSError, KeyError, ValueError) as error:
        raise ClassifierError(f"cannot load the event-type model {path}: {error}") from error


@lru_cache(maxsize=1)
def sub_type_classifier() -> SubTypeClassifier | None:
    """The shipped model, loaded once; None when switched off or absent (rules alone decide)."""
    if os.environ.get(RULES_ONLY_ENV, "").lower() == "off" or not MODEL_FILE.exists():
        return None
    return load_classifier()
