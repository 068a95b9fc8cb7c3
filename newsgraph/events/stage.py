"""The events stage: what it reads, and the one call the analysis makes of it.

It runs after the NLP stage, on the same document: it needs its tokens, sentence boundaries
and entities (the pipeline runs no tagger or parser: see `newsgraph.nlp.model`; the sentences
it codes events from are parsed here, `newsgraph.nlp.syntax`), and the NLP
records of sentences, mentions, local actors and quotes (to know who is named, who speaks and
what is quoted). It gives the article's event reports, each
with its evidence spans. It does not touch the store, and merging reports across articles is
a later batch step (`newsgraph.analysis.merging`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.events.anchor import article_anchor
from newsgraph.events.coder import ARREST, OUTCOME_WORDS, STATE_FORCE
from newsgraph.events.confidence import event_confidence
from newsgraph.events.context import with_country
from newsgraph.events.extract import UNIDENTIFIED, find_events
from newsgraph.events.factuality import SAID_TYPES, Assertion, assess, doer_role, holds
from newsgraph.events.lexicon import event_lexicon
from newsgraph.events.linking import CROWD_NAMES
from newsgraph.events.participants import qualifies_a_named_person
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.senses import other_sense
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.names import genders_fit
from newsgraph.nlp.numbers import VAGUE_QUANTITIES
from newsgraph.nlp.records import ActorKind, ArticleAnalysis
from newsgraph.nlp.syntax import sentence_parses

MIN_NAME_LENGTH = 2  # initials and two-letter names ("Xi") are not looked for elsewhere in a sentence

# What the stage reads, declared as spaCy components declare theirs: the document annotations
# (checked on every document, so a pipeline that stops setting one fails loudly, not quietly
# finding nothing) and the NLP records.
REQUIRES_DOC = ("SENT_START", "ENT_IOB")
REQUIRES_RECORDS = ("sentences", "mentions", "actors", "quotes")
# Actors that can be a relation's doer (a place cannot: "Kabul" as a doer is read as its
# government by the NLP stage already).
PARTY_KINDS = frozenset(
    {ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.COUNTRY}
)


class MissingAnnotation(ValueError):
    """The document lacks an annotation the events stage reads."""


def extract_events(doc: Doc, analysis: ArticleAnalysis, *, published_at: str | None = None) -> list[ArticleEvent]:
    """The event reports of one article; relative dates count from `published_at` (ISO), or
    from a date estimated from the text when the article has none."""
    missing = [name for name in REQUIRES_DOC if not doc.has_annotation(name)]
    if missing and len(doc):
        raise MissingAnnotation(f"the events stage needs {', '.join(missing)} on the document")
    anchor = article_anchor(published_at, (ent.text for ent in doc.ents if ent.label_ == "DATE"))
    return asserted_events(find_events(doc, analysis, anchor), doc, analysis)


def asserted_events(
    events: list[ArticleEvent], doc: Doc, analysis: ArticleAnalysis | None = None
) -> list[ArticleEvent]:
    """The events their sentences say happened, each with what the parse says of it: a denied,
    planned, wished, conditional or questioned deed ("did not attack", "will visit",
    "threatened to strike", "if Iran attacks") is no event, while a promise or threat is one
    when it is made (`newsgraph.events.factuality.holds`). Only the sentences events were coded
    from are parsed (most already were, for quotes). Each kept event is rated (`newsgraph.events.confidence`)."""
    sentences = sorted({(event.sentence_span.start, event.sentence_span.end) for event in events})
    parses = sentence_parses(doc, sentences)
    person_names = _person_names(analysis)
    kept = []
    for event in events:
        start, end = event.sentence_span.start, event.sentence_span.end
        parse = parses[start, end]
        trigger_start, trigger_end = event.trigger.start - start, event.trigger.end - start
        event.assertion = assess(parse, trigger_start, trigger_end)
        people = _people_in(analysis, start, end, parse.text, person_names)
        if other_sense(
            parse,
            trigger_start,
            trigger_end,
            event.trigger_id,
            event.assertion,
            people=people,
            plover_type=event.plover_type,
        ):
            continue  # "shares rallied", "as we demonstrated", "the amount they were willing to lend"
        if event.trigger_text.lower() in DYING and event_lexicon().context["disaster"].search(parse.text):
            continue  # "a US soldier who died in Texas" in a sentence on Ebola tests: a death, no attack
        if event.plover_mode == "promise" and event.assertion.doer_noun.lower() in PROVISIONS:
            continue  # "Rubio's tax plan would give money to …": what a text would do, no one's promise
        if not event.acled_event_type and event.assertion.doer_noun.lower() in MEASUREMENTS:
            continue  # "gloomy British growth data backed views of a slowing economy": figures take no side
        refusal_of_act = event.trigger_id.endswith(":reject")  # "will not accept", "refused to meet"
        intent = event.trigger_id.endswith(f":{event.plover_type.lower()}")  # "threatened to launch an offensive"
        if holds(event.assertion, event.plover_type, refusal_of_act=refusal_of_act, intent=intent) and (
            event.acled_event_type
            or (event.plover_type, event.plover_mode) == ARREST  # the police hold, unless another is named
            or event.trigger_id.endswith(STATE_FORCE)  # a force's act on a crowd told as a protest's follow-up
            or _said_by_party(event, start, analysis, parse.text)
        ):
            if event.trigger_id.endswith(":demand") and analysis is not None:
                _demanded_by_the_sayer(event, start, analysis)
            if event.plover_type in SAID_TYPES and not event.acled_event_type and _target_past_object(event, start):
                event.actor2 = None  # "has supported stem cell research in the Senate": not the Senate
            place_country = event.location.place.country if event.location else None
            if event.actor1 is not None and _arrest_by_no_force(event):
                # "the crown prince detained Lebanon's Prime Minister": not the police's arrest
                doer = _named_doer(event.assertion, start, analysis) if analysis is not None else None
                doer = doer or _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(doer, place_country, local=False)
            elif event.acled_event_type and event.actor1 is not None and _unnamed_doer_acts(event, start):
                doer = _named_doer(event.assertion, start, analysis) if analysis is not None else None
                doer = doer or _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(doer, place_country, local=False)
            elif event.acled_event_type and event.actor1 is not None and _qualifies_unnamed_doer(event, start):
                doer = _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(doer, place_country, local=False)
            elif event.acled_event_type and event.actor1 is not None and _nationals_deed(event, start):
                # "a Pakistani man shot dead two people in Bradford": a man's deed, not Pakistan's
                doer = _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(replace(doer, country=None), place_country, local=False)
            elif event.acled_event_type and event.actor1 is not None and _placed_unnamed_doer(event, start, parse.text):
                doer = _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(doer, place_country, local=False)  # "A Michigan man shot …"
            elif (
                event.acled_event_type
                and event.actor1 is not None
                and _person_said_of_by_a_body(event, start, parse.text)
            ):
                # "The Interior Ministry said he attacked a policeman": the man's deed, not the ministry's
                unnamed = CROWD_NAMES.get(event.acled_event_type, UNIDENTIFIED)
                kind = "protesters" if event.acled_event_type in CROWD_NAMES else "group"
                event.actor1 = with_country(EventActor(unnamed, kind, None, event.trigger), place_country, local=False)
            elif event.acled_event_type in CROWD_NAMES and (body := _body_of_the_crowd(event, start)) is not None:
                # "Merry Electronics said workers at its Shenzhen plant briefly stopped work"
                crowd = EventActor(CROWD_NAMES[event.acled_event_type], "protesters", None, event.trigger)
                event.actor1 = with_country(crowd, place_country or body.country, local=False)
            elif event.acled_event_type and event.actor1 is not None and _told_by_its_sayer(event, start):
                # "the minister, Mohammed Kuti, said cattle rustlers have killed eleven people": theirs
                doer = _named_doer(event.assertion, start, analysis) if analysis is not None else None
                doer = doer or _qualified_doer(event.actor1, event.assertion, start, parse.text, kind="group")
                event.actor1 = with_country(doer, place_country, local=False)
            elif event.acled_event_type and (doer := _named_doer_elsewhere(event, start, analysis)) is not None:
                # "Yemeni security forces, acting with Ethiopian intelligence, arrested"
                event.actor1 = with_country(doer, place_country, local=True)  # a group acts where it is
                if event.actor2 is not None and event.actor2.actor == doer.actor:
                    event.actor2 = None
            elif event.acled_event_type and event.actor1 is not None and _ascribed_to_another(event, start):
                # "Israel blamed the rocket attack on Hamas": Hamas's attack, as Israel tells it
                doer = _named_doer(event.assertion, start, analysis, ASCRIBED_KINDS) if analysis is not None else None
                doer = doer or EventActor(UNIDENTIFIED, "group", None, event.trigger)
                event.actor1 = with_country(doer, place_country, local=False)
                if event.actor2 is not None and (
                    (event.actor2.actor is not None and event.actor2.actor == doer.actor)
                    or _role(event.actor2, event.assertion, start) == "doer"
                ):
                    event.actor2 = None  # "blamed the bombing on terrorists": the terrorists are no target
            elif event.acled_event_type and event.actor1 is not None and _answers_the_deed(event, start):
                # "Pakistan's foreign office summoned the Indian envoy over the shelling": not Pakistan's
                event.actor1 = with_country(
                    EventActor(UNIDENTIFIED, "group", None, event.trigger), place_country, local=False
                )
            elif event.acled_event_type and event.actor1 is not None and _deed_as_subject(event, start, parse):
                # "the Orlando shooting brought on new concerns from Chinese parents": not China's
                event.actor1 = with_country(
                    EventActor(UNIDENTIFIED, "group", None, event.trigger), place_country, local=False
                )
            elif event.acled_event_type and event.actor1 is not None and _victims_nationality(event, start, parse):
                # "Two Chinese students were stabbed in Sydney": the students' country suffered it
                event.actor1, event.actor2 = (
                    with_country(EventActor(UNIDENTIFIED, "group", None, event.trigger), place_country, local=False),
                    event.actor2 or event.actor1,
                )
            elif event.acled_event_type and event.actor1 is not None and _one_who_died(event, start):
                # "a U.S. Army captain who died in Iraq": the Army's man was the victim, not its doer
                event.actor1, event.actor2 = EventActor(UNIDENTIFIED, "group", None, event.trigger), event.actor1
                event.actor1 = with_country(event.actor1, place_country, local=False)
            if _one_person_shot_another(event):
                _as_an_attack(event)  # "officer Jason Van Dyke shooting McDonald": no battle of armed sides
            if _a_private_resignation(event):
                continue  # "Robert Cooney resigned as chairman and chief executive": a firm's change of staff
            event.confidence = event_confidence(event)
            kept.append(event)
    return kept


def _one_person_shot_another(event: ArticleEvent) -> bool:
    """Whether a battle ("Armed clash") was coded between one named person and another: a clash
    is between armed sides, and one person shooting another is an attack on them ("a video showed
    Chicago police officer Jason Van Dyke shooting McDonald"). A group the recogniser took for a
    person fights, not shoots ("Kogbagidi Boys and Willoughby Boys clashed"): only a shot counts."""
    if event.acled_sub_event_type != "Armed clash" or not SHOOTING.search(event.trigger_text):
        return False
    sides = (event.actor1, event.actor2)
    return all(side is not None and side.kind == ActorKind.PERSON.value and side.actor is not None for side in sides)


SHOOTING = re.compile(r"\b(?:shot|shoots?|shooting|opened fire|fired)\b", re.IGNORECASE)


def _as_an_attack(event: ArticleEvent) -> None:
    """Recode a battle as ACLED's "Attack" (PLOVER ASSAULT, with the trigger's own mode when
    the trigger is an assault's), as the coder codes a one-sided shooting."""
    lexicon = event_lexicon()
    trigger = next((trigger for trigger in lexicon.triggers if trigger.id == event.trigger_id), None)
    event.plover_type = "ASSAULT"
    event.plover_mode = trigger.mode if trigger is not None and trigger.plover == "ASSAULT" else None
    event.acled_sub_event_type = "Attack"
    event.acled_event_type = lexicon.acled_types.get("Attack")


RESIGNING = re.compile(r"resign(?:s|ed|ing|ation)?|(?:stepped|steps|stepping|step) down", re.IGNORECASE)


def _a_private_resignation(event: ArticleEvent) -> bool:
    """Whether a resignation is no concession: no government's and no one's of a country, so a
    firm's or a club's change of staff ("co-president Warren Spector stepped down"). A minister
    or a president who quits is a country's, the CAMEO "accede to demands for a change in
    leadership" that PLOVER codes as a concession."""
    if event.plover_type != "CONCEDE" or RESIGNING.fullmatch(event.trigger_text) is None:
        return False
    doer = event.actor1
    return doer is None or (doer.country is None and doer.kind not in ("government", "country"))


# Texts and schemes whose "will" or "would" tells what they do, not what anyone promises
PROVISIONS = frozenset(
    {"plan", "bill", "law", "proposal", "measure", "policy", "budget", "legislation", "reform", "program",
     "programme", "scheme", "deal", "agreement", "package", "amendment", "regulation", "rule", "act", "treaty"}
)  # fmt: skip


# Measurements that "back", "support" or "confirm" a view in market copy, and the holdings that
# "back" a security ("the Treasury debt that is backing MBS"): no party's act. ("Figures" stays
# out: "opposition figures backed the plan" are people.)
MEASUREMENTS = frozenset(
    {"data", "statistics", "indicators", "indicator", "index", "indices", "reading", "readings", "numbers",
     "prices", "yields", "earnings", "sales", "profits", "debt", "bonds", "assets", "securities", "collateral",
     "loans", "mortgages", "deposits", "reserves"}
)  # fmt: skip


# Relative pronouns that stand for a person: the noun such a clause describes is its doer.
PERSON_RELATIVES = frozenset({"who", "whom"})


def _unnamed_doer_acts(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed's first party is a named person, or an organisation named before the doer,
    that is not its doer while the parse names an unnamed one: "When receptionist Madeline
    Kafoury tried to stop him, the gunman fatally shot her" is the gunman's shooting, not
    Kafoury's; "On the Seattle campus of the University of Washington, a gunman killed his former
    girlfriend" not the university's. An organisation named after the doer is most often whose
    the doers are ("women from the Detainees' Mothers Association", "assailants, suspected to be
    INC members"). Whatever the party, a person a relative clause describes is the doer of its
    deed ("Police detained the gunman who shot three students": not the police's shooting), and
    so is a passive's agent ("who was fatally shot by a neighborhood watch volunteer")."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or assertion.doer_head is None or _role(actor, assertion, sentence_start) != "other":
        return False
    if event.trigger_text.lower() in DYING:
        return False  # who "died" is harmed, not a doer (`_one_who_died`)
    if (
        assertion.doer_relative in PERSON_RELATIVES
        and event.acled_event_type not in CROWD_NAMES
        and OUTCOME_WORDS.fullmatch(event.trigger_text) is None
    ):
        return True  # "Police detained the driver who killed a woman" (not "the inmate who died")
    before_doer = actor.span.end - sentence_start <= assertion.doer_head[0]
    if not (actor.kind == ActorKind.PERSON.value or (actor.kind == ActorKind.ORGANISATION.value and before_doer)):
        return False
    if assertion.doer_agent and assertion.doer_noun:
        return True  # "Trayvon Martin, who was fatally shot by a neighborhood watch volunteer": not Clinton's
    return event_lexicon().context["violent_doers"].fullmatch(assertion.doer_noun) is not None


def _told_by_its_sayer(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed's first party is the one who tells of it, while the parse gives the told
    clause a doer of its own that is no state body and no pronoun: "Kenya's livestock minister,
    Mohammed Kuti, said today that cattle rustlers have killed eleven people" is the rustlers'
    killing. A force that a sayer names keeps the sayer's side ("the ministry said troops
    killed five militants" stays for the state bodies' rules), and "he said he fired" is his."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or assertion.clause != "reported" or assertion.doer_pronoun or not assertion.doer_noun:
        return False
    if event.trigger_text.lower() in DYING or _role(actor, assertion, sentence_start) != "other":
        return False
    start, end = actor.span.start - sentence_start, actor.span.end - sentence_start
    if not any(said_start < end and start < said_end for said_start, said_end in assertion.sayer):
        return False
    head_start, head_end = assertion.doer_head or (0, 0)
    if head_start < event.trigger.end - sentence_start and event.trigger.start - sentence_start < head_end:
        return False  # "Dorsey said the shooting was going to be hard on everyone": the deed is no doer
    lexicon = event_lexicon()
    forces = (lexicon.participants["police"], lexicon.participants["military"], lexicon.context["state_bodies"])
    return not any(force.fullmatch(assertion.doer_noun) for force in forces)


BODY_KINDS = frozenset({ActorKind.ORGANISATION.value, ActorKind.GOVERNMENT.value})


def _person_said_of_by_a_body(event: ArticleEvent, sentence_start: int, sentence_text: str) -> bool:
    """Whether the deed's doer is "he" or "she" in what a body says, and the first party is
    that body: "Human Rights Watch said he began a hunger strike", "The Interior Ministry said
    he attacked a policeman". A person is meant, whom the sentence does not name."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or actor.kind not in BODY_KINDS or not assertion.doer_pronoun or assertion.doer_head is None:
        return False
    start, end = assertion.doer_head
    return sentence_text[start:end].lower() in ("he", "she") and _role(actor, assertion, sentence_start) == "pronoun"


def _arrest_by_no_force(event: ArticleEvent) -> bool:
    """Whether an arrest given to the police for want of a named doer has a doer the parse names
    by a common noun that is no police, army or state body: "the crown prince detained Lebanon's
    Prime Minister" (not "17 men were arrested", nor "officers detained", "authorities detained").
    Only an arrest told by a verb: the verb a noun hangs from names someone else."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if (event.plover_type, event.plover_mode) != ARREST or actor is None or actor.kind != "police":
        return False
    if actor.span != event.trigger or assertion.nominal or not assertion.doer_noun or assertion.doer_pronoun:
        return False  # a noun's verb has a subject of its own ("the crisis came to an end with the arrest")
    if assertion.doer_noun in LAW_OFFICERS:
        return False
    lexicon = event_lexicon()
    forces = (lexicon.participants["police"], lexicon.participants["military"], lexicon.context["state_bodies"])
    return not any(force.fullmatch(assertion.doer_noun) for force in forces)


# Who arrests for the state without a force's name: "an officer stopped him … and then arrested him".
LAW_OFFICERS = frozenset(
    {"officer", "officers", "agent", "agents", "deputy", "deputies", "sheriff", "trooper", "troopers", "marshal",
     "marshals", "detective", "detectives", "inspector", "inspectors"}
)  # fmt: skip


def _body_of_the_crowd(event: ArticleEvent, sentence_start: int) -> EventActor | None:
    """The organisation a demonstration's first party is, when the parse gives its working
    people as the doers: "Merry Electronics Co Ltd said workers at its Shenzhen plant briefly
    stopped work", "employees of the company Avibras protested", "workers affiliated with the
    Serbian Workers' Union stopped work". The crowd is theirs (ACLED's "Protesters", in the
    place's country, else the body's), not their employer's or their union's."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or actor.kind != ActorKind.ORGANISATION.value or assertion.doer_head is None:
        return None
    if _role(actor, assertion, sentence_start) == "doer":
        return None
    working_people = event_lexicon().context["working_people"].fullmatch(assertion.doer_noun) is not None
    return actor if working_people else None


def _qualifies_unnamed_doer(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed's first party is a body the recogniser found in a word that only qualifies
    an unnamed doer: "A Michigan man shot to death one person" is a man's shooting, not
    Michigan's; "a Chicago teenager stabbed" not Chicago's; "a Walmart employee shot two
    customers" not Walmart's."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or actor.kind != ActorKind.ORGANISATION.value or assertion.doer_head is None:
        return False
    if not _qualifies_doer_head(actor, assertion, sentence_start):
        return False  # the body is not a word before the doer's head
    if assertion.doer_noun in PRIVATE_PERSONS | EMPLOYEES and event.acled_event_type not in CROWD_NAMES:
        return True  # "A Walmart employee shot two customers": the employee's, not the firm's (a crowd's body stays)
    return event_lexicon().context["violent_doers"].fullmatch(assertion.doer_noun) is not None


def _qualifies_doer_head(actor: EventActor, assertion: Assertion, sentence_start: int) -> bool:
    """Whether the party is named by words of the doer's phrase before its head ("Michigan" in
    "a Michigan man", "Pakistani" in "a Pakistani man")."""
    if assertion.doer_head is None:
        return False
    start, end = actor.span.start - sentence_start, actor.span.end - sentence_start
    phrase_start, _ = assertion.doer_phrase or assertion.doer_head
    return phrase_start <= start < end <= assertion.doer_head[0]


DYING = frozenset({"died", "dead"})  # trigger words whose subject is the harmed
# Who works for a body that names them: "a Walmart employee", "a Kraft Foods plant worker".
EMPLOYEES = frozenset({"employee", "employees", "staffer", "staffers", "worker", "workers"})
# Private people a nationality may qualify: "a Pakistani man", "his Russian wife", "two Chinese
# students" act for themselves, not for their state.
PRIVATE_PERSONS = frozenset(
    {"man", "men", "woman", "women", "wife", "husband", "boy", "boys", "girl", "girls", "teenager", "teenagers",
     "teen", "teens", "youth", "youths", "student", "students", "national", "nationals", "citizen", "citizens",
     "tourist", "tourists", "migrant", "migrants", "immigrant", "immigrants", "worker", "workers", "driver"}
)  # fmt: skip


def _nationals_deed(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed's first party is a country read from a nationality that only qualifies a
    private person the parse gives as the doer: "a Pakistani man shot dead two people in
    Bradford" is a man's shooting, not Pakistan's ("Indian soldiers fired" stays India's)."""
    assertion = event.assertion or Assertion()
    actor = event.actor1
    if actor is None or actor.kind != ActorKind.COUNTRY.value or assertion.doer_head is None:
        return False
    return assertion.doer_noun in PRIVATE_PERSONS and _qualifies_doer_head(actor, assertion, sentence_start)


def _placed_unnamed_doer(event: ArticleEvent, sentence_start: int, sentence_text: str) -> bool:
    """Whether a deed that found no party has an unnamed doer the parse names with the place
    it is from: "A Michigan man shot to death one person", "a Texas teenager stabbed": the man's
    deed, not an unidentified group's (the place is no party, so none was found)."""
    assertion = event.assertion or Assertion()
    if event.actor1 is None or event.actor1.name != UNIDENTIFIED or assertion.doer_head is None:
        return False
    start, head = (assertion.doer_phrase or assertion.doer_head)[0], assertion.doer_head[0]
    qualifier = [word for word in sentence_text[start:head].split() if word.lower() not in ("a", "an", "the")]
    if not any(word[:1].isupper() for word in qualifier):
        return False  # "A man", "The gunman": no place named, whatever opens the sentence
    return event_lexicon().context["violent_doers"].fullmatch(assertion.doer_noun) is not None


def _named_doer_elsewhere(
    event: ArticleEvent, sentence_start: int, analysis: ArticleAnalysis | None
) -> EventActor | None:
    """The named actor the parse gives as a deed's doer when the first party found is someone
    else the parse sets apart: "Yemeni security forces, apparently acting in collusion with
    Ethiopian intelligence, arrested him" is Yemen's arrest, not Ethiopia's (the party nearest
    the verb). Only a verb's subject that names a body (a state, a force, an organisation): the
    words around a noun ("the Benghazi attacks") and a person near a crowd's protest ("Trump was
    holding his rally") name no doer, unless a verb of carrying out has the noun for its object
    ("Washington, wary of al Qaeda, has stepped up drone strikes": the United States' strikes).
    None when the doer names no such actor or the first party is it."""
    assertion = event.assertion or Assertion()
    if analysis is None or event.actor1 is None or event.acled_event_type in CROWD_NAMES:
        return None
    if assertion.nominal and not assertion.conducted:
        return None
    if _role(event.actor1, assertion, sentence_start) != "other":
        return None
    doer = _named_doer(assertion, sentence_start, analysis)
    if doer is None or doer.kind == ActorKind.PERSON.value:
        return None
    if doer.actor is not None and doer.actor == event.actor1.actor:
        return None
    return doer


# Who a deed can be laid on: a named armed group as well as the parties ("blamed the attack on Hamas").
ASCRIBED_KINDS = PARTY_KINDS | {ActorKind.GROUP}


def _ascribed_to_another(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed told by a noun is laid by its first party at another's door ("The rebels
    blamed the attack on the army", "Obama blamed the shooting on the gunman"). Not unrest: who
    blames it on someone ("China blamed the unrest on the Dalai Lama") says who stirred the
    crowd, which stays the doer."""
    assertion = event.assertion or Assertion()
    return (
        event.acled_event_type not in CROWD_NAMES
        and event.actor1 is not None
        and assertion.ascribed
        and _role(event.actor1, assertion, sentence_start) != "doer"
    )


def _answers_the_deed(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a deed told by a noun is what its first party's own act answers or follows, the
    party named before the cause preposition ("Pakistan's foreign office summoned the Indian
    envoy over the shelling", "Villagers protested against the killings"), and the noun's own
    phrase names no doer ("the shelling by Indian troops" is the troops'). Not an arrest: who
    answers questions about arrests ("police offered no details about the arrests") made them."""
    assertion = event.assertion or Assertion()
    if event.actor1 is None or assertion.answered_at is None or not assertion.nominal:
        return False
    if event.plover_type not in ("ASSAULT", "FIGHT"):
        return False
    if _role(event.actor1, assertion, sentence_start) == "doer":
        return False
    start, end = event.actor1.span.start - sentence_start, event.actor1.span.end - sentence_start
    return start >= 0 and end <= assertion.answered_at  # a party of an earlier sentence is no answerer


# Parties that do not fight of themselves: named beside a deed they are not the doers of it.
UNARMED_KINDS = frozenset({ActorKind.COUNTRY.value, ActorKind.PERSON.value, ActorKind.ORGANISATION.value})


def _deed_as_subject(event: ArticleEvent, sentence_start: int, parse: Doc) -> bool:
    """Whether a violent deed told by a noun is the subject of its clause's verb ("the Orlando
    shooting brought on new concerns from Chinese parents", "Chinese students study in America,
    and the Orlando shooting brought concerns") and its first party, a country, a person or an
    organisation of the sentence, lies outside the noun's own phrase: the clause names no doer,
    so that party is not one. Words inside the phrase are the deed's own ("an Israeli air strike",
    "an IED planted by militants"), an armed party named before is its likely doer ("militants
    stormed the village, and the attack killed five"), and a crowd's protest is its crowd's."""
    if event.plover_type not in ("ASSAULT", "FIGHT") or event.acled_event_type in CROWD_NAMES:
        return False
    actor = event.actor1
    if actor is None or actor.kind not in UNARMED_KINDS or not (event.assertion and event.assertion.nominal):
        return False
    if actor.span.start < sentence_start or actor.span.end > event.sentence_span.end:
        return False  # a party of an earlier sentence, whose deed this one goes on telling
    trigger = _trigger_token(event, sentence_start, parse)
    if trigger is None or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not _inside_phrase(actor, trigger, sentence_start)


def _victims_nationality(event: ArticleEvent, sentence_start: int, parse: Doc) -> bool:
    """Whether a violent deed told in the passive with no agent ("Two Chinese students were
    stabbed in Sydney") has for its first party a country named inside its subject: the subject
    suffered the deed, so the country is the victims', not the doer's ("Two Indian soldiers were
    killed by Pakistani troops" names its doer after "by")."""
    if event.plover_type not in ("ASSAULT", "FIGHT") or event.actor1 is None:
        return False
    actor = event.actor1
    if actor.kind != ActorKind.COUNTRY.value or actor.span.start < sentence_start:
        return False
    verb = _trigger_token(event, sentence_start, parse)
    if verb is None or any(child.dep_ == "agent" for child in verb.children):
        return False
    return any(child.dep_ == "nsubjpass" and _inside_phrase(actor, child, sentence_start) for child in verb.children)


def _trigger_token(event: ArticleEvent, sentence_start: int, parse: Doc) -> Token | None:
    """The head token of the event's trigger in its sentence's parse."""
    span = parse.char_span(
        event.trigger.start - sentence_start, event.trigger.end - sentence_start, alignment_mode="expand"
    )
    return span.root if span is not None and len(span) else None


def _inside_phrase(actor: EventActor, head: Token, sentence_start: int) -> bool:
    """Whether the party is named within the phrase `head` heads (its whole subtree)."""
    phrase = list(head.subtree)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    return start <= actor.span.start - sentence_start and actor.span.end - sentence_start <= end


def _one_who_died(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether the first party is who "died" (the subject of the verb, or what qualifies it), with
    no second party, or a person named beside the private person who died ("The woman,
    identified by the police as Madeline Kafoury, died"): the dead are the harmed side. Not
    "injured", "wounded": "militiamen kidnapped many people and injured four" were the doers."""
    assertion = event.assertion or Assertion()
    if event.actor1 is None or event.trigger_text.lower() not in DYING:
        return False
    role = _role(event.actor1, assertion, sentence_start)
    if role == "other" and event.actor1.kind == ActorKind.PERSON.value and assertion.doer_noun in PRIVATE_PERSONS:
        return True  # "The woman, identified by the police as Madeline Kafoury, died at the scene"
    return event.actor2 is None and role == "doer"


def _target_past_object(event: ArticleEvent, sentence_start: int) -> bool:
    """Whether a thing said has a second party named after its verb but outside what the parse
    gives the verb as object or partner (`Assertion.object_room`): "blamed the Russian government
    for the attack on the Skripals" is no blame of the Skripals, "urged a strong stand, saying
    Netanyahu would …" no demand on Netanyahu. The target is then better left empty."""
    room = (event.assertion or Assertion()).object_room
    target = event.actor2
    if room is None or target is None or target.span.start < event.trigger.end:
        return False
    start, end = target.span.start - sentence_start, target.span.end - sentence_start
    return not any(low <= start and end <= high for low, high in room)


def _person_names(analysis: ArticleAnalysis | None) -> list[str]:
    """The names and surnames the article gives persons, looked for in each event's sentence."""
    if analysis is None:
        return []
    names = {
        name
        for actor in analysis.actors
        if actor.kind is ActorKind.PERSON
        for name in (actor.name, actor.surname)
        if name and len(name) > MIN_NAME_LENGTH and name[0].isupper()
    }
    return sorted(names)


def _people_in(
    analysis: ArticleAnalysis | None, start: int, end: int, sentence_text: str, person_names: list[str]
) -> list[tuple[int, int]]:
    """Where the sentence at `start`–`end` names persons (offsets into the sentence): its person
    mentions, and every other place it writes one of `person_names` (the article's), which the
    recogniser may have read otherwise there ("a Bernie Sanders rally" as a thing's name)."""
    if analysis is None:
        return []
    spans = [
        (mention.start - start, mention.end - start)
        for mention in analysis.mentions
        if start <= mention.start < end
        and mention.actor is not None
        and analysis.actors[mention.actor].kind is ActorKind.PERSON
    ]
    for name in person_names:
        spans += [(match.start(), match.end()) for match in re.finditer(rf"\b{re.escape(name)}\b", sentence_text)]
    return spans


def _said_by_party(
    event: ArticleEvent, sentence_start: int, analysis: ArticleAnalysis | None, sentence_text: str
) -> bool:
    """Whether a relation's first party is who the parse says acts: its subject or agent, or a
    pronoun standing for it ("Clinton has backed a no-fly zone", "he decided to support
    Sanders"). Not a party that merely owns the word ("at Obama's request", "Bush's support
    for ethanol"), nor one near a clause whose doer is someone else ("an organisation that
    endorsed Sanders" is not the United States' endorsement). When the second party is the doer,
    the parties swap; when neither is but a named actor is ("Iran threatened to launch a
    military offensive", whose first party was read from "military"), that actor comes first.
    A country that only qualifies the doer gives way to the doer's own words ("the U.S.
    software group defied" is done by "U.S. software group", in the United States);
    `sentence_text` is the sentence those words are read from."""
    assertion = event.assertion or Assertion()
    if event.actor1 is None or assertion.possessed or _a_peoples_view(event.actor1, sentence_start, sentence_text):
        return False
    role = _role(event.actor1, assertion, sentence_start)
    pronoun_start, pronoun_end = assertion.doer_head or (0, 0)
    # a pronoun stands for a party named before it ("they also said Lehman … played a role and urged
    # regulators": not Lehman); "he" or "she" for a person ("he remained optimistic about American
    # resilience, and praised government efforts": not the country of the adjective)
    named_after = event.actor1.span.start >= sentence_start + pronoun_end
    if role == "pronoun" and (named_after or (assertion.doer_gender and event.actor1.kind != ActorKind.PERSON.value)):
        if not assertion.doer_gender:
            return False
        person = _person_before(sentence_start + pronoun_start, assertion.doer_gender, analysis)
        if person is None:
            return False
        named, event.actor1 = event.actor1, person
        if event.actor2 is None and named_after and named.actor != person.actor:
            event.actor2 = named  # "he urged the Russians to hack": they are whom he urged
        if event.actor2 is not None and event.actor2.actor == person.actor:
            event.actor2 = None
        return True
    if role in ("doer", "pronoun") and not _gender_conflicts(event.actor1, assertion, analysis):
        if _qualifies_anothers_role(event.actor1, assertion, sentence_start, sentence_text):
            return False  # "a Clinton supporter who has accused Sanders supporters": the supporter acts
        if _only_qualifies_the_doer(event.actor1, assertion, sentence_start):
            event.actor1 = _qualified_doer(event.actor1, assertion, sentence_start, sentence_text)
        return True
    if event.actor2 is not None and _role(event.actor2, assertion, sentence_start) == "doer":
        event.actor1, event.actor2 = event.actor2, event.actor1  # "Berlin rejected calls by Belarus"
        return True
    doer = _named_doer(assertion, sentence_start, analysis) if analysis is not None else None
    if doer is None:
        return False
    if _owner_of_the_doers_role(doer, event.actor1, sentence_text, sentence_start):
        return True  # "Clinton's chief pollster and strategist Joel Benenson lashed out": Benenson did
    event.actor1 = doer
    if event.actor2 is not None and event.actor2.actor == doer.actor:
        event.actor2 = None
    return True


def _person_before(position: int, gender: str, analysis: ArticleAnalysis | None) -> EventActor | None:
    """The person last named before `position` whom a "he" or "she" (`gender`) may stand for."""
    if analysis is None:
        return None
    for mention in reversed(analysis.mentions):
        if mention.end > position or mention.actor is None:
            continue
        actor = analysis.actors[mention.actor]
        if actor.kind is ActorKind.PERSON and genders_fit(gender, actor.gender):
            span = Span(mention.start, mention.end)
            return EventActor(actor.name, actor.kind.value, actor.country, span, mention.actor)
    return None


def _owner_of_the_doers_role(owner: EventActor, named: EventActor, sentence_text: str, sentence_start: int) -> bool:
    """Whether the parse's doer is only the person whose aide the named first party is: the
    parser often hangs the aide's name off the role words and leaves the owner as the subject's
    only name."""
    return (
        owner.kind == ActorKind.PERSON.value
        and named.span.start > owner.span.end
        and qualifies_a_named_person(sentence_text, owner.span.end - sentence_start, roles=True)
    )


# What tells that a people's stance was measured, not taken: "a new poll finds", "according to a
# survey", "58 percent of" (a percentage alone is no poll: "cut prices by 10 percent").
OPINION_POLL = re.compile(
    r"\b(?:polls?|polled|pollsters?|surveys?|surveyed)\b|(?:\bpercent|\bper cent|%) of\b", re.IGNORECASE
)


def _a_peoples_view(actor: EventActor, sentence_start: int, sentence_text: str) -> bool:
    """Whether the first party is a country read from its people in a poll's finding: "Americans
    overwhelmingly oppose cutting the funds, a poll finds", "a poll showed that two thirds of the
    French were willing to cut back" tell what a population thinks, not what its state did.
    Without a poll a people named as a side stays that side ("Palestinians blamed Israel for the
    bombing")."""
    if actor.kind != ActorKind.COUNTRY.value or not OPINION_POLL.search(sentence_text):
        return False
    start, end = actor.span.start - sentence_start, actor.span.end - sentence_start
    if start < 0:
        return False  # named in another sentence
    word = sentence_text[start:end]
    registry = country_registry()
    return bool(registry.country_of_demonym(word)) and registry.country_of_name(word) is None


def _gender_conflicts(actor: EventActor, assertion: Assertion, analysis: ArticleAnalysis | None) -> bool:
    """Whether the doer was read as the subject a "she" stands for but the party is a man (or
    "he" and a woman): "Bernie Sanders edged out Hillary Clinton, though she won …"."""
    if actor.actor is None or analysis is None:
        return False
    return not genders_fit(assertion.doer_gender or None, analysis.actors[actor.actor].gender)


def _qualifies_anothers_role(actor: EventActor, assertion: Assertion, sentence_start: int, sentence_text: str) -> bool:
    """Whether a named person or organisation only qualifies a doer who is someone else: "a
    California superdelegate and Clinton supporter who has accused", "Trump aides said", also
    counted ("two dozen of Sen. Rand Paul's Kentucky supporters … are endorsing Rubio")."""
    if actor.kind == ActorKind.COUNTRY.value or not assertion.doer_noun or assertion.doer_head is None:
        return False
    start, end = assertion.doer_head
    if actor.span.start - sentence_start < end and start < actor.span.end - sentence_start:
        return False  # the party is the head itself
    roles = event_lexicon().context["roles_of_another"]
    if roles.fullmatch(assertion.doer_noun) is not None:
        return True
    if assertion.doer_noun.lower() not in COUNTING_HEADS:
        return False
    return any(roles.fullmatch(sentence_text[begin:finish].lower()) for begin, finish in assertion.doer)


# Heads that count the people after them: "two dozen of …", "hundreds of …", "many of …".
COUNTING_HEADS = frozenset(VAGUE_QUANTITIES) | {"many", "most", "some", "all", "none"}


def _only_qualifies_the_doer(actor: EventActor, assertion: Assertion, sentence_start: int) -> bool:
    """Whether the party is a country named only as a qualifier of a doer that is something else:
    "the U.S. software group defied the order", "Greece's euro area partners agreed", "the
    Japanese company concluded" (not "U.S. officials", "Russia's foreign ministry"); or a body
    named only as a qualifier of traders ("EU steel firms have vowed to fight the merger")."""
    if not assertion.doer_noun or assertion.doer_head is None:
        return False
    union_of_trade = actor.kind == ActorKind.ORGANISATION.value and assertion.doer_noun.lower() in TRADERS
    if actor.kind != ActorKind.COUNTRY.value and not union_of_trade:
        return False
    start, end = assertion.doer_head
    if actor.span.start - sentence_start < end and start < actor.span.end - sentence_start:
        return False  # the country is the head itself ("the country agreed")
    if union_of_trade and not _qualifies_doer_head(actor, assertion, sentence_start):
        return False
    return event_lexicon().context["state_bodies"].fullmatch(assertion.doer_noun) is None


# Private traders a body's name may qualify without being them: "EU steel firms have vowed to
# fight the merger" is the firms', not the European Union's.
TRADERS = frozenset(
    {"firms", "companies", "makers", "producers", "exporters", "importers", "manufacturers", "businesses",
     "carmakers", "automakers", "steelmakers", "airlines", "banks", "lenders", "insurers", "farmers", "growers",
     "fishermen", "retailers", "traders", "operators", "industry", "industries"}
)  # fmt: skip


def _qualified_doer(
    country: EventActor, assertion: Assertion, sentence_start: int, sentence_text: str, kind: str = "organisation"
) -> EventActor:
    """The doer a country only qualifies, named by its own words and kept in that country:
    "U.S. software group" (USA), "Swiss doctors" (CHE); an unnamed organisation, not the state.
    For a person who is not the doer, the unnamed doer in its own words, with no country."""
    start, end = assertion.doer_phrase or assertion.doer_head or (0, 0)
    name = " ".join(sentence_text[start:end].split())
    country_code = country.country if country.kind == ActorKind.COUNTRY.value else None
    return EventActor(name, kind, country_code, Span(sentence_start + start, sentence_start + end))


def _demanded_by_the_sayer(event: ArticleEvent, sentence_start: int, analysis: ArticleAnalysis) -> None:
    """A demand read from "must" or "should" in what someone says is the sayer's, made of the
    clause's doer: "Mubarak said the US must be ready to mediate" is Egypt's president
    demanding of the United States, not the United States demanding of anyone."""
    assertion = event.assertion or Assertion()
    sayer = _named_actor(assertion.sayer[-1:], sentence_start, analysis)  # the head: "Mubarak", not "Egyptian"
    if sayer is None or (event.actor1 is not None and sayer.actor == event.actor1.actor):
        return
    doer = (
        event.actor1 if event.actor1 is not None and _role(event.actor1, assertion, sentence_start) == "doer" else None
    )
    event.actor1, event.actor2 = sayer, doer


def _named_doer(
    assertion: Assertion, sentence_start: int, analysis: ArticleAnalysis, kinds: frozenset[ActorKind] = PARTY_KINDS
) -> EventActor | None:
    """The named actor (a person, organisation, government, military or country the NLP stage
    resolved, or one of `kinds`) whose mention is the clause's doer; None when the doer names none."""
    return _named_actor(assertion.doer, sentence_start, analysis, assertion.doer_gender, kinds)


def _named_actor(
    words: tuple[tuple[int, int], ...],
    sentence_start: int,
    analysis: ArticleAnalysis,
    gender: str = "",
    kinds: frozenset[ActorKind] = PARTY_KINDS,
) -> EventActor | None:
    """The named actor of the NLP stage one of whose mentions lies on `words` (characters in
    the sentence; the doer's own word first, then its modifiers and partners); None when they
    name none."""
    spans = [(sentence_start + start, sentence_start + end) for start, end in words]
    # the doer's own word first: "Barack Obama", not "U.S." before it; but a ship or a body of no
    # known country gives way to the country that qualifies it ("Indian warship INS Mysore")
    for head_only in (True, False):
        looked_at = spans[:1] if head_only else spans
        for mention in analysis.mentions:
            if mention.actor is None or not any(
                mention.start < end and start < mention.end for start, end in looked_at
            ):
                continue
            actor = analysis.actors[mention.actor]
            if head_only and actor.kind is not ActorKind.PERSON and actor.country is None:
                continue
            if actor.kind in kinds and genders_fit(gender or None, actor.gender):
                return EventActor(
                    actor.name, actor.kind.value, actor.country, Span(mention.start, mention.end), mention.actor
                )
    return None


def _role(actor: EventActor, assertion: Assertion, sentence_start: int) -> str:
    return doer_role(assertion, actor.span.start - sentence_start, actor.span.end - sentence_start)
