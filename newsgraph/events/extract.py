"""Find the events of one analysed article: each coded from its own sentence, with that
sentence's actors, place, date and casualty counts — never glued from unrelated sentences.

The exceptions are what news writing itself splits: a sentence that only adds a toll to the
violent event just before it ("At least one person died, and 25 others were injured in the
attack.") adds its counts to that event instead of becoming a second one; a sentence up to two
after a protest that names no other place tells what became of it ("Police dispersed them");
and when the article names no country, the country of its events' places stands in for the
unnamed parties of its events told without a place (a country, never a place or an actor).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.events import protests
from newsgraph.events.anchor import Anchor, date_against
from newsgraph.events.casualties import Casualties, Count, extract_casualties
from newsgraph.events.coder import GENERIC_VIOLENCE, EventCode, code_text
from newsgraph.events.dates import Precision, ResolvedDate
from newsgraph.events.lexicon import EventLexicon, event_lexicon
from newsgraph.events.participants import Candidate, assign_roles, sentence_candidates
from newsgraph.events.places import capital_place, event_place
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.toponyms import TOPONYM_LABELS, Toponym, sentence_toponyms
from newsgraph.geo.gazetteer import Gazetteer, gazetteer
from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.lexicon import lexicon as nlp_lexicon
from newsgraph.nlp.records import ActorKind, ArticleAnalysis, QuoteKind

UNNAMED_KINDS = frozenset({"group", "military", "police", "civilians", "protesters"})
STATE_FORCES = frozenset({"military", "police"})
NAMES_NO_EVENT = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})  # a trigger inside these names is none
# A date that starts or ends a span of time dates no single event: "held since 2012", "until March".
DURATION_BEFORE = re.compile(r"\b(?:since|ever since|until|till|through(?:out)?)\s+(?:the\s+)?$", re.IGNORECASE)
DURATION_START = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
# What makes an attack physical: harm, weapons, bodies ("attacked him with a knife").
PHYSICAL_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|hospital\w*|knife|knives|guns?|gunm[ae]n|shot|shoot\w*"
    r"|stabb\w*|bomb\w*|weapons?|beat(?:en|ing)?|punch\w*|assault\w*|arm(?:ed|s)|fir(?:ed|ing)|troops|soldiers"
    r"|police|militants?|forces)\b",
    re.IGNORECASE,
)
# From a subject to the end of the trigger: the subject suffered ("a soldier was killed … in the
# clashes", "ten soldiers died").
SUFFERED = re.compile(r"\b(?:was|were|been|being|is|are|killed|died|dead|injured|wounded)\b", re.IGNORECASE)
# The crowd of a demonstration just told, referred to again: the force acting on it is its crackdown.
THE_CROWD = re.compile(
    r"\b(?:them|the (?:protesters|protestors|demonstrators|crowds?|rioters|mobs?|marchers|students))\b", re.IGNORECASE
)
ANAPHORIC = re.compile(r"\b(?:these|those|such|this|that|similar|earlier|previous)\s+(?:\w+\s+)?$", re.IGNORECASE)
INHERIT_WITHIN_SENTENCES = 2
# Words that tie a later sentence to the violent event told first, however far back: "Another
# soldier later died of his injuries", "A third body was also found".
FOLLOW_UP_CUE = re.compile(
    r"\b(?:another|later|also|further|additional|subsequently|succumbed|(?:died|dead) (?:of|from) (?:his|her|their)"
    r" (?:injuries|wounds))\b",
    re.IGNORECASE,
)
NEEDS_CASUALTIES = frozenset({"FIGHT", "ASSAULT", "PROTEST"})
# Strategic developments that can kill: a bomb that goes off while being planted.
TOLLED_STRATEGIC = frozenset({"Disrupted weapons use"})
# The held themselves as the subject of their killing ("7 were executed on the outskirts", "At
# least twelve were reportedly tortured and then executed in Tanwalbougou"): the place named is
# where the people held were killed, not that of a new event.
HELD_KILLED = re.compile(
    r"^\W*(?:(?:at least|all|most|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|all|they|most|those|the (?:men|victims|detainees|hostages|captives))(?:\s+of them)?"
    r"\s+(?:were|had been|have been)\b",
    re.IGNORECASE,
)
# Only armed violence passes its doer on to an unattributed follow-up: protesters are not the
# attackers of the strike reported before them.
PASSES_DOER = frozenset({"FIGHT", "ASSAULT"})
# A cheap test before a sentence with no event is read for a toll it adds to the last one.
TOLL_WORDS = re.compile(
    r"\b(?:dead|deaths?|died|fatalities|kill(?:ed|ing)|bodies|corpses|wound(?:ed|ing)|injur(?:ed|ing))\b", re.IGNORECASE
)
IN_PLACE = re.compile(
    r"\b(?:in|at|near|inside|outside|into|towards?|between|between [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and"
    # "the town hall of Bousse", "residents of Pouytenga": a local office or its people's place
    r"|(?:town|city) hall of|(?:municipal |primary |secondary )?school of|hospital of|market of|mayor of"
    r"|prefect(?:ure)? of|governor of|municipality of|commune of|residents of|inhabitants of|people of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Those held (arrested, abducted) whose killing in the next sentence makes the event an attack.
HELD_SUB_TYPES = frozenset({"Arrests", "Abduction/forced disappearance"})
# A party answering the attack just told: part of that event, not a new one.
RESPONSE = re.compile(
    r"\b(?:repell?ed|repuls\w+|responded to|fought back|fended off|pushed back|thwarted)\s+(?:the\s+)?"
    r"(?:attack|assault|assailants|attackers|militants|raid|incursion|offensive)\b",
    re.IGNORECASE,
)
# "ISGS later claimed the attack", "… claimed responsibility for the ambush": who did what was
# just told (the coder makes no new event of it)
CLAIMED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|both)\s+(?:\w+\s+)?"
    r"(?:attacks?|ambush(?:es)?|bombings?|assaults?|killings?|abductions?|kidnappings?|raids?|strikes?|blasts?)\b",
    re.IGNORECASE,
)
# Actors whose country says nothing new of where the article is: places and countries are
# counted from the text's own names.
NOT_PARTIES = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})
NAMED_CLAIMANT_KINDS = frozenset({"group", "organisation", "military"})
PLACE_MISTAKEN_KINDS = frozenset({"person", "organisation", "government"})
# ACLED's name for the unnamed perpetrator of violence the text gives none for ("Unidentified
# Armed Group (Burkina Faso)"); it takes the event's country like any unnamed party.
UNIDENTIFIED = "Unidentified armed group"
# Who arrests when the text names no one ("17 men were arrested"): the police, as ACLED codes an
# arrest with no named doer (its "Police Forces of <country>").
ARRESTING_FORCE = "Police"
CROWD_NAMES = {"Protests": "Protesters", "Riots": "Rioters"}  # ACLED event type: its unnamed first actor
LEADING_CLAUSE = re.compile(
    r"\s*(?:after|following|despite|amid|amidst|before|since|as|while|when|in response to|in the wake of)"
    r"\b[^,]{0,150},",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _SentenceContext:
    index: int
    span: Span
    text: str


def find_events(
    doc: Doc,
    analysis: ArticleAnalysis,
    anchor: Anchor | None,
    *,
    lexicon: EventLexicon | None = None,
    places: Gazetteer | None = None,
) -> list[ArticleEvent]:
    lexicon = lexicon or event_lexicon()
    places = places or gazetteer()
    text = doc.text
    toponym_entities = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ in TOPONYM_LABELS]
    date_entities = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "DATE"]
    people = _people_names(analysis, places)
    name_spans = [  # people and organisations as the actor stage resolved them (not groups: "Protesters")
        _Name(
            Span(mention.start, mention.end),
            short_form=mention.text != analysis.actors[mention.actor].name,
            person=analysis.actors[mention.actor].kind is ActorKind.PERSON,
        )
        for mention in analysis.mentions
        if mention.actor is not None and analysis.actors[mention.actor].kind in NAMES_NO_EVENT
    ]
    context = _context_countries(doc, analysis)
    article_country = context.most_common(1)[0][0] if context else None
    context = context + _operating_countries(analysis)  # where its places are looked for, not its country
    quoted = [Span(quote.start, quote.end) for quote in analysis.quotes if quote.kind == QuoteKind.DIRECT]
    events: list[ArticleEvent] = []
    previous_violent: ArticleEvent | None = None
    described: ArticleEvent | None = None  # the first event whose dead are counted
    previous_held: ArticleEvent | None = None  # an arrest or abduction just told
    previous_protest: ArticleEvent | None = None
    leading_toll: _SentenceContext | None = None  # dead counted before any event ("5 bodies were seen …")
    for sentence in analysis.sentences:
        here = _SentenceContext(sentence.index, Span(sentence.start, sentence.end), text[sentence.start : sentence.end])
        codes = _sentence_codes(here, name_spans, lexicon)
        if previous_violent is not None and here.index - previous_violent.sentence > INHERIT_WITHIN_SENTENCES:
            previous_violent = None
        if previous_protest is not None and here.index - previous_protest.sentence > INHERIT_WITHIN_SENTENCES:
            previous_protest = None
        if previous_held is not None and here.index - previous_held.sentence > INHERIT_WITHIN_SENTENCES:
            previous_held = None
        toponyms: list[Toponym] | None = None
        if previous_protest is not None:
            toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
            if not _names_a_place(toponyms, places):
                if _escalate(previous_protest, here, lexicon):
                    codes = [code for code in codes if not protests.same_protest(code)]
                    # "Security forces shot at them, killing seven": the protest's toll (a sentence
                    # left with no code at all is counted as a toll sentence below)
                    if codes and not any(code.is_acled for code in codes):
                        _add_toll(previous_protest, here)
                else:  # "The demonstrators demanded a new abattoir": the crowd just told of
                    codes = [code for code in codes if not protests.same_crowd(code, here.text)]
        told = previous_violent or (described if described and FOLLOW_UP_CUE.search(here.text) else None)
        if not codes:
            if TOLL_WORDS.search(here.text):
                _toll_sentence(told, described, here, toponym_entities, places)
                if described is None:
                    leading_toll = here
            if previous_violent is not None and (claim := CLAIMED.search(here.text)) is not None:
                _claimed_by(previous_violent, analysis, here, claim.start(), lexicon)
            continue
        candidates = sentence_candidates(analysis, here.index, here.span.start, here.text, lexicon)
        if toponyms is None:
            toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
        candidates = _not_places(candidates, toponyms, here, places)
        found_violent: ArticleEvent | None = None
        found_protest: ArticleEvent | None = None
        for code in codes:
            trigger = Span(here.span.start + code.hit.start, here.span.start + code.hit.end)
            if code.hit.trigger.id in GENERIC_VIOLENCE and ANAPHORIC.search(here.text[: code.hit.start]):
                continue  # "these attacks": events told before, not a new one
            actor1, actor2 = assign_roles(candidates, trigger, here.text, here.span.start)
            if _verbal_attack(code, actor1, actor2, here.text):
                code = EventCode("DISAPPROVE", None, None, None, code.hit)  # "Clinton attacked Sanders"
            held_subject = previous_held is not None and HELD_KILLED.match(here.text) is not None
            if (
                previous_held is not None
                and (code.hit.trigger.id == "killing" or held_subject)  # "12 were tortured and executed"
                and _continues(
                    code, actor1, previous_held, here.text, toponyms, places, trigger=trigger, anywhere=held_subject
                )
            ):  # "… arrested 12 Fulani men. 7 were executed": the arrest was an attack on them
                _killed_when_held(previous_held, code, trigger)
                _count_casualties(previous_held, here)
                if previous_held.location is None:  # where they were killed, when the arrest had no place
                    previous_held.location = event_place(
                        toponyms, trigger, [actor1, actor2], here.text, here.span.start, context, places
                    )
                    killed_in = previous_held.location.place.country if previous_held.location else None
                    previous_held.actor1 = _with_country(previous_held.actor1, killed_in, True)
                    previous_held.actor2 = _with_country(previous_held.actor2, killed_in, True)
                previous_violent = described = previous_held
                previous_held = None
                continue
            if told is not None and _continues(code, actor1, told, here.text, toponyms, places, trigger=trigger):
                _add_toll(told, here)
                continue
            if code.acled_event_type in CROWD_NAMES:
                actor1, actor2 = _crowd_first(actor1, actor2, CROWD_NAMES[code.acled_event_type], trigger)
            if not code.is_acled and (
                actor1 is None or (actor1.actor is None and actor1.kind in UNNAMED_KINDS - STATE_FORCES)
            ):
                continue  # a relation needs a named party ("Hamas threatened" is one, "militants threatened" not)
            event = ArticleEvent(
                sentence=here.index,
                sentence_span=here.span,
                trigger=trigger,
                trigger_text=text[trigger.start : trigger.end],
                plover_type=code.plover_type,
                plover_mode=code.plover_mode,
                acled_event_type=code.acled_event_type,
                acled_sub_event_type=code.acled_sub_event_type,
            )
            event.location = event_place(
                toponyms, trigger, [actor1, actor2], here.text, here.span.start, context, places
            )
            if code.is_acled and (event.location is None or event.location.place.kind == "country"):
                # "protested at the Education Ministry": violence and protests only, not a statement
                # by "the Foreign Ministry" of whichever country the article names most
                country_named = event.location.place.country if event.location else article_country
                event.location = capital_place(here.text, here.span.start, country_named, places) or event.location
            country = (event.location.place.country if event.location else None) or article_country
            if (
                actor1 is None
                and code.is_acled
                and code.plover_type in PASSES_DOER
                and previous_violent is not None
                and previous_violent.plover_type in PASSES_DOER
            ):
                actor1 = _inherited(previous_violent, here.index)
            if actor1 is None and code.is_acled and code.plover_type in PASSES_DOER:
                actor1 = EventActor(UNIDENTIFIED, "group", None, trigger)  # "an IED struck a vehicle"
            if actor1 is None and code.acled_sub_event_type == "Arrests":
                actor1 = EventActor(ARRESTING_FORCE, "police", None, trigger)  # "17 men were arrested on Sunday"
            if actor2 is None and code.plover_mode == "visit" and event.location is not None and country:
                actor2 = _host(event.location.place.country or "", event.location.span)
            local = code.plover_type in PASSES_DOER or code.acled_event_type in CROWD_NAMES
            event.actor1, event.actor2 = _with_country(actor1, country, local), _with_country(actor2, country, local)
            _date_event(event, date_entities, here, anchor)
            if (
                code.plover_type in NEEDS_CASUALTIES or code.acled_sub_event_type in TOLLED_STRATEGIC
            ) and code.is_acled:
                _count_casualties(event, here)
                if leading_toll is not None and here.index - leading_toll.index == 1:
                    _leading_toll(event, leading_toll)
                leading_toll = None
                found_violent = found_violent or event
                described = described or event
            if code.acled_event_type in protests.ESCALATED_TYPES:
                found_protest = found_protest or event
            if code.acled_sub_event_type in HELD_SUB_TYPES:
                previous_held = event
            event.confidence = _confidence(event, code, quoted)
            events.append(event)
        previous_violent = found_violent or previous_violent
        previous_protest = found_protest or previous_protest
    if article_country is None:
        _countries_from_places(events)
    return events


def main_event(events: list[ArticleEvent]) -> ArticleEvent | None:
    """The event an event description is about: its first ACLED-coded event."""
    return next((event for event in events if event.acled_sub_event_type is not None), None)


def lead_event(events: list[ArticleEvent], text: str) -> ArticleEvent | None:
    """The event a news text leads with: the first its first eventful sentence's main clause
    reports. News puts the main verb before what it governs ("Lebanon complained to the UN
    over two Israeli air raids", "Palestinians blamed Israel for the bombing"), so the earliest
    trigger wins — unless it sits in an opening adverbial clause ("After two days of fighting,
    the two sides agreed to a ceasefire"), whose events are background, not the news. `text`
    is the text the events' offsets point into."""
    if not events:
        return None
    sentence = [event for event in events if event.sentence == events[0].sentence]
    span = sentence[0].sentence_span
    opening = LEADING_CLAUSE.match(text, span.start, span.end)
    if opening is not None:
        after = [event for event in sentence if event.trigger.start >= opening.end()]
        if after:
            return after[0]
    return sentence[0]


def _context_countries(doc: Doc, analysis: ArticleAnalysis) -> Counter[str]:
    """The countries an article is about: those it names or whose people it names, and those
    of the parties it names ("Ansaroul Islam", "the Taliban", a minister): a text that names
    no country but a Burkinabe armed group is set in Burkina Faso, and its villages are
    looked for there."""
    registry = country_registry()
    named = Counter(
        country
        for ent in doc.ents
        if ent.label_ in ("GPE", "NORP", "LOC")
        and (country := registry.country_of_name(ent.text) or registry.country_of_demonym(ent.text))
    )
    named.update(actor.country for actor in analysis.actors if actor.country and actor.kind not in NOT_PARTIES)
    return named


def _operating_countries(analysis: ArticleAnalysis) -> Counter[str]:
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


def _not_places(
    candidates: list[Candidate], toponyms: list[Toponym], sentence: _SentenceContext, places: Gazetteer
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
        or not _mistakable(candidate.actor)
    ]


def _mistakable(actor: EventActor) -> bool:
    """Whether the recogniser may have taken a place for this party: a person, organisation or
    government, or a group it only guessed from a name ("Ghoryan district": Ghoryan is no people),
    never a group the actor table knows (the Taliban) nor a people ("the Bosnian town of Gorazde")."""
    if actor.kind == "group":
        known_people = country_registry().country_of_demonym(actor.name) is not None
        return not known_people and nlp_lexicon().known_actor(actor.name) is None
    return actor.kind in PLACE_MISTAKEN_KINDS


def _verbal_attack(code: EventCode, actor1: EventActor | None, actor2: EventActor | None, text: str) -> bool:
    """Whether an "attack" is words: one named person attacking another person or an institution
    with nothing violent in the sentence ("Clinton attacked Sanders over guns", "the senator
    attacked the administration's plan") is criticism, PLOVER's DISAPPROVE, not an assault."""
    return (
        code.hit.trigger.id == "attack"
        and actor1 is not None
        and actor1.kind == "person"
        and actor1.actor is not None
        and actor2 is not None
        and actor2.kind in ("person", "government", "organisation")
        and not PHYSICAL_HARM.search(text)
    )


def _names_a_place(toponyms: list[Toponym], places: Gazetteer) -> bool:
    """Whether any of the toponyms is a place the gazetteer knows ("Gendarmerie forces" is not)."""
    return any(places.candidates(toponym.name) for toponym in toponyms)


def _people_names(analysis: ArticleAnalysis, places: Gazetteer) -> frozenset[str]:
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
        titled = actor.role is not None or any(_titled(alias) for alias in actor.aliases)
        full_name = (  # no place of that name, however spelled ("Nahri Saraj" is GeoNames' "Nahr-e Saraj")
            len(actor.name.split()) >= 2 and not places.candidates(actor.name) and not places.similar(actor.name)
        )
        if titled or index in speakers or full_name:
            names.update(fold(name) for name in (actor.name, actor.surname, *actor.aliases) if name)
    return frozenset(names)


def _titled(name: str) -> bool:
    """Whether a name as written starts with an honorific or a role ("Mrs. Clinton", "Sen. Cruz")."""
    words = nlp_lexicon()
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in words.honorifics or first in words.roles


@dataclass(frozen=True, slots=True)
class _Name:
    """A person's or organisation's name in the text, to tell a trigger that is a word of it."""

    span: Span
    short_form: bool  # a short form of a name given in full elsewhere ("Lynch" of "Loretta Lynch")
    person: bool


def _sentence_codes(sentence: _SentenceContext, name_spans: list[_Name], lexicon: EventLexicon) -> list[EventCode]:
    """The sentence's event codes, none of them named by a word of a name. When one was, the
    sentence is coded again with the names blanked (same length, so offsets hold), so that the
    event the name hid is found ("The Rally for Culture and Democracy said police arrested 12")."""
    codes = code_text(sentence.text, lexicon)
    if not any(_in_a_name(code, sentence, name_spans) for code in codes):
        return codes
    text = sentence.text
    for name in name_spans:
        span = name.span
        if sentence.span.start <= span.start < sentence.span.end:
            start, end = span.start - sentence.span.start, min(span.end, sentence.span.end) - sentence.span.start
            text = text[:start] + "X" * (end - start) + text[end:]
    return [code for code in code_text(text, lexicon) if not _in_a_name(code, sentence, name_spans)]


def _in_a_name(code: EventCode, sentence: _SentenceContext, name_spans: list[_Name]) -> bool:
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


def _continues(
    code: EventCode,
    doer: EventActor | None,
    previous: ArticleEvent,
    sentence_text: str,
    toponyms: list[Toponym],
    places: Gazetteer,
    *,
    trigger: Span,
    anywhere: bool = False,
) -> bool:
    """Whether a violent sentence right after another tells more of that same event (its dead
    count for it, no new event is made): a generic attack or killing with no place of its own
    (`anywhere`: a place of its own too, where the sentence's subject is those just told of)
    whose doer is unnamed or a party to that event ("Two soldiers were killed", "Four JNIM
    fighters reportedly killed" — the named group is the victim —, "The patrol repelled the
    attack and killed three militants"). A newly named doer is a new event, unless it answers
    the attack just told ("Volunteer fighters repulsed the assault and killed three militants"). An
    unnamed state force that does the harm, of another kind than that event's doer, is a new event
    too ("… surrounded by a mob. 99 persons have been killed in police firing.", "Soldiers fired
    live bullets, killing two"); not one that suffered it ("one Turkish soldier was killed … during
    the clashes", "Ten soldiers died"), nor one that turns on the crowd just told of ("shot at
    them": the crackdown on that protest)."""
    parties = {
        actor.actor for actor in (previous.actor1, previous.actor2) if actor is not None and actor.actor is not None
    }
    new_doer = doer is not None and doer.actor is not None and doer.actor not in parties
    sentence_start = trigger.start - code.hit.start
    new_doer = new_doer or (
        doer is not None
        and doer.actor is None
        and doer.kind in STATE_FORCES
        and (previous.actor1 is None or previous.actor1.kind != doer.kind)
        and (
            doer.span.start >= trigger.end  # named as the agent: "killed in police firing", "by the police"
            or not SUFFERED.search(sentence_text, doer.span.end - sentence_start, code.hit.end)  # not "was killed"
        )
        and not (previous.acled_event_type in CROWD_NAMES and THE_CROWD.search(sentence_text))
    )
    new_doer = new_doer and RESPONSE.search(sentence_text) is None
    if not code.is_acled or code.hit.trigger.id not in GENERIC_VIOLENCE or new_doer:
        return False
    return anywhere or not _names_a_place(toponyms, places)  # the gazetteer is asked last: it costs the most


def _escalate(protest: ArticleEvent, here: _SentenceContext, lexicon: EventLexicon) -> bool:
    """Whether a sentence just after a protest (the next, or the one after), naming no other
    place, says what happened to it; a more severe sub-type replaces the protest's ("Police
    dispersed them" → "Protest with intervention") and its words are kept as the evidence of that."""
    found = protests.escalation(here.text, lexicon)
    if found is None:
        return False
    if protests.escalates(protest.acled_sub_event_type, found):
        protest.acled_sub_event_type = found.sub_type
        protest.acled_event_type = lexicon.acled_types.get(found.sub_type, protest.acled_event_type)
        protest.plover_type, protest.plover_mode = protests.plover_of(found.sub_type)
        protest.sub_type_span = Span(here.span.start + found.start, here.span.start + found.end)
    return True


def _killed_when_held(event: ArticleEvent, killing: EventCode, trigger: Span) -> None:
    """People arrested or abducted and then killed were attacked: the event is the killing's type
    (ACLED codes "abducted and executed" as an Attack), with the killing's words as the evidence
    of that type and the arrest's for the rest."""
    event.sub_type_span = trigger
    event.acled_sub_event_type = killing.acled_sub_event_type
    event.acled_event_type = killing.acled_event_type
    event.plover_type, event.plover_mode = killing.plover_type, killing.plover_mode


def _claimed_by(
    event: ArticleEvent, analysis: ArticleAnalysis, here: _SentenceContext, claim_at: int, lexicon: EventLexicon
) -> None:
    """A named group claiming the violent event just told is its doer when the text gave it
    none ("Unidentified armed group", "gunmen"), as ACLED codes a claimed attack."""
    if event.actor1 is not None and event.actor1.actor is not None:
        return  # the doer is named already
    claimants = [
        candidate.actor
        for candidate in sentence_candidates(analysis, here.index, here.span.start, here.text, lexicon)
        if candidate.actor.actor is not None
        and candidate.actor.kind in NAMED_CLAIMANT_KINDS
        and candidate.actor.span.end <= here.span.start + claim_at
    ]
    if claimants:
        country = event.location.place.country if event.location else None
        event.actor1 = _with_country(claimants[-1], country or (event.actor1.country if event.actor1 else None), True)


def _toll_sentence(
    previous: ArticleEvent | None,
    described: ArticleEvent | None,
    here: _SentenceContext,
    toponym_entities: list[tuple[int, int, str]],
    places: Gazetteer,
) -> None:
    """A sentence with no event of its own that counts dead or wounded ("Fatalities: 106
    civilians.") counts them for the violent event just told, unless it names a place of its
    own: then it is about somewhere else."""
    if described is None:  # no event counted yet, so none was told just before either
        return
    toll = extract_casualties(here.text)
    if _names_a_place(sentence_toponyms(toponym_entities, here.text, here.span.start, places), places):
        return  # a place of its own ("… in Oudalan" after a split is where the events are, not another)
    _add_toll(previous, here, toll)


def _add_toll(event: ArticleEvent | None, here: _SentenceContext, toll: Casualties | None = None) -> None:
    """Count a follow-up sentence's dead and wounded for `event` (the violent event just told,
    if any), added to what it had."""
    toll = toll or extract_casualties(here.text)
    if toll.killed.value is None and toll.injured.value is None:
        return
    if event is None:
        return
    event.fatalities = _add(event.fatalities, toll.killed)
    event.injured = _add(event.injured, toll.injured)
    _extend_casualty_span(event, here)


def _leading_toll(event: ArticleEvent, before: _SentenceContext) -> None:
    """The dead a sentence counted just before the event that tells how they died ("5 bodies were
    seen near Djibo. The bodies are believed to be those of men executed by soldiers.") are the
    event's, when its own sentence counts none."""
    toll = extract_casualties(before.text)
    if event.fatalities is None and toll.killed.value is not None:
        event.fatalities = toll.killed
    if event.injured is None and toll.injured.value is not None:
        event.injured = toll.injured
    if event.fatalities is not None or event.injured is not None:
        end = event.casualty_span.end if event.casualty_span else event.sentence_span.end
        event.casualty_span = Span(before.span.start, end)


def _extend_casualty_span(event: ArticleEvent, here: _SentenceContext) -> None:
    start = event.casualty_span.start if event.casualty_span else here.span.start
    event.casualty_span = Span(start, here.span.end)


def _add(known: Count | None, more: Count) -> Count | None:
    if more.value is None:
        return known
    if known is None or known.value is None:
        return more
    low = (known.minimum or known.value) + (more.minimum or more.value)
    return Count(known.value + more.value, low if known.minimum or more.minimum else None, None, known.evidence)


def _count_casualties(event: ArticleEvent, here: _SentenceContext) -> None:
    """The sentence's dead and injured, as the event's. A peaceful protest, or one the police
    only broke up, kills no one by ACLED's definition: dead in its sentence are what it is
    about ("demanding justice for two assassinated cadres"), so none are counted for it."""
    toll = extract_casualties(here.text)
    bloodless = event.acled_sub_event_type in protests.BLOODLESS_SUB_TYPES
    event.fatalities = toll.killed if toll.killed.value is not None and not bloodless else None
    event.injured = toll.injured if toll.injured.value is not None else None
    if event.fatalities or event.injured:
        event.casualty_span = here.span


def _inherited(previous: ArticleEvent, sentence: int) -> EventActor | None:
    """The doer of the violent event told just before ("a wave of attacks by Russia … A missile
    strike on an apartment block …"): a follow-up sentence rarely repeats it."""
    if sentence - previous.sentence > INHERIT_WITHIN_SENTENCES:
        return None
    return previous.actor1


def _host(country: str, span: Span) -> EventActor:
    """The host of a visit, when the text names only where the visit went ("visit to Moscow")."""
    return EventActor(country_registry().name_of(country), "country", country, span)


def _crowd_first(
    actor1: EventActor | None, actor2: EventActor | None, unnamed: str, trigger: Span
) -> tuple[EventActor | None, EventActor | None]:
    """A demonstration's first actor is its crowd (ACLED's "Protesters (Country)", "Rioters
    (Country)"), whoever else the sentence names: the people the text says took part
    ("students staged a sit-in"), else the unnamed crowd the trigger implies; the police who
    intervened come second. A named organiser stays first ("the union held a rally")."""
    for crowd, other in ((actor1, actor2), (actor2, actor1)):
        if crowd is not None and crowd.kind in ("civilians", "protesters"):
            return EventActor(crowd.name, "protesters", crowd.country, crowd.span, crowd.actor), other
    if actor1 is None:
        return EventActor(unnamed, "protesters", None, trigger), actor2
    if actor1.kind in (*STATE_FORCES, "government") and actor2 is None:  # "police dispersed protesters"
        return EventActor(unnamed, "protesters", None, trigger), actor1
    return actor1, actor2


def _countries_from_places(events: list[ArticleEvent]) -> None:
    """When the article names no country, the country its events' places lie in is its main
    country: an unnamed party of an event told without a place ("militants abducted a
    councilman", "students marched") takes it, as it would take a named country's."""
    located = Counter(
        event.location.place.country for event in events if event.location and event.location.place.country
    )
    if not located:
        return
    country = located.most_common(1)[0][0]
    for event in events:
        if event.location is None:
            local = event.plover_type in PASSES_DOER or event.acled_event_type in CROWD_NAMES
            event.actor1 = _with_country(event.actor1, country, local)
            event.actor2 = _with_country(event.actor2, country, local)


def _with_country(actor: EventActor | None, location_country: str | None, local: bool) -> EventActor | None:
    """An unnamed party ("gunmen", "soldiers") takes the country the event happened in, as ACLED
    codes them, and so does an organisation the registry has no country for when the event is
    one it takes part in where it is (`local`: an armed group's fighting, "Ansaroul Islam"; a
    union's demonstration); the article's main country stands in when the sentence gives no place."""
    kinds = UNNAMED_KINDS | ({"organisation"} if local else set())
    if actor is None or actor.country is not None or actor.kind not in kinds or location_country is None:
        return actor
    return EventActor(actor.name, actor.kind, location_country, actor.span, actor.actor)


def _date_event(
    event: ArticleEvent, date_entities: list[tuple[int, int, str]], here: _SentenceContext, anchor: Anchor | None
) -> None:
    """The date nearest the trigger that dates it: not the start of a duration ("exercises held
    since 2012" date nothing), and never after the publication (that is a plan, not a date of
    what happened); else the publication week."""
    in_sentence = [item for item in date_entities if here.span.start <= item[0] < here.span.end]
    in_sentence.sort(key=lambda item: abs(item[0] - event.trigger.start))
    published = anchor.value if anchor is not None and not anchor.estimated else None
    for start, end, expression in in_sentence:
        if DURATION_BEFORE.search(here.text, 0, start - here.span.start) or DURATION_START.match(expression):
            continue
        resolved = date_against(expression, anchor)
        if resolved is not None and (published is None or resolved.value <= published):
            event.date, event.date_span = resolved, Span(start, end)
            return
    if anchor is not None and not anchor.estimated:  # news reports what happened days before
        event.date = ResolvedDate(
            anchor.value, Precision.WEEK, "publication date (the sentence gives none)", anchor.value
        )


def _confidence(event: ArticleEvent, code: EventCode, quoted: list[Span]) -> float:
    score = 0.45 if code.is_acled else 0.35
    score += 0.15 if event.actor1 is not None and event.actor1.actor is not None else 0.05 if event.actor1 else 0.0
    score += 0.1 if event.actor2 is not None else 0.0
    score += 0.15 if event.location is not None else 0.0
    score += 0.1 if event.date is not None else 0.0
    if any(span.start <= event.trigger.start < span.end for span in quoted):
        score -= 0.25  # told in someone's words, not the reporter's
    return round(min(max(score, 0.05), 0.99), 2)
