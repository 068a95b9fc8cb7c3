"""An article's text as the analysis reads it: read from its parsed `Doc` once, not once per
reader, and parsed with plain spaces (`plain_spaced`).

spaCy builds `Doc.text` from every token each time it is read. The analysis reads an article's
text in every stage and, in the direct-quote test, once per candidate quotation (a few percent
of the analysis's time on news articles, more on long ones). Tokens never change the
characters they cover (merges and splits keep them), so the string is kept on the document.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_KEY = "newsgraph_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built on the first read and kept in `doc.user_data` for the later ones."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


# Spaces other than the plain one, which web pages put inside names ("Stu\u00a0Burguiere",
# "Mr.\u00a0Xi") and the tokenizer makes words of their own, so the recogniser reads a name cut in
# two as something else. Only such a space between two capitalised words is made plain: elsewhere
# pages use it to set items apart ("related stories:\u00a0muslim board rejects …\u00a0one dead in
# …"), which a plain space would run together into one sentence.
_SPACE_IN_A_NAME = re.compile(r"(?<=[A-Z])([\w.'\u2019-]*)[\u00a0\u2007\u2009\u200a\u202f\u205f](?=[A-Z])")


def plain_spaced(text: str) -> str:
    """`text` with a non-breaking or thin space between capitalised words made a plain one (same
    length, same offsets)."""
    return _SPACE_IN_A_NAME.sub(r"\1 ", text)
