"""Direct quotes: found from the quotation marks, so a quote over several sentences stays one;
"“A,” he said, “B.”" is joined into one quote; short quoted phrases inside a sentence (the
"impartial" stance) are fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newsgraph.nlp.cues import (
    DASHES,
    LABEL_MAX_TOKENS,
    STOP_SPEAKER_WORDS,
    Attribution,
    attach,
    is_cue,
    sentence_start_of,
    sentence_subject,
    speaker_after_cue,
    speaker_before_cue,
    token_at_or_after,
    token_before,
    trim_speaker,
)
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.records import Quote, QuoteKind

# Opening mark, body (no paragraph break, no mark of the same kind), closing mark.
_QUOTE_PATTERNS = (
    re.compile(r"\u201c([^\u201c\u201d]*?)(?:\u201d|(?=\n\n)|$)"),
    re.compile(r"(?<![\w\"])\"([^\"\n]+?)\"(?!\w)"),
    re.compile(r"''(.+?)''"),
)

FRAGMENT_MAX_WORDS = 6

CUE_SEARCH_TOKENS = 12

SPLIT_QUOTE_MAX_GAP = 40

# Entity labels that can name who speaks before a colon.
_SPEAKER_LABELS = frozenset({"PERSON", "PER", "ORG"})

# Characters between an attributed quotation and the one that carries it on (' he said. ').
CONTINUATION_MAX_GAP = 80
# … unless they are the attribution sentence alone, which may describe its speaker at length.
ATTRIBUTION_MAX_CHARS = 240

# How far back and ahead an unclosed '<' counts as markup around a quotation mark.
MARKUP_MAX_CHARS = 300


def direct_quotes(doc: Doc, sentence_of_token: list[int]) -> Iterator[Quote]:
    text = text_of(doc)
    marks: list[tuple[int, int]] = []
    for pattern in _QUOTE_PATTERNS:
        for match in pattern.finditer(text):
            if _inside_markup(text, match.start()):
                continue  # '<tweet author="…">': an attribute's value, not a quotation
            if match.group(1).strip() and not any(s < match.end() and match.start() < e for s, e in marks):
                marks.append((match.start(), match.end()))
    marks.sort()
    index = 0
    while index < len(marks):
        start, end = marks[index]
        # After a quote that closes its own sentence ('…."'), the next words start a new sentence.
        closes_sentence = text[start:end].rstrip("\u201d\"' ").endswith(".")
        floor = max((e for s, e in marks[:index] if _is_quotation(text[s:e])), default=0)
        after = _signed(doc, end) if closes_sentence else _attribution_after(doc, end)
        attribution = after or _attribution_before(doc, start, floor)
        # "“A,” he said, “B.”" and the paragraphs that carry the quote on belong to one quote.
        while index + 1 < len(marks) and attribution is not None:
            next_start, next_end = marks[index + 1]
            if not _carries_on(doc, text, (start, end), (next_start, next_end), attribution):
                break
            end = next_end
            index += 1
        index += 1
        first_token = token_at_or_after(doc, start)
        sentence = sentence_of_token[first_token] if first_token < len(doc) else 0
        kind = _quote_kind(text, start, end, attribution is not None)
        quote = Quote(kind=kind, start=start, end=end, text=text[start:end], sentence=sentence)
        if attribution is not None and kind is QuoteKind.DIRECT:
            attach(quote, attribution)
        yield quote


def _inside_markup(text: str, position: int) -> bool:
    """Whether `position` lies inside an angle-bracket tag left in the text ('<tweet id="…">')."""
    opening = text.rfind("<", max(0, position - MARKUP_MAX_CHARS), position)
    if opening < 0 or text.rfind(">", opening, position) >= 0:
        return False
    closing = text.find(">", position, position + MARKUP_MAX_CHARS)
    return closing >= 0 and "<" not in text[position:closing]


def _carries_on(
    doc: Doc, text: str, quote: tuple[int, int], following: tuple[int, int], attribution: Attribution
) -> bool:
    """Whether the quotation at `following` continues the attributed quote at `quote`.

    '“A,” he said, “B.”' (split by its own attribution) and '“A,” he said. “B.”' or a next
    paragraph that opens with a quotation mark and names no other speaker: the same speaker
    goes on, as news writing marks it. `text` is the article's text (`text_of(doc)`).
    """
    (start, end), (next_start, next_end) = quote, following
    gap = text[end:next_start]
    cue_between = end <= attribution.cue.start_char < next_start
    attributed_to = end + len(gap.rstrip())  # the next paragraph may carry the quote on
    if len(gap) > CONTINUATION_MAX_GAP and not (cue_between and _one_sentence(doc, end, attributed_to)):
        return False  # a long gap only when it is the attribution alone ('…,” said X, a lawyer in … “B.”')
    # '“A,” he said, “B.”': only a short attribution and a comma between the two parts
    split = len(gap) <= SPLIT_QUOTE_MAX_GAP and "\n" not in gap and gap.rstrip().endswith(",")
    if cue_between and split and text[start:end].rstrip("\u201d\"' ").endswith(","):
        return True
    attribution_alone = cue_between and gap.rstrip().endswith((".", ":")) and _one_sentence(doc, end, attributed_to)
    if not (gap.strip() == "" or attribution_alone):
        return False
    if gap.strip() == "" and "\n" not in gap:
        return False  # '“A” “B”' on one line: two quotations side by side
    # the next quotation must not have its own attribution ('“B,” Clinton said.')
    return not (text[next_start:next_end].rstrip("\u201d\"' ").endswith(",") or _attribution_after(doc, next_end))


def _one_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between characters `start` and `end` is one sentence (or part of one)
    of at most ATTRIBUTION_MAX_CHARS characters, with no paragraph break."""
    if end - start > ATTRIBUTION_MAX_CHARS or "\n" in text_of(doc)[start:end]:
        return False
    first = token_at_or_after(doc, start)
    for token in doc[first + 1 :]:
        if token.idx >= end:
            break
        if token.is_sent_start:
            return False
    return True


def _is_quotation(quoted: str) -> bool:
    """Said words, not a quoted title ('NBC's “Today”' is no quotation to stop at): longer
    than a phrase, or closed by its own punctuation ('“We are winning,”')."""
    body = quoted.rstrip("\u201d\"' ")
    return len(quoted.split()) > FRAGMENT_MAX_WORDS or body.endswith((",", ".", "?", "!"))


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


def _signed(doc: Doc, quote_end: int) -> Attribution | None:
    """'“….” ― Martha Aguilar': a dash and a name after a quotation sign it, even one that
    closes its own sentence."""
    first = token_at_or_after(doc, quote_end)
    if not (first + 1 < len(doc) and doc[first].text in DASHES and doc[first + 1].is_title):
        return None
    end = first + 1
    while end < len(doc) and end - first <= LABEL_MAX_TOKENS and (doc[end].is_title or doc[end].text == "."):
        end += 1
    if end - first > 2 and doc[end - 1].text == ".":
        end -= 1
    after = doc[end] if end < len(doc) else None
    if after is not None and not (after.is_space or after.is_punct or after.is_sent_start):
        return None  # '“….” — The team then left': a sentence goes on, no signature
    return Attribution(doc[first : first + 1], doc[first + 1 : end])


def _attribution_after(doc: Doc, quote_end: int) -> Attribution | None:
    """'…,” he said.' / '…,” said Mr. Xi.' / '…,” the Chinese leader wrote on Monday.'"""
    signed = _signed(doc, quote_end)
    if signed is not None:
        return signed
    first = token_at_or_after(doc, quote_end)
    window = []
    for token in doc[first : first + CUE_SEARCH_TOKENS]:
        if token.text in ("\u201c", '"', "\n", "\n\n") or (token.is_sent_start and token.i != first):
            break
        window.append(token)
    for position, token in enumerate(window[:-1]):
        if token.lower_ == "according" and window[position + 1].lower_ == "to":
            speaker = speaker_after_cue(doc, token.i + 2)
            return Attribution(doc[token.i : token.i + 2], speaker)
    for position, token in enumerate(window):
        if not is_cue(token):
            continue
        before = [t for t in window[:position] if not t.is_punct]
        described = _described_name(doc, window[0].i, token.i)
        if described is not None:
            return Attribution(doc[token.i : token.i + 1], described)
        if any(t.is_punct for t in window[:position] if t.i > window[0].i) or any(
            t.lower_ in STOP_SPEAKER_WORDS for t in before
        ):
            return None
        if before:
            return Attribution(doc[token.i : token.i + 1], trim_speaker(doc[before[0].i : token.i]))
        after = speaker_after_cue(doc, token.i + 1)
        return Attribution(doc[token.i : token.i + 1], after)
    return None


def _described_name(doc: Doc, first: int, cue: int) -> Span | None:
    """'…,” Jeff Weaver, the campaign manager, said': a name, then what it is between commas,
    then the cue; the name speaks."""
    name = next((ent for ent in doc.ents if ent.start == first and ent.label_ in _SPEAKER_LABELS), None)
    if name is None or name.end >= cue - 2 or doc[name.end].text != "," or doc[cue - 1].text != ",":
        return None
    description = doc[name.end + 1 : cue - 1]
    return name if not any(token.is_punct and token.text != "'" for token in description) else None


def _attribution_before(doc: Doc, quote_start: int, floor: int = 0) -> Attribution | None:
    """'X said: “…”' / 'X told reporters, “…”' / 'According to X, “…”'. Nothing before
    character `floor` (the end of the quotation before) is read: its "say" is no cue of this
    one, and a name it quotes ("American") never speaks it."""
    last = token_before(doc, quote_start)
    if last == 0:
        return None
    sentence_start = sentence_start_of(doc, last - 1)
    if doc[last - 1].text == ":":
        named = next((ent for ent in doc.ents if ent.end == last - 1 and ent.label_ in _SPEAKER_LABELS), None)
        told = named is not None and named.start > 0 and is_cue(doc[named.start - 1])
        if named is not None and not told:  # 'More from Jones: “…”' / 'Cecile Richards: ‘…’'
            return Attribution(doc[last - 1 : last], named)  # but 'X told Fox News: “…”' is X's
    window = doc[max(sentence_start, last - CUE_SEARCH_TOKENS, token_at_or_after(doc, floor)) : last]
    for token in reversed(window):
        if is_cue(token):
            clause_start = max(sentence_start, token_at_or_after(doc, floor))
            speaker = (
                speaker_before_cue(doc, token.i, clause_start)
                or _speaker_of_earlier_cue(doc, token.i, clause_start)
                or sentence_subject(doc, clause_start, token.i)
            )
            return Attribution(doc[token.i : token.i + 1], speaker)
    return None


def _speaker_of_earlier_cue(doc: Doc, cue: int, clause_start: int) -> Span | None:
    """'Nefzi said, adding, “…”', 'she responded by saying, “…”': a participle speaks for the
    subject of the saying before it in the clause, not for the first name of the sentence."""
    if not doc[cue].lower_.endswith("ing"):
        return None
    earlier = next((token for token in reversed(doc[clause_start:cue]) if is_cue(token)), None)
    return speaker_before_cue(doc, earlier.i, clause_start) if earlier is not None else None
