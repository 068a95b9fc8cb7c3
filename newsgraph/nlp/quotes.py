"""Quotations and reported speech, with their cue verbs and speakers.

Direct quotes are found from the quotation marks themselves (curly, straight and doubled
single quotes), so a quote that runs over several sentences stays one quote; a quote split by
"he said" ("“A,” he said, “B.”") and the paragraphs that carry it on are joined into one.
Short quoted phrases inside a sentence (the "impartial" stance) are fragments. Reported speech
is read from each sentence's parse (`parsed_speech`): a verb a trained model takes as a cue,
the clause or object it governs, and its subject. "Name: …" lines are labelled statements.

Speakers are the words next to the cue; they resolve to an actor through the entity mentions
they contain, through pronouns (the last person, or the last quote's speaker), or through a
description ("the Chinese leader") that matches an actor's role or country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.direct_quotes import direct_quotes
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.labelled_statements import labelled_statement
from newsgraph.nlp.records import LocalActor, Mention, Quote, QuoteKind
from newsgraph.nlp.reported_speech import parsed_reported_speech
from newsgraph.nlp.speakers import SpeakerResolver


def find_quotes(
    doc: Doc, mentions: list[Mention], actors: list[LocalActor], sentence_of_token: list[int]
) -> list[Quote]:
    """Direct quotes, fragments and reported speech in `doc`, in text order, with speakers resolved."""
    text = text_of(doc)
    resolver = SpeakerResolver(doc, text, mentions, actors)
    quotes = list(direct_quotes(doc, sentence_of_token))
    sentences = list(doc.sents)
    labelled_sentences = set()
    for sentence_index, sentence in enumerate(sentences):
        labelled = labelled_statement(sentence, sentence_index)
        if labelled is not None and not _overlaps_any(labelled, quotes):
            quotes.append(labelled)
            labelled_sentences.add(sentence_index)
    for report in parsed_reported_speech(doc, sentences):
        if report.sentence not in labelled_sentences:
            _add_report(quotes, report, text)
    quotes.sort(key=lambda quote: quote.start)
    previous_speaker: int | None = None
    previous: Quote | None = None
    for quote in quotes:
        if quote.kind is QuoteKind.FRAGMENT:
            continue
        carries_on = (
            previous is not None
            and previous.kind is QuoteKind.DIRECT
            and sum(text[previous.end : quote.start].count(mark) for mark in ".!?") <= 1
        )
        if quote.speaker_start is None and carries_on and previous is not None:
            quote.speaker_actor = previous.speaker_actor  # a paragraph that carries on the last quote
            previous = quote
            continue
        previous = quote
        if quote.speaker_start is not None and quote.speaker_end is not None:
            quote.speaker_actor = resolver.resolve(quote.speaker_start, quote.speaker_end, previous_speaker)
            if quote.speaker_actor is not None:
                previous_speaker = quote.speaker_actor
    return quotes


def _overlaps_any(quote: Quote, others: list[Quote]) -> bool:
    return any(other.start < quote.end and quote.start < other.end for other in others)


def _add_report(quotes: list[Quote], report: Quote, text: str) -> None:
    """Add reported speech found in the parse unless a direct quote already holds it.

    A quotation that opens mid-clause ('America needs leaders “who understand …,” Clinton
    said') is a mixed quote: the reported clause is the content, so the quote grows to cover it.
    Quoted fragments inside the reported clause stay as fragments beside it. A direct quote
    whose speaker the words around it did not give takes the one the parse gives — only from a
    cue outside the quotation ('“It shows how …”' is not said by "It").
    """
    overlapping = [quote for quote in quotes if quote.start < report.end and report.start < quote.end]
    direct = [quote for quote in overlapping if quote.kind is QuoteKind.DIRECT]
    if not direct:
        quotes.append(report)
        return
    quote = direct[0]
    cue_outside = report.cue_start is not None and not quote.start <= report.cue_start < quote.end
    if not cue_outside:
        return
    mixed = len(direct) == 1 and report.start < quote.start and quote.end - report.start < 2 * len(report.text)
    if mixed:
        quote.start, quote.end = report.start, max(quote.end, report.end)
        quote.text = text[quote.start : quote.end]
    if quote.speaker_start is None or (mixed and quote.cue is None):
        _take_attribution(quote, report)


def _take_attribution(quote: Quote, report: Quote) -> None:
    """The cue and speaker of `report` become `quote`'s."""
    quote.cue, quote.cue_start, quote.cue_end = report.cue, report.cue_start, report.cue_end
    quote.speaker_text, quote.speaker_start, quote.speaker_end = (
        report.speaker_text,
        report.speaker_start,
        report.speaker_end,
    )
