"""A one-word "person" that the second recogniser reads as a place, after a preposition of place,
is a place (`entities._one_word_places`). The rule is tested on hand-made spans: which names the
recognisers get wrong changes with their versions, the rule does not.

Sentences are written in the styles of a Middle East war report and a European local report;
seas and straits cut at "of" (`entities._water_names_whole`) in those of naval, shipping, war and
weather copy.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from newsgraph.analysis.run import analyse_texts
from newsgraph.nlp.entities import _one_word_places, _water_names_whole


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


def water_names(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The spans `_water_names_whole` leaves, from hand-made spans (text, label) found in order."""
    doc = spacy.blank("en")(text)
    made = []
    for words, label in spans:
        size = len(words.split())
        start = next(
            token.i for token in doc if doc[token.i : token.i + size].text == words
        )  # the first place they are written
        made.append(Span(doc, start, start + size, label=label))
    return [(span.text, span.label_) for span in _water_names_whole(doc, made)]


@pytest.mark.parametrize(
    ("text", "spans", "whole"),
    [
        # a sea or a strait cut at "of" (Indian naval piracy copy; Gulf shipping wire copy)
        (
            "The warship foiled a piracy attempt in the Gulf of Aden on Thursday.",
            [("Gulf", "LOC"), ("Aden", "GPE")],
            [("Gulf of Aden", "LOC")],
        ),
        (
            "Iran threatened to close the Strait of Hormuz.",
            [("Strait", "LOC"), ("Hormuz", "LOC")],
            [("Strait of Hormuz", "LOC")],
        ),
        # read whole as an organisation (Ukraine war copy; an Indian weather report)
        ("Russian warships entered the Sea of Azov.", [("Sea of Azov", "ORG")], [("Sea of Azov", "LOC")]),
        ("The Bay of Bengal cyclone hit Odisha.", [("Bay of Bengal", "ORG")], [("Bay of Bengal", "LOC")]),
        # a bank or a university "of" a place stays what it is (British and US copy)
        ("The Bank of England raised rates.", [("Bank of England", "ORG")], [("Bank of England", "ORG")]),
        (
            "He studied at the University of Texas.",
            [("University", "ORG"), ("Texas", "GPE")],
            [("University", "ORG"), ("Texas", "GPE")],
        ),
    ],
)
def test_a_sea_or_a_strait_of_a_name_is_one_place(text, spans, whole):
    assert water_names(text, spans) == whole


def test_a_ship_in_the_gulf_of_aden_is_not_placed_in_papua_new_guinea():
    (analysed,) = analyse_texts([("g", "Pirates fired on a tanker in the Gulf of Aden on Thursday.")])
    places = {actor.name: actor.country for actor in analysed.nlp.actors if actor.kind.value == "place"}
    assert places == {"Gulf of Aden": None}
