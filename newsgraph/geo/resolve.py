"""Pick the place a toponym means, in the context of its document.

Score = population prior (log scale) + document context (countries the article names, and the
countries of its other toponyms) + exact-name match. A name that is a country's name is that
country — never a same-named suburb or building (the classic "USA" → a street in Concord, NC
failure) — and upper-case ISO codes ("USA", "UK") are read as countries.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from newsgraph.geo.gazetteer import Gazetteer, Place, gazetteer
from newsgraph.nlp.countries import country_registry, fold

CONTEXT_WEIGHT = 1.5
EXACT_NAME_BONUS = 1.0
COUNTRY_NAME_BONUS = 100.0
REGION_PRIOR = {"region": 4.0, "district": 3.0}  # plus half the log of their town count
MAX_CODE_LENGTH = 3


def country_code_place(text: str, places: Gazetteer) -> Place | None:
    """'USA', 'UK', 'RUS': upper-case codes as countries."""
    if not (text.isupper() and 2 <= len(text.replace(".", "")) <= MAX_CODE_LENGTH):
        return None
    registry = country_registry()
    iso3 = registry.names.get(fold(text)) or (text if text in registry.by_iso3 else None)
    if iso3 is None:
        return None
    return next((place for place in places.candidates(registry.name_of(iso3)) if place.kind == "country"), None)


def resolve_toponyms(
    names: Iterable[str], context_countries: Counter[str], places: Gazetteer | None = None
) -> list[Place | None]:
    """The place each name most likely means, all names of one document resolved together."""
    places = places or gazetteer()
    names = list(names)
    candidates = [places.candidates(name) for name in names]
    context: dict[str, float] = {country: float(count) for country, count in context_countries.items()}
    for options in candidates:  # a second opinion: what the other toponyms most likely are
        if options:
            best = max(options, key=lambda place: place.population)
            if best.country:
                context[best.country] = context.get(best.country, 0.0) + 0.5
    return [
        country_code_place(name, places) or _best(name, options, context)
        for name, options in zip(names, candidates, strict=True)
    ]


def _best(name: str, options: list[Place], context: dict[str, float]) -> Place | None:
    if not options:
        return None
    registry = country_registry()
    key = fold(name)
    is_country_name = key in registry.names

    def score(place: Place) -> float:
        # Regions carry no population; a prior plus their size in towns ranks a region above
        # small towns of the same name ("Texas" the state, "Alberta") but below big cities
        # ("New York", "Washington").
        if place.kind in REGION_PRIOR:
            value = REGION_PRIOR[place.kind] + 0.5 * math.log10(place.population + 1)
        else:
            value = math.log10(place.population + 10)
        value += CONTEXT_WEIGHT * min(context.get(place.country or "", 0), 2)
        value += EXACT_NAME_BONUS if fold(place.name) == key else 0.0
        if is_country_name and place.kind == "country" and place.country == registry.names[key]:
            value += COUNTRY_NAME_BONUS
        return value

    return max(options, key=score)
