"""An article's text read from its parsed `Doc` once, not once per reader.

spaCy builds `Doc.text` from every token each time it is read. The analysis reads an article's
text in every stage and, in the direct-quote test, once per candidate quotation (a few percent
of the analysis's time on news articles, more on long ones). Tokens never change the
characters they cover (merges and splits keep them), so the string is kept on the document.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsgraph_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built on the first read and kept in `doc.user_data` for the later ones."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text
