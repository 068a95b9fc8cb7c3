"""Run the NLP stage over article texts: sentences, mentions, local actors, quotes, claims.

This part is pure (text in, records out) so it can run in worker processes; resolving local
actors against the store's actors happens afterwards, in one process (`newsgraph.nlp.resolve`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.tokens import Doc

from newsgraph.events.anchor import article_anchor
from newsgraph.events.extract import find_events
from newsgraph.nlp.actors import find_actors
from newsgraph.nlp.claims import find_claims
from newsgraph.nlp.model import load_pipeline
from newsgraph.nlp.quotes import find_quotes
from newsgraph.nlp.records import ArticleAnalysis, Sentence

BATCH_SIZE = 32


def analyse_texts(
    items: Iterable[tuple[str, str]],
    *,
    published: Mapping[str, str | None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[ArticleAnalysis]:
    """One analysis per (article_id, text), in input order; `published` gives publication
    dates (ISO) by article id, the anchor for relative event dates."""
    nlp = load_pipeline()
    pairs = ((text, article_id) for article_id, text in items)
    for doc, article_id in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyse_doc(article_id, doc, published_at=(published or {}).get(article_id))


def analyse_doc(article_id: str, doc: Doc, *, published_at: str | None = None) -> ArticleAnalysis:
    sentences: list[Sentence] = []
    sentence_of_token = [0] * len(doc)
    for index, span in enumerate(doc.sents):
        sentences.append(Sentence(index, span.start_char, span.end_char))
        sentence_of_token[span.start : span.end] = [index] * len(span)
    mentions, actors = find_actors(doc, sentence_of_token)
    quotes = find_quotes(doc, mentions, actors, sentence_of_token)
    claims = find_claims(doc, quotes, sentences, sentence_of_token)
    analysis = ArticleAnalysis(article_id, sentences, mentions, actors, quotes, claims)
    anchor = article_anchor(published_at, (ent.text for ent in doc.ents if ent.label_ == "DATE"))
    analysis.events = find_events(doc, analysis, anchor)
    return analysis
