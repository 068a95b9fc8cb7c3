"""The casualty patterns: how counts, subjects and killing words are arranged in a sentence.

The words come from data (`newsgraph.events.casualty_words`, `events/rules/en/casualties.toml`);
this module arranges them into the patterns `newsgraph.events.casualties` reads counts with.
"""

from __future__ import annotations

import re

from newsgraph.events.casualty_words import group, number_pattern, words

NUMBER = number_pattern()
QUALIFIER = r"(?:(?P<qualifier>" + "|".join(words("qualifier")) + r")\s+)?"
COUNT = QUALIFIER + r"(?P<number>" + NUMBER + r")"
RANGE = re.compile(r"between\s+(?P<low>" + NUMBER + r")\s+(?:and|to|-)\s+(?P<high>" + NUMBER + r")", re.IGNORECASE)
# A number right after a month is a day ("abducted on July 7 was … executed"), never a toll.
MONTH = group("month")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
# A month (and a day) before the number: it is a day or a year, no count ("on May 3", "Friday,
# June 24, 2005 Deputy Jerry Ortiz was shot and killed").
MONTH_BEFORE = re.compile(r"\b" + MONTH + r"\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$", re.IGNORECASE)
SUBJECT_WORDS = r"(?:[\w'’-]+\.?\s+){0,6}?"  # an abbreviation may sit in it ("Three individuals incl. a chief")
# A comma the writer put between the subject and its verb: "two brothers from burrabazar, were killed".
STRAY_COMMA = r"(?:[\w'’-]+,\s+(?=(?:were|was)\b))?"
# An apposition between a count and its verb: "1 child, a shepherd, was killed".
APPOSITION = re.compile(
    r",\s+(?:a|an|who|working|aged|mostly|all)\b[^,.;()]{0,50},(?=\s+(?:was|were|had|has)\b)"
    # "1 civilian, a member of the provincial council, and his 2 bodyguards": a long apposition
    # before "and" (a short one is a list item: "a soldier, a policeman, and a civilian")
    r"|,\s+(?:a|an)\s+(?:[\w'’-]+\s+){3,8}?[\w'’-]+,(?=\s+and\s+(?:his|her|their)\b)"
    r"|\s+[-–—]\s+[^-–—.;()]{0,80}\s+[-–—](?=\s+(?:was|were)\b)",  # "Three people - a councillor and an imam - were"
    re.IGNORECASE,
)
# "Tidiane Pare, director general in charge of water, was killed": a named victim's apposition
NAMED_APPOSITION = re.compile(r"(\b[A-Z][a-z]+),\s+[a-z][^,.;()]{2,100},(?=\s+(?:was|were)\b)")
# What was done to victims before they were killed: "were identified, taken away, and executed".
DONE_BEFORE = group("done_before")
BE = (
    r"(?:(?:were|was|are|is|have been|has been|had been|being|got|reportedly|also|later|all"
    r"|(?:later |reportedly )?found|" + DONE_BEFORE + r"(?:,\s+and|,|\s+and))\s+)*"
)
NOT_EITHER = r"(?!\s+or\s+(?:wounded|injured|hurt))"  # "killed or wounded" counts no one as dead
# "a motorbike shot dead a policeman": a verb with an object after it is active, its subject no victim
OBJECT_AFTER = r"\s+(?:a|an|one|the|his|her|their|two|three|four|five|\d+)\b"
NO_OBJECT = r"(?!" + OBJECT_AFTER + ")"
# … or a person's name ("Two officers fatally shot Kimani Gray"), unless an auxiliary makes it passive:
ACTIVE_OBJECT = re.compile(
    OBJECT_AFTER + r"|\s+(?!" + WEEKDAY + r"|" + MONTH + r")(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)", re.IGNORECASE
)
BE_WORD = re.compile(r"\b(?:were|was|are|is|been|being|got)\b", re.IGNORECASE)

TO_DEATH = group("to_death")
# "neutralised" is the security forces' word for killed ("neutralized ten militants").
DEATH_PASSIVE = "(?:" + "|".join((*words("death_passive"), TO_DEATH)) + ")"
DEATH_VERB = group("death_verb")
DEATH_NOUN = group("death_noun")
INJURY_PASSIVE = group("injury_passive")
INJURY_VERB = group("injury_verb")
INJURY_NOUN = group("injury_noun")

# A death told of someone already counted: "a man was shot and killed … The victim died at the
# scene", "he succumbed to his wounds" (not "He was later lynched": the killer's own death).
TOLD_BEFORE_DIED = r"(?:he|she|the\s+victim)\s+(?:later\s+)?(?:succumbed|died)\b"

PATTERNS = {
    "killed": [
        re.compile(
            COUNT + r"\s+" + SUBJECT_WORDS + STRAY_COMMA + BE + DEATH_PASSIVE + r"\b" + NOT_EITHER, re.IGNORECASE
        ),
        re.compile(r"\b" + DEATH_VERB + r"\s+(?:the\s+lives\s+of\s+|between\s+|of\s+)?" + COUNT + r"\b", re.IGNORECASE),
        re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\s+of\s+" + COUNT + r"\b", re.IGNORECASE),
        # "2 young men's bodies were found": the count owns the bodies
        re.compile(COUNT + r"\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+(?:bodies|corpses)\b", re.IGNORECASE),
        # "arrested seventeen traders and summarily executed them", "abducted six men, those
        # abducted were later found dead": the held are the dead
        re.compile(
            r"\b(?:arrest|abduct|kidnapp|detain|captur)\w*\s+" + COUNT + r"\b[^.;]{0,200}?"
            r"(?:\b(?:execut|kill|murder|assassinat|lynch)\w*\s+(?:\w+\s+)?them\b|\bburn(?:ed|t)\s+them\s+alive\b"
            r"|\bthose\s+(?:arrested|abducted|detained|kidnapped|captured)\s+were\s+(?:\w+\s+){0,2}(?:dead|killed|executed)"
            r"|\btheir\s+(?:bodies|corpses)\s+(?:were|was)\s+(?:\w+\s+)?found)",
            re.IGNORECASE,
        ),
        re.compile(r"\bdeaths?\s+(?:of\s+)?" + COUNT + r"\b", re.IGNORECASE),  # "resulting in the death of one Dozo"
        re.compile(COUNT + r"\s+of\s+the\s+(?:wounded|injured)\s+(?:\w+\s+)?(?:succumbed|died)\b", re.IGNORECASE),
        re.compile(r"\b(?:leaving|left)\s+" + COUNT + r"\s+(?:[\w'’-]+\s+){0,3}?dead\b", re.IGNORECASE),
        re.compile(r"death toll\s+(?:\w+\s+){0,3}?(?:to|of|at|reached)\s+" + COUNT, re.IGNORECASE),
        re.compile(COUNT + r"\s+" + DEATH_NOUN + r"\b", re.IGNORECASE),
    ],
    "injured": [
        re.compile(COUNT + r"\s+" + SUBJECT_WORDS + STRAY_COMMA + BE + INJURY_PASSIVE + r"\b", re.IGNORECASE),
        re.compile(r"\b" + INJURY_VERB + r"\s+" + COUNT + r"\b", re.IGNORECASE),
        re.compile(COUNT + r"\s+" + INJURY_NOUN + r"\b", re.IGNORECASE),
    ],
}
NONE = {
    "killed": re.compile(
        r"\b(?:no (?:one|body|people|person|civilians?) (?:was|were) killed"
        r"|no (?:deaths|fatalities|casualties)|without casualties)\b",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        r"\b(?:no (?:one|body|people|person) (?:was|were) (?:injured|wounded|hurt)|no injuries)\b", re.IGNORECASE
    ),
}
# A gun or a knife that killed: "shot dead", "fatally shot", "fatally stabbed".
SHOT_DEAD = r"shot dead|fatally (?:shot|stabbed)"
# Doers and groups a headline-like note may open with: "Militants killed in clashes" counts no one.
PLURAL_DOERS = group("plural_doers")
SINGULAR = {
    "killed": re.compile(
        r"\b(?:(?:a|an|one|another)\s+(?:[\w'’-]+\s+){0,8}?"
        + BE
        + r"(?:killed|"
        + SHOT_DEAD
        + r"|died|slain|murdered|assassinated|executed|lynched|beheaded|hanged|succumbed)\b"
        + NOT_EITHER
        + NO_OBJECT
        + r"|the\s+(?:[\w'’-]+\s+){0,3}?was\s+(?:(?:later |reportedly )?found\s+)?"
        r"(?:shot\s+(?:[\w-]+\s+times\s+)?and\s+)?"
        r"(?:killed|" + SHOT_DEAD + r"|slain|murdered|assassinated|executed|beheaded|lynched|dead|" + TO_DEATH + r")\b"
        r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s+was\s+(?:(?:later|reportedly)\s+)?(?:found\s+)?"
        r"(?:killed|" + SHOT_DEAD + r"|murdered|assassinated|executed|lynched|beheaded|slain)\b"  # a named person
        r"|(?:killed|killing|kills|executed|executing|murdered|beheaded|assassinated|assassinating|lynched|lynching"
        r"|"
        + SHOT_DEAD
        + r"|(?:hacked|beat|beaten|stabbed|burned|clubbed|stoned) to death|slit(?:ting)? the throats? of)"
        # "executed, and booby-trapped a volunteer fighter": another act on the same victim between
        r"(?:,?\s+(?:and\s+)?(?!wounded\b|injured\b)[a-z-]+ed)?"
        r"\s+(?:a|an|one|another|the|his|her|their)\s+(?!unspecified|unknown)"
        + r"|"
        + TOLD_BEFORE_DIED  # "he was tortured, he succumbed to his wounds"
        + r"|(?:he|she|who)\s+(?:[\w'’-]+\s+){0,4}?was\s+(?:\w+ly\s+)?(?:later\s+)?(?:found\s+)?"
        r"(?:killed|"
        + SHOT_DEAD
        + r"|executed|murdered|assassinated|lynched|slain|hanged|dead|beheaded|"
        + TO_DEATH
        + r")\b"
        r"|(?:body|corpse|remains) of (?:a|an|one)\s"
        r"|the (?:body|corpse) was (?:later )?found"  # "soldiers arrested an elderly man …, the corpse was found"
        # "a man was shot five times to the head and killed", "a man … was beaten up and killed"
        r"|(?:a|an|one)\s+(?:[\w'’-]+\s+){0,6}?was\s+(?:shot|stabbed|beaten|hacked|attacked|tortured)\b[^.;,]{0,40}?"
        r"\s+and\s+(?:then\s+|later\s+)?killed\b"
        # "a little girl's body was found in farmlands"
        r"|(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+(?:body|corpse)\s+was\s+(?:later\s+)?(?:found|discovered|recovered)\b"
        r"|(?:abduct|arrest|kidnapp|detain)\w*\s+(?:a|an|one)\s[^.;]{0,80}?\b(?:execut|kill|murder|shot)\w*\s+(?:\w+\s+)?(?:him|her)\b"
        r"|^(?:murder|killing|assassination|execution|lynching) of (?:a|an|one)\s"  # a headline-like note
        # "Health worker assassinated overnight in …": a headline-like victim with no article
        r"|^(?!" + PLURAL_DOERS + r"\b)(?-i:[A-Z][a-z]+)(?:\s+[\w'’-]+){0,8}?(?<![sS])\s+(?:abducted\s+and\s+)?"
        r"(?:killed|" + SHOT_DEAD + r"|assassinated|executed|murdered|beheaded|lynched)"
        r"(?=\s+(?:in|at|near|overnight|on|during|by|after|while|when)\b|\s*[,.;&]|\s*$)"
        r"|(?:tortured|beat|beaten|stabbed|hacked|burned|clubbed|stoned)\s+(?:a|an|one)\s+"
        r"(?:[\w'’-]+\s+){0,5}?to death\b)",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        r"\b(?:a|an|one)\s+(?!of\s+the\b)(?:[\w'’-]+\s+){0,4}?" + BE + r"(?:wounded|injured|hurt)\b", re.IGNORECASE
    ),
}
# Parenthesised and bracketed asides ("[hosting Malian refugees]", "[size=no report]") are left out.
PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A full stop ends a sentence, not an abbreviation's ("Three individuals incl. the village chief").
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bincl\.)(?<!\bapprox\.)(?<!\bDept\.)(?<!\bdept\.)\s+(?=[A-Z0-9])")
# Clauses that report a further toll of their own: "…, while six more corpses were found", "…; 3 soldiers died".
# A comma before a count that is the subject of its own death clause starts one too: "two
# assailants were killed, three civilians were (also) killed in the crossfire".
CLAUSE_END = re.compile(
    # "At least 18 soldiers were killed and at least 7 militiamen were killed": two clauses' dead
    r"(?:(?<=killed)|(?<=dead)|(?<=died))\s+and\s+(?=(?:(?:"
    + "|".join(words("qualifier"))
    + r")\s+)?(?:"
    + NUMBER
    + r")\s+(?!of\b)(?:[\w'’-]+\s+){0,3}?(?:were|was)\s+(?:(?:also|reportedly|later|all)\s+)*(?:killed|dead|died)\b)"
    r"|;\s+|,\s+(?:while|whereas)\s+|,\s+(?:and\s+(?=(?:one|1)\s))?(?=(?:"
    + NUMBER
    + r")\s+(?!of\b)(?:[\w'’-]+\s+){0,3}?(?:were|was)\s+"
    r"(?:(?:also|reportedly|later|all)\s+)*(?:shot and\s+)?(?:killed|dead|found dead|shot dead|executed)\b"
    r"|(?:" + NUMBER + r")\s+of\s+the\s+(?:wounded|injured)\b"  # "…, one of the wounded succumbed"
    # "…, the army said in a statement that it killed twenty-one militants": the other side's word
    r"|the\s+(?:[\w'’-]+\s+){0,3}?(?:said|stated|announced|reported|claimed)\s+(?:[\w'’-]+\s+){0,4}?that\b)",
    re.IGNORECASE,
)
ANAPHORIC_DEATH = re.compile(TOLD_BEFORE_DIED, re.IGNORECASE)
# A clause that states a whole toll rather than one group's: "The death toll rose to 7", "In all,
# 12 people died", "There were 18 fatalities." It restates the counts before it, so it is not
# added to them ("four men were shot dead … 4 fatalities" is four dead, not eight).
_ALL_TOLD = r"in\s+(?:all|total)|a\s+total\s+of|all\s+told|altogether"
_THERE_WERE = r"^\W*(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?"
_DEAD_NOUNS = r"(?:fatalities|fatality|deaths|dead|killed)"
TOTAL_STATED = {
    "killed": re.compile(
        r"\b(?:death\s+toll|toll\s+(?:rose|climbed|stood|stands|reached|is|was)|" + _ALL_TOLD + r")\b"
        r"|"
        + _THERE_WERE
        + COUNT
        + r"\s+"
        + _DEAD_NOUNS
        + r"(?:,?\s+(?:and\s+)?\d+\s+(?:injured|wounded|injury|injuries))?\W*$",
        re.IGNORECASE,
    ),
    "injured": re.compile(
        r"\b(?:" + _ALL_TOLD + r")\b"
        r"|"
        + _THERE_WERE
        + r"(?:\d+\s+"
        + _DEAD_NOUNS
        + r",?\s+(?:and\s+)?)?"
        + COUNT
        + r"\s+(?:injuries|injured|wounded)\W*$",
        re.IGNORECASE,
    ),
}
# ", including an aid worker, a driver and a nurse were killed": a sub-list before the verb
INCLUDED_LIST = re.compile(r",\s+including\b[^.;()]{0,80}?(?=\s+(?:were|was)\s)", re.IGNORECASE)
NEGATED = re.compile(r"\bno\s*$", re.IGNORECASE)
SUBCOUNT = re.compile(r"(?:including|among them|of whom|of them|incl\.)\s*$", re.IGNORECASE)
INCLUDES = re.compile(r"including|among them|of whom", re.IGNORECASE)  # what follows is a sub-count
# "5-7 local policemen and 2 militiamen were killed": the low end of a hyphenated range counts
HYPHEN_LOW = re.compile(r"(?<![\d-])(?P<low>\d+)\s*[-–]\s*$")
# The words between are a noun phrase, no clause: "Several houses were set fire, and four people
# were killed" joins no counts.
CONJOINED = re.compile(
    r"(?:(?P<low>\d+)\s*[-–]\s*)?(?P<number>" + NUMBER + r")\s+"
    r"(?:(?!(?-i:were|was|are|is|had|has|have)\b)[\w'’-]+\s+){0,3}?"
    r"(?:[\w'’-]+,\s+)?and\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# Further counts listed before the conjoined one: "Three militants, five volunteer fighters, and …".
# A month after the number makes it a date ("On 12 May, two …").
LISTED_BEFORE = re.compile(
    r"(?P<number>" + NUMBER + r")\s+(?!" + MONTH + r"\b)"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+$",
    re.IGNORECASE,
)
# One named victim before "and N others": "Norbert Zongo, a journalist, and three other people
# were killed" (a name, not any noun: "attacked the post and three others were killed").
OTHERS = re.compile(r"\s+others?\b", re.IGNORECASE)
ONE_BEFORE_OTHERS = re.compile(r"(?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)(?:,[^,.;]{1,80},)?\s+and\s+$")
# One victim named with an article before a counted subject: "…, a priest and five worshippers were killed".
ONE_CONJOINED = re.compile(r"(?:^|[,;:]\s+)(?:a|an|one)\s+(?:[\w'’-]+\s+){0,3}?and\s+$", re.IGNORECASE)
