"""Within one article: group the entity mentions into actors and read what the text says of them.

- Persons: "Chinese President Xi Jinping", "Xi", "Mr. Xi" are one actor; honorifics and middle
  initials never split one. A single name joins the full name in the article whose first or
  last name it is (nearest mention first). Roles and countries come from the words around a
  name: titles before it ("former Russian President"), an apposition after it (", the former
  Russian president,"), or "of <country>".
- Countries and demonyms link to the country ("Russian", "Ukraine's"). A country word followed
  by a military or government noun is that country's military or government ("Russian forces",
  "Ukraine's military", "Chinese Foreign Ministry").
- Capitals and seats of power acting as subjects ("Beijing pressured…", "the Kremlin said")
  are the government; after a preposition ("a meeting in Beijing") they stay places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.english import is_plural_for_people, is_plural_noun
from newsgraph.nlp.entities import ONTONOTES_SPANS, PLACE_ADJECTIVE_TOKEN, PORTFOLIO_HOLDERS, POSSESSIVES
from newsgraph.nlp.entity_noise import (
    in_quoted_title,
    in_staff_credit,
    is_amount,
    is_calendar_word,
    is_common_word,
    is_credit,
    is_dateline,
    is_doctrine,
    is_function_word,
    is_markup,
    is_page_stamp,
    is_prize,
    is_uncased,
    is_weapon_model,
    is_wire_credit,
    names_a_day,
    unconfirmed_capitals_entities,
    unconfirmed_headline_entities,
)
from newsgraph.nlp.known_persons import known_person
from newsgraph.nlp.lexicon import KnownActor, lexicon
from newsgraph.nlp.lone_names import lone_names_corrected
from newsgraph.nlp.named_kinds import KINDS_OF_INSTITUTION
from newsgraph.nlp.names import (
    PersonName,
    first_name_gender,
    first_names_fit,
    genders_fit,
    given_name,
    honorific_gender,
    more_specific,
    name_key,
    parse_person_name,
)
from newsgraph.nlp.party_tags import US, is_party_description, us_party_affiliation
from newsgraph.nlp.records import ActorKind, LocalActor, Mention
from newsgraph.nlp.syntax import sentence_parses
from newsgraph.nlp.vessels import Vessel, vessel_named

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "across",
        "over",
        "outside",
        "inside",
        "around",
        "toward",
        "towards",
        "through",
        "via",
        "of",
        "between",
        "within",
        "visit",
        "visited",
        "visiting",
        "visits",
    }
)
ACTION_WORDS = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "should",
        "could",
        "can",
        "must",
        "may",
        "might",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "wants",
        "warned",
        "warns",
        "urged",
        "urges",
        "accused",
        "accuses",
        "denied",
        "denies",
        "rejected",
        "rejects",
        "condemned",
        "condemns",
        "announced",
        "announces",
        "insisted",
        "insists",
        "responded",
        "responds",
        "claimed",
        "claims",
        "believes",
        "sees",
        "views",
        "considers",
        "does",
        "did",
        "hopes",
        "refused",
        "refuses",
        "agreed",
        "agrees",
        "signed",
        "signs",
        "pressured",
        "pressures",
    }
)
# Whose role is the same as another's, in another country: the country word before it is the person's.
COUNTERPARTS = frozenset({"counterpart", "counterparts", "colleague", "opposite"})
CLAUSE_BREAKS = frozenset({"and", "or", "with", "between", "met", "meets", "meeting", "told", "said", "says"})
ROLE_MODIFIERS = frozenset({"former", "deputy", "acting", "vice", "then", "late", "incoming", "outgoing", "top"})
APPOSITION_MAX_TOKENS = 12
MAX_PLACE_OF_ROLE_WORDS = 3  # "New York", "Uttar Pradesh", "Lagos State"
LEFT_CONTEXT_TOKENS = 6


@dataclass(slots=True)
class _ActorTable:
    """Local actors of one article, found by key; each new key appends an actor."""

    actors: list[LocalActor] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    last_seen: dict[int, int] = field(default_factory=dict)

    def get_or_add(self, key: str, name: str, kind: ActorKind, country: str | None = None) -> int:
        if key not in self.index:
            self.index[key] = len(self.actors)
            self.actors.append(LocalActor(key=key, name=name, kind=kind, country=country))
        return self.index[key]


def find_actors(doc: Doc, sentence_of_token: list[int]) -> tuple[list[Mention], list[LocalActor]]:
    """Mentions of actors in `doc` (in text order) and the article's local actors."""
    table = _ActorTable()
    headline_fragments = unconfirmed_headline_entities(doc) | unconfirmed_capitals_entities(doc)
    ships = {vessel.span[1:].text: vessel for ent in doc.ents if (vessel := vessel_named(ent)) is not None}
    bodies_named_with_the = {
        ent.text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and ent.text not in ships
        and vessel_named(ent) is None
        and _a_body_named_with_the(ent)
    }  # "the SVP sought …": then "SVP" everywhere in the article is that body; "the INS Mysore" is a ship
    persons = [
        (ent, parse_person_name(ent.text))
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and ent.text not in bodies_named_with_the
        and not _is_not_a_person(ent.text)
        and not _is_region(ent)
        and not _named_like_a_place(ent)
        and not _named_as_a_business(ent)
        and not _ends_in_an_institution_word(ent)
        and not _names_a_law(ent)
        and vessel_named(ent) is None
        and ent.text not in ships
        and not _ends_in_a_title(ent)
        and ent.start not in headline_fragments
        and not in_staff_credit(ent)
        and not is_credit(ent)
    ]
    for ent, name in persons:
        if name is not None and name.is_full:
            _add_full_person(table, name, _gender_said(ent))
    text = text_of(doc)
    full_name_words = {
        word.lower() for _ent, name in persons if name is not None and name.is_full for word in name.tokens
    }
    bodies_named_with_the = {
        name for name in bodies_named_with_the if " " in name or name.lower() not in full_name_words
    }  # "the Clinton of lore" in an article naming Hillary Clinton is she
    words_of_bodies = {word.lower() for name in bodies_named_with_the if " " in name for word in name.split()}
    place_names = {
        ent.text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and (
            _country_mislabelled(ent)
            or _place_mislabelled(ent, full_name_words)
            or _listed_with_places(ent, full_name_words)
        )
    }  # a name the article uses as a place ("in Orlando") is that place in "the Orlando massacre" too
    storm_names = {
        token.text for token in doc[1:] if token.is_title and _after_a_storm_word(token)
    }  # "Typhoon Haiyan … when Haiyan struck"; not "after the storm Trump visited"
    firm_short_names = _short_names_of_firms(doc, full_name_words)
    mentions: list[Mention] = []
    acronyms: dict[str, int] = {}  # an acronym a body's full name defines, and that body
    covered = 0  # tokens before this were read as part of a mention grown past its entity
    for ent in doc.ents:
        if (
            ent.label_ not in ACTOR_LABELS
            or is_credit(ent)
            or is_wire_credit(ent)
            or in_staff_credit(ent)
            or is_calendar_word(ent)
            or is_page_stamp(ent)
            or is_amount(ent)
            or is_markup(ent)
            or is_weapon_model(ent)
            or is_doctrine(ent)
            or is_prize(ent)
        ):
            continue  # "AP Photo/Ron Schwane", "WASHINGTON (Reuters) -", "WEDNESDAY, DEC. 7 -", "CA$10.8"
        if ent.start < covered:
            continue  # "Senate" in "the Mexican Senate", already Mexico's government
        if is_common_word(ent, full_name_words, text) or is_function_word(ent) or ent.start in headline_fragments:
            continue
        if names_a_day(ent, full_name_words) or is_uncased(ent):
            continue  # "after Super Tuesday", "we’ve seen"
        if ent.label_ == "PERSON" and len(ent) == 1 and _names_a_family(ent):
            continue  # "I know the Kennedy family": a family, no one person
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in KINDS_OF_INSTITUTION:
            continue  # "Foundation" cut from "the Bill and Melinda Gates Foundation": no one's name
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in words_of_bodies:
            continue  # "Border" cut from "the Border Patrol": a word of a body's name, no person
        position: int | None
        if ent.label_ == "PERSON" and _is_not_a_person(ent.text):
            continue  # "Twitter", "Covid", "Paladin": a platform, disease or weapon, not an actor
        if ent.label_ in ("PERSON", "ORG") and _pair_of_named_persons(ent.text, full_name_words):
            continue  # "a Clinton-Trump race": two persons the article names, no third
        if is_party_description(ent):
            continue  # "Senator Chris Coons, Democrat of Delaware": the senator, described
        if fold(ent.text) in lexicon().kinds_of_body:
            continue  # "a super PAC": a kind of body, not one named
        if _names_a_law(ent):
            continue  # "the Marine Mammal Protection Act": a law, not a body
        if len(ent) == 1 and PLACE_ADJECTIVE_TOKEN.fullmatch(ent.text):
            continue  # "U.S.-made goods": an adjective, no actor
        if _only_a_title(ent) or (ent.label_ == "PERSON" and _ends_in_a_title(ent)):
            continue  # "Sheriff's deputies", "you're reprimanded, ma'am": a title without a name
        if len(ent) == 1 and ent[0].lower_ in _PLACE_HEADS:
            continue  # "Avenue" cut from "97th Avenue": a kind of place, not one named
        if in_quoted_title(ent):
            continue  # "a new chapter of ''Twin Peaks,''": a work's title
        if _names_a_storm(ent) or ent.text in storm_names:
            continue  # "Hurricane Sandy", then "Sandy": a storm, not a person or a place
        if ent.label_ in ("ORG", "PERSON") and is_dateline(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "BEIRUT (AP) —"
        if ent.label_ == "PERSON" and ent.text in place_names:
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the government of Burkina Faso", "in Delhi"
        elif (ent.label_ == "PERSON" and _is_region(ent)) or _named_like_a_place(ent):
            ent = Span(doc, ent.start, ent.end, label="LOC")  # "the Sahel", "Broad Streets", "Bas Congo Province"
        elif ent.label_ == "PERSON" and (
            _named_as_a_business(ent) or _ends_in_an_institution_word(ent) or ent.text in firm_short_names
        ):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "Henry Holt and Company", "Robey Warshaw, a firm"
        elif ent.label_ in ("PERSON", "GPE", "LOC") and _team_by_its_plural(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "his former team, the Clippers", "to the Cavaliers"
        elif ent.label_ == "PERSON" and ent.text in bodies_named_with_the:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "the SVP sought to limit immigration"
        elif ent.label_ in _PLACE_LABELS | {"FAC"} and _ends_in_a_governing_word(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "The St. Paul City Council" read as a place
        elif ent.label_ in ("ORG", "NORP") and _names_a_person_here(table, ent.text):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # one mention of "Xi Jinping" typed ORG
        named_ship = vessel_named(ent)
        if ent.text in acronyms:
            position, span = acronyms[ent.text], ent  # "the African National Congress (ANC) … the ANC said"
        elif (vessel := named_ship or ships.get(ent.text)) is not None:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "INS Sukanya", then "Sukanya": a ship, never a person
            position, span = _vessel_actor(table, vessel), (named_ship.span if named_ship else ent)
        elif ent.label_ == "PERSON":
            name = parse_person_name(ent.text)
            if name is None:
                continue
            position, span = _person_actor(table, name, ent), ent
        else:
            position, span = _non_person_actor(table, ent)
        if position is None:
            continue
        if ent.label_ != "PERSON" and (acronym := _acronym_after(span)) is not None:
            acronyms.setdefault(acronym, position)
        table.actors[position].aliases[span.text] += 1
        table.last_seen[position] = ent.start
        covered = max(covered, span.end)
        mentions.append(
            Mention(span.start_char, span.end_char, span.text, ent.label_, sentence_of_token[ent.start], position)
        )
    for actor in table.actors:
        actor.name = _as_written_in_text(actor)
        _country_of_a_known_person(actor)
    firms_by_the_first_recogniser = {
        span.text for span in doc.spans.get(ONTONOTES_SPANS, []) if span.label_ == "ORG" and len(span) == 1
    }
    return lone_names_corrected(doc, mentions, table.actors, firms_by_the_first_recogniser)


ACRONYM_GLUE = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "des", "&"})


def _acronym_after(name: Span) -> str | None:
    """The acronym a body's full name defines in brackets right after it, when its letters are
    the initials of the name's words ("the African National Congress (ANC)", "United Nations High
    Commissioner for Refugees (UNHCR)"): later, the acronym alone is that body."""
    doc = name.doc
    if name.end + 2 >= len(doc) or doc[name.end].text != "(" or doc[name.end + 2].text != ")":
        return None
    acronym = doc[name.end + 1].text
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= 2):
        return None
    initials = "".join(token.text[0] for token in name if token.lower_ not in ACRONYM_GLUE and token.text[:1].isalpha())
    return acronym if initials.upper() == acronym else None


FAMILY_WORDS = frozenset({"family", "families", "clan", "dynasty", "household"})


def _names_a_family(ent: Span) -> bool:
    """Whether a surname names a family by the noun after it ("the Kennedy family", "the Bhutto
    dynasty"): many people, none of whom the name alone picks out."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in FAMILY_WORDS


def _pair_of_named_persons(text: str, person_words: set[str]) -> bool:
    """Whether a 'person' is two names joined by a hyphen, each a word of a person the article
    names in full (`person_words`, lower case): "Clinton-Trump", "Trump-Cruz"."""
    parts = text.split("-")
    return len(parts) == 2 and all(part[:1].isupper() and part.lower() in person_words for part in parts)


def _country_of_a_known_person(actor: LocalActor) -> None:
    """A person the text gives no country, who is one of the well-known persons of
    `persons.toml` by full name, by surname and role ("President Biden") or by a surname that
    names one person in news ("Putin"; `known_person`), gets that country."""
    if actor.kind is not ActorKind.PERSON or actor.country or not actor.surname:
        return
    known = known_person(actor.first_name, actor.surname, actor.role)
    if known is not None:
        actor.country = known.country
        actor.evidence.append(f"'{actor.name}' is {known.name}, of {known.country}")


def _as_written_in_text(actor: LocalActor) -> str:
    """The actor's name in the case the article writes it in its text: a name first met in
    capitals ('PHILADELPHIA, July 25 (UPI) —', a shouted headline) shows as 'Philadelphia'
    when the article also writes it so. Acronyms have no other spelling and stay."""
    if not actor.name.isupper():
        return actor.name
    written = [alias for alias, _count in actor.aliases.most_common() if not alias.isupper()]
    same = [alias for alias in written if fold(alias) == fold(actor.name)]
    return same[0] if same else actor.name


def _add_full_person(table: _ActorTable, name: PersonName, gender: str | None) -> int:
    first_key, last_key = name.first_key, name.surname_key
    gender = gender or (first_name_gender(name.first) if name.first else None)
    for position, actor in enumerate(table.actors):
        if actor.kind is not ActorKind.PERSON or actor.surname != last_key or not genders_fit(gender, actor.gender):
            continue
        if actor.first_name is None or first_names_fit(actor.first_name, first_key):
            actor.first_name = more_specific(actor.first_name, first_key)
            if len(name.text) > len(actor.name):
                actor.name = name.text
            actor.gender = actor.gender or gender
            return position
    position = table.get_or_add(f"person:{first_key} {last_key}", name.text, ActorKind.PERSON)
    table.actors[position].first_name, table.actors[position].surname = first_key, last_key
    table.actors[position].gender = table.actors[position].gender or gender
    return position


def _gender_said(ent: Span) -> str | None:
    """The gender the honorific of a person's mention says: "Mrs." before "Clinton" or at the
    start of the recogniser's span."""
    first = ent.doc[ent.start - 1] if ent.start else None
    said = honorific_gender(first.text) if first is not None else None
    return said or (honorific_gender(ent[0].text) if len(ent) > 1 else None)


def _person_actor(table: _ActorTable, name: PersonName, ent: Span) -> int:
    gender = _gender_said(ent)
    if name.is_full:
        position = _add_full_person(table, name, gender)
    else:
        position = _single_name_actor(table, name.last, ent.start, gender)
    actor = table.actors[position]
    role, country, evidence = _person_context(ent)
    if role and not actor.role:
        actor.role = role
    if country and not actor.country:
        actor.country = country
        actor.evidence.append(evidence)
    if not country and not actor.role_place:
        title = [token.text for token in _title_before(ent)]
        actor.role_place = (
            _place_of_role(title)
            or _place_of_role(_apposition_after(ent))
            or (_place_after_name(ent) if role and _regional(role) else None)
            or _home_in_apposition(_apposition_after(ent))
        )
    return position


def _home_in_apposition(apposition: list[str]) -> str | None:
    """The capitalised words ending a describing apposition after "from" ("New Hampshire" of
    "Steve Duprey, a Republican National Committee member from New Hampshire,"): where the
    person is from, which the gazetteer reads (`geo.actor_places`) like a title's place."""
    if len(apposition) < 3 or apposition[0].lower() not in ("a", "an", "the"):
        return None
    if "from" not in apposition:
        return None
    start = len(apposition) - apposition[::-1].index("from")
    place = apposition[start:]
    if not 0 < len(place) <= MAX_PLACE_OF_ROLE_WORDS or not all(word[:1].isupper() for word in place):
        return None
    return " ".join(place)


def _regional(role: str) -> bool:
    """Whether a role is held in or for a region or a city ("former governor", "Sen.")."""
    return bare_role(role) in REGIONAL_ROLES


def bare_role(role: str) -> str:
    """A role without the modifiers before it: "governor" of "former governor"."""
    words = role.split()
    while len(words) > 1 and words[0] in ROLE_MODIFIERS:
        words.pop(0)
    return " ".join(words)


def _place_after_name(ent: Span) -> str | None:
    """The capitalised words of "of <place>" right after a name ("North Carolina" of "Rep. Mark
    Meadows of North Carolina"), ending at punctuation or a lower-case word."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    place = []
    for token in doc[ent.end + 1 : ent.end + 1 + MAX_PLACE_OF_ROLE_WORDS + 1]:
        if not token.is_title:
            break
        place.append(token.text)
    return " ".join(place) if 0 < len(place) <= MAX_PLACE_OF_ROLE_WORDS else None


def _single_name_actor(table: _ActorTable, token: str, token_index: int, gender: str | None) -> int:
    """'Xi' or 'Mr. Medvedev': the full-named person with that first or last name; of several
    ('Clinton' with Hillary and Chelsea Clinton), the one named most often so far, then the one
    named last before this mention. An honorific keeps to its gender: once "Mrs. Clinton" is
    Hillary, "Mr. Clinton" is the other Clinton (a new one when the article names no other)."""
    key = name_key(token)
    persons = [
        (position, actor)
        for position, actor in enumerate(table.actors)
        if actor.kind is ActorKind.PERSON and genders_fit(gender, actor.gender)
    ]
    candidates = [position for position, actor in persons if key in (actor.surname, given_name(actor.first_name))]
    if gender is not None:  # after an honorific a name is a surname ("Mr. Clinton" is no "Clinton Smith"),
        by_surname = [position for position, actor in persons if key == actor.surname]
        candidates = by_surname or candidates  # unless written first ("Mr. Xi" of Xi Jinping)
    if candidates:
        position = max(
            candidates,
            key=lambda position: (
                sum(table.actors[position].aliases.values()),
                table.last_seen.get(position, -1) < token_index,
                table.last_seen.get(position, -1),
            ),
        )
        table.actors[position].gender = table.actors[position].gender or gender
        return position
    position = table.get_or_add(f"person:{key}" + (f" {gender}" if gender else ""), token, ActorKind.PERSON)
    table.actors[position].surname = key
    table.actors[position].gender = table.actors[position].gender or gender
    return position


def _person_context(ent: Span) -> tuple[str | None, str | None, str]:
    """Role and country from the words around the name; a US party tag after it ('R-Fla.')
    says the country when they do not."""
    role, country, evidence = _title_or_apposition(ent)
    if country is None and (tag := us_party_affiliation(ent)) is not None:
        return role, US, f"US party tag after the name: '{tag}'"
    return role, country, evidence


def _title_or_apposition(ent: Span) -> tuple[str | None, str | None, str]:
    """Role and country from the words just before the name and from an apposition after it."""
    doc = ent.doc
    left = _title_before(ent)
    cased = _cased(ent)
    role, country = _role_and_country([token.text for token in left], cased, plural=True)
    if country:
        return role, country, f"title before the name: '{' '.join(token.text for token in left)}'"
    if role:
        if _regional(role):
            return role, None, ""  # "Sen. Johnny Isakson of Georgia": the gazetteer reads the place
        of_country = _of_country_after(ent, cased)
        return role, of_country, f"'{ent.text} of {of_country}'" if of_country else ""
    if owner := _countrys_own(ent, cased):
        return None, owner, f"'{doc[_name_start(ent) - 2].text}'s {ent.text}'"
    if ent.start >= 2 and doc[ent.start - 1].text == ",":  # "Russia's president, Vladimir V. Putin"
        before = _clause_tail(list(doc[max(0, ent.start - 1 - LEFT_CONTEXT_TOKENS) : ent.start - 1]))
        words = [token.text for token in before]
        role, country = _role_and_country(words, cased)
        if role:
            return role, country, f"apposition before the name: '{' '.join(words)}'"
        if words and words[-1].lower() in COUNTERPARTS:  # "his German counterpart, Wolfgang Schaeuble"
            country = _country_of_role(words, len(words) - 1, len(words), cased)
            if country:
                return None, country, f"apposition before the name: '{' '.join(words)}'"
    if apposition := _apposition_after(ent):
        role, country = _role_and_country(apposition, cased)
        if role:
            return role, country, f"apposition: '{' '.join(apposition)}'"
        if country := _nationality_of_a_calling(apposition):
            return None, country, f"apposition: '{' '.join(apposition)}'"
    start = _name_start(ent)
    calling = [token.text for token in _clause_tail(list(doc[max(0, start - MAX_CALLING_WORDS + 1) : start]))]
    if country := _nationality_of_a_calling(calling):
        return None, country, f"calling before the name: '{' '.join(calling)}'"
    country = _of_country_after(ent, cased)
    if country:
        return None, country, f"'{ent.text} of {country}'"
    return None, None, ""


def _countrys_own(ent: Span, cased: bool) -> str | None:
    """The country whose possessive stands right before a name: "a decision over Germany's Gene
    Pukall", "Mexico's Carlos Slim". A demonym or a place that is no country says nothing here."""
    doc = ent.doc
    start = _name_start(ent)
    if start < 2 or doc[start - 1].text not in POSSESSIVES or doc[start - 2].text in STATES_NAMED_AS_COUNTRIES:
        return None
    return _country_name_written(doc[start - 2].text, cased)


# Countries' names that are as often a US state's: "Georgia's Johnny Isakson" is a senator's state.
STATES_NAMED_AS_COUNTRIES = frozenset({"Georgia"})


# Callings a nationality before them describes the person's own country ("the Australian actor",
# "a British journalist", "French striker"); not an expert's or an analyst's field ("a Russia
# expert", "a Chinese historian" may be either), nor a role the role list reads already, nor
# where someone was born ("a French-born businessman").
CALLINGS = frozenset(
    {"actor", "actress", "singer", "songwriter", "writer", "novelist", "author", "poet", "journalist", "reporter",
     "filmmaker", "film-maker", "director", "player", "footballer", "striker", "midfielder", "defender",
     "goalkeeper", "boxer", "cyclist", "golfer", "swimmer", "sprinter", "athlete", "skier", "driver", "jockey",
     "businessman", "businesswoman", "billionaire", "tycoon", "entrepreneur", "magnate", "artist", "painter",
     "sculptor", "photographer", "model", "comedian", "musician", "rapper", "pianist", "composer", "conductor",
     "dancer", "chef", "designer", "architect", "dissident", "blogger", "activist", "climber", "mountaineer",
     "explorer", "astronaut", "tourist", "citizen", "national", "student"}
)  # fmt: skip
MAX_CALLING_WORDS = 5  # "the 47-year-old Australian actor", "a British-born tennis player"


def _nationality_of_a_calling(words: list[str]) -> str | None:
    """The country of a demonym before a calling in an apposition or a title ("Hugh Jackman, the
    Australian actor"; "Australian actor Hugh Jackman"): the words end in the calling, the
    demonym stands before it with nothing but other describing words between."""
    if not words or len(words) > MAX_CALLING_WORDS or words[-1].lower() not in CALLINGS:
        return None
    if any(word.lower() == "born" or word.lower().endswith("-born") for word in words):
        return None  # "a French-born businessman" may be of any country now
    registry = country_registry()
    for word in reversed(words[:-1]):
        if word.lower() in ("of", "for", "at", "with", "from", "in", "and", "or"):
            return None  # "an actor of note", "a player for Chelsea"
        if word[:1].isupper() and (country := registry.country_of_demonym(word)):
            return country
    return None


def _title_before(ent: Span) -> list[Token]:
    """The title run right before a name ("former Texas governor" of "… former Texas governor
    Rick Perry"), without articles, punctuation or an earlier clause. A title the recogniser took
    into the name ("Sheriff Robert Pickell" after "Genesee County") is read as before it."""
    start = _name_start(ent)
    title = _title_ending_at(ent.doc, start)
    role, _ = _role_and_country([token.text for token in title], _cased(ent), plural=True)
    if role is None and (portfolio := _portfolio_start(ent.doc, start)):
        return _title_ending_at(ent.doc, portfolio)  # "Vice Minister of Natural Resources and Environment"
    return title


def _title_ending_at(doc: Doc, start: int) -> list[Token]:
    left = list(doc[max(0, start - LEFT_CONTEXT_TOKENS) : start])
    while left and (left[0].is_punct or left[0].lower_ in ("the", "a", "an")):
        left.pop(0)
    return _title_run(_clause_tail(_before_a_list(left)))


MAX_PORTFOLIO_TOKENS = 7  # "of Natural Resources and Environment", "for Primary Industries"


def _portfolio_start(doc: Doc, start: int) -> int | None:
    """Where a minister's portfolio starts when one stands right before a name: the "of" or "for"
    of "Vice Minister of Natural Resources and Environment Nguyen Cong" or "Minister for Home
    Affairs Amit Shah", whose capitalised words and "and" are too many, or joined by a word that
    ends a title run, for the office before them to be read as the title."""
    index = start - 1
    while index >= max(0, start - MAX_PORTFOLIO_TOKENS):
        token = doc[index]
        if token.lower_ in ("of", "for") and index > 0 and doc[index - 1].lower_ in PORTFOLIO_HOLDERS:
            return index if index < start - 1 else None
        if not (token.is_title or token.lower_ in ("and", "&")):
            return None
        index -= 1
    return None


def _name_start(ent: Span) -> int:
    """Where the person's own name starts in the recogniser's span: after the honorifics and
    roles `parse_person_name` drops from it ("Sheriff" of "Sheriff Robert Pickell")."""
    name = parse_person_name(ent.text)
    if name is None or not name.tokens:
        return ent.start
    for token in ent:
        if token.text == name.tokens[0]:
            return token.i
    return ent.start


def _apposition_after(ent: Span) -> list[str]:
    """The words of an apposition after a name and a comma ("the Ohio governor" of "John Kasich,
    the Ohio governor, said"), up to the next punctuation or verb of saying; none without one."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return []
    if ent.end + 1 < len(doc) and _opens_a_clause(doc[ent.end + 1]):
        return []  # "Trump, having completed his photo op with the Mexican president, …": what he did
    apposition = []
    for token in doc[ent.end + 1 : ent.end + 1 + APPOSITION_MAX_TOKENS]:
        if token.text in (",", ".", ";", ":") or token.text in ("said", "says", "told"):
            break
        apposition.append(token.text)
    return apposition


# Words that open a clause after a name and a comma, not an apposition saying who the person is.
CLAUSE_OPENERS = frozenset({"having", "after", "before", "while", "when", "with", "during", "despite"})


def _opens_a_clause(word: Token) -> bool:
    """Whether the word after a name's comma opens a clause ("having completed …", "speaking at
    …", "after meeting …"), not an apposition ("the Ohio governor")."""
    lower = word.text.lower()
    return lower in CLAUSE_OPENERS or (word.text.islower() and lower.endswith("ing") and len(lower) > 5)


def _singular_role(phrase: str) -> str:
    """A role named in the plural, as a title of several names, in the singular ("former Mexican
    presidents Vicente Fox and Felipe Calderón"); other words as they are."""
    roles = lexicon().roles
    if phrase.endswith("s") and not phrase.endswith("ss") and phrase[:-1] in roles:
        return phrase[:-1]
    stem = phrase.removesuffix(".")
    if stem.endswith("s") and stem[:-1] + "." in roles:
        return stem[:-1] + "."  # "Reps. Darrell Issa and Duncan Hunter", "Sens. Cruz and Rubio"
    return phrase


def _before_a_list(tokens: list[Token]) -> list[Token]:
    """The words before a list of persons that `tokens` (the words before a name) end inside:
    "Former Mexican presidents Vicente Fox and" gives "Former Mexican presidents", so the title
    of a list is every listed name's."""
    end = len(tokens)
    while end >= 2 and tokens[end - 1].lower_ in ("and", ",") and tokens[end - 2].ent_type_ == "PERSON":
        end -= 1
        while end > 0 and tokens[end - 1].ent_type_ == "PERSON":
            end -= 1
    return tokens[:end]


def _title_run(tokens: list[Token]) -> list[Token]:
    """The words right before a name that can make up its title ("Russia's foreign minister",
    "U.S. Secretary of State", "former President"): names, role words and their modifiers. A
    role further back is no title of this name ("the judge overseeing Trump University")."""
    role_words = _role_words()
    start = len(tokens)
    while start > 0:
        token = tokens[start - 1]
        lowered = token.lower_
        title_like = token.is_title or token.is_upper or lowered in (".", "'s", "\u2019s", "of", "the", "-")
        if not (title_like or _singular_role(lowered) in role_words or lowered in ROLE_MODIFIERS):
            break
        start -= 1
    return tokens[start:]


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word of every role phrase ("foreign", "minister", "chief", "police")."""
    return frozenset(word for role in lexicon().roles for word in role.split())


def _cased(name: Span) -> bool:
    """Whether a name is written with capitals, as news writes names; a name in lower case means
    the whole text is, and then a country word's case tells nothing either."""
    return any(character.isupper() for character in name.text)


def _country_name_written(word: str, cased: bool) -> str | None:
    """The country a word names by name, not by demonym ('of Belarus', "Ukraine's")."""
    return country_registry().country_of_word(word, cased_text=cased, demonyms=False)


def _of_country_after(ent: Span, cased: bool) -> str | None:
    """'President Aleksandr G. Lukashenko of Belarus': the country named right after the name."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        return _country_name_written(doc[ent.end + 1].text, cased)
    return None


def _clause_tail(tokens: list[Token]) -> list[Token]:
    """The tokens after the last punctuation mark or clause break ("and", "met", "said" …). A
    full stop is a break where it ends a sentence ("… meets with the president of Mexico. Trump
    has …": the title is not Trump's), not inside an abbreviated title."""
    boundaries = [
        i
        for i, token in enumerate(tokens)
        if (token.is_punct and token.text not in ("'s", "\u2019s", "."))
        or token.lower_ in CLAUSE_BREAKS
        or (token.text == "." and token.is_sent_end is True)
    ]
    return tokens[boundaries[-1] + 1 :] if boundaries else tokens


def _role_and_country(words: list[str], cased: bool, *, plural: bool = False) -> tuple[str | None, str | None]:
    """The role named in `words` and the country that qualifies that role: a country word just
    before it ("former Russian President", "China's foreign minister") or right after it as
    "of <country>" ending the phrase ("president of Ukraine"). A country word elsewhere ("director
    of the China program", "Syrian refugees") says nothing about the person, nor does a word in
    lower case when the text is `cased` ("the island's Finance Minister"). With `plural` (a title
    right before the name) a role in the plural counts: it titles a list of names."""
    found = _role_in(words, plural=plural)
    if found is None:
        return None, None
    role, role_start, role_end = found
    return role, _country_of_role(words, role_start, role_end, cased)


def _role_in(words: list[str], *, plural: bool = False) -> tuple[str, int, int] | None:
    """The first role named in `words`, at its longest ("prime minister"), with the modifiers
    before it ("former"), and where its own words start and end."""
    vocabulary = lexicon()
    lowered = [word.lower() for word in words]
    for start in range(len(lowered)):
        for length in range(min(vocabulary.max_role_words, len(lowered) - start), 0, -1):
            phrase = " ".join(lowered[start : start + length])
            phrase = _singular_role(phrase) if plural else phrase
            if phrase in vocabulary.roles:
                end = start + length
                if _qualifies_a_noun(phrase, words, end):
                    occupation_end = _occupation_end(lowered, end) if phrase in HEAD_ROLES else None
                    if occupation_end is None:
                        continue  # "cited trade as his major issues", "the general election": an adjective
                    end = occupation_end
                    phrase = " ".join(lowered[start:end])  # "chief market strategist", "head coach"
                modifiers = [word for word in lowered[max(0, start - 2) : start] if word in ROLE_MODIFIERS]
                return " ".join([*modifiers, phrase]), start, end
    return None


# Roles that are also adjectives ("major issues", "chief concern", "the general election").
ADJECTIVE_ROLES = frozenset({"major", "chief", "head", "general"})
# Of those, the ones that head an occupation named after them ("chief economist", "head coach",
# "general manager").
HEAD_ROLES = frozenset({"chief", "head", "general"})
OCCUPATION_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "executive", "coach", "counsel", "secretary")
OCCUPATION_MAX_WORDS = 3  # "chief investment officer"
# Words after such a role that keep it a role: "head of the agency", "chief at the bank".
ROLE_CONTINUES = frozenset({"of", "at", "for", "in", "and", "or", "who", "whose"})


def _qualifies_a_noun(phrase: str, words: list[str], after: int) -> bool:
    """Whether a role word that is also an adjective qualifies the next word, a lower-case noun."""
    if phrase not in ADJECTIVE_ROLES or after >= len(words):
        return False
    following = words[after]
    return following.isalpha() and following.islower() and following not in ROLE_CONTINUES


def _occupation_end(lowered: list[str], after: int) -> int | None:
    """Where the occupation that a role word like "chief" heads ends ("chief investment officer"),
    or None when the next words name none ("his chief concern")."""
    for index in range(after, min(after + OCCUPATION_MAX_WORDS, len(lowered))):
        word = lowered[index]
        if not word.isalpha():
            return None
        if word.endswith(OCCUPATION_ENDINGS):
            return index + 1
    return None


def _place_of_role(words: list[str]) -> str | None:
    """The capitalised words right before a role that say where it is held ("Texas" of "former
    Texas governor", "New York" of "New York Gov.", "Bihar" of "Bihar Chief Minister"), when
    they are not a country's (`_country_of_role` reads those): the gazetteer says whose region
    they name (`geo.actor_places`)."""
    found = _role_in(words, plural=True)
    if found is None:
        return None
    _role, start, _end = found
    before = words[:start]
    if before and before[-1] in ("'s", "\u2019s"):
        before = before[:-1]  # "Indiana's secretary of state"
    place: list[str] = []
    seat = lexicon().known_actor(" ".join(before[-2:])) if len(before) >= 2 else None
    if seat is not None and seat.is_seat:
        return " ".join(before[-2:])  # "White House spokesman", "Blue House spokesman": a seat, no chamber
    for word in reversed(before):
        if not place and word.lower() in CHAMBERS_AND_PARTIES:
            continue  # "Wisconsin Senate candidate", "Ohio Democratic chairman": the state is before them
        if not word[:1].isupper() or word.lower() in ROLE_MODIFIERS or lexicon().is_title(word):
            break
        if word.lower() in STOP_WORDS:
            break  # "As Rep. Alan Grayson's campaign …": a sentence's first word, not Ås in Norway
        place.insert(0, word)
    return " ".join(place) if 0 < len(place) <= MAX_PLACE_OF_ROLE_WORDS else None


# Words of a chamber, a party or a regional central bank that stand between a state or a city and
# a role held there ("Wisconsin Senate candidate", "Dallas Federal Reserve President").
CHAMBERS_AND_PARTIES = frozenset(
    {"senate", "house", "assembly", "legislature", "democratic", "republican", "gop", "democrat", "state", "party",
     "federal", "reserve", "fed", "bank"}
)  # fmt: skip
# Lower-case words that end a role's "of <country>" as punctuation does: "was president of
# Ukraine from 1994 to 2005", "minister of Kenya since 2013"; not "director of China Mobile".
_AFTER_A_ROLE_PHRASE = frozenset({"from", "since", "until", "till", "in", "during", "when", "who", "between"})


# Roles held in a region or a city, or for one: a country's name right before one, or after the
# name as "of <place>", is as often a state's ("Georgia Gov. Brian Kemp", "Sen. Johnny Isakson
# of Georgia"), so the gazetteer reads it (`_place_of_role`, `_place_after_name`), not the
# country list.
REGIONAL_ROLES = frozenset(
    {
        "governor",
        "gov.",
        "lt. gov.",
        "mayor",
        "chief minister",
        "senator",
        "sen.",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "sheriff",
    }
)


def _country_of_role(words: list[str], role_start: int, role_end: int, cased: bool) -> str | None:
    registry = country_registry()
    regional = " ".join(words[role_start:role_end]).lower() in REGIONAL_ROLES
    for position in range(role_start - 1, max(-1, role_start - 4), -1):  # nearest the role first
        word = words[position]
        if word in ("'s", "\u2019s"):
            continue
        country = registry.country_of_word(word, cased_text=cased)
        if country and regional and registry.country_of_demonym(word) is None:
            return None  # "Georgia Gov.": the US state's governor (not "the Russian governor")
        if country:
            return country
        if word.lower() not in ROLE_MODIFIERS and not word[:1].isupper():
            break
    after = words[role_end : role_end + 3]
    if len(after) >= 2 and after[0].lower() in ("of", "for"):
        ends = len(after) == 2 or not after[2][:1].isalpha() or after[2] in _AFTER_A_ROLE_PHRASE
        country = _country_name_written(after[1], cased)
        if country and ends:
            return country
    return None


def _following_noun(doc: Doc, end: int) -> tuple[str | None, int]:
    """The military or government noun right after a country word (skipping "'s"), and where it ends."""
    vocabulary = lexicon()
    index = end + 1 if end < len(doc) and doc[end].text in ("'s", "\u2019s") else end
    for length in (3, 2, 1):
        phrase = doc[index : index + length]
        if len(phrase) == length:
            text = phrase.text.lower()
            if text in vocabulary.military_words:
                return "military", index + length
            if text in vocabulary.government_words:
                return "government", index + length
    return None, end


# A place preposition before a one-word country name the recogniser calls a person: "from Mali".
_PLACE_BEFORE = frozenset({"of", "from", "in", "to", "into", "towards", "across", "with"})


def _country_mislabelled(ent: Span) -> bool:
    """Whether a 'person' is a country: a name of several words that is a country's ("Burkina
    Faso"), one word no one is called by ("also known as Myanmar"), or one word after a place
    preposition ("crossed the border from Chad"). A lone "Chad" or "Jordan" may be a person, so a
    country's name that is also a given name needs the preposition."""
    if country_registry().country_of_name(ent.text) is None:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if len(ent) > 1 or before in _PLACE_BEFORE:
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.is_lower and is_plural_for_people(after.text):
        return False  # "Niger militiamen" in Nigeria's Niger State: the word qualifies, whose is unsaid
    return first_name_gender(ent.text) is None


# The last word of a street's, square's or bridge's name ("Washington and Broad Streets"), and of
# a province's or district's ("Bas Congo Province"). Not "State": "Islamic State", "Penn State".
_STREET_HEADS = frozenset(
    {"street", "streets", "avenue", "road", "boulevard", "lane", "square", "bridge", "highway", "plaza"}
)
# Buildings named after a person or a firm: "Trump Tower" is where Megyn Kelly went, not Trump.
_BUILDING_HEADS = frozenset({"tower", "towers", "building", "hotel", "stadium", "arena", "airport", "mall"})
_DISTRICT_HEADS = frozenset(
    {"province", "county", "district", "region", "oblast", "governorate", "prefecture", "municipality", "parish"}
    | {"township", "borough"}
)
# Water and land features ("Biscayne Bay"), which also end people's names ("Michael Bay", "Ricki
# Lake"): a place only when the first word is no given name.
_FEATURE_HEADS = frozenset({"bay", "harbor", "harbour", "canal", "lake", "river", "island", "islands"})
_PLACE_HEADS = _STREET_HEADS | _DISTRICT_HEADS | _BUILDING_HEADS
_MAX_PLACE_NAME_TOKENS = 3  # "Orange County Sanitation District" is an agency


def _named_like_a_place(ent: Span) -> bool:
    """Whether a 'person' or organisation is named like a street, square or bridge ("Broad
    Streets", "Tahrir Square"), a building ("Trump Tower"), a province or district ("Bas Congo
    Province") or a bay, lake or river ("Biscayne Bay"): a place actor.
    Like a region, it keeps its entity label: the gazetteer holds few streets or old provinces."""
    if ent.label_ not in ("PERSON", "ORG") or not 2 <= len(ent) <= _MAX_PLACE_NAME_TOKENS:
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.is_title:
        return False  # "Queens District Attorney Richard Brown": the name goes on
    if not all(token.is_title for token in ent):
        return False
    if ent[-1].lower_ in _FEATURE_HEADS:
        return first_name_gender(ent[0].text) is None  # "Biscayne Bay", not "Michael Bay"
    return ent[-1].lower_ in _PLACE_HEADS


def _is_region(ent: Span) -> bool:
    """Whether a 'person' is a continent or region (`regions` in lexicon.toml: "Africa", "the
    Sahel"), or one with a qualifying adjective ("sub-Saharan Africa"). It becomes a place actor
    only: the entity keeps its label, since the gazetteer holds few regions and a place it cannot
    find helps no map."""
    regions = lexicon().regions
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_alpha and before.text[0].isupper() and not ent[0].is_sent_start:
        return False  # "IS Sahel militants": the recogniser cut a group's name
    if fold(ent.text) in regions:
        return True
    qualifier = ent[0].lower_  # "Saharan Africa", "Eastern Europe"; not "IS Sahel", a group's name
    return len(ent) > 1 and fold(ent[1:].text) in regions and qualifier.endswith(("an", "ern", "al"))


# Nouns for a business that, as the head of an apposition, make the name a business's ("Robey
# Warshaw, a firm founded in 2014"); not "group" ("Coyoacan, a group of students").
_BUSINESS_NOUNS = frozenset(
    {"firm", "company", "bank", "publisher", "fund", "chain", "brand", "retailer", "maker", "manufacturer",
     "studio", "startup", "corporation", "conglomerate", "airline", "carrier", "broker", "consultancy", "lender",
     "insurer", "unit", "subsidiary", "division", "affiliate", "automaker", "carmaker", "drugmaker", "chipmaker",
     "planemaker", "miner", "refiner", "operator"}
)  # fmt: skip
# Words that end a business's name in lower case ("Carnival Cruise lines"); not "company", which
# follows a workplace ("workers at Thales company demonstrated") as often as a name.
_BUSINESS_ENDINGS = frozenset({"lines", "airlines", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc"})
_FIRM_ENDINGS = (("and", "company"), ("and", "co."), ("&", "co."), ("and", "sons"), ("&", "sons"))
_MAX_APPOSITION_WORDS = 4  # "a firm", "a New York law firm", "a public opinion research group"
# Heads of an apposition that make the name a body's, not a person's, when they end it ("Latino
# Decisions, a public opinion research group"; not "Coyoacan, a group of students").
_BODY_NOUNS = frozenset(
    {"group", "organization", "organisation", "nonprofit", "non-profit", "charity", "institute",
     "association", "coalition", "network", "newspaper", "website", "magazine"}
)  # fmt: skip
_PHRASE_LINKS = frozenset({"of", "at", "in", "for", "with", "from", "on", "to", "by"})


def _named_as_a_business(ent: Span) -> bool:
    """Whether a 'person' is a business by what follows its name: "and Company" or "& Co." ("Henry
    Holt and Company"), a business noun in lower case ("Carnival Cruise lines"), or an apposition
    whose head is one ("Robey Warshaw, a firm founded …")."""
    doc = ent.doc
    after = list(doc[ent.end : ent.end + _MAX_APPOSITION_WORDS + 2])
    words = [token.lower_ for token in after]
    if tuple(words[:2]) in _FIRM_ENDINGS:
        return True
    if words and after[0].is_lower and words[0] in _BUSINESS_ENDINGS:
        return True
    if len(words) < 3 or words[0] != "," or words[1] not in ("a", "an"):
        return False
    for token in after[2 : 2 + _MAX_APPOSITION_WORDS]:
        if token.lower_ in _BUSINESS_NOUNS or token.lower_ in _BODY_NOUNS:
            return _ends_a_noun_phrase(token)
        if token.is_punct or token.lower_ in _PHRASE_LINKS:
            return False  # "Smith, a member of the group": the group is not Smith
    return False


# Words that end a firm's name ("Sungard Data Systems", "Silver Lake Partners", "Lone Pine Capital",
# "Evercore Partners"): after one, the name is a firm's, and its first word alone is the firm too
# (`_short_names_of_firms`).
_FIRM_WORDS = frozenset(
    {"partners", "capital", "systems", "services", "holdings", "industries", "technologies", "securities",
     "pharmaceuticals", "entertainment", "electronics", "communications", "investments", "ventures", "inc",
     "inc.", "corp", "corp.", "llc", "ltd", "ltd.", "advisors", "advisers", "associates", "consulting", "limited",
     "incorporated", "gmbh", "distribution", "distributors"}
)  # fmt: skip
# Capitalised last words that make a name an institution's, not a person's ("Clinton Foundation",
# "Clinton Health Access Initiative", "Heritage Institute", "Phet Ma Lite Guerrilla Force"); none
# is a common English surname.
_INSTITUTION_WORDS = _FIRM_WORDS | frozenset(
    {"foundation", "institute", "initiative", "center", "centre", "council", "committee", "association", "fund",
     "trust", "society", "group", "company", "corporation", "university", "college", "party", "campaign",
     "coalition", "network", "agency", "commission", "museum", "hospital", "library", "academy", "project",
     "alliance", "federation", "league", "organization", "organisation", "program", "programme",
     "gop", "force", "forces", "army", "front", "brigade", "brigades",
     "battalion", "movement", "militia", "syndicate", "syndicates", "union", "airlines", "airways", "motors",
     "bancorp", "petroleum", "air", "board", "networks", "solutions", "resources", "enterprises", "laboratories",
     "properties", "logistics", "brands", "stores", "software", "semiconductor", "semiconductors", "therapeutics",
     "biosciences", "aerospace", "foods", "farms", "mills", "chemicals", "beverages", "studios"}
)  # fmt: skip
# The endings of a firm's full name after which its first word alone is the firm, with the short
# forms that make no name an institution's on their own ("Co", "Plc", "AG", "SA"); not a
# foundation's or a campaign's, whose first word is a person's.
_FIRM_NAME_ENDINGS = _FIRM_WORDS | frozenset({"co", "co.", "plc", "ag", "sa"})


def _short_names_of_firms(doc: Doc, full_name_words: set[str]) -> set[str]:
    """First words of the firms the article names in full ("Evercore Partners", "Centerview
    Partners"), which a later bare mention read as a person stands for; not a word of a person's
    full name in the article ("Trump Entertainment Resorts" leaves Donald Trump), nor a given name."""
    return {
        ent[0].text
        for ent in doc.ents
        if ent.label_ in ("ORG", "PERSON")
        and len(ent) >= 2
        and ent[-1].lower_ in _FIRM_NAME_ENDINGS
        and ent[0].is_title
        and ent[0].lower_ not in full_name_words
        and first_name_gender(ent[0].text) is None
    }


def _ends_in_an_institution_word(ent: Span) -> bool:
    """Whether a 'person' of two words or more ends in an institution's word ("Clinton
    Foundation"): the recogniser's person is a body named after one."""
    last = ent[-1]
    return len(ent) >= 2 and not last.is_lower and last.lower_ in _INSTITUTION_WORDS


# The rest of a law's name after "and" ("and Governance Framework Act", "and Consumer Protection
# Act"): capitalised words ending in "Act".
_REST_OF_A_LAW = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){1,5}Acts?\b")


def _names_a_law(ent: Span) -> bool:
    """Whether the entity is a law's or a market index's name ("the Marine Mammal Protection Act",
    "the KBW Bank Index"), or the part of a law's name before its "and" ("the Traditional
    Leadership and Governance Framework Act", "the Dodd-Frank Wall Street Reform and Consumer
    Protection Act"): neither is an actor, whatever label the recogniser gives it."""
    if len(ent) >= 2 and ent[-1].text in ("Act", "Acts", "Index"):
        return True
    # a place before "and … Act" is a place of its own ("the Consumer Act of the Philippines and
    # Republic Act 9296")
    return ent.label_ in ("ORG", "PERSON") and _REST_OF_A_LAW.match(text_of(ent.doc), ent.end_char) is not None


def _team_by_its_plural(ent: Span) -> bool:
    """A one-word 'person' or 'place' after "the" that is the plural of an English noun and no
    country's name or region's ("the Clippers", "the Cavaliers", "the Nationals"): a team or a band,
    named as teams are, not one person or a place ("the Alps" is a name as it is, "the Philippines" a
    country, "the Americas" two continents)."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or not ent[0].is_title:
        return False
    if fold(ent.text) in lexicon().regions:
        return False
    return is_plural_noun(ent.text) and country_registry().country_of_name(ent.text) is None


# Words of the names and styles of persons that news writes with "the" and the title list lacks
# ("the Dalai Lama", "the Pontiff", "the Rev. Larry Kroon", "the Duke of Sussex", "the Virgin Mary").
_PERSONS_NAMED_WITH_THE = frozenset(
    {"dalai", "lama", "pontiff", "prophet", "ayatollah", "rev", "rev.", "reverend", "duke", "duchess", "lady",
     "lord", "hon", "hon.", "honourable", "honorable", "cardinal", "bishop", "buddha", "mahatma", "mufti",
     "caliph", "messiah", "virgin"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _a_body_named_with_the(ent: Span) -> bool:
    """A 'person' written with "the" before it as the subject of its clause ("the SVP sought to
    limit immigration", "the Border Patrol, in a joint operation, found", "as The Hill
    reported"): a person's name takes no article, a body's does, so it is read as a body. A name
    modifying a noun ("the Trump campaign") is no subject, nor is a place an object names
    ("residents of the South Bronx gathered"): only subjects count. A title ("the Pope had been
    cured") and a family's plural ("the Clintons") stay persons. The caller keeps a one-word name
    of a person the article names in full ("the Clinton of lore", "The Donald"). The sentence is
    parsed for the name's role (kept on the document for later stages)."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent[-1].text.endswith("s"):
        return False
    if parse_person_name(ent.text) is None:
        return False  # dropped as no person's name anyway ("the Purple Heart"), not made a body
    words = [fold(token.text) for token in ent]
    if any(lexicon().is_title(word) or word in _PERSONS_NAMED_WITH_THE for word in words):
        return False
    sentence = ent.sent
    (parse,) = sentence_parses(doc, [(sentence.start_char, sentence.end_char)]).values()
    start, end = ent.start_char - sentence.start_char, ent.end_char - sentence.start_char
    inside = [token for token in parse if start <= token.idx < end]
    heads = [token for token in inside if not start <= token.head.idx < end or token.head == token]
    return len(heads) == 1 and heads[0].dep_ in _SUBJECTS


# Heads of the names of bodies that govern a place, which the recogniser may read as the place
# (not "court": "in front of the High Court" is where a protest stands).
_GOVERNING_WORDS = frozenset(
    {"council", "committee", "commission", "assembly", "parliament", "legislature", "ministry", "department",
     "police", "board", "authority", "government", "administration"}
)  # fmt: skip


# Last words of firms named after their country or city ("Oman Air", "Qatar Airways", "China
# Mobile", "Korea Telecom", "Pakistan Petroleum"), which the recogniser reads as the place.
_FIRM_WORDS_AFTER_A_PLACE = frozenset(
    {"air", "airways", "airlines", "airline", "mobile", "telecom", "petroleum", "motors", "steel"}
)


def _ends_in_a_governing_word(ent: Span) -> bool:
    """Whether a 'place' of two words or more ends in the word of a governing body ("St. Paul
    City Council", "Delhi Police") or of a firm (`_FIRM_WORDS_AFTER_A_PLACE`): the body of the
    place, not the place."""
    last = ent[-1]
    return len(ent) >= 2 and last.is_title and last.lower_ in _GOVERNING_WORDS | _FIRM_WORDS_AFTER_A_PLACE


# What may follow the head noun of an apposition ("a firm founded in 2014", "a bank based in
# Zurich"); another noun means the business word was a modifier ("a bank teller").
_AFTER_A_HEAD = frozenset(
    {"founded", "based", "that", "which", "in", "of", "with", "owned", "run", "known", "headquartered", "whose",
     "and", "for", "to"}
)  # fmt: skip


def _ends_a_noun_phrase(token: Token) -> bool:
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or following.is_punct or following.lower_ in _AFTER_A_HEAD


_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "superstorm"})
# Of them, those that name a storm in lower case too ("after superstorm Sandy ravaged New Jersey");
# not "storm" ("After the storm Trump visited"), nor any after an article ("the hurricane").
_LOWER_CASE_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "superstorm"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that"})


def _names_a_storm(ent: Span) -> bool:
    """Whether the entity is a storm's name: after "Hurricane", "Typhoon", "Cyclone", "(Tropical)
    Storm" or "Superstorm", capitalised or (but "storm") in lower case with no article before, or
    starting with one of them."""
    return _after_a_storm_word(ent[0]) or (len(ent) > 1 and _is_storm_word(ent[0]))


def _after_a_storm_word(token: Token) -> bool:
    """Whether the word before `token` names a storm (`_names_a_storm`)."""
    doc = token.doc
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    if _is_storm_word(before):
        return True
    lower_case_storm = before.is_lower and before.lower_ in _LOWER_CASE_STORM_WORDS
    return lower_case_storm and (token.i < 2 or doc[token.i - 2].lower_ not in _ARTICLES)


def _is_storm_word(token: Token) -> bool:
    return token.is_title and token.lower_ in _STORM_WORDS


def _only_a_title(ent: Span) -> bool:
    """Whether the entity is one word that is a role or a courtesy title alone ("Sheriff" of
    "Sheriff's deputies", "ma'am"): it names no one."""
    return len(ent) == 1 and lexicon().is_title(fold(ent.text).removesuffix("'s").removesuffix("\u2019s"))


# Titles that end no one's name, though the recogniser runs a name on into them ("Harare Mayor,
# Bernard Manyenyeni"); not titles that are also surnames ("Major", "King", "Judge", "Bishop").
_TITLES_ENDING_NO_NAME = frozenset(
    {"mayor", "governor", "president", "minister", "premier", "senator", "spokesman", "spokeswoman",
     "spokesperson", "ambassador", "envoy", "congressman", "congresswoman", "chairman", "chairwoman",
     "prosecutor", "sheriff", "commander", "secretary"}
)  # fmt: skip


def _ends_in_a_title(ent: Span) -> bool:
    """A 'person' whose last word is a title and which the name of a person follows ("Harare
    Mayor, Bernard Manyenyeni", "Kano Governor Abdullahi Ganduje"): a title with its place,
    naming no one but the next person. Without a name after it ("Hakkari Governor's office
    issued a ban") the title is all the text says of who acted, and it stays."""
    if len(ent) < 2 or not ent[-1].is_title or ent[-1].lower_ not in _TITLES_ENDING_NO_NAME:
        return False
    doc = ent.doc
    following = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    return following < len(doc) and doc[following].ent_type_ == "PERSON"


def _is_not_a_person(text: str) -> bool:
    """Whether a person-typed name holds a word of the curated not-a-person list (platforms,
    products, diseases, weapons, awards: `not_persons` in lexicon.toml)."""
    words = _WORDS.findall(fold(text))
    phrases = {" ".join(words[start : start + length]) for length in (1, 2, 3) for start in range(len(words))}
    return bool(phrases & _folded_not_persons())


_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


@lru_cache(maxsize=1)
def _folded_not_persons() -> frozenset[str]:
    return frozenset(" ".join(_WORDS.findall(fold(entry))) for entry in lexicon().not_persons)


# Prepositions after which a lone capitalised word is a place, not a person ("in Delhi", "from
# Logar"). Not "at" or "across" ("angry at Obama", "shot at Smith").
_PLACE_ONLY_BEFORE = frozenset({"in", "from", "near", "outside"})


def _place_mislabelled(ent: Span, person_words: set[str]) -> bool:
    """A one-word 'person' right after a place preposition, not a possessive and not a name of a
    person the article names in full (`person_words`, lower case): "protests in Delhi", "fled
    from Logar"; not "in Trump's speech", not "a letter from Biden" after "Joe Biden"."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in _PLACE_ONLY_BEFORE:
        return False
    if ent.text.lower() in person_words:
        return False
    return not (ent.end < len(doc) and doc[ent.end].text in ("'s", "\u2019s"))


# Prepositions that open a list of places ("at Cattai and Wilberforce", "in Moonbi, Parkes, Berry
# and Wyong"), and what may follow a list's last item when it ends there.
_LIST_OF_PLACES_AFTER = _PLACE_ONLY_BEFORE | {"at"}
_LIST_LINKS = frozenset({",", "and", "or"})
_AFTER_A_LIST = frozenset({",", ".", ";", ":", ")", "in", "on", "near", "and", "or"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _listed_with_places(ent: Span, person_words: set[str]) -> bool:
    """A one-word 'person' that is an item of a list of names opened by a place preposition,
    where another item is a place: "at Cattai and Wilberforce", "in Moonbi, Parkes, Berry and
    Wyong". Not a name of a person the article names in full, and not an item a verb follows
    ("in Washington and Kerry said": the list is only "Washington")."""
    doc = ent.doc
    if len(ent) != 1 or ent.text.lower() in person_words:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else "."
    if after not in _AFTER_A_LIST:
        return False
    items = _list_around(ent)
    first = min(item.start for item in items)
    opener = doc[first - 1].lower_ if first > 0 else ""
    return opener in _LIST_OF_PLACES_AFTER and any(item.label_ in _PLACE_LABELS for item in items if item != ent)


def _list_around(ent: Span) -> list[Span]:
    """The entities linked to `ent` by commas, "and" or "or" only, on both sides, with `ent`."""
    doc = ent.doc
    by_start = {item.start: item for item in doc.ents}
    by_end = {item.end: item for item in doc.ents}
    items = [ent]
    index = ent.start
    while True:  # leftwards: "X, " or "X and " or "X, and " before the current item
        links = index
        while links > 0 and doc[links - 1].lower_ in _LIST_LINKS:
            links -= 1
        if links == index or links not in by_end:
            break
        items.append(by_end[links])
        index = by_end[links].start
    index = ent.end
    while True:  # rightwards
        links = index
        while links < len(doc) and doc[links].lower_ in _LIST_LINKS:
            links += 1
        if links == index or links not in by_start:
            break
        items.append(by_start[links])
        index = by_start[links].end
    return items


def _names_a_person_here(table: _ActorTable, text: str) -> bool:
    """Whether an organisation-typed mention is the name of a person of this article ("Xi
    Jinping" typed ORG once, or a full-named person's surname alone): a person's type is
    decided once, for the actor, not per mention."""
    name = parse_person_name(text)
    if name is None or len(name.tokens) > 4:
        return False
    first, surname = name.first_key, name.surname_key
    if not name.is_full:  # "introduce Bond" after "Beverly Bond": the surname of a full-named person
        return len(text.split()) == 1 and any(
            actor.kind is ActorKind.PERSON and actor.surname == surname and actor.first_name for actor in table.actors
        )
    return any(
        actor.kind is ActorKind.PERSON
        and actor.surname == surname
        and actor.first_name is not None
        and first_names_fit(actor.first_name, first)
        for actor in table.actors
    )


def _non_person_actor(table: _ActorTable, ent: Span) -> tuple[int | None, Span]:
    registry = country_registry()
    vocabulary = lexicon()
    doc = ent.doc
    text = ent.text
    known = vocabulary.known_actor(text)
    if known is not None:
        return _known_actor(table, known), ent
    # a country's name read as a building is the country ("The Vatican says …")
    country = registry.country_of_name(text) if ent.label_ in ("GPE", "LOC", "ORG", "FAC") else None
    if country is None and ent.label_ == "NORP":
        country = registry.country_of_demonym(text)
    if country is not None:
        noun, end = _following_noun(doc, ent.end)
        if noun is not None:
            return _institution(table, noun, country), doc[ent.start : end]
        return table.get_or_add(f"country:{country}", registry.name_of(country), ActorKind.COUNTRY, country), ent
    capital_of = registry.country_of_capital(text) if ent.label_ in ("GPE", "LOC") else None
    if capital_of is not None and _acts_as_subject(ent):
        position = _institution(table, "government", capital_of)
        table.actors[position].evidence.append(f"'{text}' used as an actor (capital of {capital_of})")
        return position, ent
    if ent.label_ == "NORP" and _before_a_business_noun(ent):
        return None, ent  # "Scandinavian airline SAS": a region's adjective on a firm, no party
    if ent.label_ in ("GPE", "LOC", "FAC") and (_employer_of_a_worker(ent) or _after_a_business_noun(ent)):
        return _organisation(table, ent), ent  # "Janette Brimmer, an attorney with Earthjustice"
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return table.get_or_add(f"place:{fold(text)}", text, ActorKind.PLACE, capital_of), ent
    if _compass_adjective(ent):
        return None, ent
    if ent.label_ == "ORG":
        return _organisation(table, ent), ent
    return table.get_or_add(f"group:{fold(text)}", text, ActorKind.GROUP), ent


# Who works with a body named after them: "an attorney with Earthjustice", "an analyst with
# Sanford Bernstein". No one works "with" a town in that sense.
WORKERS = frozenset(
    {"attorney", "attorneys", "lawyer", "lawyers", "analyst", "analysts", "researcher", "researchers", "economist",
     "economists", "scientist", "scientists", "fellow", "director", "organizer", "organiser", "activist",
     "activists", "strategist", "consultant", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
     "executive", "manager", "partner", "counsel", "advocate", "campaigner", "volunteer", "worker", "workers"}
)  # fmt: skip


def _after_a_business_noun(ent: Span) -> bool:
    """Whether a 'place' is named right after a business noun in lower case: "eye-care company
    Alcon", "U.S. diet-food firm Jenny Craig"."""
    doc = ent.doc
    return ent.start >= 1 and doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in _BUSINESS_NOUNS


def _before_a_business_noun(ent: Span) -> bool:
    """Whether a people's adjective no country has stands before a business noun ("Scandinavian
    airline SAS"): it describes the firm."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].lower_ in _BUSINESS_NOUNS


def _employer_of_a_worker(ent: Span) -> bool:
    """Whether a 'place' is named as whom someone works with: "an attorney with Earthjustice"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "with" and doc[ent.start - 2].lower_ in WORKERS


# Adjectives of a country's parts that the recogniser labels a people or a body before a noun
# ("this forlorn Southern town", "a Midwestern town"); "Western" and "Eastern" also name blocs
# ("Western diplomats"), so they stay.
_COMPASS_ADJECTIVES = frozenset(
    {"southern", "northern", "midwestern", "southwestern", "southeastern", "northwestern", "northeastern"}
)


def _compass_adjective(ent: Span) -> bool:
    """A one-word 'people' that is a compass adjective before a lower-case word ("Southern town"):
    a region's, no group. The article's doc carries no parts of speech, so the word's case tells."""
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    return (
        len(ent) == 1
        and ent.text.lower() in _COMPASS_ADJECTIVES
        and following is not None
        and following.is_lower
        and following.is_alpha
        and not following.is_stop
    )


def _vessel_actor(table: _ActorTable, vessel: Vessel) -> int:
    """A navy's ship is a military actor of the navy's country; a merchant ship an organisation."""
    name = vessel.span.text
    kind = ActorKind.MILITARY if vessel.navy else ActorKind.ORGANISATION
    return table.get_or_add(f"vessel:{fold(name)}", name, kind, vessel.country)


def _known_actor(table: _ActorTable, known: KnownActor) -> int:
    if known.is_seat and known.country:
        noun = "military" if known.kind == "military" else "government"
        return _institution(table, noun, known.country)
    kind = ActorKind(known.kind) if known.kind in ActorKind._value2member_map_ else ActorKind.ORGANISATION
    return table.get_or_add(f"known:{fold(known.name)}", known.name, kind, known.country)


def _institution(table: _ActorTable, noun: str, country: str) -> int:
    country_name = country_registry().name_of(country)
    if noun == "military":
        return table.get_or_add(f"military:{country}", f"Military of {country_name}", ActorKind.MILITARY, country)
    return table.get_or_add(f"government:{country}", f"Government of {country_name}", ActorKind.GOVERNMENT, country)


def _organisation(table: _ActorTable, ent: Span) -> int:
    registry = country_registry()
    vocabulary = lexicon()
    lowered = ent.text.lower()
    country = _country_named_in(ent)
    doc = ent.doc
    if country is None and ent.start >= 2 and doc[ent.start - 1].text in ("'s", "\u2019s"):
        # "Ukraine's Foreign Intelligence Service", "Hong Kong's Independent Commission Against
        # Corruption", not "the island's Central Bank"
        owners = (doc[max(0, ent.start - 1 - size) : ent.start - 1].text for size in (3, 2, 1))
        country = next(
            (found for owner in owners if (found := _country_name_written(owner, _cased(ent))) is not None), None
        )
    # "the Human Rights Council of Pakistan": a body of that country with its own name (not the
    # UN's council of that name, nor the country's government or army)
    of_country = _of_country_after(ent, _cased(ent)) if country is None else None
    country = country or _seat_in_a_country(ent)
    is_military = any(
        word in lowered.split() or (" " in word and word in lowered) for word in vocabulary.military_words
    )
    if of_country:
        kind = ActorKind.MILITARY if is_military else ActorKind.ORGANISATION
        name = f"{ent.text} of {registry.name_of(of_country)}"
        return table.get_or_add(f"org:{fold(name)}", name, kind, of_country)
    if is_military and country:
        return _institution(table, "military", country)
    kind = ActorKind.MILITARY if is_military else ActorKind.ORGANISATION
    is_government = any(
        word in lowered.split() or (" " in word and word in lowered) for word in vocabulary.government_words
    )
    if is_government and country:
        return _institution(table, "government", country)
    if is_government:
        kind = ActorKind.GOVERNMENT
    return table.get_or_add(f"org:{fold(ent.text)}", ent.text, kind, country)


SEAT_IN_COUNTRY_WORDS = 3  # "in the UK", "in South Africa", "in the United States"
# Bodies that stand in one place, so that "in <country>" after the name says where they are.
_SITED_INSTITUTIONS = frozenset(
    {"University", "College", "Hospital", "Museum", "School", "Academy", "Institute", "Library", "Zoo", "Cathedral"}
)


def _seat_in_a_country(ent: Span) -> str | None:
    """The country a political party or a sited institution is said to be in ("a member of the
    Conservative Party in the UK", "Kaveh Majlesi of Lund University in Sweden"): its name, then
    "in" and a country's name. A firm "in" a country is often only working there ("Apple in
    China"), so only a party and a body with a seat count."""
    doc = ent.doc
    sited = ent[-1].text == "Party" or ent[-1].text in _SITED_INSTITUTIONS
    if not sited or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
        return None
    start = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
    registry = country_registry()
    for size in range(SEAT_IN_COUNTRY_WORDS, 0, -1):
        words = doc[start : start + size]
        if len(words) == size and (found := registry.country_of_name(words.text)):
            return found
    return None


def _country_named_in(ent: Span) -> str | None:
    """The first country an organisation's name names, by a demonym or a name of up to three
    words ("Saudi Aramco", "South Africa Breweries", "Papua New Guinea Ports"); a word after "New"
    is part of a place's name, no country ("New Jersey Carpenters Pension Fund" is not Jersey's,
    "New Mexico State University" not Mexico's)."""
    registry = country_registry()
    for start in range(len(ent)):
        for length in range(min(3, len(ent) - start), 0, -1):
            if length == 1 and start > 0 and ent[start - 1].text == "New":
                continue
            words = ent[start : start + length].text
            found = registry.country_of_demonym(words) or registry.country_of_name(words)
            if found:
                return found
    return None


# A city's own offices, which a capital's possessive names apart from the national government.
MUNICIPAL_OFFICES = frozenset(
    {"mayor", "mayors", "deputy", "city", "council", "councillors", "councilors", "governor", "metro", "municipal",
     "municipality", "police", "residents", "people", "citizens", "population", "districts", "suburbs"}
)  # fmt: skip


def _acts_as_subject(ent: Span) -> bool:
    """Metonymy test without a parser: not after a place preposition, and followed by a verb-like word."""
    doc = ent.doc
    previous = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if previous == "the" and ent.start > 1:
        previous = doc[ent.start - 2].lower_
    if previous in PLACE_PREPOSITIONS:
        return False
    if ent.end >= len(doc):
        return False
    following = doc[ent.end]
    if following.text in ("'s", "\u2019s"):
        owned = [token.lower_ for token in doc[ent.end + 1 : ent.end + 3]]
        return not MUNICIPAL_OFFICES.intersection(owned)  # "London's mayor" is the city's, not the state's
    word = following.lower_
    return following.is_alpha and following.is_lower and (word in ACTION_WORDS or word.endswith("ed"))
