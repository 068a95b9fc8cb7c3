"""Recognised entities that are not actors: words capitalised only by where they stand, datelines
read as organisations, photo credits.

The recogniser leans on capital letters, so a sentence that opens with "Slowly", "Politics" or
"Pinup" gives a person or an organisation, a wire dateline ("BEIRUT (AP) —") an organisation,
and a caption's credit ("AP Photo/Ron Schwane") another. Each test here looks at the article
itself, not at a list of names: a word the article also writes in lower case is a common word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_CREDIT = re.compile(r"\b(?:Photo|Photos|Image|Images|Getty|File)\s*/|/\s*(?:AP|AFP|Reuters|Getty)\b", re.IGNORECASE)
_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
_DATELINE_AFTER = _DATELINE_DASHES | {"("}


def is_credit(ent: Span) -> bool:
    """'AP Photo/Ron Schwane', 'Reuters/File': a caption's credit line."""
    return "/" in ent.text and bool(_CREDIT.search(ent.text))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec")  # fmt: skip
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
         "wed", "thu", "thur", "thurs", "fri", "sat", "sun")  # fmt: skip
_CALENDAR_WORDS = frozenset(_MONTHS + _DAYS)


def is_calendar_word(ent: Span) -> bool:
    """'DEC' in a diary line ('WEDNESDAY, DEC. 7 - EU leaders meet'), 'MONDAY': a month or a day
    in capitals that the recogniser took for an organisation ('May' in mixed case may be Theresa
    May, so only capitals count)."""
    word = ent.text.rstrip(".")
    return word.isupper() and word.lower() in _CALENDAR_WORDS


def is_wire_credit(ent: Span) -> bool:
    """'(Reuters)' in 'WASHINGTON (Reuters) - The SEC …': the agency that filed the story, in
    brackets before the dash of a dateline; it is no party to what the story tells."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].text == "("
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ")"
        and doc[ent.end + 1].text in _DATELINE_DASHES
    )


def is_dateline(ent: Span) -> bool:
    """'BEIRUT (AP) —', 'COLUMBUS, Ohio (AP) —', 'KYIV —', 'SYDNEY/MELBOURNE (Reuters) -': an
    all-capital place name that opens a line (or follows another one and a slash) and is followed
    by the agency or a dash."""
    doc = ent.doc
    if not ent.text.isupper() or len(ent.text) < 3:
        return False
    if not _opens_line(doc, ent.start):
        return False
    index = ent.end
    if index < len(doc) and doc[index].text == ",":  # 'COLUMBUS, Ohio (AP)'
        index += 2
    return index < len(doc) and doc[index].text in _DATELINE_AFTER


def _opens_line(doc: Doc, start: int) -> bool:
    """Whether the token at `start` opens a line, or follows an all-capital word opening one
    and a slash ('SYDNEY/ MELBOURNE')."""
    while start > 0:
        before = doc[start - 1].text
        if before.endswith("/") and before[:-1].isupper():  # 'SYDNEY/' is one token
            start -= 1
        elif before == "/" and start > 1 and doc[start - 2].text.isupper():
            start -= 2
        else:
            break
    return start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space


def is_common_word(ent: Span, names: set[str], text: str) -> bool:
    """A one-word entity at the start of a sentence that the article also writes in lower case
    ('Politics, like religion…' beside 'politics'), or an adverb there ('Slowly but surely'),
    unless it is a name of a person the article names in full (`names`: their words, folded).
    `text` is the article's text (`doc.text`, which spaCy rebuilds on every access)."""
    if len(ent) != 1 or not ent[0].is_sent_start or ent.text.isupper():
        return False
    word = ent.text
    if word.lower() in names:
        return False
    if word.endswith("ly") and len(word) > 4:
        return True
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None
