"""The article's text kept on its parsed document: the same string as spaCy's, built once."""

from __future__ import annotations

import spacy

from newsgraph.nlp.doc_text import text_of


def test_the_kept_text_is_the_documents_text_and_survives_a_merge():
    nlp = spacy.blank("en")
    doc = nlp("Sen. Marco Rubio (R-Fla.) spoke  in Miami.\nThen he left.")
    first = text_of(doc)
    assert first == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert text_of(doc) is first
    assert text_of(doc) == doc.text


def test_each_document_keeps_its_own_text():
    nlp = spacy.blank("en")
    one, other = nlp("Kyiv was shelled."), nlp("Protesters marched in Lagos.")
    assert (text_of(one), text_of(other)) == (one.text, other.text)
