"""Shared pieces of quote finding: cue verbs, speaker spans next to a cue, token lookups.

A cue is a speech or stance verb used as a verb (not "the state", "to declare"); a speaker is
the short noun phrase on the other side of it, trimmed of time words and auxiliaries.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.records import Quote

_TOKEN_STARTS = "newsgraph_token_starts"

LABEL_MAX_TOKENS = 3

DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})

CALL_FORMS = frozenset({"call", "calls", "called", "calling"})

SPEAKER_MAX_TOKENS = 10

MIN_CONTENT_TOKENS = 3

_NOT_BEFORE_CUE = frozenset(
    {
        "to",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "these",
        "those",
        "this",
        "are",
        "is",
        "was",
        "were",
        "be",
        "been",
        "being",
        "estimated",
    }
)

FUNCTION_WORDS = frozenset(
    {
        "at",
        "in",
        "on",
        "of",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "despite",
        "although",
        "though",
        "while",
        "and",
        "but",
        "or",
        "if",
        "because",
        "so",
        "than",
        "into",
        "about",
        "after",
        "before",
        "since",
        "until",
    }
)

STOP_SPEAKER_WORDS = frozenset(
    {"that", "which", "who", "and", "but", "because", "if", "when", "while", "as", "what", "how", "why"}
)

TIME_WORDS = frozenset(
    {
        "on",
        "in",
        "at",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "evening",
        "afternoon",
        "also",
        "then",
        "previously",
        "recently",
        "repeatedly",
        "again",
        "publicly",
        "privately",
        "separately",
    }
)


@dataclass(slots=True)
class Attribution:
    """The cue of a quote and the words naming its speaker."""

    cue: Span
    speaker: Span | None


def attach(quote: Quote, attribution: Attribution) -> None:
    quote.cue = attribution.cue.text
    quote.cue_start, quote.cue_end = attribution.cue.start_char, attribution.cue.end_char
    if attribution.speaker is not None:
        quote.speaker_text = attribution.speaker.text
        quote.speaker_start, quote.speaker_end = attribution.speaker.start_char, attribution.speaker.end_char


def _token_starts(doc: Doc) -> list[int]:
    """Character offset of every token, computed once per document."""
    starts = doc.user_data.get(_TOKEN_STARTS)
    if starts is None:
        starts = [token.idx for token in doc]
        doc.user_data[_TOKEN_STARTS] = starts
    return starts


def token_at_or_after(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after `char` (len(doc) if none)."""
    return bisect.bisect_left(_token_starts(doc), char)


def token_before(doc: Doc, char: int) -> int:
    """Index just past the last token that ends at or before `char`."""
    index = bisect.bisect_left(_token_starts(doc), char)
    while index > 0 and doc[index - 1].idx + len(doc[index - 1].text) > char:
        index -= 1
    return index


def sentence_start_of(doc: Doc, token_index: int) -> int:
    """First token of the sentence holding `token_index` (walks back over is_sent_start)."""
    index = token_index
    while index > 0 and not doc[index].is_sent_start:
        index -= 1
    return index


def is_cue(token: Token) -> bool:
    """A speech verb used as a verb: lower-case, not a noun after a determiner or number
    ('the state', '50 states'), not an infinitive or passive ('to declare', 'are promised')."""
    doc = token.doc
    if token.lower_ in CALL_FORMS:  # "called for more investment", "called on Beijing to …"
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("for", "on") and token.is_lower
    headline_cue = token.text in ("Says", "Said") and token.i > 0 and doc[token.i - 1].is_title
    vocabulary = lexicon()
    is_verb = token.lower_ in vocabulary.speech_verbs or token.lower_ in vocabulary.stance_verbs
    if not (token.is_lower or headline_cue) or not is_verb:
        return False
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if previous is not None and (previous.lower_ in _NOT_BEFORE_CUE or previous.like_num):
        return False
    return not (following is not None and following.text in ("'s", "\u2019s"))


def sentence_subject(doc: Doc, sentence_start: int, cue_index: int) -> Span | None:
    """'Zelenskiy emphasized …, stating, "…"': the first named actor of the clause speaks."""
    for ent in doc.ents:
        if sentence_start <= ent.start and ent.end <= cue_index and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return ent
    return None


def speaker_before_cue(doc: Doc, cue_index: int, clause_start: int) -> Span | None:
    start = cue_index
    while start > clause_start and cue_index - start < SPEAKER_MAX_TOKENS:
        previous = doc[start - 1]
        if (previous.is_punct and previous.text not in ("'s", "\u2019s")) or previous.lower_ in STOP_SPEAKER_WORDS:
            break
        start -= 1
    if start == cue_index:
        return None
    return trim_speaker(doc[start:cue_index])


def speaker_after_cue(doc: Doc, first: int) -> Span | None:
    end = first
    while end < len(doc) and end - first < SPEAKER_MAX_TOKENS:
        token = doc[end]
        if (
            (token.is_punct and token.text not in (".",))
            or token.lower_ in STOP_SPEAKER_WORDS
            or token.lower_ in ("on", "in", "at", "to")
        ):
            break
        if token.text == "." and (end + 1 >= len(doc) or doc[end + 1].is_sent_start or doc[end + 1].is_space):
            break
        end += 1
    return trim_speaker(doc[first:end]) if end > first else None


def trim_speaker(span: Span) -> Span | None:
    """Drop time phrases and auxiliaries at the edges ('he also', 'officials on Monday')."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].lower_ in TIME_WORDS
        or doc[end - 1].lower_ in ("has", "have", "had", "had", "would", "will", "is", "was")
        or doc[end - 1].is_punct
    ):
        end -= 1
    while start < end and (
        doc[start].is_punct or doc[start].is_space or (doc[start].is_lower and doc[start].text.endswith("ly"))
    ):
        start += 1
    if end <= start or any(is_cue(token) for token in doc[start:end]) or doc[start].lower_ in FUNCTION_WORDS:
        return None
    if all(token.lower_ in FUNCTION_WORDS or token.lower_ in ("the", "a", "an") for token in doc[start:end]):
        return None
    return doc[start:end]


def strip_final_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    return span.doc[start:end] if end > start else span
