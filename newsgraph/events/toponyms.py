"""The place names of one sentence, and what the sentence's own wording says about each.

Three sources: the entity recogniser's place entities; capitalised names after a locative
preposition that the gazetteer knows ("in the area of Tin-Akoff"); and names the wording marks
as places whatever the recogniser thought of them — "Dawlat Abad district", "Gardez city", "the
village of Sikire" (the recogniser often takes such names for people).

Each name also records the area the writer qualifies it with: the admin names after it in
parentheses or after a comma ("Inawan (Tin-Akoff, Oudalan)", "Nijrab district, Kapisa",
"Kyiv, Ukraine"). Those qualifiers are toponyms too, marked as such: they narrow down which
town is meant, and are the best place left when the town itself is not in the gazetteer.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from newsgraph.events.records import Span
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.lexicon import lexicon

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A particle inside a name is a whole word ("Dara i Pech"), not the start of the next one
# ("the area of Bobo-Dioulasso intruded" had read "Bobo-Dioulasso i").
NAME = r"[A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|(?:i|e|al|el|de|du|ye|wa)\b))*"
# Designator words and the kind of place each one makes its name ("place": any kind, "the area
# of Helmand" is a province).
DESIGNATORS = {
    "city": "city",
    "town": "city",
    "village": "city",
    "commune": "city",
    "locality": "place",
    "area": "place",
    "district": "district",
    "districts": "district",
    "county": "district",
    "municipality": "district",
    "province": "region",
    "region": "region",
    "oblast": "region",
    "governorate": "region",
    "prefecture": "region",
}
_DESIGNATOR_WORDS = "(?i:" + "|".join(sorted(DESIGNATORS, key=len, reverse=True)) + ")"
NAME_THEN_DESIGNATOR = re.compile(
    rf"(?P<name>{NAME})(?:\s+\((?P<alias>[^(),]{{2,40}})\))?\s+(?P<designator>{_DESIGNATOR_WORDS})\b"
)
DESIGNATOR_OF_NAME = re.compile(rf"\b(?P<designator>{_DESIGNATOR_WORDS})\s+of\s+(?:the\s+)?(?P<name>{NAME})")
CAPITALISED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|near|of|around|outside|between|and|into|from|towards?|to|through|across|via)\s+(?:the\s+)?"
    # "in northern Burkina Faso", "through downtown Philadelphia"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|downtown\s+)?"
    # a one-letter article opens some names ("in A Coruna", "O Grove")
    r"(?P<name>(?:[AO] )?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
# "Bousse students demonstrated": a town's name before the people of it. Only a name that is a
# town's own name counts ("Christian students" is no alias of an American town's).
NAME_BEFORE_PEOPLE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?:students|pupils|residents|villagers|youths|inhabitants"
    r"|traders|merchants|shopkeepers|farmers|herders|workers|teachers|women|miners|vendors|drivers)\b"
)
QUALIFIERS = re.compile(
    # "Ghoryan district center, Herat": a district's centre is still qualified by its province
    rf"^(?:\s*\((?P<inner>[^()]{{2,80}})\))?(?:\s+(?P<designator>{_DESIGNATOR_WORDS})\b(?:\s+(?i:center|centre))?)?"
    rf"(?:\s*,\s*(?P<after>{NAME})(?:\s+{_DESIGNATOR_WORDS}\b)?)?"
)
# A building's or site's proper name, then where it is in parentheses: "in front of the Daejeon
# Metropolitan City Hall (Daejeon - Seo)", "at the Gangwon Provincial Office (Chuncheon)", "outside
# Aekyung Tower (Seoul City - Mapo)".
BUILDING_WORDS = (
    "Hall|Office|Offices|Gate|Station|Tower|Bridge|Park|Square|Plaza|Center|Centre|Building|Court|Complex|Factory"
    "|Plant|School|University|Hospital|Stadium|Market|Church|Temple|Mosque|Embassy|Consulate|Headquarters|Airport"
    "|Port|Palace|Residence|Council|Assembly|Theater|Theatre|Museum|Monument|Memorial"
)
BUILDING_THEN_PLACE = re.compile(rf"\b(?:{BUILDING_WORDS})\s*\((?P<inner>[^()]{{2,80}})\)")
# "Seoul City - Jongno": a city, then its ward; the city is where the building is
WARD_AFTER = re.compile(r"\s+[-–]\s+")
# "Kyiv, Kharkiv and Odesa": a name after a comma that the list goes on from is a list item,
# not where the town before it lies (after a designator it still is: "Alishing district,
# Laghman, and Bati Kot district").
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")
LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
TRAILING_DESIGNATOR = re.compile(rf"\s+{_DESIGNATOR_WORDS}$")
HELD_BY = re.compile(r"-(?:controlled|held|occupied|led|run|backed|dominated)$", re.IGNORECASE)  # "Taliban-held area"
# Capitalised words the gazetteer has as towns (University, Florida; March, England; Change,
# France; Naval, Philippines; Police, Poland) but that in news name a month, a day, an
# institution or a force ("The Naval commandos"): never a place on their own, nor at the head of
# a name the gazetteer does not know ("University Hospital").
_INSTITUTION_WORDS = (
    "university college school hospital institute academy ministry department office court council assembly"
    " parliament party congress democracy change progress union movement front alliance justice unity development"
    " director headquarters naval police federal royal marine marines airport"
)
# Calendar words, full or abbreviated ("between Mar.28 and Apr.7": "Mar" is a Maracaibo alias).
_CALENDAR_WORDS = (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr, "Sept")
NOT_PLACE_WORDS = frozenset({name.lower() for name in _CALENDAR_WORDS if name} | set(_INSTITUTION_WORDS.split()))
# Compass words name a place only inside a longer name ("South" is no Icelandic farm, "West" no
# Texas town); honorifics (the NLP lexicon's) never do ("Mrs" is no Marseille alias).
COMPASS_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"),
        *("north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast"),
        *("southwest", "middle", "upper", "lower", "greater"),
    }
)
# Prepositions that make a name a place even when a person bears it ("attacked in Sawadogo");
# not "of", "to", "from": "the party of Reagan", "lost to Clinton", "a letter from Obama".
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?$", re.IGNORECASE)
# "at" after a verb of aiming is whom the act is aimed at, no place: "LaCalamita then fired at
# Riva" (a partner named in the article, not Rewa, India), "threw a shoe at Bush".
AIMED_AT_BEFORE = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|shoot(?:s|ing)?|shot|aim(?:ed|s|ing)?|thr(?:ew|own|ows|owing)|hurl(?:ed|s|ing)?"
    r"|point(?:ed|s|ing)?|swung|lunged|look(?:ed|s|ing)?|laugh(?:ed|s|ing)?|yell(?:ed|s|ing)?|shout(?:ed|s|ing)?"
    r"|lash(?:ed|es|ing)? out|jab(?:bed|s|bing)?|swip(?:e|ed|es|ing)|took aim|tak(?:e|es|ing) aim)"
    r"(?:\s+\w+){0,2}?\s+at\s+$",
    re.IGNORECASE,
)
NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "on", "in", "at", "as", "from", "local", "its", "their"})
# Words a toponym may grow by when the longer name is one the gazetteer has (see
# `_grown_to_known_names`): capitalised words and the particles inside Romance and Persian names.
# Romance particles, the Arabic article as English transliterates it before sun letters ("Deir ez
# Zor", "Jisr ash Shughur"), and the prepositions of German, French and English towns named by
# their river or region ("Landau in der Pfalz", "Frankfurt am Main", "Boulogne sur Mer",
# "Rostov on Don", "Stratford upon Avon")
PARTICLE = re.compile(
    r"in der|an der|ob der|am|im|sur|en|on|upon"
    r"|de|del|della|di|do|da|dos|das|la|las|los|le|el|al|e|y|ez|es|ed|er|ash|az|ad|ar|as|an|ul|ur"
)
# a name word, or a particle that more particles and a name word follow ("de los Aldama")
NAME_WORD_AFTER = re.compile(
    rf"[ -](?P<word>[A-Z][\w'’]*|(?:{PARTICLE.pattern})(?=(?:[ -](?:{PARTICLE.pattern}))*[ -][A-Z]))"
)
NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w'’]*)[ -]$")
MAX_GROWN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Toponym:
    name: str  # without "the" and designator words: "Khost" for "Khost city"
    span: Span  # the name's characters in the article
    kind: str | None = None  # what a designator says it is: "city", "district", "region" or any "place"
    qualifier: str | None = None  # "(" or ",": written to say where the toponym before it is
    alias: str | None = None  # another spelling the text gives: "Chaghcharan (Ferozkoh) city"


def sentence_toponyms(
    entity_spans: list[tuple[int, int, str]],
    sentence_text: str,
    sentence_start: int,
    places: Gazetteer,
    people: frozenset[str] = frozenset(),
) -> list[Toponym]:
    """Every toponym of the sentence in text order, qualifiers included and marked. A name the
    article gives a person (`people`, folded: "obama", "clinton", "cruz") is never a place, nor
    an honorific or compass word on its own."""
    found: list[Toponym] = []
    for match in NAME_THEN_DESIGNATOR.finditer(sentence_text):
        name = _clean(match.group("name"))
        if name and name.split()[0].lower() not in NOT_NAMES and not HELD_BY.search(name):
            start = sentence_start + match.start("name") + match.group("name").find(name)
            kind = DESIGNATORS[match.group("designator").lower()]
            span = Span(start, start + len(name))
            found.append(Toponym(name, span, kind, alias=match.group("alias")))
    for match in DESIGNATOR_OF_NAME.finditer(sentence_text):
        span = Span(sentence_start + match.start("name"), sentence_start + match.end("name"))
        kind = DESIGNATORS[match.group("designator").lower()]
        _add(found, Toponym(match.group("name"), span, kind))
    for start, end, text in entity_spans:
        if sentence_start <= start < sentence_start + len(sentence_text):
            start, text = _whole_word(sentence_text, sentence_start, start, end)
            name = _clean(text)
            if not places.candidates(name) and places.candidates(f"{name}."):
                name = f"{name}."  # "Washington, D.C.": the full stop is the name's own
            elif ", " in name and not places.candidates(name):
                name = _clean(text.split(", ")[0])  # "Ciudad del Carmen, Campeche": the town, its state a qualifier
            if name:
                offset = start + text.find(name)
                _add(found, Toponym(name, Span(offset, offset + len(name))))
    for match in CAPITALISED_AFTER_PREPOSITION.finditer(sentence_text):
        span = Span(sentence_start + match.start("name"), sentence_start + match.end("name"))
        toponym = Toponym(match.group("name"), span)
        if places.candidates(match.group("name")) or _qualified_by_known_area(sentence_text, match.end("name"), places):
            _add(found, toponym)
        elif (
            longer := _longest_known_name(toponym, sentence_text, sentence_start, places)
        ) and longer.span.start == span.start:
            _add(found, longer)  # "in Pocos de Caldas": the capitalised words stop at "de"
    for match in NAME_BEFORE_PEOPLE.finditer(sentence_text):
        name = match.group("name")
        if places.own_named(name, "city"):
            span = Span(sentence_start + match.start("name"), sentence_start + match.end("name"))
            found = [other for other in found if not (other.span.start < span.end and span.start < other.span.end)]
            found.append(Toponym(name, span, "city"))  # the people of a town: the name is the town's
    for toponym in _where_buildings_are(sentence_text, sentence_start):
        _add(found, toponym)
    found = _grown_to_known_names(found, sentence_text, sentence_start, places)
    found = [
        toponym
        for toponym in found
        if not _institution_word(toponym.name, places)
        and not _a_persons_name(toponym, people, sentence_text, sentence_start)
        and not _alone_no_place(toponym.name)
        and not _neighbourhood_word(toponym, sentence_text, sentence_start)
        and not _a_peoples_adjective(toponym, sentence_text, sentence_start)
    ]
    found.sort(key=lambda toponym: toponym.span.start)
    return _with_qualifiers(found, sentence_text, sentence_start)


def _a_peoples_adjective(toponym: Toponym, sentence_text: str, sentence_start: int) -> bool:
    """A nation's adjective before a lower-case word ("a rising force in German politics",
    "in Russian hands"): the people's, no town (it was San Germán in Mexico)."""
    if " " in toponym.name or country_registry().country_of_demonym(toponym.name) is None:
        return False
    after = sentence_text[toponym.span.end - sentence_start :]
    return re.match(r"\s+[a-z]", after) is not None


def _where_buildings_are(sentence_text: str, sentence_start: int) -> list[Toponym]:
    """The places written in parentheses after a building's name ("City Hall (Daejeon - Seo)",
    "Provincial Office (Chuncheon)", "Cement Factory (Sincheon-ri, Hanbando-myeon, Yeongwol-gun)"):
    the first is where it is (a city before its ward: "Seoul City - Mapo" is Seoul), the others,
    after commas, qualify it, the last the widest. Acronyms there are the building's own ("(SNU)")."""
    found = []
    for match in BUILDING_THEN_PLACE.finditer(sentence_text):
        parts = list(re.finditer(r"[^,;/]+", match.group("inner")))
        for number, part in enumerate(parts, start=1):
            name = _clean(WARD_AFTER.split(part.group())[0])
            if not name or not name[0].isupper() or name.isupper() or name.split()[0].lower() in NOT_NAMES:
                continue
            start = sentence_start + match.start("inner") + part.start() + part.group().find(name)
            kind = "region" if number == len(parts) > 1 else None
            found.append(Toponym(name, Span(start, start + len(name)), kind, qualifier="(" if number > 1 else None))
    return found


def _grown_to_known_names(
    found: list[Toponym], sentence_text: str, sentence_start: int, places: Gazetteer
) -> list[Toponym]:
    """Each toponym grown to the longest name the gazetteer has as a place's own that the
    words around it spell: the recogniser and the patterns cut "Lower Hutt" to "Lower",
    "Encarnacion de Diaz" to "Encarnacion", and read "Kansas City" as the city of Kansas. A
    grown name takes the place of every toponym it overlaps."""
    grown: dict[Span, Toponym] = {}
    for toponym in found:
        longer = _longest_known_name(toponym, sentence_text, sentence_start, places)
        if longer is not None:
            grown.setdefault(longer.span, longer)
    kept = [
        toponym
        for toponym in found
        if not any(span.start < toponym.span.end and toponym.span.start < span.end for span in grown)
    ]
    return kept + list(grown.values())


def _longest_known_name(toponym: Toponym, sentence_text: str, sentence_start: int, places: Gazetteer) -> Toponym | None:
    """The toponym with a word before it or up to `MAX_GROWN_WORDS` after it, as long as the
    gazetteer has it; None when no longer name is known."""
    first, last = toponym.span.start - sentence_start, toponym.span.end - sentence_start
    before = NAME_WORD_BEFORE.search(sentence_text, 0, first)
    starts = [first] + ([before.start("word")] if before else [])
    ends = [last] + [last + end for end in _ends_after(sentence_text[last:])]
    spans = sorted(((start, end) for start in starts for end in ends), key=lambda span: span[0] - span[1])
    for start, end in spans:
        if (start, end) == (first, last):
            continue
        name = sentence_text[start:end]
        if places.own_named(name):
            return Toponym(name, Span(sentence_start + start, sentence_start + end), toponym.kind, alias=toponym.alias)
    return None


def _ends_after(text: str) -> list[int]:
    """Where a name may end in `text`, which starts right after it: after each further name
    word (" de Diaz", " City", " Hutt"), never after a particle alone ("Encarnacion de")."""
    ends: list[int] = []
    offset = 0
    while (match := NAME_WORD_AFTER.match(text, offset)) and len(ends) < MAX_GROWN_WORDS:
        offset = match.end()
        if not PARTICLE.fullmatch(match.group("word")):
            ends.append(offset)
    return ends


def _alone_no_place(name: str) -> bool:
    """A compass word, an honorific ("Mrs"), a title's abbreviation ("Rep." of "the shooting of
    Rep. Gabby Giffords" is no Republica, Brazil), or a thing no name is (`not_actors`: "stones
    and Molotov cocktails" is not Perm, once called Molotov)."""
    lowered = name.lower()
    words = lexicon()
    if lowered in COMPASS_WORDS or fold(name) in words.not_actors:
        return True
    return lowered in words.honorifics or lowered + "." in words.honorifics | words.roles


# Spanish and Portuguese words for a neighbourhood that open its name ("Colonia Buenavista", "Barrio
# Obrero"): alone they are no town ("Colonia" is an alias of Cologne).
NEIGHBOURHOOD_WORDS = frozenset({"colonia", "barrio", "fraccionamiento", "bairro"})


def _neighbourhood_word(toponym: Toponym, sentence_text: str, sentence_start: int) -> bool:
    """Whether the toponym is a neighbourhood's word cut from the name after it ("in Colonia
    Valencia Segunda Seccion" tells of no Cologne)."""
    after = sentence_text[toponym.span.end - sentence_start :]
    return toponym.name.lower() in NEIGHBOURHOOD_WORDS and re.match(r"\s+[A-Z0-9]", after) is not None


def _a_persons_name(toponym: Toponym, people: frozenset[str], sentence_text: str, sentence_start: int) -> bool:
    """Whether the toponym is a name the article gives a person, not written as a place: after
    "in", "near", "at" … it is the place of that name ("attacked in Sawadogo" when a Mr
    Sawadogo speaks too), anywhere else the person ("Obama said", "the Clinton campaign")."""
    if fold(toponym.name) not in people:
        return False
    before = toponym.span.start - sentence_start
    return (
        LOCATIVE_BEFORE.search(sentence_text, 0, before) is None
        or AIMED_AT_BEFORE.search(sentence_text, 0, before) is not None
    )


def _institution_word(name: str, places: Gazetteer) -> bool:
    words = name.lower().split()
    return words[0] in NOT_PLACE_WORDS and (len(words) == 1 or not places.candidates(name))


def _whole_word(sentence_text: str, sentence_start: int, start: int, end: int) -> tuple[int, str]:
    """The entity grown to the whole hyphenated name it is part of: the recogniser splits
    "Komin-Yanga" into a place "Komin" (a Czech town) and a person "Yanga"."""
    first, last = start - sentence_start, end - sentence_start
    while first > 1 and sentence_text[first - 1] == "-" and sentence_text[first - 2].isalnum():
        first -= 2
        while first > 0 and sentence_text[first - 1].isalnum():
            first -= 1
    while last + 1 < len(sentence_text) and sentence_text[last] == "-" and sentence_text[last + 1].isalnum():
        last += 2
        while last < len(sentence_text) and sentence_text[last].isalnum():
            last += 1
    return sentence_start + first, sentence_text[first:last]


def _qualified_by_known_area(sentence_text: str, end: int, places: Gazetteer) -> bool:
    """ "in Pobe Mengao (Pobe-Mengao, Soum)": a name the gazetteer lacks is still a place when the
    writer qualifies it in parentheses with an area the gazetteer knows (the area then stands in)."""
    match = QUALIFIERS.match(sentence_text[end:])
    if match is None or not match.group("inner") or match.group("designator"):
        return False  # no parenthesis, or one that is another spelling before a designator
    inner = match.group("inner")
    return any(places.areas(_clean(part)) for part in re.split(r"[,;/]", inner) if _clean(part)[:1].isupper())


def _clean(text: str) -> str:
    """The bare name: no article, designator, owner ("Ankara's Cankaya district" is Cankaya), or
    bracket or full stop the recogniser ran into ("Ouahigouya.[size=dozens]")."""
    text = re.split(r"['’]s\s+", re.split(r"[()\[\]]", text)[0])[-1].strip().rstrip(".,;:-")  # "East-" of "East-West"
    text = re.sub(r"['’]s$", "", text)  # "Kyiv's": the owner's bare name (the gazetteer never spells a possessive)
    return TRAILING_DESIGNATOR.sub("", LEADING_ARTICLE.sub("", text)).strip()


def _add(found: list[Toponym], toponym: Toponym) -> None:
    if not any(toponym.span.start < other.span.end and other.span.start < toponym.span.end for other in found):
        found.append(toponym)


def _with_qualifiers(found: list[Toponym], sentence_text: str, sentence_start: int) -> list[Toponym]:
    """Mark (or add) the names that qualify the toponym before them: "(Dori, Seno)", ", Kapisa".
    A parenthesis right before a designator is another spelling, not a qualifier ("Shinwar
    (Ghani Khel) district"), and a comma inside a list of towns is no qualifier either."""
    result: list[Toponym] = []
    taken: set[Span] = set()
    for toponym in found:
        if toponym.span in taken:
            continue
        result.append(toponym)
        after = toponym.span.end - sentence_start
        match = QUALIFIERS.match(sentence_text[after:])
        if match is None:  # every part is optional, so it always matches; for the type checker
            continue
        groups = [("(", "inner")] if match.group("inner") and not match.group("designator") else []
        listed = toponym.kind is None and LIST_GOES_ON.match(sentence_text[after + match.end() :])
        groups += [(",", "after")] if match.group("after") and not listed else []
        for mark, group in groups:
            base = sentence_start + after + match.start(group)
            parts = list(re.finditer(r"[^,;/]+", match.group(group)))
            for number, part in enumerate(parts, start=1):
                name = _clean(WARD_AFTER.split(part.group())[0])  # "(Seoul City - Jongno)": Seoul
                if not name or not name[0].isupper() or name.split()[0].lower() in NOT_NAMES:
                    continue
                start = base + part.start() + part.group().find(name)
                span = Span(start, start + len(name))
                same = [other for other in found if other.span.start < span.end and span.start < other.span.end]
                taken |= {other.span for other in same}
                kind = same[0].kind if same else None
                if kind is None and mark == "(" and number == len(parts) > 1:
                    kind = "region"  # "(Dori, Seno)": the last of a list in parentheses is the widest, a province
                result.append(Toponym(name, span, kind, qualifier=mark))
                if toponym.kind is None and fold(name) == fold(toponym.name) and result[-2] is toponym:
                    result[-2] = replace(toponym, kind="city")  # "Guanajuato, Guanajuato": the town in its state
    return result
