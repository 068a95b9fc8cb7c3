"""Reported speech, sentence by sentence: "X said (that) …", "…, X said.", "The museum,
Mr. Bush said, was …", "according to X, …", "X told Y that …", "X called for …", "Name: …".
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.cues import (
    CALL_FORMS,
    LABEL_MAX_TOKENS,
    MIN_CONTENT_TOKENS,
    PHRASE_OPENERS,
    SPEAKER_MAX_TOKENS,
    STOP_SPEAKER_WORDS,
    TIME_WORDS,
    Attribution,
    attach,
    is_cue,
    speaker_after_cue,
    speaker_before_cue,
    strip_final_punct,
    trim_speaker,
)
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.records import Quote, QuoteKind


def reported_speech(sentence: Span, sentence_index: int) -> list[Quote]:
    """'X said (that) …', '…, X said.', 'The museum, Mr. Bush said, was …', 'according to X, …'."""
    doc = sentence.doc
    tokens = [token for token in sentence if not token.is_space]
    if len(tokens) < MIN_CONTENT_TOKENS + 2:
        return []
    lowered = [token.lower_ for token in tokens]
    labelled = _labelled_statement(sentence, tokens, sentence_index)
    if labelled is not None:
        return [labelled]
    for position in range(len(tokens) - 1):
        if lowered[position] == "according" and lowered[position + 1] == "to":
            quote = _according_to(sentence, tokens, position, sentence_index)
            return [quote] if quote is not None else []
    trailing = _trailing_attribution(sentence, tokens, sentence_index)
    if trailing is not None:
        return [trailing]
    quotes: list[Quote] = []
    for position, token in enumerate(tokens):
        if not is_cue(token) or position == 0 or (quotes and token.idx < quotes[-1].end):
            continue
        speaker = speaker_before_cue(doc, token.i, sentence.start) or _apposed_speaker(doc, token.i, sentence.start)
        if speaker is None:
            continue
        if _is_parenthetical(tokens, position, speaker):
            content = strip_final_punct(sentence)
        else:
            content_start = _content_start(tokens, position)
            if content_start is None or len(tokens) - content_start < MIN_CONTENT_TOKENS:
                continue
            content = strip_final_punct(doc[tokens[content_start].i : tokens[-1].i + 1])
        quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
        attach(quote, Attribution(doc[token.i : token.i + 1], speaker))
        quotes.append(quote)
    return quotes


def _labelled_statement(sentence: Span, tokens: list[Token], sentence_index: int) -> Quote | None:
    """'Sanders: Clinton needs to …' / 'WALLACE: If I may, sir, …' (headlines, transcripts)."""
    colon = next((i for i, token in enumerate(tokens[: LABEL_MAX_TOKENS + 1]) if token.text == ":"), None)
    if colon is None or colon == 0 or len(tokens) - colon - 1 < MIN_CONTENT_TOKENS:
        return None
    label = tokens[:colon]
    if not all(token.is_title or token.is_upper or token.text in (".", "'s") for token in label):
        return None
    doc = sentence.doc
    speaker = doc[label[0].i : label[-1].i + 1]
    content = strip_final_punct(doc[tokens[colon + 1].i : tokens[-1].i + 1])
    quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
    attach(quote, Attribution(doc[tokens[colon].i : tokens[colon].i + 1], speaker))
    return quote


def _is_parenthetical(tokens: list[Token], cue_position: int, speaker: Span) -> bool:
    """'The museum, Mr. Obama said, would make …': the attribution sits between two commas."""
    before = speaker.start - 1
    after = cue_position + 1
    if after >= len(tokens) or tokens[after].text != ",":
        return False
    return before >= 0 and speaker.doc[before].text == "," and speaker.start - tokens[0].i >= 2


def _apposed_speaker(doc: Doc, cue_index: int, sentence_start: int) -> Span | None:
    """'The state's campaign chairman, Phil Lovas, said' / 'Sen. David Perdue (R-Ga.) said' /
    'Trump, speaking to a veterans group, said': the subject before an apposition."""
    if cue_index == 0 or doc[cue_index - 1].text not in (",", ")"):
        return None
    start = cue_index - 1
    while start > sentence_start and cue_index - start <= SPEAKER_MAX_TOKENS * 2:
        previous = doc[start - 1]
        if previous.text in (";", ":", "\u201d", '"') or previous.lower_ in STOP_SPEAKER_WORDS or is_cue(previous):
            break
        start -= 1
    if start == sentence_start or doc[start - 1].lower_ in STOP_SPEAKER_WORDS or doc[start - 1].text in (";", ":"):
        return trim_speaker(doc[start : cue_index - 1])
    return None


def _content_start(tokens: list[Token], cue_position: int) -> int | None:
    """Where the reported content begins after the cue: at 'that' if near, else right after the cue."""
    vocabulary = lexicon()
    if tokens[cue_position].lower_ in CALL_FORMS:
        return cue_position + 2 if cue_position + 2 < len(tokens) else None
    takes_recipient = tokens[cue_position].lower_ in vocabulary.recipient_verbs
    after_preposition = cue_position + 1 < len(tokens) and tokens[cue_position + 1].lower_ in PHRASE_OPENERS
    for offset in range(1, 20 if after_preposition else 10):
        position = cue_position + offset
        if position >= len(tokens):
            return None
        word = tokens[position].lower_
        if word == "that" or (takes_recipient and word in ("how", "why", "what", "whether", "if")):
            return position
        skippable = word in TIME_WORDS or word == "," or takes_recipient or after_preposition
        bad_punct = tokens[position].is_punct and tokens[position].text not in (",", '"', "\u201c", "\u201d", "'s")
        if not skippable or bad_punct:
            break
    if takes_recipient:
        return None  # "told reporters on Monday" without "that": the content is not clear
    position = cue_position + 1
    while position < len(tokens) and (tokens[position].lower_ in TIME_WORDS or tokens[position].text in (",", ":")):
        position += 1
    if position < len(tokens) and tokens[position].lower_ in ("to", "by", "for", "with", "about", "of"):
        return None  # "said to be", "asked for", "reported by": not a report of speech
    return position if position < len(tokens) else None


def _trailing_attribution(sentence: Span, tokens: list[Token], sentence_index: int) -> Quote | None:
    """'Troops entered the town, officials said.' / '…, said a spokesman.' /
    '…, top lawmakers said Friday, a day after …': content, comma, speaker, cue, nothing but time words."""
    doc = sentence.doc
    for comma in (i for i, token in enumerate(tokens) if token.text == "," and i >= MIN_CONTENT_TOKENS):
        tail = tokens[comma + 1 : comma + 2 + SPEAKER_MAX_TOKENS]
        cue_at = next((i for i, token in enumerate(tail) if is_cue(token)), None)
        if cue_at is None:
            continue
        cue = tail[cue_at]
        after = tokens[comma + 2 + cue_at :]
        rest = list(itertools.takewhile(lambda token: token.lower_ in TIME_WORDS, after))
        closes = len(rest) == len(after) or after[len(rest)].is_punct
        if cue_at > 0:
            speaker = trim_speaker(doc[tail[0].i : cue.i])
        else:
            speaker = speaker_after_cue(doc, cue.i + 1)
            closes = speaker is not None and (
                speaker.end >= sentence.end or doc[speaker.end].is_punct or doc[speaker.end].is_space
            )
        if not closes or speaker is None or any(token.lower_ in STOP_SPEAKER_WORDS for token in speaker):
            continue
        content = strip_final_punct(doc[tokens[0].i : tokens[comma].i])
        quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
        attach(quote, Attribution(doc[cue.i : cue.i + 1], speaker))
        return quote
    return None


def _according_to(sentence: Span, tokens: list[Token], position: int, sentence_index: int) -> Quote | None:
    doc = sentence.doc
    speaker_end = position + 2
    while (
        speaker_end < len(tokens) and not tokens[speaker_end].is_punct and speaker_end - position < SPEAKER_MAX_TOKENS
    ):
        speaker_end += 1
    if speaker_end == position + 2:
        return None
    speaker = doc[tokens[position + 2].i : tokens[speaker_end - 1].i + 1]
    if position >= MIN_CONTENT_TOKENS:
        content = doc[tokens[0].i : tokens[position].i]
    elif len(tokens) - speaker_end > MIN_CONTENT_TOKENS:
        content = doc[tokens[speaker_end].i : tokens[-1].i + 1]
    else:
        return None
    content = strip_final_punct(content)
    quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
    attach(quote, Attribution(doc[tokens[position].i : tokens[position + 1].i + 1], speaker))
    return quote
