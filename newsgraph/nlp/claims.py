"""Numeric claims: figures that a source states ("Ukraine's Foreign Intelligence Service says …
an estimated 180,000 soldiers"), with what is counted and who says so.

A claim is a number inside the content of an attributed quote or report; the source is that
quote's speaker. Numbers the article states in its own voice are not claims (they are facts of
the events stage).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.nlp.numbers import parse_number
from newsgraph.nlp.records import Claim, Quote, QuoteKind, Sentence

CLAIM_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
COUNTED_MAX_TOKENS = 4
_COUNTED_STOP = frozenset(
    {
        "which",
        "that",
        "who",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "to",
        "with",
        "were",
        "are",
        "was",
        "is",
        "have",
        "has",
        "had",
        "per",
        "and",
        "or",
        "but",
        "since",
        "during",
        "after",
        "before",
        "over",
        "across",
    }
)


def find_claims(doc: Doc, quotes: list[Quote], sentences: list[Sentence], sentence_of_token: list[int]) -> list[Claim]:
    claims: list[Claim] = []
    attributed = [quote for quote in quotes if quote.kind is not QuoteKind.FRAGMENT and quote.speaker_text]
    for ent in doc.ents:
        if ent.label_ not in CLAIM_LABELS:
            continue
        quote = next((q for q in attributed if q.start <= ent.start_char and ent.end_char <= q.end), None)
        if quote is None:
            continue
        value = parse_number(ent.text)
        if value is None or (ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
            continue  # "the two neighbours" refers, it does not count
        counted = _counted(ent)
        if not counted:
            continue
        sentence_index = sentence_of_token[ent.start]
        claims.append(
            Claim(
                value=value,
                value_text=ent.text,
                counted=counted,
                start=sentences[sentence_index].start,
                end=sentences[sentence_index].end,
                sentence=sentence_index,
                source_text=quote.speaker_text,
                source_actor=quote.speaker_actor,
            )
        )
    return claims


def _counted(ent: Span) -> str:
    """What the number counts: the words after it ('16 of 21 Iranian-made Shahed suicide drones')."""
    doc = ent.doc
    if ent.label_ == "PERCENT":
        return "percent"
    if ent.label_ == "MONEY":
        return "money"
    index = ent.end
    if index + 1 < len(doc) and doc[index].lower_ == "of" and doc[index + 1].like_num:
        index += 2  # "16 of 21 drones": both count drones
    words: list[str] = []
    while index < len(doc) and len(words) < COUNTED_MAX_TOKENS + 2:
        token = doc[index]
        if (token.is_punct and token.text != "-") or token.lower_ in _COUNTED_STOP or token.is_space:
            break
        if token.is_lower and token.text.endswith("ing") and len(token.text) > 5:
            break
        words.append(token.text_with_ws)
        index += 1
    phrase = "".join(words).strip()
    parts = phrase.split()
    return " ".join(parts[-COUNTED_MAX_TOKENS:]) if parts else ""
