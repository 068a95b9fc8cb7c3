"""Well-known persons get their country when the text gives none (`nlp/known_persons.py`)."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.nlp.known_persons import known_person
from newsgraph.nlp.names import parse_person_name
from newsgraph.nlp.records import ActorKind


def person_countries(text: str) -> dict[str, str | None]:
    (analysis,) = analyse_texts([("a", text)])
    return {actor.name: actor.country for actor in analysis.nlp.actors if actor.kind is ActorKind.PERSON}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # by surname and role: the seed's Kremlin story (NYT); by full name: campaign copy (news_dev),
        # Russian wire copy and Indian copy (written for the list)
        ("Zelensky was scheduled to meet with President Biden on Monday.", "Biden", "USA"),
        ("Clinton told reporters she would win, as Hillary Clinton said in Iowa.", "Hillary Clinton", "USA"),
        ("Sergei Lavrov said the talks in Geneva had achieved nothing.", "Sergei Lavrov", "RUS"),
        ("Narendra Modi inaugurated the bridge on Sunday.", "Narendra Modi", "IND"),
        (
            "Amid anger at the Government of Prime Minister Costas Karamanlis, riots went on.",
            "Costas Karamanlis",
            "GRC",
        ),
        # a surname that names one person in news: the seed's "Mr. Xi" and "Mr. Putin" (NYT), Israeli copy
        ("Mr. Xi met Mr. Putin in Moscow.", "Xi", "CHN"),
        ("Mr. Xi met Mr. Putin in Moscow.", "Putin", "RUS"),
        ("Netanyahu said the war would go on.", "Netanyahu", "ISR"),
    ],
)
def test_a_well_known_person_gets_the_country_a_reader_knows(text, person, country):
    assert person_countries(text).get(person) == country


@pytest.mark.parametrize(
    "text",
    [
        # a surname alone says nothing unless it names one person in news, nor does a surname two
        # listed persons held the role with
        "Clinton told reporters she would win.",
        "Warren said the bill would pass.",
        "President Bush signed the bill in Texas.",
    ],
)
def test_a_surname_without_a_fitting_role_gets_no_country(text):
    countries = person_countries(text)
    assert countries and all(country is None for country in countries.values())


def test_the_texts_country_wins_over_the_list():
    # a namesake of a listed US governor whom the text places in Australia by his title
    countries = person_countries("Australian Senator Scott Walker said the frost ruined the crop.")
    assert countries == {"Scott Walker": "AUS"}


def test_spelling_variants_and_former_roles_find_the_person():
    zelenskyy = parse_person_name("Volodymyr Zelenskyy")
    assert zelenskyy is not None and known_person(zelenskyy.first_key, zelenskyy.surname_key, None) is not None
    merkel = parse_person_name("Merkel")
    assert merkel is not None
    found = known_person(None, merkel.surname_key, "former chancellor")
    assert found is not None and found.country == "DEU"
