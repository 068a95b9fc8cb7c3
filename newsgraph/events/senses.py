"""Trigger words used in a sense that names no event, told apart by the parse of their sentence.

Business copy is full of the words of politics and conflict in other senses: "shares rallied",
"the Fed trimmed its support for the economy", "Gilead supported the Nasdaq", "Treasuries found
support", "as we demonstrated last week", "the amount lenders were willing to lend". The
trigger patterns cannot see these; the words the trigger governs can:

- market: a market, an index, a price or an economy is what acts ("GE shares closed down",
  "the S&P 500 pulled back"), or what rallies, supports or is supported
  (the trigger's subject, object, owner or the object of its "for"/"of"; for a trigger noun
  also the subject of the verb it is the object of: "Treasuries have found support"); a rally
  in a sentence that names a market and no crowd is a market's;
- show: "demonstrate" with an object or a clause ("demonstrated the demand", "demonstrated
  that …", "as we demonstrated") means show, not protest;
- figurative: a fight verb whose object is no party and no fight ("fought back an effort by a
  shareholder", "battled inflation");
- verbal: persons who clash, or named parties clashing over a matter with no force, crowd or
  violence in the sentence ("Clinton clashed with Johnson during the hearing");
- topic: one party discussing a matter with no one ("Trump discussed his proposal");
- concurrence: agreeing with someone or a view, with no terms ("agrees with Dean");
- description: a participle of harm before a plural noun ("the wounded employees");
- name: a capitalised trigger word inside the name of a place or thing ("Promises Treatment
  Center");
- background: an agreement or a meeting named by a noun that the sentence only refers to
  ("called off the deal", "postponed its shareholder meeting", "repurchase agreements"), not
  one it reports made or held ("reached a deal", "talks began", "at a meeting in Paris");
- state: "willing/ready/prepared to" said inside a relative or subordinate clause, or in a
  clause that asks which, describes someone ("the amount they were willing to lend", "to see
  what measures they were prepared to take"); it is no promise made. In a main or a reported
  clause it is a statement of intent ("said he would be ready to host a meeting").
- migration: a family or migrants arriving somewhere, not a visit;
- poll: support a poll or survey found ("a new poll found better support for Clinton"), not
  support anyone gave;
- characterisation: an act a thing is portrayed or described as ("portrayed … as a violent
  protest rather than a terrorist attack"): a label, not a second act;
- campaign: a rally a person owns ("Mr. Trump's rally") or a campaign holds, or where someone
  spoke ("said at a rally in Evansville"), in a sentence that says nothing the crowd stood
  against or for: a candidate's event, not a demonstration.

The market and crowd words are data (`[context.market_words]`, `[context.rally_crowds]` in the
rules file); the dependency names are English grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from newsgraph.events.factuality import SAID_TYPES, Assertion
from newsgraph.events.lexicon import EventLexicon, event_lexicon
from newsgraph.events.violence_senses import violence_sense
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.english import is_plural_for_people
from newsgraph.nlp.syntax import objects_of

MARKET_SENSE_TRIGGERS = frozenset({"rally", "support"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "poss", "compound", "agent"})
# "support for the economy", "a rally of bank shares"; not "rallied against rising prices"
OF_PREPOSITIONS = frozenset({"for", "of"})
# Nouns that name an agreement or a meeting (rules "agree", "meeting"), the verbs that make or
# hold one, the verbs that say one happened, and the prepositions of one being held.
NOMINAL_OCCASIONS = frozenset({"agree", "meeting"})
ENACTING = frozenset(
    {
        "reach", "sign", "strike", "seal", "clinch", "conclude", "finalize", "finalise", "make", "announce",
        "ink", "broker", "agree", "approve", "ratify", "hold", "attend", "begin", "start", "open", "convene",
        "host", "chair", "resume", "launch", "enter", "have", "join", "complete", "secure", "win", "unveil",
        "negotiate", "hammer", "forge", "renew", "accept", "endorse", "adopt", "schedule", "call", "organise",
        "organize",
    }
)  # fmt: skip
HAPPENING = frozenset(
    {"begin", "start", "end", "conclude", "open", "resume", "take", "go", "continue", "collapse", "fail"}
)
OCCASION_PREPOSITIONS = frozenset({"at", "during", "after", "in"})
# Verbs that judge an agreement or a meeting already made: their object is referred to, not reported.
JUDGING = frozenset(
    {"lambast", "criticize", "criticise", "slam", "blast", "denounce", "condemn", "oppose", "praise", "defend",
     "hail", "mock", "deride", "question", "decry", "assail", "disparage", "ridicule", "champion", "tout"}
)  # fmt: skip
GATHERINGS = frozenset({"meeting", "talk", "summit", "discussion", "negotiation", "consultation", "conference"})
OCCASIONS = GATHERINGS | {"deal", "agreement", "accord", "pact", "treaty", "memorandum", "consensus"}
WILLINGNESS = frozenset({"willing", "ready", "prepared"})
PAST_ACTS = frozenset({"prior", "previous", "past"})  # "prior arrests": a record, not an arrest told here
DESCRIBING_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj"})
PROTEST_PREPOSITIONS = frozenset({"against", "outside", "for", "over"})
FIGHT_VERBS = frozenset({"fight", "battle"})
RECIPROCALS = frozenset({"other", "another"})  # "fought each other", "battled one another"
HARM_PARTICIPLES = frozenset(
    {"killed", "wounded", "injured", "arrested", "detained", "abducted", "kidnapped", "captured", "jailed",
     "imprisoned", "murdered", "slain", "displaced", "evacuated", "rescued", "released"}
)  # fmt: skip
EVENT_NOUNS = frozenset({"attack", "strike", "raid", "operation", "killing", "assault", "ambush", "clash", "bombing"})
# The heads of proper names of places and things, not of bodies of people.
NAMED_THINGS = frozenset(
    {"center", "centre", "clinic", "hospital", "hotel", "hall", "building", "street", "road", "avenue", "square",
     "park", "fighter", "award", "prize", "act", "fund", "program", "programme", "foundation", "institute",
     "school", "university", "college", "church", "mosque", "temple", "stadium", "arena", "tower", "bridge"}
)  # fmt: skip
# Nouns an act's name may sort into kinds without any act taking place: "protest groups",
# "support staff", "attack dogs", "an arrest warrant", "a protest vote", "the march route",
# "negotiating rights".
CLASSIFIED = frozenset(
    {"group", "organizer", "organiser", "leader", "network", "staff", "dog", "helicopter", "jet",
     "aircraft", "warrant", "vote", "song", "sign", "banner", "slogan", "hotline", "route", "permit", "zone", "right",
     "team", "position", "table", "band", "fee", "firm", "contract", "business", "client", "service", "candidate",
     "candidacy", "stance", "range", "practice", "competition", "lesson", "music", "art", "base", "level",
     "system", "mechanism", "price"}
)  # fmt: skip
# Measures of demand as buyers' appetite: "demand forecast", "demand growth".
DEMAND_MEASURES = frozenset(
    {"forecast", "growth", "outlook", "estimate", "figure", "data", "side", "curve", "destruction", "projection",
     "slowdown", "weakness", "recovery", "trend", "level"}
)  # fmt: skip
# Words that size or sort demand as buyers' appetite: "strong demand", "oil demand".
DEMAND_SIZES = frozenset(
    {"strong", "weak", "robust", "soft", "sluggish", "slow", "rising", "falling", "growing", "global", "domestic",
     "world", "consumer", "oil", "fuel", "energy", "housing", "export", "import", "industrial", "seasonal",
     "underlying", "overall", "customer", "market", "loan", "credit", "steel", "power", "electricity", "gas",
     "food", "aggregate", "healthy", "solid", "tepid", "buoyant", "firm", "slack", "waning", "retail", "european",
     "asian", "african", "american", "latin", "arab", "household", "weakening", "strengthening", "slowing",
     "private", "investment", "commodity", "metal", "copper", "gold", "car", "auto", "travel", "passenger",
     "advertising", "chip", "labor", "labour", "crude", "coal", "grain", "pent-up", "external", "foreign",
     "increased", "increasing", "high", "higher", "low", "lower", "heavy", "huge", "record", "surging", "booming",
     "brisk", "reduced", "declining", "weaker", "stronger", "softer"}
)  # fmt: skip
# What buyers want more or less of: "demand for goods", "demand for loans" (not "demand for justice").
DEMANDED_GOODS = frozenset(
    {"good", "product", "oil", "fuel", "credit", "loan", "mortgage", "housing", "home", "car", "vehicle", "steel",
     "chip", "service", "energy", "commodity", "export", "import", "electricity", "gold", "bond", "share", "asset",
     "debt", "metal", "copper", "gas", "coal", "grain", "food", "iron", "aluminium", "aluminum", "flight", "ticket",
     "property", "equipment", "machinery", "treasury", "dollar", "yen", "euro", "currency", "truck", "pickup",
     "suv", "phone", "smartphone", "computer", "pc", "aircraft", "plane", "jet", "ship", "device", "drug",
     "medicine", "vaccine", "equity", "stock", "semiconductor", "memory", "television", "tv", "supply", "gasoline",
     "petrol", "diesel", "fertilizer", "fertiliser", "cement", "cotton", "sugar", "coffee", "wheat", "rice", "lng"}
)  # fmt: skip
# What a market or an economy does to buyers' appetite: "the recession smothered demand for
# gasoline", "tax cuts spurred demand" (a demand made is met, rejected, voiced or dropped).
DEMAND_MOVERS = frozenset(
    {"smother", "dampen", "curb", "sap", "crimp", "hurt", "weaken", "depress", "cool", "stifle", "choke",
     "boost", "spur", "stimulate", "fuel", "lift", "drive", "revive", "stoke", "outstrip", "exceed", "outpace",
     "dent", "erode", "damp"}
)  # fmt: skip
MARCHING_BODIES = frozenset(
    {"band", "orchestra", "choir", "troop", "soldier", "army", "cadet", "battalion", "regiment", "rebel", "fighter",
     "militant", "insurgent", "militia", "militiaman", "guerrilla", "jihadist", "column"}
)  # fmt: skip
# A group or force that is an armed body by its modifier: "three rebel groups", "militia forces".
ARMED_MODIFIERS = frozenset({"rebel", "armed", "militia", "insurgent", "guerrilla", "jihadist", "militant"})
MANNER_OF_CARRYING_OUT = frozenset({"well", "poorly", "badly", "flawlessly", "perfectly", "brilliantly", "smoothly"})
THINGS_CARRIED_OUT = frozenset(
    {"plan", "strategy", "order", "trade", "deal", "transaction", "contract", "agreement", "program", "programme",
     "task", "project", "search", "move", "turnaround", "launch", "merger", "swap", "buyback", "document", "will",
     "warrant", "policy", "vision", "campaign", "operation", "idea", "scheme", "reform", "budget"}
)  # fmt: skip
SORTING_ACTS = frozenset(
    {"protest", "support", "attack", "arrest", "strike", "rally", "riot", "assault", "raid", "march", "marching",
     "demonstration", "negotiating", "consulting", "consultancy", "shooting"}
)  # fmt: skip
RALLY_PARTS = frozenset({"audience", "speech", "stage", "podium", "stop"})  # "a rally audience", "a rally stop"
CAMPAIGNS = frozenset({"campaign", "election", "electoral", "primary", "victory", "reelection", "re-election"})
# who holds, opens or headlines a candidate's rally when the text calls them by office ("the Vermont
# senator opened a Rochester rally"), and the verbs of holding one
CAMPAIGNERS = frozenset(
    {"candidate", "nominee", "senator", "congressman", "congresswoman", "governor", "president", "president-elect",
     "lawmaker", "mayor", "front-runner", "frontrunner", "challenger", "incumbent", "minister"}
)  # fmt: skip
MIGRANTS = frozenset(
    {"wife", "husband", "child", "son", "daughter", "family", "refugee", "migrant", "immigrant", "asylum"}
)  # who arrives somewhere to live, not to visit
LISTENING = frozenset({"hear", "listen"})  # what an audience came to do
SPEAKING = frozenset({"speak", "talk", "address"})
SHARES = frozenset({"%", "percent", "majority", "majorities", "most", "half", "plurality"})
POLLS = frozenset({"poll", "survey", "pollster", "polling"})  # who measures support rather than gives it
HOLDING_RALLY = frozenset({"hold", "open", "headline", "host", "address"})
# what makes a clash a fight whoever the parties: a weapon, a casualty, a blow
VIOLENT_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|hurt|shot|shooting|fir(?:ed|ing)|gun\w*|weapons?|armed"
    r"|stones?|rocks?|sticks?|machetes?|knives|bomb\w*|violen\w*|beat\w*|tear gas|batons?)\b",
    re.IGNORECASE,
)
# a crowd's protest named outright, which a mustering verb's sentence may also tell of
CROWD_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|march\w*|chant\w*)\b", re.IGNORECASE)
# what a protest rally is against or for: the sentence then tells of a demonstration
PROTEST_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|against|demand\w*|march\w*|chant\w*)\b", re.IGNORECASE)


def other_sense(
    sentence: Doc,
    start: int,
    end: int,
    trigger_id: str,
    assertion: Assertion,
    lexicon: EventLexicon | None = None,
    people: Sequence[tuple[int, int]] = (),
    plover_type: str = "",
) -> str | None:
    """Why the trigger at characters `start`–`end` of the parsed `sentence` names no event
    ("market", "show", "figurative", "verbal", "topic", "forum", "concurrence", "open", "release", "inquiry",
    "description", "name", "background", "state", "campaign", "poll", "migration", "walk", "kind", "characterisation",
    "management", "reference", "approval", "trade", "foiled", "sought", "cause", "manner"), or
    None when it is used in its event sense. `trigger_id` is the rule that found it
    (`ArticleEvent.trigger_id`) and `plover_type` the type it coded; `people` are where the
    sentence names persons (character offsets), who may own a rally."""
    lexicon = lexicon or event_lexicon()
    stated = ":" in trigger_id  # "meeting:demand" ("demanded a meeting"): the demand is the event
    trigger_id = trigger_id.split(":")[0]  # "support:agree" ("promised to support") is the word "support"
    span = sentence.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if trigger_id in MARKET_SENSE_TRIGGERS and _market_sense(span.root, trigger_id, sentence, lexicon):
        return "market"
    if trigger_id == "rally" and _rallied_to_a_price(span.root):
        return "market"
    if any(lexicon.context["market_words"].fullmatch(word.text) for word in _subjects(span.root)):
        return "market"  # "GE shares closed down $1", "the S&P 500 … pulled back from its high"
    if trigger_id == "protest" and _show_sense(span.root, lexicon):
        return "show"
    if trigger_id == "protest" and (_one_protester_acted_on(span.root, lexicon) or _one_protester_doing(span.root)):
        return "description"
    if trigger_id == "protest" and (_objected_that(span.root) or _protest_in_words(span.root) or _lodged(span.root)):
        return "verbal"
    if trigger_id == "protest" and _named_person_protests_a_thing(span.root, people):
        return "verbal"
    if trigger_id == "rally" and _campaign_rally(span.root, sentence, people):
        return "campaign"
    if trigger_id == "support" and _poll_finding(span.root):
        return "poll"
    if trigger_id == "support" and _supported_as_a_standing(span.root):
        return "state"
    if trigger_id == "support" and _support_sought(span.root):
        return "sought"
    if trigger_id in ("aid", "support") and _help_as_a_manner(span.root):
        return "manner"
    if trigger_id == "visit" and span.root.lemma_.lower() == "arrive" and _families_or_migrants(span.root):
        return "migration"
    if trigger_id == "visit" and _police_call(span.root, lexicon):
        return "inquiry"
    if trigger_id == "visit" and _welcomed_an_act(span.root):
        return "approval"
    if trigger_id == "protest" and (_one_walker(span.root) or _marching_body(span.root)):
        return "walk"
    if trigger_id == "clash" and (_figurative_fight(span.root, lexicon) or _things_clash(span.root)):
        return "figurative"
    if trigger_id == "clash" and _verbal_clash(span.root, sentence, lexicon, people):
        return "verbal"
    if trigger_id == "meeting" and _talked_about(span.root):
        return "topic"
    if trigger_id == "meeting" and _met_a_partner(span.root):
        return "met a spouse or partner"
    if trigger_id == "meeting" and _met_a_need(span.root):
        return "management"
    if trigger_id == "meeting" and _public_forum(span.root):
        return "forum"
    if trigger_id == "agree" and _concurs(span.root):
        return "concurrence"
    if trigger_id == "agree" and _deals_with(span.root):
        return "management"
    if trigger_id == "reject" and _left_open(span.root):
        return "open"
    if _economic_demand(span.root):
        return "market"
    if _fired_at_a_rival(span.root, people) or _attacks_on_a_rival(span.root, people):
        return "verbal"
    if trigger_id == "killing" and _carried_out(span.root):
        return "management"
    if trigger_id == "arrest" and _released_from(span.root):
        return "release"
    if trigger_id == "arrest" and _held_in_custody(span.root):
        return "state"
    if trigger_id == "arrest" and _halts_a_trend(span.root):
        return "trend"
    if trigger_id == "disapprove" and _blamed_on_a_cause(span.root, lexicon):
        return "cause"
    if _describes_people(span.root):
        return "description"
    if (reason := violence_sense(span.root)) is not None:
        return reason
    if _classifies(span.root):
        return "kind"
    if _named_as_a_kind(span.root):
        return "characterisation"
    if _in_a_name(span.root, sentence):
        return "name"
    if _past_acts(span.root):
        return "background"
    if (
        trigger_id in NOMINAL_OCCASIONS
        and not stated
        and span.root.lemma_.lower() in OCCASIONS
        and _background(span.root)
    ):
        return "background"
    if _made_in_a_judged_deal(span.root):
        return "background"
    if plover_type in SAID_TYPES and _as_it_was_said(span.root):
        return "reference"
    willing = [token for token in span if token.lower_ in WILLINGNESS]
    if trigger_id == "promise" and willing and (_describes(span.root, assertion) or _was_willing(willing[0])):
        return "state"
    return None


AS_SAID_CONTENT = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative"})


def _as_it_was_said(verb: Token) -> bool:
    """Whether a thing said is only referred to in an "as" clause that leaves out what was said:
    "for not creating jobs as it had promised", "did not release them as it had agreed": the
    promise is the measure of another act, not news of its own. With what was said, or in the
    present, the clause tells when ("as he endorses Hillary Clinton")."""
    return (
        verb.tag_ in ("VBD", "VBN")  # "as it had promised", "as agreed"; "as he endorses …" tells when
        and verb.dep_ == "advcl"
        and any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)
        and not any(child.dep_ in AS_SAID_CONTENT for child in verb.children)
    )


def _past_acts(noun: Token) -> bool:
    """Whether a trigger noun is qualified as past (`PAST_ACTS`): a record or a history referred
    to, not an act reported here ("had prior arrests for assault", "previous attacks on the
    base", "past protests were peaceful")."""
    return noun.tag_ in ("NN", "NNS") and any(
        child.dep_ == "amod" and child.lower_ in PAST_ACTS for child in noun.children
    )


def _background(noun: Token) -> bool:
    """Whether an agreement or a meeting named by a noun is only referred to, not reported as
    made or held here: reported is "reached a deal", "the deal was signed", "talks began", "at a
    meeting in Paris", "the deal, announced on Monday"; referred to is "called off the deal",
    "postponed its meeting", "repurchase agreements", "a sweeping budget deal will slice deficits",
    and one judged ("lambasted the nuclear deal negotiated by Obama")."""
    if noun.dep_ == "ROOT":
        return False  # a headline: "Putin-Xi summit in Moscow"
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        return _background(noun.head)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in JUDGING:
        return True  # "lambasted the Iran nuclear deal negotiated by President Obama": an old deal judged
    if any(child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ENACTING for child in noun.children):
        return False  # "the deal, announced on Monday"
    head = noun.head
    particles = {child.lower_ for child in head.children if child.dep_ == "prt"}
    # "called off the deal", "was holding up the Sun deal": put off or stopped, not made or held
    undone = "off" in particles or (head.lemma_.lower() == "hold" and bool(particles & {"up", "back"}))
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in ENACTING and not undone:
        return False
    if noun.dep_ == "nsubj" and head.lemma_.lower() in HAPPENING:
        return False  # "talks began", "the summit took place"
    # "at a meeting in Paris", "during talks with Iran"
    return not (noun.dep_ == "pobj" and head.lower_ in OCCASION_PREPOSITIONS and noun.lemma_.lower() in GATHERINGS)


def _was_willing(willing: Token) -> bool:
    """A readiness the writer tells in the past ("the army was prepared to launch an offensive",
    "Sanders was willing to work with Republicans"): a disposition described, not an offer made.
    Said by someone it is an offer ("Iran said it was ready to resume talks"), as it is in the
    present ("Russia is ready to negotiate")."""
    copula = willing.head if willing.dep_ == "acomp" else None
    return (
        copula is not None
        and copula.lemma_.lower() == "be"
        and copula.tag_ == "VBD"
        and copula.dep_ not in ("ccomp", "parataxis")
    )


def _describes(trigger: Token, assertion: Assertion) -> bool:
    """Whether a willingness is said of someone inside a clause that describes something: a
    relative or subordinate clause ("the amount they were willing to lend"), or one that asks
    which ("to see what measures the authorities were prepared to take")."""
    if assertion.clause in DESCRIBING_CLAUSES:
        return True
    clause = trigger.head if trigger.dep_ == "acomp" else trigger
    return any(
        word.tag_ in ("WDT", "WP")
        for child in clause.children
        for word in (child, *child.children)
        if child.i < clause.i
    )


def _market_sense(trigger: Token, trigger_id: str, sentence: Doc, lexicon: EventLexicon) -> bool:
    market = lexicon.context["market_words"]
    if any(market.fullmatch(word.text) for word in _arguments(trigger)):
        return True
    if trigger_id == "rally" and any(
        child.dep_ in ("compound", "amod") and child.lemma_.lower() in ("point", "percent", "%")
        for child in trigger.children
    ):
        return True  # "a 416-point rally for the Dow", "a 3 percent rally": measured in points, a market's
    if trigger_id != "rally" or any(
        child.dep_ == "prep" and child.lower_ in PROTEST_PREPOSITIONS for child in trigger.children
    ):
        return False  # "a rally against rising fuel prices" is a crowd's
    text = sentence.text
    return market.search(text) is not None and lexicon.context["rally_crowds"].search(text) is None


# What a price does after it rallies ("rallied to close at 282p"), and the units it rallies by.
CLOSING = frozenset({"close", "end", "finish", "settle", "trade"})
PRICE_UNITS = frozenset({"%", "percent", "pct", "point", "cent", "penny", "pence", "basis"})
# What a price rallies on: "rallied on hopes that a rescue would not wipe out shareholders".
PRICE_MOVERS = frozenset({"hope", "expectation", "optimism", "speculation", "bet", "earnings", "bargain-hunting"})


def _rallied_to_a_price(rally: Token) -> bool:
    """ "They rallied to close on Friday at 282p", "rallied 3 percent", "rallied on hopes that …":
    what rallies to a close, by a share of its price or on hopes is a price, whatever the
    subject is called."""
    if rally.pos_ != "VERB" or rally.lemma_.lower() != "rally":
        return False
    if any(child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in CLOSING for child in rally.children):
        return True
    measures = [child for child in rally.children if child.dep_ in ("npadvmod", "dobj")]
    if any(word.lemma_.lower() in PRICE_UNITS for measure in measures for word in measure.subtree):
        return True
    if any(is_plural_for_people(subject.text) for subject in _subjects(rally)):
        return False  # "supporters rallied on hopes of a recount": a crowd
    return any(
        child.dep_ == "prep" and child.lower_ == "on" and word.dep_ == "pobj" and word.lemma_.lower() in PRICE_MOVERS
        for child in rally.children
        for word in child.children
    )


def _arguments(trigger: Token) -> Iterator[Token]:
    """The words naming who or what the trigger is about: its subject, object, owner, the
    object of its "for" or "of", and for a noun the subject of the verb it is the object of."""
    for child in trigger.children:
        if child.dep_ in ARGUMENTS:
            yield child
        elif child.dep_ == "prep" and child.lower_ in OF_PREPOSITIONS:
            yield from (grand for grand in child.children if grand.dep_ == "pobj")
    if trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ in ("VERB", "AUX"):
        yield from (child for child in trigger.head.children if child.dep_ in ("nsubj", "nsubjpass"))


# Who contend in a race or a game, whose fights and battles are for votes or points.
CONTENDERS = frozenset(
    {"candidate", "contender", "nominee", "hopeful", "campaign", "team", "player", "club", "finalist"}
)


def _figurative_fight(trigger: Token, lexicon: EventLexicon) -> bool:
    """ "fought back an effort by a shareholder", "battled inflation": "fight" or "battle" whose
    object is neither a party (a name, a pronoun, "each other", an armed or unarmed group) nor
    a fight itself; or fought by contenders in a race or a game ("the candidates battled in
    Wisconsin", "the two teams fought for the title"); or fought back where no armed party is
    named ("GM has fought back with a price cut", "fighting back against Islamophobia")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in FIGHT_VERBS:
        return False
    kinds = _fighting_kinds(lexicon)
    if any(subject.lemma_.lower() in CONTENDERS for subject in _subjects(trigger)) and not any(
        kind.fullmatch(word.text) for word in trigger.doc for kind in kinds
    ):
        return True  # "the Republican candidates battled in Wisconsin": a race (not "a police team fought militants")
    if any(child.lower_ == "back" and child.dep_ in ("prt", "advmod") for child in trigger.children) and not any(
        kind.fullmatch(word.text) for word in trigger.doc if word.i != trigger.i for kind in kinds
    ):
        return True  # "GM has fought back with a price cut", "Intel has been fighting back by overhauling"
    if _fought_for_a_cause(trigger, lexicon):
        return True  # "battled to overtake Obama", "fought for comprehensive immigration reform"
    objects = [child for child in trigger.children if child.dep_ == "dobj"]
    if not objects:
        return False
    return not any(
        word.pos_ in ("PROPN", "PRON") or word.lower_ in RECIPROCALS or any(kind.fullmatch(word.text) for kind in kinds)
        for word in objects
    )


# What clashes without anyone fighting: views, plans, dates ("whose views on trade clashed with
# those of the governor", "the new schedule clashed with the Olympic Games").
CLASHING_THINGS = frozenset(
    {"view", "opinion", "position", "idea", "policy", "interest", "plan", "schedule", "date", "statement"}
    | {"remark", "comment", "account", "version", "stance", "value", "agenda", "priority", "style", "approach"}
    | {"belief", "claim", "finding", "proposal", "colour", "color", "tone", "vision", "personality", "ego"}
)


def _things_clash(clash: Token) -> bool:
    """The verb "clash" whose subject is a thing that only clashes in kind (`CLASHING_THINGS`)."""
    return clash.lemma_.lower() == "clash" and any(
        subject.lemma_.lower() in CLASHING_THINGS for subject in _subjects(clash)
    )


# What a fight "for" or "over" may be about and still be one: ground and its holding.
FOUGHT_OVER_GROUND = frozenset(
    {"control", "territory", "city", "town", "village", "area", "region", "hill", "road", "border", "land",
     "ground", "district", "province", "base", "airport", "bridge", "port", "oil", "field"}
)  # fmt: skip
FOUGHT_FOR_PREPOSITIONS = frozenset({"for", "about", "against", "over"})
FIGHT_NOUNS = frozenset({"battle", "fight", "war"})
# Fights of courts, votes and money: "legal battles", "a court fight", "a price war".
KINDS_OF_FIGHT_IN_WORDS = frozenset(
    {"legal", "court", "courtroom", "political", "uphill", "bureaucratic", "legislative", "regulatory", "patent",
     "price", "tax", "budget", "custody", "takeover", "bidding", "public-relations", "procedural"}
)  # fmt: skip


def _fought_for_a_cause(fight: Token, lexicon: EventLexicon) -> bool:
    """ "as she battled to overtake Obama", "fought for years for comprehensive immigration reform",
    "everything he's fighting for", "fought against the deal": a fight to do something, or for,
    about or against a thing (not a name, not ground), in a sentence that names no armed party,
    weapon or casualty, is a struggle of words, votes or courts. "Rebels fought to take the
    town" and "fought for control of the city" stay fights."""
    sentence = fight.doc
    armed = (
        lexicon.context["armed"],
        lexicon.context["violent_means"],
        lexicon.participants["group"],
        lexicon.participants["military"],
        lexicon.participants["police"],
    )
    fought = [child for child in fight.children if child.dep_ == "dobj" and child.lemma_.lower() in FIGHT_NOUNS]
    own = {word.idx for word in (fight, *fought)}  # the fight's own words ("fighting … battles")
    if any(
        match.start() not in own for pattern in (VIOLENT_WORDS, *armed) for match in pattern.finditer(sentence.text)
    ):
        return False  # an armed party, a weapon or a casualty besides the fight's own words
    if any(child.dep_ == "xcomp" or _infinitive_of_purpose(child) for child in fight.children):
        return True  # "battled to overtake Obama", "fighting to keep the tax in place"
    if any(word.lower_ in KINDS_OF_FIGHT_IN_WORDS for noun in fought for word in noun.children):
        return True  # "has been fighting several legal battles with rival Broadcom"
    causes = [child for child in fight.children if child.dep_ == "prep" and child.lower_ in FOUGHT_FOR_PREPOSITIONS]
    if any(not list(preposition.children) for preposition in causes):
        return True  # "everything he's fighting for": the cause is what the clause describes
    objects = [word for preposition in causes for word in preposition.children if word.dep_ == "pobj"]
    return bool(objects) and all(
        word.pos_ not in ("PROPN", "PRON") and word.lemma_.lower() not in FOUGHT_OVER_GROUND for word in objects
    )


def _infinitive_of_purpose(word: Token) -> bool:
    """ "battled to overtake Obama", which the parser may hang as an adverbial clause."""
    return word.dep_ == "advcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in word.children)


def _fighting_kinds(lexicon: EventLexicon) -> tuple[re.Pattern[str], ...]:
    """The lexicon's words for parties that fight or are fought: armed groups, forces, crowds."""
    return (
        lexicon.context["armed"],
        lexicon.context["violent_means"],
        lexicon.participants["group"],
        lexicon.participants["military"],
        lexicon.participants["police"],
        lexicon.participants["civilians"],
        lexicon.participants["protesters"],
    )


def _verbal_clash(clash: Token, sentence: Doc, lexicon: EventLexicon, people: Sequence[tuple[int, int]]) -> bool:
    """A quarrel, not a fight: "Clinton famously clashed with Johnson during the hearing", "Kelly
    has clashed with Trump's son-in-law", "the United States clashed with China and India over
    access to their markets". Persons clash in words, also with a named company or body; so do
    any parties clashing over a matter, when all are named, none of them is an armed group, a
    force or a crowd and nothing violent is said ("protesters clashed with police", "members of
    a tribe clashed over land ownership" stay fights)."""
    if clash.pos_ != "VERB" or clash.lemma_.lower() != "clash":
        return False
    parties = _subjects(clash) + [
        grand
        for child in clash.children
        if child.dep_ == "prep" and child.lower_ == "with"
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    parties += [conj for party in parties for conj in party.conjuncts]
    if not parties:
        return False
    persons = [_is_person(party, people) for party in parties]
    if all(persons) and not any(party.tag_ in ("NNS", "NNPS") for party in parties):
        return True  # persons clash in words, whatever else the sentence tells ("the attacks" it was about)
    kinds = _fighting_kinds(lexicon)
    others = [word.text for word in sentence if word.i != clash.i]
    if any(kind.fullmatch(word) for kind in kinds for word in others):
        return False
    over = any(child.dep_ == "prep" and child.lower_ in ("over", "about") for child in clash.children)
    named = all(party.pos_ == "PROPN" for party in parties)  # not "members", "supporters", "each other"
    # "Hardwicke reportedly clashed with Summit Entertainment during Twilight's production"; an
    # acronym may be an armed group the recogniser did not know ("Nyatura CMC clashed with FAPC")
    with_a_body = any(persons) and not any(party.text.isupper() for party in parties)
    return (over or with_a_body) and named and not VIOLENT_WORDS.search(sentence.text)


# Verbs whose purpose clause "to discuss" is the talk of a meeting they make.
MEETING_VERBS = frozenset(
    {"meet", "visit", "call", "phone", "telephone", "host", "travel", "fly", "gather", "convene", "invite", "summon",
     "join", "sit", "hold"}
)  # fmt: skip


def _talked_about(discuss: Token) -> bool:
    """ "Trump discussed one of his signature proposals", "in one email, Carter discussed how he
    had misplaced a note card", "Limbaugh used his platform to discuss the decision", "in her
    discussion of Trump's behavior": one party talking about a matter, with no one to talk to
    ("with" someone, or a subject of two or more: "Putin and Xi discussed trade", "the
    ministers discussed"), is no meeting."""
    if discuss.lemma_.lower() == "discussion" and discuss.tag_ == "NN":
        # "her discussion of Trump's behavior": a matter, and no one to discuss it with (a partner
        # may hang anywhere in the clause: "held a discussion of the grain deal with Cavusoglu")
        clause = discuss.head if discuss.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else discuss
        partner = any(word.lower_ in ("with", "between") for word in clause.subtree)
        return not partner and any(child.dep_ == "prep" and child.lower_ == "of" for child in discuss.children)
    if discuss.pos_ != "VERB" or discuss.lemma_.lower() != "discuss":
        return False
    objects = [child for child in discuss.children if child.dep_ == "dobj"]
    if any(word.dep_ == "prep" and word.lower_ == "with" for head in [discuss, *objects] for word in head.children):
        return False  # "discussed the crisis with Obama", "discussed their concerns with Bush"
    subjects = _subjects(discuss)
    if not subjects and discuss.dep_ in ("xcomp", "advcl"):
        if discuss.head.lemma_.lower() in MEETING_VERBS:
            return False  # "met Netanyahu to discuss the Iran deal"
        subjects = _subjects(discuss.head)  # "Limbaugh used his platform to discuss": Limbaugh's talk
    if not subjects or any(child.dep_ == "agent" for child in discuss.children):
        return False  # "was discussed by the two leaders", or no subject the parse can see
    return all(subject.tag_ in ("NN", "NNP", "PRP") and not subject.conjuncts for subject in subjects) and not any(
        subject.lower_ in ("we", "they") for subject in subjects
    )


# Whom one meets in a life story, not in talks ("where he also met his wife Petra").
LIFE_PARTNERS = frozenset(
    {"wife", "husband", "spouse", "girlfriend", "boyfriend", "fiancee", "fianc\u00e9e", "fiance", "fianc\u00e9"}
)


# What one meets that is no party: a need, a target, a test ("to meet temporary shortages of funds",
# "met analysts' expectations", "failed to meet the deadline").
# Not a demand, a request or a condition: meeting those is giving in ("would not meet the
# hostage-takers' demands" is a refusal).
NEEDS_MET = frozenset(
    {"shortage", "need", "target", "goal", "deadline", "expectation", "estimate", "forecast", "requirement",
     "standard", "criterion", "threshold", "cost", "payment", "test", "challenge", "quota"}
)  # fmt: skip


def _met_a_need(meet: Token) -> bool:
    """ "to meet temporary shortages of funds", "earnings met expectations": what is met is a
    need, a target or a test, not a party."""
    if meet.lemma_.lower() != "meet" or meet.pos_ != "VERB":
        return False
    objects = [child for child in meet.children if child.dep_ == "dobj"]
    return bool(objects) and all(word.lemma_.lower() in NEEDS_MET for word in objects)


def _met_a_partner(meet: Token) -> bool:
    """ "where he also met his wife Petra", "she met her future husband at a party": meeting
    the person one married (one's own: "his", "her") is a life's event, no meeting of parties."""
    if meet.lemma_.lower() != "meet":
        return False
    for met in (child for child in meet.children if child.dep_ == "dobj"):
        named = [word for word in met.children if word.dep_ in ("compound", "appos")]  # "his wife Petra"
        partner = any(word.lemma_.lower() in LIFE_PARTNERS for word in [met, *named])
        own = any(word.dep_ == "poss" and word.pos_ == "PRON" for head in [met, *named] for word in head.children)
        if partner and own:
            return True  # not "met the wife of the jailed opposition leader"
    return False


# What makes a discussion an audience's event rather than parties meeting ("said at a moderated
# discussion here Thursday", "spoke at a televised discussion").
FORUM_WORDS = frozenset({"moderated", "panel", "public", "televised", "roundtable", "round-table", "online", "live"})


def _public_forum(discussion: Token) -> bool:
    """A discussion held before an audience, where one speaks: no meeting of the parties named."""
    return discussion.lemma_.lower() == "discussion" and any(
        child.dep_ in ("amod", "compound") and child.lower_ in FORUM_WORDS for child in discussion.children
    )


def _left_open(refusal: Token) -> bool:
    """ "refused to rule out a writedown", "declined to exclude new sanctions": a refusal to
    exclude leaves a thing open; nothing is rejected."""
    return refusal.lemma_.lower() in ("refuse", "decline") and any(
        child.dep_ in ("xcomp", "advcl")
        and (
            child.lemma_.lower() == "exclude"
            or (
                child.lemma_.lower() == "rule"
                and any(grand.dep_ == "prt" and grand.lower_ == "out" for grand in child.children)
            )
        )
        for child in refusal.children
    )


def _deals_with(deal: Token) -> bool:
    """ "how he would deal with North Korea", "to deal with the crisis", "dealt drugs": the verb
    handles or trades; only the noun is an agreement ("struck a deal with the unions")."""
    return deal.lemma_.lower() == "deal" and deal.pos_ == "VERB"


# Verbs that, joined to "agreed", say what was agreed: "agreed and signed the deal".
SEALING = frozenset({"sign", "accept", "approve", "ratify", "settle", "pledge", "promise", "commit", "initial"})


def _concurs(agree: Token) -> bool:
    """ "The American Medical Association agrees with Dean", "Breyer agreed with the tobacco
    company's argument", "Mica agreed.", "In a statement, Locke and Salazar agreed.": agreeing with
    someone or their view, or bare, with nothing agreed on, to or upon, shares an opinion; an
    agreement has its terms ("agreed with Deutsche Lufthansa a pay deal", "agreed with General
    Electric to expand their alliance", "agreed with Turkey on a ceasefire", "agreed in
    principle"). So does agreeing that something is so ("analyst David Bositis agreed that the
    shift was a matter of geography", "Plosser agreed that further turmoil could crimp growth"),
    unless the clause says what will be done ("agreed that they would split a stake in Opel")."""
    if agree.pos_ != "VERB" or agree.lemma_.lower() != "agree":
        return False
    following = agree.doc[agree.i + 1] if agree.i + 1 < len(agree.doc) else None
    if following is not None and following.lower_ == "that" and following.dep_ == "mark":
        # "agreed that the Treasury Department has limited power …", however the parse hangs the clause
        return not _undertaking(following.head)
    if any(
        child.dep_ in ("dobj", "xcomp") or _terms_clause(child) or _terms_preposition(child) for child in agree.children
    ):
        return False
    joined = [child for child in agree.children if child.dep_ == "conj"]
    if joined:
        # "Hickok agreed and denied both motions": one named party's assent, then another act; two
        # parties ("Russia and Ukraine agreed and exchanged prisoners") or a sealing verb ("agreed
        # and signed the deal") make the joined act the agreement's terms
        subjects = [child for child in agree.children if child.dep_ == "nsubj"]
        one_party = len(subjects) == 1 and subjects[0].tag_ == "NNP" and not subjects[0].conjuncts
        return one_party and not any(verb.lemma_.lower() in SEALING for verb in joined)
    clauses = [child for child in agree.children if child.dep_ == "ccomp"]
    if clauses:
        return not any(_undertaking(clause) for clause in clauses)
    if any(child.dep_ == "prep" and child.lower_ == "with" for child in agree.children):
        return True
    # "John Mica, agreed.", "Someone called it a quiet revolution, and I agree.": agreeing with
    # nothing and on nothing, in a sentence or a clause with its own subject, is assent to what was said
    own_subject = any(child.dep_ == "nsubj" for child in agree.children)
    own_clause = agree.dep_ == "ROOT" or (agree.dep_ == "conj" and own_subject)
    return own_clause and not any(child.dep_ == "npadvmod" for child in agree.children)


def _terms_clause(child: Token) -> bool:
    """An adverbial clause that is an infinitive, the terms the parser hung there ("agreed with
    General Electric to expand their alliance"); not a clause of concession or of saying
    ("Although ads were suspended, several Republicans agreed with the companies, saying …")."""
    return child.dep_ == "advcl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)


def _terms_preposition(child: Token) -> bool:
    """What an agreement is on, to, upon or about, and "in principle"."""
    if child.dep_ != "prep":
        return False
    if child.lower_ == "in":
        return any(object_.lower_ == "principle" for object_ in child.children)
    return child.lower_ in ("on", "upon", "over", "about", "to", "for")


def _undertaking(clause: Token) -> bool:
    """A clause that says what will be done ("that they would split a stake"), not what is so,
    nor what would be so ("agreed that it would be overreaching to force advisers")."""
    if clause.lemma_.lower() == "be" or any(
        child.dep_ in ("nsubj", "expl") and child.lower_ in ("it", "there") for child in clause.children
    ):
        return False  # "that it would be a mistake", "that it would be overreaching to force …"
    return any(child.dep_ == "aux" and child.lower_ in ("will", "would", "shall", "'ll") for child in clause.children)


# What one protester may do that is a protest or tells of one: chanting, shouting, holding up a
# sign, standing outside an embassy, setting himself on fire, dying in it, demanding.
PROTESTING_VERBS = frozenset(
    {"protest", "demonstrate", "chant", "shout", "yell", "heckle", "march", "rally", "hold", "wave", "carry",
     "block", "disrupt", "interrupt", "storm", "occupy", "burn", "throw", "scream", "picket", "sit", "stand",
     "set", "stage", "gather", "die", "attack", "clash", "refuse", "vow", "demand", "call", "urge"}
)  # fmt: skip


def _one_protester_doing(protester: Token) -> bool:
    """ "when a protester seemed to stumble", "a protester told reporters he had driven from Ohio":
    one protester, the subject of a verb that is no act of protest, names a person; the protest,
    if any, is told elsewhere."""
    if protester.tag_ != "NN" or protester.lemma_.lower() not in ("protester", "protestor", "demonstrator"):
        return False
    verb = protester.head
    return protester.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in PROTESTING_VERBS


# What is done to one protester to remove or rough them up, told in the passive with no one
# named as doing it ("as a protester was being removed from an event"): a person handled, not a
# protest, whoever handled them; shooting, killing or arresting one is force against a protest.
HANDLING_VERBS = frozenset(
    {"remove", "eject", "escort", "drag", "lead", "usher", "carry", "throw", "kick", "punch", "shove", "push",
     "tackle", "grab", "hit", "slap", "boo", "confront", "heckle", "mock"}
)  # fmt: skip


def _one_protester_acted_on(protester: Token, lexicon: EventLexicon) -> bool:
    """ "The Trump supporter who punched a black protester in the face", "a rally where a heckler
    shoved a demonstrator", "as a protester was being removed from an event": one protester, the
    object of someone else's act, names a person; whatever they protested is told elsewhere, if
    at all. Not when the police or the army act on them, which is force against a protest."""
    if not (protester.tag_ == "NN" and protester.lemma_.lower() in ("protester", "protestor", "demonstrator")):
        return False
    verb = protester.head
    if protester.dep_ == "nsubjpass":
        agents = [grand for child in verb.children if child.dep_ == "agent" for grand in child.children]
        return verb.lemma_.lower() in HANDLING_VERBS and not agents
    if protester.dep_ != "dobj":
        return False
    doers = [verb.head if subject.tag_ in ("WP", "WDT") else subject for subject in _subjects(verb)]
    forces = (lexicon.participants["police"], lexicon.participants["military"])
    # what the police or the army do to a protester ("police shot a protester dead") is force against a protest
    return bool(doers) and not any(force.fullmatch(_noun_phrase(doer)) for doer in doers for force in forces)


def _police_call(visit: Token, lexicon: EventLexicon) -> bool:
    """ "Police visited the Itsu sushi restaurant in Piccadilly", "Police officers visited the
    victim's family": the police call at a place in an inquiry; no one is met in a diplomatic
    sense."""
    police = lexicon.participants["police"]
    return visit.pos_ == "VERB" and any(police.fullmatch(_noun_phrase(subject)) for subject in _subjects(visit))


# Endings of nouns that name an act or a state, not people ("extradition", "announcement",
# "acceptance", "approval"); the nouns of people among them are left out.
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "al")
PEOPLE_ACT_NOUNS = frozenset({"delegation", "nation", "generation", "congregation", "population", "official", "rival"})


# Things welcomed that end in no act noun's ending: "welcomed support from China", "welcomed the
# move", "welcomed the news".
WELCOMED_THINGS = frozenset(
    {"support", "backing", "help", "aid", "news", "move", "step", "offer", "pledge", "plan", "proposal", "deal",
     "initiative", "effort", "call", "ruling", "verdict", "report", "data", "result", "idea", "change", "progress",
     "cut", "steps", "moves"}
)  # fmt: skip


def _welcomed_an_act(verb: Token) -> bool:
    """ "He welcomed extradition to the United States", "welcomed the appointment", "welcomed
    support from China": an act, a decision or a thing done welcomed is approved; a visit
    welcomes people ("welcomed the delegation")."""
    if verb.lemma_.lower() != "welcome":
        return False
    objects = [child for child in verb.children if child.dep_ in ("dobj", "obj")]
    return any(
        obj.pos_ == "NOUN"
        and (obj.lower_.endswith(ACT_NOUN_ENDINGS) or obj.lemma_.lower() in WELCOMED_THINGS)
        and obj.lower_ not in PEOPLE_ACT_NOUNS
        for obj in objects
    )


def _noun_phrase(noun: Token) -> str:
    """The noun with the compounds and adjectives before it: "Police officers", "riot police"."""
    words = [word for word in noun.lefts if word.dep_ in ("compound", "amod")] + [noun]
    return " ".join(word.text for word in words)


# What one arrests when one halts it: "arresting the slide in home prices", "arrest the spread".
TRENDS = frozenset(
    {"slide", "decline", "fall", "drop", "slump", "downturn", "deterioration", "spread", "rise", "growth", "trend"}
)


def _halts_a_trend(arrest: Token) -> bool:
    """ "Arresting the slide in home prices is key", "efforts to arrest the spread of the virus":
    the verb halts a movement (its object a trend), no one is detained."""
    return arrest.pos_ == "VERB" and any(
        child.dep_ in ("dobj", "obj") and child.lemma_.lower() in TRENDS for child in arrest.children
    )


# Parties named by a common noun that neither the lexicon's kinds of party nor the plurals for
# people (`is_plural_for_people`: "speculators", "immigrants", "unions") cover.
BLAMED_PARTIES = frozenset(
    {"opposition", "regime", "media", "press", "enemy", "enemies", "elite", "elites", "establishment", "west",
     "people", "company", "bank", "banks", "firm", "union", "party", "group", "groups", "family", "sides"}
)  # fmt: skip
# Pronouns that stand for a thing, not a party: "blamed it on the weather".
THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def _blamed_on_a_cause(blame: Token, lexicon: EventLexicon) -> bool:
    """ "AT&T blamed its weak growth on a shortage of iPhones", "Trump blamed his hesitancy on a
    bad earpiece": "blame X on Y" gives Y as the cause of X, and when Y is a thing no one is
    blamed; so does "blame Y for X" ("Clinton blamed the fog of war for the failure"). When Y
    names a party ("blamed the crisis on the opposition", "on Hamas", "on speculators", "blamed
    Russia for the attack") it stays a reproach."""
    if blame.pos_ != "VERB" or blame.lemma_.lower() != "blame":
        return False
    # the parser often hangs the "on" phrase on a clause inside the object ("his hesitancy to
    # condemn Duke on a bad earpiece")
    holders = [blame] + [child for child in blame.children if child.dep_ in ("dobj", "xcomp")]
    holders += [grand for holder in holders[1:] for grand in holder.children if grand.dep_ in ("acl", "xcomp")]
    causes = [
        word
        for holder in holders
        for child in holder.children
        if child.dep_ == "prep" and child.lower_ == "on"
        for word in child.children
        if word.dep_ == "pobj"
    ]
    if not causes and any(child.dep_ == "prep" and child.lower_ == "for" for child in blame.children):
        # "blame X for Y" gives X as the cause: "Clinton blamed the fog of war for the failure"
        causes = [child for child in blame.children if child.dep_ in ("dobj", "obj")]
    if not causes:
        return False
    return not any(
        _names_a_party(word, lexicon)
        for cause in causes
        for word in (cause, *cause.conjuncts, *(child for child in cause.children if child.dep_ == "compound"))
    )


def _names_a_party(word: Token, lexicon: EventLexicon) -> bool:
    """Whether a word names someone who can be blamed: a name, a personal pronoun, a plural for
    people, or a kind of party the lexicon or `BLAMED_PARTIES` knows."""
    if word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if word.pos_ == "PRON":
        return word.lower_ not in THING_PRONOUNS
    if is_plural_for_people(word.text) or word.lower_ in BLAMED_PARTIES:
        return True
    kinds = _fighting_kinds(lexicon) + tuple(
        lexicon.context[name] for name in ("state_bodies", "unarmed_parties", "roles_of_another")
    )
    return any(kind.fullmatch(word.text) for kind in kinds)


# Verbs of leaving custody: "released from house arrest", "escaped from detention".
RELEASING = frozenset({"release", "free", "escape", "flee", "emerge", "discharge", "liberate"})


def _released_from(arrest: Token) -> bool:
    """ "Suu Kyi was released from house arrest", "freed from detention": the noun of a custody
    someone leaves names the release, not an arrest ("arrests from Sunday's protest" stay)."""
    return (
        arrest.pos_ == "NOUN"
        and arrest.dep_ == "pobj"
        and arrest.head.lower_ == "from"
        and arrest.head.head.lemma_.lower() in RELEASING
    )


# Verbs of being somewhere: "is under house arrest", "remains in detention".
BEING = frozenset({"be", "remain", "stay", "live", "spend"})


def _held_in_custody(arrest: Token) -> bool:
    """ "He is under house arrest in his apartment", "remains under arrest": a custody that lasts,
    told as a state; the arrest that began it is not reported here ("was placed under house
    arrest" is)."""
    under = arrest.head
    return (
        arrest.dep_ == "pobj"
        and under.lower_ == "under"
        and under.head.lemma_.lower() in BEING
        and not any(child.dep_ == "auxpass" for child in under.head.children)
    )


def _describes_people(trigger: Token) -> bool:
    """ "One of the wounded employees is in hospital", "out of 23 arrested pirates, 12 are from
    Somalia": a participle of harm before a plural noun describes people an act was done to, told
    elsewhere; it is no report of the act. Not before an act ("targeted attacks"), nor a single
    person ("a detained policeman", whose detention the note may be about)."""
    return (
        trigger.lower_ in HARM_PARTICIPLES
        and trigger.dep_ == "amod"
        and trigger.head.tag_ == "NNS"
        and trigger.head.lemma_.lower() not in EVENT_NOUNS
    )


# Nouns of help that a "with" phrase makes the manner of another act.
HELP_NOUNS = frozenset({"assistance", "help", "aid", "support", "backing"})


def _help_as_a_manner(noun: Token) -> bool:
    """ "The Republican Congress, with some assistance from Democrats, has enacted changes",
    "with the help of local guides, the team reached the summit": help told as how another act was
    done, whose subject is the one helped, is no act of aid of its own (the act it helped is the
    event)."""
    return (
        noun.lemma_.lower() in HELP_NOUNS
        and noun.tag_ in ("NN", "NNS")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")
    )


def _economic_demand(demand: Token) -> bool:
    """ "Strong demand in Asia", "European demand for jet fuel", "oil demand", "its demand
    forecast", "demand for loans", "remained in demand": demand as buyers' appetite, sized or
    sorted by a market word or a nation's adjective, measured, for a thing bought, or had (singular,
    no owner). A demand made is owned or plural: "the protesters' demand", "Chinese demands"."""
    if demand.lemma_.lower() != "demand" or demand.tag_ != "NN":
        return False
    if any(child.dep_ == "poss" for child in demand.children):
        return False
    if demand.dep_ == "compound" and demand.head.lemma_.lower() in DEMAND_MEASURES:
        return True  # "cut its 2008 demand forecast": a measure of buyers' appetite
    if demand.dep_ in ("dobj", "nsubjpass") and demand.head.lemma_.lower() in DEMAND_MOVERS:
        return True  # "a worsening recession has smothered demand for gasoline"
    wanted = demand.dep_ == "pobj" and demand.head.lower_ == "in"
    if wanted and not any(child.lower_ == "of" for child in demand.children):
        return True  # "U.S. equities remained in demand", "in high demand" (not "in demand of their release")
    registry = country_registry()
    return any(
        child.dep_ in ("amod", "compound")
        and (
            DEMAND_SIZES.intersection((child.lemma_.lower(), child.lower_))
            or registry.country_of_demonym(child.text) is not None
        )
        for child in demand.children
    ) or any(
        child.dep_ == "prep" and child.lower_ == "for" and word.dep_ == "pobj" and word.lemma_.lower() in DEMANDED_GOODS
        for child in demand.children
        for word in child.children
    )  # "demand for goods"


def _carried_out(execute: Token) -> bool:
    """ "Apple executed well on the launch", "the trade was executed", "executed its strategy":
    to execute well or badly, or to execute a plan, an order or a deal, is to carry it out
    ("Iran executed two men", "he was found executed", "prisoners executed by soldiers" stay
    killings)."""
    if execute.lemma_.lower() != "execute" or execute.pos_ != "VERB":
        return False
    objects = [child for child in execute.children if child.dep_ in ("dobj", "nsubjpass")]
    if not objects and execute.dep_ == "conj":  # "designed and executed a marketing campaign"
        objects = [child for child in execute.head.children if child.dep_ == "dobj" and child.i > execute.i]
    if not objects:  # "executed well"; not "was found executed", "prisoners executed by soldiers"
        return any(child.dep_ == "advmod" and child.lower_ in MANNER_OF_CARRYING_OUT for child in execute.children)
    return all(word.lemma_.lower() in THINGS_CARRIED_OUT for word in objects)


def _classifies(trigger: Token) -> bool:
    """ "Protest groups say", "cancer support groups", "two attack dogs", "an arrest warrant": a
    noun of an act (`SORTING_ACTS`) that sorts the noun after it (`CLASSIFIED`: bodies, people,
    animals, machines, papers) names a kind of thing, no act. A doer's noun stays: "a vigilante
    group foiled an attack" tells what the group did."""
    return (
        trigger.dep_ in ("compound", "amod")
        and (trigger.lemma_.lower() in SORTING_ACTS or trigger.lower_ in SORTING_ACTS)
        and trigger.head.pos_ == "NOUN"
        and trigger.head.lemma_.lower() in CLASSIFIED
    )


# Verbs that say what something is taken for: "portrayed the attack as a violent protest".
CHARACTERISING = frozenset(
    {"portray", "describe", "characterize", "characterise", "depict", "label", "cast", "frame", "brand", "paint",
     "classify", "term", "mischaracterize", "misrepresent"}
)  # fmt: skip
CHARACTERISATION_STEPS = 3  # "as a violent protest rather than a terrorist attack": as → protest → than → attack


def _named_as_a_kind(noun: Token) -> bool:
    """ "how the attack … was initially portrayed by the White House as a violent protest rather
    than a terrorist attack": a noun of an act after "as" (or set against it) under a verb of
    portraying tells what something was taken for, not a second act."""
    if noun.pos_ != "NOUN":
        return False
    word = noun
    for _ in range(CHARACTERISATION_STEPS):
        head = word.head
        if head.i == word.i:
            return False
        if head.lower_ == "as" and word.dep_ == "pobj":
            return head.head.lemma_.lower() in CHARACTERISING
        word = head
    return False


def _in_a_name(trigger: Token, sentence: Doc) -> bool:
    """ "Tara Reid checked into Promises Treatment Center": a capitalised trigger word inside the
    proper name of a place or a thing (`NAMED_THINGS`: a centre, a fighter jet, a fund), in a
    sentence that is not a title-cased headline (one lower-case word of four letters or more
    tells). The name of a body of people ("the Anti-K-Rail Protest Campaign") may well be who
    protests, and stays."""
    if trigger.i == sentence[0].i or not trigger.text[:1].isupper():
        return False
    if trigger.dep_ != "compound" or trigger.head.pos_ != "PROPN" or trigger.head.lower_ not in NAMED_THINGS:
        return False
    return any(word.is_alpha and len(word) > 3 and word.is_lower for word in sentence)


def _subjects(verb: Token) -> list[Token]:
    """The active subject of a verb (a conjunct's is its first verb's): its head word, so "copper
    workers" and "market vendors" are people, "GE shares" a market."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
    return subjects


# One person, who marches into a place by walking in ("a gunman who marched into the party"); a
# crowd, a mob or a union marching stays a demonstration.
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
INDIVIDUALS = frozenset(
    {"man", "woman", "gunman", "suspect", "attacker", "shooter", "assailant", "intruder", "boy", "girl", "teenager",
     "officer", "driver", "customer", "robber", "thief", "husband", "wife", "father", "mother", "son", "daughter"}
)  # fmt: skip


def _marching_body(trigger: Token) -> bool:
    """ "A band in tuxedos marched through the dinner crowd", "troops marched into the town",
    "three rebel groups defeated the Derg and marched into Addis Ababa": a band, a unit or an
    armed group marches in step or in arms, it does not protest."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "march":
        return False
    return any(
        subject.lemma_.lower() in MARCHING_BODIES
        or any(child.lower_ in ARMED_MODIFIERS for child in subject.children if child.dep_ in ("compound", "amod"))
        for subject in _subjects(trigger)
    )


def _one_walker(trigger: Token) -> bool:
    """ "a gunman who marched into a party", "he marched into the office": one person marching
    into a place walks in, however angrily. One who marches to, towards or through a place may
    be protesting alone (ACLED codes such protests), and a named subject may be a group the
    recogniser took for a person ("Polo Obrero marched towards the ministry")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "march":
        return False
    if not any(child.dep_ == "prep" and child.lower_ == "into" for child in trigger.children):
        return False
    for subject in _subjects(trigger):
        if subject.tag_ in ("WP", "WDT") and trigger.dep_ == "relcl":
            subject = trigger.head  # "a gunman who marched": the gunman
        if subject.lower_ in ONE_PERSON_PRONOUNS or (subject.tag_ == "NN" and subject.lemma_.lower() in INDIVIDUALS):
            return True
    return False


def _campaign_rally(rally: Token, sentence: Doc, people: Sequence[tuple[int, int]]) -> bool:
    """A candidate's rally, not a protest: one a person owns ("Mr. Trump's rally", "previous
    Trump rallies", "his rally") or a campaign holds ("a campaign rally"), or the place where
    a person or an office-holder said or did anything ("Trump said at a rally in Evansville",
    "at a rally in Louisiana, Mr. Trump rejected attacks", "at a rally in Portland, Trump included
    the Philippines on a list") — unless the sentence says what the crowd stood against or for.
    Done to a person there ("Navalny was detained at a rally") it stays a demonstration.
    A person or an office-holder who holds, opens or headlines a rally ("Sanders held a rally in Mason
    City", "the Vermont senator opened a Rochester rally"), a crowd of voters or delegates at one
    ("At rallies in New Hampshire, voters with Bernie Sanders T-shirts"), a rally's audience or speech,
    and "rally" as a verb with an object ("rally the grassroots": to muster) are campaigning too.
    A party's or a cause's rally ("a UDA rally", "a pro-EU rally") stays a demonstration, as ACLED
    codes them."""
    if rally.pos_ == "VERB":  # "rally the grassroots", "rallied supporters behind him": to muster, not to march
        mustered = any(child.dep_ == "dobj" for child in rally.children)
        return mustered and CROWD_WORDS.search(sentence.text) is None  # "rallying a coalition against the League"
    if rally.pos_ != "NOUN":
        return False
    if _campaigner_when_at(rally, sentence, people):
        return True
    if rally.text.islower() and any(
        child.dep_ in ("poss", "compound") and _is_person(child, people) for child in rally.children
    ):
        # "at a Trump rally punching a protester": a protester there does not make it a protest (a rally
        # with a capitalised name of its own, "the Shan-e-Mustafa Rally", is not a candidate's stop)
        return True
    if PROTEST_WORDS.search(sentence.text):
        return False
    if any(word.lemma_.lower() in ("voter", "caucusgoer", "delegate") for word in sentence):
        return True  # "At rallies in New Hampshire, voters with Bernie Sanders T-shirts stood": a campaign's crowd
    if rally.dep_ == "compound" and rally.head.lemma_.lower() in RALLY_PARTS:
        return True  # "told a rally audience", "in a rally speech"
    if any(_hears_a_speaker(word, people) for word in sentence if word.lemma_.lower() in LISTENING):
        return True  # "300 people stood in the rain to hear Weld and Johnson speak"
    if rally.dep_ == "dobj" and rally.head.lemma_.lower() in HOLDING_RALLY:
        held = rally.head
        holders = [
            held.head if subject.tag_ in ("WP", "WDT") and held.dep_ == "relcl" else subject
            for subject in _subjects(held)
        ]
        # "Sanders, who also held a rally in Mason City", "the Vermont senator opened a Rochester rally"
        if any(_campaigner(holder, people) for holder in holders):
            return True
    for child in rally.children:
        if child.dep_ in ("poss", "compound") and (_is_person(child, people) or child.lower_ in ("his", "her")):
            return True
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in CAMPAIGNS:
            return True
    venue = _venue(rally)
    if venue is None:
        return False
    # "traders endorsed a boycott at a rally" stays a protest
    return any(_campaigner(subject, people) for subject in _subjects(venue))


# Prepositions that put a protest somewhere: one person protesting there is a demonstration.
PLACED_BY = frozenset({"in", "at", "outside", "near", "before", "across", "through", "on", "inside", "into"})


def _named_person_protests_a_thing(verb: Token, people: Sequence[tuple[int, int]]) -> bool:
    """ "Ted Cruz is protesting Obama's executive actions … by giving away an engraved shotgun",
    "Senator Rand Paul protested the bill by reading from the Constitution": one named person
    protesting a thing, nowhere in particular, objects to it; one who protests somewhere
    ("protested the arrest outside the police station") demonstrates."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "protest":
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if len(subjects) != 1 or not _is_person(subjects[0], people) or subjects[0].tag_ != "NNP":
        return False
    if any(child.dep_ == "conj" for child in subjects[0].children):
        return False  # "Cruz and his supporters protested …": more than one
    has_object = any(child.dep_ == "dobj" for child in verb.children)
    placed = any(word.dep_ == "prep" and word.lower_ in PLACED_BY for word in verb.subtree)
    return has_object and not placed


# Words that make firing at someone gunfire: a weapon, a shot, a round, a casualty.
GUNFIRE_WORDS = re.compile(
    r"\b(?:guns?|gunfire|rifles?|pistols?|shotguns?|bullets?|shots?|rounds|weapons?|kill\w*|dead|died|wound\w*"
    r"|injur\w*|hit|struck|missed)\b",
    re.IGNORECASE,
)


def _fired_at_a_rival(fired: Token, people: Sequence[tuple[int, int]]) -> bool:
    """ "Jeb Bush fired at Trump, Ted Cruz, John Kasich and Marco Rubio": a named person firing
    at named persons, with no weapon, shot or casualty in the sentence, fires words; "the gunman
    fired at police officers" (no named person), "Israel fired at Gaza" (no person) and "Zimmerman
    fired at Martin, killing him" stay shootings."""
    if fired.lemma_.lower() != "fire" or fired.pos_ != "VERB" or not people:
        return False
    doers = [child for child in fired.children if child.dep_ == "nsubj"]
    aimed_at = [
        word
        for child in fired.children
        if child.dep_ == "prep" and child.lower_ == "at" and child.i > fired.i  # not "At the hearing Warren fired …"
        for head in child.children
        if head.dep_ == "pobj"
        for word in (head, *head.conjuncts)
    ]
    if not doers or not aimed_at:
        return False
    named_people = all(word.tag_ == "NNP" and _is_person(word, people) for word in doers + aimed_at)
    return named_people and GUNFIRE_WORDS.search(fired.sent.text) is None


def _attacks_on_a_rival(attack: Token, people: Sequence[tuple[int, int]]) -> bool:
    """ "his recent attacks on Trump", "Clinton's attack on Sanders": a person's attack on a named
    person, with no weapon, shot or casualty in the sentence, is made of words. An attack with no
    owner ("the attack on the governor"), or one on a place or a body, stays an attack."""
    if attack.lemma_.lower() != "attack" or attack.tag_ not in ("NN", "NNS") or not people:
        return False
    owners = [child for child in attack.children if child.dep_ == "poss"]
    targets = [
        word
        for child in attack.children
        if child.dep_ == "prep" and child.lower_ in ("on", "against")
        for head in child.children
        if head.dep_ == "pobj"
        for word in (head, *head.conjuncts)
    ]
    if not owners or not targets:
        return False
    owned_by_a_person = all(owner.tag_ == "PRP$" or _is_person(owner, people) for owner in owners)
    on_named_people = all(word.tag_ == "NNP" and _is_person(word, people) for word in targets)
    sentence = attack.sent.text
    harmless = GUNFIRE_WORDS.search(sentence) is None and _BODILY_HARM.search(sentence) is None
    return owned_by_a_person and on_named_people and harmless


# Harm done by hand or by blast, besides gunfire: "his attack on Rushdie … after he stabbed him".
_BODILY_HARM = re.compile(
    r"\b(?:stabb\w*|knife|knives|machetes?|beat(?:en|ing)?|punch\w*|hospital\w*|blind\w*|bomb\w*|blasts?|explosi\w*)\b",
    re.IGNORECASE,
)


def _is_person(word: Token, people: Sequence[tuple[int, int]]) -> bool:
    """Whether the word is within one of the sentence's person names (`people`)."""
    return any(start <= word.idx < end for start, end in people)


def _venue(rally: Token) -> Token | None:
    """The verb of what was done at or during a rally: "said at a rally", "coined the phrase
    during a Saturday rally", "signs autographs for supporters at the conclusion of a rally"
    (through a part of it and the verb's object)."""
    place = rally
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        place = place.head.head  # "the conclusion of a rally", "the end of a rally"
    if not (place.dep_ == "pobj" and place.head.lower_ in ("at", "during")):
        return None  # "during a Saturday rally in Watertown" as "at" one
    verb = place.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "signs autographs … at": the parse hung the place on the object
    return verb if verb.pos_ == "VERB" else None


def _campaigner_when_at(rally: Token, sentence: Doc, people: Sequence[tuple[int, int]]) -> bool:
    """A rally a sentence is set at or during, when a person or an office-holder did something
    ("at a rally in Philadelphia … when Mr. Sanders took issue … and assailed Mrs. Clinton",
    "during a February rally when the candidate implied the judge handling the lawsuits against
    him was biased"): the candidate's. What they said there is theirs, so only the rest of the
    sentence may tell of a crowd against or for something."""
    if not (rally.dep_ == "pobj" and rally.head.lower_ in ("at", "during")):
        return False
    verbs = [word.head for word in sentence if word.lower_ == "when" and word.dep_ == "advmod"]
    verbs += [conjunct for verb in verbs for conjunct in verb.conjuncts]
    acting = [verb for verb in verbs if any(_campaigner(subject, people) for subject in _subjects(verb))]
    if not acting:
        return False
    inside = {word.i for verb in acting for word in verb.subtree}
    rest = " ".join(word.text for word in sentence if word.i not in inside)
    return PROTEST_WORDS.search(rest) is None


def _hears_a_speaker(listen: Token, people: Sequence[tuple[int, int]]) -> bool:
    """Whether a crowd came to hear someone speak: "to hear Weld and Johnson speak", "to listen
    to the senator" (not "to hear the verdict")."""
    heard = [child for child in listen.children if child.dep_ in ("dobj", "ccomp", "xcomp", "prep")]
    heard += [grand for child in heard if child.dep_ == "prep" for grand in child.children if grand.dep_ == "pobj"]
    return any(
        word.lemma_.lower() in SPEAKING or _campaigner(word, people) for child in heard for word in child.subtree
    )


def _families_or_migrants(arrive: Token) -> bool:
    """Whether who arrived is a family or migrants ("Guhdar, his wife and their six children
    arrived in Greece", "Mohammed Ali, a Syrian refugee, arrived in Canada"): people moving, not
    a visit. A leader arriving "with his wife" is still visiting: only the subject is read."""
    return any(word.lemma_.lower() in MIGRANTS for subject in _subjects(arrive) for word in subject.subtree)


def _supported_as_a_standing(trigger: Token) -> bool:
    """ "the pipeline, which is widely supported by Republicans", "the plan is backed by most
    unions": a present passive says who is for a thing, not that anyone gave support on a day
    ("was endorsed by Pence on Friday" is an act)."""
    return trigger.tag_ == "VBN" and any(
        child.dep_ == "auxpass" and child.tag_ in ("VBZ", "VBP") for child in trigger.children
    )


def _made_in_a_judged_deal(verb: Token) -> bool:
    """ "criticized the Paris climate agreement negotiated by the Obama administration": the
    participle tells how a judged agreement was once made, no negotiation reported here."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBN":
        return False
    deal = verb.head
    return deal.lemma_.lower() in OCCASIONS and deal.dep_ == "dobj" and deal.head.lemma_.lower() in JUDGING


# Verbs of seeking, losing or withdrawing support: no support is given ("rescinded his endorsement").
SEEKING_SUPPORT = frozenset(
    {"muster", "drum", "rally", "seek", "court", "build", "shore", "lose", "need", "want", "enlist", "solicit",
     "woo", "attract", "lack", "bolster", "rescind", "withdraw", "revoke", "retract", "pull", "withhold", "deny",
     "suspend"}
)  # fmt: skip
# Verbs a measure moves by: support that grows or falls is a share of people, no one's act.
MOVES_OF_A_MEASURE = frozenset(
    {"grow", "rise", "fall", "drop", "slip", "decline", "erode", "surge", "increase", "wane", "shrink", "soar",
     "plummet", "dwindle", "climb", "jump", "dip", "sink", "evaporate", "slide"}
)  # fmt: skip
# Verbs of hoping or asking for support: "Ireland said it still hoped for support".
HOPING_FOR = frozenset({"hope", "ask", "call", "appeal", "lobby", "push", "press", "look", "wait", "pray", "bid"})
HOPING_FOR_FORMS = frozenset({"hoped", "hopes", "hoping"})
# Verbs of winning support: that of a body is its endorsement ("won the support of the largest nurses
# union"), that of a population a share of it ("captured the support of voters").
WINNING_SUPPORT = frozenset({"win", "gain", "earn", "capture", "secure", "garner", "draw"})
POPULATIONS = frozenset(
    {"voter", "people", "public", "electorate", "american", "resident", "citizen", "supporter", "woman", "man",
     "youth", "student", "caucus-goer", "majority", "member", "democrat", "republican", "independent"}
)  # fmt: skip


def _support_sought(support: Token) -> bool:
    """ "visited a toy factory to muster public support for tax hikes", "trying to drum up
    support", "captured the support of voters for whom electability matters": support sought or
    lost, or a population's support won, is no support anyone is reported to give; the subject
    gives none; nor is support that grows or falls ("our Hispanic support is growing"). A body's
    won stays its endorsement ("won the support of the largest nurses union")."""
    if support.pos_ != "NOUN" or support.lemma_.lower() not in ("support", "backing", "endorsement"):
        return False
    if support.dep_ == "pobj" and support.head.lower_ == "for":
        hoping = support.head.head
        # the small model lemmatises "hoped" as "hop": the word's own forms count too
        return hoping.lemma_.lower() in HOPING_FOR or hoping.lower_ in HOPING_FOR_FORMS  # "hoped for support"
    if support.dep_ == "nsubj" and support.head.lemma_.lower() in MOVES_OF_A_MEASURE:
        return True  # "our Hispanic support is growing", "support for the war has fallen": a share, no act
    if support.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = support.head.lemma_.lower()
    if verb in SEEKING_SUPPORT:
        return True
    if verb not in WINNING_SUPPORT:
        return False
    givers = objects_of(support, "of")
    return not givers or all(giver.lemma_.lower() in POPULATIONS for giver in givers)


def _poll_finding(trigger: Token) -> bool:
    """Support a poll or survey measured, not given: the trigger hangs from a verb whose subject
    is a share of people ("89% of young Democrats endorse background checks") or a poll ("a new
    poll found better support for Clinton among Sanders supporters, with 78 percent of them
    backing her", "the survey showed strong support for the measure") or that a poll is the
    place of ("in a Gallup poll, 60 percent backed the plan")."""
    if trigger.pos_ == "NOUN" and any(
        child.dep_ in ("compound", "nummod", "amod", "npadvmod") and child.lower_ in ("percent", "%", "per cent")
        for child in trigger.children
    ):
        return True  # "garners 41 percent support against Trump": a share of voters
    holders = [trigger, *([trigger.head] if trigger.dep_ == "dobj" else [])]  # "won support among many voters"
    if trigger.pos_ == "NOUN" and any(
        child.dep_ == "prep" and child.lower_ == "among" for holder in holders for child in holder.children
    ):
        return True  # "Clinton has maintained support among black voters": a measure of it
    for verb in [trigger, *trigger.ancestors]:
        if any(subject.lemma_.lower() in POLLS for subject in _subjects(verb)):
            return True
        if any(_a_share(subject) for subject in _subjects(verb)):
            return True  # "89% of young Democrats endorse background checks": a share of people, as polled
        agents = [word for child in verb.children if child.dep_ == "agent" for word in child.children]
        if any(_a_share(agent) for agent in agents):
            return True  # "Trump was supported by 42 percent of the Republicans surveyed"
        places = [child for child in verb.children if child.dep_ == "prep" and child.lower_ in ("in", "to")]
        if any(child.dep_ == "pobj" and child.lemma_.lower() in POLLS for place in places for child in place.children):
            return True
    return False


def _a_share(subject: Token) -> bool:
    """ "89%", "Seventy-four percent", "most Americans", "half of voters": a share of people."""
    return (
        subject.lower_ in SHARES
        or subject.like_num
        or any(child.dep_ in ("amod", "det") and child.lower_ in SHARES for child in subject.children)
    )


def _campaigner(word: Token, people: Sequence[tuple[int, int]]) -> bool:
    """Whether `word` names a person (`people`) or someone by office ("the governor")."""
    return _is_person(word, people) or word.lemma_.lower() in CAMPAIGNERS


def _owned_quality_for(trigger: Token, preposition: Token) -> bool:
    """ "demonstrated his knack for …": a "for" the parse hung on the verb that belongs to the
    object, a quality someone owns; not "demonstrated for democracy"."""
    return preposition.lower_ == "for" and any(
        child.dep_ == "dobj" and child.tag_ == "NN" and any(word.dep_ == "poss" for word in child.children)
        for child in trigger.children
    )


def _objected_that(protest: Token) -> bool:
    """ "His campaign protested that Clinton aides were being disingenuous", "Moscow protested
    that the ban breaks the treaty": an objection put in words, not a crowd."""
    return (
        protest.pos_ == "VERB"
        and protest.lemma_.lower() == "protest"
        and any(child.dep_ == "ccomp" and _marked_that(child) for child in protest.children)
    )


# Verbs of saying: a protest that frames one is made in words.
SAYING = frozenset(
    {"say", "warn", "tell", "write", "add", "argue", "claim", "complain", "insist", "declare", "state", "note"}
)


def _protest_in_words(protest: Token) -> bool:
    """ "In perhaps the strongest protest since the dollar soared, Honda's chief warned a strong
    yen would cripple Japanese industry", "in a letter of protest, the ministry said": the
    protest is what the speaker said (not "walked out in protest", an act)."""
    if protest.pos_ != "NOUN" or protest.dep_ != "pobj" or protest.head.lower_ != "in":
        return False
    return protest.head.head.lemma_.lower() in SAYING


# Verbs by which a protest is a formal complaint handed to someone: "Tokyo lodged protests against
# Beijing", "filed a protest with the referee".
LODGING = frozenset({"lodge", "file", "register", "deliver", "submit", "issue", "send", "hand"})


def _lodged(protest: Token) -> bool:
    """A protest lodged, filed or delivered: a complaint made to someone (DISAPPROVE's
    "lodged a protest"), not a crowd."""
    return protest.pos_ == "NOUN" and protest.dep_ in ("dobj", "nsubjpass") and protest.head.lemma_.lower() in LODGING


def _marked_that(clause: Token) -> bool:
    """A clause opened by "that": what is shown or said, never where or why a crowd gathered."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


# Verbs of showing a product or a skill: what is done "in a demonstration" with them is shown
# (not "displayed" or "presented": crowds display banners and present petitions).
SHOWING_VERBS = frozenset({"show", "unveil", "showcase", "exhibit", "test"})


# What a show of force or of skill displays: "a demonstration of military power", "of its
# strength", "of the new software". Not support or solidarity, which crowds demonstrate.
SHOWN_QUALITIES = frozenset(
    {"power", "strength", "force", "might", "muscle", "firepower", "resolve", "unity", "capability", "prowess",
     "dominance", "superiority", "skill", "technology", "software", "product", "weapon", "weakness", "determination",
     "commitment", "intent", "will", "loyalty", "confidence", "competence", "leadership", "ability"}
)  # fmt: skip


def _demonstration_of_a_quality(demonstration: Token) -> bool:
    """ "A demonstration of military power", "a demonstration of strength by the army": a show of
    a quality or a thing (`SHOWN_QUALITIES`), not a crowd's protest."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(grand.dep_ == "pobj" and grand.lemma_.lower() in SHOWN_QUALITIES for grand in child.children)
        for child in demonstration.children
    )


def _shown_in_a_demonstration(demonstration: Token, lexicon: EventLexicon) -> bool:
    """ "In a demonstration at CES, Palm executives showed how the phone …", "during a
    demonstration for reporters, engineers tested the drone": the noun frames a verb of showing
    whose doers are no crowd, so it is a product's or a skill's display ("at a demonstration,
    protesters showed photographs" stays a protest); so is one given ("gave a demonstration of
    the software"), where crowds hold or stage theirs."""
    governor = demonstration.head
    if demonstration.dep_ == "pobj" and governor.lower_ in ("in", "during", "at") and governor.head.pos_ == "VERB":
        shown = governor.head
        crowds = lexicon.context["rally_crowds"]
        return shown.lemma_.lower() in SHOWING_VERBS and not any(
            crowds.search(_noun_phrase(subject)) for subject in _subjects(shown)
        )
    return demonstration.dep_ == "dobj" and governor.lemma_.lower() == "give"


def _show_sense(trigger: Token, lexicon: EventLexicon) -> bool:
    """ "As we demonstrated last week", "the results demonstrated the strength of demand",
    "demonstrating extreme carelessness", "demonstrated his knack for": a thing shown, not a
    crowd (whose "demonstrated" has no object, or one the parse made up: "600 people
    demonstrated Bad Konigshofen against the measures", "demonstrating cadres of JP clashed
    with police")."""
    if trigger.lemma_.lower() == "demonstration" and trigger.pos_ == "NOUN":
        # "another demonstration of how difficult it is": a proof (not "a demonstration of
        # solidarity", which crowds hold); so is "a demonstration that the party still controls
        # parliament" and "we had a demonstration over months that the tsunami did not stop …"
        # (the parse hangs that clause on the verb), not "demonstrations that turned violent"
        return (
            any(
                child.dep_ == "prep" and child.lower_ == "of" and any(grand.dep_ == "pcomp" for grand in child.children)
                for child in trigger.children
            )
            or any(
                clause.dep_ in ("relcl", "acl", "ccomp") and clause.i > trigger.i and _marked_that(clause)
                for clause in [*trigger.children, *(trigger.head.children if trigger.dep_ in ("dobj", "attr") else [])]
            )
            or _shown_in_a_demonstration(trigger, lexicon)
            or _demonstration_of_a_quality(trigger)
        )
    if trigger.lemma_.lower() != "demonstrate" or trigger.pos_ != "VERB":
        return False
    if any(child.dep_ == "ccomp" and _marked_that(child) for child in trigger.children):
        return True  # "over decades in business … Trump has demonstrated that those who rise up …"
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in trigger.children):
        return True  # "was again amply demonstrated": a crowd demonstrates, nothing is demonstrated by one
    if any(
        child.dep_ == "prep" and child.lower_ in PROTEST_PREPOSITIONS and not _owned_quality_for(trigger, child)
        for child in trigger.children
    ):
        return False
    if any(lexicon.context["rally_crowds"].fullmatch(word.text) for word in _subjects(trigger)):
        return False
    subject = bool(_subjects(trigger))
    return any(
        (child.dep_ == "dobj" and (child.tag_ == "NN" or (child.tag_ == "NNS" and subject)))
        or child.dep_ == "ccomp"
        or (child.dep_ in ("mark", "advmod") and child.lower_ in ("as", "how"))
        for child in trigger.children
    )
