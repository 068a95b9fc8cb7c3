"""A place actor's country from the gazetteer: a state or province is in its country, and a
name regions of two countries bear is the one of a country the article already named."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a state or province is in its country (campaign copy, news_dev; Indian wire copy); a name
        # regions of two countries bear is the one of a country the article already named
        ("She campaigned in Iowa and Vermont before the primaries.", "Vermont", "USA"),
        ("Flooding hit Bihar on Monday, officials said.", "Bihar", "IND"),
        ("Clinton won in Pennsylvania, Maryland and Delaware.", "Maryland", "USA"),
        ("Pakistan said on Monday that flooding hit Punjab.", "Punjab", "PAK"),
        ("Flooding hit Punjab on Monday.", "Punjab", None),
        # a county and a city of its size (news_dev, a Georgia court story); a city two countries have
        ("It is hard to get a death sentence in Atlanta's Fulton County, where they are rare.", "Fulton County", "USA"),
        ("It is hard to get a death sentence in Atlanta's Fulton County, where they are rare.", "Atlanta", "USA"),
        ("Clashes erupted in Hyderabad on Monday.", "Hyderabad", None),
        # a region by another name than the gazetteer's own (German election copy, news_dev; Pakistani copy)
        ("State elections will be held in Baden-W\u00fcrttemberg on March 13.", "Baden-W\u00fcrttemberg", "DEU"),
        ("Flooding hit Sindh on Monday, officials said.", "Sindh", "PAK"),
    ],
)
def test_a_place_actor_is_in_the_country_of_the_region_of_its_name(text: str, place: str, country: str | None):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == place] == [country]
