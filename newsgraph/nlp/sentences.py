"""A paragraph break always ends a sentence.

The statistical segmenter sometimes runs a sentence across a line break (headlines, datelines,
"11:15 a.m." live-blog stamps); clean article text has one paragraph per line, so a line break
is a sentence boundary the model must not overrule.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraph_sentences", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def paragraph_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ((previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_):
            token.is_sent_start = True
    return doc
