"""Who did it and to whom, from the words of one sentence (no parser: word order and cues).

Candidates are the actors the NLP stage found in the sentence plus unnamed participants
("gunmen", "Afghan forces", "civilians"). Active voice puts the doer before the trigger and the
target after it ("Russia struck Kyiv"); an agent after "by" is the doer in passive and nominal
wording ("were killed by gunmen", "attacks by Russia"). Victims (civilians, protesters) are not
taken as the doer when anyone else is available.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.events.coder import REFERRED_ACT
from newsgraph.events.lexicon import EventLexicon
from newsgraph.events.records import EventActor, Span
from newsgraph.geo.gazetteer import gazetteer
from newsgraph.nlp.actors import MUNICIPAL_OFFICES
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.records import ActorKind, ArticleAnalysis

# "were killed by gunmen", "arrested by the railway police"; not "killed according to the claim
# by IS", whose "by" names a source
AGENT_CUE = re.compile(
    r"^(?![^.;:]*\b(?:according|claim\w*|report\w*|statement)\b)[^.;:]{0,40}?\bby\s+"
    r"(?:the\s+|a\s+|an\s+)?(?-i:(?!(?:of|at|in|on|for|from|with|to|and)\b)[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
# A passive verb of its own before the "by" ("six were injured in police firing, 12 were killed
# by the rioters"): the agent is that verb's, not the trigger's.
ANOTHER_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+by\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)
# "killed in police firing", "died in an Israeli air strike", "deaths due to police action": the
# force whose act caused the harm, named before that act's noun, is who did it.
CAUSE_CUE = re.compile(
    r"^[^.;:]{0,30}?\b(?:in|during|due to|owing to|following|after)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
CAUSE_ACT = re.compile(
    r"^\s+(?:firing|fire|shooting|gunfire|action|lathi[- ]?charge|baton[- ]charge|crackdown|raids?|operations?"
    r"|encounters?|crossfire|custody|beating|air ?strikes?|shelling|bombing|strikes?)\b",
    re.IGNORECASE,
)
TARGET_CUE = re.compile(r"\b(?:on|against|at|targeting|with|into|to)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
VICTIM_KINDS = frozenset({"civilians", "civilian_targets", "protesters"})
NAMED_GROUP_KINDS = frozenset({ActorKind.ORGANISATION.value, ActorKind.GROUP.value, ActorKind.MILITARY.value})
NOT_ACTORS = frozenset({ActorKind.PLACE.value})
# The capitalised words right before an unnamed participant: its nationality is among them
# ("Afghan forces", "French Operation Barkhane forces").
CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3})$")
# "were killed", "was reportedly shot": the subject before the verb suffered the act
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|got)\s+(?:(?:\w+ly|also|later|all|then|allegedly)\s+)*$", re.IGNORECASE
)
# "Four JNIM fighters reportedly killed.": a participle right after its subject with no object
# after it is a reduced passive; what may follow it instead is the clause's end or an adjunct.
# Between the subject's name and the participle: its head noun ("JNIM fighters") and adverbs.
REDUCED_PASSIVE_BEFORE = re.compile(
    r"^\s*(?:(?!and\b|or\b)[a-z][a-z'’-]*(?<!ed)(?<!ing)\s+){0,2}(?:(?:\w+ly|also|later|all)\s+)*$"
)
NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\]]|$|(?:in|at|near|on|during|while|after|when|as|following|overnight)\b"
    r"|and\s+(?:(?:around|about|some|nearly|at least|over)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|others?|many|a dozen|dozens|a few)\b)",
    re.IGNORECASE,
)
# A party named as where an attack or a thrown or planted weapon was aimed, before the verb
# that tells the harm: "A petrol bomb hurled at an Athens branch of the Marfin Investment Bank
# killed three", "a car bomb outside the Interior Ministry killed 12": the target, not the doer.
AIMED_AT = re.compile(
    r"\b(?:hurled|thrown|tossed|lobbed|fired|launched|planted|aimed|directed|attacks?|assaults?|raids?"
    r"|(?:air|drone|missile)\s?strikes?|bombings?|explosions?|blasts?|bombs?|grenades?|shelling)"
    r"\s+(?:at|on|against|outside|near|into)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,5}$",
    re.IGNORECASE,
)
# A relative pronoun between a party and the trigger: the party is the subject of that clause.
RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)
# "Four Americans were killed in the 2012 attack on the consulate", "two soldiers wounded during
# an ambush", "she was gravely wounded five years ago this week in a shooting": who stands before
# the harm suffered the act named after it, never its doer. Only words of time may come between the
# harm and "in" ("police wounded two men in a raid": the men are between, the police did it).
HARMED_IN = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|hurt|kidnapped|abducted|taken hostage)\s+"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|few|this|last|that|ago|years?|months?"
    r"|weeks?|days?|earlier|yesterday|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+){0,5}"
    r"(?:in|during)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# Who investigates, condemns, reports, witnesses, discusses, recalls, hears or sees an act named after
# it, or names its victims, is no party to it: "police investigated the shooting", "the army condemned
# the bombing in Kabul", "two men were discussing the recent shooting", "Vancouver police identified
# the victim of the Friday night shooting", "also heard the blast". (Who claims it is its doer, as
# ACLED codes a claimed attack.)
RESPONDED_TO = re.compile(
    r"\b(?:investigat\w+|prob(?:e|es|ed|ing)|look(?:s|ed|ing)? into|condemn\w*|denounc\w+|deplor\w+"
    r"|decr(?:y|ied|ies|ying)|report(?:s|ed|ing)?|confirm(?:s|ed|ing)?|describ\w+|mourn\w*|witness\w*"
    r"|discuss\w*|debat\w+|talk(?:s|ed|ing)? (?:about|of)|recall\w*|remember\w*|mention\w*"
    r"|(?:heard|hears?|hearing|saw|sees?|seen|seeing|felt|feel|feels|watch(?:ed|es|ing)?)(?:\s+(?:also|only))?"
    r"|victims? of|survivors? of|casualt(?:y|ies) of|aftermath of|scene of)\s+"
    r"(?:the|a|an|this|that|these|those|its|their|his|her|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Words in quotation marks: a chant, a slogan or a quote ("Dozens chanted “NYPD, KKK, how many
# kids did you kill today” as they marched"). Its names are no party to an act told outside it.
QUOTED = re.compile(r"[“\"]([^“”\"]{1,400})[”\"]")
# Who is told something is its hearer, not a party to what it is told: "A source told the New
# York Daily News that the protest began", "officials told Reuters the militants attacked".
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|informed|informs)\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs whose bare participle after a subject reads as passive: "militants attacked at dawn" and
# "the two sides clashed" are active, "four soldiers killed" is not.
HARM_PARTICIPLE = re.compile(
    r"(?:killed|wounded|injured|shot(?: dead)?|executed|abducted|kidnapped|arrested|murdered|beheaded|slain"
    r"|lynched|assassinated|massacred|detained|captured|apprehended|nabbed|rounded up|taken into custody)$",
    re.IGNORECASE,
)
# What makes a name the recogniser took for a person a people or community: "Fulani herders",
# "members of the Gourmantche and Fulani communities", "Lobi militiamen".
COMMUNITY_AFTER = re.compile(
    r"\s+(?:and\s+[A-Z][\w'’-]+\s+)?(?:communit(?:y|ies)|herders?|pastoralists?|farmers?|militia(?:men)?|ethnic"
    r"|youths?|villagers|tribes(?:men)?|tribal|clans?)\b"
)
# "police sources said 14 bodies were recovered", "the police claimed that …": a speaker of what
# follows is its source, not its doer, unless it speaks of itself ("the army said it killed …").
SPEAKS = re.compile(
    r"^\s+(?:(?:sources?|officials?|officers?|spokes(?:man|woman|person)|authorities|control room)\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:said|say|says|claimed|claim|claims|told|added|stated|alleged|confirmed|reported)\b"
    r"(?P<rest>[^.;]*)$",
    re.IGNORECASE,
)
# A closing attribution after the act: ", Peavy said.", "…,” Schmidt said.", ", Kenyan police
# commander Japheth Koome said." The name (or a word of the sayer's title) tells the event; it is
# no party to it.
CLOSING_SAYER_BEFORE = re.compile(r"[,\u201d\"']\s*(?:[\w.'\u2019-]+\s+){0,4}$")
CLOSING_SAYER_AFTER = re.compile(
    r"(?:\s+[\w.'\u2019-]+){0,4}?\s+(?:(?:has|had|have)\s+)?"
    r"(?:said|says|told|added|stated|wrote|tweeted|confirmed|explained|noted"
    r"|(?<!was )(?<!were )(?<!been )(?<!are )(?<!is )reported|reports)\b",
    re.IGNORECASE,
)
OF_ITSELF = re.compile(r"^[\s,]*(?:that\s+)?(?:it|they|we|its|their|our)\b", re.IGNORECASE)
ACCORDING_TO = re.compile(
    r"\b(?:according to|as per|quoted|quoting|cited|citing)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE
)
JOINED = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$", re.IGNORECASE)
PLACE_LIKE = frozenset({ActorKind.COUNTRY.value})
GOVERNMENT_OF = re.compile(
    r"\b(?:government|authorities|administration|regime|cabinet|junta)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# A city's own office after its name's possessive ("London's Muslim mayor", "Paris's city council").
CITY_OFFICE_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:" + "|".join(sorted(MUNICIPAL_OFFICES)) + r")\b", re.IGNORECASE)
LOCATED = re.compile(
    r"\b(?:in|at|near|outside|around|inside|of|from|to|into|across|through|throughout|along|within|via"
    r"|southern|northern|eastern|western|central|downtown)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CITY_POPULATION = 100_000  # a town this big is what its name means before a noun (`_a_citys_own_name`)
# "the" before a name and a lower-case word after it: the name modifies a noun ("the Benghazi victims").
AFTER_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
BEFORE_A_NOUN = re.compile(r"\s+[a-z]+\b(?<!\band)(?<!\bor)")
# Where a town's name is the place of the act whatever the recogniser labelled it: "marched
# through downtown Philadelphia" (an organisation to it), "in the streets of Villablino" (a person).
TOWN_LOCATED = re.compile(
    r"\b(?:in|at|near|outside|inside|around|through|across)\s+(?:the\s+)?(?:streets\s+of\s+|downtown\s+)?$",
    re.IGNORECASE,
)


# "police-VHP clash", "army-rebel clashes", "Hamas–Israel fighting": the two sides named as one
# hyphenated word before the fight's noun; each side is a party, the first one first.
PAIRED_SIDES = re.compile(
    r"(?<![\w-])(?P<first>[^\W\d_]+)[-–](?P<second>[^\W\d_]+)\s+"
    r"(?:clash(?:es)?|encounters?|fighting|gun ?battles?|battles?|skirmish(?:es)?|firefights?|stand-?offs?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    actor: EventActor
    is_victim: bool
    is_adjective: bool = False  # "Russian" in "the former Russian president": weaker than a name


def sentence_candidates(
    analysis: ArticleAnalysis, sentence: int, start: int, text: str, lexicon: EventLexicon
) -> list[Candidate]:
    """Named and unnamed participants of one sentence, in text order (`text` starts at `start`)."""
    found: list[Candidate] = []
    for mention in analysis.mentions:
        if mention.sentence != sentence or mention.actor is None:
            continue
        local = analysis.actors[mention.actor]
        if local.kind.value in NOT_ACTORS:
            capital_of = country_registry().country_of_capital(mention.text)
            if capital_of is None or LOCATED.search(text[: mention.start - start]):
                continue
            if CITY_OFFICE_AFTER.match(text, mention.end - start):
                continue  # "London's mayor rebuffs Trump": the city's office acts, not the state
            local_name = f"Government of {country_registry().name_of(capital_of)}"  # "called on Beijing"
            found.append(
                Candidate(EventActor(local_name, "government", capital_of, Span(mention.start, mention.end)), False)
            )
            continue
        before = text[: mention.start - start]
        if local.kind.value in PLACE_LIKE and local.country and (office := GOVERNMENT_OF.search(before)):
            span = Span(start + office.start(), mention.end)  # "the government of Mali closed its borders"
            name = f"Government of {country_registry().name_of(local.country)}"
            found.append(Candidate(EventActor(name, "government", local.country, span, mention.actor), False))
            continue
        if local.kind.value in PLACE_LIKE and LOCATED.search(before):
            continue  # "in southern Ukraine" names a place, not a party
        if TOWN_LOCATED.search(before) and _a_towns_own_name(mention.text):
            continue  # "marched through downtown Philadelphia", though the recogniser saw a firm
        modifier = AFTER_THE.search(before) and BEFORE_A_NOUN.match(text, mention.end - start)
        if modifier and " " not in mention.text and _a_citys_own_name(mention.text):
            continue  # "the families of the Benghazi victims", "the Orlando victims": a city, no party
        if local.kind.value in ("person", "organisation") and qualifies_a_named_person(
            text, mention.end - start, roles=local.kind.value == "person"
        ):
            continue  # "Beck will endorse Trump rival Sen. Ted Cruz": Cruz is endorsed, not Trump
        kind = local.kind.value
        if kind in ("person", "organisation") and COMMUNITY_AFTER.match(text, mention.end - start):
            kind = "group"  # "the Gourmantche and Fulani communities", "Fulani herders": a communal group
        is_adjective = (mention.label == "NORP" or kind == "country") and _before_role(text, mention.end - start)
        if is_adjective and local.country is None:
            continue  # "London's Muslim mayor": a faith's adjective on an office names no party and no country
        found.append(
            Candidate(
                EventActor(local.name, kind, local.country, Span(mention.start, mention.end), mention.actor),
                is_victim=False,
                is_adjective=is_adjective,
            )
        )
    for kind, pattern in lexicon.participants.items():
        for match in pattern.finditer(text):
            span = Span(start + match.start(), start + match.end())
            if any(
                _overlaps(span, candidate.actor.span) or _names(candidate, span, text, start) for candidate in found
            ):
                continue
            adjective, country = _nationality(text[: match.start()])
            if kind == "civilian_targets":
                kind, name = "civilians", "Civilians"
            else:
                name = f"{adjective} {match.group(0)}" if adjective is not None and country else match.group(0)
            found.append(Candidate(EventActor(name, kind, country, span), is_victim=kind in VICTIM_KINDS))
    found += _paired_side_words(text, start, found, lexicon)
    return sorted(found, key=lambda candidate: candidate.actor.span.start)


def _a_towns_own_name(name: str, least_population: int = 0) -> bool:
    """Whether `name` is the own name (not an alias) of a town of at least that population."""
    return any(place.population >= least_population for place in gazetteer().own_named(name, "city"))


def _a_citys_own_name(name: str) -> bool:
    """A city big enough that a name it bears is its before a noun ("the Orlando victims"),
    not a person's or a firm's of that name ("the Clinton campaign": Clinton, Maryland is small)."""
    return _a_towns_own_name(name, CITY_POPULATION)


def _paired_side_words(text: str, start: int, found: list[Candidate], lexicon: EventLexicon) -> list[Candidate]:
    """The unnamed sides of a hyphenated pair ("police" and "protester" in "police-protester
    clashes"), which the participant patterns, bounded by hyphens, do not see; a named side
    ("VHP") is already among `found`."""
    added: list[Candidate] = []
    for match in PAIRED_SIDES.finditer(text):
        for group in ("first", "second"):
            span = Span(start + match.start(group), start + match.end(group))
            if any(_overlaps(span, candidate.actor.span) for candidate in found):
                continue
            word = match.group(group)
            kind = next(
                (
                    kind
                    for kind, pattern in lexicon.participants.items()
                    if kind != "civilian_targets" and (pattern.fullmatch(word) or pattern.fullmatch(word + "s"))
                ),
                None,
            )
            if kind is not None:
                added.append(Candidate(EventActor(word, kind, None, span), is_victim=kind in VICTIM_KINDS))
    return added


def _nationality(before: str) -> tuple[str | None, str | None]:
    """The demonym or country name among the capitalised words before a participant, and its
    country: the first that is one ("French Operation Barkhane forces" are French)."""
    run = CAPITALISED_BEFORE.search(before)
    if run is None:
        return None, None
    registry = country_registry()
    for word in run.group(1).split():
        country = registry.country_of_demonym(word) or registry.country_of_name(word)
        if country:
            return word, country
    return None, None


def _names(candidate: Candidate, span: Span, text: str, start: int) -> bool:
    """'Taliban militants', 'ISGS fighters': the named group right before an unnamed participant
    is who they are, not a second party."""
    named = candidate.actor.actor is not None and candidate.actor.kind in NAMED_GROUP_KINDS
    between = text[candidate.actor.span.end - start : span.start - start]
    return named and candidate.actor.span.end <= span.start and between.strip(" -") == ""


def assign_roles(
    candidates: list[Candidate], trigger: Span, sentence_text: str, sentence_start: int
) -> tuple[EventActor | None, EventActor | None]:
    """(actor1, actor2) for the event named at `trigger`, from the same clause where possible."""
    paired = _paired_sides(candidates, trigger, sentence_text, sentence_start)
    if paired is not None:
        return paired
    clause_start, clause_end = clause_around(sentence_text, trigger.start - sentence_start)
    quoted = _quoted_apart(sentence_text, trigger.start - sentence_start)
    in_clause = [
        candidate
        for candidate in candidates
        if clause_start <= candidate.actor.span.start - sentence_start < clause_end
        and not _overlaps(candidate.actor.span, trigger)
        and not TOLD_BEFORE.search(sentence_text, 0, candidate.actor.span.start - sentence_start)
        and not any(start <= candidate.actor.span.start - sentence_start < end for start, end in quoted)
    ]
    before = [
        candidate
        for candidate in in_clause
        if candidate.actor.span.end <= trigger.start
        and not _is_source(candidate, sentence_text[: trigger.start - sentence_start], sentence_start)
    ]
    after = [
        candidate
        for candidate in in_clause
        if candidate.actor.span.start >= trigger.end and not _closing_sayer(candidate, sentence_text, sentence_start)
    ]
    agent = next(
        (
            candidate
            for candidate in after
            if _named_as_doer(candidate, sentence_text[trigger.end - sentence_start :], trigger.end)
        ),
        None,
    )
    if agent is not None:
        qualifier, agent = agent, _named_whole(agent, after, sentence_text, sentence_start)
        target = _nearest_before(before) or next((c for c in after if c not in (agent, qualifier)), None)
        return agent.actor, target.actor if target else None
    if _passive(before, trigger, sentence_text, sentence_start):
        before_trigger = sentence_text[: trigger.start - sentence_start]
        sufferer = _nearest_before([c for c in before if not _speaks(c, before_trigger, sentence_start)])
        return None, sufferer.actor if sufferer else None
    referred = REFERRED_ACT.search(sentence_text, 0, trigger.start - sentence_start)
    if referred is not None:  # "escaped … after the attack on parliament": the escapers did not attack
        before = [c for c in before if c.actor.span.start - sentence_start >= referred.start()]
    responded = RESPONDED_TO.search(sentence_text, 0, trigger.start - sentence_start)
    if responded is not None:  # "police investigated the shooting": the police did not shoot
        before = [c for c in before if c.actor.span.start - sentence_start >= responded.start()]
    harmed = HARMED_IN.search(sentence_text, 0, trigger.start - sentence_start)
    sufferers = [] if harmed is None else [c for c in before if c.actor.span.start - sentence_start < harmed.start()]
    before = [c for c in before if c not in sufferers]  # "four Americans killed in the attack": they suffered it
    aimed_at = [
        c
        for c in before
        if AIMED_AT.search(sentence_text, 0, c.actor.span.start - sentence_start)
        and not RELATIVE.search(sentence_text, c.actor.span.end - sentence_start, trigger.start - sentence_start)
    ]  # "attacks against police forces who were on their way to investigate": the relative's subject
    sufferers += aimed_at
    before = [c for c in before if c not in aimed_at]
    doers = [candidate for candidate in before if not candidate.is_victim]
    doer = _nearest_before([candidate for candidate in doers if not candidate.is_adjective] or doers)
    rest = [candidate for candidate in after if candidate is not doer and not _same_party(candidate, doer)]
    named_rest = [candidate for candidate in rest if not candidate.is_adjective] or rest  # Xi, not "Chinese"
    # a name after "on", "against", "with" … is the target, unless a name before it already is
    # the verb's object ("criticized Clinton for her ties to Wall Street")
    first_named = named_rest[0] if named_rest else None
    target = next(
        (
            candidate
            for candidate in rest
            if TARGET_CUE.search(sentence_text[: candidate.actor.span.start - sentence_start])
            and (first_named is None or candidate.actor.span.start <= first_named.actor.span.start)
        ),
        first_named,
    )
    if target is None and doer is not None:
        target = _partner(doer, before, sentence_text, sentence_start)
    target = target or _nearest_before(sufferers)
    return (doer.actor if doer else None), (target.actor if target else None)


# What, between a verb and a name after it, shows the name is no object of the verb: a relative
# clause about the object ("supports the final bill, which includes provisions not in the Senate
# bill"), or the occasion of a statement ("urged the opposite tactic in a speech to pastors and in
# an interview with the Christian Broadcasting Network"). A bare comma or a place is no such sign
# ("met in Geneva with Lavrov"; wire copy puts the partner after an aside).
PAST_THE_OBJECT = re.compile(
    r",\s+(?:which|who|whom|whose|where)\b"
    r"|\b(?:in|at|during|after)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:speech|interview|statement|letter|op-ed|column|post|tweet|conference|debate|rally|hearing|address"
    r"|appearance|briefing)\b",
    re.IGNORECASE,
)


def past_the_object(target: EventActor, trigger: Span, sentence_text: str, sentence_start: int) -> bool:
    """Whether a party named after the trigger stands past the verb's object (`PAST_THE_OBJECT`),
    so that it is no party to a statement, a demand or a show of support: the target is then
    better left empty than filled with the nearest name."""
    if target.span.start < trigger.end:
        return False
    between = sentence_text[trigger.end - sentence_start : target.span.start - sentence_start]
    return PAST_THE_OBJECT.search(between) is not None


def _quoted_apart(sentence_text: str, trigger_at: int) -> list[tuple[int, int]]:
    """The quoted stretches of the sentence that do not hold the trigger (offsets into it)."""
    return [
        (match.start(1), match.end(1))
        for match in QUOTED.finditer(sentence_text)
        if not match.start(1) <= trigger_at < match.end(1)
    ]


def _paired_sides(
    candidates: list[Candidate], trigger: Span, sentence_text: str, sentence_start: int
) -> tuple[EventActor, EventActor] | None:
    """The two sides of a fight named as one hyphenated word right before it ("a police-VHP
    clash"), the first one first; None when the trigger has no such pair or a side is no party."""
    for match in PAIRED_SIDES.finditer(sentence_text):
        if sentence_start + match.end() != trigger.end:
            continue
        sides: list[EventActor] = []
        for group in ("first", "second"):
            start, end = sentence_start + match.start(group), sentence_start + match.end(group)
            side = next((c for c in candidates if c.actor.span.start <= start and end <= c.actor.span.end), None)
            if side is None or (sides and side.actor is sides[0]):
                return None  # no party, or one name the recogniser made of both ("Microsoft-Google")
            sides.append(side.actor)
        return sides[0], sides[1]
    return None


def _is_source(candidate: Candidate, before_trigger: str, sentence_start: int) -> bool:
    """Whether an unnamed party before the trigger only reports it ("police sources said 14
    bodies were recovered … killed", "according to the police, rioters burned …")."""
    if candidate.actor.actor is not None:
        return False  # a named party's statements are handled where quotes are
    start, end = candidate.actor.span.start - sentence_start, candidate.actor.span.end - sentence_start
    if ACCORDING_TO.search(before_trigger[:start]):
        return True
    spoken = SPEAKS.match(before_trigger[end:])
    return spoken is not None and OF_ITSELF.match(spoken.group("rest")) is None


def _closing_sayer(candidate: Candidate, sentence_text: str, sentence_start: int) -> bool:
    """Whether a party after the trigger is the sentence's closing attribution ("A handgun was
    recovered during the arrest, Peavy said.", "…, according to police"): it told of the act."""
    start, end = candidate.actor.span.start - sentence_start, candidate.actor.span.end - sentence_start
    if ACCORDING_TO.search(sentence_text, 0, start) is not None:
        return True  # "… had a history of arguing, according to police"
    return (
        CLOSING_SAYER_AFTER.match(sentence_text, end) is not None
        and CLOSING_SAYER_BEFORE.search(sentence_text, 0, start) is not None
    )


def _speaks(candidate: Candidate, before_trigger: str, sentence_start: int) -> bool:
    """Whether a speech verb follows the party before the trigger ("The NYPD said one person was
    arrested"): it tells of the passive event, it did not suffer it."""
    return SPEAKS.match(before_trigger[candidate.actor.span.end - sentence_start :]) is not None


def _named_as_doer(candidate: Candidate, after_trigger: str, trigger_end: int) -> bool:
    """Whether words after the trigger make `candidate` its doer: an agent ("killed by gunmen")
    or the force behind the act that caused it ("killed in police firing")."""
    between = after_trigger[: candidate.actor.span.start - trigger_end]
    if AGENT_CUE.search(between):
        return ANOTHER_PASSIVE.search(between) is None
    following = after_trigger[candidate.actor.span.end - trigger_end :]
    return CAUSE_CUE.search(between) is not None and CAUSE_ACT.match(following) is not None


# What may stand between a people's adjective and the name it qualifies: titles and names in
# capitals ("Russian President Vladimir Putin", "U.S. financier Ira Rennert").
QUALIFIED_NAME_BETWEEN = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}")


def _named_whole(agent: Candidate, after: list[Candidate], sentence_text: str, sentence_start: int) -> Candidate:
    """The agent, or, when it is a people's adjective that qualifies a name right after it ("by
    Russian President Vladimir Putin"), that name: the adjective only says whose the person is."""
    if not agent.is_adjective:
        return agent
    end = agent.actor.span.end - sentence_start
    for candidate in after:
        start = candidate.actor.span.start - sentence_start
        if start <= end or candidate.is_adjective:
            continue
        if QUALIFIED_NAME_BETWEEN.fullmatch(sentence_text[end:start]):  # words only: no comma, no bracket
            return candidate
        break
    return agent


def _passive(before: list[Candidate], trigger: Span, sentence_text: str, sentence_start: int) -> bool:
    """Whether the trigger is a harm done to someone with no agent named ("13 JNIM militants
    and 7 ISGS militants were killed", "Four JNIM fighters reportedly killed", "the opposition
    leader was arrested"): whoever stands before it suffered the act, and the doer is unknown —
    never the victims themselves. Other passives ("is opposed to", "was indicted") keep their
    subject as the party."""
    trigger_text = sentence_text[trigger.start - sentence_start : trigger.end - sentence_start]
    if not before or HARM_PARTICIPLE.search(trigger_text) is None:
        return False
    if PASSIVE_BEFORE.search(sentence_text, 0, trigger.start - sentence_start):
        return True
    last = max(before, key=lambda candidate: candidate.actor.span.end)
    between = sentence_text[last.actor.span.end - sentence_start : trigger.start - sentence_start]
    return (
        REDUCED_PASSIVE_BEFORE.match(between) is not None
        and NO_OBJECT_AFTER.match(sentence_text, trigger.end - sentence_start) is not None
    )


def _same_party(candidate: Candidate, other: Candidate | None) -> bool:
    """'Taliban … in a Taliban-controlled area': one party named twice is not its own target."""
    return other is not None and candidate.actor.actor is not None and candidate.actor.actor == other.actor.actor


def _partner(doer: Candidate, before: list[Candidate], sentence_text: str, sentence_start: int) -> Candidate | None:
    """The other party of a joint subject ("Chinese and Russian ships", "Jordan and Britain")."""
    for candidate in before:
        if candidate is doer or (candidate.actor.country == doer.actor.country and candidate.actor.country):
            continue
        first, second = sorted((candidate, doer), key=lambda item: item.actor.span.start)
        between = sentence_text[first.actor.span.end - sentence_start : second.actor.span.start - sentence_start]
        if JOINED.match(between):
            return candidate
    return None


# A person's name before a relation or a role and another name: "Trump rival Sen. Ted Cruz",
# "Clinton aide Huma Abedin", "Putin ally Ramzan Kadyrov".
ROLE_THEN_NAME = re.compile(r"\s+(?P<role>[a-z]+)\s+(?:[A-Z][a-z]{0,4}\.\s+)?[A-Z][\w'\u2019-]+")
# A possessor before the description of the next name ("Clinton's chief pollster and strategist
# Joel Benenson"): a few lower-case words between, one of them a role or a relation.
POSSESSOR_THEN_NAME = re.compile(
    r"['\u2019]s(?P<words>(?:\s+[a-z][a-z-]*){1,5}?)\s+(?:[A-Z][a-z]{0,4}\.\s+)?[A-Z][\w'\u2019-]+"
)
RELATIONS = frozenset(
    {"rival", "ally", "critic", "opponent", "challenger", "supporter", "backer", "associate", "loyalist", "confidant"}
)


def qualifies_a_named_person(text: str, end: int, *, roles: bool) -> bool:
    """Whether the name ending at `end` only says whose rival or ally the next name is, or with
    `roles` (a person's name) whose aide: an organisation's leader or spokesman acts for it
    ("Hamas leader Ismail Haniyeh"), a person's aide does not act for the person ("Clinton's chief
    pollster Joel Benenson lashed out at …" is Benenson's act)."""
    following = ROLE_THEN_NAME.match(text, end)
    if following is not None:
        words = [following.group("role")]
    elif (owned := POSSESSOR_THEN_NAME.match(text, end)) is not None:
        words = owned.group("words").split()
    else:
        return False
    return any(word in RELATIONS or (roles and word in lexicon().roles) for word in words)


def _before_role(text: str, end: int) -> bool:
    """'Russian' in 'the former Russian president': a person's attribute, not a party."""
    following = text[end:].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(",.") in lexicon().roles


def _nearest_before(candidates: list[Candidate]) -> Candidate | None:
    return candidates[-1] if candidates else None


def clause_around(text: str, position: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> tuple[int, int]:
    """The characters of `text` of the clause holding `position`, between matches of `breaks`."""
    start, end = 0, len(text)
    for match in breaks.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def _overlaps(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end
