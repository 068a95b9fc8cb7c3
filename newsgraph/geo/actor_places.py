"""The country of each place an article names as an actor, from the gazetteer.

The NLP stage knows a place's country only when the name is a capital ("Taipei"); a state or a
province ("Iowa", "Bihar") came out without one, and a reader of the actor list could not tell
whose it was. This runs after the NLP stage and before the events, which carry an actor's
country into their parties.
"""

from __future__ import annotations

from newsgraph.geo.gazetteer import Gazetteer, gazetteer
from newsgraph.nlp.records import ActorKind, ArticleAnalysis

BIG_CITY = 100_000  # "Atlanta", "Chicago": a city that size is the one a name means, not a village

# Words that describe a part of some country rather than name one ("Southern District", "Central
# Region", "North Province"): the gazetteer may hold one region called so, but a text means its own.
GENERIC_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "middle", "district", "region", "province", "state", "county", "territory", "area", "zone", "division",
     "capital", "federal", "metropolitan", "city", "new", "old"}
)  # fmt: skip


def locate_place_actors(analysis: ArticleAnalysis, places: Gazetteer | None = None) -> None:
    """Give each place actor without a country the country of its name (`country_of_place`),
    read with the countries of the actors before it in the article; then, for those still
    without one, read with the countries of all its actors, and give a town the country the
    article names and the gazetteer has it in (`country_of_town`)."""
    places = places or gazetteer()
    named: set[str] = set()
    for actor in analysis.actors:
        if actor.kind is ActorKind.PLACE and actor.country is None:
            actor.country = country_of_place(actor.name, named, places)
        if actor.country:
            named.add(actor.country)
    for actor in analysis.actors:
        if actor.kind is ActorKind.PLACE and actor.country is None:
            actor.country = country_of_place(actor.name, named, places) or country_of_town(actor.name, named, places)


def country_of_place(name: str, named_countries: set[str], places: Gazetteer) -> str | None:
    """The country of a place the gazetteer knows by this name as a first- or second-level
    region (its own name or another it goes by: "Bavaria" is Bayern, "Baden-Württemberg"
    Baden-Wuerttemberg), or by this very name as a city of 100,000 people or more, when all such
    places lie in one country ("Iowa", "Fulton County", "Atlanta"), or when one of their countries is the only
    one of them the article has already given its actors (`named_countries`): "Maryland" after
    Pennsylvania is the American state, not the Liberian county. None otherwise ("Punjab" is
    Indian and Pakistani; the many small towns called California count for nothing). A name
    made only of descriptive words ("Southern District") is a region of a country the article
    has named, or of none: a US court's Southern District is not Israel's."""
    found = [place for place in places.candidates(name) if place.kind in ("region", "district")]
    found += [place for place in places.own_named(name, "city") if place.population >= BIG_CITY]
    countries = {place.country for place in found if place.country}
    if len(countries) > 1 or _descriptive(name):
        countries &= named_countries
    return countries.pop() if len(countries) == 1 else None


def country_of_town(name: str, named_countries: set[str], places: Gazetteer) -> str | None:
    """The country of a town or village the gazetteer holds under this very name, of any size,
    when the article names that country through its other actors and no town so called lies
    elsewhere among them: "Moonbi" in a story about New South Wales, "Mount Prospect" in one
    about Illinois. A small town alone is no evidence of a country (there are many), so it must
    agree with the rest of the article; a descriptive name ("Central Park") never counts."""
    if _descriptive(name):
        return None
    countries = {place.country for place in places.own_named(name, "city") if place.country}
    countries &= named_countries
    return countries.pop() if len(countries) == 1 else None


def _descriptive(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(word in GENERIC_PLACE_WORDS for word in words)
