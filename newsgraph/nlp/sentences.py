"""A paragraph break always ends a sentence, and neither a lowercase word after no full stop
nor the rest of a hyphenated word ("No-one was injured" was cut after "No") starts one.

The statistical segmenter sometimes runs a sentence across a line break (headlines, datelines,
"11:15 a.m." live-blog stamps); clean article text has one paragraph per line, so a line break
is a sentence boundary the model must not overrule. It also cuts after a bracket or a dash
("killed a civilian [a child] | and wounded three others in Aribinda"), which strands the
second half of a clause, with its place, away from the event its first half reports.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


@Language.component("newsgraph_paragraph_sentences", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def paragraph_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ((previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_):
            token.is_sent_start = True
        elif token.is_sent_start and (_continues(token, previous) or _inside_a_word(doc, token.i)):
            token.is_sent_start = False
    return doc


def _continues(token: Token, previous: Token) -> bool:
    """A lowercase word after no full stop: the same sentence goes on ("[a child] and wounded")."""
    return token.text[:1].islower() and previous.text[-1:] not in SENTENCE_END


def _inside_a_word(doc: Doc, index: int) -> bool:
    """Whether the token at `index` continues a hyphenated word with no space either side: the
    hyphen of "No-one" or the word after it."""
    token, previous = doc[index], doc[index - 1]
    if previous.whitespace_:
        return False
    if token.text in HYPHENS:
        return previous.is_alpha and not token.whitespace_
    return previous.text in HYPHENS and index >= 2 and not doc[index - 2].whitespace_ and doc[index - 2].is_alpha
