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
    for start, end in _inline_headings(doc):
        doc[start].is_sent_start = True
        for token in doc[start + 1 : end]:
            token.is_sent_start = False
        doc[end].is_sent_start = True
    return doc


# A subheading run into the text when a page was flattened ("… in the region. REVIEW, REBUILD Nagai
# replaced Kenichi Watanabe"; "… stability.\" AID WOULD NOT END WITH EXIT An ECB working paper"): words
# in capitals after a sentence's end and before a capitalised word. Acronyms look the same, so it
# takes two capitalised words of three letters or more ("NYSE Group", "US Airways", "OPEC President"
# are one), or one word too long for an acronym ("ACQUISITIONS Pepsi").
CLOSING_QUOTES = frozenset({'"', "”"})
HEADING_LONG_WORD = 7
HEADING_SHORTEST_WORD = 3


def _inline_headings(doc: Doc) -> list[tuple[int, int]]:
    """(first word, first word after it) of each heading run into the text."""
    headings = []
    index = 1
    while index < len(doc):
        if doc[index - 1].text[-1:] not in SENTENCE_END and doc[index - 1].text not in CLOSING_QUOTES:
            index += 1
            continue
        end = index
        while end < len(doc) and (_capitals(doc[end]) or (doc[end].text == "," and end > index)):
            end += 1
        words = [token.text for token in doc[index:end] if _capitals(token)]
        long_words = [word for word in words if len(word) >= HEADING_SHORTEST_WORD]
        heading = len(long_words) >= 2 or any(len(word) >= HEADING_LONG_WORD for word in words)
        if heading and end < len(doc) and doc[end].is_title and doc[end - 1].whitespace_:
            headings.append((index, end))
        index = max(end, index + 1)
    return headings


def _capitals(token: Token) -> bool:
    letters = token.text.replace("&", "").replace("-", "").replace("'", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


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
