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

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.records import ActorKind, LocalActor, Mention, Quote, QuoteKind

# Opening mark, body (no paragraph break, no mark of the same kind), closing mark.
_QUOTE_PATTERNS = (
    re.compile(r"\u201c([^\u201c\u201d]*?)(?:\u201d|(?=\n\n)|$)"),
    re.compile(r"(?<![\w\"])\"([^\"\n]+?)\"(?!\w)"),
    re.compile(r"''(.+?)''"),
)
_TOKEN_STARTS = "newsgraph_token_starts"
LABEL_MAX_TOKENS = 3
_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
FRAGMENT_MAX_WORDS = 6
SPEAKER_MAX_TOKENS = 10
CUE_SEARCH_TOKENS = 12
SPLIT_QUOTE_MAX_GAP = 40
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
_PHRASE_OPENERS = frozenset({"in", "at", "on", "during", "after", "before", "from", "via", "through"})
_FUNCTION_WORDS = frozenset(
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
_STOP_SPEAKER_WORDS = frozenset(
    {"that", "which", "who", "and", "but", "because", "if", "when", "while", "as", "what", "how", "why"}
)
_TIME_WORDS = frozenset(
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
class _Attribution:
    cue: Span
    speaker: Span | None


def find_quotes(
    doc: Doc, mentions: list[Mention], actors: list[LocalActor], sentence_of_token: list[int]
) -> list[Quote]:
    """Direct quotes, fragments and reported speech in `doc`, in text order, with speakers resolved."""
    text = doc.text
    resolver = _SpeakerResolver(doc, text, mentions, actors)
    quotes = list(_direct_quotes(doc, sentence_of_token))
    attributed = [(quote.start, quote.end) for quote in quotes if quote.cue is not None]
    quoted = [(quote.start, quote.end) for quote in quotes if quote.kind is QuoteKind.DIRECT]
    for sentence_index, sentence in enumerate(doc.sents):
        if any(start < sentence.end_char and sentence.start_char < end for start, end in attributed):
            continue
        for report in _reported_speech(sentence, sentence_index):
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


def _direct_quotes(doc: Doc, sentence_of_token: list[int]) -> Iterator[Quote]:
    text = doc.text
    marks: list[tuple[int, int]] = []
    for pattern in _QUOTE_PATTERNS:
        for match in pattern.finditer(text):
            if match.group(1).strip() and not any(s < match.end() and match.start() < e for s, e in marks):
                marks.append((match.start(), match.end()))
    marks.sort()
    index = 0
    while index < len(marks):
        start, end = marks[index]
        # After a quote that closes its own sentence ('…."'), the next words start a new sentence.
        closes_sentence = text[start:end].rstrip("\u201d\"' ").endswith(".")
        attribution = (None if closes_sentence else _attribution_after(doc, end)) or _attribution_before(doc, start)
        # "“A,” he said, “B.”": the second part belongs to the same quote.
        if index + 1 < len(marks) and attribution is not None:
            next_start, next_end = marks[index + 1]
            gap = text[end:next_start]
            first_part_continues = text[start:end].rstrip("\u201d\"' ").endswith(",")
            is_split = next_start - end <= SPLIT_QUOTE_MAX_GAP and end <= attribution.cue.start_char < next_start
            if is_split and first_part_continues and "\n" not in gap:
                end = next_end
                index += 1
        index += 1
        first_token = _token_at_or_after(doc, start)
        sentence = sentence_of_token[first_token] if first_token < len(doc) else 0
        kind = _quote_kind(text, start, end, attribution is not None)
        quote = Quote(kind=kind, start=start, end=end, text=text[start:end], sentence=sentence)
        if attribution is not None and kind is QuoteKind.DIRECT:
            _attach(quote, attribution)
        yield quote


def _quote_kind(text: str, start: int, end: int, attributed: bool) -> QuoteKind:
    """Fragment: a short quoted phrase inside running text ('its stance was "impartial."')."""
    body = text[start:end].strip("\u201c\u201d\"' ")
    words = body.split()
    short = len(words) <= FRAGMENT_MAX_WORDS
    before = text[max(0, start - 2) : start].strip()
    embedded = bool(before) and (before[-1].isalnum() or before[-1] in "-(")
    if short and embedded:
        return QuoteKind.FRAGMENT
    if attributed:
        return QuoteKind.DIRECT
    ends_like_speech = body.rstrip().endswith((".", "!", "?", ","))
    return QuoteKind.FRAGMENT if short and not ends_like_speech else QuoteKind.DIRECT


def _attach(quote: Quote, attribution: _Attribution) -> None:
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


def _token_at_or_after(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after `char` (len(doc) if none)."""
    return bisect.bisect_left(_token_starts(doc), char)


def _token_before(doc: Doc, char: int) -> int:
    """Index just past the last token that ends at or before `char`."""
    index = bisect.bisect_left(_token_starts(doc), char)
    while index > 0 and doc[index - 1].idx + len(doc[index - 1].text) > char:
        index -= 1
    return index


def _sentence_start(doc: Doc, token_index: int) -> int:
    """First token of the sentence holding `token_index` (walks back over is_sent_start)."""
    index = token_index
    while index > 0 and not doc[index].is_sent_start:
        index -= 1
    return index


def _is_cue(token: Token) -> bool:
    """A speech verb used as a verb: lower-case, not a noun after a determiner or number
    ('the state', '50 states'), not an infinitive or passive ('to declare', 'are promised')."""
    doc = token.doc
    if token.lower_ in _CALL_FORMS:  # "called for more investment", "called on Beijing to …"
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


def _attribution_after(doc: Doc, quote_end: int) -> _Attribution | None:
    """'…,” he said.' / '…,” said Mr. Xi.' / '…,” the Chinese leader wrote on Monday.'"""
    first = _token_at_or_after(doc, quote_end)
    if first + 1 < len(doc) and doc[first].text in _DASHES and doc[first + 1].is_title:
        end = first + 1
        while end < len(doc) and end - first <= LABEL_MAX_TOKENS and (doc[end].is_title or doc[end].text == "."):
            end += 1
        return _Attribution(doc[first : first + 1], doc[first + 1 : end])  # '“…” ― Martha Aguilar'
    window = []
    for token in doc[first : first + CUE_SEARCH_TOKENS]:
        if token.text in ("\u201c", '"', "\n", "\n\n") or (token.is_sent_start and token.i != first):
            break
        window.append(token)
    for position, token in enumerate(window[:-1]):
        if token.lower_ == "according" and window[position + 1].lower_ == "to":
            speaker = _speaker_after_cue(doc, token.i + 2)
            return _Attribution(doc[token.i : token.i + 2], speaker)
    for position, token in enumerate(window):
        if not _is_cue(token):
            continue
        before = [t for t in window[:position] if not t.is_punct]
        if any(t.is_punct for t in window[:position] if t.i > window[0].i) or any(
            t.lower_ in _STOP_SPEAKER_WORDS for t in before
        ):
            return None
        if before:
            return _Attribution(doc[token.i : token.i + 1], _trim_speaker(doc[before[0].i : token.i]))
        after = _speaker_after_cue(doc, token.i + 1)
        return _Attribution(doc[token.i : token.i + 1], after)
    return None


def _attribution_before(doc: Doc, quote_start: int) -> _Attribution | None:
    """'X said: “…”' / 'X told reporters, “…”' / 'According to X, “…”'."""
    last = _token_before(doc, quote_start)
    if last == 0:
        return None
    sentence_start = _sentence_start(doc, last - 1)
    window = doc[max(sentence_start, last - CUE_SEARCH_TOKENS) : last]
    for token in reversed(window):
        if _is_cue(token):
            speaker = _speaker_before_cue(doc, token.i, sentence_start) or _sentence_subject(
                doc, sentence_start, token.i
            )
            return _Attribution(doc[token.i : token.i + 1], speaker)
    return None


def _sentence_subject(doc: Doc, sentence_start: int, cue_index: int) -> Span | None:
    """'Zelenskiy emphasized …, stating, "…"': the first named actor of the clause speaks."""
    for ent in doc.ents:
        if sentence_start <= ent.start and ent.end <= cue_index and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return ent
    return None


def _speaker_before_cue(doc: Doc, cue_index: int, clause_start: int) -> Span | None:
    start = cue_index
    while start > clause_start and cue_index - start < SPEAKER_MAX_TOKENS:
        previous = doc[start - 1]
        if (previous.is_punct and previous.text not in ("'s", "\u2019s")) or previous.lower_ in _STOP_SPEAKER_WORDS:
            break
        start -= 1
    if start == cue_index:
        return None
    return _trim_speaker(doc[start:cue_index])


def _speaker_after_cue(doc: Doc, first: int) -> Span | None:
    end = first
    while end < len(doc) and end - first < SPEAKER_MAX_TOKENS:
        token = doc[end]
        if (
            (token.is_punct and token.text not in (".",))
            or token.lower_ in _STOP_SPEAKER_WORDS
            or token.lower_ in ("on", "in", "at", "to")
        ):
            break
        if token.text == "." and (end + 1 >= len(doc) or doc[end + 1].is_sent_start or doc[end + 1].is_space):
            break
        end += 1
    return _trim_speaker(doc[first:end]) if end > first else None


def _trim_speaker(span: Span) -> Span | None:
    """Drop time phrases and auxiliaries at the edges ('he also', 'officials on Monday')."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].lower_ in _TIME_WORDS
        or doc[end - 1].lower_ in ("has", "have", "had", "had", "would", "will", "is", "was")
        or doc[end - 1].is_punct
    ):
        end -= 1
    while start < end and (
        doc[start].is_punct or doc[start].is_space or (doc[start].is_lower and doc[start].text.endswith("ly"))
    ):
        start += 1
    if end <= start or any(_is_cue(token) for token in doc[start:end]) or doc[start].lower_ in _FUNCTION_WORDS:
        return None
    if all(token.lower_ in _FUNCTION_WORDS or token.lower_ in ("the", "a", "an") for token in doc[start:end]):
        return None
    return doc[start:end]


def _reported_speech(sentence: Span, sentence_index: int) -> list[Quote]:
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
        if not _is_cue(token) or position == 0 or (quotes and token.idx < quotes[-1].end):
            continue
        speaker = _speaker_before_cue(doc, token.i, sentence.start) or _apposed_speaker(doc, token.i, sentence.start)
        if speaker is None:
            continue
        if _is_parenthetical(tokens, position, speaker):
            content = _strip_final_punct(sentence)
        else:
            content_start = _content_start(tokens, position)
            if content_start is None or len(tokens) - content_start < MIN_CONTENT_TOKENS:
                continue
            content = _strip_final_punct(doc[tokens[content_start].i : tokens[-1].i + 1])
        quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
        _attach(quote, _Attribution(doc[token.i : token.i + 1], speaker))
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
    content = _strip_final_punct(doc[tokens[colon + 1].i : tokens[-1].i + 1])
    quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
    _attach(quote, _Attribution(doc[tokens[colon].i : tokens[colon].i + 1], speaker))
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
        if previous.text in (";", ":", "\u201d", '"') or previous.lower_ in _STOP_SPEAKER_WORDS or _is_cue(previous):
            break
        start -= 1
    if start == sentence_start or doc[start - 1].lower_ in _STOP_SPEAKER_WORDS or doc[start - 1].text in (";", ":"):
        return _trim_speaker(doc[start : cue_index - 1])
    return None


def _content_start(tokens: list[Token], cue_position: int) -> int | None:
    """Where the reported content begins after the cue: at 'that' if near, else right after the cue."""
    vocabulary = lexicon()
    if tokens[cue_position].lower_ in _CALL_FORMS:
        return cue_position + 2 if cue_position + 2 < len(tokens) else None
    takes_recipient = tokens[cue_position].lower_ in vocabulary.recipient_verbs
    after_preposition = cue_position + 1 < len(tokens) and tokens[cue_position + 1].lower_ in _PHRASE_OPENERS
    for offset in range(1, 20 if after_preposition else 10):
        position = cue_position + offset
        if position >= len(tokens):
            return None
        word = tokens[position].lower_
        if word == "that" or (takes_recipient and word in ("how", "why", "what", "whether", "if")):
            return position
        skippable = word in _TIME_WORDS or word == "," or takes_recipient or after_preposition
        bad_punct = tokens[position].is_punct and tokens[position].text not in (",", '"', "\u201c", "\u201d", "'s")
        if not skippable or bad_punct:
            break
    if takes_recipient:
        return None  # "told reporters on Monday" without "that": the content is not clear
    position = cue_position + 1
    while position < len(tokens) and (tokens[position].lower_ in _TIME_WORDS or tokens[position].text in (",", ":")):
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
        cue_at = next((i for i, token in enumerate(tail) if _is_cue(token)), None)
        if cue_at is None:
            continue
        cue = tail[cue_at]
        after = tokens[comma + 2 + cue_at :]
        rest = list(itertools.takewhile(lambda token: token.lower_ in _TIME_WORDS, after))
        closes = len(rest) == len(after) or after[len(rest)].is_punct
        if cue_at > 0:
            speaker = _trim_speaker(doc[tail[0].i : cue.i])
        else:
            speaker = _speaker_after_cue(doc, cue.i + 1)
            closes = speaker is not None and (
                speaker.end >= sentence.end or doc[speaker.end].is_punct or doc[speaker.end].is_space
            )
        if not closes or speaker is None or any(token.lower_ in _STOP_SPEAKER_WORDS for token in speaker):
            continue
        content = _strip_final_punct(doc[tokens[0].i : tokens[comma].i])
        quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
        _attach(quote, _Attribution(doc[cue.i : cue.i + 1], speaker))
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
    content = _strip_final_punct(content)
    quote = Quote(QuoteKind.INDIRECT, content.start_char, content.end_char, content.text, sentence_index)
    _attach(quote, _Attribution(doc[tokens[position].i : tokens[position + 1].i + 1], speaker))
    return quote


def _strip_final_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    return span.doc[start:end] if end > start else span


class _SpeakerResolver:
    """Speaker words → local actor: a mention inside them, a pronoun, or a description."""

    def __init__(self, doc: Doc, text: str, mentions: list[Mention], actors: list[LocalActor]) -> None:
        self.doc = doc
        self.text = text
        self.mentions = mentions
        self.actors = actors

    def resolve(self, start: int, end: int, previous_speaker: int | None) -> int | None:
        words = self.text[start:end].lower().split()
        if any(word in lexicon().roles for word in words):
            described = self._description(words, start)
            if described is not None:
                return described
        inside = [
            mention
            for mention in self.mentions
            if start <= mention.start and mention.end <= end and mention.actor is not None
        ]
        people = [mention for mention in inside if self.actors[mention.actor or 0].kind is ActorKind.PERSON]
        if people:
            return people[-1].actor
        organisations = [mention for mention in inside if self.actors[mention.actor or 0].kind is not ActorKind.PLACE]
        if organisations:
            return organisations[-1].actor
        capitals = [mention for mention in inside if self.actors[mention.actor or 0].country is not None]
        if capitals:
            return self._government_of(self.actors[capitals[-1].actor or 0].country or "")
        vocabulary = lexicon()
        if len(words) == 1 and words[0] in vocabulary.person_pronouns:
            if previous_speaker is not None and self.actors[previous_speaker].kind is ActorKind.PERSON:
                return previous_speaker
            return self._last_actor_before(start, lambda actor: actor.kind is ActorKind.PERSON)
        if len(words) == 1 and words[0] in vocabulary.group_pronouns:
            if previous_speaker is not None and self.actors[previous_speaker].kind is not ActorKind.PERSON:
                return previous_speaker
            return self._last_actor_before(start, lambda actor: actor.kind not in (ActorKind.PERSON, ActorKind.PLACE))
        return self._description(words, start)

    def _government_of(self, country: str) -> int:
        """A capital that speaks ('Moscow said') speaks for its government."""
        key = f"government:{country}"
        for position, actor in enumerate(self.actors):
            if actor.key == key:
                return position
        name = f"Government of {country_registry().name_of(country)}"
        self.actors.append(LocalActor(key=key, name=name, kind=ActorKind.GOVERNMENT, country=country))
        return len(self.actors) - 1

    def _description(self, words: list[str], start: int) -> int | None:
        """'the Chinese leader', 'the former Russian president': match role and country."""
        vocabulary = lexicon()
        registry = country_registry()
        roles = {word for word in words if word in vocabulary.roles}
        countries = {
            found for word in words if (found := registry.country_of_demonym(word) or registry.country_of_name(word))
        }
        if not roles:
            return None

        def matches(actor: LocalActor) -> bool:
            if actor.kind is not ActorKind.PERSON:
                return False
            role_fits = (actor.role is not None and any(role in actor.role for role in roles)) or "leader" in roles
            country_fits = not countries or actor.country in countries
            return role_fits and country_fits

        return self._last_actor_before(start, matches)

    def _last_actor_before(self, position: int, accept: object) -> int | None:
        for mention in reversed(self.mentions):
            if (
                mention.start < position
                and mention.actor is not None
                and callable(accept)
                and accept(self.actors[mention.actor])
            ):
                return mention.actor
        return None
