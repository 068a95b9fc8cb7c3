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

from spacy.tokens import Doc

from newsgraph.events import protests
from newsgraph.events.anchor import Anchor, date_against
from newsgraph.events.coder import GENERIC_VIOLENCE, EventCode
from newsgraph.events.context import (
    UNNAMED_KINDS,
    NameSpan,
    SentenceContext,
    context_countries,
    names_a_place,
    not_places,
    operating_countries,
    people_names,
    sentence_codes,
    with_country,
)
from newsgraph.events.dates import Precision, ResolvedDate
from newsgraph.events.lexicon import EventLexicon, event_lexicon
from newsgraph.events.linking import (
    CROWD_NAMES,
    INHERIT_WITHIN_SENTENCES,
    STATE_FORCES,
    add_leading_toll,
    add_toll,
    claimed_by,
    continues_event,
    count_casualties,
    escalates,
    inherited_party,
    killed_when_held,
    toll_sentence,
)
from newsgraph.events.participants import assign_roles, sentence_candidates
from newsgraph.events.places import capital_place, event_place
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.toponyms import TOPONYM_LABELS, Toponym, sentence_toponyms
from newsgraph.geo.gazetteer import Gazetteer, gazetteer
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.numbers import CARDINAL_WORDS
from newsgraph.nlp.records import ActorKind, ArticleAnalysis, QuoteKind

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


ANAPHORIC = re.compile(r"\b(?:these|those|such|this|that|similar|earlier|previous)\s+(?:\w+\s+)?$", re.IGNORECASE)


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
    r"^\W*(?:(?:at least|all|most|some)\s+)?(?:\d+|"
    + "|".join(CARDINAL_WORDS)
    + r"|all|they|most|those|the (?:men|victims|detainees|hostages|captives))(?:\s+of them)?"
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


# Those held (arrested, abducted) whose killing in the next sentence makes the event an attack.
HELD_SUB_TYPES = frozenset({"Arrests", "Abduction/forced disappearance"})


# "ISGS later claimed the attack", "… claimed responsibility for the ambush": who did what was
# just told (the coder makes no new event of it)
CLAIMED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|both)\s+(?:\w+\s+)?"
    r"(?:attacks?|ambush(?:es)?|bombings?|assaults?|killings?|abductions?|kidnappings?|raids?|strikes?|blasts?)\b",
    re.IGNORECASE,
)


# ACLED's name for the unnamed perpetrator of violence the text gives none for ("Unidentified
# Armed Group (Burkina Faso)"); it takes the event's country like any unnamed party.
UNIDENTIFIED = "Unidentified armed group"


# Who arrests when the text names no one ("17 men were arrested"): the police, as ACLED codes an
# arrest with no named doer (its "Police Forces of <country>").
ARRESTING_FORCE = "Police"


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
    people = people_names(analysis, places)
    name_spans = [  # people and organisations as the actor stage resolved them (not groups: "Protesters")
        NameSpan(
            Span(mention.start, mention.end),
            short_form=mention.text != analysis.actors[mention.actor].name,
            person=analysis.actors[mention.actor].kind is ActorKind.PERSON,
        )
        for mention in analysis.mentions
        if mention.actor is not None and analysis.actors[mention.actor].kind in NAMES_NO_EVENT
    ]
    context = context_countries(doc, analysis)
    article_country = context.most_common(1)[0][0] if context else None
    context = context + operating_countries(analysis)  # where its places are looked for, not its country
    quoted = [Span(quote.start, quote.end) for quote in analysis.quotes if quote.kind == QuoteKind.DIRECT]
    events: list[ArticleEvent] = []
    previous_violent: ArticleEvent | None = None
    described: ArticleEvent | None = None  # the first event whose dead are counted
    previous_held: ArticleEvent | None = None  # an arrest or abduction just told
    previous_protest: ArticleEvent | None = None
    leading_toll: SentenceContext | None = None  # dead counted before any event ("5 bodies were seen …")
    for sentence in analysis.sentences:
        here = SentenceContext(sentence.index, Span(sentence.start, sentence.end), text[sentence.start : sentence.end])
        codes = sentence_codes(here, name_spans, lexicon)
        if previous_violent is not None and here.index - previous_violent.sentence > INHERIT_WITHIN_SENTENCES:
            previous_violent = None
        if previous_protest is not None and here.index - previous_protest.sentence > INHERIT_WITHIN_SENTENCES:
            previous_protest = None
        if previous_held is not None and here.index - previous_held.sentence > INHERIT_WITHIN_SENTENCES:
            previous_held = None
        toponyms: list[Toponym] | None = None
        if previous_protest is not None:
            toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
            if not names_a_place(toponyms, places):
                if escalates(previous_protest, here, lexicon):
                    codes = [code for code in codes if not protests.same_protest(code)]
                    # "Security forces shot at them, killing seven": the protest's toll (a sentence
                    # left with no code at all is counted as a toll sentence below)
                    if codes and not any(code.is_acled for code in codes):
                        add_toll(previous_protest, here)
                else:  # "The demonstrators demanded a new abattoir": the crowd just told of
                    codes = [code for code in codes if not protests.same_crowd(code, here.text)]
        told = previous_violent or (described if described and FOLLOW_UP_CUE.search(here.text) else None)
        if not codes:
            if TOLL_WORDS.search(here.text):
                toll_sentence(told, described, here, toponym_entities, places)
                if described is None:
                    leading_toll = here
            if previous_violent is not None and (claim := CLAIMED.search(here.text)) is not None:
                claimed_by(previous_violent, analysis, here, claim.start(), lexicon)
            continue
        candidates = sentence_candidates(analysis, here.index, here.span.start, here.text, lexicon)
        if toponyms is None:
            toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
        candidates = not_places(candidates, toponyms, here, places)
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
                and continues_event(
                    code, actor1, previous_held, here.text, toponyms, places, trigger=trigger, anywhere=held_subject
                )
            ):  # "… arrested 12 Fulani men. 7 were executed": the arrest was an attack on them
                killed_when_held(previous_held, code, trigger)
                count_casualties(previous_held, here)
                if previous_held.location is None:  # where they were killed, when the arrest had no place
                    previous_held.location = event_place(
                        toponyms, trigger, [actor1, actor2], here.text, here.span.start, context, places
                    )
                    killed_in = previous_held.location.place.country if previous_held.location else None
                    previous_held.actor1 = with_country(previous_held.actor1, killed_in, True)
                    previous_held.actor2 = with_country(previous_held.actor2, killed_in, True)
                previous_violent = described = previous_held
                previous_held = None
                continue
            if told is not None and continues_event(code, actor1, told, here.text, toponyms, places, trigger=trigger):
                add_toll(told, here)
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
                trigger_id=code.hit.trigger.id,
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
                actor1 = inherited_party(previous_violent, here.index)
            if actor1 is None and code.is_acled and code.plover_type in PASSES_DOER:
                actor1 = EventActor(UNIDENTIFIED, "group", None, trigger)  # "an IED struck a vehicle"
            if actor1 is None and code.acled_sub_event_type == "Arrests":
                actor1 = EventActor(ARRESTING_FORCE, "police", None, trigger)  # "17 men were arrested on Sunday"
            if actor2 is None and code.plover_mode == "visit" and event.location is not None and country:
                actor2 = _host(event.location.place.country or "", event.location.span)
            local = code.plover_type in PASSES_DOER or code.acled_event_type in CROWD_NAMES
            event.actor1, event.actor2 = with_country(actor1, country, local), with_country(actor2, country, local)
            _date_event(event, date_entities, here, anchor)
            if (
                code.plover_type in NEEDS_CASUALTIES or code.acled_sub_event_type in TOLLED_STRATEGIC
            ) and code.is_acled:
                count_casualties(event, here)
                if leading_toll is not None and here.index - leading_toll.index == 1:
                    add_leading_toll(event, leading_toll)
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
            event.actor1 = with_country(event.actor1, country, local)
            event.actor2 = with_country(event.actor2, country, local)


def _date_event(
    event: ArticleEvent, date_entities: list[tuple[int, int, str]], here: SentenceContext, anchor: Anchor | None
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
