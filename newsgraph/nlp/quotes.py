"""Quotations and reported speech, with their cue verbs and speakers.

Direct quotes are found from the quotation marks themselves (curly, straight and doubled
single quotes), so a quote that runs over several sentences stays one quote; a quote split by
"he said" ("“A,” he said, “B.”") is joined into one. Short quoted phrases inside a sentence
(the "impartial" stance) are fragments. Reported speech is read sentence by sentence from the
shapes news uses: "X said (that) …", "…, X said.", "according to X, …", "X told Y that …".

Speakers are the words next to the cue; they resolve to an actor through the entity mentions
they contain, through pronouns (the last person, or the last quote's speaker), or through a
description ("the Chinese leader") that matches an actor's role or country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.direct_quotes import direct_quotes
from newsgraph.nlp.records import LocalActor, Mention, Quote, QuoteKind
from newsgraph.nlp.reported_speech import reported_speech
from newsgraph.nlp.speakers import SpeakerResolver


def find_quotes(
    doc: Doc, mentions: list[Mention], actors: list[LocalActor], sentence_of_token: list[int]
) -> list[Quote]:
    """Direct quotes, fragments and reported speech in `doc`, in text order, with speakers resolved."""
    text = doc.text
    resolver = SpeakerResolver(doc, text, mentions, actors)
    quotes = list(direct_quotes(doc, sentence_of_token))
    attributed = [(quote.start, quote.end) for quote in quotes if quote.cue is not None]
    quoted = [(quote.start, quote.end) for quote in quotes if quote.kind is QuoteKind.DIRECT]
    for sentence_index, sentence in enumerate(doc.sents):
        if any(start < sentence.end_char and sentence.start_char < end for start, end in attributed):
            continue
        for report in reported_speech(sentence, sentence_index):
            cue_start = report.cue_start or 0
            if not any(start <= cue_start < end for start, end in quoted):  # "It shows how …" inside a quote
                quotes.append(report)
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
