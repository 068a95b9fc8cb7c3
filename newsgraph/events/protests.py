"""What the sentence after a protest says happened to it.

News and ACLED notes split one demonstration over two sentences: "Workers held a sit-in. Police
dispersed the protesters with tear gas." ACLED codes that as one event, a "Protest with
intervention"; coded sentence by sentence it was a "Peaceful protest" plus a second protest
event. The follow-up's wording (the same context words the coder reads inside a sentence)
escalates the protest told just before it, and its own protest or arrest codes are that same
event, not new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.events.coder import PLOVER_OF_SUB_TYPE, EventCode, by_state_force, intervention_in, violence_in
from newsgraph.events.lexicon import EventLexicon

# The coder's own precedence inside a sentence, most severe first.
ESCALATIONS = (
    ("protest_excessive", "Excessive force against protesters"),
    ("protest_violence", "Violent demonstration"),
    ("protest_intervention", "Protest with intervention"),
)
SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Violent demonstration": 2,
    "Excessive force against protesters": 3,
}
ESCALATED_TYPES = frozenset({"Protests", "Riots"})
ABSORBED_SUB_TYPES = frozenset({"Arrests"})
# Sub-types that kill no one by definition: protesters killed make it excessive force.
BLOODLESS_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention"})


@dataclass(frozen=True, slots=True)
class Escalation:
    sub_type: str
    start: int  # offsets into the follow-up sentence: the words that say it
    end: int


def escalation(text: str, lexicon: EventLexicon) -> Escalation | None:
    """The protest sub-type a follow-up sentence's wording implies, with the words behind it."""
    for context_name, sub_type in ESCALATIONS:
        if context_name == "protest_intervention":
            match = intervention_in(text, lexicon)
        elif context_name == "protest_violence":
            match = violence_in(text, lexicon)
        else:
            match = lexicon.context[context_name].search(text)
        if match is not None:
            return Escalation(sub_type, match.start(), match.end())
    return None


def escalates(current: str | None, found: Escalation) -> bool:
    """Whether `found` is more severe than the protest's current sub-type (never a mob's)."""
    return current in SEVERITY and SEVERITY[found.sub_type] > SEVERITY[current]


def plover_of(sub_type: str) -> tuple[str, str | None]:
    """The PLOVER type and mode an escalated protest takes (a violent one is a riot)."""
    return PLOVER_OF_SUB_TYPE[sub_type]


# "the demonstrators", "these protesters": the crowd of the protest just told, not a new one
_CROWD_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CROWD_NOUN = re.compile(r"(?:protest|demonstrat|strik|march|rall)\w*(?:ers|ors|ants)", re.IGNORECASE)


def same_crowd(code: EventCode, text: str) -> bool:
    """A follow-up's protest code whose trigger is the crowd told just before, named again."""
    return (
        code.acled_event_type in ESCALATED_TYPES
        and _CROWD_NOUN.fullmatch(text, code.hit.start, code.hit.end) is not None
        and _CROWD_AGAIN.search(text, 0, code.hit.start) is not None
    )


def same_protest(code: EventCode) -> bool:
    """A follow-up's code that is the protest before it again: the dispersal, the arrests."""
    return code.acled_event_type in ESCALATED_TYPES or code.acled_sub_event_type in ABSORBED_SUB_TYPES


def after_escalation(code: EventCode) -> EventCode | None:
    """What is left of a follow-up's code once the protest just told has taken what the sentence
    says happened to it (ACLED's one event): a state force's fire or beating stays a PLOVER act
    with no ACLED type, and so do violent words the classifier took for the protest itself
    ("Police lathi-charged them", "Police fired tear gas to disperse them": Protest with
    intervention), whose doer decides later whether they are an event; the dispersal and the
    arrests told again are nothing more; any other code is kept as it is."""
    if by_state_force(code):
        return replace(code, acled_event_type=None, acled_sub_event_type=None)
    if not same_protest(code):
        return code
    if code.hit.trigger.family == "violence":
        return EventCode(code.hit.trigger.plover, code.hit.trigger.mode, None, None, code.hit)
    return None
