"""The NLP stage over article texts: parse, then sentences, mentions, local actors, quotes, claims.

This part is pure (text in, records out) so it can run in worker processes; resolving local
actors against the store's actors happens afterwards, in one process (`newsgraph.nlp.resolve`),
and events are a later stage that reads the parse and these records (`newsgraph.events.stage`).

One article never stops the others: a long text is parsed in pieces joined into one document
(spaCy refuses texts over `nlp.max_length`), and an article whose parse raises comes back as an
`AnalysisFailure` (article, stage, reason) for the caller to record and go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.actors import find_actors
from newsgraph.nlp.claims import find_claims
from newsgraph.nlp.doc_text import plain_spaced
from newsgraph.nlp.model import load_pipeline
from newsgraph.nlp.quotes import find_quotes
from newsgraph.nlp.records import ArticleAnalysis, Sentence

BATCH_SIZE = 32
# Texts longer than this are parsed in pieces of at most this size (cut at line breaks where
# possible): far below spaCy's 1,000,000-character limit, and bounded memory per piece.
MAX_PIECE_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article whose analysis failed: which, in which stage ("parse" or "extract"), and why."""

    article_id: str
    stage: str
    reason: str


def parse_texts(
    items: Iterable[tuple[str, str]], *, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[str, Doc | AnalysisFailure]]:
    """(article_id, parsed document or the failure to parse it) per (article_id, text), in input
    order, parsed `batch_size` at a time."""
    nlp = load_pipeline()
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        for (article_id, _text), parsed in zip(batch, _parse(nlp, batch), strict=True):
            yield article_id, parsed


def _parse(nlp: Language, batch: list[tuple[str, str]]) -> list[Doc | AnalysisFailure]:
    """Parse a batch in one `nlp.pipe` call; long texts in pieces; on an error, one by one."""
    batch = [(article_id, plain_spaced(text)) for article_id, text in batch]
    short = [(index, text) for index, (_article_id, text) in enumerate(batch) if len(text) <= MAX_PIECE_CHARS]
    parsed: list[Doc | AnalysisFailure | None] = [None] * len(batch)
    try:
        for (index, _text), doc in zip(short, nlp.pipe(text for _index, text in short), strict=True):
            parsed[index] = doc
    except Exception:  # which article it was is found below, one by one
        parsed = [None] * len(batch)
    for index, (article_id, text) in enumerate(batch):
        if parsed[index] is not None:
            continue
        try:
            parsed[index] = _parse_in_pieces(nlp, text) if len(text) > MAX_PIECE_CHARS else nlp(text)
        except Exception as error:
            parsed[index] = AnalysisFailure(article_id, "parse", f"{type(error).__name__}: {error}")
    return [item for item in parsed if item is not None]


def text_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that join back to it exactly: at
    line breaks, else after a sentence's full stop, else at a space, else anywhere."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "), 0) + 1
        if cut <= limit // 2:
            cut = window.rfind(" ") + 1 or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _parse_in_pieces(nlp: Language, text: str) -> Doc:
    """One document from a text too long to parse whole: its pieces parsed, then joined with
    their offsets unchanged (so evidence offsets point into the stored article)."""
    pieces = text_pieces(text, min(MAX_PIECE_CHARS, nlp.max_length))
    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    if doc.text != text:
        raise ValueError("the parsed pieces do not join back into the article's text")
    return doc


def analyse_doc(article_id: str, doc: Doc) -> ArticleAnalysis:
    """What the NLP stage finds in one parsed article (events are not its business)."""
    sentences: list[Sentence] = []
    sentence_of_token = [0] * len(doc)
    for index, span in enumerate(doc.sents):
        sentences.append(Sentence(index, span.start_char, span.end_char))
        sentence_of_token[span.start : span.end] = [index] * len(span)
    mentions, actors = find_actors(doc, sentence_of_token)
    quotes = find_quotes(doc, mentions, actors, sentence_of_token)
    claims = find_claims(doc, quotes, sentences, sentence_of_token)
    return ArticleAnalysis(article_id, sentences, mentions, actors, quotes, claims)
