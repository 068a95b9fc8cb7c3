"""The events stage: what it reads, and the one call the analysis makes of it.

It runs after the NLP stage, on the same document: it needs its tokens, sentence boundaries
and entities (the pipeline runs no tagger or parser: see `newsgraph.nlp.model`), and the NLP
records of sentences, mentions, local actors and quotes (to know who is named, who speaks and
what is quoted). It gives the article's event reports, each
with its evidence spans. It does not touch the store, and merging reports across articles is
a later batch step (`newsgraph.analysis.merging`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.anchor import article_anchor
from newsgraph.events.extract import find_events
from newsgraph.events.records import ArticleEvent
from newsgraph.nlp.records import ArticleAnalysis

# What the stage reads, declared as spaCy components declare theirs: the document annotations
# (checked on every document, so a pipeline that stops setting one fails loudly, not quietly
# finding nothing) and the NLP records.
REQUIRES_DOC = ("SENT_START", "ENT_IOB")
REQUIRES_RECORDS = ("sentences", "mentions", "actors", "quotes")


class MissingAnnotation(ValueError):
    """The document lacks an annotation the events stage reads."""


def extract_events(doc: Doc, analysis: ArticleAnalysis, *, published_at: str | None = None) -> list[ArticleEvent]:
    """The event reports of one article; relative dates count from `published_at` (ISO), or
    from a date estimated from the text when the article has none."""
    missing = [name for name in REQUIRES_DOC if not doc.has_annotation(name)]
    if missing and len(doc):
        raise MissingAnnotation(f"the events stage needs {', '.join(missing)} on the document")
    anchor = article_anchor(published_at, (ent.text for ent in doc.ents if ent.label_ == "DATE"))
    return find_events(doc, analysis, anchor)
