"""spaCy components that turn two recognisers' output into one set of entities for news.

Order in the pipeline: the original recogniser (OntoNotes labels) → `newsgraph_stash_ontonotes`
(moves its entities aside) → `ner_conll` (person/organisation/location/misc, fine-tuned on
CoNLL-2003) → `newsgraph_entities`, which

1. keeps the CoNLL spans and gives them the finer OntoNotes label where the two agree on the
   span (GPE vs LOC vs FAC, NORP vs EVENT …), else one from the country registry;
2. adds the original's dates, times, numbers, money, percentages where nothing else is;
3. corrects with general rules: a name just before a weapon noun is a product ("Shahed suicide drones");
   a name after a title or honorific is a person ("President Zelenskiy", "Mr. Xi"); a name
   the document elsewhere gives as a person is a person everywhere in it (document-level
   consistency); a newspaper's name is an organisation ("Boston Globe"), a people a group
   ("Latino"); a name after "the neighbourhood of" or before ", Michigan" is a place; a
   legislator's party-and-state tag ("Sen. Marco Rubio (R-Fla.)") is no place; countries,
   capitals, demonyms and known organisations the models missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.english import is_adverb, is_plural_for_people
from newsgraph.nlp.entity_noise import is_glued_chrome, names_a_people
from newsgraph.nlp.lexicon import KnownActor, lexicon
from newsgraph.nlp.named_kinds import (
    PARENTHESISED_TICKERS,
    firms_by_what_follows,
    institutions_named_after_peoples,
    institutions_named_after_persons,
    named_after_their_kind,
    spans_merged,
    things_by_apposition,
)
from newsgraph.nlp.names import JOINED_PARTICLES, first_name_gender, is_census_surname, joined_to_particle

ONTONOTES_SPANS = "ontonotes"
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
FINE_LABELS = {
    "PER": ("PERSON",),
    "ORG": ("ORG",),
    "LOC": ("GPE", "LOC", "FAC"),
    "MISC": ("NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"),
}
COARSE_LABEL = {fine: coarse for coarse, fines in FINE_LABELS.items() for fine in fines} | {"MISC": "MISC"}
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
MAX_KNOWN_NAME_TOKENS = 6  # "United States Customs and Border Protection"
WEAPON_NOUN_WINDOW = 2  # "Shahed drones", "Shahed suicide drones"


@Language.component("newsgraph_stash_ontonotes", assigns=["doc.spans"])
def stash_ontonotes(doc: Doc) -> Doc:
    """Keep the first recogniser's entities in `doc.spans` and clear `doc.ents` for the second."""
    doc.spans[ONTONOTES_SPANS] = list(doc.ents)
    doc.set_ents([], default="missing")
    return doc


@Language.component("newsgraph_entities", requires=["doc.ents"], assigns=["doc.ents"])
def merge_entities(doc: Doc) -> Doc:
    ontonotes = list(doc.spans[ONTONOTES_SPANS]) if ONTONOTES_SPANS in doc.spans else []
    ontonotes_labels = {(span.start, span.end): span.label_ for span in ontonotes}
    spans: list[Span] = []
    for entity in _hyphen_joined(doc, _hyphenated_given_names(doc, list(doc.ents), ontonotes)):
        trimmed = _without_possessive(entity)
        if trimmed is not None:
            spans.append(Span(doc, trimmed.start, trimmed.end, label=_fine_label(trimmed, ontonotes_labels)))
    spans = _apostrophe_surnames_joined(doc, spans)
    spans = _full_person_names(doc, spans, ontonotes)
    spans = _weapons_are_products(doc, spans)
    spans = _diseases_are_no_names(doc, spans)
    spans = _titled_names_are_persons(doc, spans)
    spans = _double_barrelled_surnames(doc, spans)
    spans = _nicknames_joined(doc, spans)
    spans = named_after_their_kind(doc, spans)
    spans = _places_before_hyphenated_adjectives(doc, spans)
    spans = things_by_apposition(doc, spans)
    spans = _one_word_places(doc, spans, ontonotes_labels)
    spans = _consistent_persons(doc, spans)
    spans = institutions_named_after_persons(doc, spans)  # after: a surname found alone may begin one
    spans = institutions_named_after_peoples(doc, spans)
    spans = _party_labels_apart(spans)
    spans = _newspapers_are_organisations(spans)
    spans = _peoples_are_groups(spans)
    spans = _bodies_named_after_a_people(spans)
    spans = _crowds_are_no_places(spans)
    spans = _places_by_their_frame(doc, spans)
    spans = _streets_are_places(doc, spans)
    spans = firms_by_what_follows(doc, spans)
    spans = _water_names_whole(doc, spans)
    person_ends = {span.end for span in spans if span.label_ == "PERSON"}
    spans = [span for span in spans if not _is_party_state_tag(span, person_ends)]
    spans = _known_organisations(doc, spans)
    spans += _free(doc, spans, (span for span in ontonotes if span.label_ in NUMERIC_LABELS))
    registry_spans = list(_registry_names(doc))
    spans = _known_names_over_fragments(spans, registry_spans)
    spans += _free(doc, spans, registry_spans)
    spans = _dishes_and_roads_are_no_names(doc, spans)  # after the registry's, which finds "French" anew
    spans = _prefixed_regions(doc, _buildings_named_with_a_possessive(doc, spans))
    spans = [
        span
        for span in spans
        if not _faith_of_a_thing(doc, span) and not _suffix_alone(span) and not _a_portfolio(doc, span)
    ]
    doc.set_ents(filter_spans(_names_only(doc, spans)), default="outside")
    return doc


def _names_only(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, less those inside a parenthesised share code ("Siemens (SIEGn.DE)"), those
    that name a thing no actor or place is ("threw Molotov cocktails", "the Eurostoxx":
    `not_actors` in lexicon.toml), and those glued to page controls ("Getty ImagesRepublican",
    `is_glued_chrome`)."""
    codes = [match.span(1) for match in PARENTHESISED_TICKERS.finditer(text_of(doc))]
    not_names = lexicon().not_actors
    return [
        span
        for span in spans
        if fold(span.text) not in not_names
        and not is_glued_chrome(span)
        and not any(start <= span.start_char and span.end_char <= end for start, end in codes)
    ]


def _full_person_names(doc: Doc, spans: list[Span], ontonotes: list[Span]) -> list[Span]:
    """A person span that starts at a middle initial ('A. Medvedev') lost the first name, and
    one of two words or more may have lost a family name written first ('Ki Moon' of 'Ban Ki
    Moon'); where the original recogniser reads the longer name, keep that."""
    persons = [span for span in ontonotes if span.label_ == "PERSON" and len(span) >= 2]
    corrected = []
    for span in spans:
        longer = next(
            (p for p in persons if p.start <= span.start and span.end <= p.end and len(p) > len(span)),
            None,
        )
        starts_with_initial = len(span[0].text) == 2 and span[0].text[0].isupper() and span[0].text[1] == "."
        if span.label_ == "PERSON" and longer is not None and (starts_with_initial or _family_name_first(span, longer)):
            trimmed = _without_possessive(longer) or longer
            corrected.append(Span(doc, trimmed.start, trimmed.end, label="PERSON"))
        elif longer is not None and span.label_ in _PARTICLE_SPLIT_LABELS and (whole := _name_with_particle(longer)):
            corrected.append(whole)
        else:
            corrected.append(span)
    return filter_spans(corrected)


# Lower-case particles inside a person's name, where the CoNLL recogniser cuts it in pieces
# ("Osama" and the place "Laden", "Ursula" and "Leyen") that the OntoNotes one reads whole.
_NAME_PARTICLES = JOINED_PARTICLES | {"bint", "binti", "ter", "ten"}
_PARTICLE_SPLIT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_TITLE_WORDS_BEFORE_A_NAME = frozenset({"crown"})  # "Crown Prince Mohammed bin Salman"


def _name_with_particle(longer: Span) -> Span | None:
    """The OntoNotes reading of a person's name with a particle between capitalised words
    ("Osama bin Laden", "Abdel Fattah el-Sisi"), less the titles before it
    ("Crown Prince"); None when it holds no such particle."""
    words = lexicon()
    start = longer.start
    while start < longer.end - 1 and (
        words.is_title(longer.doc[start].text)
        or longer.doc[start].lower_ in _CALLINGS | words.honorifics | _TITLE_WORDS_BEFORE_A_NAME
    ):
        start += 1
    name = longer.doc[start : longer.end]
    if len(name) < 2 or not name[0].is_title:
        return None
    inner_particle = any(token.text in _NAME_PARTICLES for token in name[1:-1]) and name[-1].is_title
    if not inner_particle and not joined_to_particle(name[-1].text):
        return None
    trimmed = _without_possessive(name) or name
    return Span(longer.doc, trimmed.start, trimmed.end, label="PERSON")


# Titles the lexicon's roles and honorifics leave out, which the longer reading may take in.
_CALLINGS = frozenset(
    {"archbishop", "bishop", "cardinal", "rabbi", "imam", "reverend", "father", "sister", "ayatollah", "mullah",
     "pastor", "sultan", "coach", "captain", "professor", "lord", "lady"}
)  # fmt: skip


def _family_name_first(span: Span, longer: Span) -> bool:
    """The longer reading adds one capitalised word before a name of two words or more, inside
    the sentence, and that word is no title ('Ban' before 'Ki Moon', not 'President' before
    'Barack Obama' nor 'Archbishop' before 'Desmond Tutu')."""
    added = span.doc[longer.start]
    return (
        longer.end == span.end
        and longer.start == span.start - 1
        and len(span) >= 2
        and added.is_title
        and added.is_alpha
        and not added.is_sent_start
        and not lexicon().is_title(added.text)
        and added.lower_ not in _CALLINGS
    )


def _fine_label(span: Span, ontonotes_labels: dict[tuple[int, int], str]) -> str:
    coarse = span.label_
    agreed = ontonotes_labels.get((span.start, span.end))
    if agreed in FINE_LABELS.get(coarse, ()):
        return agreed
    if agreed == "LANGUAGE":
        return agreed  # "speaks Mandarin": the second recogniser reads a language as a place or a person
    registry = country_registry()
    if coarse == "LOC":
        is_political = registry.country_of_name(span.text) or registry.country_of_capital(span.text)
        return "GPE" if is_political else "LOC"
    if coarse == "MISC":
        return "NORP" if registry.country_of_demonym(span.text) else "MISC"
    return FINE_LABELS.get(coarse, (coarse,))[0]


# A Reuters instrument code after a company's name: "BAC.N", "KKR.UL", "GMODELOC.MX", "ROSN.MM".
TICKER = re.compile(r"[A-Z0-9]{1,9}\.(?:[A-Z]{1,2}|UL|OQ|PK)")
# Such codes in parentheses (`named_kinds.PARENTHESISED_TICKERS`) the tokenizer cuts at the full
# stop: the recogniser then reads "DE" or "VOWG_p" as an organisation, and no part of one is a name.


def _without_possessive(span: Span) -> Span | None:
    """The span without what follows the name: a possessive, a full stop stuck to a word
    ("Facebook."), lower-case words the recogniser ran on into ("BBC reported"), or a wire's
    stock ticker ("Kohlberg Kravis Roberts KKR.UL"); None when nothing is left ("ACXM.O").
    Nor with a preposition that opens the sentence before it ("Beyond Washington, …"): what is
    left, a country's name or capital, is that place."""
    doc = span.doc
    end = span.end
    while end > span.start + 1 and (
        doc[end - 1].text in POSSESSIVES
        or (doc[end - 1].is_lower and doc[end - 1].is_alpha and not _hyphen_tail(doc[end - 1]))
        or (doc[end - 1].text == "." and len(doc[end - 2].text) > 3 and not doc[end - 2].text.isupper())
        or TICKER.fullmatch(doc[end - 1].text)
    ):
        end -= 1
    if end == span.start + 1 and (doc[span.start].text in POSSESSIVES or TICKER.fullmatch(doc[span.start].text)):
        return None
    if end - span.start > 1 and _opening_adverb(doc[span.start]):
        return Span(doc, span.start + 1, end, label=span.label)  # "Interestingly Blocher, a wealthy industrialist"
    if end - span.start > 1 and _opening_preposition(doc[span.start], end):
        rest = Span(doc, span.start + 1, end, label=span.label)
        registry = country_registry()
        known_place = registry.country_of_name(rest.text) or registry.country_of_capital(rest.text)
        return Span(doc, rest.start, end, label="LOC") if known_place and span.label_ in ("PER", "PERSON") else rest
    return Span(doc, span.start, end, label=span.label)


# Prepositions and sentence connectives no name begins with ("Yet Kelleher dismissed the idea",
# "Yet Crenshaw"), and prepositions some names do ("Beyond Meat", "Inside Edition"), which open a
# sentence's first phrase when a comma closes the name ("Beyond Washington, other …").
_NEVER_NAME_OPENERS = frozenset(
    {"amid", "amidst", "despite", "during", "throughout", "unlike", "besides", "among", "yet", "but", "and", "instead",
     "indeed", "also"}
)  # fmt: skip
_PHRASE_OPENERS = frozenset(
    {"beyond", "inside", "outside", "across", "within", "without", "against", "like", "following", "towards",
     "toward", "upon", "in", "at", "from", "for", "after", "before", "since", "under", "over", "near"}
)  # fmt: skip


def _opening_preposition(token: Token, end: int) -> bool:
    """A preposition capitalised only because it opens the sentence ("Beyond Washington, other
    Republicans …", "Amid Washington turmoil"), before a name that ends at `end`. The
    recogniser runs before the parser, so this reads the words."""
    if not token.is_sent_start:
        return False
    word = token.lower_
    closed = end < len(token.doc) and token.doc[end].text in (",", *POSSESSIVES)
    return word in _NEVER_NAME_OPENERS or (word in _PHRASE_OPENERS and closed)


MIN_ADVERB_LENGTH = 4  # "Only Trump": too short to tell from a name's word


def _opening_adverb(token: Token) -> bool:
    """A sentence adverb capitalised only because it opens the sentence, run into the name after
    it ("Interestingly Blocher, a wealthy industrialist", "Importantly Merkel"): an "-ly" word
    WordNet lists as an adverb ("Kelly", "Holly" and "Beverly" are not listed)."""
    word = token.text
    return bool(token.is_sent_start) and word.endswith("ly") and len(word) > MIN_ADVERB_LENGTH and is_adverb(word)


def _hyphen_tail(token: Token) -> bool:
    """A word joined by a hyphen to the word before it, no spaces: "un" of "Kim Jong-un"."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text in ("-", "\u2010", "\u2011")
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _hyphen_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Diaz-Balart', 'Jean-Constatin Kanow': a name the tokenizer cut at a hyphen and the
    recogniser read as two names of one kind is one. Parts of different kinds ('Bobo' ORG,
    'Dioulasso' PER) stay as they are: no label of the two is more likely right for the whole."""
    ordered = sorted(spans, key=lambda span: span.start)
    joined: list[Span] = []
    for span in ordered:
        previous = joined[-1] if joined else None
        hyphen = doc[span.start - 1] if span.start > 0 else None
        if (
            previous is not None
            and hyphen is not None
            and previous.end == span.start - 1
            and hyphen.text in ("-", "\u2010", "\u2011")
            and not doc[previous.end - 1].whitespace_
            and not hyphen.whitespace_
            and previous.label_ == span.label_
        ):
            joined[-1] = Span(doc, previous.start, span.end, label=span.label_)
            continue
        joined.append(span)
    return joined


OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def _nicknames_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Maurice "Hank" Greenberg': a given name, a nickname in quotes and a surname are one
    person, whom the recogniser cut into a person, an organisation and another person."""
    by_start = {span.start: span for span in spans}
    merged: list[tuple[int, int]] = []
    for span in spans:
        given_end = span.end - 1 if span[-1].text in OPENING_QUOTES else span.end  # 'Thomas “' read as a name
        if span.label_ != "PERSON" or given_end - span.start != 1 or given_end >= len(doc):
            continue
        if doc[given_end].text not in OPENING_QUOTES:
            continue
        for size in (1, 2):
            close = given_end + 1 + size
            if close + 1 >= len(doc) or doc[close].text not in CLOSING_QUOTES:
                continue
            nickname = doc[given_end + 1 : close]
            surname = doc[close + 1]
            if all(token.is_title for token in nickname) and surname.is_title and surname.is_alpha:
                after = by_start.get(close + 1)
                merged.append((span.start, after.end if after is not None and after.label_ == "PERSON" else close + 2))
            break
    return spans_merged(doc, spans, merged, "PERSON")


def _double_barrelled_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "John Odigie-Oyegun": a person's name followed, with no space, by a hyphen and a capitalised
    word the recogniser left out is one surname. A word that names someone or something else in
    the article ("Tim Kaine-Pence" where Mike Pence is named, "Putin-Russia") joins two names, not
    a surname."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    named = {token.lower_ for span in spans for token in span}
    registry = country_registry()
    extended: list[Span] = []
    for span in spans:
        tail = span.end + 1
        if (
            span.label_ == "PERSON"
            and tail < len(doc)
            and _hyphen_tail(doc[tail])
            and doc[tail].is_alpha
            and doc[tail].is_title
            and tail not in taken
            and doc[tail].lower_ not in named
            and registry.country_of_name(doc[tail].text) is None
            and registry.country_of_demonym(doc[tail].text) is None
        ):
            span = Span(doc, span.start, tail + 1, label=span.label_)
        extended.append(span)
    return extended


# An Irish, Italian or French surname with its particle and a curly apostrophe ("O’Donnell",
# "D’Souza"), which the recogniser, trained on straight quotes, leaves outside the given name.
APOSTROPHE_SURNAME = re.compile(r"(?:O|D|Dell|L)[’'][A-Z][\w-]+")


def _apostrophe_surnames_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Norah O’Donnell", "Dinesh D’Souza": a person's name followed, one space on, by such a
    surname (`APOSTROPHE_SURNAME`) the recogniser left outside takes it in."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    joined = []
    for span in spans:
        following = doc[span.end] if span.end < len(doc) else None
        if (
            span.label_ == "PERSON"
            and following is not None
            and following.i not in taken
            and doc[span.end - 1].whitespace_ == " "
            and APOSTROPHE_SURNAME.fullmatch(following.text)
        ):
            span = Span(doc, span.start, span.end + 1, label="PERSON")
        joined.append(span)
    return joined


# What a capitalised name joined by a hyphen to a short lower-case word may be instead of a given
# name's last syllable: "Trump-like", "Putin-era", "Abe-led".
NAME_SUFFIX_WORDS = frozenset(
    {"led", "like", "era", "run", "born", "made", "type", "based", "style", "owned", "held", "backed", "free",
     "wide", "level", "old", "year", "day", "size", "sized", "only", "proof", "bound", "lite"}
)  # fmt: skip
MAX_SYLLABLE = 5  # "Chung", "Myung"; "hyun", "jeou"


def _hyphenated_given_names(doc: Doc, spans: list[Span], ontonotes: list[Span]) -> list[Span]:
    """'Kim Jong-un', 'Park Geun-hye', 'Moon Jae-in', 'Tsai Ing-wen': the tokenizer cuts a Korean
    or Taiwanese given name at its hyphen, and the second recogniser keeps the surname and the
    first syllable ('Kim Jong', 'Park' alone, or nothing) and reads the last one as a word of
    its own ('un' as the United Nations). A surname the recognisers found, then a short
    capitalised syllable joined without spaces to a short lower-case one, is one person's name."""
    starts = {span.start for span in spans if len(span) <= 2 and span.label_ in ("PER", "ORG")}
    starts |= {span.start for span in ontonotes if len(span) == 4 and span.label_ == "PERSON"}
    kept = list(spans)
    for start in sorted(starts):
        if not _given_name_at(doc, start):
            continue
        whole = Span(doc, start, start + 4, label="PER")
        kept = [other for other in kept if other.end <= whole.start or other.start >= whole.end]
        kept.append(whole)
    return sorted(kept, key=lambda span: span.start)


def _given_name_at(doc: Doc, start: int) -> bool:
    """Whether a surname at `start` is followed by a hyphenated given name ("Jong-un")."""
    if start + 3 >= len(doc):
        return False
    surname, syllable, hyphen, tail = doc[start : start + 4]
    return (
        surname.text.isalpha()
        and surname.text[0].isupper()
        and bool(surname.whitespace_)
        and _syllable(syllable, capital=True)
        and not syllable.whitespace_
        and hyphen.text in ("-", "\u2010", "\u2011")
        and not hyphen.whitespace_
        and _syllable(tail, capital=False)
        and tail.lower_ not in NAME_SUFFIX_WORDS
    )


def _syllable(token: Token, *, capital: bool) -> bool:
    """A short alphabetic word, capitalised ('Jong') or lower-case ('un') as asked."""
    text = token.text
    if not (text.isalpha() and len(text) <= MAX_SYLLABLE):
        return False
    return text[0].isupper() and text[1:].islower() if capital else text.islower()


def _weapons_are_products(doc: Doc, spans: list[Span]) -> list[Span]:
    weapon_nouns = lexicon().weapon_nouns
    registry = country_registry()
    corrected = []
    for span in spans:
        following = {token.lower_ for token in doc[span.end : span.end + WEAPON_NOUN_WINDOW]}
        is_weapon_name = (
            bool(following & weapon_nouns)
            and span.label_ in ("NORP", "MISC", "ORG", "PERSON", "GPE", "LOC", "FAC")
            and not registry.country_of_demonym(span.text)
            and not registry.country_of_name(span.text)
        )
        corrected.append(Span(doc, span.start, span.end, label="PRODUCT") if is_weapon_name else span)
    return corrected


# Nouns right after a name that make it a disease's: "West Nile virus", "Rift Valley fever", "the
# Hong Kong flu". The name is no place or body there.
DISEASE_NOUNS = frozenset({"virus", "fever", "flu", "influenza", "encephalitis", "syndrome"})


# An influenza subtype's code ("H1N1", "H5N1", "H7N9"): a virus, whatever label the recogniser gives it.
FLU_SUBTYPE = re.compile(r"H\d{1,2}N\d{1,2}")


def _diseases_are_no_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans less those that name a disease (`DISEASE_NOUNS` right after them): "cases of West
    Nile virus in Hammond" tell of no West Nile; nor does an influenza subtype ("died from the H1N1
    swine flu virus")."""
    return [
        span
        for span in spans
        if (span.end >= len(doc) or doc[span.end].lower_ not in DISEASE_NOUNS) and not FLU_SUBTYPE.fullmatch(span.text)
    ]


# Things a nation's adjective names and no nation does: "French toast", "Chinese food", "Russian
# roulette". The adjective there is no actor.
NATION_NAMED_THINGS = frozenset(
    {"toast", "fries", "fry", "kiss", "horn", "dressing", "cuisine", "food", "restaurant", "restaurants", "cheese",
     "pastry", "pastries", "delight", "roulette", "muffin", "muffins", "breakfast", "waffle", "waffles", "bacon",
     "oven", "accent", "dish", "dishes", "takeout", "takeaway", "checkers", "braid", "manicure"}
)  # fmt: skip
# A road's kind before its number: "Interstate 75", "Highway 401", "Route 66". A road, no body or person.
ROAD_KINDS = frozenset({"interstate", "highway", "route", "freeway", "motorway"})


# Faiths' adjectives, and the things of a faith they often describe ("a radical Islamic stronghold",
# "Islamic law", "Christian values"): there the adjective names no group of people.
FAITH_ADJECTIVES = frozenset(
    {"islamic", "islamist", "christian", "jewish", "muslim", "hindu", "buddhist", "catholic", "sikh", "evangelical",
     "protestant", "orthodox"}
)  # fmt: skip
THINGS_OF_A_FAITH = frozenset(
    {"stronghold", "strongholds", "law", "laws", "world", "ideology", "teachings", "values", "extremism", "terrorism",
     "fundamentalism", "faith", "tradition", "traditions", "culture", "calendar", "holiday", "holidays", "festival",
     "art", "architecture", "banking", "finance", "dress", "veil", "prayer", "prayers", "rites", "texts", "scripture",
     "scriptures", "theology", "doctrine", "beliefs", "radicalism", "jihad", "caliphate", "nation", "heritage"}
)  # fmt: skip


def _faith_of_a_thing(doc: Doc, span: Span) -> bool:
    """Whether the span is a faith's adjective before a thing of that faith ("after being in a
    radical Islamic stronghold"), not before its people ("Islamic militants", "Christian groups")."""
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1
        and span.text.lower() in FAITH_ADJECTIVES
        and after is not None
        and after.lower_ in THINGS_OF_A_FAITH
    )


# A company's legal form as it is written, which alone names no one: "Mervyn's LLC" read as "Mervyn"
# and "LLC". Case counts: "INC" is India's National Congress.
LEGAL_FORMS = frozenset({"LLC", "Inc", "Corp", "Ltd", "PLC", "plc", "AG", "GmbH", "LLP"})


# Buildings and grounds named with a possessive: "St. Peter's Basilica", "St Mary's Hospital".
POSSESSED_BUILDINGS = frozenset(
    {"basilica", "cathedral", "church", "square", "hospital", "chapel", "abbey", "park", "palace", "gate", "bridge",
     "street", "road", "market", "stadium"}
)  # fmt: skip
# A legislature's bill before its number: "HB 1523", "SB 4" (a bill, no body or place).
BILL_PREFIXES = frozenset({"HB", "SB", "AB", "HR", "H.R.", "HF", "SF", "LB", "LD"})


def _buildings_named_with_a_possessive(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a name before "'s" and a building's kind made the building's whole name
    ("St. Peter's Basilica", read as the place "St. Peter" and the body "Basilica"), and a bill's
    prefix before its number dropped ("the HB 1523 lawsuit" names no place called HB)."""
    grown: list[tuple[int, int]] = []
    for span in spans:
        kind = span.end + 1
        if (
            kind < len(doc)
            and doc[span.end].text in ("'s", "\u2019s")
            and doc[kind].is_title
            and doc[kind].lower_ in POSSESSED_BUILDINGS
            and not (kind + 1 < len(doc) and doc[kind + 1].lower_ == "of")  # "Boston University's School of …"
        ):
            grown.append((span.start, kind + 1))
    kept = [span for span in spans if not _a_bill_prefix(doc, span)]
    return spans_merged(doc, kept, grown, "FAC")


def _a_bill_prefix(doc: Doc, span: Span) -> bool:
    return span.text in BILL_PREFIXES and span.end < len(doc) and doc[span.end].like_num


# Lower-case prefixes a hyphen glues to a region's name and that are part of it: "sub-Saharan Africa".
REGION_PREFIXES = frozenset({"sub", "mid"})  # not "trans-Atlantic", an adjective


def _prefixed_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a region's name grown to the lower-case prefix glued to it by a hyphen
    ("sub-Saharan Africa" was read as "Saharan Africa", a region no one names so)."""
    grown = []
    for span in spans:
        hyphen = span.start - 1
        if (
            span.label_ in ("LOC", "GPE", "NORP")
            and hyphen >= 1
            and doc[hyphen].text == "-"
            and not doc[hyphen].whitespace_
            and not doc[hyphen - 1].whitespace_
            and doc[hyphen - 1].lower_ in REGION_PREFIXES
        ):
            span = Span(doc, hyphen - 1, span.end, label=span.label_)
        grown.append(span)
    return grown


# Offices a portfolio follows after "of" or "for": "Minister for Primary Industries".
PORTFOLIO_HOLDERS = frozenset({"minister", "ministers", "secretary", "commissioner", "minister-designate"})


def _a_portfolio(doc: Doc, span: Span) -> bool:
    """Whether an organisation-typed span is a minister's portfolio ("Natural Resources" of "Vice
    Minister of Natural Resources and Environment Nguyen Cong"): a field of government, no body
    that acts; the ministry's own name ("the Ministry of Natural Resources") stays."""
    return (
        span.label_ == "ORG"
        and span.start >= 2
        and doc[span.start - 1].lower_ in ("of", "for")
        and doc[span.start - 2].lower_ in PORTFOLIO_HOLDERS
    )


def _suffix_alone(span: Span) -> bool:
    """Whether the span is only a company's legal form ("LLC", "Inc.")."""
    return span.label_ == "ORG" and span.text.rstrip(".") in LEGAL_FORMS


def _dishes_and_roads_are_no_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans less a nation's adjective before a thing named for it ("eating plates piled with
    eggs and French toast" tells of no France) and a road's kind before its number ("located him on
    Interstate 75" names no body called Interstate)."""
    registry = country_registry()
    kept = []
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        dish = (
            after is not None
            and after.lower_ in NATION_NAMED_THINGS
            and registry.country_of_demonym(span.text) is not None
        )
        road = after is not None and after.like_num and span.text.lower() in ROAD_KINDS
        if not (dish or road):
            kept.append(span)
    return kept


def _titled_names_are_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """'President Volodymyr Zelenskiy', 'Mr. Xi': a capitalised name right after a title, or a
    name the recogniser read with its honorific ('Mr. Akhmetov', which it took for a place)."""
    registry = country_registry()
    words = lexicon()
    corrected = []
    for span in spans:
        previous = doc[span.start - 1].text if span.start > 0 else ""
        looks_like_name = len(span) <= 3 and all(token.is_title for token in span)
        is_known = (
            registry.country_of_name(span.text)
            or registry.country_of_demonym(span.text)
            or registry.country_of_capital(span.text)
            or words.known_actor(span.text)
        )
        titled = (
            words.is_title(previous)
            or (len(span) >= 2 and span[0].lower_ in words.honorifics)
            or _given_name_with_a_role_after(span)
        )
        if span.label_ != "PERSON" and looks_like_name and titled and not is_known:
            corrected.append(Span(doc, span.start, span.end, label="PERSON"))
        else:
            corrected.append(span)
    taken = _taken_tokens(corrected)
    for token in doc[1:]:
        after_honorific = doc[token.i - 1].lower_ in words.honorifics
        if after_honorific and token.is_title and token.i not in taken:
            corrected.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            taken.add(token.i)
    return _roles_cut_from_names(doc, corrected + _unread_names_after_a_role(doc, taken))


def _roles_cut_from_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "New York City Comptroller John Liu", "Brooklyn Councilman Jumaane Williams": a span that
    ends in a role right before a person's name loses the role; what is left is the place or the
    body the role belongs to (a place where the recogniser read a person)."""
    words = lexicon()
    person_starts = {span.start for span in spans if span.label_ == "PERSON"}
    corrected = []
    for span in spans:
        sizes = range(min(words.max_role_words, len(span) - 1), 0, -1) if span.end in person_starts else ()
        cut = next((size for size in sizes if words.is_title(span[-size:].text)), 0)
        if not cut:
            corrected.append(span)
            continue
        label = "GPE" if span.label_ == "PERSON" else span.label_
        corrected.append(Span(doc, span.start, span.end - cut, label=label))
    return corrected


def _unread_names_after_a_role(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Republican Secretary of State Jon Husted applauded": a given name and a surname right after
    a role of one or more words, which the recogniser left unread (it reads "Jon Husted" alone)."""
    words = lexicon()
    found = []
    for token in doc[1:-1]:
        surname = doc[token.i + 1]
        if (
            token.i in taken
            or surname.i in taken
            or not (token.is_title and surname.is_title and surname.is_alpha)
            or first_name_gender(token.text) is None
            or words.is_title(surname.text)
            or (surname.i + 1 < len(doc) and doc[surname.i + 1].text in ("-", "\u2010", "\u2011"))
        ):
            continue  # "Congressman Mario Diaz-Balart": a hyphenated surname goes on
        roles = (doc[max(0, token.i - size) : token.i].text for size in range(1, words.max_role_words + 1))
        if any(words.is_title(role) for role in roles):
            found.append(Span(doc, token.i, token.i + 2, label="PERSON"))
            taken.update((token.i, surname.i))
    return found


_BEFORE_A_ROLE = frozenset({"the", "a", "an", "its", "their", "former", "then"})
# What a place's name makes an adjective of with a hyphen: "a Houston-based lawyer", "an
# Indiana-born judge", "U.S.-made goods", "an Australia-wide ban". The name is a place, whatever
# the recogniser read; the tokenizer keeps some whole ("U.S.-made"), which `PLACE_ADJECTIVE_TOKEN` finds.
PLACE_ADJECTIVE_SUFFIXES = frozenset({"based", "born", "made", "headquartered", "listed", "registered", "wide"})
PLACE_ADJECTIVE_TOKEN = re.compile(rf"(.+)-(?:{'|'.join(sorted(PLACE_ADJECTIVE_SUFFIXES))})")


def _places_before_hyphenated_adjectives(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a name before "-based", "-born" or "-made" a place (less an article the
    recogniser took in: "An Indiana-born judge"). Peoples stay as they are ("Chinese-made"); a
    name the tokenizer kept with its suffix ("U.S.-made") stays an entity, as the recogniser's
    gold has it, and names no actor (`nlp/actors.py`)."""
    corrected = []
    for span in spans:
        if span.label_ == "NORP":
            corrected.append(span)
        elif (
            span.end + 1 < len(doc)
            and doc[span.end].text == "-"
            and not doc[span.end - 1].whitespace_
            and doc[span.end + 1].lower_ in PLACE_ADJECTIVE_SUFFIXES
        ):
            start = span.start + 1 if span[0].lower_ in ("a", "an", "the") and len(span) > 1 else span.start
            corrected.append(Span(doc, start, span.end, label="GPE"))
        else:
            corrected.append(span)
    return corrected


def _given_name_with_a_role_after(span: Span) -> bool:
    """ "Marine Le Pen, leader of France's far-right Front National": a name of two words or
    more that opens with a given name and is followed by a comma and a role (after at most an
    article or "former") is a person's, though the recogniser read an organisation."""
    doc = span.doc
    if len(span) < 2 or first_name_gender(span[0].text) is None:
        return False
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    role = doc[span.end + 1]
    if role.lower_ in _BEFORE_A_ROLE and span.end + 2 < len(doc):
        role = doc[span.end + 2]
    return role.is_lower and lexicon().is_title(role.text)


_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "between", "outside", "inside", "around", "across"})


def _one_word_places(doc: Doc, spans: list[Span], ontonotes_labels: dict[tuple[int, int], str]) -> list[Span]:
    """A one-word "person" after a preposition of place that the OntoNotes recogniser reads as a
    place is that place ('from Raqqa to Mosul', 'a school in Velten': the CoNLL recogniser takes
    many town names for people), unless the document names a person with that word ('Jackson'
    after 'Jesse Jackson'). Without the preposition the two readers disagree about people as
    often as about places ('Duran told Reuters', 'beat world champion Bailey')."""
    name_words = {token.text for span in spans if span.label_ == "PERSON" and len(span) >= 2 for token in span}
    return [
        Span(doc, span.start, span.end, label="GPE")
        if span.label_ == "PERSON"
        and len(span) == 1
        and ontonotes_labels.get((span.start, span.end)) in ("GPE", "LOC")
        and span.text not in name_words
        and _after_place_preposition(doc, span.start)
        else span
        for span in spans
    ]


def _after_place_preposition(doc: Doc, start: int) -> bool:
    """'in Velten', 'between Roermond and Landgraaf', 'from Raqqa to Mosul'."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in _PLACE_PREPOSITIONS:
        return True
    if before == "and":
        return any(token.lower_ == "between" for token in doc[max(0, start - 4) : start])
    return before == "to" and any(token.lower_ == "from" for token in doc[max(0, start - 4) : start - 1])


def _consistent_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name the document gives as a person is a person wherever it appears in that document,
    and so is a first name with the surname of one."""
    full_names: set[str] = set()
    surnames: set[str] = set()
    leading_names: set[str] = set()  # "Xi" of "Xi Jinping": surname-first names
    for span in spans:
        if span.label_ == "PERSON":
            full_names.add(span.text)
            if len(span) >= 2:
                surnames.add(span[-1].text)
                leading_names.add(span[0].text)
    if not full_names:
        return spans
    known_surnames = surnames | {text for text in full_names if " " not in text}  # with "Fiorina" named alone
    registry = country_registry()
    corrected = []
    for span in spans:
        same_person = span.text in full_names or span.text in surnames or span.text in leading_names
        # "Carly Fiorina" read as an organisation where "Fiorina" alone is a person: a first name
        # and that surname (not "JP Morgan", nor "But Phelps": no first name)
        same_person = same_person or (
            span.label_ == "ORG"
            and len(span) == 2
            and span[0].is_title
            and span[0].lower_ not in STOP_WORDS
            and span[1].text in known_surnames
        )
        is_place_or_people = registry.country_of_name(span.text) or registry.country_of_demonym(span.text)
        if span.label_ != "PERSON" and same_person and not is_place_or_people:
            corrected.append(Span(doc, span.start, span.end, label="PERSON"))
        else:
            corrected.append(span)
    taken = _taken_tokens(corrected)
    for token in doc:
        if token.i in taken or not token.is_title:
            continue
        if token.text in surnames or (token.text in leading_names and not token.is_sent_start):
            corrected.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return corrected


# The last word of a newspaper's name: "Boston Globe", "Philadelphia Inquirer", "The Post and Courier",
# "Sueddeutsche Zeitung", "Deseret News".
_NEWSPAPER_HEADS = frozenset(
    {"times", "post", "globe", "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "inquirer",
     "courier", "examiner", "observer", "dispatch", "bulletin", "sentinel", "independent", "guardian", "news",
     "zeitung", "allgemeine", "mirror", "express"}
)  # fmt: skip


_PARTY_LABELS = frozenset({"democrat", "democrats", "republican", "republicans"})


def _party_labels_apart(spans: list[Span]) -> list[Span]:
    """A 'person' that is a party label and a name: "Democrat Hillary Clinton" is the party and
    the person; "an Orlando Democrat" the place a member is from and the party, no one's name."""
    apart: list[Span] = []
    for span in spans:
        if span.label_ != "PERSON" or len(span) < 2:
            apart.append(span)
        elif span[0].lower_ in _PARTY_LABELS:
            apart += [
                Span(span.doc, span.start, span.start + 1, label="NORP"),
                Span(span.doc, span.start + 1, span.end, label="PERSON"),
            ]
        elif span[-1].lower_ in _PARTY_LABELS:
            apart += [
                Span(span.doc, span.start, span.end - 1, label="GPE"),
                Span(span.doc, span.end - 1, span.end, label="NORP"),
            ]
        else:
            apart.append(span)
    return apart


def _newspapers_are_organisations(spans: list[Span]) -> list[Span]:
    """A 'person' of two words or more ending in a newspaper's head word is the paper ("Boston
    Globe's Joseph P. Kahn", "the Philadelphia Inquirer"): no one's surname is Globe or Inquirer."""
    return [
        Span(span.doc, span.start, span.end, label="ORG")
        if span.label_ == "PERSON" and len(span) >= 2 and span[-1].lower_ in _NEWSPAPER_HEADS
        else span
        for span in spans
    ]


def _peoples_are_groups(spans: list[Span]) -> list[Span]:
    """A 'person' or 'organisation' that is a people or faith ("Latino voters", "Fulani
    herders", "a plan to ban Muslims") is a group; so is a one-word 'person' that is a nation's
    adjective ("23 pirates (12 Somali and 11 Yemeni)")."""
    peoples = lexicon().peoples
    return [
        Span(span.doc, span.start, span.end, label="NORP")
        if (span.label_ in ("PERSON", "ORG") and fold(span.text) in peoples)
        or (span.label_ == "PERSON" and len(span) == 1 and names_a_people(span.text))
        else span
        for span in spans
    ]


def _bodies_named_after_a_people(spans: list[Span]) -> list[Span]:
    """A 'person' or 'organisation' of two words or more with no first name whose last word is a
    people's, before a noun in lower case ("Florida Latino voters", "Michigan Arab voters"), is a
    group of people; a 'person' whose first word is ("Latino Decisions", a pollster; "American
    Crossroads", a political fund) is a body. No one is named Latino, and a person described by a
    nationality ("Palestinian Mahmoud Abbas") has a first name."""
    relabelled = []
    for span in spans:
        label = span.label_
        if label in ("PERSON", "ORG") and len(span) >= 2 and not any(first_name_gender(t.text) for t in span[1:]):
            following = span.doc[span.end] if span.end < len(span.doc) else None
            if (
                names_a_people(span[-1].text)
                and following is not None
                and following.is_lower
                and not first_name_gender(span[0].text)  # "David French"
            ):
                label = "NORP"
            elif (
                label == "PERSON"
                and names_a_people(span[0].text)
                and not any(is_census_surname(token.text) for token in span[1:])  # "German Ortega"
            ):
                label = "ORG"
        relabelled.append(span if label == span.label_ else Span(span.doc, span.start, span.end, label=label))
    return relabelled


def _crowds_are_no_places(spans: list[Span]) -> list[Span]:
    """A one-word 'place' that is a plural noun for people ("Gunmen attacked a village …",
    which the recogniser reads as a location) or a nation's people ("a majority of Britons vote")
    is a group of people, not a place on the map. After "the" it is a team's name ("to the
    Cavaliers"), which the actors stage makes a body."""
    return [
        Span(span.doc, span.start, span.end, label="NORP")
        if span.label_ in ("GPE", "LOC")
        and len(span) == 1
        and (is_plural_for_people(span.text) or _a_nations_people(span.text))
        and (span.start == 0 or span.doc[span.start - 1].lower_ != "the")
        else span
        for span in spans
    ]


def _a_nations_people(word: str) -> bool:
    """A plural demonym that is no country's name: "Britons", "Pakistanis" (not "Philippines")."""
    registry = country_registry()
    return (
        word.endswith("s") and registry.country_of_demonym(word) is not None and registry.country_of_name(word) is None
    )


# "the Brussels neighborhood of Molenbeek", "the town of Ayodhya": what follows "of" is a place.
_PLACE_FRAMES = frozenset(
    {"neighborhood", "neighbourhood", "town", "village", "city", "suburb", "district", "province", "region",
     "county", "township", "hamlet", "municipality", "state", "island", "outskirts", "port", "mayor", "mayors",
     "streets"}
)  # fmt: skip
_LIST_WORDS = frozenset({"and", "or", "&"})
# Nouns for a division of a country that, in lower case right after a name, make it the division's
# name ("in Nyanza province", "Ituri district", "Borno state"); not "department", which follows
# ministries ("the Justice department").
_DIVISIONS_AFTER = frozenset(
    {"province", "district", "county", "region", "state", "oblast", "governorate", "prefecture", "municipality",
     "township"}
)  # fmt: skip
_MAX_DIVISION_NAME_TOKENS = 3
# Nouns for who lives somewhere that, in lower case right after a name, make it a place: "a Nice
# native", "a Brooklyn resident".
_DWELLERS_AFTER = frozenset({"native", "natives", "resident", "residents"})


STREET_ABBREVIATIONS = frozenset({"St.", "Ave.", "Rd.", "Blvd.", "Ave", "Blvd"})
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _streets_are_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name ending in a street's abbreviation is the street, a place ("arrested on Main
    St.", "on 14th St." — the recogniser reads an organisation, or "St." alone), with the
    street's number when the recogniser left it out. "St." opening a name is Saint ("St.
    Louis") and stays as it is."""
    corrected = []
    for span in spans:
        if span[-1].text not in STREET_ABBREVIATIONS or span.label_ not in ("ORG", "PERSON", "GPE", "FAC"):
            corrected.append(span)
            continue
        start = span.start
        if start > 0 and (ORDINAL.fullmatch(doc[start - 1].text) or doc[start - 1].like_num):
            start -= 1  # "14th St."
        if span.end - start < 2:
            continue  # "St." alone, nothing named: no place worth keeping, and no actor
        corrected.append(Span(doc, start, span.end, label="FAC"))
    return filter_spans(corrected)


# Prepositions of going to, from or being in a place: a capital after one is the city
# ("direct flights between London and Harare", "returned to Nairobi"), not its government.
PREPOSITIONS_OF_GOING = frozenset({"to", "from", "in", "into", "at", "near", "outside", "between"})


def _capital_gone_to(span: Span) -> bool:
    """Whether a national capital's name read as an organisation comes right after a preposition
    of place, or after "and" following one ("between London and Harare")."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or country_registry().country_of_capital(span.text) is None:
        return False  # a 'person' there is read by the actors' own rules (`_place_mislabelled`)
    before = doc[span.start - 1].lower_
    if before == "and" and span.start >= 3:
        before = doc[span.start - 3].lower_  # "between London and Harare": the first of the pair is one word
    return before in PREPOSITIONS_OF_GOING


def _places_by_their_frame(doc: Doc, spans: list[Span]) -> list[Span]:
    """Persons and organisations that the words around them make places: a name right after
    "<place noun> of" ("the neighbourhood of Molenbeek", "the village of Badame", "a former mayor of
    Nice"), and a one-word name followed by ", <region>" that closes the phrase ("out of Troy,
    Michigan,", "in Gainesville, Fla."), or following "<place>, " so ('Michigan' there); a
    country after the comma may open a list ("Merkel, France and Britain"), so only a region that
    is not a country counts there. Also a short name before a division's noun ("in Nyanza
    province", `_names_a_division`) or a dweller's ("a Nice native") and one after a preposition
    of place and before its country ("in Ilocos Sur, Philippines", `_before_its_country`)."""
    registry = country_registry()
    by_start = {span.start: span for span in spans}
    by_end = {span.end: span for span in spans}
    corrected = []
    for span in spans:
        before = doc[span.start - 2 : span.start]
        framed = len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in _PLACE_FRAMES
        region = by_start.get(span.end + 1) if span.end < len(doc) and doc[span.end].text == "," else None
        closes = region is not None and (region.end >= len(doc) or doc[region.end].text in (",", ".", ")", ";"))
        in_region = (
            closes
            and len(span) == 1
            and region is not None
            and region.label_ in ("GPE", "LOC")
            and registry.country_of_name(region.text) is None
            and (region.end + 1 >= len(doc) or doc[region.end + 1].lower_ not in _LIST_WORDS)
        )
        after_place = _closes_after_place(doc, span, by_end)
        placed = (
            framed
            or in_region
            or after_place
            or _names_a_division(span)
            or _before_its_country(span)
            or _capital_gone_to(span)
        )
        if span.label_ in ("PERSON", "ORG") and placed:
            corrected.append(Span(doc, span.start, span.end, label="GPE"))
        else:
            corrected.append(span)
    return corrected


_MAX_COUNTRY_TOKENS = 4  # "Democratic Republic of Congo"


def _before_its_country(span: Span) -> bool:
    """Whether a short name after a preposition of place is followed by a comma and a country,
    not opening a list ("Six students in Ilocos Sur, Philippines tested positive"): a place of
    that country. Without the preposition a country after a comma may be a list's next item
    ("Merkel, France and Britain")."""
    doc = span.doc
    if len(span) > _MAX_DIVISION_NAME_TOKENS or not all(token.is_title for token in span):
        return False
    if not _after_place_preposition(doc, span.start) or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    registry = country_registry()
    for length in range(_MAX_COUNTRY_TOKENS, 0, -1):  # the recogniser may not have read the country yet
        country = doc[span.end + 1 : span.end + 1 + length]
        if len(country) == length and registry.country_of_name(country.text) is not None:
            return country.end >= len(doc) or doc[country.end].lower_ not in _LIST_WORDS
    return False


def _names_a_division(span: Span) -> bool:
    """Whether a short name is followed by a division's noun in lower case ("The student was in
    Nyanza province", "struck in Ituri district, Orientale province,"): the division's name; or
    by a noun for who lives there ("a Nice native", "a Brooklyn resident")."""
    doc = span.doc
    if span.end >= len(doc) or len(span) > _MAX_DIVISION_NAME_TOKENS:
        return False
    after = doc[span.end]
    return after.is_lower and after.lower_ in _DIVISIONS_AFTER | _DWELLERS_AFTER


# Heads of the names of seas, straits and capes written "<head> of <name>".
_WATER_HEADS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Cape", "Horn", "Isle", "Lake"})


def _water_names_whole(doc: Doc, spans: list[Span]) -> list[Span]:
    """'the Gulf of Aden', 'the Strait of Hormuz': the recogniser cuts such a name at "of" into
    two places ('Gulf', 'Aden'), and then 'Gulf' is a province of Papua New Guinea and a ship off
    Somalia is placed in a Yemeni port. The head, "of" and the place after it are one place; read
    whole as an organisation ('the Sea of Azov'), such a name is a place too."""
    by_start = {span.start: span for span in spans}
    heads: dict[int, Span] = {}
    for index, token in enumerate(doc[:-2]):
        name = by_start.get(index + 2)
        if token.text not in _WATER_HEADS or doc[index + 1].lower_ != "of" or name is None:
            continue
        if name.label_ in ("GPE", "LOC") and all(doc[i].is_title for i in range(name.start, name.end)):
            heads[index] = Span(doc, index, name.end, label="LOC")
    spans = [
        Span(doc, span.start, span.end, label="LOC")
        if span.label_ == "ORG" and len(span) >= 3 and span[0].text in _WATER_HEADS and span[1].lower_ == "of"
        else span
        for span in spans
    ]  # "the Sea of Azov", "the Bay of Bengal" read whole, as an organisation
    if not heads:
        return spans
    covered = {i for whole in heads.values() for i in range(whole.start, whole.end)}
    kept = [span for span in spans if not any(i in covered for i in range(span.start, span.end))]
    return sorted([*kept, *heads.values()], key=lambda span: span.start)


def _closes_after_place(doc: Doc, span: Span, by_end: dict[int, Span]) -> bool:
    """A one-word name after "<place>, " that closes the phrase: 'Michigan' in "out of Troy,
    Michigan, a suburb", read as a person; not "in Moscow, Lavrov said"."""
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    place = by_end.get(span.start - 1)
    closes = span.end >= len(doc) or doc[span.end].text in (",", ".", ")", ";")
    return closes and place is not None and place.label_ in ("GPE", "LOC") and len(place) <= 3


def _is_party_state_tag(span: Span, person_ends: set[int]) -> bool:
    """'Fla.' in "Sen. Marco Rubio (R-Fla.)", "Sen. Bernie Sanders, I-Vt., said" or "Rep.
    Debbie Wasserman Schultz (Fla.)": a legislator's party and state in brackets or commas,
    which places nothing (`person_ends`: where the person names end)."""
    doc = span.doc
    end = span.end + 1 if span.end < len(doc) and doc[span.end].text == "." else span.end  # "(I-Vt.)"
    if span.label_ not in ("GPE", "LOC", "ORG", "PERSON") or end >= len(doc):
        return False  # "Sen. Rand Paul, R-Ky., told Fox News": the recogniser may read the state as a person
    closer = doc[end].text
    before = [token.text for token in doc[max(0, span.start - 3) : span.start]]
    if len(before) == 3 and before[1] in ("R", "D", "I") and before[2] == "-":
        return (before[0], closer) in (("(", ")"), (",", ","), (",", ";"), (",", "."))
    return closer == ")" and bool(before) and before[-1] == "(" and span.start - 1 in person_ends


def _known_organisations(doc: Doc, spans: list[Span]) -> list[Span]:
    """A span that is exactly a known organisation's name is that organisation, whatever the
    recogniser labelled it ("Koglweogo", a Burkinabe militia, comes out as a person); a "The"
    the recogniser took in at the sentence's start is left out ("The Lok Sabha was adjourned")."""
    words = lexicon()
    corrected = []
    for span in spans:
        start = span.start + 1 if len(span) > 1 and span[0].text == "The" else span.start
        known = words.known_actor(doc[start : span.end].text) if span.label_ == "PERSON" else None
        if known is None and span.label_ in ("PERSON", "ORG"):
            start, known = _seat_after_a_name(span)
        corrected.append(Span(doc, start, span.end, label="FAC" if known.is_seat else "ORG") if known else span)
    return corrected


def _known_names_over_fragments(spans: list[Span], registry_spans: list[Span]) -> list[Span]:
    """A known organisation's name of two words or more wins over the recogniser's spans that
    lie wholly inside it: it reads "Medecins" of "Medecins Sans Frontieres" as a person. So does
    any registry name written as one hyphenated word, which the tokenizer cuts at its hyphens
    ("Guinea-Bissau" was read as the country Guinea and a person "Bissau"), and a country's
    name of several words ("Saint Pierre and Miquelon" gave two persons)."""
    known = [
        span
        for span in registry_spans
        if len(span) > 1
        and span[0].lower_ != "the"
        and (
            lexicon().known_actor(span.text) is not None
            or country_registry().country_of_name(span.text) is not None
            or not any(token.whitespace_ for token in span[:-1])
        )
    ]  # not "the Kremlin" over "Kremlin": an article is no part of a name
    if not known:
        return spans
    spans = [_cut_before_known(span, known) for span in spans]
    kept = [span for span in spans if not any(_fragment_of(span, k) for k in known)]
    if len(kept) == len(spans):
        return spans
    taken = {index for span in kept for index in range(span.start, span.end)}
    return kept + [span for span in known if not any(index in taken for index in range(span.start, span.end))]


def _cut_before_known(span: Span, known: list[Span]) -> Span:
    """A span that runs into a known name from before it ends where the name begins: the
    recogniser read "USDA Animal" of "the USDA Animal and Plant Health Inspection Service", and
    the known name is the body ("USDA" stays a name of its own)."""
    for name in known:
        if span.start < name.start < span.end < name.end:  # not "Malian Red Cross", which holds it whole
            return Span(span.doc, span.start, name.start, label=span.label_)
    return span


def _fragment_of(span: Span, known: Span) -> bool:
    """Whether `span` lies inside the known name: wholly, and (for a hyphenated name, which the
    recogniser may have read whole with a label of its own: "Saint-Pierre" the town) not all of it."""
    inside = known.start <= span.start and span.end <= known.end
    whole = (span.start, span.end) == (known.start, known.end)
    return inside and (not whole or lexicon().known_actor(known.text) is not None)


def _seat_after_a_name(span: Span) -> tuple[int, KnownActor | None]:
    """ "the Obama White House", "the Trump White House": a seat of power named after whoever
    holds it is the seat (its government), not a person or an organisation of its own."""
    words = lexicon()
    for start in range(span.start + 1, span.end):
        known = words.known_actor(span.doc[start : span.end].text)
        if known is not None and known.is_seat:
            return start, known
    return span.start, None


# Articles that open a known name in lower case: "al-Qaida", "al-Shabaab", "el-Sisi".
_LOWER_CASE_NAME_STARTS = frozenset({"al", "el"})


def _registry_names(doc: Doc) -> Iterable[Span]:
    """Countries, capitals, demonyms and known organisations, as exact capitalised phrases."""
    first_words = _registry_first_words()
    index = 0
    while index < len(doc):
        token = doc[index]
        known_first = token.lower_ in first_words or (not token.text.isascii() and fold(token.text) in first_words)
        if not (token.text[:1].isupper() or token.text in _LOWER_CASE_NAME_STARTS) or not known_first:
            index += 1
            continue
        for length in range(min(MAX_KNOWN_NAME_TOKENS, len(doc) - index), 0, -1):
            candidate = doc[index : index + length]
            if not candidate[-1].text[:1].isupper():
                continue
            label = _registry_label(candidate.text)
            if label:
                yield Span(doc, index, index + length, label=label)
                index += length - 1
                break
        index += 1


@lru_cache(maxsize=1)
def _registry_first_words() -> frozenset[str]:
    """Lower-cased first words of every registry name, as the tokenizer cuts them (at a hyphen
    too: "Anti-Defamation League" opens with the token "Anti"): most tokens can be skipped at once."""
    registry = country_registry()
    names = [*registry.names, *registry.demonyms, *registry.capitals, *lexicon().known_actors]
    return frozenset(
        first.lower() for name in names if name.strip() for first in {name.split()[0], name.split()[0].split("-")[0]}
    )


def _registry_label(text: str) -> str | None:
    countries = country_registry()
    if countries.country_of_name(text) or countries.country_of_capital(text):
        return "GPE"
    if countries.country_of_demonym(text) and "'" not in text:
        return "NORP"
    known = lexicon().known_actor(text)
    if known is not None:
        return "FAC" if known.is_seat else "ORG"
    return None


def _taken_tokens(spans: Iterable[Span]) -> set[int]:
    return {index for span in spans for index in range(span.start, span.end)}


def _free(doc: Doc, spans: list[Span], candidates: Iterable[Span]) -> list[Span]:
    """The candidates that overlap none of `spans` (nor each other)."""
    taken = _taken_tokens(spans)
    added: list[Span] = []
    for candidate in candidates:
        indices = range(candidate.start, candidate.end)
        if not any(index in taken for index in indices):
            added.append(candidate)
            taken.update(indices)
    return added
