"""Killed and injured counts from a sentence, following ACLED's conservative conventions.

- A number counts toward the dead when it is the subject of a death phrase ("12 militants were
  killed", "two soldiers died", "3 dead") or the object of a killing verb ("killing 4
  civilians", "left 5 dead"); likewise for the injured. Numbers joined by "and" in one subject
  add up ("2 soldiers and 3 civilians were killed" → 5).
- Sub-counts are not added again: "12 militants including 2 commanders" → 12; nor is a stated
  whole toll ("The death toll rose to 7", "There were 18 fatalities", "The victim died"): it
  replaces the counts before it when larger (`Count.whole`).
- "At least 4" → 4 with a minimum of 4; "between 10 and 15" → 10, range 10–15; vague amounts
  follow `newsgraph.nlp.numbers.VAGUE_QUANTITIES` ("dozens" → 12, "hundreds" → 100).
- "No one was killed", "no casualties" → 0. A death the text does not count stays unknown
  (None), except a singular victim ("a civilian was killed" → 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.events.casualty_patterns import (
    ACTIVE_OBJECT,
    ANAPHORIC_DEATH,
    APPOSITION,
    BE_WORD,
    CLAUSE_END,
    CONJOINED,
    HYPHEN_LOW,
    INCLUDED_LIST,
    INCLUDES,
    LISTED_BEFORE,
    MONTH_BEFORE,
    NAMED_APPOSITION,
    NEGATED,
    NONE,
    NUMBER,
    ONE_BEFORE_OTHERS,
    ONE_CONJOINED,
    OTHERS,
    PARENTHESES,
    PATTERNS,
    RANGE,
    SENTENCE_END,
    SINGULAR,
    SUBCOUNT,
    TOTAL_STATED,
)
from newsgraph.nlp.numbers import parse_number


@dataclass(frozen=True, slots=True)
class Count:
    value: int | None
    minimum: int | None = None
    maximum: int | None = None
    evidence: str | None = None
    # the whole toll as stated ("the death toll rose to 7"), not one group's: it replaces the
    # counts before it when larger and adds nothing to them
    whole: bool = False


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: Count
    injured: Count


def extract_casualties(text: str) -> Casualties:
    """The dead and injured a passage reports: counted per sentence, added across sentences
    ("2 policemen were killed … Officials said 6 militants were also killed" → 8). Parenthesised
    alternatives ("2 policemen (7 according to Taliban sources)") are left out. Only what the
    text reports counts: an analyst's note of how a toll was coded is not news and is not read."""
    plain = INCLUDED_LIST.sub("", NAMED_APPOSITION.sub(r"\1", APPOSITION.sub("", PARENTHESES.sub(" ", text))))
    return Casualties(killed=_sum(plain, "killed"), injured=_sum(plain, "injured"))


# A count over a war, a year or a long span is a running total, no one event's toll: "a war
# that has killed 100,000 since 2011", "Hizbollah, which has lost over 6,000 dead", "killed
# this year", "over the past three years".
_RUNNING_TOTAL = re.compile(
    r"\b(?:since (?:the )?(?:(?:19|20)\d\d|start|beginning|outbreak|war|conflict|invasion|insurgency|uprising)"
    r"|(?:this|last|a) year|over the (?:past|last) (?:\w+ )?(?:years|months|decades?)"
    r"|in (?:the|a|this) (?:war|conflict)|during the (?:war|conflict|insurgency)"
    r"|(?:has|have|had) lost (?:over |more than |about |some |nearly )?\d)",
    re.IGNORECASE,
)


def _sum(text: str, what: str) -> Count:
    """Each clause's count added to the others', except that a clause stating the whole toll
    ("The death toll rose to 7", "There were 18 fatalities") is the sum's floor, not a part of it."""
    parts: list[Count] = []
    totals: list[Count] = []
    for sentence in SENTENCE_END.split(text):
        for clause in CLAUSE_END.split(sentence):
            if not clause.strip() or _RUNNING_TOTAL.search(clause):
                continue
            count = _count(clause, what)
            if count.value is not None:
                (totals if count.whole or TOTAL_STATED[what].search(clause) else parts).append(count)
    added = _added(parts)
    largest_total = max(totals, key=lambda count: count.value or 0, default=None)
    if largest_total is None or (added is not None and (added.value or 0) > (largest_total.value or 0)):
        return added or Count(None)
    return replace(largest_total, whole=True)


def _added(known: list[Count]) -> Count | None:
    if not known:
        return None
    if len(known) == 1:
        return known[0]
    total = sum(count.value or 0 for count in known)
    minimum = total if any(count.minimum is not None for count in known) else None
    return Count(total, minimum=minimum, evidence=" … ".join(count.evidence or "" for count in known))


def _count(text: str, what: str) -> Count:
    best: Count | None = None
    other = _INJURY_WORDS if what == "killed" else _DEATH_WORDS
    for pattern in PATTERNS[what]:
        for match in _overlapping(pattern, text):
            if INSIDE_A_NUMBER.search(text, 0, match.start("number")):
                continue  # "005" of "2005": the tail of another number
            if SUBCOUNT.search(text[: match.start("number")]) or NEGATED.search(text[: match.start("number")]):
                continue  # "… including 2 commanders were killed": already counted; "no one was killed"
            if other.search(text[match.end("number") : match.end()]):
                continue  # "30 injured and 1 killed": 30 is not a death count
            if _OBJECT_OF[what].search(text, 0, match.start("number")) and not _STATED[what].match(
                text, match.end("number")
            ):
                continue  # "the death of one Dozo and three … and a dozen wounded": the dead are no injured
            if (
                pattern is PATTERNS[what][0]
                and ACTIVE_OBJECT.match(text, match.end())
                and not BE_WORD.search(match.group(0))
            ):
                continue  # "Two gunmen aboard a motorbike shot dead a man": the counted are the doers
            if what == "injured" and _OF_THE_HURT.match(text, match.end("number")):
                continue  # "one of the wounded succumbed": a death among the wounded already counted
            if _NOT_PEOPLE.match(text, match.end("number")):
                continue  # "an IED killed several sheep"
            if MONTH_BEFORE.search(text, 0, match.start("number")) or _long_ago(text, match.end()):
                continue  # "…, who was assassinated in 1987": a past death the event is about
            if _not_this_toll(text, match.start(), match.end()):
                continue  # "accused of murdering two", "deaths due to flooding", "after the attack that killed"
            found = _value_of(text, match)
            if found is not None and (best is None or (found.value or 0) > (best.value or 0)):
                best = found
    if best is not None:
        return best
    if NONE[what].search(text):
        return Count(0, evidence=NONE[what].search(text).group(0))  # type: ignore[union-attr]
    singular = SINGULAR[what].search(text)
    if singular and (
        _NOT_PEOPLE.match(text, singular.end())
        or _EXECUTED_THING.match(text, singular.end())
        or _long_ago(text, singular.end())
        or _not_this_toll(text, singular.start(), singular.end())
        or _NOT_DONE_BEFORE.search(singular.group(0).rsplit(None, 1)[0] + " ") is not None
    ):
        singular = None  # "an IED killed several sheep"; "who was killed in 1998"; "a bomb that could have killed"
    if singular:
        passive = _ENDS_IN_PARTICIPLE.search(singular.group(0)) is not None  # "a man and his son were killed"
        # "a girl and a gendarme who later died": the relative clause is the gendarme's alone
        joined = passive and not _RELATIVE.search(singular.group(0))
        victims = 1 + (
            _companions(singular.group(0)) if joined else 0 if passive else _more_objects(text, singular.end())
        )
        told_before = ANAPHORIC_DEATH.match(singular.group(0)) is not None
        return Count(victims, minimum=victims, evidence=singular.group(0), whole=told_before)
    return Count(None)


# Objects of a killing verb that are no one: "an IED killed several sheep", "neutralised two IEDs".
_NOT_PEOPLE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:sheep|goats?|cattle|cows?|camels?|donkeys?|horses?|animals|livestock|heads of"
    r"|ieds?|explosives?|(?:explosive )?devices?|(?:land)?mines?|bombs?|rockets?"
    r"|times|rounds|bullets|shots)\b"  # "a man was shot nine times and killed": shots, not victims
    r"(?!\s+(?:traders?|herders?|owners?|breeders?|merchants?|dealers?|keepers?))",  # "livestock traders" are people
    re.IGNORECASE,
)
# What one executes that is no one: "executed a coup", "executed a search warrant".
_EXECUTED_THING = re.compile(r"(?:[\w-]+\s+)?(?:coup|plan|order|operation|raid|search|warrant|project)\b", re.I)
# A death dated to another time right after it is background to the event: "that killed four
# students last month"; a bare year only in a relative clause ("Zongo, who was killed in 1998"),
# since "militants killed 3 civilians in 2021" may be the event itself.
_LONG_AGO = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:last\s+(?:week|month|year)|(?:weeks|months|years)\s+(?:ago|later)|earlier(?=\s*[,.;]|\s*$)"
    r"|earlier\s+(?:this|in\s+the)\s+(?:month|year))",
    re.IGNORECASE,
)
_IN_A_YEAR = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+in\s+(?:(?:19|20)\d\d|\d{1,2}/\d{2})\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whose)\b[^,.;]{0,60}$", re.IGNORECASE)


# Deaths that are no toll of political violence: "died of exhaustion", "deaths due to flooding"
# (not "in cold blood" nor "in the heat of the fighting": neither word is a cause here).
_NOT_VIOLENT_CAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:of|from|due to|in|by)\s+(?:the\s+|an?\s+)?(?:exhaustion|illness|disease|hunger"
    r"|starvation|thirst|natural causes|flood(?:s|ing)?|drowning|heatstroke|covid(?:-19)?|coronavirus"
    r"|cholera|malaria|ebola|heart attack|(?:road |car |traffic )?accidents?|lightning|landslides?|earthquakes?)\b",
    re.IGNORECASE,
)
# A killing someone is accused of, or the earlier attack a new event follows, is not this toll:
# "lynched a prisoner accused of murdering two moneychangers", "following the attack that killed
# two policemen".
_ACCUSED_BEFORE = re.compile(
    r"\b(?:accused|suspected|charged|convicted|guilty|jailed|sentenced|wanted|blamed)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:of|with|for)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_EARLIER_ATTACK_BEFORE = re.compile(
    r"\b(?:after|following|since|in (?:response|retaliation) (?:to|for)|to protest|protesting|denouncing)\s+"
    r"(?:the|an?|last|a recent|the recent|a previous|the previous)\s+[^,.;]{0,40}?\b(?:that|which)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


# A killing that did not happen: "nearly lynched a priest", "tried to kill the mayor", "a bomb
# that could have killed hundreds", "enough explosives to kill dozens" ("may have killed" is an
# estimate of what happened, and stays).
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:nearly|almost|narrowly|attempt(?:ed|ing)? to|tr(?:ied|ying) to|failed to|threatened to|planned to"
    r"|sought to|plotting to|plotted to|(?:could|would|might)(?:\s+not)?(?:\s+(?:easily|well))?(?:\s+have)?"
    r"|enough\s+(?:[\w-]+\s+){0,2}?to|capable of|designed to|intended to|meant to)\s+$",
    re.IGNORECASE,
)


def _not_this_toll(text: str, start: int, end: int) -> bool:
    """Whether the death phrase at `start`–`end` is one the event's toll leaves out: a natural or
    accidental death, a killing someone is accused of or that did not happen, or an earlier
    attack's dead."""
    return (
        _NOT_VIOLENT_CAUSE.match(text, end) is not None
        or _NOT_DONE_BEFORE.search(text, 0, start) is not None
        or _ACCUSED_BEFORE.search(text, 0, start) is not None
        or _EARLIER_ATTACK_BEFORE.search(text, 0, start) is not None
    )


def _long_ago(text: str, end: int) -> bool:
    """Whether the death phrase ending at `end` is dated to another time than the event."""
    if _LONG_AGO.match(text, end):
        return True
    return _IN_A_YEAR.match(text, end) is not None and _RELATIVE_BEFORE.search(text, 0, end) is not None


_OF_THE_HURT = re.compile(r"\s+of\s+the\s+(?:wounded|injured)\b", re.IGNORECASE)
_INJURY_WORDS = re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt|injuries)\b", re.IGNORECASE)
_DEATH_WORDS = re.compile(
    r"\b(?:killed|killing|dead|died|deaths?|fatalities|slain|fatally (?:shot|stabbed))\b", re.IGNORECASE
)
# A number right after the other kind's verb or noun, or joined by "and" to one there, is that kind's count.
_JOINED_COUNT = r"(?:(?:" + NUMBER + r")\s+(?:[\w'’-]+\s+){0,2}?and\s+)?$"
_OBJECT_OF = {
    "killed": re.compile(r"\b(?:wounding|injuring|wounded|injured|injuries)\s+(?:of\s+)?" + _JOINED_COUNT, re.I),
    "injured": re.compile(
        r"\b(?:death|deaths|killing|killed|dead|fatally (?:shot|stabbed))\s+(?:of\s+)?" + _JOINED_COUNT, re.I
    ),
}
# … unless the count says itself what it counts: "killing 2 and 5 wounded".
_STATED = {
    "killed": re.compile(r"\s+(?:others?\s+|people\s+)?(?:killed|dead)\b", re.IGNORECASE),
    "injured": re.compile(r"\s+(?:others?\s+|people\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE),
}
_LEAD_IN = 25  # characters before a conjoined count that may say what it counts ("killing three … and")


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, including ones that start inside an earlier match."""
    matches, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        matches.append(match)
        position = match.start("number") + 1 if "number" in pattern.groupindex else match.end()
    return matches


# A number read as the hour it is: "5 p.m.", "10am", "9 o'clock", "11:30".
CLOCK_TIME = re.compile(r"\s*(?:[ap]\.?m\b\.?|o'clock\b|:\d\d\b)", re.IGNORECASE)
_ANY_NUMBER = re.compile(r"\b(?P<number>" + NUMBER + r")\b", re.IGNORECASE)


# More victims joined to a counted one: "and 5 volunteer fighters", "and his son", "and a farmer".
_KIN = r"(?:son|sons|daughter|wife|husband|brother|sister|father|mother|nephew|cousin|uncle|driver|bodyguard)"
_COMPANION = re.compile(
    r",?\s+(?:and|as well as|in addition to|along with|together with)\s+"
    r"(?:(?:at least|more than|some|about|around|nearly)\s+)?"
    r"(?:(?P<number>" + NUMBER + r")|(?:a|an|another|his|her|their)(?:\s+(?P<owned>" + NUMBER + r"))?"
    r"|the(?=\s+" + _KIN + r"\b))"
    r"\s+[\w'’-]",
    re.IGNORECASE,
)
_LISTED_COUNT = re.compile(
    r",\s+(?:(?P<number>" + NUMBER + r")\s+(?!of\b|and\b)|(?:his|her|their|another)\s+(?!" + NUMBER + r"\b))[\w'’-]",
    re.IGNORECASE,
)
# Where the list of a killing verb's objects ends: "killing 2 soldiers and 5 fighters, and wounding 4".
_OBJECTS_END = re.compile(
    r"[.;:()\[\]]|\b(?:including|among|of whom|wound\w*|injur\w*|were|was|who|which|while|after|before|during"
    r"|when|in(?!\s+addition\s+to)|at(?!\s+least)|near|on|according|reportedly|said)\b"
    r"|,?\s+and\s+(?!(?:a|an|his|her|their|the|" + NUMBER + r")\b)[a-z]+(?:ed|ing)\b",  # "…, and seized two motorbikes"
    re.IGNORECASE,
)
# More victims after the place of the first ones: "executed four men in Inata and five others at the mine".
_AND_OTHERS = re.compile(
    r"[^.;:,]{0,80}?\band\s+(?P<number>"
    + NUMBER
    + r")\s+others\b(?!\s+(?:were|was)\s+(?:\w+\s+)?(?:wounded|injured|hurt))",
    re.IGNORECASE,
)
_ENDS_IN_PARTICIPLE = re.compile(r"(?:killed|dead|died|slain|murdered|assassinated|wounded|injured|hurt)\W*$", re.I)
_NEW_CLAUSE = re.compile(r"were|was", re.IGNORECASE)
_RELATIVE = re.compile(r"\bwho\b", re.IGNORECASE)


def _companions(span: str, *, bare_numbers: bool = True) -> int:
    """Victims joined by 'and' within `span`: a number counts as itself, an article or a
    possessive ('and his son') as one ('and his 2 bodyguards' as two); with `bare_numbers`, a
    count after a comma too ('killing one soldier, six militiamen, and …')."""
    extra = 0
    if bare_numbers:
        for listed in _LISTED_COUNT.finditer(span):
            value = parse_number(listed.group("number")) if listed.group("number") else 1  # ", his son"
            extra += int(value) if value is not None else 0
    for found in _COMPANION.finditer(span):
        if found.group("number") is not None and not bare_numbers:
            continue
        number = found.group("number") or found.group("owned")
        value = parse_number(number) if number else 1
        extra += int(value) if value is not None else 0
    return extra


def _more_objects(text: str, end: int) -> int:
    """'killing two soldiers and five volunteer fighters': the objects after the first count
    (which ends at `end`), up to where the verb's object list ends. A last 'and …' that is the
    subject of what follows ('killed 2 civilians and a soldier was wounded') is not one."""
    rest = text[end:]
    stop = _OBJECTS_END.search(rest)
    objects = rest[: stop.start() if stop else len(rest)]
    last = max([*_COMPANION.finditer(objects), *_LISTED_COUNT.finditer(objects)], key=lambda m: m.start(), default=None)
    if stop is not None and last is not None:
        tail = objects[last.start() :]
        # "…, two shops were torched", "… and a dozen wounded": the last count is another's
        subject = _NEW_CLAUSE.match(stop.group(0)) and len(tail.split()) <= 5
        injured = _INJURY_WORDS.match(stop.group(0)) and "," not in tail and len(tail.split()) <= 4
        if subject or injured:
            objects = objects[: last.start()]
    extra = _companions(objects)
    if stop is not None and (others := _AND_OTHERS.match(rest, stop.start())) is not None:
        value = parse_number(others.group("number"))  # "executed four men in Inata and five others at …"
        extra += int(value) if value is not None else 0
    return extra


def _more_in_subject(text: str, match: re.Match[str]) -> int:
    """'Thirteen soldiers and one gendarme were killed': counts joined by 'and' after the first;
    'a Taliban commander and his guard were killed': a companion counts one."""
    tail = text[match.end("number") : match.end()]
    extra = 0 if INCLUDES.search(tail) else _companions(tail, bare_numbers=False)
    for found in _ANY_NUMBER.finditer(tail):
        before = tail[: found.start()]
        if before.rstrip().lower().endswith("and") and not SUBCOUNT.search(before.rsplit(" and", 1)[0] + " "):
            if INCLUDES.search(before):
                continue
            value = parse_number(found.group("number"))
            extra += int(value) if value is not None else 0
    return extra


def _listed_before(text: str, end: int) -> int:
    """The counts of a comma list ending at `end`: "Three militants, five fighters, and …"."""
    extra = 0
    while (listed := LISTED_BEFORE.search(text, 0, end)) is not None:
        value = parse_number(listed.group("number"))
        extra += int(value) if value is not None else 0
        end = listed.start()
    return extra


# What ends just before a number's tail: a digit, or a digit and its separator ("2,005", "1.5"),
# or a letter: the number is part of a name ("a distributor at Media24 was shot").
INSIDE_A_NUMBER = re.compile(r"(?:\d[,.]?|[^\W\d_])$")
# Four digits with no thousands separator that could be a year: news and ACLED notes write a toll
# of that size "2,005".
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# An age written after a number: "15-year-old", "15 years old", "a 40-year old".
AGE_AFTER = re.compile(r"[\s-]*(?:years?|yr)[\s-]*old\b", re.IGNORECASE)


def _value_of(text: str, match: re.Match[str]) -> Count | None:
    number = match.group("number")
    if CLOCK_TIME.match(text, match.end("number")):
        return None  # "was killed around 5 p.m. Wednesday": the hour, not a toll
    if YEAR_LIKE.fullmatch(number):
        return None  # "June 24, 2005 Deputy Jerry Ortiz was shot and killed": a year (a toll is "2,005")
    if AGE_AFTER.match(text, match.end("number")):
        return None  # "the death of 15-year-old Alexandros Grigoropoulos": an age, not a toll
    value = parse_number(number)
    if value is None:
        return None
    low = high = int(value)
    window_start = max(0, match.start() - 60)
    ranged = None
    number_at = match.start("number") - window_start
    for candidate in RANGE.finditer(text[window_start : match.end() + 40]):
        if candidate.start() <= number_at < candidate.end():  # the range this count opens or closes
            ranged = candidate
    if ranged is not None:
        low_value, high_value = parse_number(ranged.group("low")), parse_number(ranged.group("high"))
        if low_value is not None and high_value is not None:
            low, high = int(low_value), int(high_value)
    spread = 0  # "5-7 policemen": a hyphenated range counts its low end, its companions still add
    hyphen = HYPHEN_LOW.search(text, 0, match.start("number")) if ranged is None else None
    if hyphen is not None and int(hyphen.group("low")) < low:
        spread, low = low - int(hyphen.group("low")), int(hyphen.group("low"))
    total = low
    objects = match.end() == match.end("number")  # "killing 2 soldiers …", not "2 soldiers were killed"
    if ranged is None:
        total += _more_objects(text, match.end()) if objects else _more_in_subject(text, match)
    # a count joined to the subject: "2 soldiers and 3 civilians were killed", not "two men opened
    # fire and killed three", whose "two" are the killers
    conjoined = None if ranged is not None or objects else CONJOINED.search(text[: match.start()])
    other = _INJURY_WORDS if _DEATH_WORDS.search(match.group(0)) else _DEATH_WORDS
    lead_in = text[max(0, conjoined.start() - _LEAD_IN) : conjoined.end()] if conjoined else ""
    if conjoined and (SUBCOUNT.search(text[: conjoined.start()]) or other.search(lead_in)):
        conjoined = None  # "30 injured and 1 killed", "killing three and injuring 12": not the same toll
    if conjoined:  # "2 soldiers and 3 civilians were killed"
        earlier = parse_number(conjoined.group("low") or conjoined.group("number"))
        if earlier is not None:
            total += int(earlier) + _listed_before(text, conjoined.start())
    elif ranged is None and not objects and (one := ONE_CONJOINED.search(text, 0, match.start())) is not None:
        total += 0 if other.search(one.group(0)) else 1  # "one man killed and a dozen injured": not one more hurt
    elif ranged is None and not objects and OTHERS.match(text, match.end("number")):
        named = ONE_BEFORE_OTHERS.search(text, 0, match.start())  # "Norbert Zongo … and three others"
        total += 1 if named and not other.search(text, max(0, named.start() - _LEAD_IN), match.start()) else 0
    qualifier = (match.groupdict().get("qualifier") or "").lower()
    minimum = total if qualifier in ("at least", "more than", "over") or ranged or spread else None
    maximum = high if ranged is not None else total + spread if spread else None
    return Count(total, minimum=minimum, maximum=maximum, evidence=match.group(0))
