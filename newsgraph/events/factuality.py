"""Whether a sentence says its event happened: read from the dependency parse of the sentence.

News tells much that did not happen: "did not attack", "refused to support", "will visit",
"could strike", "threatened to kill", "if Russia attacks", "calls for talks". A trigger word
names the kind of event; the words that govern it in the parse say whether it is asserted.
The parse is the small English model's (`newsgraph.nlp.syntax`); only the sentences an event is
coded from are parsed.

What is read, from the trigger's predicate (the verb itself, or the verb a trigger noun is the
subject or object of) and the verbs it hangs from (an infinitive's governor, "threatened to
*attack*"; a conjunct's first verb when the conjunct has no auxiliary of its own):

- negated: a negation ("not", "never", "n't") on one of them, a governor of refusal ("refused
  to support", "failed to reach"), "no" before a trigger noun
  ("no attack took place"), or no one as the predicate's subject or object ("no one was
  arrested", "arrested nobody");
- modality: "future" ("will", "'ll", "is going to"), "modal" ("would", "could", "may", "might",
  "should", "can", "must"), "intended" (an infinitive under a verb or adjective of intent,
  wish, demand or expectation: plan, threaten, want, vow, urge, call, expect, ready; a
  trigger noun under such a noun: "plans for talks", "the threat of an attack"), "suggested"
  (an act put forward: "suggested reaching a deal", "proposed to hold talks"), "requested" (a
  trigger noun asked for: "requested another investigation", which a demand coded on the noun
  still makes: "demanded the withdrawal of Serbian forces"), "conditional"
  (a clause marked by "if", "unless", "whether"), "counterfactual" (a condition told by
  inversion, which did not come true: "had he been detained", "it would have been cool had
  Hillary Clinton congratulated him"), "forecast" (an infinitive under an adjective of
  likelihood: "is likely to support", "is virtually certain to reject"), "needed" (an
  infinitive under "need" or "require": "needs $2.4 million to support"), "supposed" (a guess a
  hedge inside a perfect makes: "have likely filed"), "awaited" (an "until"
  clause of what goes on or is to go on: "will strike until the government agrees"),
  "question" (the sentence asks, or reports a question: "asked if he would");
- nominal: the trigger is a noun ("the agreement", "deals"), not a verb;
- tense: the predicate's tag in the Penn tagset ("VBD" past, "VBZ" present, ...);
- doer: who acts, by the parse (the subject, a passive's "by" agent, a relative pronoun's noun,
  a reported clause's pronoun's sayer: "the insurer said it is cooperating"; for a trigger noun
  also its own agent, owner or proper adjective: "attacks by Russia", "an Israeli strike"), its
  head word when that is a common noun, the clause the predicate sits in, and whether a named
  party owns the trigger noun ("at Obama's request").

The word lists below are code, not rules data: they are English grammar (auxiliaries, verbs of
intent), not knowledge of events, and each is pinned by `tests/test_factuality.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsgraph.nlp.datelines import DATELINE
from newsgraph.nlp.names import PRONOUN_GENDERS, first_name_gender
from newsgraph.nlp.sentences import HYPHENS

NEGATIONS = frozenset({"not", "n't", "never", "no", "nt"})
FUTURE = frozenset({"will", "'ll", "shall", "wo"})
MODALS = frozenset({"would", "'d", "could", "may", "might", "should", "can", "ca", "must", "ought"})
# Adverbs that set an act in the past as background to the news ("who once backed Cruz", "had
# previously been arrested", "formerly led the party"); "long" only with a perfect ("has long
# accused Zuma": a standing stance, not a dated act).
BACKGROUND_ADVERBS = frozenset({"once", "formerly", "previously"})
# Adverbs that make an act told in the perfect or the present a habit, not one event: "has
# repeatedly pledged", "often blame China" (in the past tense, "police repeatedly fired tear gas"
# is one event).
HABITUAL_ADVERBS = frozenset(
    {"repeatedly", "often", "frequently", "routinely", "regularly", "consistently", "typically", "usually",
     "normally", "generally", "customarily", "habitually"}
)  # fmt: skip
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
ONE_TIME = frozenset({"one", "1", "first", "last"})
STRETCH_PREPOSITIONS = frozenset({"since", "over", "during", "throughout"})  # "three times since October"
LOOSE_COUNTS = frozenset({"several", "many", "numerous", "multiple", "repeated", "frequent", "countless", "dozens"})
STRETCH_NOUNS = frozenset({"year", "month", "week", "decade", "season"})  # "several times this year"
TALLY_VERBS = frozenset({"have", "record", "see", "register", "log", "count", "total", "tally", "average"})
# Governors that put an act forward for others to weigh: "suggested reaching a deal",
# "suggested boycotting Apple", "proposed to hold talks". Unlike a vow or a threat, a suggestion
# commits no one, so not even a thing said holds under it.
SUGGESTING = frozenset({"suggest", "propose", "recommend"})
# Verbs whose object noun is asked for, not done: "requested another Justice Department
# investigation", "sought talks", "demanded an inquiry".
REQUESTING = frozenset({"request", "seek", "demand", "urge"})
# Governors whose infinitive did not (yet) happen: "threatened to strike", "plans to visit",
# "refused to support", "urged Iran to negotiate", "is expected to meet", "ready to fight".
# Not "try"/"attempt" (ACLED codes an attempted attack as an attack) nor "begin", "continue",
# "manage", "force" (their infinitive happened).
INTENT_VERBS = frozenset(
    {
        "plan",
        "intend",
        "threaten",
        "want",
        "wish",
        "seek",
        "hope",
        "vow",
        "pledge",
        "promise",
        "aim",
        "expect",
        "consider",
        "prepare",
        "urge",
        "ask",
        "call",
        "demand",
        "press",
        "encourage",
        "invite",
        "warn",
        "need",
        "schedule",
        "agree",
        "offer",
        "decide",
        "mull",
        "weigh",
        "contemplate",
        "vote",
        "order",
        "authorize",
        "authorise",
        "go",
    }
)
# Governors that say their infinitive was not done: "refused to support", "failed to reach".
REFUSALS = frozenset({"refuse", "decline", "fail", "reject", "deny", "avoid"})
# Verbs whose "from" names a deed kept from happening: "barred police from arresting him".
PREVENTING = frozenset(
    {"prevent", "stop", "bar", "restrain", "block", "ban", "keep", "deter", "prohibit", "forbid", "refrain",
     "dissuade", "discourage"}
)  # fmt: skip
# Verbs of saying, whose reported clause (ccomp) tells who says it (`_sayer_words`) and may have a
# further act of the sayer's joined to it by the parser (`_sayers_own_act`), and those acts.
SAYING = frozenset({"say", "tell", "state", "insist", "argue", "add", "declare", "stress", "write", "warn"})
SPEECH_ACTS = frozenset(
    {"urge", "accuse", "call", "demand", "ask", "warn", "criticize", "criticise", "condemn", "praise", "blame",
     "appeal", "press", "welcome", "vow", "pledge", "promise", "threaten", "reject", "deny", "denounce"}
)  # fmt: skip
# Nouns of what is said about without a named source, and verbs that deny or shrug them off:
# "shrugging off reports that GM and Magna had reached an agreement", "dismissed rumours that".
HEARSAY_NOUNS = frozenset({"report", "rumor", "rumour", "speculation", "suggestion", "claim", "allegation"})
DISMISSING = frozenset(
    {"deny", "dismiss", "shrug", "reject", "refute", "rebut", "downplay", "discount", "brush", "quash", "scotch",
     "debunk", "dispute", "contradict"}
)  # fmt: skip
# Governors of an infinitive that is wanted, not done or promised: "needs $2.4 million to support
# the ministry", "the West needs to back Kyiv" (a call, if anyone's, not support given).
NEEDING = frozenset({"need", "require"})
LACKING = frozenset({"lack"})  # "lacked the resources to provide support": none was provided
INABILITY = frozenset({"unable", "unwilling", "powerless"})  # "was unable to reach a deal": none was reached
# Nouns of refusing or failing that an infinitive after them is not done under: "his refusal to
# endorse her", "the failure to reach a deal".
REFUSAL_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})
REFUSAL_NOUN_REACH = 4  # words between the noun and the "to" of its infinitive ("refusal to this point to")
INTENT_ADJECTIVES = frozenset({"ready", "willing", "poised", "set", "due", "eager", "keen"})
# Adjectives of a forecast, the writer's or a source's about another, not the doer's own word:
# "the Senate is virtually certain to reject it", "is likely to back the bill".
FORECAST_ADJECTIVES = frozenset({"likely", "unlikely", "certain", "sure", "bound"})
# Adverbs that make a perfect they stand in a guess: "have likely filed", "has probably left".
HEDGES = frozenset({"likely", "probably", "possibly", "perhaps", "maybe"})
# Verbs that put a gathering or an act in the calendar: "a protest is scheduled", "talks are
# expected", "a strike planned for Friday" (not "planned by the union": organised, and held).
SCHEDULING = frozenset({"schedule", "plan", "slate", "set", "expect"})
# Nouns a trigger noun hangs from when it names what is wanted or feared: "plans for talks",
# "the threat of an attack", "calls for a ceasefire", "the possibility of an arrest".
INTENT_NOUNS = frozenset(
    {
        "plan",
        "threat",
        "call",
        "demand",
        "proposal",
        "possibility",
        "risk",
        "fear",
        "hope",
        "bid",
        "prospect",
        "offer",
        "request",
        "push",
        "appeal",
        "idea",
        "chance",
        "warning",
        "need",
        "intention",
    }
)
# Nouns of what one may do, with the act as their infinitive: "won the power to arrest
# protesters", "acquire powers to reject national budgets", "has the right to detain suspects".
# Holding the power is not using it.
CAPACITY_NOUNS = frozenset(
    {"power", "authority", "right", "mandate", "ability", "capacity", "permission", "license", "licence",
     "leeway", "freedom", "option", "opportunity", "means", "discretion", "jurisdiction"}
)  # fmt: skip
NOBODY = frozenset({"nobody", "none", "noone", "nothing"})
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Verbs whose subject is who a request, a call, criticism or praise named by their object goes
# to, not who makes or gives it: "the State Department received a request", "passed along a
# request from an associate", "faced calls to resign", "India's navy drew criticism", "Rubio
# earned widespread praise", "has endured criticism", "pulled in massive support", "has rung up
# major endorsements", "picked up the backing of", "locked up endorsements"; nor who breaks or
# keeps a promise made before ("has broken many promises he made to the voters"); nor who
# quiets, dodges or provokes it ("tried to defuse criticism about the AIG payouts", "sparked
# criticism"); nor who refuses or welcomes it ("rejected the deal": its REJECT is the event,
# not an agreement of its own).
RECEIVING = frozenset(
    {"receive", "get", "obtain", "pass", "forward", "face", "ignore", "answer", "field", "grant", "deny", "reject",
     "decline", "refuse", "turn", "heed", "welcome", "draw", "attract", "earn", "win", "garner", "endure",
     "weather", "suffer", "pull", "gain", "enjoy", "lose", "amass", "secure", "court", "ring", "rung", "rack", "pick",
     "collect", "land", "snag", "line", "break", "keep", "fulfil", "fulfill", "honor", "honour", "lock", "score",
     "rebut", "refute", "counter", "dismiss", "brush", "shrug", "deflect", "parry", "fend", "defuse", "quell",
     "blunt", "silence", "dodge", "sidestep", "duck", "invite", "spark", "provoke", "prompt"}
)  # fmt: skip
# Verbs whose subject asks for what their object (or "for" object) names, so does not give it:
# "China has lobbied for support for its position", "Kyiv sought backing from its allies".
SEEKING = frozenset(
    {"seek", "solicit", "request", "need", "want", "woo", "lobby", "ask", "appeal", "plead", "beg", "press", "push",
     "campaign", "look", "hope", "scramble", "vie", "compete"}
)  # fmt: skip
# Verbs whose subject judges what their object names, made by others: "Sanders criticized the
# climate accord" (his criticism is the event, not an accord of his), "hailed the deal".
JUDGING = frozenset(
    {"criticize", "criticise", "condemn", "denounce", "oppose", "slam", "blast", "question", "challenge", "praise",
     "hail", "applaud", "tout", "defend", "scrap", "quit", "abandon", "assail", "decry", "deride", "mock"}
)  # fmt: skip
# Verbs whose subject withstands what their "against" names: "defended himself against
# accusations", "pushed back against criticism" (the criticism is someone else's).
DEFENDING = frozenset({"defend", "shield", "protect", "guard", "push", "hit", "fight", "bristle"})
# Verbs whose subject answers what their "to" names: "responded on Sunday to accusations that he
# exaggerated", "responded to calls for his ouster" (the accusers and callers are others).
RESPONDING = frozenset({"respond", "reply", "react", "answer"})
# Verbs that credit their object with a deed named after "for": "Zelensky thanked Biden for his
# support" is Biden's support, received by Zelensky.
CREDITING = frozenset({"thank", "credit", "praise", "commend", "applaud", "hail", "congratulate", "reward"})
CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs whose "if" or "whether" clause is a question put to someone or wanted answered: "Hannity
# asked Trump if he would deport all illegal immigrants", "demanded to know whether Clinton would
# forsake donations" report a question, not a threat or a promise.
ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query", "know"})
# What belongs to a doer's name ("Gov. Mike Pence", "Russia's army"; also "of" phrases, "the
# mayor of Kabul"), not what is said of it (a relative clause, "a group in the United States").
NAME_PARTS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "cc"})
# Nouns of a following: "supporters of Ruto" are not Ruto, whose name only says whose they are.
# People "of" a body who are not the body: its followers, and its working people ("employees of the
# company Avibras protested" is the employees' protest, not the company's).
FOLLOWERS = frozenset(
    {"supporter", "follower", "loyalist", "sympathiser", "sympathizer", "partisan", "backer", "worker", "employee",
     "staffer", "labourer", "laborer"}
)  # fmt: skip
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Dependencies by which a trigger noun is what a verb does or undergoes ("held talks", "the
# attack killed", "carried out an attack", "talks were held").
NOUN_OF_VERB = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class Assertion:
    """What the parse says of one event's trigger."""

    negated: bool = False  # denied, or refused ("refused to support", "failed to reach")
    # the act itself is refused: the negation is on its own verb or on a verb of intent or
    # refusal over it ("will not accept", "did not want to meet"), not on another verb
    # ("could not recall discussing")
    refused: bool = False
    modality: str | None = None  # future, modal, intended, conditional, question, feared; None: asserted
    nominal: bool = False
    tense: str = ""  # the predicate's Penn tag, "" when there is no verb
    # Who does it, by the parse: the characters (in the sentence) of each word naming the
    # predicate's subject, or the agent of a passive ("was endorsed by Pence"), and for a trigger
    # noun its own agent, owner or proper adjective ("attacks by Russia", "an Israeli strike").
    doer: tuple[tuple[int, int], ...] = ()
    doer_pronoun: bool = False  # the doer is "he", "they", "who", ...: someone named before
    doer_gender: str = ""  # "m" or "f": the doer is the main clause's subject a "he" or "she" stands for
    # The doer's head word when it is a common noun ("the U.S. software group": "group"), with its
    # characters in the sentence: a country that only qualifies it is not who acts.
    doer_noun: str = ""
    doer_head: tuple[int, int] | None = None
    doer_phrase: tuple[int, int] | None = None  # the head with the words before it ("U.S. software group")
    clause: str = ""  # "main", "reported" (what a main verb says: "said it attacked"), else the dependency
    possessed: bool = False  # a trigger noun with a named owner: "Obama's request" (not "its investigation")
    background: bool = False  # told as the past of someone or something: "who once backed", "had previously arrested"
    # The relative pronoun ("who", "that", "which") when the doer is the noun a relative clause
    # describes: "police detained the gunman who shot three students" is the gunman's shooting.
    doer_relative: str = ""
    # Where, by the parse, the verb's other party can be named (characters in the sentence): its
    # direct object and the phrases of a partner preposition on it ("blamed Russia for the attack
    # on the Skripals": Russia, not the Skripals). None when the verb has no direct object: then
    # the parse sets no bound ("called for the overthrow of Assad").
    object_room: tuple[tuple[int, int], ...] | None = None
    # The words naming who says the clause the event is told in, when a verb of saying governs it
    # ("Mubarak said the US must be ready to mediate": Mubarak): a "must" there is the sayer's demand.
    sayer: tuple[tuple[int, int], ...] = ()
    # Where (characters in the sentence) the preposition starts when a trigger noun is what another
    # act answers or follows ("summoned the envoy over the shelling"): who acts before it, in the
    # governing clause, does not do the noun's deed. None otherwise.
    answered_at: int | None = None
    # A trigger noun that is the object of a verb of carrying out ("launched an attack", "has
    # stepped up drone strikes", "carried out raids"): the verb's subject is the deed's doer.
    conducted: bool = False
    # The doer is a passive's agent ("was fatally shot by a neighborhood watch volunteer").
    doer_agent: bool = False
    # A trigger noun that a verb of ascribing lays at another's door ("Obama blamed the shooting
    # on the gunman"): the doer is the one it is laid on, never the verb's subject.
    ascribed: bool = False

    @property
    def asserted(self) -> bool:
        """Whether the sentence says the event happened (not denied, wished, planned or supposed)."""
        return not self.negated and self.modality is None


# Events that are things said: a promise, threat, demand or refusal is made when it is said,
# whatever it is about ("will support the resolution" is a promise made, PLOVER's AGREE; "would
# blockade Paris" a threat made; "will not accept refugees" a refusal).
SAID_TYPES = frozenset({"AGREE", "SUPPORT", "THREATEN", "DEMAND", "DISAPPROVE", "REJECT"})


def doer_role(assertion: Assertion, actor_start: int, actor_end: int) -> str:
    """How the parse relates a party (characters `actor_start`–`actor_end` in the sentence) to
    the event: "doer" (it is the subject or agent), "pronoun" (the doer is a pronoun, for a
    party named before), "other" (someone else does it), "none" (the clause has no doer)."""
    if not assertion.doer:
        return "none"
    if any(start < actor_end and actor_start < end for start, end in assertion.doer):
        return "doer"
    return "pronoun" if assertion.doer_pronoun else "other"


def holds(assertion: Assertion, plover_type: str, *, refusal_of_act: bool = False, intent: bool = False) -> bool:
    """Whether an event of `plover_type` with this assertion happened, as far as its sentence says.

    A deed (an attack, an arrest, a protest, a meeting) must be asserted. A thing said holds
    when it is said in the future or under a modal, but not when asked, merely suggested,
    awaited ("until the government agrees"), supposed ("if Moscow agrees to withdraw", "whether
    Sanders was ready to follow that script"), feared by others ("activists fear Obama will make
    a deal") or counterfactual ("had Clinton congratulated him"); a refusal (REJECT) holds when
    it is a negation ("will not accept"), other things said do not ("did not support", "refused
    to support"). A refusal read from words before another
    act (`refusal_of_act`: "will not accept", "refused to meet") holds only when the parse puts
    the negation or refusal on that act and no "whether"/"if" governs it: "could not recall
    discussing the memo" and "has not decided whether to appeal" refuse nothing. A refusal
    itself denied ("did not reject") is none. An act told as background ("who once backed
    Cruz") is not the news. A trigger noun under a modal or a future is no thing said: "it
    might be difficult to build support" supports nothing, while "will support" promises,
    and so does an act read as a statement of intent over it (`intent`: "threatened to launch
    an offensive", "will send aid")."""
    if (
        assertion.modality
        in (
            "question",
            "suggested",
            "awaited",
            "counterfactual",
            "conditional",
            "feared",
            "forecast",
            "supposed",
            "needed",
        )
        or assertion.background
    ):
        return False
    if plover_type == "REJECT":
        if refusal_of_act:
            return assertion.refused
        return not assertion.negated  # "has not rejected the offer" rejects nothing
    if assertion.negated:
        return False
    if assertion.nominal and assertion.modality is not None and not intent:
        return False  # "it might be difficult to build support": no support is given, none promised
    return plover_type in SAID_TYPES or assertion.asserted


def _governors(predicate: Token) -> list[Token]:
    """The predicate and the verbs it hangs from: an infinitive's governor ("threatened to
    strike"), a conjunct's first verb when the conjunct has no auxiliary of its own ("did
    not attack or kill"), and the verb an adjective governing an infinitive completes ("it
    might be difficult to build support": the "might" is on "be")."""
    chain = [predicate]
    current = predicate
    while len(chain) < 6:
        governed = _infinitive(current) or (current.dep_ == "conj" and not _auxiliaries(current))
        completes = current.pos_ == "ADJ" and current.dep_ in ("acomp", "oprd") and len(chain) > 1
        if (governed or completes) and current.head is not current:
            current = current.head
            chain.append(current)
            continue
        break
    return chain


def _infinitive(token: Token) -> bool:
    """An infinitive hanging from a verb: "threatened to strike" (xcomp), "few investors expect
    Icahn to accept the bid" (a clause with its own subject), and "threatened on Monday to
    resume attacks", which the parser often attaches as an adverbial clause."""
    if token.dep_ == "xcomp":
        return True
    if (
        token.dep_ == "ccomp"
        and token.tag_ == "VB"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)
    ):
        return True
    return (
        token.dep_ == "advcl"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
    )


def _report_dismissed(verb: Token) -> bool:
    """A clause that tells what reports or rumours say, when someone denies or shrugs off those
    reports: "shrugging off reports that General Motors and Magna had reached an agreement",
    "denied rumours that police had arrested the editor". What the reports say is not told as so."""
    if verb.dep_ != "acl" or not any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children):
        return False
    reports = verb.head
    if reports.lemma_.lower() not in HEARSAY_NOUNS or reports.dep_ not in ("dobj", "obj"):
        return False
    dismissing = reports.head
    played_down = dismissing.lemma_.lower() == "play" and any(child.lower_ == "down" for child in dismissing.children)
    return dismissing.lemma_.lower() in DISMISSING or played_down


def _wanting_the_means(verb: Token) -> bool:
    """An infinitive on a noun that is lacked or denied: 'lacks the votes to block the bill', 'had
    no plans to attack': what the means would allow is not done."""
    if verb.dep_ not in ("acl", "relcl") or not any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    ):
        return False
    means = verb.head
    if means.pos_ not in ("NOUN", "PROPN") or means.i > verb.i:
        return False
    lacked = means.dep_ in ("dobj", "obj") and means.head.lemma_.lower() in LACKING
    return lacked or any(_no_determiner(child) for child in means.children)


def _auxiliaries(token: Token) -> list[Token]:
    return [child for child in token.children if child.dep_ in ("aux", "auxpass")]


def _predicate(trigger: Token) -> Token:
    """The verb whose assertion is the event's: the trigger itself, or the verb a trigger noun
    is the subject or object of ("held talks", "an attack killed", "carried out an attack")."""
    if trigger.tag_ in NOUN_TAGS and trigger.dep_ == "compound" and trigger.head.tag_ in NOUN_TAGS:
        trigger = trigger.head  # "launched a mediation effort": the effort is what was launched
    if trigger.tag_ in NOUN_TAGS and trigger.dep_ in NOUN_OF_VERB and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.tag_ in NOUN_TAGS and trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        return trigger  # "found itself under investigation", "came under attack": the subject undergoes it
    if (
        trigger.tag_ in NOUN_TAGS
        and trigger.dep_ == "pobj"
        and trigger.head.head.pos_ == "VERB"
        and trigger.head.lower_ not in CAUSE_PREPOSITIONS
    ):
        return trigger.head.head  # "took part in protests"; not "summoned the envoy over the shelling"
    return trigger


# Prepositions whose object is what an act answers or follows, not the act's own doing:
# "summoned the envoy over the shelling", "protested against the killings", "met after the
# strike", "sent him an email concerning the shooting", "cooperated with the regulator throughout
# the investigation". Not "for": "called for sanctions" is the caller's demand; nor "during":
# "During the clash, the military used artillery" tells a party of the clash.
CAUSE_PREPOSITIONS = frozenset(
    {"over", "about", "concerning", "regarding", "against", "after", "following", "amid", "despite", "since",
     "before", "throughout"}
)  # fmt: skip


# Verbs whose object is a deed their subject carries out.
CONDUCTING = frozenset(
    {"launch", "carry", "conduct", "step", "stage", "mount", "intensify", "escalate", "resume", "unleash", "execute"}
)


def _conducted(trigger: Token, predicate: Token) -> bool:
    """Whether a trigger noun is the direct object of a verb of carrying out (`Assertion.conducted`)."""
    return (
        trigger.tag_ in NOUN_TAGS
        and predicate is not trigger
        and trigger.dep_ == "dobj"
        and predicate.lemma_.lower() in CONDUCTING
    )


def _answered_at(trigger: Token) -> int | None:
    """Where the cause preposition starts when the trigger noun is its object and the phrase hangs
    on a verb ("Pakistan summoned the envoy over the shelling", "protested against the killings")
    or on the verb's object ("expressed outrage over the bombing"): `Assertion.answered_at`."""
    if trigger.tag_ not in NOUN_TAGS or trigger.dep_ != "pobj" or trigger.head.lower_ not in CAUSE_PREPOSITIONS:
        return None
    governor = trigger.head.head
    if governor.tag_ in NOUN_TAGS and governor.dep_ == "dobj":
        governor = governor.head
    return trigger.head.idx if governor.pos_ in ("VERB", "AUX") else None


# Prepositions that name a verb's partner or target beside its object: "signed a deal with
# Iran", "blamed the shootings on sickos", "issued a warning to Moscow", "rejected the proposal
# from Kiev" (the parser often hangs the "from" phrase on the verb).
PARTNER_PREPOSITIONS = frozenset(
    {"with", "against", "to", "toward", "towards", "on", "upon", "between", "at", "into", "from"}
)


def _object_room(verb: Token) -> tuple[tuple[int, int], ...] | None:
    """`Assertion.object_room` of a verb trigger: the character ranges of its direct object, an
    indirect object, and its partner prepositions' phrases; None when it has no direct object."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    parts = objects + [
        child
        for child in verb.children
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS)
    ]
    return tuple(sorted(_extent(part) for part in parts))


def _extent(head: Token) -> tuple[int, int]:
    """Characters from the first to the last word of `head`'s subtree."""
    words = list(head.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


def _relative_pronoun(chain: list[Token]) -> str:
    """The relative pronoun that is the subject of the trigger's own verb when that verb heads a
    relative clause (`Assertion.doer_relative`); "" otherwise. Only for a verb trigger ("a boy
    who recorded the rape" did the recording), and not for a verb joined to the clause by "and":
    the parser hangs the main clause's next verb there too ("three armed men approached a man
    who was bathing on the road and opened fire on him")."""
    verb = chain[0]
    if verb.dep_ != "relcl":
        return ""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj") and child.tag_ in ("WDT", "WP")]
    return subjects[0].lower_ if subjects else ""


def _sayers_own_act(predicate: Token) -> Token | None:
    """The subject of a verb of saying when the parser joined an act of speech to the clause that
    verb reports rather than to the verb itself: in "they also said Lehman … played a big role and
    urged regulators to tighten rules" and "the panel said the army had shelled the town and also
    accused Russia", the urging and the accusing are the sayers', not the reported doers'. Only
    an act of speech (urging, accusing, calling for, …) without a subject of its own."""
    if predicate.dep_ != "conj" or predicate.lemma_.lower() not in SPEECH_ACTS:
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in predicate.children):
        return None
    reported = predicate.head
    saying = reported.head
    if reported.dep_ != "ccomp" or saying.lemma_.lower() not in SAYING:
        return None
    return next((child for child in saying.children if child.dep_ == "nsubj"), None)


def _doer(chain: list[Token]) -> Token | None:
    """The subject of the first verb of the chain that has one ("Bamberg decided to support":
    Bamberg), or a passive's agent ("was endorsed by Pence"); a relative pronoun stands for the
    noun its clause describes ("an organisation that endorsed Sanders")."""
    for verb in chain:
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return _named_by_apposition(verb.head)
                return child
        shifted = _subject_of_inserted_participle(verb)
        if shifted is not None:
            return shifted
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _passive_agent(doer: Token) -> bool:
    """Whether the doer is the agent of a verb the parse makes passive ("was fatally shot by a
    volunteer"); not a "by" the parser took for an agent after an active verb ("people gathered
    by Queen Eleanor monument")."""
    if doer.dep_ != "pobj" or doer.head.dep_ != "agent":
        return False
    verb = doer.head.head
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _subject_of_inserted_participle(verb: Token) -> Token | None:
    """The subject the parser hung on a participle set between it and its finite verb: in
    "Yemeni security forces, apparently acting in collusion with Ethiopian intelligence, arrested
    him" the small model makes "forces" the subject of "acting" and leaves "arrested" with none.
    A participle of that kind takes no subject of its own, so the subject is the verb's."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN") or clause.i > verb.i:
            continue
        subjects = [child for child in clause.children if child.dep_ == "nsubj" and child.i < clause.i]
        if subjects and any(token.text == "," for token in verb.doc[subjects[0].i : clause.i]):
            return subjects[0]
    return None


def _named_by_apposition(noun: Token) -> Token:
    """The name a described noun stands beside: "Nidal Hasan, the former U.S. Army psychiatrist
    who killed 13 people" is Hasan's killing, not the Army's; other nouns are themselves."""
    if noun.dep_ == "appos" and noun.head.tag_ in ("NNP", "NNPS"):
        return noun.head
    return noun


# A reported clause's pronoun and the sayer it stands for agree in number: "the insurer said it
# is cooperating", "Obama said he would veto", "the rebels said they had withdrawn".
PRONOUN_SAYERS = {"it": ("NN", "NNP"), "he": ("NN", "NNP"), "she": ("NN", "NNP"), "they": ("NNS", "NNPS")}


def _sayer_of_pronoun(doer: Token, chain: list[Token]) -> Token | None:
    """The subject of the verb that reports the clause, when the clause's doer is a pronoun
    that agrees with it ("The No. 3 U.S. health insurer said it is cooperating": the insurer);
    a participle of saying with no subject of its own reports for its verb's subject ("…,
    saying she applauded him"); a count of people says what its people do ("a number of
    attendees said they supported him": the attendees)."""
    tags = PRONOUN_SAYERS.get(doer.lower_)
    top = chain[-1]
    if tags is None or top.dep_ != "ccomp":
        return None
    reporter = top.head
    if reporter.tag_ == "VBG" and reporter.dep_ == "advcl" and not _has_subject(reporter):
        reporter = reporter.head  # "Clinton acknowledged Sanders' success, saying she applauded him"
    subjects = [child for child in reporter.children if child.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    if doer.lower_ in ("he", "she") and (subject.ent_type_ == "ORG" or subject.lower_ in BODY_HEADS):
        return None  # "Human Rights Watch said he began a hunger strike": a person, not the body
    if doer.lower_ in ("he", "she") and _first_name_says_other_gender(subject, PRONOUN_GENDERS[doer.lower_]):
        return None  # "Susannah Randolph told others that he called her": he is someone else
    if subject.tag_ not in tags:  # "a number of attendees said they supported him": the attendees
        counted = [grand for child in subject.children if child.lower_ == "of" for grand in child.children]
        subject = next((noun for noun in counted if noun.dep_ == "pobj"), subject)
    return subject if subject.tag_ in tags else None


def _first_name_says_other_gender(subject: Token, gender: str) -> bool:
    """Whether the subject's first name ("Susannah" of "Susannah Randolph") is one the other sex
    nearly always bears."""
    first_names = [child for child in subject.children if child.dep_ == "compound" and child.i < subject.i]
    said = first_name_gender(first_names[0].text) if first_names else None
    return said is not None and said != gender


# Last words of a body's name or description, which "he" or "she" never stands for: "Human Rights
# Watch said he …", "The Interior Ministry said he …".
BODY_HEADS = frozenset(
    {"ministry", "watch", "international", "group", "agency", "party", "company", "department", "office",
     "committee", "council", "union", "organization", "organisation", "institute", "foundation", "association",
     "network", "bank", "court", "government", "police", "army", "military", "commission", "board", "authority",
     "authorities", "service", "corporation", "firm", "newspaper", "paper", "channel", "television", "radio",
     "embassy", "administration", "campaign", "church", "university", "hospital", "school"}
)  # fmt: skip


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _subject_before_pronoun(doer: Token) -> Token | None:
    """The named subject of the main clause, when the doer is "he" or "she" in an adverbial
    clause hung on it: "Ted Cruz is highlighting his Iowa win over Donald Trump as he urges
    conservatives to unite" is Cruz's urging, not Trump's, though Trump is named nearer; "Merkel
    spoke to Putin after she criticized the annexation" is Merkel's criticism."""
    verb = doer.head
    if doer.lower_ not in PRONOUN_GENDERS or doer.dep_ != "nsubj" or verb.dep_ != "advcl":
        return None
    subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].tag_ == "NNP" else None


def _phrase(head: Token) -> tuple[int, int]:
    """Characters of a noun with its modifiers before it, without its article ("the U.S.
    software group" gives "U.S. software group")."""
    modifiers = [child for child in head.lefts if child.dep_ in NAME_PARTS and child.dep_ not in ("det", "cc")]
    start = min((word.idx for child in modifiers for word in child.subtree), default=head.idx)
    return start, head.idx + len(head)


def _noun_doers(noun: Token) -> list[Token]:
    """Who does what a trigger noun names, within its own phrase: the agent after "by" ("attacks
    by Russia"), the owner ("Russia's invasion"), a proper adjective or name before it ("an
    Israeli air strike", "a U.S. drone strike")."""
    found = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            found += [grand for grand in child.children if grand.dep_ == "pobj"]
        elif (child.dep_ == "poss" and child.tag_ != "PRP$") or _proper_modifier(child):
            found.append(child)
    return found


def _proper_modifier(token: Token) -> bool:
    """ "Israeli" in "an Israeli air strike", "U.S." in "a U.S. drone strike"."""
    return token.dep_ in ("amod", "compound") and token.text[:1].isupper() and token.tag_ in ("JJ", "NNP", "NNPS")


def _name_words(doer: Token) -> list[Token]:
    """The words that name the doer: its own name ("Gov. Mike Pence", "Russia's army"), the
    others it is listed with ("Israel and the Palestinians"), and the name in an apposition
    ("Iran's leader, Ayatollah Khomeini"); not what is said of it (a relative clause, the
    apposition's own modifiers: "Pakistan, a key U.S. ally", is not the United States; an
    apposition with "a": "Senator Kelly Ayotte, a New Hampshire Republican", is not her party;
    nor one beside a person's full name, `_named`)."""
    words = [doer]
    for child in doer.children:
        if child.dep_ == "conj":
            words.extend(_name_words(child))
        elif child.dep_ == "amod" and child.i > doer.i:
            continue  # "Washington, wary of the growing power of al Qaeda,": said of the doer, not its name
        elif child.dep_ in NAME_PARTS or (
            child.dep_ == "prep" and child.lower_ == "of" and doer.lemma_.lower() not in FOLLOWERS
        ):
            words.extend(_without_relative_clauses(child))
        elif (
            child.dep_ == "appos"
            and _proper_name(child)
            and not _described(child)
            and (not _named(doer) or child.lemma_.lower() in SPEAKERS_FOR or _in_brackets(child))
        ):
            words.append(child)
            words.extend(grand for grand in child.children if grand.dep_ == "compound")
    return words


def _proper_name(word: Token) -> bool:
    """A proper noun, or an acronym the tagger took for a common one ("Portugal's largest union,
    the 725,000-strong CGTP,")."""
    return word.tag_ in ("NNP", "NNPS") or (len(word.text) >= 2 and word.text.isalpha() and word.text.isupper())


def _without_relative_clauses(phrase: Token) -> list[Token]:
    """A phrase's words less the relative clauses inside it, which say what its nouns did or
    suffered: "family of the slain teen, who was hit multiple times by police bullets, deny" is
    the family's denial, and the police in the clause are no part of the doer's name."""
    told = {word.i for clause in phrase.subtree if clause.dep_ == "relcl" for word in clause.subtree}
    return [word for word in phrase.subtree if word.i not in told]


# Roles whose holder acts for the body named beside them ("Ahmed Rashid, Taliban Spokesman,
# threatened …" is the Taliban's threat).
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "ambassador"})


def _named(doer: Token) -> bool:
    """A doer that is a name already: an apposition beside it says what the person is ("Morton
    Blackwell, …, long time Republican National Committeeman from Virginia, endorsed Cruz" is
    Blackwell's endorsement, not the Republican Party's), while one beside a common noun names
    it ("Iran's leader, Ayatollah Khomeini")."""
    return doer.tag_ in ("NNP", "NNPS") and any(child.dep_ == "compound" for child in doer.children)


def _in_brackets(apposition: Token) -> bool:
    """An apposition in brackets: the name's short form ("the Ceasefire Violations Committee
    (CFVC)"), the same body."""
    return apposition.i > 0 and apposition.doc[apposition.i - 1].text == "("


def _described(apposition: Token) -> bool:
    """An apposition that says what someone is rather than who: "a New Hampshire Republican"."""
    return any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in apposition.children)


def _clause(chain: list[Token]) -> str:
    top = chain[-1]
    if top.dep_ == "ROOT":
        return "main"
    if top.dep_ == "ccomp" and top.head.dep_ == "ROOT":
        return "reported"
    return top.dep_


# What a reward is offered for ("information leading to an arrest"): the act it leads to is sought.
_SOUGHT_INFORMATION = frozenset({"information", "tip", "tips", "evidence"})


def _intended_noun(trigger: Token) -> bool:
    """A trigger noun under a noun of intent ("plans for talks", "the threat of an attack") or
    after information it would come of ("a reward for information leading to an arrest"), or
    one said to be scheduled ("a separate protest is scheduled in western Athens", "its annual
    meeting is scheduled for April 25", "a strike planned for Friday") or to lie ahead ("more
    protests ahead")."""
    if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in SCHEDULING:
        return True
    if any(
        child.lower_ == "ahead" and not any(of.lower_ == "of" for of in child.children) for child in trigger.children
    ):
        return True  # "More protests ahead in Greece" (not "protests ahead of the summit")
    if any(
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.lemma_.lower() in SCHEDULING
        and not any(grand.dep_ == "agent" for grand in child.children)
        for child in trigger.children
    ):
        return True
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        governor = trigger.head.head
        if governor.lower_ == "leading" and governor.head.lower_ in _SOUGHT_INFORMATION:
            return True  # "a reward for information leading to an arrest": an arrest still sought
        return governor.lemma_.lower() in INTENT_NOUNS
    if trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBD"):
        return False  # "families of children with additional needs gathered in Wexford": done, not planned
    if trigger.dep_ in ("compound", "acl", "relcl"):
        noun_lemma = trigger.head.lemma_.lower()
        infinitive = trigger.dep_ == "acl" and any(
            child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children
        )
        return noun_lemma in INTENT_NOUNS or (infinitive and noun_lemma in CAPACITY_NOUNS)
    return False


# Verbs whose clause tells what someone fears or expects another to do: a forecast, nobody's word.
FEARING = frozenset({"fear", "worry", "expect", "predict", "anticipate", "suspect", "doubt"})


def _feared(verb: Token) -> bool:
    """Whether the clause a thing is said in is what someone fears or expects will happen
    ("activists fear Obama will make a deal", "analysts expect the OPEC ministers will agree"):
    a future or modal clause under a verb of fearing, with its own subject."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in FEARING:
        return False
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & (FUTURE | MODALS)) and any(
        child.dep_ in ("nsubj", "nsubjpass") for child in verb.children
    )


def _inverted_condition(verb: Token) -> bool:
    """A condition told by inversion: "had he been arrested in Lucknow, …", "had police acted
    sooner": the auxiliary "had" (or "were", "should") before the verb's own subject."""
    subjects = [child.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < verb.i]
    return any(
        child.dep_ in ("aux", "auxpass") and child.lower_ in ("had", "were", "should") and child.i < max(subjects)
        for child in verb.children
        if subjects
    )


# "in case of mass arrests", "in the event of an attack": a thing provided for, not told.
PROVIDED_FOR = frozenset({"case", "event"})


def _in_case_of(trigger: Token) -> bool:
    """Whether the trigger is what "in case of" or "in the event of" provides for."""
    of = trigger.head
    if trigger.dep_ != "pobj" or of.lower_ != "of":
        return False
    case = of.head
    return case.lower_ in PROVIDED_FOR and case.dep_ == "pobj" and case.head.lower_ == "in"


def _modality(chain: list[Token], trigger: Token, sentence: Doc) -> str | None:
    if _asked(chain):
        return "question"
    if _in_case_of(trigger):
        return "conditional"
    if _feared(chain[-1]):
        return "feared"
    if trigger.tag_ in NOUN_TAGS and trigger.dep_ == "dobj" and _lemma(trigger.head) in SUGGESTING:
        return "suggested"  # "Hu proposed new cooperation", "suggested talks with Iran": put forward, not done
    if trigger.tag_ in NOUN_TAGS and trigger.dep_ == "dobj" and _lemma(trigger.head) in REQUESTING:
        return "requested"  # "requested another investigation": asked for, not done (the asking is a demand)
    if _under_whether(trigger):
        return "question"  # "declined to say whether it is appropriate for a justice to criticize …"
    for verb in chain:
        for auxiliary in _auxiliaries(verb):
            word = auxiliary.lower_
            if word in FUTURE or (word == "going" and verb.dep_ == "xcomp"):
                return "future"
            if word in MODALS:
                return "modal"
        if any(child.dep_ == "mark" and child.lower_ in CONDITIONS for child in verb.children):
            return "conditional"
        if _guessed(verb):
            return "supposed"  # "prosecutors have likely filed a sealed indictment": a guess, no report
        if _inverted_condition(verb):
            return "counterfactual"
        if _awaited(verb):
            return "awaited"
        if _time_ahead(verb):
            return "future"
    for lower, upper in pairwise(chain):
        if not _infinitive(lower):
            continue
        governor = _lemma(upper)
        if governor == "be" and upper.tag_ in ("VBP", "VBZ", "VBD"):
            # "the two governments are to agree controls", "Obama is to visit Hanoi": arranged, not done
            return "future" if upper.tag_ != "VBD" else "intended"
        if governor in SUGGESTING:
            return "suggested"
        if governor in FEARING and any(child.dep_ in ("nsubj", "nsubjpass") for child in lower.children):
            return "feared"  # "Brown expects the G20 to agree": another's deed expected, not done or promised
        if upper.pos_ == "ADJ" and governor in FORECAST_ADJECTIVES:
            return "forecast"
        if governor in NEEDING:
            return "needed"  # "needs US$2.4 million to support the Ministry": wanted, neither done nor promised
        if governor in INTENT_VERBS or (upper.pos_ == "ADJ" and governor in INTENT_ADJECTIVES):
            return "intended"
    if _intended_noun(trigger):
        return "intended"
    if _time_ahead_after(trigger):
        return "future"
    if sentence.text.rstrip().rstrip("\"'”’ )").endswith("?"):
        return "question"
    return None


# A time still to come, said of the verb itself: "leaders meeting in Brussels next week", "meet
# later next week", "talks resume tomorrow", "in the coming days".
_AHEAD = re.compile(
    r"\b(?:next|coming) (?:week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\btomorrow\b|\blater this (?:week|month|year)\b|\bin the (?:coming|next) (?:days|weeks|months)\b"
)
_TIME_DEPENDENCIES = frozenset({"npadvmod", "advmod", "prep", "tmod"})


def _guessed(verb: Token) -> bool:
    """Whether a hedge stands between a perfect's auxiliary and its verb ("U.S. prosecutors have
    likely filed a sealed indictment"): the writer's guess that the act took place. In the
    simple past a hedge guesses who did it, and the act is reported ("ISWAP militants presumably
    kidnapped a driver", "an IED likely planted by JNIM militants"), as ACLED codes it."""
    perfect = [aux.i for aux in _auxiliaries(verb) if aux.lower_ in PERFECT_AUXILIARIES]
    return bool(perfect) and any(
        child.dep_ == "advmod" and child.lower_ in HEDGES and min(perfect) < child.i < verb.i for child in verb.children
    )


WHETHER_REACH = 4  # clauses up from the trigger to the one "whether" opens
TIME_MARKS = frozenset({"when", "while", "as", "after", "before", "since", "once", "until"})


def _under_whether(trigger: Token) -> bool:
    """Whether the trigger lies in a clause a "whether" opens, however deep ("declined to say
    whether it is appropriate for a justice to openly criticize a contender"): an open question.
    A clause of time on the way up is taken as given ("whether he had his back to the police when
    they opened fire": they opened fire)."""
    current = trigger
    for _ in range(WHETHER_REACH):
        if any(child.dep_ == "mark" and child.lower_ == "whether" for child in current.children):
            return True
        if current.dep_ not in ("advcl", "ccomp", "xcomp", "acomp", "conj") or current.head.i == current.i:
            return False
        if any(child.dep_ in ("mark", "advmod") and child.lower_ in TIME_MARKS for child in current.lefts):
            return False  # "whether he had his back to the police when they opened fire": they did
        current = current.head
    return False


def _time_ahead(verb: Token) -> bool:
    """Whether a phrase of the verb's own puts it in time to come (`_AHEAD`), which a present
    tense or a participle does not say: "European finance ministers meet later next week"."""
    for child in verb.children:
        if child.dep_ in _TIME_DEPENDENCIES:
            phrase = " ".join(token.lower_ for token in child.subtree)
            if _AHEAD.search(phrase):
                return True
    return False


# Tags of a trigger that leave its time open (not a past tense): "meeting", "meet", "talks".
_TENSELESS_TAGS = frozenset({"VBG", "VBP", "VBZ", "VB", "NN", "NNS"})
_AHEAD_WINDOW = 6  # words after the trigger, within its clause


def _time_ahead_after(trigger: Token) -> bool:
    """Whether a time to come follows a trigger with no past tense within its clause, where the
    parser may hang it elsewhere: "leaders meeting in Brussels next week reach …". A past tense
    keeps its own time ("agreed to meet next week": the agreement is made)."""
    if trigger.tag_ not in _TENSELESS_TAGS:
        return False
    words = []
    for token in trigger.doc[trigger.i + 1 : trigger.i + 1 + _AHEAD_WINDOW]:
        if token.is_punct:
            break
        words.append(token.lower_)
    return _AHEAD.search(" ".join(words)) is not None


def _sayer_words(chain: list[Token]) -> list[Token]:
    """The name words of the subject of the verb of saying whose reported clause (ccomp) holds
    the chain: "Mubarak" of "Mubarak said … that the US must be ready to mediate"."""
    top = chain[-1]
    saying = top.head
    if top.dep_ != "ccomp" or saying is top or saying.lemma_.lower() not in SAYING:
        return []
    subjects = [child for child in saying.children if child.dep_ == "nsubj"]
    return _name_words(subjects[0]) if subjects else []


def _lemma(verb: Token) -> str:
    """The verb's lemma, with the final "e" the small model's lemmatiser sometimes drops put back
    when that makes a governor of intent ("hoped" and "hoping" come out as "hop")."""
    lemma = verb.lemma_.lower()
    restored = lemma + "e"
    if restored in INTENT_VERBS | SUGGESTING and verb.lower_ in (restored + "d", restored + "s", lemma + "ing"):
        return restored
    return lemma


def _awaited(verb: Token) -> bool:
    """Whether `verb` heads an "until" clause of what goes on now or is to go on: "money migrants
    send to Mexico until the Mexican government agreed to pay" (a plan), "workers will stay on
    strike until the government agrees" — what is waited for has not happened. After a past act
    it has: "the strike continued until the government agreed to raise wages"."""
    if verb.dep_ != "advcl" or not any(
        child.dep_ == "mark" and child.lower_ in ("until", "till") for child in verb.children
    ):
        return False
    governor = verb.head
    if any(auxiliary.lower_ in FUTURE | MODALS for auxiliary in _auxiliaries(governor)):
        return True
    past = governor.tag_ in ("VBD", "VBN") or any(auxiliary.tag_ == "VBD" for auxiliary in _auxiliaries(governor))
    return governor.pos_ in ("VERB", "AUX") and not past


# Verbs that lay a deed at another's door, with the preposition naming whom: "blamed the shooting
# on the gunman", "pinned the attack on Hamas", "attributed the blast to a gas leak".
ASCRIBING = {"blame": "on", "pin": "on", "attribute": "to", "ascribe": "to"}


def _ascribed_to(noun: Token) -> Token | None:
    """The word a verb of ascribing names as the doer of the deed the noun is its object of:
    "Obama blamed the shooting on the gunman" is the gunman's shooting, not Obama's; so is a
    deed a relative clause ascribes ("a nerve agent attack that the British government has
    blamed on Russia"). The parser hangs the phrase on the verb or on the noun."""
    if noun.dep_ == "compound":  # "a nerve agent attack that …": the compound's head is the deed
        noun = noun.head
    verb: Token | None
    if noun.dep_ == "dobj":
        verb = noun.head
    else:
        verb = next(
            (
                child
                for child in noun.children
                if child.dep_ == "relcl"
                and any(grand.dep_ == "dobj" and grand.lower_ in ("that", "which") for grand in child.children)
            ),
            None,
        )
    if verb is None:
        return None
    preposition = ASCRIBING.get(verb.lemma_.lower())
    if preposition is None:
        return None
    for holder in (verb, noun):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                return next((word for word in child.children if word.dep_ == "pobj"), None)
    return None


# Verbs that count or pass on what others lodged, and the nouns of what is lodged.
TALLYING = frozenset({"report", "log", "count", "tally", "cite", "list"})
GRIEVANCES = frozenset({"complaint", "grievance", "objection", "petition"})


def _counted_grievance(noun: Token) -> bool:
    """A counted plural of complaints ("124 complaints", "more than 300 objections")."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in GRIEVANCES
        and any(child.dep_ == "nummod" for child in noun.children)
    )


def _received(noun: Token) -> bool:
    """Whether the noun is what its verb's subject receives (`RECEIVING`), asks for (`SEEKING`) or
    judges (`JUDGING`): its object, the object of a particle the parser took for a preposition
    ("pulled in massive support"), what is asked for ("lobbied for support") or answered
    ("responded to accusations"); or has, when
    the noun names whose it is ("had the backing of Romney", "had support from labor unions";
    not "had talks with Iran")."""
    if noun.dep_ == "dobj":
        if noun.head.lemma_.lower() == "have" and any(
            child.dep_ == "prep" and child.lower_ in ("of", "from") for child in noun.children
        ):
            return True  # "Cruz, who had the backing of Mitt Romney", "had solid support from labor unions"
        if noun.head.lemma_.lower() in TALLYING and _counted_grievance(noun):
            return True  # "NHTSA reported 124 complaints": the drivers complained, not the agency
        if any(child.dep_ == "oprd" for child in noun.head.children):
            return True  # "Clinton called the agreement an historic step": a verdict on it, not hers
        return noun.head.lemma_.lower() in RECEIVING | SEEKING | JUDGING
    particle = noun.head
    if noun.dep_ != "pobj":
        return False
    verb = particle.head.lemma_.lower()
    if particle.lower_ == "against" and verb in DEFENDING:
        return True  # "defended himself against accusations of intolerance": accused, not accusing
    if particle.lower_ == "to" and verb in RESPONDING:
        # "responded to accusations that he exaggerated": accused, not accusing; but "refused to
        # respond to a demand" refuses it, and the refusal is the subject's
        responding = particle.head
        return not (responding.dep_ == "xcomp" and responding.head.lemma_.lower() in REFUSALS)
    return (particle.lower_ in ("in", "up") and verb in RECEIVING) or (particle.lower_ == "for" and verb in SEEKING)


# Nouns of a stance whose "from" names who takes it, where a verb presents the stance:
# "highlighted endorsements from high profile black leaders", "cited pressure from Washington".
# Not "withdrawal from Ukraine", where "from" names a place left.
STANCES_FROM = frozenset(
    {"support", "endorsement", "backing", "praise", "criticism", "condemnation", "threat", "pressure", "demand",
     "call", "request", "opposition", "objection", "complaint", "warning", "appeal", "offer", "pledge"}
)  # fmt: skip


def _sent_from(noun: Token) -> Token | None:
    """Who takes the stance a noun names, after "from" (`STANCES_FROM`), where the noun is what a
    verb presents ("highlighted endorsements from black leaders"). None where the subject
    receives, seeks, judges, answers or refuses it ("rung up endorsements from Republicans",
    "refused to respond to a demand from the Palestinians"), where the verb is denied, and
    where the noun hangs on another ("lack of support from his family")."""
    if noun.lemma_.lower() not in STANCES_FROM or noun.dep_ != "dobj":
        return None  # "the defendant's lack of support from his family": no support given
    governor = noun.head
    if governor.lemma_.lower() in RECEIVING | SEEKING | JUDGING | RESPONDING | REFUSALS:
        return None
    if any(child.dep_ == "neg" for child in governor.children):
        return None  # "does not constitute an endorsement from the Holy See"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _credited(noun: Token) -> Token | None:
    """Who a verb of thanks or praise credits with the deed the noun names: its object ("Sanders
    thanked the nurses for their support", "praised Germany for its backing")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in CREDITING:
        return None
    objects = [child for child in noun.head.head.children if child.dep_ == "dobj"]
    return objects[0] if objects else None


def _background(verb: Token) -> bool:
    """Whether `verb` is told as someone's past (`BACKGROUND_ADVERBS`), the adverb between the
    subject and the verb: "who once backed" (not "once troops withdrew", where "once" means "as
    soon as", nor "the two leaders met once in 2019", one time)."""
    if verb.dep_ in ("advcl", "xcomp") and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        # "typically Belstaff contributes 10 percent of the price to support charities": the purpose
        # of a habit is no deed either
        return verb.head is not verb and _background(verb.head)
    subjects = [child.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    for child in verb.children:
        if child.dep_ != "advmod" or child.i > verb.i:
            continue
        if subjects and child.i < min(subjects):
            if _present(verb) and child.lower_ in HABITUAL_ADVERBS:
                return True  # "Typically, the firm gives a tenth of the price to charity"
            continue
        if child.lower_ in BACKGROUND_ADVERBS:
            return True
        perfect = any(aux.lower_ in PERFECT_AUXILIARIES for aux in _auxiliaries(verb))
        if perfect and (child.lower_ == "long" or child.lower_ in HABITUAL_ADVERBS):
            return True
        if _present(verb) and child.lower_ in HABITUAL_ADVERBS:
            return True  # "Trump and Sanders often blame China", "migrants are routinely detained"
    if _present(verb) and _each_time(verb):
        return True  # "Demonstrators picket every political convention": what they do, not a day's deed
    return _repeated(verb) or _generic_passive(verb)


# Determiners that make an occasion any one of many: "picket every convention", "march each Friday".
EVERY = frozenset({"every", "each"})


def _each_time(verb: Token) -> bool:
    """Whether the verb's object or time is any one of many ("every political convention",
    "each Friday"), directly or through a preposition ("at every rally")."""
    nouns = [child for child in verb.children if child.dep_ in ("dobj", "npadvmod")]
    nouns += [word for child in verb.children if child.dep_ == "prep" for word in child.children if word.dep_ == "pobj"]
    return any(
        child.dep_ == "det" and child.lower_ in EVERY
        for noun in nouns
        if noun.lower_ not in ("other", "another")  # "accuse each other": the parties, not an occasion
        for child in noun.children
    )


def _present(verb: Token) -> bool:
    """A simple present, active ("blames") or passive ("are detained"); not a progressive."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxiliaries = _auxiliaries(verb)
    return (
        verb.tag_ == "VBN"
        and any(aux.dep_ == "auxpass" and aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries)
        and not any(aux.lower_ == "being" for aux in auxiliaries)
    )


def _generic_passive(verb: Token) -> bool:
    """ "There, people are detained in overcrowded cells", "journalists are arrested and tortured":
    a present passive done to a bare plural (no article, number, owner or name) tells what is
    done to such people, not a deed of a day. "Five people are detained" and "protesters are
    being held" stay."""
    if not (verb.tag_ == "VBN" and _present(verb)):
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        subject.tag_ == "NNS"
        and not any(child.dep_ in ("det", "nummod", "poss", "compound", "quantmod") for child in subject.children)
        for subject in subjects
    )


# How far up a list an act may sit below the tally it is counted in ("115 instances of violent
# crime — including murder, rape and robbery": rape -> murder -> including -> crime -> of -> instances).
MAX_TALLY_STEPS = 6


def _tallied(trigger: Token) -> bool:
    """Whether a plural act counted is what a place or a period had, recorded or saw: a tally,
    not an event ("Ferguson had two murders in 2014", "the city recorded 762 homicides"); so is
    an act listed inside such a tally ("had 115 instances of violent crime — including murder,
    rape and robbery")."""
    noun = trigger
    for _step in range(MAX_TALLY_STEPS):
        if _counted_object(noun):
            return True
        if noun is not trigger and noun.pos_ == "VERB" and noun.dep_ != "prep":
            # the list hangs from the tally's verb ("had 386 killings in 2012, including shootings"), or
            # the act is a clause of its own ("a bombing that killed five")
            return noun.lemma_.lower() in TALLY_VERBS and any(_counted_object(child) for child in noun.children)
        if noun.dep_ not in ("conj", "pobj", "prep", "appos"):
            return False
        noun = noun.head
    return False


def _counted_object(noun: Token) -> bool:
    """A counted plural that a tally's verb has: "had 115 instances", "recorded 762 homicides"."""
    return (
        noun.tag_ == "NNS"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in TALLY_VERBS
        and any(child.dep_ == "nummod" for child in noun.children)
    )


def _many_over_a_stretch(trigger: Token, verb: Token) -> bool:
    """Whether a plural act counted loosely is what a stretch of time held, told in the perfect:
    "over the past three years, India has been hit by several protests" is a summary, not an
    event (not "police fired several rounds on Friday", one event told)."""
    if trigger.tag_ != "NNS" or not any(
        child.dep_ in ("amod", "nummod") and child.lower_ in LOOSE_COUNTS for child in trigger.children
    ):
        return False
    if not any(aux.lower_ in PERFECT_AUXILIARIES for aux in _auxiliaries(verb)):
        return False
    return any(child.dep_ == "prep" and child.lower_ in STRETCH_PREPOSITIONS for child in verb.children)


def _in_the_past(verb: Token) -> bool:
    """Whether the verb is told of the past at large ("Sanders in the past has criticized the
    president", "they supported some degree of legalization earlier in their careers"): a record,
    not this news."""
    for child in verb.children:
        preposition = child if child.dep_ == "prep" else None
        if child.dep_ == "advmod" and child.lower_ == "earlier":
            preposition = next((grand for grand in child.children if grand.dep_ == "prep"), None)
        if preposition is None or preposition.lower_ != "in":
            continue
        if any(object_.lemma_.lower() in ("past", "career") for object_ in preposition.children):
            return True
    return False


# Verbs of undertaking: what one promised to do to a thing, told in a relative clause about it.
UNDERTAKING_VERBS = frozenset({"promise", "pledge", "vow", "commit", "swear"})


def _recalled_by_its_object(verb: Token) -> bool:
    """Whether the verb is a promise told in a relative clause about the thing it was to act on
    ("the political divides he promised to bridge", "the spending cuts Merkel promised to
    deliver"): a promise referred to, made before, not the news. A clause whose relative pronoun
    is its subject ("a group that pledged support") names the doer and stays; deeds told the same
    way ("the village the army shelled on Monday") are told as they happened and stay too."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.lemma_.lower() not in UNDERTAKING_VERBS:
        return False
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(subject.tag_ not in ("WDT", "WP") for subject in subjects)


def _over_the_years(verb: Token) -> bool:
    """Whether the verb is spread over years ("He and Trump have met over the years in the
    lobby", "police have arrested him several times over the past decade"): a habit or a record,
    not one event."""
    return any(
        child.dep_ == "prep" and child.lower_ in ("over", "across", "through", "throughout") and _of_years(child)
        for child in verb.children
    )


def _of_years(preposition: Token) -> bool:
    """Whether a preposition's object is years or decades ("over the years", "for 35 years")."""
    return any(
        object_.tag_ == "NNS" and object_.lemma_.lower() in ("year", "decade") for object_ in preposition.children
    )


def _held_for_years(verb: Token) -> bool:
    """Whether the verb tells a state that has lasted years, in the perfect or with "have" or
    "be" ("AIG and Starr had had a partnership for 35 years", "have been allies for decades",
    "has backed the plan for years"): a standing relation, not one event."""
    lasting = verb.lemma_.lower() in ("have", "be") or any(
        aux.lower_ in PERFECT_AUXILIARIES for aux in _auxiliaries(verb)
    )
    return lasting and any(
        child.dep_ == "prep" and child.lower_ == "for" and _of_years(child) for child in verb.children
    )


def _repeated(verb: Token) -> bool:
    """Whether the verb is a tally of acts over a stretch of time, told in the perfect: "having
    been arrested three times since October", "has been detained several times this year" (not
    "police fired three times at the car", one event, nor "had been shot multiple times in the
    head", one killing told)."""
    if not any(aux.lower_ in PERFECT_AUXILIARIES or aux.lower_ == "having" for aux in _auxiliaries(verb)):
        return False
    times = any(
        child.dep_ == "npadvmod"
        and child.lower_ == "times"
        and any(count.dep_ in ("nummod", "amod") and count.lower_ not in ONE_TIME for count in child.children)
        for child in verb.children
    )
    stretch = any(
        (child.dep_ == "prep" and child.lower_ in STRETCH_PREPOSITIONS)
        or (child.dep_ == "npadvmod" and child.lemma_.lower() in STRETCH_NOUNS)
        for child in verb.children
    )
    return times and stretch


def _asked(chain: list[Token]) -> bool:
    """Whether a clause of the chain is an indirect yes-no question: an "if" or "whether"
    clause under a verb of asking ("asked Trump if he would deport", "wondered whether Iran
    would strike"), or a "whether" clause under anything ("it is not clear whether Congress will
    be prepared to", "doubts whether Germany will agree"): what it tells is open."""
    clause = chain[-1]
    if clause.dep_ not in ("ccomp", "advcl"):
        return False
    marks = {child.lower_ for child in clause.children if child.dep_ == "mark"}
    return "whether" in marks or ("if" in marks and clause.head.lemma_.lower() in ASKING)


def _nobody(token: Token) -> bool:
    """ "nobody", "none", "no one", "no-one", "no protesters": a party that is no one."""
    if token.lower_ == "no" and token.i + 2 < len(token.doc):
        hyphen, one = token.doc[token.i + 1], token.doc[token.i + 2]
        if hyphen.text in HYPHENS and one.lower_ == "one":
            return True  # "No-one was injured in the fire": the parser splits it in three
    return token.lower_ in NOBODY or any(_no_determiner(child) for child in token.children)


def _no_determiner(token: Token) -> bool:
    """Whether the token is "no" denying its noun ("no protesters", "No attack took place"), not
    the "No" of a movement's name inside a sentence ("No Vax activists gathered", "No TAV")."""
    if token.dep_ != "det" or token.lower_ != "no":
        return False
    named = token.text == "No" and token.i > 0 and token.i + 1 < len(token.doc)
    return not (named and (token.doc[token.i + 1].is_title or token.doc[token.i + 1].is_upper))


def _negated(chain: list[Token], trigger: Token) -> bool:
    if any(_infinitive(lower) and upper.lemma_.lower() in REFUSALS for lower, upper in pairwise(chain)):
        return True  # "refused to support", "failed to reach an agreement"
    if any(_prevented(verb) for verb in _with_conjuncts_of(trigger, chain)):
        return True  # "the court barred police from arresting the journalist"
    if any(_infinitive(lower) and upper.lower_ in INABILITY for lower, upper in pairwise(chain)):
        return True  # "was unable to reach a deal", "police were unable to arrest him"
    if any(_infinitive(lower) and upper.lemma_.lower() in LACKING for lower, upper in pairwise(chain)):
        return True  # "Russia lacked the resources to provide support" (the infinitive hung on the verb)
    if _wanting_the_means(chain[-1]):
        return True  # "lacks the votes to block the bill", "had no plans to attack"
    if _report_dismissed(chain[-1]):
        return True  # "shrugging off reports that GM and Magna had reached an agreement"
    if _after_a_refusal_noun(trigger):
        return True  # "Sanders's refusal to this point to endorse her", where the parser lost the noun
    if any(_infinitive(lower) and _not_yet(upper) for lower, upper in pairwise(chain)):
        return True  # "Trump has yet to endorse Ryan", "police are yet to arrest anyone"
    if any(_infinitive(lower) and _too_much(upper) for lower, upper in pairwise(chain)):
        return True  # "it was too early to congratulate winners", "the army was too weak to attack"
    if any(_no_determiner(child) for child in trigger.children):
        return True  # "no attack took place"
    if any(child.dep_ in PARTY_DEPS and _nobody(child) for child in chain[0].children):
        return True  # "no one was arrested", "police arrested nobody"
    return any(_negates(verb) for verb in chain)


def _with_conjuncts_of(trigger: Token, chain: list[Token]) -> list[Token]:
    """The verbal trigger and the verbs of the chain it is a conjunct of ("reaching ayodhya and
    detain them"); none for a noun, whose governing verb says where it happened, not whether
    ("prevented teachers from entering in it in a demonstration" tells of a demonstration held)."""
    if not chain or chain[0] is not trigger or trigger.pos_ not in ("VERB", "AUX"):
        return []
    linked = [trigger]
    for lower, upper in pairwise(chain):
        if lower.dep_ != "conj":
            break
        linked.append(upper)
    return linked


def _prevented(verb: Token) -> bool:
    """ "barred police from arresting", "restrain the kar sevaks from reaching": a deed after
    "from" that a verb of prevention governs (`PREVENTING`) was kept from happening."""
    particle = verb.head
    return (
        verb.dep_ == "pcomp"
        and particle.lower_ == "from"
        and particle.head is not particle
        and particle.head.lemma_.lower() in PREVENTING
    )


def _too_much(governor: Token) -> bool:
    """ "too early", "too weak": a word "too" qualifies, whose infinitive is not done."""
    return governor.pos_ in ("ADJ", "ADV") and any(
        child.dep_ == "advmod" and child.lower_ == "too" for child in governor.children
    )


def _after_a_refusal_noun(trigger: Token) -> bool:
    """Whether a verb comes after "to" and a noun of refusing or failing a few words before it
    ("refusal to this point to endorse her", "failure so far to reach a deal"), with no verb
    between them: the parser often hangs such an infinitive elsewhere."""
    doc = trigger.doc
    if trigger.pos_ != "VERB" or trigger.i == 0 or doc[trigger.i - 1].lower_ != "to":
        return False
    for word in reversed(doc[max(0, trigger.i - 2 - REFUSAL_NOUN_REACH) : trigger.i - 1]):
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            return False
        if word.lemma_.lower() in REFUSAL_NOUNS:
            return True
    return False


def _not_yet(governor: Token) -> bool:
    """ "has yet to", "are yet to": an act still awaited, which has not happened."""
    return governor.lemma_.lower() in ("have", "be") and any(
        child.dep_ == "advmod" and child.lower_ == "yet" for child in governor.children
    )


def _negates(verb: Token) -> bool:
    """A negation on the verb itself: "not", "n't", "never"; or "neither … nor" over it ("has
    neither made a recommendation nor submitted a request": both are negated)."""
    if any(child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ == "advmod") for child in verb.children):
        return True
    first = verb.head if verb.dep_ == "conj" else verb
    return any(child.dep_ == "preconj" and child.lower_ == "neither" for child in first.children) or (
        first is not verb and any(child.dep_ == "cc" and child.lower_ == "nor" for child in first.children)
    )


def _refused(chain: list[Token]) -> bool:
    """Whether the act itself is refused (`Assertion.refused`): negated on its own verb, or
    under a refusal or a negated verb of intent; a negation on any other verb of the chain
    ("could not recall discussing") refuses nothing."""
    if _negates(chain[0]):
        return True  # "will not accept"
    for lower, upper in pairwise(chain):
        governor = upper.lemma_.lower()
        if _infinitive(lower) and (governor in REFUSALS or (governor in INTENT_VERBS and _negates(upper))):
            return True  # "refused to support", "did not agree to meet"
    return False


def assess(sentence: Doc, start: int, end: int) -> Assertion:
    """What the parsed `sentence` says of the trigger at characters `start`–`end` (offsets into
    the sentence): whether it is denied, wished, planned or supposed, and whether it is a noun."""
    span = sentence.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Assertion()
    trigger = span.root
    predicate = _predicate(trigger)
    chain = _governors(predicate)
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else None
    doer = _doer(chain) if verb is not None else None
    sayer_acting = _sayers_own_act(predicate) if verb is not None else None
    if sayer_acting is not None:
        doer, chain = sayer_acting, [predicate, predicate.head.head]  # "they said … and urged regulators"
    if trigger.tag_ in NOUN_TAGS and _received(trigger):
        doer = None  # "received a request": the subject is asked, not asking
    credited = _credited(trigger) if trigger.tag_ in NOUN_TAGS else None
    if credited is not None:
        doer = credited  # "thanked the nurses for their support": the nurses support
    sender = _sent_from(trigger) if trigger.tag_ in NOUN_TAGS else None
    if sender is not None:
        doer = sender  # "Clinton highlighted endorsements from black leaders": the leaders endorse
    ascribed = _ascribed_to(trigger) if trigger.tag_ in NOUN_TAGS else None
    if ascribed is not None:
        doer = ascribed  # "Obama blamed the shooting on the gunman": the gunman's shooting
    doer_gender = ""
    if doer is not None:
        antecedent = _subject_before_pronoun(doer)
        if antecedent is not None:
            doer, doer_gender = antecedent, PRONOUN_GENDERS[doer.lower_]
        elif doer.lower_ in PRONOUN_GENDERS:
            doer_gender = PRONOUN_GENDERS[doer.lower_]  # whoever "he" is, no woman ("Susannah Randolph said he …")
        doer = _sayer_of_pronoun(doer, chain) or doer
    doer_words = _name_words(doer) if doer is not None else []
    if trigger.tag_ in NOUN_TAGS:
        doer_words += [word for owner in _noun_doers(trigger) for word in _name_words(owner)]
    dateline = DATELINE.match(sentence.text)
    if dateline is not None:  # "VIENNA (Reuters) - Euro area finance ministers agreed": not Vienna
        doer_words = [word for word in doer_words if word.idx >= dateline.end()]
        if doer is not None and doer.idx < dateline.end():
            doer = None  # the parse took the dateline for the subject's head
    return Assertion(
        negated=_negated(chain, trigger),
        refused=_refused(chain),
        modality=_modality(chain, trigger, sentence),
        nominal=trigger.tag_ in NOUN_TAGS,
        tense=verb.tag_ if verb is not None else "",
        doer=tuple((word.idx, word.idx + len(word)) for word in doer_words),
        doer_pronoun=doer is not None and doer.tag_ in ("PRP", "WP", "WDT"),
        doer_gender=doer_gender,
        doer_noun=doer.lower_ if doer is not None and doer.tag_ in ("NN", "NNS") else "",
        doer_head=(doer.idx, doer.idx + len(doer)) if doer is not None else None,
        doer_phrase=_phrase(doer) if doer is not None else None,
        clause=_clause(chain),
        sayer=tuple((word.idx, word.idx + len(word)) for word in _sayer_words(chain)),
        doer_relative=_relative_pronoun(chain) if verb is trigger and doer is not None else "",
        object_room=_object_room(trigger) if verb is trigger else None,
        possessed=any(child.dep_ == "poss" and child.tag_ != "PRP$" for child in trigger.children),
        answered_at=_answered_at(trigger),
        conducted=_conducted(trigger, predicate),
        ascribed=ascribed is not None,
        doer_agent=doer is not None and _passive_agent(doer),
        background=(
            verb is not None
            and (
                _background(verb)
                or _many_over_a_stretch(trigger, verb)
                or _over_the_years(verb)
                or _held_for_years(verb)
                or _in_the_past(verb)
                or _recalled_by_its_object(verb)
            )
        )
        or _tallied(trigger),
    )
