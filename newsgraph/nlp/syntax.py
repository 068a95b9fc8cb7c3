"""The dependency parse of sentences: who said what, who did what, and whether it happened.

The analysis pipeline (`newsgraph.nlp.model`) runs no tagger or parser; sentences are parsed
here, one by one, with the small model's own tagger, parser and lemmatizer (loaded once per
process, beside the analysis pipeline; about 30 MB more). Quote finding parses every sentence
of an article and the events stage the sentences it codes events from; `sentence_parses`
keeps each article's parses on its document so no sentence is parsed twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.nlp.doc_text import text_of
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


_PARSES = "newsgraph_sentence_parses"


def sentence_parses(doc: Doc, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Doc]:
    """The parse of each (start, end) character span of `doc`, parsing only those not parsed
    before for this document (they are kept in `doc.user_data`)."""
    parses: dict[tuple[int, int], Doc] = doc.user_data.setdefault(_PARSES, {})
    wanted = list(dict.fromkeys(spans))
    missing = [span for span in wanted if span not in parses]
    text = text_of(doc)
    parses.update(zip(missing, parse_sentences(text[start:end] for start, end in missing), strict=True))
    return {span: parses[span] for span in wanted}


def objects_of(head: Token, preposition: str) -> list[Token]:
    """The objects of `preposition` hanging from `head` in a parse ("global warming" of "the
    threat from global warming" for "from"), which rules of sense read for who or what is meant."""
    return [
        word
        for child in head.children
        if child.dep_ == "prep" and child.lower_ == preposition
        for word in child.children
        if word.dep_ == "pobj"
    ]
