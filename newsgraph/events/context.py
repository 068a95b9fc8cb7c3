"""What an article says of itself that its events read: its countries, the names of its people
and organisations (no event hides in a name), and the one sentence an event is coded from."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as EntitySpan

from newsgraph.events.coder import EventCode, code_text
from newsgraph.events.lexicon import EventLexicon
from newsgraph.events.participants import Candidate
from newsgraph.events.records import EventActor, Span
from newsgraph.events.toponyms import Toponym
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.lexicon import lexicon as nlp_lexicon
from newsgraph.nlp.records import ActorKind, ArticleAnalysis

UNNAMED_KINDS = frozenset({"group", "military", "police", "civilians", "protesters"})


IN_PLACE = re.compile(
    r"\b(?:in|at|near|inside|outside|into|towards?|between|between [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and"
    # "the town hall of Bousse", "residents of Pouytenga": a local office or its people's place
    r"|(?:town|city) hall of|(?:municipal |primary |secondary )?school of|hospital of|market of|mayor of"
    r"|prefect(?:ure)? of|governor of|municipality of|commune of|residents of|inhabitants of|people of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Actors whose country says nothing new of where the article is: places and countries are
# counted from the text's own names.
NOT_PARTIES = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})


# Words for a country's police in general (a named unit, "riot police", "railway police", keeps its name).
GENERIC_POLICE = frozenset({"police", "the police", "policemen", "police officers", "policeman", "cops", "officers"})


PLACE_MISTAKEN_KINDS = frozenset({"person", "organisation", "government"})


@dataclass(frozen=True, slots=True)
class SentenceContext:
    index: int
    span: Span
    text: str


def context_countries(doc: Doc, analysis: ArticleAnalysis) -> Counter[str]:
    """The countries an article is about: those it names or whose people it names, and those
    of the parties it names ("Ansaroul Islam", "the Taliban", a minister): a text that names
    no country but a Burkinabe armed group is set in Burkina Faso, and its villages are
    looked for there."""
    registry = country_registry()
    # a country's name the actor stage read as a place of another country: Georgia the US state
    # in a story from Atlanta is no mention of the country Georgia
    places_elsewhere = {
        fold(actor.name): actor.country
        for actor in analysis.actors
        if actor.kind is ActorKind.PLACE
        and actor.country
        and registry.country_of_name(actor.name) not in (None, actor.country)
    }
    named = Counter(
        places_elsewhere.get(fold(ent.text)) or country
        for ent in doc.ents
        if ent.label_ in ("GPE", "NORP", "LOC")
        and not _ancestry_or_target(ent)
        and (country := registry.country_of_name(ent.text) or registry.country_of_demonym(ent.text))
    )
    named.update(actor.country for actor in analysis.actors if actor.country and actor.kind not in NOT_PARTIES)
    return named


# Nouns after a people's adjective that make it someone's ancestry, not a country the story is
# set in: "protesters, many of Filipino descent, rallied in New York".
_ANCESTRY = frozenset({"descent", "origin", "origins", "heritage", "ancestry", "extraction", "background"})


def _ancestry_or_target(ent: EntitySpan) -> bool:
    """Whether a people's adjective tells ancestry ("of Filipino descent") or what is opposed
    ("anti-Filipino crimes"), so the story is not set in that people's country."""
    doc = ent.doc
    following = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = [token.lower_ for token in doc[max(0, ent.start - 2) : ent.start]]
    return following in _ANCESTRY or before[-1:] == ["anti"] or before == ["anti", "-"]


def country_of_its_places(analysis: ArticleAnalysis) -> str | None:
    """The one country all the article's placed places lie in, for a text that names no country
    and no party of one ("unidentified armed men killed a man in Cihumba (Walungu, Sud-Kivu)"):
    its unnamed parties act there. None when its places lie in several countries or in none."""
    countries = {actor.country for actor in analysis.actors if actor.kind is ActorKind.PLACE and actor.country}
    return next(iter(countries)) if len(countries) == 1 else None


def operating_countries(analysis: ArticleAnalysis) -> Counter[str]:
    """The countries the article's groups of several countries fight in (JNIM: Mali, Burkina Faso,
    Niger), once each: context for its places, never its own country (which of them is unknown)."""
    known = nlp_lexicon()
    countries = {
        country
        for actor in analysis.actors
        if (group := known.known_actor(actor.name)) is not None
        for country in group.operates_in
    }
    return Counter(sorted(countries))  # sorted: the same order, so the same ties, in every run


def not_places(
    candidates: list[Candidate], toponyms: list[Toponym], sentence: SentenceContext, places: Gazetteer
) -> list[Candidate]:
    """Drop 'actors' the wording marks as places: "in Dawlat Abad district", "(Dori, Seno)",
    ", Balkh" when Balkh is a province (the recogniser took them for people or groups), and a
    city where something happened even if its name can stand for an institution ("met in
    Brussels" is not the EU; "sanctions from Brussels" still is). A name that is only part of a
    toponym is a fragment of a place ("Bobo" of "Bobo-Dioulasso"), never an actor."""
    marked = [
        toponym.span
        for toponym in toponyms
        if toponym.kind is not None
        or toponym.qualifier == "("
        or (toponym.qualifier == "," and places.areas(toponym.name))
        or IN_PLACE.search(sentence.text[: toponym.span.start - sentence.span.start])
    ]
    marked += [
        toponym.span
        for toponym in toponyms
        for candidate in candidates
        if toponym.span.start <= candidate.actor.span.start
        and candidate.actor.span.end <= toponym.span.end
        and toponym.span.end - toponym.span.start > candidate.actor.span.end - candidate.actor.span.start
    ]
    return [
        candidate
        for candidate in candidates
        if not any(candidate.actor.span.start < span.end and span.start < candidate.actor.span.end for span in marked)
        or not mistakable(candidate.actor)
    ]


def mistakable(actor: EventActor) -> bool:
    """Whether the recogniser may have taken a place for this party: a person, organisation or
    government, or a group it only guessed from a name ("Ghoryan district": Ghoryan is no people),
    never a group the actor table knows (the Taliban) nor a people ("the Bosnian town of Gorazde")."""
    if actor.kind == "group":
        known_people = country_registry().country_of_demonym(actor.name) is not None
        return not known_people and nlp_lexicon().known_actor(actor.name) is None
    return actor.kind in PLACE_MISTAKEN_KINDS


def names_a_place(toponyms: list[Toponym], places: Gazetteer) -> bool:
    """Whether any of the toponyms is a place the gazetteer knows ("Gendarmerie forces" is not)."""
    return any(places.candidates(toponym.name) for toponym in toponyms)


def people_names(analysis: ArticleAnalysis, places: Gazetteer) -> frozenset[str]:
    """Every name and surname the article gives a person it shows to be one, folded: one with a
    title or role ("President Obama", "Sen. Cruz", "Mrs. Clinton"), who speaks in it (places say
    nothing), or named in full by a name no place has ("Hillary Clinton"). Never a place in this
    article: "Obama" is no town in Japan, "Cruz" no Brazil, "Clinton" no Maryland town. A name the
    recogniser merely called a person ("Dawlat Abad", a district) proves nothing and stays a place.
    An organisation's or group's acronym is no place either ("GOP" is no Gorakhpur, "IS" no Is)."""
    speakers = {quote.speaker_actor for quote in analysis.quotes if quote.speaker_actor is not None}
    names: set[str] = set()
    for index, actor in enumerate(analysis.actors):
        if actor.kind in (ActorKind.ORGANISATION, ActorKind.GROUP):
            names.update(fold(alias) for alias in (actor.name, *actor.aliases) if alias.isupper() and len(alias) <= 5)
            continue
        if actor.kind is not ActorKind.PERSON:
            continue
        titled = actor.role is not None or any(has_title(alias) for alias in actor.aliases)
        full_name = (  # no place of that name, however spelled ("Nahri Saraj" is GeoNames' "Nahr-e Saraj")
            len(actor.name.split()) >= 2 and not places.candidates(actor.name) and not places.similar(actor.name)
        )
        if titled or index in speakers or full_name:
            names.update(fold(name) for name in (actor.name, actor.surname, *actor.aliases) if name)
    return frozenset(names)


def has_title(name: str) -> bool:
    """Whether a name as written starts with an honorific or a role ("Mrs. Clinton", "Sen. Cruz")."""
    return bool(name.strip()) and nlp_lexicon().is_title(name.split(maxsplit=1)[0])


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A person's or organisation's name in the text, to tell a trigger that is a word of it."""

    span: Span
    short_form: bool  # a short form of a name given in full elsewhere ("Lynch" of "Loretta Lynch")
    person: bool


def sentence_codes(sentence: SentenceContext, name_spans: list[NameSpan], lexicon: EventLexicon) -> list[EventCode]:
    """The sentence's event codes, none of them named by a word of a name. When one was, the
    sentence is coded again with the names blanked (same length, so offsets hold), so that the
    event the name hid is found ("The Rally for Culture and Democracy said police arrested 12")."""
    codes = code_text(sentence.text, lexicon)
    if not any(in_a_name(code, sentence, name_spans) for code in codes):
        return codes
    text = sentence.text
    for name in name_spans:
        span = name.span
        if sentence.span.start <= span.start < sentence.span.end:
            start, end = span.start - sentence.span.start, min(span.end, sentence.span.end) - sentence.span.start
            text = text[:start] + "X" * (end - start) + text[end:]
    return [code for code in code_text(text, lexicon) if not in_a_name(code, sentence, name_spans)]


def in_a_name(code: EventCode, sentence: SentenceContext, name_spans: list[NameSpan]) -> bool:
    """Whether the code's trigger is a capitalised word of a person's or an organisation's name: a
    name is no event ("Attorney General Loretta Lynch", "Bank of America Merrill Lynch" are no
    lynching, "the Rally for Culture and Democracy" no rally). A lower-case trigger the recogniser swept
    into a name still counts, and so does the first word of a sentence that begins with the name
    ("Vigilante mob attacked"): capitals say nothing there, unless the word is the short form of
    a person named in full elsewhere ("Lynch calls North Carolina her home state"). A trigger that
    is an organisation's whole name is the recogniser's mistake, not a name ("an IED struck")."""
    if not sentence.text[code.hit.start : code.hit.start + 1].isupper():
        return False
    start, end = sentence.span.start + code.hit.start, sentence.span.start + code.hit.end
    return any(
        name.span.start < end
        and start < name.span.end
        and (code.hit.start > 0 or start > name.span.start or name.short_form)
        and (name.person or not (start <= name.span.start and name.span.end <= end))
        for name in name_spans
    )


# Named parties with no country of their own that act where they are in a local event: a union, a
# township's council ("the Coordinating Council of Teachers Syndicates" at a protest in Sojas), a
# person no registry knows ("Paul Floyd" vandalising cars in Beverly Hills) or a local militia the
# recogniser calls one ("7 Imbonerakure beat up a civilian" in Burundi).
LOCAL_BODY_KINDS = frozenset({"organisation", "government", "person"})


# Peoples of a continent or of the West: in a statement or a relation they are no one country's.
CONTINENTAL_PEOPLES = frozenset(
    {"european", "europeans", "african", "africans", "asian", "asians", "western", "westerners", "latin american"}
)


def with_country(actor: EventActor | None, location_country: str | None, local: bool) -> EventActor | None:
    """An unnamed party ("gunmen", "soldiers") takes the country the event happened in, as ACLED
    codes them, and so does an organisation the registry has no country for when the event is
    one it takes part in where it is (`local`: an armed group's fighting, "Ansaroul Islam"; a
    union's or a council's demonstration); the article's main country stands in when the sentence
    gives no place. A continent's people in a statement or a relation ("European leaders called
    for …") take no country.
    The police in general are named as ACLED names them: "Police Forces of India"."""
    kinds = UNNAMED_KINDS | (LOCAL_BODY_KINDS if local else set())
    if actor is None or actor.kind not in kinds:
        return actor
    if not local and fold(actor.name) in CONTINENTAL_PEOPLES:
        return actor  # "European leaders have called for …" beside a clause on the U.S.: no one country's
    country = actor.country or location_country
    if country is None:
        return actor
    name = actor.name
    if actor.kind == "police" and actor.actor is None and fold(actor.name) in GENERIC_POLICE:
        name = f"Police Forces of {country_registry().name_of(country)}"  # ACLED's name for a country's police
    return EventActor(name, actor.kind, country, actor.span, actor.actor)
