"""Reported speech in an article: every cue of each parsed sentence read by `parsed_speech`,
then the contents set apart where one saying is joined to another's content, and overlaps
settled in favour of the likelier cue.

Precision first, as in `parsed_speech`: a second saying is cut off a content only when it is a
verb of speech joined to the content's head or a clause of contrast with its own subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution_cues import is_candidate, load_cue_model
from newsgraph.nlp.datelines import dateline_length
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.parsed_speech import (
    MIN_CONTENT_TOKENS,
    SUBJECT_RELATIONS,
    ParsedAttribution,
    attribution_of,
    with_closing_mark,
    without_edge_punct,
)
from newsgraph.nlp.records import Quote, QuoteKind
from newsgraph.nlp.syntax import sentence_parses

_CONTRASTS = frozenset({"while", "whereas"})


def parsed_reported_speech(doc: Doc, sentences: list[Span]) -> list[Quote]:
    """Reported speech in `sentences` of `doc`, read from each sentence's parse: every word the
    cue model takes as a cue (`attribution_cues`) and whose parse shows what it attributes.

    Offsets are the article's: each sentence is parsed on its own and its spans shifted back.
    A sentence without any word the model has seen as a cue is not parsed; a wire dateline
    opening a sentence is not parsed with it.
    When two cues attribute overlapping content ("said he wanted …"), the likelier cue keeps it.
    """
    model = load_cue_model()
    text = text_of(doc)
    found: list[tuple[float, Quote]] = []
    worth_parsing = {
        index for index, sentence in enumerate(sentences) if model.may_attribute(token.lower_ for token in sentence)
    }
    bounds = {index: _without_dateline(text, sentences[index]) for index in sorted(worth_parsing)}
    parses = sentence_parses(doc, bounds.values())
    for sentence_index in bounds:
        offset = bounds[sentence_index][0]
        parsed = parses[bounds[sentence_index]]
        sayings: list[tuple[float, ParsedAttribution]] = []
        for token in parsed:
            if not is_candidate(token):
                continue
            probability = model.probability(token)
            if probability < model.threshold:
                continue
            attribution = attribution_of(token)
            if attribution is not None:
                sayings.append((probability, attribution))
        separated = _sayings_apart([attribution for _probability, attribution in sayings])
        for (probability, _whole), attribution in zip(sayings, separated, strict=True):
            found.append((probability, _as_quote(text, attribution, offset, sentence_index)))
    kept: list[Quote] = []
    for _probability, quote in sorted(found, key=lambda pair: -pair[0]):
        if not any(other.start < quote.end and quote.start < other.end for other in kept):
            kept.append(quote)
    return sorted(kept, key=lambda quote: quote.start)


def _without_dateline(text: str, sentence: Span) -> tuple[int, int]:
    """The sentence's character bounds without its opening dateline: 'TOKYO (Reuters) - Honda
    reported …' is Honda's report, not Tokyo's, and the dateline is no part of what is said."""
    start, end = sentence.start_char, sentence.end_char
    skipped = dateline_length(text[start:end])
    return (start + skipped, end) if skipped and start + skipped < end else (start, end)


def _as_quote(text: str, attribution: ParsedAttribution, offset: int, sentence_index: int) -> Quote:
    start, end = offset + attribution.content.start_char, offset + attribution.content.end_char
    quote = Quote(QuoteKind.INDIRECT, start, end, text[start:end], sentence_index)
    quote.cue = attribution.cue.text
    quote.cue_start, quote.cue_end = offset + attribution.cue.start_char, offset + attribution.cue.end_char
    quote.speaker_text = attribution.source.text
    quote.speaker_start = offset + attribution.source.start_char
    quote.speaker_end = offset + attribution.source.end_char
    return quote


def _sayings_apart(sayings: list[ParsedAttribution]) -> list[ParsedAttribution]:
    """Each saying's content up to a second saying joined to its main clause: '… they were
    worried about prices, and about 4 in 10 said …', '…, while a third want …', '… had
    stalled and added that …' report a saying of their own, so the first content ends before
    it (with the 'and' or comma joining it). A second saying without a subject of its own is
    the first speaker's ('The minister said the talks had stalled and added that …': the
    parser hangs 'added' off 'stalled', whose subject is 'the talks')."""
    speakers: dict[int, Span] = {}
    trimmed: list[ParsedAttribution] = []
    for attribution in sayings:
        head = _content_head(attribution.content)
        apart = [
            other.cue.root
            for other in sayings
            if head is not None
            and other is not attribution
            and head.i < other.cue.root.i < attribution.content.end
            and _says_apart(other.cue.root, head)
        ]
        for cue in apart:
            if not any(child.dep_ in SUBJECT_RELATIONS for child in cue.children):
                speakers[cue.i] = attribution.source
        end = min((cue.left_edge.i for cue in apart), default=attribution.content.end)
        trimmed.append(_cut_before(attribution, end))
    return [ParsedAttribution(kept.cue, kept.content, speakers.get(kept.cue.root.i, kept.source)) for kept in trimmed]


def _content_head(content: Span) -> Token | None:
    """The one word of `content` that hangs outside it (None when the content is no one phrase)."""
    heads = [token for token in content if not content.start <= token.head.i < content.end or token.head.i == token.i]
    return heads[0] if len(heads) == 1 else None


def _cut_before(attribution: ParsedAttribution, end: int) -> ParsedAttribution:
    """The attribution with its content ended before token `end`, without the joining words."""
    content = attribution.content
    doc = content.doc
    while end > content.start and (doc[end - 1].dep_ in ("cc", "mark") or doc[end - 1].is_punct):
        end -= 1
    if end >= content.end or end - content.start < MIN_CONTENT_TOKENS:
        return attribution
    shorter = with_closing_mark(without_edge_punct(doc, content.start, end)) or content
    return ParsedAttribution(attribution.cue, shorter, attribution.source)


def _says_apart(cue: Token, head: Token) -> bool:
    """Whether `cue`, hanging off the head of another cue's content, says something of its
    own: a verb of speech joined to the head ('… and said that …', '…, claiming that …'), or a
    clause of contrast with its own subject ('…, while a third want …'). Anything else stays
    inside: 'the shootings that Obama mentioned' and '… because she believed …' are part of
    what was said, and so is 'wages are frozen and members want a strike' (the leader says
    both)."""
    if cue.head.i != head.i:
        return False
    marks = {child.lower_ for child in cue.children if child.dep_ == "mark"}
    if cue.dep_ in ("conj", "parataxis") or (cue.dep_ == "advcl" and not marks):
        return cue.lower_ in lexicon().speech_verbs
    has_subject = any(child.dep_ in SUBJECT_RELATIONS for child in cue.children)
    return cue.dep_ == "advcl" and has_subject and bool(marks & _CONTRASTS)
