"""The country of each place an article names as an actor, from the gazetteer; and, from the
same gazetteer, the country of an organisation named after a place, and the kind of a region the
recogniser read as a person or a country.

The NLP stage knows a place's country only when the name is a capital ("Taipei"); a state or a
province ("Iowa", "Bihar") came out without one, and a reader of the actor list could not tell
whose it was. This runs after the NLP stage and before the events, which carry an actor's
country into their parties.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from newsgraph.geo.gazetteer import Gazetteer, gazetteer
from newsgraph.nlp.actors import REGIONAL_ROLES, bare_role
from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.records import ActorKind, ArticleAnalysis, LocalActor

BIG_CITY = 100_000  # "Atlanta", "Chicago": a city that size is the one a name means, not a village
MILLION_CITY = 1_000_000  # "Dubai", "Sydney", "Boston" is not one (its metro is): smaller names recur abroad
NAMED_FOR_A_CITY = frozenset({ActorKind.ORGANISATION, ActorKind.GOVERNMENT})
MIN_PLACES_OF_THE_REGION_COUNTRY = 2
MISREAD_TOWN_KINDS = (ActorKind.PERSON, ActorKind.ORGANISATION)  # what the recogniser takes a town for
MIN_STATE_BODY_WORDS = 3  # "Iowa Republican Party"; two words are often a region's own name

# Words that describe a part of some country rather than name one ("Southern District", "Central
# Region", "North Province"): the gazetteer may hold one region called so, but a text means its own.
GENERIC_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
     "southwestern",
     "middle", "district", "region", "province", "state", "county", "territory", "area", "zone", "division",
     "capital", "federal", "metropolitan", "city", "new", "old"}
)  # fmt: skip


def _people_named(analysis: ArticleAnalysis) -> set[str]:
    """The words of the article's people's full names: "Cruz" of "Cruz spokeswoman Catherine
    Frazier" is the candidate she speaks for, not Cruz in Brazil."""
    return {
        word
        for actor in analysis.actors
        if actor.kind is ActorKind.PERSON and " " in actor.name
        for word in actor.name.split()
    }


def locate_place_actors(analysis: ArticleAnalysis, places: Gazetteer | None = None, *, text: str = "") -> None:
    """Give each place actor without a country the country of its name (`country_of_place`),
    read with the countries of the actors before it in the article; then, for those still
    without one, read with the countries of all its actors, and give a town the country the
    article names and the gazetteer has it in (`country_of_town`). Before that, a region the
    recogniser read as a person or an organisation becomes a place, and so, with the article's
    `text`, does a 'person' written as a town before its region ("out of Troy, Michigan"). After
    it, a person whose title names a region or a big city ("Texas Gov.", "Bihar Chief Minister")
    gets that place's country, an organisation named after a big city or a state gets that
    place's country when the article names no other one (`country_of_city_in_name`), and a
    country's name among another country's places becomes that country's region ("Georgia"
    among Texas and Ohio)."""
    places = places or gazetteer()
    for actor in analysis.actors:
        if actor.kind is ActorKind.PERSON and _region_named_as_a_person(actor, places):
            _make_place(actor, f"'{actor.name}' is a region's name, never shortened to a surname")
        elif actor.kind is ActorKind.ORGANISATION and _region_named_as_a_body(actor, places):
            _make_place(actor, f"'{actor.name}' is only a region's name")
        elif actor.kind is ActorKind.ORGANISATION and _part_named(actor.name, places) is not None:
            _make_place(actor, f"'{actor.name}' is a part of a region or a country")
    if text:
        _towns_before_their_regions(analysis, text, places)
        _places_before_their_countries(analysis, text, places)
        _employers_read_as_places(analysis, text, places)
    named: set[str] = set()
    for actor in analysis.actors:
        if actor.kind is ActorKind.PLACE and actor.country is None:
            actor.country = (
                country_of_place(actor.name, named, places)
                or country_of_its_section(actor.name)
                or country_of_its_part(actor.name, named, places)
            )
        if actor.country:
            named.add(actor.country)
    for actor in analysis.actors:
        if actor.kind is ActorKind.PLACE and actor.country is None:
            actor.country = (
                country_of_place(actor.name, named, places)
                or country_of_town(actor.name, named, places)
                or country_of_dominant_city(actor.name, named, places)
            )
    placed = {actor.name: actor.country for actor in analysis.actors if actor.kind is ActorKind.PLACE and actor.country}
    people = _people_named(analysis)
    for actor in analysis.actors:
        if (
            actor.kind is ActorKind.PERSON
            and actor.country is None
            and actor.role_place
            and actor.role_place not in people
        ):
            actor.country = (
                placed.get(actor.role_place)  # "Saint Petersburg (Florida) … Saint Petersburg Mayor Ken Welch"
                or country_of_place(actor.role_place, named, places)
                or country_registry().country_of_name(actor.role_place)  # "Sen. … of Kenya"
            )
            if actor.country:
                actor.evidence.append(f"'{actor.role_place}' of the title is in {actor.country}")
    if text:
        _residents_of_places(analysis, text)
    for actor in analysis.actors:
        if actor.kind in NAMED_FOR_A_CITY and actor.country is not None:
            elsewhere = _place_opening_a_national_name(actor, places)
            if elsewhere is not None:
                actor.evidence.append(f"'{actor.name}' opens with a place of {elsewhere}, not a nation's name")
                actor.country = elsewhere
        if actor.kind in NAMED_FOR_A_CITY and actor.country is None:
            found = country_of_city_in_name(actor.name, places)
            if found in named or not named:  # "San Antonio Cross" in a Guatemalan story is no Texan's
                actor.country = found
            elif (state := country_of_state_in_name(actor.name, places)) in named:
                actor.country = state  # "Iowa Republican Party" in a story that names the US
    home = next(iter(named)) if len(named) == 1 else home_country(analysis)
    # whose national bodies a story tells of: where it is set, else the country most of its people are of
    body_home = home or home_country(analysis, PARTY_KINDS)
    for actor in analysis.actors:
        if body_home and actor.kind in NAMED_FOR_A_CITY and actor.country is None and NATIONAL_BODY.search(actor.name):
            actor.country = body_home  # "the House Intelligence Committee" in a story set in the US
            actor.evidence.append(f"a national body in a story whose places or people are mostly of {body_home}")
    if home is not None:
        for actor in analysis.actors:
            if actor.kind is ActorKind.PERSON and actor.country is None and _holds_a_domestic_role(actor):
                actor.country = home  # "Attorney General Loretta Lynch", "Sheriff Joe Arpaio" in a US story
                actor.evidence.append(f"a {actor.role} in a story whose places lie mostly in {home}")
    for actor in analysis.actors:
        if actor.kind is ActorKind.COUNTRY and (state := _region_among_its_places(actor, analysis, places)):
            _make_place(actor, f"'{actor.name}' among places of {state}: the region, not the country")
            actor.country = state


HOME_SHARE = 0.6  # of the mentions of places and countries, for a story to be set in one country
MIN_HOME_MENTIONS = 2


PLACE_KINDS = (ActorKind.PLACE, ActorKind.COUNTRY)
# The people and bodies of a story, not its places: "Mr. Cruz … won his Senate seat" in a story on
# Latino voters that names Mexico and Cuba as often as the US is still about US senators.
PARTY_KINDS = (ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GOVERNMENT)


def home_country(analysis: ArticleAnalysis, kinds: tuple[ActorKind, ...] = PLACE_KINDS) -> str | None:
    """The country a story is set in: the one that holds `HOME_SHARE` of the mentions of the
    places and countries it names (or of the actors of `kinds`), at least `MIN_HOME_MENTIONS` (a
    story on Washington that names China twice is still a US story; one on Benghazi that names
    the US once is not)."""
    mentions: Counter[str] = Counter()
    for actor in analysis.actors:
        if actor.kind in kinds and actor.country:
            mentions[actor.country] += max(sum(actor.aliases.values()), 1)
    if not mentions:
        return None
    country, count = mentions.most_common(1)[0]
    return country if count >= MIN_HOME_MENTIONS and count >= HOME_SHARE * mentions.total() else None


# Roles held at home, rarely by a visitor a story brings in: a mayor, a sheriff, a legislator, a
# prosecutor. A person with one in a story set in one country (`home_country`) is of that country
# (a foreign minister or a president may well be the visitor, so they are left out).
DOMESTIC_ROLES = (REGIONAL_ROLES - {"chief minister"}) | {
    "undersheriff",
    "police chief",
    "police commissioner",
    "police superintendent",
    "fire chief",
    "attorney general",
    "prosecutor",
}


def _holds_a_domestic_role(actor: LocalActor) -> bool:
    """Whether a person's role, less "former" and the like, is one of `DOMESTIC_ROLES`."""
    return actor.role is not None and bare_role(actor.role) in DOMESTIC_ROLES


# Bodies every state has, named without their country: a ministry or department, a parliament's
# committee, a treasury, a legislature. A story set in one country (`home_country`) means that country's.
NATIONAL_BODY = re.compile(
    r"^(?:the\s+)?(?:(?:Department|Ministry|Secretary|Office) of\b|Treasury$|Exchequer$|Electoral College$)"
    r"|^(?:the\s+)?(?:House|Senate|Congressional|Parliamentary|Commons|Lords)\b.*\bCommittee$"
    r"|\bCouncil of (?:Economic )?Advisers$"
    r"|^(?:the\s+)?(?:Justice|State|Defense|Defence|Treasury|Labor|Labour|Interior|Commerce|Energy|Agriculture"
    r"|Education|Transportation|Health) Department$"
    r"|^(?:the\s+)?Federal Government$"
    # a legislature or a court named by its kind alone: "Congress" of a US story, "the Senate" of a Nigerian one
    r"|^(?:the\s+)?(?:Congress|Senate|House|House of Representatives|Parliament|National Assembly|Cabinet"
    r"|Supreme Court|Constitutional Court|Foreign Ministry|Defence Ministry|Defense Ministry|Finance Ministry)$"
)


def country_of_city_in_name(name: str, places: Gazetteer) -> str | None:
    """The country of an organisation named after a city of a million people or more, or a
    region of two words, the place's name first ("Dubai Police", "Sydney Morning Herald", "Lagos
    State Government", "The New York Times"): the body of a city or a state is of its country.
    Only when every such city of that name lies in one country, or, for a region, every place
    of that name ("San Cristobal" is a Dominican province and towns across Latin America); a
    one-word region is left out ("Georgia Tech", "Victoria Police": such names recur)."""
    words = name.split()
    if words and words[0] == "The":
        words = words[1:]  # "The New York Times"
    for length in (2, 1):
        if len(words) <= length:
            continue
        named = places.own_named(" ".join(words[:length]))
        big = {place.country for place in named if place.kind == "city" and place.population >= MILLION_CITY}
        regions = {place.country for place in named if length == 2 and place.kind == "region"}
        anywhere = {place.country for place in named}
        countries = big or (regions if len(anywhere) == 1 else set())
        if len(countries) == 1:
            return countries.pop()
    return None


def _place_opening_a_national_name(actor: LocalActor, places: Gazetteer) -> str | None:
    """The country of a region or a big city whose name opens a body's name with a demonym or a
    country's name, when it is another country than the one that word gave the body: "British
    Columbia Supreme Court" and "British Columbia Liberal Party" are Canadian, not British."""
    words = actor.name.split()
    if len(words) < MIN_STATE_BODY_WORDS:
        return None  # "British Columbia" alone is the place itself
    registry = country_registry()
    national = registry.country_of_demonym(words[0]) or registry.country_of_name(words[0])
    if national is None or national != actor.country:
        return None
    found = country_of_city_in_name(actor.name, places)
    return found if found is not None and found != national else None


def country_of_state_in_name(name: str, places: Gazetteer) -> str | None:
    """The country of the one first-level region whose name is the first word of an
    organisation's name of three words or more ("Iowa Republican Party", "Pennsylvania State
    Department of Agriculture"); the caller asks the article to name that country too, since
    such names recur ("Victoria Police", "Georgia Tech")."""
    words = name.split()
    if len(words) < MIN_STATE_BODY_WORDS:
        return None  # "Panama Oeste" is the province itself, read as an organisation
    countries = {place.country for place in places.own_named(words[0], "region")}
    return countries.pop() if len(countries) == 1 else None


def _region_among_its_places(actor: LocalActor, analysis: ArticleAnalysis, places: Gazetteer) -> str | None:
    """The country whose first-level region a country's name also is ("Georgia", the US state),
    when the article places at least two other actors in that country and none in the country
    itself: "Georgia could be closer than in 2012, while Arizona could break for Clinton"; or
    when a person's title holds the region there and the article places no one in the country
    ("Sen. Johnny Isakson of Georgia")."""
    countries = {place.country for place in places.own_named(actor.name, "region") if place.country}
    countries.discard(actor.country)
    if len(countries) != 1:
        return None
    state = countries.pop()
    placed = [other.country for other in analysis.actors if other is not actor and other.kind is ActorKind.PLACE]
    titled = any(
        other.kind is ActorKind.PERSON and other.role_place == actor.name and other.country == state
        for other in analysis.actors
    )
    if actor.country in placed or (placed.count(state) < MIN_PLACES_OF_THE_REGION_COUNTRY and not titled):
        return None
    return state


def _region_named_as_a_person(actor: LocalActor, places: Gazetteer) -> bool:
    """Whether a 'person' of two words or more is written only as the whole own name of a
    first-level region ("Sanders, who did win Rhode Island"): a person is also named by the
    surname alone somewhere, or has a role; a state never has."""
    if len(actor.name.split()) < 2 or actor.role is not None or set(actor.aliases) != {actor.name}:
        return False
    return bool(places.own_named(actor.name, "region"))


def _towns_before_their_regions(analysis: ArticleAnalysis, text: str, places: Gazetteer) -> None:
    """'Persons' or organisations written as a town and then its first-level region, the way
    datelines and addresses name a place ("out of Troy, Michigan, a suburb", "in Matias Romero,
    Oaxaca State,", "hit Mandla, Madhya Pradesh,"): the recogniser reads capitalised names after
    a comma as people or bodies, but the gazetteer has a town of the first name inside the
    region of the second. Both become places.
    A person named in full who is also called by the town's name ("Jesse Jackson … Jackson,
    Mississippi") is left alone, as is a body the region's mention was joined to ("Indiana GOP"
    for "Carmel, Indiana"): only an actor whose whole name is the town's or the region's changes."""
    for mention, following in pairwise(analysis.mentions):
        between = text[mention.end : following.start]
        if mention.actor is None or following.actor is None or between not in (", ", " ("):
            continue
        town, region = analysis.actors[mention.actor], analysis.actors[following.actor]
        if town.kind not in (*MISREAD_TOWN_KINDS, ActorKind.PLACE) or town.name != mention.text:
            continue
        if between == " (" and not text.startswith(")", following.end):
            continue
        country = _country_of_town_in_region(mention.text, following.text, places)
        if region.kind not in (*MISREAD_TOWN_KINDS, ActorKind.PLACE) or country is None:
            continue
        if town.kind is ActorKind.PLACE:
            if town.country != country:  # "Paris, Texas", "Moscow, Idaho": not the capital
                town.country = country
                town.evidence.append(f"'{mention.text}, {following.text}': a town of that region")
            continue
        _make_place(town, f"'{mention.text}, {following.text}': a town of that region")
        town.country = town.country or country
        if region.kind in MISREAD_TOWN_KINDS and region.name == following.text:
            _make_place(region, f"'{mention.text}, {following.text}': the region of that town")
            region.country = region.country or country


# Between a person's name and the town they live in: ", of ", ", 83, of ", ", a resident of ".
RESIDENT_OF = re.compile(r",\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?:of|from|an?\s+(?:resident|native)\s+of)\s+$")


def _residents_of_places(analysis: ArticleAnalysis, text: str) -> None:
    """A person without a country described as of a place the article has placed ("Renee Gold, 83,
    of Sarasota, Florida", "Mark Hughes, 45, from Leeds, West Yorkshire", "Ravi Yadav, a resident
    of Ghaziabad") lives in that place's country: local news names people that way."""
    for mention, following in pairwise(analysis.mentions):
        if mention.actor is None or following.actor is None:
            continue
        person, place = analysis.actors[mention.actor], analysis.actors[following.actor]
        if person.kind is not ActorKind.PERSON or person.country or place.kind is not ActorKind.PLACE:
            continue
        if place.country and RESIDENT_OF.fullmatch(text[mention.end : following.start]):
            person.country = place.country
            person.evidence.append(f"'{mention.text}' of {following.text}, in {place.country}")


def _places_before_their_countries(analysis: ArticleAnalysis, text: str, places: Gazetteer) -> None:
    """A place without a country written before ", <country>" that ends the phrase ("in Ilocos
    Sur, Philippines tested positive", "Bannu District, Pakistan,") is in that country; not an
    item of a list of countries ("Lagos, Ghana and Kenya"). A country's name that is also the
    first-level region of another country holding a town of the place's name is that region
    ("Atlanta, Georgia" is in the US state)."""
    for mention, following in pairwise(analysis.mentions):
        if mention.actor is None or following.actor is None or text[mention.end : following.start] != ", ":
            continue
        place, country = analysis.actors[mention.actor], analysis.actors[following.actor]
        if place.kind is not ActorKind.PLACE or place.country or country.kind is not ActorKind.COUNTRY:
            continue
        after = text[following.end : following.end + 6].lstrip()
        after = after[1:].lstrip() if after.startswith(",") and after[1:].lstrip()[:1].isupper() else after
        if after.startswith(("and ", "or ", "&")) or after[:1].isupper():
            # "Lagos, Ghana and Kenya": a list, as "Virginia, Georgia, Arkansas" is; "Lagos, Ghana
            # Airways": another name
            continue
        state = _country_of_town_in_region(place.name, following.text, places)
        if state is not None and state != country.country:
            place.country = state
            place.evidence.append(f"'{mention.text}, {following.text}': a town of that region of {state}")
            continue
        place.country = country.country
        place.evidence.append(f"'{mention.text}, {following.text}': a place of that country")


def _country_of_town_in_region(town: str, region: str, places: Gazetteer) -> str | None:
    """The country of the first-level region called `region` in which the gazetteer has a town
    called `town` (by any of its names); None when there is none, or several countries."""
    regions = {place.geonameid: place.country for place in places.candidates(region) if place.kind == "region"}
    countries = {
        regions[region_id]
        for place in places.candidates(town)
        if place.kind == "city" and (region_id := places.region_of(place)) in regions
    }
    return countries.pop() if len(countries) == 1 else None


def _region_named_as_a_body(actor: LocalActor, places: Gazetteer) -> bool:
    """Whether an 'organisation' is written only as the whole own name of a first-level region
    ("Missouri Republican Roy Blunt", "Missouri Sen.", "Florida Gov. Rick Scott" read the state
    as a body; Florida is a region of three countries, the article's countries decide which):
    a body is named with more words. Not a country's capital ("Washington" stands for the US
    government), nor an acronym ("SUD", a French union, is also a Haitian department), nor a
    word that only describes a part of several countries (`GENERIC_PLACE_WORDS`: "Northern")."""
    if set(actor.aliases) != {actor.name} or actor.name.isupper():
        return False  # "SUD", a French union, not the Haitian department
    if country_registry().country_of_capital(actor.name) is not None:
        return False
    countries = {place.country for place in places.own_named(actor.name, "region")}
    if len(countries) > 1 and actor.name.lower() in GENERIC_PLACE_WORDS:
        return False  # "Northern" of Northern Trust, "Eastern" of China Eastern: a firm's word, no one region
    return bool(countries)


# A trade right before "at": the name after it is the employer ("a senior analyst at Jefferies",
# "an economist at Capital Economics"), a place only if the gazetteer has one of that name.
_WORKS_AT = re.compile(
    r"\b(?:analyst|economist|strategist|professor|researcher|fellow|partner|trader|banker|executive|lawyer"
    r"|attorney|scientist|lecturer|consultant|director|portfolio manager|fund manager)s?\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _employers_read_as_places(analysis: ArticleAnalysis, text: str, places: Gazetteer) -> None:
    """A 'place' the gazetteer does not know as a region or a town of some size, named right after
    a trade and "at" ("said Howard Rubel, a senior analyst at Jefferies"), is the firm or
    institution employing the person."""
    for mention in analysis.mentions:
        actor = analysis.actors[mention.actor] if mention.actor is not None else None
        if actor is None or actor.kind is not ActorKind.PLACE or actor.country is not None:
            continue
        if _WORKS_AT.search(text, max(0, mention.start - 60), mention.start) and not _a_known_place(actor.name, places):
            actor.kind = ActorKind.ORGANISATION
            actor.key = f"org:{fold(actor.name)}"
            actor.evidence.append(f"'{mention.text}' employs the person named before it, no place")


EMPLOYING_TOWN = 10_000  # a town this big is where someone works ("a professor at Oxford"), a smaller one a firm's name


def _a_known_place(name: str, places: Gazetteer) -> bool:
    """Whether a region or a town of some size has the name as its own ("Bernstein", a village
    of 956 in Austria, is no place an analyst works at)."""
    return any(place.kind != "city" or place.population >= EMPLOYING_TOWN for place in places.own_named(name))


def _make_place(actor: LocalActor, evidence: str) -> None:
    actor.kind = ActorKind.PLACE
    actor.key = f"place:{fold(actor.name)}"
    actor.first_name = actor.surname = None
    actor.evidence.append(evidence)


# A country's section named after the country ("the U.S. Midwest", "the U.S. Gulf Coast", "China's
# northwest"): parts of no gazetteer, but of that country. "Niger Delta" is no section of Niger.
SECTIONS = frozenset(
    {"midwest", "northeast", "northwest", "southeast", "southwest", "south", "north", "east", "west",
     "gulf coast", "east coast", "west coast", "heartland", "plains", "midlands", "mainland", "interior",
     "rust belt", "sun belt", "corn belt", "south-east", "south-west", "north-east", "north-west"}
)  # fmt: skip
SECTION_COUNTRY_WORDS = 2  # "U.S.", "United States", "South Korea"


def country_of_its_section(name: str) -> str | None:
    """The country a place's name opens with when the rest names a section of it (`SECTIONS`)."""
    words = name.replace("'s ", " ").replace("’s ", " ").split()
    registry = country_registry()
    for size in range(1, SECTION_COUNTRY_WORDS + 1):
        country = registry.country_of_name(" ".join(words[:size]))
        rest = " ".join(words[size:]).lower()
        if country is not None and rest in SECTIONS:
            return country
    return None


# Words that name a part of the region or country after them ("Southern California", "Northern
# Nigeria"), when the gazetteer has no region of the whole name ("Western Australia" is one).
COMPASS_PARTS = frozenset(
    {"southern", "northern", "eastern", "western", "central", "south", "north", "east", "west", "upstate",
     "southeastern", "southwestern", "northeastern", "northwestern", "southeast", "southwest", "northeast",
     "northwest"}
)  # fmt: skip


# States of the Cold War named with a compass word: no part of today's country of that name.
FORMER_STATES = frozenset(
    {"east germany", "west germany", "north vietnam", "south vietnam", "north yemen", "south yemen"}
)


def _part_named(name: str, places: Gazetteer) -> str | None:
    """The region or country a name opening with a compass word is a part of ("California" of
    "Southern California"), when the gazetteer knows no place of the whole name."""
    first, _, rest = name.partition(" ")
    if name.lower() in FORMER_STATES:
        return None
    if first.lower() not in COMPASS_PARTS or not rest or not rest[:1].isupper() or places.candidates(name):
        return None
    if country_registry().country_of_name(rest) is not None:
        return rest
    return rest if any(place.kind == "region" for place in places.candidates(rest)) else None


def country_of_its_part(name: str, named_countries: set[str], places: Gazetteer) -> str | None:
    """The country of a part of a region or a country named with a compass word ("Southern
    California", "Northern Nigeria", "Eastern Ukraine"): that of the region or country after it."""
    whole = _part_named(name, places)
    if whole is None:
        return None
    return country_registry().country_of_name(whole) or country_of_place(whole, named_countries, places)


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


DOMINANCE = 10  # "Lagos" (9 million) against the Portuguese town (31,000); not Valencia (Spain, Venezuela)


def country_of_dominant_city(name: str, named_countries: set[str], places: Gazetteer) -> str | None:
    """The country of the one city of a million people or more so called, when every other place
    the gazetteer calls so as a city is a tenth its size or less and the article names no other
    country that has a place so called: a name shared with a province elsewhere ("Lagos" is also a
    Portuguese municipality) still means the great city to a reader when nothing in the article
    says otherwise."""
    cities = sorted(places.own_named(name, "city"), key=lambda place: place.population, reverse=True)
    if not cities or cities[0].population < MILLION_CITY or not cities[0].country:
        return None
    runner_up = cities[1].population if len(cities) > 1 else 0
    if runner_up * DOMINANCE > cities[0].population:
        return None
    namesakes = {place.country for place in places.candidates(name) if place.country} - {cities[0].country}
    return None if namesakes & named_countries else cities[0].country


def country_of_town(name: str, named_countries: set[str], places: Gazetteer) -> str | None:
    """The country of a town or village the gazetteer holds under this very name, of any size,
    when the article names that country through its other actors and no town so called lies
    elsewhere among them: "Moonbi" in a story about New South Wales, "Mount Prospect" in one
    about Illinois. A small town alone is no evidence of a country (there are many), so it must
    agree with the rest of the article; a descriptive name ("Central Park") never counts."""
    if _descriptive(name) or any(place.country is None for place in places.candidates(name)):
        return None  # "Asia" is the continent, not the Philippine town
    countries = {place.country for place in places.own_named(name, "city") if place.country}
    countries &= named_countries
    return countries.pop() if len(countries) == 1 else None


def _descriptive(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(word in GENERIC_PLACE_WORDS for word in words)
