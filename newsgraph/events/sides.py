"""The sides of a violent event that decide its ACLED sub-type, read off the sentence around
the trigger: who the violence was done to (armed men: an Armed clash; civilians: an Attack),
and who took the ground (the government: it regains territory; anyone else: a non-state actor
overtakes it). The doer of the violence says nothing about the first: whoever kills is armed.
"""

from __future__ import annotations

import re

from newsgraph.events.lexicon import EventLexicon

_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_OBJECT_ENDS = re.compile(r"[.;:,]|\bby\b|\bwhile\b|\bwhen\b|\bafter\b", re.IGNORECASE)
_CLAUSE_STARTS = re.compile(r"[.;:]|,\s+(?:and|but|while)\b|\band\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\bby\s+", re.IGNORECASE)
_BY_RIGHT_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)
# What may stand between a modifier noun and its head: "Koglweogo chief", "police station interpreter"
_COMPOUND = re.compile(r"\s+(?:(?!(?:and|or|of|with|to|in|at|on|by|from)\s)[a-z]+\s+)?")
# A side word right after one of these is what the act was done to or among, not who did it:
# "a truck rammed into a crowd celebrating Bastille Day …, killing at least 80"
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:into|onto|on|at|against|toward|towards|among|through|upon|with)\s+(?:(?:a|an|the|their|its)\s+)?$",
    re.IGNORECASE,
)
PREPOSITION_REACH = 20  # characters before a side word where such a preposition is looked for
OBJECT_REACH = 100  # characters after a violent verb where its object is looked for
AGENT_REACH = 40  # characters after a passive verb where "by …" is looked for
AGENT_WORDS = 60  # characters after "by" where the agent's side word is looked for
DOER_REACH = 120  # characters before a verb where its doer is looked for
TERRITORY_SIDES = (("military", "Government regains territory"), ("group", "Non-state actor overtakes territory"))


def victims_of(text: str, start: int, end: int, lexicon: EventLexicon) -> str | None:
    """Whether the violence of the verb at `start:end` was done to armed men ("armed") or to
    civilians ("civilians"), read off its object ("killed a volunteer fighter", "attacked the
    village of …") or, in the passive, its subject ("a suspected thief … was shot dead by
    gendarmes"); None when neither says. The earliest word of either kind wins, unless a person
    word follows it as the head of the same noun phrase ("the Koglweogo chief" is a civilian,
    "local policemen" are armed)."""
    passive = _PASSIVE_BEFORE.search(text, 0, start)
    if passive is not None:
        starts = [match.end() for match in _CLAUSE_STARTS.finditer(text, 0, passive.start())]
        span = (starts[-1] if starts else 0, passive.start())
    else:
        stop = _OBJECT_ENDS.search(text, end, end + OBJECT_REACH)
        span = (end, stop.start() if stop else min(len(text), end + OBJECT_REACH))
    found = sorted(
        (match.start(), match.end(), kind)
        for kind in ("armed", "civilians", "civilian_places")
        for match in lexicon.context[kind].finditer(text, *span)
    )
    if not found:
        return None
    _start, end, kind = found[0]
    # "the Koglweogo chief", "a police interpreter", "local policemen": the person the last noun
    # names ("an army vehicle" stays armed: a place or a thing is no head)
    head = next((later for later in found[1:] if _COMPOUND.fullmatch(text, end, later[0])), None)
    if head is not None and head[2] != "civilian_places":
        kind = head[2]
    return "civilians" if kind == "civilian_places" else kind


def crowd_did_it(text: str, start: int, end: int, lexicon: EventLexicon) -> bool:
    """Whether the violence of the verb at `start:end` was done by a crowd that is no armed
    organisation ("villagers killed a thief", "were beaten up by Tialgo people"), not an armed one."""
    sides = (("armed", lexicon.context["armed"]), ("crowd", lexicon.context["crowd_doers"]))
    return _doer(text, start, end, sides, within_clause=True) == "crowd"


def territory_taker(text: str, start: int, end: int, lexicon: EventLexicon) -> str | None:
    """The territory sub-type by who took the ground: "rebels recaptured a village" is a
    non-state actor overtaking territory, "the army captured a neighbourhood" the government
    regaining it; None when the sentence names neither side."""
    sides = tuple((sub_type, lexicon.participants[kind]) for kind, sub_type in TERRITORY_SIDES)
    return _doer(text, start, end, sides, within_clause=False)


def _doer(
    text: str, start: int, end: int, sides: tuple[tuple[str, re.Pattern[str]], ...], *, within_clause: bool
) -> str | None:
    """Which side did what the verb at `start:end` says: the first side word after "by" in the
    passive (also a reduced one: "a vigil for Kimani Gray, 16, killed by police"), else the
    nearest before the verb (in its own clause when `within_clause`)."""
    if _PASSIVE_BEFORE.search(text, 0, start) is not None or _BY_RIGHT_AFTER.match(text, end):
        agent = _BY_AGENT.search(text, end, end + AGENT_REACH)
        if agent is None:
            return None
        span, nearest = (agent.end(), min(len(text), agent.end() + AGENT_WORDS)), min
    else:
        floor = max(0, start - DOER_REACH)
        if within_clause:
            floor = max([floor, *(match.end() for match in _CLAUSE_STARTS.finditer(text, 0, start))])
        span, nearest = (floor, start), max
    found = [
        (match.start(), side)
        for side, pattern in sides
        for match in pattern.finditer(text, *span)
        if not _OBJECT_OF_PREPOSITION.search(text, max(0, match.start() - PREPOSITION_REACH), match.start())
    ]
    return nearest(found)[1] if found else None
