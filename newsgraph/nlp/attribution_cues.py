"""Which verbs of a parsed sentence attribute something to someone: a learned cue classifier.

News attributes far more than speech: "said" and "told", but also "wrote", "tweeted",
"accused", "wants", "believes", "polls show", "criticized the plan". A word list cannot say
when "called", "show" or "support" attribute and when they do not ("called him a liar" versus
"the so-called plan"); the parse around the word can. Each verb is described by its own word,
its relation in the parse, what hangs off it (a clausal complement, an object, a subject that is
a person) and its neighbours, and a logistic regression trained on the PolNeAR attribution
corpus (`training/train_quote_cues.py`, train file only) says how likely it is a cue.

The weights ship as plain arrays in `nlp/data/quote_cues.npz` (loaded with pickling off), so
scoring needs only numpy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from newsgraph.errors import NewsgraphError

MODEL_FILE = Path(__file__).parent / "data" / "quote_cues.npz"

# Parse relations of the words that can hold what a cue attributes.
CONTENT_RELATIONS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "acomp"})
_SUBJECT_RELATIONS = frozenset({"nsubj", "nsubjpass", "csubj"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


class CueModelError(NewsgraphError):
    """The cue model file is missing or malformed."""


def is_candidate(token: Token) -> bool:
    """A word that could be a cue: a verb, or "according" of "according to"."""
    return token.pos_ == "VERB" or token.lower_ == "according"


def _subject_kind(token: Token) -> str:
    subject = next((child for child in token.children if child.dep_ in _SUBJECT_RELATIONS), None)
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return f"pron:{subject.lower_}"
    if subject.ent_type_:
        return f"ent:{subject.ent_type_}"
    return f"pos:{subject.pos_}"


def _inside_quotes(token: Token) -> bool:
    """An odd number of quotation marks before the word in its sentence: it is quoted text."""
    sentence_start = token.sent.start if token.doc.has_annotation("SENT_START") else 0
    marks = sum(1 for other in token.doc[sentence_start : token.i] if other.text in _QUOTE_MARKS)
    return marks % 2 == 1


def cue_features(token: Token) -> list[str]:
    """The binary features of one candidate cue; training and scoring both call this."""
    doc = token.doc
    word = token.lower_
    lemma = token.lemma_.lower()
    child_relations = sorted({child.dep_ for child in token.children if not child.is_punct})
    has_content = any(relation in CONTENT_RELATIONS for relation in child_relations)
    subject = _subject_kind(token)
    previous = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    complement_before = any(child.dep_ in ("ccomp", "parataxis") and child.i < token.i for child in token.children)
    features = [
        f"w={word}",
        f"l={lemma}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"l+dep={lemma}|{token.dep_}",
        f"l+tag={lemma}|{token.tag_}",
        f"subj={subject}",
        f"l+subj={lemma}|{subject.split(':')[0]}",
        f"l+content={lemma}|{has_content}",
        f"prev={previous}",
        f"next={following}",
        f"l+next={lemma}|{following}",
        f"head={token.head.lemma_.lower() if token.head is not token else '<root>'}|{token.dep_}",
        f"quoted={_inside_quotes(token)}",
        f"before={complement_before}",
        f"l+before={lemma}|{complement_before}",
    ]
    features.extend(f"child={relation}" for relation in child_relations)
    features.extend(f"l+child={lemma}|{relation}" for relation in child_relations)
    for child in token.children:
        if child.dep_ == "ccomp":
            features.append(f"mark={next((g.lower_ for g in child.children if g.dep_ == 'mark'), '-')}")
        if child.dep_ == "prep":
            features.append(f"l+prep={lemma}|{child.lower_}")
    return features


@dataclass(frozen=True, slots=True)
class CueModel:
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features,)
    bias: float
    threshold: float  # the probability from which a candidate is taken as a cue
    cue_words: frozenset[str]  # lower-case words seen as cues in training; other sentences are not parsed
    training_sha256: str  # of the file it was trained on (`newsgraph eval quotes` says when it scores it)

    def may_attribute(self, words: Iterable[str]) -> bool:
        """Whether a sentence of these lower-case words holds a word ever seen as a cue (else
        parsing it for quotes is wasted: no cue would pass the threshold)."""
        return any(word in self.cue_words for word in words)

    def probability(self, token: Token) -> float:
        """P(the word is an attribution cue | its parse features)."""
        indices = [index for feature in cue_features(token) if (index := self.vocabulary.get(feature)) is not None]
        score = self.bias + float(self.weights[indices].sum()) if indices else self.bias
        return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))


@lru_cache(maxsize=1)
def load_cue_model(path: Path = MODEL_FILE) -> CueModel:
    """The trained cue model, loaded once per process."""
    try:
        with np.load(path, allow_pickle=False) as data:
            names = [str(name) for name in data["features"]]
            return CueModel(
                vocabulary={name: index for index, name in enumerate(names)},
                weights=data["weights"].astype(np.float64),
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                cue_words=frozenset(str(word) for word in data["cue_words"]),
                training_sha256=str(data["training_sha256"]),
            )
    except (OSError, KeyError, ValueError) as error:
        raise CueModelError(
            f"the quote cue model {path} cannot be read ({error}); re-create it with `make train-quotes`"
        ) from error
