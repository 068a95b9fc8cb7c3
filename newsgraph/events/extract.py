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
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from newsgraph.events import protests
from newsgraph.events.anchor import Anchor, date_against
from newsgraph.events.coder import ARREST, GENERIC_VIOLENCE, EventCode, by_state_force, untolled
from newsgraph.events.context import (
    UNNAMED_KINDS,
    NameSpan,
    SentenceContext,
    context_countries,
    country_of_its_places,
    not_places,
    operating_countries,
    people_names,
    sentence_codes,
    with_country,
)
from newsgraph.events.dates import Precision, ResolvedDate, date_mentions
from newsgraph.events.discourse import Discourse
from newsgraph.events.lexicon import EventLexicon, event_lexicon
from newsgraph.events.linking import (
    CROWD_NAMES,
    STATE_FORCES,
    add_toll,
    continues_event,
    count_casualties,
    cracks_down,
    inherited_party,
)
from newsgraph.events.participants import PASSIVE_BEFORE, assign_roles, past_the_object, sentence_candidates
from newsgraph.events.places import capital_place, event_place
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.scene import Scene, SentencePlaces, inherited
from newsgraph.events.toponyms import TOPONYM_LABELS, Toponym, sentence_toponyms
from newsgraph.geo.gazetteer import Gazetteer, gazetteer
from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.entity_noise import shouted_words
from newsgraph.nlp.records import ActorKind, ArticleAnalysis, QuoteKind

# A trigger inside these names is none: "Animal and Plant Health Inspection Service", "Carrier Strike Group".
NAMES_NO_EVENT = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.MILITARY})


# A date that starts or ends a span of time dates no single event: "held since 2012", "until March".
DURATION_BEFORE = re.compile(r"\b(?:since|ever since|until|till|through(?:out)?)\s+(?:the\s+)?$", re.IGNORECASE)


DURATION_START = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
# A clause opened by "since" or "until" and still running at the date (`_in_a_clause_of_duration`
# says whether it holds the trigger): its date is the time an act apart from it is measured from or
# to, not the act's ("the biggest protest since Papandreou took office last October").
CLAUSE_STOP = re.compile(r"[,;:.()]\s")
# A relative clause set off by a comma or a dash, and what ends it: "Kagan — who was a leading
# architect of the surge in 2007 — supports", "The leader of Hamas, who was elected in 2017, rejected".
RELATIVE_OPENING = re.compile(r"(\S+)\s*(?:,|\u2014|\u2013|--)\s*(who|whom|whose|which)\b")
RELATIVE_STOP = re.compile(r"[,;:()\u2014\u2013]|--|\.(?:\s+[A-Z\"\u201c]|\s*$)")  # not the stops of "U.S. military"
DURATION_CLAUSE = re.compile(r"\b(?:since|until|till)\s[^,;:.()\n\"\u201c\u201d]{0,80}$", re.IGNORECASE)

# A year written as a noun's modifier, after an article or an owner (and at most one word more),
# says when that thing was, not when the act told was: "criticized Clinton for supporting the
# 1994 crime bill", "called to mind Wallace's famous 1963 refrain". Opened by a preposition of
# time it is the time of the act ("in the 2016 election", "during the 2008 campaign").
YEAR_OF_A_THING_BEFORE = re.compile(
    r"(?<!\bin )(?<!\bduring )(?<!\bat )(?<!\bon )(?<!\bby )(?<!\bafter )(?<!\bbefore )(?<!\bfollowing )"
    r"\b(?:the|a|an|this|that|his|her|its|their|our|your|\w+['’]s)\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
YEAR_OF_A_THING = re.compile(r"(?:19|20)\d\d")
NOUN_AFTER_YEAR = re.compile(r"\s+[a-z][\w-]*")
NOUN_PHRASE_REACH = 20  # characters after the year's first word where the noun it modifies may end


# What makes an attack physical: harm, weapons, bodies ("attacked him with a knife").
PHYSICAL_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|hospital\w*|knife|knives|guns?|gunm[ae]n|shot|shoot\w*"
    r"|stabb\w*|bomb\w*|weapons?|beat(?:en|ing)?|punch\w*|assault\w*|arm(?:ed|s)|fir(?:ed|ing)|troops|soldiers"
    r"|police|militants?|forces)\b",
    re.IGNORECASE,
)


ANAPHORIC = re.compile(r"\b(?:these|those|such|this|that|similar|earlier|previous)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A kind of act counted or probed as a class, not one act: "a unit which probes cases of serious
# injury, death or alleged sexual assault", "protested against recent cases of femicide".
CASES_OF = re.compile(r"\bcases\s+of\s+(?:[\w'\u2019-]+,?\s+){0,6}$", re.IGNORECASE)


NEEDS_CASUALTIES = frozenset({"FIGHT", "ASSAULT", "PROTEST"})


# Strategic developments that can kill: a bomb that goes off while being planted.
TOLLED_STRATEGIC = frozenset({"Disrupted weapons use"})


# Only armed violence passes its doer on to an unattributed follow-up: protesters are not the
# attackers of the strike reported before them.
PASSES_DOER = frozenset({"FIGHT", "ASSAULT"})


# How often an article names a country for it to be the article's country whatever its places
# say (`scene`): once may be in passing.
SETTLED = 2


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
    text = text_of(doc)
    toponym_entities = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ in TOPONYM_LABELS]
    date_entities = date_mentions(
        text, [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "DATE"]
    )
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
    article_country = context.most_common(1)[0][0] if context else country_of_its_places(analysis)
    # a country named more than once is the article's for certain; a short note that names one
    # in passing ("against the US dollar") does not outvote the places it is set in
    settled_country = article_country if article_country and context[article_country] >= SETTLED else None
    context = context + operating_countries(analysis)  # where its places are looked for, not its country
    quoted = [Span(quote.start, quote.end) for quote in analysis.quotes if quote.kind == QuoteKind.DIRECT]
    shouted = shouted_words(doc)
    events: list[ArticleEvent] = []
    discourse = Discourse()
    scene = Scene()
    for sentence in analysis.sentences:
        here = SentenceContext(sentence.index, Span(sentence.start, sentence.end), text[sentence.start : sentence.end])
        codes = sentence_codes(here, name_spans, lexicon)
        discourse.forget_older_than(here.index)
        toponyms: list[Toponym] | None = None
        if discourse.protest is not None:
            toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
            codes = discourse.follow_protest(codes, here, toponyms, places, lexicon)
        told = discourse.told_before(here)
        if not codes:
            discourse.link_eventless(here, analysis, toponym_entities, places, lexicon)
            if toponyms is None:
                toponyms = sentence_toponyms(toponym_entities, here.text, here.span.start, places, people)
            opening = Span(here.span.start, here.span.start)  # no trigger: every place follows it
            named = event_place(toponyms, opening, [], here.text, here.span.start, context, places)
            scene.named(named, SentencePlaces(here.index, here.span.start, here.text, tuple(toponyms)), settled_country)
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
            if trigger.start in shouted:
                continue  # "HE'S DEMONSTRATED A PENCHANT FOR SEXISM": a shout or a title in capitals
            if CASES_OF.search(here.text, 0, code.hit.start):
                continue  # "probes cases of … sexual assault": a class of acts
            actor1, actor2 = assign_roles(candidates, trigger, here.text, here.span.start)
            if _one_police(actor1, actor2):
                actor2 = None  # "officers eventually arrested him … to a police car": the police are not the target
            if (
                not code.is_acled
                and actor2 is not None
                and past_the_object(actor2, trigger, here.text, here.span.start)
            ):
                actor2 = None  # "supports the final bill, which includes provisions not in the Senate bill"
            if _verbal_attack(code, actor1, actor2, here.text):
                code = EventCode("DISAPPROVE", None, None, None, code.hit)  # "Clinton attacked Sanders"
            if discourse.link_held_killed(code, (actor1, actor2), here, trigger, toponyms, places, context):
                continue  # "… arrested 12 Fulani men. 7 were executed": the arrest was an attack on them
            if told is not None and continues_event(code, actor1, told, here.text, toponyms, places, trigger=trigger):
                add_toll(told, here)
                if not cracks_down(code, actor1, told, here.text, trigger=trigger):
                    continue
                # "… staged a protest. Police opened fire on them": the force's act is PLOVER's own
                # event; ACLED's one event is the protest
                code = replace(code, acled_event_type=None, acled_sub_event_type=None)
            if code.acled_event_type in CROWD_NAMES and not by_state_force(code):
                unnamed = CROWD_NAMES[code.acled_event_type]
                mob = code.acled_sub_event_type == "Mob violence"
                actor1, actor2 = _crowd_first(actor1, actor2, unnamed, trigger, text, mob=mob)
            arrest = code.acled_sub_event_type == "Arrests" or (code.plover_type, code.plover_mode) == ARREST
            if (
                not code.is_acled
                and not arrest
                and (actor1 is None or (actor1.actor is None and actor1.kind in UNNAMED_KINDS - STATE_FORCES))
            ):
                continue  # a relation needs a named party ("Hamas threatened" is one, "militants threatened" not)
            if arrest and not code.is_acled and actor1 is None and not _held_by_someone_unnamed(here.text, code):
                continue  # "the mob … detained it": a doer the parties missed, not the police
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
                event.location = scene.place_for(here.index, event.location)
            located_in = event.location.place.country if event.location else None
            if inherited(event):  # a place taken from the scene does not outvote the article's country
                country = settled_country or located_in or article_country
            else:
                country = located_in or article_country
            if (
                actor1 is None
                and code.is_acled
                and code.plover_type in PASSES_DOER
                and discourse.violent is not None
                and discourse.violent.plover_type in PASSES_DOER
                and not _a_new_doer_before(here.text[: code.hit.start], lexicon)
            ):
                actor1 = inherited_party(discourse.violent, here.index)
            if actor1 is None and code.is_acled and code.plover_type in PASSES_DOER:
                actor1 = EventActor(UNIDENTIFIED, "group", None, trigger)  # "an IED struck a vehicle"
            if actor1 is None and arrest and actor2 is not None and _police_after_the_arrest(actor2, trigger, text):
                actor1, actor2 = actor2, None  # "Upon arrest, police seized a shotgun": the police arrested
            if actor1 is None and arrest:
                actor1 = EventActor(ARRESTING_FORCE, "police", None, trigger)  # "17 men were arrested on Sunday"
            if actor2 is None and code.plover_mode == "visit" and event.location is not None and country:
                actor2 = _host(event.location.place.country or "", event.location.span)
            local = code.plover_type in PASSES_DOER or code.acled_event_type in CROWD_NAMES
            # who arrests acts where it is ("the National Institute of Migration detained 40 migrants"
            # in Oaxaca); whom it holds may be from anywhere
            event.actor1 = with_country(actor1, country, local or arrest)
            event.actor2 = with_country(actor2, country, local)
            _date_event(event, date_entities, here, anchor)
            if (
                code.plover_type in NEEDS_CASUALTIES or code.acled_sub_event_type in TOLLED_STRATEGIC
            ) and code.is_acled:
                count_casualties(event, here)
                if untolled(event.trigger_id):
                    event.fatalities = None  # "police had to open fire at the mob that had killed two"
                discourse.record_counted(event, here)
                found_violent = found_violent or event
            if code.acled_event_type in protests.ESCALATED_TYPES:
                found_protest = found_protest or event
            if not code.is_acled and code.plover_type in PASSES_DOER:
                discourse.cracked_down_by(event.actor1)
            discourse.record_held(event)
            event.quoted = any(span.start <= trigger.start < span.end for span in quoted)
            events.append(event)
        discourse.end_sentence(found_violent, found_protest, here.text)
        scene.located(events, SentencePlaces(here.index, here.span.start, here.text, tuple(toponyms)), settled_country)
    if article_country is None:
        _countries_from_places(events)
    return events


# What lies between an arrest told in an opening phrase and the police who made it: "Upon
# arrest, police seized …", "After the arrest, the police recovered …".
ARREST_THEN_POLICE = re.compile(r"\s*,\s*(?:the\s+)?")


# Words that bring a doer in anew: "A gunman shot a shopkeeper", "Unknown attackers stabbed".
NEW_DOER_OPENERS = frozenset({"a", "an", "another", "unidentified", "unknown"})
NEW_DOER_REACH = 3  # words from the opener to the doer's noun ("an unidentified masked gunman")


def _a_new_doer_before(before_trigger: str, lexicon: EventLexicon) -> bool:
    """Whether the words before the trigger bring in a doer of their own with an indefinite word
    ("A gunman shot and wounded a shopkeeper"): that one did it, not the doer of the violent
    event told in the sentences before."""
    words = re.findall(r"[\w-]+", before_trigger.lower())
    doers = lexicon.context["violent_doers"]
    return any(
        word in NEW_DOER_OPENERS
        and any(doers.fullmatch(noun) for noun in words[index + 1 : index + 1 + NEW_DOER_REACH])
        for index, word in enumerate(words)
    )


def _police_after_the_arrest(party: EventActor, trigger: Span, text: str) -> bool:
    """Whether `party` is the police opening the clause right after an arrest told in an
    opening phrase: they made it ("Upon arrest, police seized a shotgun"); a policeman named
    elsewhere after the word ("a detained policeman demanded …") may be the one held."""
    return party.kind == "police" and ARREST_THEN_POLICE.fullmatch(text, trigger.end, party.span.start) is not None


def _held_by_someone_unnamed(sentence_text: str, code: EventCode) -> bool:
    """Whether an arrest names no doer because none is said ("300 workers were arrested", "432
    arrests have been made"), so the police stand in, rather than because its subject is one
    the parties do not cover ("the mob … detained it")."""
    word = sentence_text[code.hit.start : code.hit.end].lower()
    return word in ("arrest", "arrests") or PASSIVE_BEFORE.search(sentence_text, 0, code.hit.start) is not None


SHOOTERS = re.compile(r"\b(?:snipers?|rifles?|pistols?|bullets?|gunfire|marksm[ae]n)\b", re.IGNORECASE)
# "took a shot at", "took the stage with a shot at", "a parting shot at": words aimed at someone
TOOK_A_SHOT = re.compile(
    r"\b(?:(?:take|takes|took|taking|taken)\s+(?:a\s+)?|(?:with|a)\s+(?:a\s+)?)(?:\w+\s+)?(?:shot|shots|swipe)\s+at\b",
    re.IGNORECASE,
)


# What a person attacks in words, named right after the verb: the press, a plan, a record.
WORDS_TARGET = re.compile(
    r"\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:press|media|news media|plan|plans|policy|policies|proposal|proposals|bill|record|remarks|comments"
    r"|decision|idea|ideas|establishment|campaign|report|deal|ruling|judge|critics|rivals?|opponents?|reporters?"
    r"|journalists?|candidacy|platform|agenda|stance|positions?|views?|rhetoric|speech|statement)\b",
    re.IGNORECASE,
)


def _verbal_attack(code: EventCode, actor1: EventActor | None, actor2: EventActor | None, text: str) -> bool:
    """Whether an "attack" is words: one named person attacking another person or an institution
    with nothing violent in the sentence ("Clinton attacked Sanders over guns", "the senator
    attacked the administration's plan") is criticism, PLOVER's DISAPPROVE, not an assault; so is
    taking a shot at a person or an institution, whoever takes it ("the prime minister took a shot
    at opposition leader Jeremy Corbyn"), with nothing else violent there. With no party second, a
    named person's attack on what only words can hit (`WORDS_TARGET`: "attacked the press", "the
    judge", "the plan") is criticism too."""
    if actor2 is None or actor2.kind not in ("person", "government", "organisation"):
        return (
            code.hit.trigger.id == "attack"
            and actor1 is not None
            and actor1.kind == "person"
            and actor1.actor is not None
            and WORDS_TARGET.match(text, code.hit.end) is not None
            and not PHYSICAL_HARM.search(text)
        )  # "Trump's campaign manager Corey Lewandowski attacked the press"
    if code.plover_mode == "firearms" and TOOK_A_SHOT.search(text):
        rest = TOOK_A_SHOT.sub(" ", text)
        return not PHYSICAL_HARM.search(rest) and not SHOOTERS.search(rest)
    return (
        code.hit.trigger.id == "attack"
        and actor1 is not None
        and actor1.kind == "person"
        and actor1.actor is not None
        and not PHYSICAL_HARM.search(text)
    )


def _host(country: str, span: Span) -> EventActor:
    """The host of a visit, when the text names only where the visit went ("visit to Moscow")."""
    return EventActor(country_registry().name_of(country), "country", country, span)


def _one_police(actor1: EventActor | None, actor2: EventActor | None) -> bool:
    """Whether both parties are the police of one country (or of none named): the police named
    twice ("police officers … arrested him … to a police car") are not their own target."""
    return (
        actor1 is not None
        and actor2 is not None
        and actor1.kind == actor2.kind == "police"
        and actor1.country == actor2.country
    )


def _crowd_first(
    actor1: EventActor | None, actor2: EventActor | None, unnamed: str, trigger: Span, text: str, *, mob: bool = False
) -> tuple[EventActor | None, EventActor | None]:
    """A demonstration's first actor is its crowd (ACLED's "Protesters (Country)", "Rioters
    (Country)"), whoever else the sentence names: the people the text says took part
    ("students staged a sit-in"), else the unnamed crowd the trigger implies; the police who
    intervened come second. A named organiser stays first ("the union held a rally"), but not a
    person: people join a demonstration ("hundreds of people including State Senator Annette
    Taddeo staged a demonstration"), and most "persons" the recogniser finds there are places
    or groups it mistook ("Hwaseong residents", "Iper Gross workers", "Greenpeace"). Nor a
    country: it is what a crowd marches for or against ("a pro-Russia demonstration", "anti-Russia
    protesters"), or who its people are ("members of the Ukrainian community held a rally"), unless
    a demonym names the crowd itself ("Palestinian rioters", "Ukrainians gathered"): ACLED then
    codes the crowd by that nationality. In a mob's violence (`mob`) the people it was done to
    stay second: "A mob lynched a man accused of theft" is the rioters' attack on the man. One
    person named after the trigger is no crowd ("youths who have protested daily since the boy's
    death"): only people in numbers come first from there ("police dispersed students"). A firm's
    people are no firm ("Starbucks employees gathered for a picket"): the crowd is unnamed. A
    place or thing the civilians' side stands for ("homes", "a bus", "a school") is no crowd:
    "protesters took a bus to the homes of AIG executives" is the protesters' tour."""
    pairs = ((actor1, actor2),) if mob else ((actor1, actor2), (actor2, actor1))
    for crowd, other in pairs:
        if (
            crowd is not None
            and crowd.kind in ("civilians", "protesters")
            and (crowd is actor1 or _many(crowd))
            and not _a_thing_hit(crowd, text)
        ):
            return EventActor(crowd.name, "protesters", crowd.country, crowd.span, crowd.actor), other
    if actor1 is not None and actor1.kind == "country" and _crowd_demonym(actor1, text):
        return EventActor(unnamed, "protesters", actor1.country, trigger), actor2
    if actor1 is None or actor1.kind in ("person", "country"):
        return EventActor(unnamed, "protesters", None, trigger), actor2
    if actor1.kind in STATE_FORCES or (actor1.kind == "government" and actor2 is None):
        # "police dispersed protesters"; "the image of the police is so battered that mobs are
        # now killing their victims": a demonstration's force is never its crowd
        return EventActor(unnamed, "protesters", None, trigger), actor1
    if actor1.kind == "organisation" and _SITE_BEFORE.search(text, 0, actor1.span.start) is not None:
        # "students walked out at Albert Campbell Collegiate Institute": where they gathered
        return EventActor(unnamed, "protesters", None, trigger), actor2
    if actor1.kind == "organisation" and _ITS_PEOPLE_AFTER.match(text, actor1.span.end) is not None:
        # "Starbucks employees and supporters gathered for a picket": the firm's people, not the firm
        return EventActor(unnamed, "protesters", None, trigger), actor2
    return actor1, actor2


def _a_thing_hit(party: EventActor, text: str) -> bool:
    """Whether a civilians' side is named by what was hit, not by people (`participants.civilian_targets`)."""
    things = event_lexicon().participants["civilian_targets"]
    return things.fullmatch(text, party.span.start, party.span.end) is not None


# Words that make the name after them the site of a demonstration, not its organiser.
_SITE_BEFORE = re.compile(r"\b(?:at|outside|inside|near|in front of|opposite)\s+(?:the\s+)?$", re.IGNORECASE)
# A firm's people named after it: they demonstrate, often against the firm itself.
_ITS_PEOPLE_AFTER = re.compile(r"\s+(?:employees|workers|staff|staffers|drivers|nurses|technicians)\b")
# Words for people in numbers that do not end in "s".
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children", "youth", "crowd", "crowds", "staff", "police"})


def _many(party: EventActor) -> bool:
    """Whether a party's name says many people ("students", "women", "a crowd"), not one ("boy")."""
    words = party.name.lower().split()
    last = words[-1] if words else ""
    return last in _PLURAL_PEOPLE or (last.endswith("s") and not last.endswith("ss"))


# what follows a demonym that is the crowd's own ("Palestinian rioters", "British nationals")
_CROWD_AFTER_DEMONYM = re.compile(
    r"\s+(?:rioters|protesters|protestors|demonstrators|nationals|citizens|residents|students|workers|activists"
    r"|settlers|youths?|villagers|farmers|women|men|people|migrants|refugees|prisoners|inmates|detainees"
    r"|supporters|teachers|doctors|nurses|traders|drivers|fans)\b",
    re.IGNORECASE,
)


def _crowd_demonym(country: EventActor, text: str) -> bool:
    """Whether the country was named by a demonym that is the crowd itself ("Ukrainians
    gathered") or says what its people are ("Palestinian rioters"), not by its name ("a
    pro-Russia rally") nor by a community, embassy or diaspora of it."""
    written = text[country.span.start : country.span.end]
    if fold(written) == fold(country.name) or text[: country.span.start].endswith("-"):
        return False
    return written.endswith("s") or _CROWD_AFTER_DEMONYM.match(text, country.span.end) is not None


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


def _year_of_a_thing(here: SentenceContext, start: int, end: int, expression: str, trigger: Span) -> bool:
    """Whether the date at `start`–`end` is a bare year modifying a noun other than the trigger
    (`YEAR_OF_A_THING_BEFORE`): "the 1994 crime bill", not "the 2014 attack" when "attack" is
    the trigger."""
    if YEAR_OF_A_THING.fullmatch(expression.strip()) is None:
        return False
    before = here.text[: start - here.span.start]
    noun = NOUN_AFTER_YEAR.match(here.text, end - here.span.start)
    if noun is None or YEAR_OF_A_THING_BEFORE.search(before) is None:
        return False
    return not start < trigger.start <= here.span.start + noun.end() + NOUN_PHRASE_REACH


def _in_a_clause_of_duration(here: SentenceContext, start: int, trigger: Span) -> bool:
    """Whether the date at `start` stands in a "since"/"until" clause (`DURATION_CLAUSE`, which
    runs to the next comma or stop) that does not hold the trigger; a trigger inside the clause
    is dated by it ("since police arrested him on Monday")."""
    at = start - here.span.start
    clause = DURATION_CLAUSE.search(here.text, 0, at)
    if clause is None:
        return False
    stop = CLAUSE_STOP.search(here.text, at)
    clause_end = here.span.start + (stop.start() if stop is not None else len(here.text))
    return not here.span.start + clause.start() <= trigger.start < clause_end


def _in_a_relative_clause_apart(here: SentenceContext, start: int, trigger: Span) -> bool:
    """Whether the date at `start` stands in a relative clause set off by commas or dashes that
    describes someone or a named thing other than the trigger: "The leader of Hamas, who was
    elected in 2017, rejected the proposal" was not rejected in 2017. A clause that holds the
    trigger ("Smith, who was arrested on Monday, said") or describes it or another common noun
    ("the strike, which took place on Monday, killed five") dates it."""
    at = start - here.span.start
    openings = [match for match in RELATIVE_OPENING.finditer(here.text, 0, at) if match.end() <= at]
    if not openings:
        return False
    opening = openings[-1]
    if RELATIVE_STOP.search(here.text, opening.end(), at) is not None:
        return False  # the clause ended before the date
    stop = RELATIVE_STOP.search(here.text, at)
    clause_end = here.span.start + (stop.start() if stop is not None else len(here.text))
    if here.span.start + opening.start(1) <= trigger.start < clause_end:
        return False  # the clause holds the act, or describes its noun
    # "who" tells of a person; "which" of a thing, perhaps the act's own doing ("The strike, which
    # took place on 2 March, killed five"), unless the thing is a name ("Hamas, which was founded in 1987")
    return opening.group(2) != "which" or opening.group(1)[:1].isupper()


def _date_event(
    event: ArticleEvent, date_entities: list[tuple[int, int, str]], here: SentenceContext, anchor: Anchor | None
) -> None:
    """The date nearest the trigger that dates it: not the start of a duration ("exercises held
    since 2012" date nothing), and never after the publication, nor (without one) after today:
    that is a plan, not a date of what happened; else the publication week, or with no
    publication date the last full day told before the sentence."""
    in_sentence = [item for item in date_entities if here.span.start <= item[0] < here.span.end]
    in_sentence.sort(key=lambda item: abs(item[0] - event.trigger.start))
    published = anchor.value if anchor is not None and not anchor.estimated else date.today()
    for start, end, expression in in_sentence:
        if DURATION_BEFORE.search(here.text, 0, start - here.span.start) or DURATION_START.match(expression):
            continue
        if _in_a_clause_of_duration(here, start, event.trigger):
            continue
        if _in_a_relative_clause_apart(here, start, event.trigger):
            continue
        if _year_of_a_thing(here, start, end, expression, event.trigger):
            continue
        resolved = date_against(expression, anchor)
        if resolved is not None and resolved.value <= published:
            event.date, event.date_span = resolved, Span(start, end)
            return
    if anchor is not None and not anchor.estimated:  # news reports what happened days before
        event.date = ResolvedDate(
            anchor.value, Precision.WEEK, "publication date (the sentence gives none)", anchor.value
        )
        return
    # No publication date: the day told last before the sentence dates what follows it ("On 25
    # April 2022, hundreds walked to the Monument … The demonstration took place after …").
    told_before = sorted(item for item in date_entities if item[0] < here.span.start)
    for _start, _end, expression in reversed(told_before):
        if DURATION_START.match(expression):
            continue
        resolved = date_against(expression, anchor)
        if resolved is not None and resolved.precision == Precision.DAY and resolved.value <= published:
            event.date = resolved  # no date_span: the words are in an earlier sentence
            return
