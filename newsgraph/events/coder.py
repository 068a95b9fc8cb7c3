"""Code the events one sentence reports: PLOVER type and mode, and ACLED type where one applies.

A sentence can report one ACLED-style event (political violence, a demonstration or a strategic
development — decided from all its triggers together, since "killed" beside "protesters" and
"tear gas" is a different event from "killed" beside "gunmen") and any number of relations
between actors (a meeting, a demand, a joint exercise), one per PLOVER type.

Triggers in hypothetical, planned or negated wording ("could attack", "plans to visit", "did
not meet") are dropped: the coder records what happened, not what might.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.events.classifier import NO_EVENT, SubTypeClassifier, sub_type_classifier
from newsgraph.events.lexicon import EventLexicon, Trigger, event_lexicon
from newsgraph.events.sides import crowd_did_it, territory_taker, victims_of

LOOKBACK_CHARS = 40
WEAPON_TRIGGERS = (
    "suicide_bombing",
    "chemical_weapon",
    "air_strike",
    "drone_strike",
    "grenade",
    "shelling",
    "explosive",
)
GENERIC_VIOLENCE = ("clash", "firearms", "attack", "killing")
# Words that tell a harm's outcome, not how it was done.
OUTCOME_WORDS = re.compile(r"died|dead|injured|wounded", re.IGNORECASE)
LETHAL = ("killing", "firearms", "clash")
NEVER_HYPOTHETICAL = frozenset({"threaten"})
INTENT_WORDS = 4
PLANNED_WORDS = 2  # "announced a general strike"
LEGAL_WORDS_BETWEEN = 2  # "charges of attempt to murder"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
ARREST = ("COERCE", "arrest")  # PLOVER type and mode of an arrest
# A kicker before the sentence proper ("Analysis: ...", "Defusal: On 1 June, soldiers
# defused an IED"): a filing label, not a report, so the sentence's own trigger names the event.
# A speaker before a colon is no label ("Xi warned: ...", "Biden says: ...").
LEADING_LABEL = re.compile(
    r"\s*[A-Z][\w-]*(?: (?!\w+ed\b|(?:says|warns|tells|adds|asks|writes|notes|urges|insists)\b)[\w-]+){0,2}:\s"
)

# The PLOVER type an ACLED sub-event type implies (PLOVER: FIGHT is conventional military
# force, ASSAULT unconventional violence such as bombings, abductions and attacks on civilians).
PLOVER_OF_SUB_TYPE = {
    "Armed clash": ("FIGHT", "small arms"),
    "Government regains territory": ("FIGHT", "occupation"),
    "Non-state actor overtakes territory": ("FIGHT", "occupation"),
    "Attack": ("ASSAULT", None),
    "Peaceful protest": ("PROTEST", "demonstrate"),
    "Protest with intervention": ("PROTEST", "demonstrate"),
    "Excessive force against protesters": ("PROTEST", "demonstrate"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "mob"),
}


@dataclass(frozen=True, slots=True)
class TriggerHit:
    trigger: Trigger
    start: int  # offsets into the coded text
    end: int


@dataclass(frozen=True, slots=True)
class EventCode:
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    hit: TriggerHit  # the trigger that names the event

    @property
    def is_acled(self) -> bool:
        return self.acled_sub_event_type is not None


def find_triggers(text: str, lexicon: EventLexicon | None = None) -> list[TriggerHit]:
    """Non-overlapping trigger matches in text order; on overlap the longer, then the stronger, wins."""
    lexicon = lexicon or event_lexicon()
    hits = _beyond_a_label(
        text,
        [
            TriggerHit(trigger, match.start(), match.end())
            for trigger in lexicon.triggers
            for match in trigger.pattern.finditer(text)
        ],
    )
    hits.sort(key=lambda hit: (-(hit.end - hit.start), -hit.trigger.priority, hit.start))
    kept: list[TriggerHit] = []
    for hit in hits:
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    stated = [_intent(text, hit, lexicon) or (None if _is_hypothetical(text, hit, lexicon) else hit) for hit in kept]
    return sorted((hit for hit in stated if hit is not None and not _legal_charge(text, hit, lexicon)), key=_start)


def _beyond_a_label(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The hits after a leading label when the sentence has any: "Defusal" in "Defusal: soldiers
    defused two IEDs" names no event of its own, and as the first hit it took the event from
    the verb whose subject is the doer."""
    label = LEADING_LABEL.match(text)
    if label is None:
        return hits
    told = [hit for hit in hits if hit.start >= label.end()]
    return told or hits


def _legal_charge(text: str, hit: TriggerHit, lexicon: EventLexicon) -> bool:
    """Whether a violence word names the crime of a charge, a case or a verdict ("accused of
    murder", "booked for attempt to murder", "a murder case"): something alleged or judged, told
    as background to what the sentence reports (the arrest, the hearing), not an attack; so is
    a theft someone is accused of ("beat a man accusing him of robbery")."""
    if hit.trigger.family != "violence" and hit.trigger.id != "looting":
        return False
    before = text[max(0, hit.start - LOOKBACK_CHARS) : hit.start]
    ends = [match.end() for match in lexicon.context["legal_charge_before"].finditer(before)]
    if ends and len(before[ends[-1] :].split()) <= LEGAL_WORDS_BETWEEN:
        return True
    after = len(text) - len(text[hit.end :].lstrip())
    return lexicon.context["legal_charge_after"].match(text, after) is not None


def _is_hypothetical(text: str, hit: TriggerHit, lexicon: EventLexicon) -> bool:
    if hit.trigger.id in NEVER_HYPOTHETICAL:
        return False
    window_start = max(0, hit.start - LOOKBACK_CHARS)
    cue = lexicon.hypothetical.search(text, window_start, hit.start)
    if cue is not None and not _in_a_name(text, cue.start()):
        return True
    return hit.trigger.family == "protest" and _announced(text, hit, lexicon)


def _announced(text: str, hit: TriggerHit, lexicon: EventLexicon) -> bool:
    """Whether a protest word is what was announced, called off or voted for, at most two
    words after the cue ("announced a general strike"; not "announced a strike and protested")."""
    window_start = max(0, hit.start - LOOKBACK_CHARS)
    ends = [match.end() for match in lexicon.context["protest_planned"].finditer(text, window_start, hit.start)]
    return bool(ends) and len(text[ends[-1] : hit.start].split()) <= PLANNED_WORDS


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _in_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` is capitalised inside a sentence: a name ("Fridays for Future
    activists demonstrated", "No Vax activists gathered"), not a cue of doubt. In a headline
    set in title case ("Trump Will Not Attack Iran, Aides Say") capitals say nothing."""
    before = text[:start].rstrip()
    if not (text[start : start + 1].isupper() and before and before[-1] not in ".!?:;\"“‘'(["):
        return False
    return any(word[0].islower() for word in _WORD.findall(text) if len(word) > 3)


# What a statement of intent makes of the act it governs, per the acts it can govern: the
# nearest cue wins ("will not accept" is a refusal, "must be ready to mediate" a demand).
INTENTS = (
    ("intent_refusal", COOPERATIVE | {"DEMAND"}, "REJECT", None),
    ("intent_demand", COOPERATIVE | MATERIAL_CONFLICT, "DEMAND", None),
    ("intent_threat", MATERIAL_CONFLICT, "THREATEN", None),
    ("intent_promise", COOPERATIVE, "AGREE", "promise"),
)


# A promise denied as a past act (an adverb in "ly" may stand between): "never pledged", "did not
# promise", "hasn't publicly promised" (not "will not promise": a refusal).
PROMISE_DENIED = re.compile(
    r"(?<!\bwill )(?<!\bwould )\b(?:never|(?:did|does|do|has|have|had)(?: no|n['’])t)\s+(?:\w+ly\s+)?"
    r"(?:promis|pledg)\w*\b",
    re.IGNORECASE,
)


def _intent(text: str, hit: TriggerHit, lexicon: EventLexicon) -> TriggerHit | None:
    """The act as a refusal, demand, threat or promise when a statement of intent governs it
    ("refused to meet", "Sudan must return the helicopter", "threatened to launch an
    offensive", "said it will support the resolution"): a relation, never an ACLED event, since
    nothing has happened yet. None when no such cue is there."""
    found: tuple[int, str, str | None] | None = None
    for context_name, governs, stated, mode in INTENTS:
        if hit.trigger.plover not in governs:
            continue
        if context_name == "intent_refusal" and _promise_denied(text, hit):
            continue  # "he never pledged to kill …", "never promised federal assistance": nothing refused
        end = _cue_end(lexicon.context[context_name], text, hit.start)
        if end is not None and (found is None or end > found[0]):
            found = (end, stated, mode)
    if found is None:
        return None
    _, stated, mode = found
    trigger = replace(
        hit.trigger, id=f"{hit.trigger.id}:{stated.lower()}", family="relation", plover=stated, mode=mode, acled=None
    )
    return TriggerHit(trigger, hit.start, hit.end)


# A past act denied in the past perfect or with "never" ("had not evacuated any workers", "Pao
# never signed any arbitration agreements"): a fact told, not a refusal made ("did not attend",
# "will not sign" stay refusals).
PAST_ACT_DENIED = re.compile(r"\b(?:had(?: not|n['’]t)|never)\s+(?:\w+ly\s+)?[a-z]+ed\b", re.IGNORECASE)


# A denied verb that only carries a noun of the act, or waits for it ("had not made an official
# request", "doesn't expect a deal", "have not reached an agreement"): the act is not there, and
# no one refused it ("will not accept the deal", "refused the request" stay refusals).
CARRIER_DENIED = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+ly\s+)?(?:yet\s+)?"
    r"(?:make|made|makes|making|expect\w*|anticipat\w+|foresee\w*|see|seen|saw|reach\w*|struck|strike"
    r"|clinch\w*|receiv\w+|get|got|gotten|hear|heard|find|found|have|had|has)\b",
    re.IGNORECASE,
)


def _promise_denied(text: str, hit: TriggerHit) -> bool:
    """Whether a denied promise (`PROMISE_DENIED`) ends at the trigger or, at most
    INTENT_WORDS words, before it, or the trigger is a past act denied (`PAST_ACT_DENIED`) or a
    noun after a denied verb that only carries it (`CARRIER_DENIED`): no promise was made,
    nothing was refused."""
    window_start = max(0, hit.start - LOOKBACK_CHARS)
    first_word = re.match(r"[\w'’-]+", text[hit.start : hit.end])
    act_end = hit.start + (first_word.end() if first_word else 0)
    return any(
        match.end() in (hit.end, act_end)
        or (match.end() <= hit.start and len(text[match.end() : hit.start].split()) <= INTENT_WORDS)
        for denied in (PROMISE_DENIED, PAST_ACT_DENIED, CARRIER_DENIED)
        for match in denied.finditer(text, window_start, hit.end)
    )


def _cue_end(cue: re.Pattern[str], text: str, trigger_start: int) -> int | None:
    """Where the last cue before the trigger ends, if at most INTENT_WORDS words before it
    ("promised to continue military aid"); a cue word inside a name ("Will Smith") is none."""
    window_start = max(0, trigger_start - LOOKBACK_CHARS)
    ends = [
        match.end() for match in cue.finditer(text, window_start, trigger_start) if not _in_a_name(text, match.start())
    ]
    return ends[-1] if ends and len(text[ends[-1] : trigger_start].split()) <= INTENT_WORDS else None


# An act named by a noun after a preposition of time or cause ("after the attack on parliament",
# "following a clash between two communities") is referred to, not told: whoever acts earlier in
# the sentence did something else, and another act the sentence tells is its event.
REFERRED_ACT = re.compile(
    r"\b(?:after|following|since|before|during|amid|despite|in the wake of|in response to|in retaliation for)\s+"
    r"(?:the|a|an|this|that|these|those|last|recent|earlier|previous)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A record measured against an act before it is a history referred to: "the worst violence to hit
# Greece since riots in 2008", "the biggest one-day loss since the September 11 attacks".
SINCE_A_RECORD = re.compile(
    r"\b(?:worst|biggest|largest|deadliest|bloodiest|heaviest|highest|lowest|sharpest|first|most\s+\w+)\b"
    r"[^.;:!?]{0,80}?\bsince\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# Violence qualified as past is a history referred to: "a landmine from previous clashes exploded".
PAST_ACT = re.compile(r"\b(?:previous|prior|past)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def code_text(
    text: str, lexicon: EventLexicon | None = None, classifier: SubTypeClassifier | None = None
) -> list[EventCode]:
    """The events `text` (one sentence, or one short event description) reports. The ACLED
    sub-type is the rules' unless the classifier (by default the shipped one) is confident
    of another, or confident that ACLED would not code the text at all."""
    lexicon = lexicon or event_lexicon()
    hits = _told_not_referred(text, find_triggers(text, lexicon))
    codes: list[EventCode] = []
    acled = _acled_event(text, [hit for hit in hits if hit.trigger.family != "relation"], lexicon)
    if acled is not None and lexicon.context["attribution"].search(text, 0, acled.hit.start):
        acled = None  # "IS claimed responsibility for the attack": the attack is told elsewhere
    if acled is not None:
        acled = _second_opinion(acled, text, lexicon, classifier or sub_type_classifier())
    if acled is not None:
        codes.append(acled)
        codes.extend(_arrests_beside(acled, hits))
    seen_types = {code.plover_type for code in codes}
    for hit in sorted((hit for hit in hits if hit.trigger.family == "relation"), key=lambda hit: -hit.trigger.priority):
        if hit.trigger.plover in seen_types:
            continue
        seen_types.add(hit.trigger.plover)
        codes.append(EventCode(hit.trigger.plover, hit.trigger.mode, None, None, hit))
    return sorted(codes, key=lambda code: code.hit.start)


def _told_not_referred(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The hits, less any act a record is measured against ("the worst violence since riots in
    2008", `SINCE_A_RECORD`), and less the violence only referred to ("after a clash between two
    communities", "from previous clashes") when the sentence also tells other violence ("one
    person killed in police firing …", "a landmine … exploded")."""
    records = [hit for hit in hits if SINCE_A_RECORD.search(text, 0, hit.start)]
    hits = [hit for hit in hits if hit not in records]  # "the worst violence since riots in 2008": no riot now
    referred = [
        hit
        for hit in hits
        if hit.trigger.family == "violence"
        and (REFERRED_ACT.search(text, 0, hit.start) or PAST_ACT.search(text, 0, hit.start))
    ]
    told = [hit for hit in hits if hit.trigger.family == "violence" and hit not in referred]
    return [hit for hit in hits if hit not in referred] if referred and told else hits


def _arrests_beside(event: EventCode, hits: list[TriggerHit]) -> list[EventCode]:
    """An arrest told beside another ACLED event ("was arrested while undertaking a peace march",
    "432 arrests have been made in connection with the rioting"): ACLED codes only the
    demonstration or the attack, PLOVER also the arrest, as a coercion (COERCE, mode arrest) of
    whoever was held."""
    if event.acled_sub_event_type == "Arrests":
        return []
    arrest = next((hit for hit in hits if hit.trigger.id == "arrest"), None)
    return [EventCode(*ARREST, None, None, arrest)] if arrest is not None else []


def _outcome_only(text: str, by_id: dict[str, list[TriggerHit]]) -> bool:
    """Whether every violent word of the sentence is an outcome ("died", "dead", "injured")."""
    return all(
        OUTCOME_WORDS.fullmatch(text, hit.start, hit.end)
        for trigger_id in GENERIC_VIOLENCE
        for hit in by_id.get(trigger_id, [])
    )


# The police as the source of what a sentence tells ("according to police", "police said"): no
# armed party of it ("According to police, LaSalle hit and killed a 66-year-old" is a road death).
POLICE_AS_SOURCE = re.compile(
    r"\baccording to (?:the )?(?:\w+ )?police\b|\b(?:the )?(?:\w+ )?police (?:said|say|says|reported|allege[sd]?)\b",
    re.IGNORECASE,
)


def _acled_event(text: str, hits: list[TriggerHit], lexicon: EventLexicon) -> EventCode | None:
    if not hits:
        return None
    by_id: dict[str, list[TriggerHit]] = {}
    for hit in hits:
        by_id.setdefault(hit.trigger.id, []).append(hit)

    def first(*ids: str) -> TriggerHit | None:
        found = [hit for trigger_id in ids for hit in by_id.get(trigger_id, [])]
        return max(found, key=lambda hit: (hit.trigger.priority, -hit.start)) if found else None

    def context(name: str) -> bool:
        return lexicon.context[name].search(text) is not None

    protest = first("protest", "rally", "riot", "mob", "stoning")
    if (
        protest is not None
        and protest.trigger.id == "rally"
        and ((context("market_moves") and not context("rally_crowds")) or context("market_rallies"))
    ):
        # "shares rallied": a market; "market vendors rallied": a crowd
        protest = first("protest", "riot", "mob", "stoning")
    if context("disaster") and not _armed_told(text, lexicon) and protest is None:
        return None  # "floods killed 89 people", "a fertiliser plant explosion": no one to code
    lethal = first(*LETHAL) is not None
    weapon = first(*WEAPON_TRIGGERS)
    disrupted = first("disrupted_weapons")
    strategic = first(
        "looting", "arrest", "base_established", "territory_transfer", "group_change", "agreement_conflict"
    )

    if weapon is not None and weapon.trigger.id == "air_strike" and _idle_aircraft(text, weapon, lexicon):
        weapon = None  # "220 F-15Ks and F-16s as its main fighter jets": aircraft, no strike
    if strategic is not None and strategic.trigger.id == "group_change" and _no_armed_group(text, strategic, lexicon):
        strategic = None  # "the company, which merged with MetroPCS", "recruited a professional manager"
    if disrupted is not None and not lethal:
        return _code(disrupted, disrupted.trigger.acled, lexicon)
    if weapon is not None and weapon.trigger.id == "explosive" and _gunfight(first("clash"), first("firearms"), text):
        weapon = None  # "an ambush initiated by an IED detonation ensued by gunfire": ACLED codes the battle
    if weapon is not None:
        return _code(weapon, weapon.trigger.acled, lexicon)
    if protest is not None:
        if protest.trigger.id in ("mob", "stoning"):
            sub_type = "Mob violence"
        elif context("protest_excessive"):
            sub_type = "Excessive force against protesters"
        elif protest.trigger.id == "riot" or violence_in(text, lexicon) is not None or first("looting") is not None:
            sub_type = "Violent demonstration"
        elif intervention_in(text, lexicon) is not None:
            sub_type = "Protest with intervention"
        else:
            sub_type = "Peaceful protest"
        force = _state_force(text, hits, lexicon)
        if force is not None:
            return _state_force_code(*force, sub_type, lexicon)
        return _code(protest, sub_type, lexicon)
    special = first("abduction", "sexual_violence", "territory_regained", "territory_taken")
    if special is not None and special.trigger.id == "abduction" and first("killing") is not None:
        special = None  # "abducted and executed a man": ACLED codes the killing, an Attack
    if special is not None and special.trigger.id in TERRITORY_TRIGGERS:
        taken_by = territory_taker(text, special.start, special.end, lexicon)
        if taken_by is not None or context("armed"):
            return _code(special, taken_by or special.trigger.acled, lexicon)
        # ground changes hands between armed sides: "the party regained its majority", "Shell
        # took over BG Group", "won control of the senate" name none and take no territory
        special = None
    if special is not None:
        return _code(special, special.trigger.acled, lexicon)
    if (
        strategic is not None
        and not lethal
        and (
            context("unopposed")
            or not any(victims_of(text, hit.start, hit.end, lexicon) == "armed" for hit in by_id.get("attack", []))
        )
    ):  # an attack on a post is a battle, burned or not — unless it hurt no one
        return _code(strategic, strategic.trigger.acled, lexicon)
    generic = first(*GENERIC_VIOLENCE)
    if generic is not None and _outcome_only(text, by_id) and not context("armed") and not context("violent_means"):
        return None  # "who died in 2014", "46 people have died from the virus": a death, no violence
    if generic is not None and lexicon.participants["group"].fullmatch(text, generic.start, generic.end):
        # "Gunmen killed two soldiers": the doer's noun says how, the verb is the event
        acts = [hit for trigger_id in GENERIC_VIOLENCE for hit in by_id.get(trigger_id, []) if hit is not generic]
        generic = max(acts, key=lambda hit: (hit.trigger.priority, -hit.start)) if acts else generic
    if generic is not None:
        clash = first("clash")
        if clash is not None and not context("armed") and context("unarmed_parties"):
            return _code(clash, "Mob violence", lexicon)  # "students of two schools clashed"
        if clash is not None and ONE_SIDED.match(text, clash.start):
            clash = None  # an ambush is a battle or an attack on civilians, by who was ambushed
        violent = sorted(
            (
                hit
                for trigger_id in GENERIC_VIOLENCE
                for hit in by_id.get(trigger_id, [])
                if not lexicon.participants["group"].fullmatch(text, hit.start, hit.end)  # "gunmen" has no object
            ),
            key=_start,
        )
        victims = (
            None
            if clash is not None
            else next(filter(None, (victims_of(text, hit.start, hit.end, lexicon) for hit in violent)), None)
        )
        first_act = violent[0] if violent else generic
        if clash is None and crowd_did_it(text, first_act.start, first_act.end, lexicon):
            sub_type = "Mob violence"  # "villagers killed a thief"
        elif clash is not None or victims == "armed":
            sub_type = "Armed clash"
        elif victims == "civilians" or context("civilians"):
            sub_type = "Attack"
        elif TERROR_BEFORE.search(text, 0, first_act.start):
            sub_type = "Attack"  # "terrorist attacks in Paris": a terror attack is on whoever is there, no battle
        elif _armed_told(text, lexicon):
            sub_type = "Armed clash"  # not "police allege he opened fire at the party": the police tell it
        else:
            sub_type = "Attack"
        return _code(generic, sub_type, lexicon)
    if strategic is not None:
        return _code(strategic, strategic.trigger.acled, lexicon)
    return None


STATE_FORCE = "state_force"  # the suffix of a trigger id whose event is a state force's act on a crowd
UNTOLLED = "untolled"  # in such an id: the sentence ties no dead to the force's act


def untolled(trigger_id: str) -> bool:
    """Whether an event is a force's fire on a crowd whose sentence ties no dead to it ("police
    had to open fire at the mob that had killed two"): the dead there are not its toll."""
    return f":{UNTOLLED}:" in trigger_id


@dataclass(frozen=True, slots=True)
class ForceAct:
    """A kind of act a state force does to a crowd: the context that says so, the triggers that
    name it (the first found inside the context's match wins), and its PLOVER type and mode."""

    context: str
    triggers: tuple[str, ...]
    plover: tuple[str, str]
    stand_in: str  # the trigger that names the act by `act_word` when none is inside the match
    act_word: re.Pattern[str]  # the word of the match that names the act
    tolled: bool = True  # whether the match ties the sentence's dead to the force ("killed in police firing");
    # a beating or a volley at a crowd does not: the dead told beside it may be the crowd's victims


# Small-arms fire is FIGHT, as the PLOVER dev stories code "police opened fire to disperse
# demonstrators"; a baton charge or a beating is ASSAULT (mode beat).
FORCE_ACTS = (
    ForceAct(
        "state_fire",
        ("firearms", "killing"),
        ("FIGHT", "small arms"),
        "killing",
        re.compile(r"\b(?:deaths?|dead|died|killed|lives|open(?:ed)? fire|fir(?:ed|es|e|ing))\b", re.IGNORECASE),
    ),
    ForceAct(
        "state_fire_injuring",
        ("firearms",),
        ("FIGHT", "small arms"),
        "firearms",
        re.compile(r"\b(?:fir(?:ed|es|e|ing)|shooting|gunfire|bullets)\b", re.IGNORECASE),
        tolled=False,
    ),
    ForceAct(
        "state_fire_at_crowd",
        ("firearms",),
        ("FIGHT", "small arms"),
        "firearms",
        re.compile(r"\b(?:open(?:ed)? fire|fir(?:ed|es|e|ing))\b", re.IGNORECASE),
        tolled=False,
    ),
    ForceAct(
        "state_beating",
        ("attack",),
        ("ASSAULT", "beat"),
        "attack",
        re.compile(r"\b(?:lathi|baton|caned|clubbed|thrashed|beat|assaulted)[\w-]*", re.IGNORECASE),
        tolled=False,
    ),
)


def _state_force(text: str, hits: list[TriggerHit], lexicon: EventLexicon) -> tuple[TriggerHit, ForceAct] | None:
    """The act of a state force on a crowd at a protest or riot — it fired on it, its fire killed
    people there, or it baton-charged or beat it ("97 died in police firing", "police had to
    fire six rounds to disperse the mob", "police lathi-charged the mob") — with the word that
    names it, when the sentence says so; None otherwise."""
    for act in FORCE_ACTS:
        said = lexicon.context[act.context].search(text)
        if said is None:
            continue
        inside = [hit for hit in hits if said.start() <= hit.start and hit.end <= said.end()]
        for trigger_id in act.triggers:
            found = [hit for hit in inside if hit.trigger.id == trigger_id]
            if found:
                return found[0], act
        # no trigger inside ("40 of these deaths took place due to police firing"): the act's word
        word = act.act_word.search(text, said.start(), said.end())
        if word:
            stand_in = next(trigger for trigger in lexicon.triggers if trigger.id == act.stand_in)
            return TriggerHit(stand_in, word.start(), word.end()), act
    return None


def by_state_force(code: EventCode | str) -> bool:
    """Whether the code (or an event's trigger id) is a state force's act on a crowd (`_state_force_code`)."""
    trigger_id = code if isinstance(code, str) else code.hit.trigger.id
    return trigger_id.endswith(STATE_FORCE)


def _state_force_code(hit: TriggerHit, act: ForceAct, sub_type: str, lexicon: EventLexicon) -> EventCode:
    """The force's act as the event: PLOVER codes what the force did to the crowd, the ACLED type
    stays the demonstration's, and the force stays first (no crowd-first order)."""
    marker = "" if act.tolled else f"{UNTOLLED}:"
    trigger = replace(hit.trigger, id=f"{hit.trigger.id}:{marker}{STATE_FORCE}")
    plover_type, plover_mode = act.plover
    return EventCode(
        plover_type, plover_mode, lexicon.acled_types.get(sub_type), sub_type, TriggerHit(trigger, hit.start, hit.end)
    )


ONE_SIDED = re.compile(r"ambush|storm", re.IGNORECASE)  # fighting words that say nothing of the other side
BARE_AMBUSH = re.compile(r"ambush", re.IGNORECASE)  # the one that is no exchange of fire beside a bomb
GUNFIRE = re.compile(r"gunfire|gunshots?|opened fire|shooting", re.IGNORECASE)
# A deed called terrorist right before its word ("Terrorist attacks in Paris", "the terror attack").
TERROR_BEFORE = re.compile(r"\bterror(?:ist)?\s+$", re.IGNORECASE)
TERRITORY_TRIGGERS = frozenset({"territory_regained", "territory_taken"})


# What a protest was about is no intervention in it: "demanded the release of people arrested",
# "in reaction to the arrest of"; nor is one denied: "no violence or arrests were reported",
# "the military refrained from any kind of intervention".
_MOTIVE = re.compile(
    r"\b(?:release|reaction|response|against(?! each other| one another)|over|protest(?:ing|ed)?|demand\w*"
    r"|denounc\w*|since|no|nobody|nor|without|refrain\w*)\b(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)


# … and for violence, what set the protest off: "in solidarity with two teachers assaulted",
# "demanding the removal of barricades", "abandoned clashes" ("after" stays out: "rocked by
# violence after protesters clashed with police").
_GRIEVANCE = re.compile(r"\b(?:solidarity|removal|abandon\w*|death|murder|killing)\b(?:\W+\w+){0,5}\W*$", re.IGNORECASE)


def intervention_in(text: str, lexicon: EventLexicon) -> re.Match[str] | None:
    """The first words that tell of the authorities stepping into a protest, not counting
    the ones that say what it was about."""
    return _unless_motive(text, lexicon.context["protest_intervention"], (_MOTIVE,))


def violence_in(text: str, lexicon: EventLexicon) -> re.Match[str] | None:
    """The first words that tell of protesters' violence, not counting the ones that say what
    the protest was about or what did not happen."""
    return _unless_motive(text, lexicon.context["protest_violence"], (_MOTIVE, _GRIEVANCE))


def _unless_motive(text: str, words: re.Pattern[str], motives: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    for match in words.finditer(text):
        window = max(0, match.start() - 60)
        if not any(motive.search(text, window, match.start()) for motive in motives):
            return match
    return None


def _gunfight(clash: TriggerHit | None, firearms: TriggerHit | None, text: str) -> bool:
    """Whether the sentence tells of an exchange of fire beside a bomb: a clash word that is not
    a bare ambush, or gunfire."""
    return (clash is not None and not BARE_AMBUSH.match(text, clash.start)) or (
        firearms is not None and GUNFIRE.match(text, firearms.start) is not None
    )


def _start(hit: TriggerHit) -> int:
    return hit.start


def _second_opinion(
    code: EventCode, text: str, lexicon: EventLexicon, classifier: SubTypeClassifier | None
) -> EventCode | None:
    """The rules' event, relabelled when the classifier is confident of another sub-type (its
    PLOVER type follows), dropped when it is confident the text is no ACLED event."""
    label = classifier.confident_label(text) if classifier is not None else None
    if label is None or label == code.acled_sub_event_type:
        return code
    if label == NO_EVENT:
        return None
    if label == "Armed clash" and code.acled_sub_event_type == "Attack" and not _armed_party_named(text, lexicon):
        return code  # "Kirkpatrick opened fire at the Christmas party": a battle needs an armed side
    if by_state_force(code):  # the force's act keeps its PLOVER type; the demonstration is relabelled
        return replace(code, acled_event_type=lexicon.acled_types.get(label), acled_sub_event_type=label)
    plover_type, plover_mode = PLOVER_OF_SUB_TYPE.get(label) or _plover_of_trigger(label, lexicon)
    return EventCode(plover_type, plover_mode, lexicon.acled_types.get(label), label, code.hit)


# Who fights a gang war, as ACLED writes it: "a CV member shot and killed a TCP member", "two
# armed suspects shot and killed a drug trafficker".
GANG_SIDES = re.compile(r"\b(?:armed|gang(?:s|sters?)?|cartels?|traffickers?|members?|criminals?)\b", re.IGNORECASE)


def _armed_told(text: str, lexicon: EventLexicon) -> bool:
    """Whether the text has an armed word (`context.armed`) besides the police as the reporter's
    source ("police said", "according to police", "police allege")."""
    return lexicon.context["armed"].search(POLICE_AS_SOURCE.sub("", text)) is not None


def _armed_party_named(text: str, lexicon: EventLexicon) -> bool:
    """Whether the text names an armed side (soldiers, police, gunmen, militants, rebels, gang
    members …); the police as the reporter's source ("police said") are none."""
    told = POLICE_AS_SOURCE.sub("", text)
    parties = (lexicon.participants["group"], lexicon.participants["military"], GANG_SIDES)
    return _armed_told(text, lexicon) or any(words.search(told) for words in parties)


def _plover_of_trigger(sub_type: str, lexicon: EventLexicon) -> tuple[str, str | None]:
    trigger = next(trigger for trigger in lexicon.triggers if trigger.acled == sub_type)
    return trigger.plover, trigger.mode


def _idle_aircraft(text: str, hit: TriggerHit, lexicon: EventLexicon) -> bool:
    """Warplanes, fighter jets or gunships named with nothing they did: bought, evaluated, counted."""
    aircraft = lexicon.context["aircraft"].fullmatch(text, hit.start, hit.end) is not None
    return aircraft and lexicon.context["aircraft_action"].search(text) is None


def _no_armed_group(text: str, hit: TriggerHit, lexicon: EventLexicon) -> bool:
    """A change to a group (a merger, recruiting, a relocation, a defection) that names no armed
    or political party: a firm's or a team's, not ACLED's. A curfew or a state of emergency is a
    state's measure and needs none."""
    if lexicon.context["state_measures"].fullmatch(text, hit.start, hit.end) is not None:
        return False
    parties = (lexicon.context["armed"], lexicon.participants["group"], lexicon.participants["military"])
    return not any(words.search(text) for words in parties)


def _code(hit: TriggerHit, sub_type: str | None, lexicon: EventLexicon) -> EventCode:
    plover_type, plover_mode = PLOVER_OF_SUB_TYPE.get(sub_type or "", (hit.trigger.plover, hit.trigger.mode))
    if sub_type == "Attack" and hit.trigger.mode:
        plover_mode = hit.trigger.mode
    event_type = lexicon.acled_types.get(sub_type) if sub_type else None
    return EventCode(plover_type, plover_mode, event_type, sub_type, hit)
