"""A one-word "person" that the second recogniser reads as a place, after a preposition of place,
is a place (`entities._one_word_places`). The rule is tested on hand-made spans: which names the
recognisers get wrong changes with their versions, the rule does not.

Sentences are written in the styles of a Middle East war report and a European local report.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from newsgraph.nlp.entities import _one_word_places


def labels_after(text: str, persons: list[str], ontonotes: dict[str, str]) -> dict[str, str]:
    doc = spacy.blank("en")(text)
    spans = [Span(doc, token.i, token.i + 1, label="PERSON") for token in doc if token.text in persons]
    spans += [Span(doc, token.i, token.i + 2, label="PERSON") for token in doc if token.text == "Jesse"]
    other = {(span.start, span.end): ontonotes[span.text] for span in spans if span.text in ontonotes}
    return {span.text: span.label_ for span in _one_word_places(doc, spans, other)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters moved from Raqqa to Mosul overnight.", "Mosul"),  # a war report
        ("The bakery in Velten closed on Monday.", "Velten"),  # a local report
        ("Trains between Roermond and Landgraaf stopped.", "Landgraaf"),
    ],
)
def test_a_place_after_a_preposition_of_place_is_no_person(text, name):
    assert labels_after(text, [name], {name: "GPE"}) == {name: "GPE"}


@pytest.mark.parametrize(
    ("text", "name", "other_label"),
    [
        ("Duran told reporters he would fight on.", "Duran", "GPE"),  # no preposition: a person
        ("The bakery in Velten closed on Monday.", "Velten", "PERSON"),  # both read a person
        ("Reporters crowded around Jesse Jackson, then around Jackson again.", "Jackson", "GPE"),
    ],
)
def test_a_person_stays_a_person(text, name, other_label):
    assert labels_after(text, [name], {name: other_label})[name] == "PERSON"
