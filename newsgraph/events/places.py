"""Where an event happened: the most specific place its own sentence names.

The sentence's toponyms (`events.toponyms`) are sorted into the places an event may be at and
the areas the writer uses to say where those are: qualifiers ("Nijrab district, Kapisa",
"Goudoubo (Dori, Seno)") and any region or district the sentence names. A toponym that is the
event's actor ("attacks by Russia") is not its place, nor is a region or country without a
locative preposition before it. Among the rest the coder prefers those
after "in/at/near/outside", after the trigger, and of the most specific kind (town over region
over country).

Areas decide between same-named towns (the Muqur in Badghis, not the one in Ghazni) and let a
town the gazetteer spells differently be found inside them ("Puli Alam" is GeoNames' "Pul-e
‘Alam"). When the town itself is not in the gazetteer, the most specific area is the place: a
commune seat or a district is closer to an unlisted village than nothing at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from newsgraph.events.participants import clause_around
from newsgraph.events.records import EventActor, EventPlace, Span
from newsgraph.events.toponyms import Toponym
from newsgraph.geo.gazetteer import Gazetteer, Place, is_curated
from newsgraph.geo.resolve import WORLD_CITY, resolve_toponyms
from newsgraph.geo.shapes import distance_km
from newsgraph.geo.spelling import spelled_alike, written_key
from newsgraph.nlp.countries import country_registry

# "in northern Burkina Faso", "in the south-east of": a compass word between preposition and name
_PART = r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|downtown)\s+"
LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|on|over|of|from|to|towards|between|and)\s+(?:the\s+)?"
    rf"(?:{_PART})?$",
    re.IGNORECASE,
)
STRONG_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|area of|village of|town of|city of|outskirts of|vicinity of)"
    rf"\s+(?:the\s+)?(?:{_PART})?$",
    re.IGNORECASE,
)
BIG_CITY = 100_000  # a town known under several spellings (`_spelled_otherwise`)
KIND_SPECIFICITY = {"city": 3.0, "district": 2.0, "region": 1.5, "country": 1.0}
# How far from an area's point a town inside it may lie: a commune seat named in parentheses
# stands for its surroundings, a district or region for its whole extent.
AREA_RADIUS_KM = {"city": 40.0, "district": 80.0, "region": 300.0}
# Kinds a designator word allows: a "district" is often coded at its main town of that name.
KINDS_FOR = {
    "city": ("city",),
    "district": ("district", "city"),
    "region": ("region", "district"),
    "place": ("city", "district", "region"),
}


@dataclass(frozen=True, slots=True)
class _Area:
    toponym: Toponym
    place: Place


def event_place(
    toponyms: list[Toponym],
    trigger: Span,
    actors: list[EventActor | None],
    sentence_text: str,
    sentence_start: int,
    context: Counter[str],
    places: Gazetteer,
) -> EventPlace | None:
    """The place of an event from its sentence's toponyms, or None when it names none. An event
    known only by its province or district keeps that area as its place (precision: admin
    region) but is pinned at the area's seat, its largest town, as ACLED pins such events at
    the provincial or district capital: the middle of a province is rarely where anything happened."""
    found = _named_place(toponyms, trigger, actors, sentence_text, sentence_start, context, places)
    if found is None or found.place.kind not in ("region", "district") or is_curated(found.place):
        return found
    seat = places.seat(found.place)
    if seat is None:
        return found
    return EventPlace(found.name, found.span, replace(found.place, lat=seat[0], lon=seat[1]))


def _named_place(
    toponyms: list[Toponym],
    trigger: Span,
    actors: list[EventActor | None],
    sentence_text: str,
    sentence_start: int,
    context: Counter[str],
    places: Gazetteer,
) -> EventPlace | None:
    # a crowd the trigger implies carries the trigger's span ("gathered in Ouagadougou to protest"):
    # the place inside it is no actor
    actor_spans = [actor.span for actor in actors if actor is not None and actor.span != trigger]
    usable = [
        toponym
        for toponym in toponyms
        if not any(toponym.span.start < other.end and other.start < toponym.span.end for other in actor_spans)
        and not sentence_text[toponym.span.end - sentence_start :].startswith(("'s", "’s"))
    ]
    if not usable:
        return None
    resolved = _resolve(usable, context, places)
    areas, country = _areas(usable, resolved, context)
    resolved = _in_voted_country(usable, resolved, country, places)
    scored: list[tuple[float, int, Toponym, Place]] = []
    clause_start, clause_end = clause_around(sentence_text, trigger.start - sentence_start, OTHER_CLAUSE)
    for index, (toponym, place) in enumerate(zip(usable, resolved, strict=True)):
        if any(area.toponym is toponym for area in areas) and toponym.qualifier:
            continue  # a qualifier says where the place is; it is the place only as a last resort
        before = sentence_text[: toponym.span.start - sentence_start]
        strong = STRONG_LOCATIVE.search(before) is not None
        locative = 2.0 if strong else 1.0 if LOCATIVE.search(before) else 0.0
        located = _locate(toponym, place, [area for area in areas if area.toponym is not toponym], places, strong)
        if located is None:
            continue
        if not locative and located.kind != "city" and toponym.kind is None:
            continue  # "Russia" in "Russia's drones" or a list of countries is no event's place
        score = KIND_SPECIFICITY.get(located.kind, 1.0) + locative
        score += 2.0 if toponym.span.start >= trigger.end else 0.0  # "an attack on X in Y": the place follows
        if not clause_start <= toponym.span.start - sentence_start < clause_end:
            score -= 3.0  # "In Lahore, protesters blocked a road, while in Karachi …": Karachi is another clause's
        scored.append((score, -index, toponym, located))
    if scored:
        _score, _order, toponym, place = max(scored, key=lambda item: (item[0], item[1]))
        return EventPlace(toponym.name, toponym.span, place)
    fallback = _most_specific(areas)
    return EventPlace(fallback.toponym.name, fallback.toponym.span, fallback.place) if fallback else None


# Where one clause of a sentence ends and a contrasted one begins: "…, while in Karachi …".
OTHER_CLAUSE = re.compile(r";|,?\s+(?:while|whereas)\s", re.IGNORECASE)


def _resolve(toponyms: list[Toponym], context: Counter[str], places: Gazetteer) -> list[Place | None]:
    """Each toponym's place, all resolved together, of the kind its designator says; a
    qualifier the gazetteer spells otherwise ("…, Logar" is GeoNames' "Lowgar") is the admin
    area of that spelling that holds the town it qualifies."""
    continents = _continents_of(context)
    qualified = [index + 1 < len(toponyms) and bool(toponyms[index + 1].qualifier) for index in range(len(toponyms))]
    first_guess = [
        None if _far_alias(toponym, place, continents, qualified=is_qualified) else place
        for toponym, place, is_qualified in zip(
            toponyms,
            resolve_toponyms([toponym.name for toponym in toponyms], context, places),
            qualified,
            strict=True,
        )
    ]
    resolved = [
        _of_kind(toponym, place, places)
        if place is not None or toponym.kind is None or toponym.qualifier
        else _spelled_otherwise(toponym, context, places)
        for toponym, place in zip(toponyms, first_guess, strict=True)
    ]
    for index, toponym in enumerate(toponyms):
        if not toponym.qualifier:
            continue
        main = next((other for other in reversed(range(index)) if not toponyms[other].qualifier), None)
        town = resolved[main] if main is not None else None
        if town is not None and _foreign_alias(toponym, resolved[index], town):
            resolved[index] = None
        if resolved[index] is None:
            options = places.areas(toponym.name)
            if town is not None and not any(
                place.kind in ("region", "district") for place in places.candidates(toponym.name)
            ):
                # areas only spelled like it: one of the town's own country or of the article's
                options = [area for area in options if area.country == town.country or context.get(area.country or "")]
            resolved[index] = _pick_area(options, toponyms[main] if main is not None else None, context, places)
    return _qualifiers_in_one_country(toponyms, resolved, places)


def _qualifiers_in_one_country(
    toponyms: list[Toponym], resolved: list[Place | None], places: Gazetteer
) -> list[Place | None]:
    """The qualifiers of one town, read as areas of one country: "(Piliyandala, Colombo,
    Western)" is Sri Lanka's Colombo and Western Province, not a Brazilian Colombo beside it;
    "(Adjumani, Northern)" Uganda's Northern Region, not Ghana's. The country is the one where
    most of them, and the town they qualify, have a place of their name; on a tie, the widest
    one's (the last: a province). A qualifier moved into it is the namesake there that lies in
    another of the group's areas, else the largest."""
    result = list(resolved)
    groups: dict[int, list[int]] = {}
    main = -1
    for index, toponym in enumerate(toponyms):
        if toponym.qualifier:
            groups.setdefault(main, []).append(index)
        else:
            main = index
    for main, members in groups.items():
        countries = {place.country for place in (result[index] for index in members) if place is not None}
        if len(members) < 2 or len(countries) < 2:
            continue  # one qualifier: the town's namesakes abroad would outvote it ("El Alto (La Paz)")
        named = [*([main] if main >= 0 else []), *members]
        options = {index: _named_places(toponyms[index].name, places) for index in named}
        if main >= 0:  # the town votes only where a place has its very name ("Apaa" is no vote for Ghana's Apam)
            options[main] = [place for place in options[main] if _own_name(toponyms[main], place)]
        covered = Counter(country for index in named for country in {place.country for place in options[index]})
        widest_place = result[members[-1]]
        widest = widest_place.country if widest_place is not None else None
        standing = {country: (covered[country], widest == country) for country in covered}
        best = max(standing, key=standing.__getitem__)
        if sum(score == standing[best] for score in standing.values()) > 1:
            continue  # no country stands out: a pick among equals would follow the order of a set
        for index in members:
            current = result[index]
            if current is not None and current.country != best:
                bounds = [place for place in result if place is not None and place.country == best]
                there = [place for place in options[index] if place.country == best]
                result[index] = max(
                    there,
                    key=lambda place: (
                        any(_inside(place, bound, places) for bound in bounds),
                        place.kind != "city",
                        place.population,
                    ),
                    default=None,
                )
    return result


def _named_places(name: str, places: Gazetteer) -> list[Place]:
    """Every place a qualifier's name may mean: the gazetteer's of that name, and areas spelled like it."""
    found = {place.geonameid: place for place in [*places.candidates(name), *places.areas(name)]}
    return [place for place in found.values() if place.country]


def _spelled_otherwise(toponym: Toponym, context: Counter[str], places: Gazetteer) -> Place | None:
    """A place the writer calls a town or an area that the gazetteer has under another
    transliteration ("Ar-Raqqa city" is Ar Raqqah, "Al Hasakeh governorate" Al-Hasakah): one
    whose own name is spelled alike, of that kind, in a country the article is about; else an
    area of just that kind whose spellings all lie in one country, or a city big enough
    (`BIG_CITY`) that a variant spelling of it is likelier than a village the gazetteer lacks."""
    if toponym.kind not in ("city", "district", "region"):
        return None  # "Golka area": an area's name is too often a village's the gazetteer lacks
    kinds = KINDS_FOR[toponym.kind]
    options = [
        place
        for place in places.similar(toponym.name)
        if place.kind in kinds and spelled_alike(toponym.name, place.name)  # its own name, not an alias's
    ]

    def preferred(found: list[Place]) -> Place | None:
        if len({place.country for place in found}) != 1:
            return None
        return min(found, key=lambda place: (kinds.index(place.kind), -place.population))

    in_context = [place for place in options if context.get(place.country or "", 0) > 0]
    if in_context:
        return preferred(in_context)
    areas = [place for place in options if place.kind == toponym.kind]  # "Metina region" is no Brazilian district
    big = [place for place in options if place.kind == "city" and place.population >= BIG_CITY]
    return preferred(areas) or preferred(big)


def _foreign_alias(qualifier: Toponym, place: Place | None, town: Place) -> bool:
    """A qualifier read as a town that has its name only as an alias, in another country than
    the town it qualifies: "(Araba, Pais Vasco)" after Vitoria-Gasteiz is a Basque province the
    gazetteer lacks, not Arab, Alabama ("(Firenze, Toscana)" after a Florence square is Florence)."""
    if place is None or place.kind != "city":
        return False
    return place.country != town.country and not _own_name(qualifier, place)


def _continents_of(context: Counter[str]) -> set[str | None]:
    """The continents of the countries a text is about."""
    countries = country_registry().by_iso3
    return {countries[code].continent for code, weight in context.items() if weight > 0 and code in countries}


# A town this small is known beyond its region by its own country's news, hardly by another
# continent's: found in a text about no country of its continent, the name is more likely a
# building, a street or a firm ("the fire at Kappa - Marousi building" in Athens is no village
# of 850 in Côte d'Ivoire).
FAR_VILLAGE = 5_000


def _far_alias(toponym: Toponym, place: Place | None, continents: set[str | None], *, qualified: bool = False) -> bool:
    """A town found only under another of its names, or an unqualified village (`FAR_VILLAGE`)
    under its own, on another continent than every country the text is about (`continents`):
    "Pensa" in a note on JNIM is a Burkinabe village the gazetteer lacks, not Penza in Russia,
    which GeoNames also spells so ("Kiev" in a story about Russia is still Kyiv). No place beats
    a wrong one an ocean away. A village with its area after it ("Lead (South Dakota)") is read
    where the area is."""
    if not continents or place is None or place.kind != "city":
        return False
    if written_key(place.name) == written_key(toponym.name) and (place.population >= FAR_VILLAGE or qualified):
        return False
    return _continent(place.country) not in continents


def _of_kind(toponym: Toponym, place: Place | None, places: Gazetteer) -> Place | None:
    """The resolved place, or a same-named one of the kind the designator says ("Kharkiv
    region" is the oblast, "Balkh province" not Balkh town)."""
    wanted = toponym.kind or ("region" if toponym.qualifier else None)  # "…district, Balkh", "Djibo (Soum)"
    if wanted is None or (place is not None and place.kind in KINDS_FOR[wanted]):
        return place
    for kind in KINDS_FOR[wanted]:
        options = [option for option in places.candidates(toponym.name) if option.kind == kind]
        if not options and kind != "city" and place is not None:
            # "(Harib, Marib)": the province GeoNames spells "Ma'rib", where the town of that name lies
            options = [
                option
                for option in places.areas(toponym.name)
                if option.kind == kind and option.country == place.country
            ]
        if place is not None:
            options = [option for option in options if option.country == place.country] or options
        if options:
            return max(options, key=lambda option: option.population)
    return place if wanted != "city" else None


def _areas(
    toponyms: list[Toponym], resolved: list[Place | None], context: Counter[str]
) -> tuple[list[_Area], str | None]:
    """Qualifiers and named regions/districts, kept only in the country most of them and the
    article's countries agree on; and the country the sentence's qualifiers and towns alone
    agree on, when a qualifier is in it (else None): the article's countries are often its
    parties' ("Turkish warplanes struck PKK positions in Duhok"), not where it happened."""
    areas = [
        _Area(toponym, place)
        for toponym, place in zip(toponyms, resolved, strict=True)
        if place is not None
        and (
            toponym.qualifier == "("
            or (toponym.qualifier == "," and place.kind != "city")  # "Kyiv, Kharkiv and Odesa" is a list
            or (place.kind in ("district", "region") and place.country is not None)
        )
    ]
    votes: Counter[str] = Counter()  # in half votes
    named_where: Counter[str] = Counter()  # the qualifiers' and towns' votes only
    for area in areas:  # a province is a surer sign of the country than a town that may be a namesake
        if area.place.country:
            weight = 4 if area.place.kind in ("district", "region") else 2
            votes[area.place.country] += weight
            # a region named but not to say where a place is ("the annexation of Crimea") is no vote
            named_where[area.place.country] += weight if area.toponym.qualifier else 0
    # the sentence's other towns vote too, once each: in "Bari (Bari, Puglia)" the town is Italy's
    # Bari, whose province shares its name with a Somali region; a town found only under another
    # of its names ("Sango" as Tatsuno-kita) is a weaker sign than one of that very name
    in_areas = {id(area.toponym) for area in areas}
    for toponym, place in zip(toponyms, resolved, strict=True):
        if place is not None and place.kind == "city" and place.country and id(toponym) not in in_areas:
            weight = 2 if _own_name(toponym, place) else 1
            votes[place.country] += weight
            named_where[place.country] += weight
    by_places = _decisive(named_where)
    if by_places is not None and not any(area.toponym.qualifier and area.place.country == by_places for area in areas):
        by_places = None  # towns alone are too often namesakes ("the Moi tribe" is no Norwegian village)
    top = max((count for count in context.values() if count > 0), default=0)
    for country in sorted(country for country, count in context.items() if count == top and count > 0):
        votes[country] += 2 * top  # the article's main countries (all of a tie: JNIM's Mali, Burkina, Niger)
    if not votes:
        return areas, by_places
    winner = votes.most_common(1)[0][0]  # a tie goes to the first voted: areas in text order
    return [area for area in areas if area.place.country in (winner, None)], by_places


def _decisive(votes: Counter[str]) -> str | None:
    """The country the sentence's own places vote for, when one has more votes than any other."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _own_name(toponym: Toponym, place: Place) -> bool:
    return written_key(place.name) == written_key(toponym.name) or is_curated(place)


def _in_voted_country(
    toponyms: list[Toponym], resolved: list[Place | None], country: str | None, places: Gazetteer
) -> list[Place | None]:
    """Each town in the country the sentence's places agree on: a namesake there when the
    resolved town lies elsewhere ("Kita (Kita, Kayes)" is Mali's Kita); a town found elsewhere
    only under another of its names, with none of its name in that country, on another
    continent, is no place (as `_far_alias` rules for the article's countries). A town abroad of
    its own name stays (a protest in Sapporo against the coup in Myanmar is in Japan), as does
    one found under another spelling on the same continent ("Al Amadiya" is GeoNames' Al
    ‘Amādīyah)."""
    if country is None:
        return resolved
    continent = _continent(country)
    kept: list[Place | None] = []
    for toponym, place in zip(toponyms, resolved, strict=True):
        if place is None or place.kind != "city" or place.country in (None, country):
            kept.append(place)
            continue
        there = [option for option in places.candidates(toponym.name) if option.country == country]
        if there:
            kept.append(max(there, key=lambda option: (option.kind == "city", option.population)))
        elif not _own_name(toponym, place) and _continent(place.country) != continent:
            kept.append(None)
        else:
            kept.append(place)
    return kept


def _continent(country: str | None) -> str | None:
    found = country_registry().by_iso3.get(country or "")
    return found.continent if found else None


def _inside(place: Place, area: Place, places: Gazetteer) -> bool:
    """In the region its admin code says (a town of a large state lies far from the state's
    middle: Kalaburagi is 490 km from Karnataka's point), else within the area's reach and,
    when the area is in one country, in that country (a town across the border from a
    province's edge is not in the province)."""
    if area.country is not None and place.country != area.country:
        return False
    if area.kind == "region" and not is_curated(area) and (region := places.region_of(place)) is not None:
        return region == area.geonameid
    if area.kind not in AREA_RADIUS_KM:
        return True
    return distance_km(place.lat, place.lon, area.lat, area.lon) <= AREA_RADIUS_KM[area.kind]


def _locate(toponym: Toponym, place: Place | None, areas: list[_Area], places: Gazetteer, strong: bool) -> Place | None:
    """The toponym's place inside the areas the sentence gives: the resolved one if it lies
    there, else a same-named or similarly spelled town there. Only a qualifier can rule a place
    out ("Muqur district, Badghis" is not the Muqur in Ghazni; the area then stands in); a region
    merely named in the same sentence only chooses among same-named towns."""
    bounds = [area.place for area in areas]
    if not bounds or (place is not None and any(_inside(place, bound, places) for bound in bounds)):
        return place
    if place is None and toponym.kind is None and not strong:
        return None
    found = _found_inside(toponym, bounds, places)
    if found is not None:
        return found
    return None if any(area.toponym.qualifier for area in areas) else place


def _found_inside(toponym: Toponym, bounds: list[Place], places: Gazetteer) -> Place | None:
    """The largest place of the toponym's name, or of a similar spelling, inside the bounds. A
    world city's name is no misspelling of a town's ("Terrorist attacks in Paris and San
    Bernardino, Calif." is no Perris, California)."""
    spellings = [toponym.name, *([toponym.alias] if toponym.alias else [])]
    kinds = KINDS_FOR[toponym.kind] if toponym.kind else ("city",)
    world_city = any(
        option.population >= WORLD_CITY and _own_name(toponym, option) for option in places.candidates(toponym.name)
    )
    for lookup in (places.candidates,) if world_city else (places.candidates, places.similar):
        options = [
            option
            for spelling in spellings
            for option in lookup(spelling)
            if option.kind in kinds and any(_inside(option, bound, places) for bound in bounds)
        ]
        if options:  # the one nearest an area: two Dowlatabads may both lie within a province's reach
            return min(options, key=lambda option: (_distance_to(option, bounds), -option.population))
    return None


def _distance_to(place: Place, bounds: list[Place]) -> float:
    return min(distance_km(place.lat, place.lon, bound.lat, bound.lon) for bound in bounds)


def _pick_area(options: list[Place], main: Toponym | None, context: Counter[str], places: Gazetteer) -> Place | None:
    """Among same-spelled admin areas, the one that holds the town it qualifies, else the one in
    the article's countries, else the largest."""
    return max(
        options,
        key=lambda area: (
            main is not None and _found_inside(main, [area], places) is not None,
            context.get(area.country or "", 0),
            area.population,
        ),
        default=None,
    )


def _most_specific(areas: list[_Area]) -> _Area | None:
    """The narrowest area: a town qualifier (a commune seat), else a district, a region, a country."""
    if not areas:
        return None
    return max(areas, key=lambda area: (KIND_SPECIFICITY.get(area.place.kind, 0.0), -area.toponym.span.start))


# What sits in a country's capital: "in the capital", "the National Assembly", "the Ministry of
# Education", "the presidential palace". A provincial or regional capital ("Zorgho, the capital
# of Ganzourgou province") is not the country's.
CAPITAL_CUE = re.compile(
    r"\b(?:(?<!provincial )(?<!regional )(?<!state )(?<!district )(?P<capital>the capital)\b(?!\s+(?:of|city of)\b)"
    # an institution as the place of the event, not as its doer ("the Ministry of Defense has recruited")
    r"|(?:in|at|outside|inside|near|around|to|towards|in front of|before|from)\s+(?:the\s+)?"
    r"(?P<institution>national assembly|parliament|presidential palace|presidency|prime minister'?s office"
    r"|ministry (?:of|in charge of|for)|(?-i:[A-Z][a-z]+ Ministry))\b)",
    re.IGNORECASE,
)


def capital_place(sentence_text: str, sentence_start: int, country: str | None, places: Gazetteer) -> EventPlace | None:
    """The country's capital, for an event whose sentence names no place but says it happened in
    "the capital" or at a national institution (protests at the Education Ministry, a riot at
    the National Assembly): the capital is where those are, and a point there beats none."""
    cue = CAPITAL_CUE.search(sentence_text)
    known = country_registry().by_iso3.get(country or "")
    capital = known.capital if known is not None else None
    if cue is None or not capital:
        return None
    towns = [place for place in places.candidates(capital) if place.kind == "city" and place.country == country]
    if not towns:
        return None
    words = "capital" if cue.group("capital") else "institution"
    span = Span(sentence_start + cue.start(words), sentence_start + cue.end(words))
    return EventPlace(capital, span, max(towns, key=lambda place: place.population))
