"""A 'person' the recogniser found that nothing makes a person: known only by one word, which no
full name, honorific, role or country goes with, and which no list of names knows.

Business copy names firms by one word ("Salesforce", "Citigroup", "Sears") and sentences open with
common words ("Families gathered", "Preceded by a band"); the recogniser reads many of both as
persons. A real lone surname is nearly always a census one ("Henderson said") or follows a first
name somewhere in the text. What the word looks like then says what it is (`lone_names_corrected`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.nlp.countries import is_city_name
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.english import is_english_word
from newsgraph.nlp.entity_noise import names_a_people
from newsgraph.nlp.known_persons import is_known_surname
from newsgraph.nlp.names import first_name_gender, is_census_surname
from newsgraph.nlp.records import ActorKind, LocalActor, Mention
from newsgraph.nlp.syntax import sentence_parses


def lone_names_corrected(
    doc: Doc, mentions: list[Mention], actors: list[LocalActor], organisations: set[str]
) -> tuple[list[Mention], list[LocalActor]]:
    """The mentions and actors, with every 'person' known by one word and nothing else that
    makes a person (`_a_lone_name_without_a_person`) corrected where its word says what it is:
    a word written as firms' names are and persons' are not, with inner capitals, figures or
    only capitals ("HarperCollins", "NBC10", "LAPD"), or one the first recogniser read as an
    organisation and that is no city ("Salesforce", "Yahoo"; not "Cuenca"), is a body; else an
    English word or a form of one is no actor ("Families", "Preceded", "Arsenic"). Any other
    stays as it was: many are the names of peoples and armed groups that conflict reports write
    alone ("Imbonerakure", "Murle"), which no list here tells from places or persons."""
    text = text_of(doc)
    kept: list[LocalActor] = []
    positions: dict[int, int] = {}
    for position, actor in enumerate(actors):
        if _a_lone_name_without_a_person(actor, text):
            if not actor.name.istitle() or (actor.name in organisations and not is_city_name(actor.name)):
                actor.kind = ActorKind.ORGANISATION
                actor.surname = None
            elif (
                _an_english_word_or_its_form(actor.name)
                and not _in_a_town_and_region_pair(actor.name, text)
                and not _parsed_as_a_name(doc, [mention for mention in mentions if mention.actor == position])
            ):
                continue
        positions[position] = len(kept)
        kept.append(actor)
    kept_mentions = [
        mention if mention.actor is None else replace(mention, actor=positions[mention.actor])
        for mention in mentions
        if mention.actor is None or mention.actor in positions
    ]
    return kept_mentions, kept


def _parsed_as_a_name(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether the tagger, given the sentence, reads some mention as a proper noun: a rare word
    that is a surname too ("Khalif criticized Clinton") is tagged so, a common one is not
    ("Families gathered", "Preceded by a band", "Losses at two lenders")."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        bounds = (span.sent.start_char, span.sent.end_char)
        (parse,) = sentence_parses(doc, [bounds]).values()
        offset = mention.start - bounds[0]
        if any(token.idx == offset and token.tag_ in ("NNP", "NNPS") for token in parse):
            return True
    return False


def _in_a_town_and_region_pair(name: str, text: str) -> bool:
    """Whether the article writes `name` before or after another name and a comma, as a town
    and its region are written ("out of Troy, Michigan"): the gazetteer later reads such a
    'person' as the place, so it is kept for it."""
    word = re.escape(name)
    return re.search(rf"\b{word},\s+[A-Z][a-z]|\b[A-Z][a-z]+,\s+{word}\b", text) is not None


# Endings of English inflections and what the stem had before them: "Families" → "family",
# "Preceded" → "precede", "Transforming" → "transform", "Losses" → "loss".
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
MIN_STEM_LENGTH = 3


def _an_english_word_or_its_form(word: str) -> bool:
    """Whether `word` is an English word WordNet lists, or an inflected form of one."""
    if is_english_word(word):
        return True
    lower = word.lower()
    return any(
        lower.endswith(ending)
        and len(lower) - len(ending) >= MIN_STEM_LENGTH
        and is_english_word(lower[: -len(ending)] + stem_end)
        for ending, stem_end in _INFLECTIONS
    )


def _a_lone_name_without_a_person(actor: LocalActor, text: str) -> bool:
    """Whether a 'person' is only ever one word, which no full name, honorific, role or country
    went with, and which is neither a surname of the census list nor a first name nor the
    surname of a well-known person nor a people's name ("Somali"), and which the article never
    writes after a first name, even where the recogniser missed the name ("Anthony LaCalamita"):
    nothing in the article or in what is known of names says it is someone's. A real lone
    surname is nearly always a census one ("Henderson said")."""
    if actor.kind is not ActorKind.PERSON or actor.first_name or actor.gender or actor.role or actor.country:
        return False
    name = actor.name
    if " " in name or not actor.surname or is_census_surname(name) or first_name_gender(name) is not None:
        return False
    if is_known_surname(actor.surname) or names_a_people(name):
        return False
    return not any(
        first_name_gender(match.group(1)) is not None
        for match in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text)
    )
