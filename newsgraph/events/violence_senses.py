"""Words of force that report no act of force, told apart by the parse of their sentence.

The trigger patterns find "artillery", "attack" and "threat" wherever they stand; news uses them
as often for things as for acts:

- trade: a weapon bought, sold, supplied or ordered ("signed off on selling $1.3 billion in
  artillery to Saudi Arabia", "agreed to sell tanks and artillery shells to Qatar") is a
  transaction, not a bombardment;
- foiled: an attack thwarted, foiled, averted or prevented did not take place ("INS Sukanya
  thwarted a piracy attack"); the subject is its intended target, never its doer. Whatever else
  the sentence tells ("captured three boats", "killing two") is coded from its own words.
  An attack repelled or repulsed did take place and stays;
- figurative: an attack whose attackers are critics ("came under attack from critics who charged
  the Fed with …", "faced attacks from lawmakers") is criticism;
- description: a person or a group said to be a threat ("warned that he was a threat", "the
  group poses a serious threat to the region", "the threat that Islamic terrorism poses") is
  described, not threatening anyone; so are goods described as shelled ("recalling shelled
  pistachios");
- condition: unrest of a kind ("hit by industrial unrest in China", "amid growing labor
  unrest", "fears of social unrest") is a state of affairs, not a riot, unless it is said to
  erupt, break out or kill ("social unrest erupted in Nairobi") or to have lasted a while; so is
  unrest across a region wider than a country ("Middle East unrest", "unrest in the Arab world");
- aim: "targeted" that says what a thing is meant for, before its noun ("our targeted
  surveillance system", "targeted policies") or with whom it is meant for ("a tax targeted at
  higher earners", "advertising targeted to individual users"). A noun of attack or of a weapon
  keeps it ("targeted killings", "missiles targeted at Kyiv").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.syntax import objects_of

# Nouns of weapons the shelling and weapon triggers match; not the acts ("shelling", "attack").
WEAPONS = frozenset(
    {"artillery", "mortar", "missile", "rocket", "shell", "launcher", "katyusha", "weapon", "arm", "tank", "drone",
     "grenade", "munition", "ammunition", "howitzer", "jet", "bomb", "warplane", "helicopter", "gun", "shotgun",
     "rifle", "pistol", "revolver"}
)  # fmt: skip
TRADING = frozenset(
    {"sell", "buy", "purchase", "supply", "deliver", "provide", "ship", "export", "import", "acquire", "order",
     "procure", "transfer", "donate", "manufacture", "produce"}
)  # fmt: skip
TRADES = frozenset(
    {"sale", "purchase", "delivery", "shipment", "supply", "transfer", "export", "import", "order", "deal",
     "contract", "acquisition", "procurement", "package", "aid", "consignment", "billion", "million", "$"}
)  # fmt: skip
# Verbs of making, changing or trying weapons: development, not their use ("convert these into
# the Paladin artillery system", "upgrade its missile systems", "tested a rocket launcher").
DEVELOPING = frozenset(
    {"convert", "upgrade", "modernise", "modernize", "develop", "build", "design", "refurbish", "retrofit", "test",
     "unveil", "showcase", "display"}
)  # fmt: skip
# Nouns a weapon's noun names the kind of: "artillery system", "missile technology".
WEAPON_KINDS = frozenset({"system", "equipment", "technology", "platform", "hardware", "programme", "program"})
# Verbs of finding weapons: a seizure or a search, not their use ("police found a shotgun and
# three shells in his vehicle").
FINDING = frozenset({"find", "seize", "recover", "discover", "confiscate", "uncover", "stash", "store"})
FOILING = frozenset({"thwart", "foil", "avert", "prevent", "frustrate", "preempt", "pre-empt", "forestall"})
ATTACK_NOUNS = frozenset(
    {"attack", "assault", "bombing", "raid", "ambush", "attempt", "plot", "strike", "massacre", "hijacking"}
)
# Who attacks in words: "came under attack from critics".
CRITICS = frozenset(
    {"critic", "lawmaker", "legislator", "analyst", "investor", "opponent", "rival", "shareholder", "economist",
     "commentator", "politician", "pundit", "columnist", "media", "press", "conservative", "liberal", "senator",
     "congressman", "editorial", "blogger", "regulator"}
)  # fmt: skip
# Verbs that say what someone is, not what anyone did: "was a threat", "poses a threat".
DESCRIBING = frozenset({"be", "remain", "become", "seem", "pose", "represent", "constitute", "consider", "see", "view"})
# Kinds of unrest that name a state of affairs, and what unrest does when it is an event.
UNREST_KINDS = frozenset(
    {"social", "political", "industrial", "labor", "labour", "worker", "market", "investor", "economic", "public",
     "civil", "popular", "militant", "rebel", "insurgent", "separatist", "armed", "jihadist"}
)  # fmt: skip
SPANS_OF_TIME = frozenset({"day", "night", "week", "month", "year", "hour"})
# Regions wider than a country: unrest there is a region's state of affairs ("oil prices fed by Middle
# East unrest", "concerns over unrest in the Arab world"), never one riot.
UNREST_REGIONS = frozenset(
    {"middle east", "mideast", "mid-east", "arab world", "arab", "region", "regional", "global", "worldwide",
     "north africa", "north african", "gulf", "emerging markets"}
)  # fmt: skip
UNREST_WHERE = frozenset({"in", "across", "throughout"})
# What unrest is the cause of: "come from unrest", "rose on unrest", "fears over unrest".
CAUSE_PREPOSITIONS = frozenset({"from", "on", "over", "about"})
MOVED_BY_CAUSE = frozenset(
    {"come", "rise", "fall", "gain", "climb", "jump", "slip", "drop", "rally", "surge", "advance", "ease", "soar",
     "stem", "rebound", "tumble", "firm", "weaken", "strengthen", "worry", "fear"}
)  # fmt: skip
UNREST_HAPPENING = frozenset({"erupt", "break", "flare", "spread", "kill", "leave", "rock", "sweep", "grip", "claim"})
# Prepositions of what a thing is aimed at: "targeted at higher earners", "targeted to mass audiences".
AIMED_AT = frozenset({"at", "to", "toward", "towards"})
# How far up the parse a weapon noun may sit below its trade ("$1.3 billion in artillery": artillery
# -> in -> billion -> selling).
MAX_STEPS = 4


def violence_sense(trigger: Token) -> str | None:
    """Why the trigger word (the root of its span) names no act of force ("trade", "foiled",
    "description", "figurative"), or None when it may."""
    if _traded(trigger):
        return "trade"
    if _foiled(trigger):
        return "foiled"
    if _described_as_threat(trigger):
        return "description"
    if (
        _attacked_by_critics(trigger)
        or _blasted_in_words(trigger)
        or _shot_in_the_arm(trigger)
        or _a_shot_at_something(trigger)
        or _markets_pounded(trigger)
    ):
        return "figurative"
    if _aim(trigger):
        return "aim"
    if _unrest_of_a_kind(trigger):
        return "condition"
    if _shelled_goods(trigger):
        return "description"
    if _dead_thing(trigger):
        return "figurative"
    return None


# Things called "dead" that never lived as people: "double dead meat", "a dead end", "a dead heat".
DEAD_THINGS = frozenset(
    {"meat", "end", "heat", "weight", "zone", "battery", "batteries", "ball", "line", "letter", "wood", "language",
     "giveaway", "ringer", "link", "links", "spot", "air", "calm", "stock", "pool", "pixel", "pixels", "cat", "duck",
     "tree", "trees", "leaves", "grass", "fish", "animals", "pigs", "chickens", "birds", "cattle", "livestock", "money",
     "issue", "deal", "season", "silence", "center", "centre"}
)  # fmt: skip


def _dead_thing(dead: Token) -> bool:
    """ "Double dead meat", "a dead end", "a dead heat", "dead weight": "dead" on a thing that was
    never a person tells no death of anyone an event could have killed."""
    return dead.lower_ == "dead" and dead.dep_ == "amod" and dead.head.lower_ in DEAD_THINGS


# What markets are, and what pounds them: "Greek markets have been pounded by fears", "shares were
# hammered", "selling pounded the euro".
MARKETS = frozenset(
    {"market", "share", "stock", "bond", "currency", "euro", "dollar", "yen", "pound", "price", "index", "economy",
     "sector", "equity", "yield", "rupee", "peso", "lira", "ruble", "rouble"}
)  # fmt: skip
MARKET_FORCES = frozenset(
    {"fear", "worry", "concern", "doubt", "selling", "sell-off", "loss", "speculation", "uncertainty", "investor",
     "trader", "inflation", "rumour", "rumor", "panic", "crisis", "recession", "downturn", "slump", "slowdown",
     "crunch", "turmoil", "meltdown"}
)  # fmt: skip
MARKET_PARTIES = MARKETS | MARKET_FORCES


def _markets_pounded(verb: Token) -> bool:
    """ "Greek markets have been pounded by fears over the country's solvency", "selling pounded the
    euro": markets falling, no shelling; "artillery pounded the town" stays one."""
    if verb.lemma_.lower() not in ("pound", "hammer", "batter") or verb.pos_ != "VERB":
        return False
    parties = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "dobj")]
    parties += [grand for child in verb.children if child.dep_ == "agent" for grand in child.children]
    return any(party.lemma_.lower() in MARKET_PARTIES for party in parties)


def _shelled_goods(shelled: Token) -> bool:
    """ "Kroger is recalling shelled pistachios", "shelled walnuts": "shelled" before the noun it
    describes, a thing's state (its shell taken off); a bombardment is told by a verb with its
    doer ("the army shelled rebel positions")."""
    before_its_noun = shelled.dep_ in ("amod", "compound") and shelled.head.i > shelled.i
    return shelled.lower_ in ("shelled", "unshelled") and before_its_noun


def _shot_in_the_arm(shot: Token) -> bool:
    """ "a $6.6 billion shot in the arm": a boost, the noun "shot" followed by "in the arm"; not
    "was shot in the arm", where the tagger reads a verb."""
    doc = shot.doc
    if shot.lower_ != "shot" or shot.pos_ != "NOUN" or shot.i + 3 >= len(doc):
        return False
    return [token.lower_ for token in doc[shot.i + 1 : shot.i + 4]] == ["in", "the", "arm"]


# Verbs that give, have or deserve "a shot" at something: a chance, not gunfire ("have given
# Trump a real shot at succeeding Obama", "deserves a shot at the title"); one fires a shot.
CHANCE_VERBS = frozenset({"give", "get", "have", "stand", "deserve", "earn", "want", "offer", "win", "lose"})


def _a_shot_at_something(shot: Token) -> bool:
    """ "The American people have given Trump a real shot at succeeding Obama", "Leicester
    have a shot at the title": the noun "shot" that a verb of having or giving takes is a
    chance; "fired a shot at the police" is gunfire."""
    return (
        shot.lower_ == "shot"
        and shot.pos_ == "NOUN"
        and shot.dep_ in ("dobj", "obj")
        and shot.head.lemma_.lower() in CHANCE_VERBS
    )


def _traded(noun: Token) -> bool:
    """A weapon's noun below a verb or a noun of trade, or a verb of finding or of developing,
    through prepositions, other weapons and the kinds they name only: "selling artillery", "the
    sale of missiles", "$1.3 billion in artillery", "tanks and artillery shells", "found a
    shotgun and three shells", "convert these into the Paladin artillery system". Any other noun
    on the way ("ordered an artillery strike") is an act."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in WEAPONS:
        return False
    word = noun
    for _step in range(MAX_STEPS):
        if word.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "nsubjpass", "appos", "nmod"):
            return False
        word = word.head
        lemma = word.lemma_.lower()
        if word.pos_ in ("VERB", "AUX"):
            return lemma in TRADING or lemma in FINDING or lemma in DEVELOPING
        if lemma in TRADES or word.text in TRADES:
            return True
        if word.pos_ != "ADP" and lemma not in WEAPONS and lemma not in WEAPON_KINDS:
            return False
    return False


def _foiled(noun: Token) -> bool:
    """An attack's noun that is the object of a verb of foiling ("thwarted a piracy attack", "an
    attack was foiled")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTACK_NOUNS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in FOILING:
        return True
    return noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass") and noun.head.head.lemma_.lower() in FOILING


def _attacked_by_critics(noun: Token) -> bool:
    """An attack whose attackers ("from" or "by" on the noun, or on the verb of coming under it)
    are critics, lawmakers or analysts."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("attack", "assault", "fire"):
        return False
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        holders.append(noun.head.head)  # "came under attack from critics"
    for holder in holders:
        for preposition in holder.children:
            if preposition.dep_ not in ("prep", "agent") or preposition.lower_ not in ("from", "by"):
                continue
            for attacker in preposition.children:
                if attacker.dep_ != "pobj":
                    continue
                if any(word.lemma_.lower() in CRITICS for word in (attacker, *attacker.conjuncts)):
                    return True
    return False


def _blasted_in_words(verb: Token) -> bool:
    """ "Democrats blast Portman almost daily for his decision", "blasted the plan as reckless":
    "blast" as a verb whose object is a person, or with what it is for or as, is criticism. A
    blast that hits a post, a convoy or a town stays one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "blast":
        return False
    if any(child.dep_ == "prep" and child.lower_ in ("for", "as") for child in verb.children):
        return True
    return any(child.dep_ == "dobj" and child.ent_type_ == "PERSON" for child in verb.children)


def _described_as_threat(noun: Token) -> bool:
    """ "Threat" as what someone is or poses: the complement of being, posing or being seen as,
    or the noun a clause of posing describes ("the threat that Islamic terrorism poses")."""
    if noun.lemma_.lower() != "threat" or noun.pos_ != "NOUN":
        return False
    if any(child.dep_ in ("relcl", "acl") and child.lemma_.lower() in DESCRIBING for child in noun.children):
        return True
    if _threat_from_a_thing(noun):
        return True
    return noun.dep_ in ("attr", "dobj", "oprd", "acomp") and noun.head.lemma_.lower() in DESCRIBING


def _threat_from_a_thing(noun: Token) -> bool:
    """ "Due to the threat from global warming", "the threat from militants": a danger a thing or
    an unnamed kind poses, not a threat anyone made. A threat from someone named or from a
    pronoun ("a threat from Hamas", "threats from them") may be one, and so is one with what it
    threatens ("the threat from the rebels to storm the city")."""
    if any(child.dep_ in ("acl", "prep") and child.lower_ in ("to", "of") for child in noun.children):
        return False
    return any(not source.ent_type_ and source.pos_ == "NOUN" for source in objects_of(noun, "from"))


def _aim(targeted: Token) -> bool:
    """ "Targeted" modifying a noun that names no attack or weapon: before it (an adjective), or
    after it with what it is aimed at ("a tax targeted at higher earners")."""
    if targeted.lower_ != "targeted" or targeted.dep_ not in ("amod", "acl"):
        return False
    thing = targeted.head.lemma_.lower()
    if thing in ATTACK_NOUNS or thing in WEAPONS or thing in ("killing", "assassination", "airstrike"):
        return False
    if targeted.dep_ == "amod":  # not after a noun: "Houthi forces targeted military locations" is a deed
        before = targeted.doc[targeted.i - 1] if targeted.i > 0 else None
        subject_like = before is not None and (before.pos_ in ("NOUN", "PROPN") or before.tag_ == "PRP")
        return targeted.head.i > targeted.i and not subject_like
    return any(child.dep_ == "prep" and child.lower_ in AIMED_AT for child in targeted.children)


def _unrest_of_a_kind(unrest: Token) -> bool:
    """ "Unrest" with a kind before it ("industrial", "labor", "social"), unless it is the
    subject of a verb of happening ("social unrest erupted") or lasted a span of time ("a week
    of political unrest")."""
    if unrest.lemma_.lower() != "unrest":
        return False
    if unrest.dep_ == "nsubj" and unrest.head.lemma_.lower() in UNREST_HAPPENING:
        return False
    if unrest.dep_ == "pobj" and unrest.head.lower_ == "of" and unrest.head.head.lemma_.lower() in SPANS_OF_TIME:
        return False  # "a week of unprecedented Palestinian political unrest": unrest that took place
    if _unrest_across_a_region(unrest) or _unrest_as_a_cause(unrest):
        return True
    return any(child.dep_ in ("amod", "compound") and child.lemma_.lower() in UNREST_KINDS for child in unrest.children)


def _unrest_as_a_cause(unrest: Token) -> bool:
    """ "Further strength has come from unrest in OPEC member Nigeria", "prices rose on unrest in
    Libya", "fears over unrest", "amid unrest": unrest as what moves prices or minds is a state of
    affairs the sentence reasons from, not a riot it tells of ("killed in unrest" stays)."""
    if unrest.dep_ != "pobj":
        return False
    preposition = unrest.head
    if preposition.lower_ == "amid":
        return True
    governor = preposition.head
    if preposition.lower_ not in CAUSE_PREPOSITIONS:
        return False
    return governor.pos_ == "NOUN" or governor.lemma_.lower() in MOVED_BY_CAUSE


def _unrest_across_a_region(unrest: Token) -> bool:
    """ "Middle East unrest", "MIDEAST UNREST", "unrest in the Arab world": a region wider than a
    country before the noun or after "in"/"across", which names no place a riot happened."""
    places = [child for child in unrest.children if child.dep_ in ("amod", "compound", "nmod")]
    holders = [unrest]
    if unrest.dep_ == "pobj":  # "concerns over unrest in the Middle East": the place hangs on "concerns"
        holders.append(unrest.head.head)
    for preposition in (child for holder in holders for child in holder.children):
        if preposition.dep_ == "prep" and preposition.lower_ in UNREST_WHERE:
            places += [child for child in preposition.children if child.dep_ == "pobj"]
    if any(_place_words(place) in UNREST_REGIONS for place in places):
        return True
    # the words just before it, however the parse took them ("Middle East unrest persist", tagged a noun)
    doc = unrest.doc
    return any(" ".join(word.lower_ for word in doc[max(0, unrest.i - n) : unrest.i]) in UNREST_REGIONS for n in (1, 2))


def _place_words(place: Token) -> str:
    """The place's name with the words compounded before it, lowercased ("Middle East")."""
    words = [child for child in place.lefts if child.dep_ in ("compound", "amod") and child.pos_ != "DET"]
    return " ".join(word.lower_ for word in [*words, place])
