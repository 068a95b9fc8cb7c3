"""Pick the place a toponym means, in the context of its document.

Score = population prior (log scale) + document context (countries the article names, and the
countries of its other toponyms) + exact-name match. A name that is a country's name is that
country — never a same-named suburb or building (the classic "USA" → a street in Concord, NC
failure) — and upper-case ISO codes ("USA", "UK") are read as countries.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from newsgraph.geo.gazetteer import Gazetteer, Place, gazetteer, is_curated
from newsgraph.geo.spelling import written_key
from newsgraph.nlp.countries import country_registry, fold

CONTEXT_WEIGHT = 1.5
MENTION_VOTE = 0.5  # what one mention of a toponym adds to its largest namesake's country
NAMESAKE_VOTE = 0.25  # what a name adds, shared over its namesakes' countries
EXACT_NAME_BONUS = 1.0
# A town whose own name is the one written beats one that only has it among its other names
# (another language's, a former one) unless that one is some 30 times larger: an English text
# that writes "Valence" means the French town of 64,000, not Valencia, whose French name it is,
# and "Fredericia" the Danish town, not João Pessoa, once Frederica (at a factor of 10 both fell
# to the alias). A region gains as much, except over a world city (`WORLD_CITY`) of its name:
# "New York" stays the city, which GeoNames calls "New York City", before the state.
OWN_NAME_EXTRA = 0.5
COUNTRY_NAME_BONUS = 100.0
REGION_PRIOR = {"region": 4.0, "district": 3.0}  # plus half the log of their town count
MAX_CODE_LENGTH = 3
# A name this short that a place has only as an alternate name is more often another place's
# own name ("Po" is Pô, not one of the aliases of Bozhou, a city of a million): its exact
# bearers gain more.
SHORT_NAME_LENGTH = 3
SHORT_EXACT_BONUS = 2.0
MAX_ACRONYM_LENGTH = 5
ABBREVIATED_CITY = 1_000_000  # a city big enough to be known by its initials
# A national capital of a million is the one news means by its name over a namesake a hundred
# times smaller, whatever country the article is about ("NATO headquarters in Brussels" in a
# story written for Americans is no Wisconsin village of 1,110); a namesake city of its own
# weight still wins on context ("Tripoli" beside "Lebanese" is Lebanon's, 230,000 people), and a
# qualifier is read where it is written ("Brussels, Wisconsin"). Other big cities get no such
# precedence ("Birmingham" in a story about Alabama).
WORLD_CITY = 1_000_000
CAPITAL_OVER_VILLAGE = 100
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az|adh|ath)[- ](?=\w)")


def country_code_place(text: str, places: Gazetteer) -> Place | None:
    """'USA', 'UK', 'RUS': upper-case codes as countries."""
    if not (text.isupper() and 2 <= len(text.replace(".", "")) <= MAX_CODE_LENGTH):
        return None
    registry = country_registry()
    iso3 = registry.names.get(fold(text)) or (text if text in registry.by_iso3 else None)
    if iso3 is None:
        return None
    return _country_place(iso3, places)


def _country_place(iso3: str, places: Gazetteer) -> Place | None:
    """The gazetteer's place for the country itself, found by its registry name."""
    return next(
        (place for place in places.candidates(country_registry().name_of(iso3)) if place.kind == "country"), None
    )


def _country_by_another_name(name: str, options: list[Place], places: Gazetteer) -> Place | None:
    """The country the registry names so when the gazetteer gives the name to no country: a
    former name ("Upper Volta", Burkina Faso until 1984) that GeoNames keeps, if at all, for
    other places."""
    registry = country_registry()
    iso3 = registry.names.get(fold(name))
    if iso3 is None or any(place.kind == "country" and place.country == iso3 for place in options):
        return None
    return _country_place(iso3, places)


def resolve_toponyms(
    names: Iterable[str], context_countries: Counter[str], places: Gazetteer | None = None
) -> list[Place | None]:
    """The place each name most likely means, all names of one document resolved together:
    the countries the document names, plus a second opinion from every toponym mention (the
    country of its most populous namesake; a world city named three times outweighs a
    namesake in the article's country, "London" in a story about Canada). A name's own single
    mention is no evidence for itself: it would add the population prior a second time, and
    "Pama" alone would be Parma, Ohio rather than the Burkinabe town of that exact name."""
    places = places or gazetteer()
    registry = country_registry()
    names = list(names)
    mentions = Counter(names)
    candidates = {
        name: _as_written(name, places.candidates(name)) or _head_candidates(name, places) for name in mentions
    }
    shared: dict[str, float] = {country: float(count) for country, count in context_countries.items()}
    largest = {
        name: max(options, key=lambda place: place.population, default=None) for name, options in candidates.items()
    }
    for name, best in largest.items():
        if best is not None and best.country:
            shared[best.country] = shared.get(best.country, 0.0) + MENTION_VOTE * mentions[name]
    possible = {name: _country_shares(options) for name, options in candidates.items()}
    for shares in possible.values():
        for country, share in shares.items():
            shared[country] = shared.get(country, 0.0) + share
    resolved: dict[str, Place | None] = {}
    for name, options in candidates.items():
        context = dict(shared)
        for country, share in possible[name].items():  # a name is no evidence for its own namesakes
            context[country] -= share
        best = largest[name]
        named_country = registry.names.get(fold(name))
        if named_country in context:  # a country name's own mentions are no evidence for itself
            context[named_country] -= 1.5 * mentions[name]
        elif best is not None and best.country:  # nor is any name's single mention
            context[best.country] -= MENTION_VOTE
        resolved[name] = (
            country_code_place(name, places)
            or _country_by_another_name(name, options, places)
            or _best(name, options, context)
        )
    return [resolved[name] for name in names]


def _country_shares(options: list[Place]) -> dict[str, float]:
    """What a name says of the countries its document is about: a share of `NAMESAKE_VOTE` for
    each country it has a namesake in ("Toro" is a town in Spain and in Colombia; beside "Zamora",
    a Spanish province and a Mexican city, Spain has two names' votes and wins)."""
    countries = {place.country for place in options if place.country}
    return {country: NAMESAKE_VOTE / len(countries) for country in countries}


def _as_written(name: str, options: list[Place]) -> list[Place]:
    """The places an upper-case short name can mean: those it is the own name of, countries and
    regions it abbreviates ("UP", "NSW"), and big cities ("LA", "NYC"). GeoNames lists many
    codes as aliases of small towns, and such a name in news is mostly an organisation's: "at
    the CGT office" is no Mauritanian Chinguetti, "students at FSU" no Fort Sumner."""
    if not (name.isupper() and len(name) <= MAX_ACRONYM_LENGTH):
        return options
    return [
        place
        for place in options
        if written_key(place.name) == written_key(name)
        or place.population >= ABBREVIATED_CITY
        or place.kind in ("country", "region")
    ]


# Words around a place's own name that make a part or a feature of it: "North Dallas", "Western
# Sydney", "Salinas Valley", "Seoul City Hall". When the whole name is unknown, the place it is
# part of is the best point left (within a few tens of kilometres of the feature).
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|downtown|inner)"
    r"(?:[- ](?:east|west|eastern|western))?\s+",
    re.IGNORECASE,
)
_FEATURE = re.compile(
    r"\s+(?:valley|mountains?|delta|basin|river|city hall|airport|international airport|university|hospital"
    r"|stadium|square|station|port|harbou?r|bay|coast|peninsula|county|city|region|area|suburbs?|metro|downtown)$",
    re.IGNORECASE,
)


def _head_candidates(name: str, places: Gazetteer) -> list[Place]:
    """The places of the name within an unknown name ("North Dallas" → Dallas), towns and
    regions only, and only those whose own name it is: a country is never a feature's
    stand-in, nor is a town that GeoNames merely also spells so ("Market Square" is no square
    of Marquette, whose aliases include "Market")."""
    head = _FEATURE.sub("", _DIRECTION.sub("", name.strip()))
    if head == name.strip() or len(head) < 3:
        return []
    return [
        place
        for place in places.candidates(head)
        if place.kind != "country" and written_key(place.name) == written_key(head)
    ]


def _best(name: str, options: list[Place], context: dict[str, float]) -> Place | None:
    if not options:
        return None
    registry = country_registry()
    key = fold(name)
    named_country = registry.names.get(key)
    if named_country is not None and _region_reading(options, named_country, context):
        named_country = None  # "Georgia" among Atlanta and Texas is the state

    world_city_named = any(place.kind == "city" and place.population >= WORLD_CITY for place in options)

    def score(place: Place) -> float:
        # Regions carry no population; a prior plus their size in towns ranks a region above
        # small towns of the same name ("Texas" the state, "Alberta") but below big cities
        # ("New York", "Washington").
        if place.kind in REGION_PRIOR:
            value = REGION_PRIOR[place.kind] + 0.5 * math.log10(place.population + 1)
        else:
            value = math.log10(place.population + 10)
        value += CONTEXT_WEIGHT * min(context.get(place.country or "", 0), 2)
        # a curated place's every name is its own ("Pacific" is the ocean's, not an alias of it)
        if _without_article(written_key(place.name)) == _without_article(written_key(name)) or is_curated(place):
            value += EXACT_NAME_BONUS + (SHORT_EXACT_BONUS if len(key) <= SHORT_NAME_LENGTH else 0.0)
            value += OWN_NAME_EXTRA if place.kind != "region" or not world_city_named else 0.0
        if named_country is not None and place.kind == "country" and place.country == named_country:
            value += COUNTRY_NAME_BONUS
        return value

    best = max(options, key=score)
    capital = next(
        (
            place
            for place in options
            if place.kind == "city"
            and place.population >= WORLD_CITY
            and registry.country_of_capital(place.name) == place.country
        ),
        None,
    )
    if capital is not None and best.kind == "city" and best.population * CAPITAL_OVER_VILLAGE < capital.population:
        return capital
    return best


def _without_article(key: str) -> str:
    """A folded name without a leading Arabic article: news writes "Kut" and "Ramadi" for
    GeoNames' "Al-Kut" and "Ar Ramadi", whose exact bearers they are (not a Ukrainian hamlet
    called Kut)."""
    return ARABIC_ARTICLE.sub("", key)


def _region_reading(options: list[Place], named_country: str, context: dict[str, float]) -> bool:
    """A country's name is the country, unless it is also a region of another country that the
    document's other places are in, while nothing else in it points to the named country."""
    if context.get(named_country, 0.0) > 0:
        return False
    return any(
        place.kind == "region" and place.country not in (None, named_country) and context.get(place.country, 0.0) >= 2
        for place in options
    )
