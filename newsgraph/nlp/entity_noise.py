"""Recognised entities that are not actors: words capitalised only by where they stand, datelines
read as organisations, photo credits.

The recogniser leans on capital letters, so a sentence that opens with "Slowly", "Politics" or
"Pinup" gives a person or an organisation, a wire dateline ("BEIRUT (AP) —") an organisation,
and a caption's credit ("AP Photo/Ron Schwane") another. Each test here looks at the article
itself, not at a list of names: a word the article also writes in lower case is a common word.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_CREDIT = re.compile(r"\b(?:Photo|Photos|Image|Images|Getty|File)\s*/|/\s*(?:AP|AFP|Reuters|Getty)\b", re.IGNORECASE)
_DATELINE_AFTER = frozenset({"(", "\u2014", "\u2013", "-", "--"})


def is_credit(ent: Span) -> bool:
    """'AP Photo/Ron Schwane', 'Reuters/File': a caption's credit line."""
    return "/" in ent.text and bool(_CREDIT.search(ent.text))


def is_dateline(ent: Span) -> bool:
    """'BEIRUT (AP) —', 'COLUMBUS, Ohio (AP) —', 'KYIV —': an all-capital place name that opens a
    line and is followed by the agency or a dash."""
    doc = ent.doc
    if not ent.text.isupper() or len(ent.text) < 3:
        return False
    opens_line = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
    if not opens_line:
        return False
    index = ent.end
    if index < len(doc) and doc[index].text == ",":  # 'COLUMBUS, Ohio (AP)'
        index += 2
    return index < len(doc) and doc[index].text in _DATELINE_AFTER


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
