"""A paragraph break always ends a sentence, and a lowercase word after no full stop never
starts one.

The statistical segmenter sometimes runs a sentence across a line break (headlines, datelines,
"11:15 a.m." live-blog stamps); clean article text has one paragraph per line, so a line break
is a sentence boundary the model must not overrule. It also cuts after a bracket or a dash
("killed a civilian [a child] | and wounded three others in Aribinda"), which strands the
second half of a clause, with its place, away from the event its first half reports.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})


@Language.component("newsgraph_paragraph_sentences", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def paragraph_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ((previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_):
            token.is_sent_start = True
        elif token.is_sent_start and token.text[:1].islower() and previous.text[-1:] not in SENTENCE_END:
            token.is_sent_start = False
    return doc
