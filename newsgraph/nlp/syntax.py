"""The dependency parse of chosen sentences: who did what, and whether it is said to have happened.

The analysis pipeline (`newsgraph.nlp.model`) runs no tagger or parser: most sentences of a news
article report no event, and parsing them all would cost about a fifth of the analysis time.
The events stage asks for the parse of the few sentences it codes an event from, here, with
the small model's own tagger, parser and lemmatizer (loaded once per process, beside the
analysis pipeline; about 30 MB more).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.model import BASE_MODEL

# The components that tag, parse and lemmatise; the recogniser and sentence splitter are the
# analysis pipeline's job.
NOT_FOR_SYNTAX = ["senter", "ner"]
BATCH = 64


@lru_cache(maxsize=1)
def load_syntax() -> Language:
    """The tagger, parser and lemmatizer of the small model, loaded once per process."""
    return spacy.load(BASE_MODEL, exclude=NOT_FOR_SYNTAX)


def parse_sentences(texts: Iterable[str]) -> list[Doc]:
    """The parse of each text (a sentence), in order: one parsed `Doc` per text."""
    return list(load_syntax().pipe(texts, batch_size=BATCH))
