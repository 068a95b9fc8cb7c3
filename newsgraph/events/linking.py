"""Discourse linking: the passes that tie a sentence to an event told before it.

Each is one thing news writing does across sentences: a toll added after the event
(`toll_sentence`, `add_toll`, `add_leading_toll`), a follow-up of a protest (`continues_event`,
`escalates`), the held then killed (`killed_when_held`), a claim of responsibility
(`claimed_by`), a party not named again (`inherited_party`)."""

from __future__ import annotations

import re

from newsgraph.events import protests
from newsgraph.events.casualties import Casualties, Count, extract_casualties
from newsgraph.events.coder import GENERIC_VIOLENCE, EventCode, by_state_force, untolled
from newsgraph.events.context import (
    SentenceContext,
    names_a_place,
    with_country,
)
from newsgraph.events.lexicon import EventLexicon
from newsgraph.events.participants import sentence_candidates
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.toponyms import Toponym, sentence_toponyms
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.nlp.records import ArticleAnalysis

STATE_FORCES = frozenset({"military", "police"})


# From a subject to the end of the trigger: the subject suffered ("a soldier was killed … in the
# clashes", "ten soldiers died").
SUFFERED = re.compile(r"\b(?:was|were|been|being|is|are|killed|died|dead|injured|wounded)\b", re.IGNORECASE)


# The crowd of a demonstration just told, referred to again: the force acting on it is its crackdown.
THE_CROWD = re.compile(
    r"\b(?:them|the (?:protesters|protestors|demonstrators|crowds?|rioters|mobs?|marchers|students))\b", re.IGNORECASE
)


INHERIT_WITHIN_SENTENCES = 2
FIRING = re.compile(r"\b(?:firing|fired|fire|shot|shots|shooting|bullets?|gunfire)\b", re.IGNORECASE)


# A party answering the attack just told: part of that event, not a new one.
RESPONSE = re.compile(
    r"\b(?:repell?ed|repuls\w+|responded to|fought back|fended off|pushed back|thwarted)\s+(?:the\s+)?"
    r"(?:attack|assault|assailants|attackers|militants|raid|incursion|offensive)\b",
    re.IGNORECASE,
)


NAMED_CLAIMANT_KINDS = frozenset({"group", "organisation", "military"})
STATE_FORCE_KINDS = frozenset({"police", "military"})


CROWD_NAMES = {"Protests": "Protesters", "Riots": "Rioters"}  # ACLED event type: its unnamed first actor


def continues_event(
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
    them": the crackdown on that protest, whose act `cracks_down` tells apart)."""
    parties = {
        actor.actor for actor in (previous.actor1, previous.actor2) if actor is not None and actor.actor is not None
    }
    new_doer = doer is not None and doer.actor is not None and doer.actor not in parties
    new_doer = new_doer or (
        _unnamed_force_doing(code, doer, previous, sentence_text, trigger)
        and not _on_the_crowd(previous, sentence_text)
    )
    new_doer = new_doer and RESPONSE.search(sentence_text) is None
    if not code.is_acled or code.hit.trigger.id not in GENERIC_VIOLENCE or new_doer:
        return False
    return anywhere or not names_a_place(toponyms, places)  # the gazetteer is asked last: it costs the most


def cracks_down(
    code: EventCode, doer: EventActor | None, previous: ArticleEvent, sentence_text: str, *, trigger: Span
) -> bool:
    """Whether an unnamed state force turns on the crowd of the protest or riot just told ("…
    staged a protest. Police opened fire on them, killing two", "the police burst teargas shells
    to disperse them"): ACLED's one event is that protest, which `continues_event` gives the
    toll; the force's act is still PLOVER's own event, as when one sentence tells both."""
    return _unnamed_force_doing(code, doer, previous, sentence_text, trigger) and _on_the_crowd(previous, sentence_text)


def _unnamed_force_doing(
    code: EventCode, doer: EventActor | None, previous: ArticleEvent, sentence_text: str, trigger: Span
) -> bool:
    """An unnamed state force, of another kind than the doer of the event just told, as the one
    who does the harm, not the one who suffered it."""
    if doer is None or doer.actor is not None or doer.kind not in STATE_FORCES:
        return False
    if previous.actor1 is not None and previous.actor1.kind == doer.kind:
        return False
    sentence_start = trigger.start - code.hit.start
    return (
        doer.span.start >= trigger.end  # named as the agent: "killed in police firing", "by the police"
        or not SUFFERED.search(sentence_text, doer.span.end - sentence_start, code.hit.end)  # not "was killed"
    )


def _on_the_crowd(previous: ArticleEvent, sentence_text: str) -> bool:
    return previous.acled_event_type in CROWD_NAMES and THE_CROWD.search(sentence_text) is not None


def escalates(protest: ArticleEvent, here: SentenceContext, lexicon: EventLexicon) -> bool:
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


def killed_when_held(event: ArticleEvent, killing: EventCode, trigger: Span) -> None:
    """People arrested or abducted and then killed were attacked: the event is the killing's type
    (ACLED codes "abducted and executed" as an Attack), with the killing's words as the evidence
    of that type and the arrest's for the rest."""
    event.sub_type_span = trigger
    event.acled_sub_event_type = killing.acled_sub_event_type
    event.acled_event_type = killing.acled_event_type
    event.plover_type, event.plover_mode = killing.plover_type, killing.plover_mode


def claimed_by(
    event: ArticleEvent,
    event_sentence: str,
    analysis: ArticleAnalysis,
    here: SentenceContext,
    claim_at: int,
    lexicon: EventLexicon,
) -> None:
    """A named group claiming the violent event just told is its doer when the text gave it
    none ("Unidentified armed group", "gunmen"), as ACLED codes a claimed attack. The state's
    forces told as the doer are one ("Police killed the gunman. Islamic State claimed
    responsibility for the attack": the claim is of the gunman's attack, not of his death)."""
    doer = event.actor1
    if doer is not None and (doer.actor is not None or _state_force_acts(event, doer, event_sentence)):
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
        event.actor1 = with_country(claimants[-1], country or (event.actor1.country if event.actor1 else None), True)


def _state_force_acts(event: ArticleEvent, actor: EventActor, sentence: str) -> bool:
    """Whether the party is the state's forces told as the doer: named first in their clause of
    the event's `sentence` ("Police killed the gunman", "On Sunday, security forces shot dead";
    not "militants attacked the local police forces in an ambush", where the forces were read as
    a side though they were the target). The sentence is not parsed yet when claims are read,
    so the order of words stands in for the subject."""
    told = event.sentence_span
    if actor.kind not in STATE_FORCE_KINDS or len(sentence) != told.end - told.start or actor.span.start < told.start:
        return False  # not a force, or `sentence` is not the one that told the event
    before = sentence[: actor.span.start - told.start].rsplit(",", 1)[-1]
    return before.strip().lower() in ("", "the")


def toll_sentence(
    previous: ArticleEvent | None,
    described: ArticleEvent | None,
    here: SentenceContext,
    toponym_entities: list[tuple[int, int, str]],
    places: Gazetteer,
) -> None:
    """A sentence with no event of its own that counts dead or wounded ("Fatalities: 106
    civilians.") counts them for the violent event just told, unless it names a place of its
    own: then it is about somewhere else. A whole toll ("The death toll rose to 9") is the
    toll of the first event whose dead were counted, not of a side act told after it ("…
    the car was set on fire with both bodies inside. 2 fatalities.")."""
    if described is None:  # no event counted yet, so none was told just before either
        return
    toll = extract_casualties(here.text)
    if names_a_place(sentence_toponyms(toponym_entities, here.text, here.span.start, places), places):
        return  # a place of its own ("… in Oudalan" after a split is where the events are, not another)
    add_toll(described if toll.killed.whole else previous, here, toll)


# A party's own count of those it killed ("IS Sahel claimed responsibility and said it killed 7
# soldiers", "claimed to have killed 100"): a claim about the dead already counted, not more dead.
CLAIMED_TOLL = re.compile(
    r"\b(?:said|says|claimed|claims)\s+(?:that\s+)?(?:it|they|its \w+)\s+(?:had\s+)?killed\b"
    r"|\bclaim(?:ed|s)?\s+to\s+have\s+killed\b",
    re.IGNORECASE,
)


def add_toll(event: ArticleEvent | None, here: SentenceContext, toll: Casualties | None = None) -> None:
    """Count a follow-up sentence's dead and wounded for `event` (the violent event just told,
    if any), added to what it had; a party's claim of whom it killed adds none (`CLAIMED_TOLL`),
    nor do deaths after a force's fire on a crowd that the sentence does not lay on the firing."""
    if event is not None and event.fatalities is not None and CLAIMED_TOLL.search(here.text):
        return  # the only figure there is, a claim is counted, as ACLED does
    if event is not None and untolled(event.trigger_id) and FIRING.search(here.text) is None:
        return  # after "police had to open fire at the mob", "two were killed in stone pelting" is no toll of theirs
    toll = toll or extract_casualties(here.text)
    if toll.killed.value is None and toll.injured.value is None:
        return
    if event is None:
        return
    event.fatalities = add_count(event.fatalities, toll.killed)
    event.injured = add_count(event.injured, toll.injured)
    extend_casualty_span(event, here)


def add_leading_toll(event: ArticleEvent, before: SentenceContext) -> None:
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


def extend_casualty_span(event: ArticleEvent, here: SentenceContext) -> None:
    start = event.casualty_span.start if event.casualty_span else here.span.start
    event.casualty_span = Span(start, here.span.end)


def add_count(known: Count | None, more: Count) -> Count | None:
    if more.value is None:
        return known
    if known is None or known.value is None:
        return more
    if more.whole:  # "… The death toll rose to 7": the whole toll, not seven more
        return more if more.value > known.value else known
    low = (known.minimum or known.value) + (more.minimum or more.value)
    return Count(known.value + more.value, low if known.minimum or more.minimum else None, None, known.evidence)


# A death that set a protest or a riot off: "riots erupted following the death of a teenager
# killed by police", "protests after the killing of a student".
PROTESTED_DEATH = re.compile(
    r"\b(?:following|after|over|against|protesting|protested|demanding justice for)\s+(?:the\s+)?"
    r"(?:(?:police\s+|fatal\s+)?(?:death|killing|murder|shooting|lynching)s?)\b",
    re.IGNORECASE,
)
PROTEST_TYPES = frozenset({"Protests", "Riots"})
CAUSE_TO_TOLL_CHARS = 40  # "following the death of [a teenager killed]": the toll's words right after


def count_casualties(event: ArticleEvent, here: SentenceContext) -> None:
    """The sentence's dead and injured, as the event's. A peaceful protest, or one the police
    only broke up, kills no one by ACLED's definition: dead in its sentence are what it is
    about ("demanding justice for two assassinated cadres"), so none are counted for it; nor
    are a riot's dead when they are the death that set it off (`_protested_death`)."""
    toll = extract_casualties(here.text)
    bloodless = event.acled_sub_event_type in protests.BLOODLESS_SUB_TYPES or (
        event.acled_event_type in PROTEST_TYPES and _protested_death(here.text, toll.killed)
    )
    event.fatalities = toll.killed if toll.killed.value is not None and not bloodless else None
    event.injured = toll.injured if toll.injured.value is not None else None
    if event.fatalities or event.injured:
        event.casualty_span = here.span


def _protested_death(text: str, killed: Count) -> bool:
    """Whether the dead a sentence tells are the death its protest is about: the toll's words
    follow a `PROTESTED_DEATH` phrase closely, or hold it, with no clause between ("…
    following the death of a teenager killed by police"; not "… after the killing of a
    student, and two people were killed in clashes")."""
    if killed.value is None or not killed.evidence:
        return False
    start = text.find(killed.evidence)
    if start < 0:
        return False
    end = start + len(killed.evidence)
    for cause in PROTESTED_DEATH.finditer(text):
        between = text[cause.end() : start]
        close = len(between) <= CAUSE_TO_TOLL_CHARS and "," not in between and " and " not in between
        if cause.start() < end and (cause.end() >= start or close):
            return True
    return False


def inherited_party(previous: ArticleEvent, sentence: int) -> EventActor | None:
    """The doer of the violent event told just before ("a wave of attacks by Russia … A missile
    strike on an apartment block …"): a follow-up sentence rarely repeats it. Not a force's act
    on a crowd: after "police had to fire to disperse the mob", "2,459 houses have been set on
    fire" is the crowd's doing, not the police's."""
    if sentence - previous.sentence > INHERIT_WITHIN_SENTENCES or by_state_force(previous.trigger_id):
        return None
    return previous.actor1
