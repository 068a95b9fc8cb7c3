"""What one cue attributes and to whom, read from the parse of its sentence (the article's
reported speech is gathered by `reported_speech`): once a verb is taken as a cue, what it
attributes is the clause or phrase it governs, and who is the subject it governs.

"Officials said the bridge was closed" — `said` governs the clause "the bridge was closed"
(ccomp) and the subject "Officials". "The bridge was closed, officials said" has the same tree
with the clause before the verb. "X wants lower taxes" governs an object, "X called for a
ceasefire" a prepositional phrase, "according to X, …" hangs off the clause it attributes.
A participle with no subject of its own ("…, saying the talks failed") borrows the subject of
the verb it hangs off.

Precision first: a cue that is no verb of speech or stance must govern a clause ("officers
fired 10 rounds" is a deed, not a quote), and reported speech nobody says ("a report expected to
shed light on …") is dropped.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution_cues import load_cue_model
from newsgraph.nlp.lexicon import lexicon

_CLAUSE_RELATIONS = ("ccomp", "parataxis")
_OBJECT_RELATIONS = ("dobj", "obj", "attr", "oprd", "acomp")
SUBJECT_RELATIONS = ("nsubj", "nsubjpass", "csubj")
_CONTENT_PREPOSITIONS = frozenset({"for", "to", "about", "on", "of", "against", "that"})
# Verbs of talking: what follows "to" or "with" is whom they talked to ('spoke to Breitbart News'),
# and "on condition of anonymity" is how; only "about", "of" and "on" give the topic.
_TALKING_VERBS = frozenset({"speak", "talk"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "on"})
_PHRASAL_STANCES = {
    "lay": frozenset({"out"}),
    "point": frozenset({"to", "out"}),
    "brush": frozenset({"aside", "off"}),
    "single": frozenset({"out"}),
    "lash": frozenset({"out"}),
}
_FRAMING_VERBS = frozenset({"see", "view", "cast", "paint", "frame"})
# Verbs whose "to …" complement says how something goes or looks, not what anyone holds.
_ASPECT_VERBS = frozenset({"continue", "begin", "start", "appear", "seem", "try", "keep", "cease", "tend", "happen"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})
_GLOSS_MARKS = frozenset({",", "\u2013", "\u2014", "--"})
_BORROWS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "acl"})
_ADVERBIALS = frozenset({"advmod", "npadvmod"})
_ADDRESSED_VERBS = frozenset({"tell", "ask", "assure", "remind", "inform", "brief", "warn", "promise", "thank"})
_STANCE_PREPOSITIONS = frozenset({"for", "as", "of", "against", "over", "about"})
_CONTINUING_PREPOSITIONS = frozenset({"to", "in", "from", "on", "toward", "towards", "into"})
_SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "into"})
_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday"}
)
# A name hanging here is where or when, not who: "a student in Montana asked …".
_NOT_THE_SPEAKER = frozenset({"pobj", "npadvmod", "dobj", *SUBJECT_RELATIONS})
# Days and months, read only when capitalised ("the march" is a walk); "May" is too often a name.
_TIME_NAMES = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name) - {"may"}
_REPUTE_VERBS = frozenset(
    {"expect", "consider", "regard", "view", "see", "believe", "think", "tip", "tout", "rumor", "rumour", "predict"}
)
# Objects of a verb of speech that hold no words of the speaker: none said, or a picture shared.
_NOTHING_SAID = frozenset(
    {"nothing", "little", "anything", "picture", "photo", "photograph", "image", "video", "clip", "footage", "selfie"}
)
_QUOTING_VERBS = frozenset({"quote", "cite"})
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through"})
_CLOSING_CUES = frozenset({"say", "add", "tell", "write", "note", "explain", "insist", "argue", "warn", "claim"})
# Verbs whose "as" clause attributes the sentence it opens: 'As The Atlantic noted, trust is
# collapsing', 'as Reuters reported', 'as Obama put it'. Not 'as he spoke' (a time) or 'as
# he said he would' (the verb's own clause).
_AS_CUES = frozenset(
    {*_CLOSING_CUES, "report", "point", "put", "observe", "predict", "mention", "tweet", "announce", "acknowledge",
     "remark", "state", "suggest", "show", "find", "recall", "concede"}
)  # fmt: skip
# Messages that say something of their own ('a statement saying …', 'a letter urging …') and
# the verbs that put them out: whoever issues the message says what it says.
_MESSAGE_NOUNS = frozenset(
    {"statement", "letter", "tweet", "post", "email", "e-mail", "message", "memo", "response", "reply", "release",
     "ad", "advertisement", "video", "op-ed", "column", "editorial", "filing", "notice", "petition", "resolution",
     "note", "sign", "banner", "placard"}
)  # fmt: skip
_ISSUING_VERBS = frozenset(
    {"issue", "release", "send", "post", "publish", "tweet", "write", "sign", "fire", "put", "air", "run", "file",
     "pen"}
)  # fmt: skip
_OPENING_MARKS = frozenset({"\u201c", "``"})
_CLOSING_MARKS = frozenset({"\u201d", "''"})
MIN_CONTENT_TOKENS = 2
MAX_SOURCE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class ParsedAttribution:
    """Token spans, in the parsed sentence, of what a cue attributes and to whom."""

    cue: Span
    content: Span
    source: Span


def without_edge_punct(doc: Doc, start: int, end: int) -> Span | None:
    """doc[start:end] without punctuation or spaces at its edges (None when nothing is left)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def with_closing_mark(span: Span | None) -> Span | None:
    """`span` with the quotation mark that closes one it opens, which its edge trimming (or
    the parse, which hangs the mark elsewhere) cut off: 'the winter will be “hard”', not
    '… “hard', and '… by Cleveland,”' when the writer put the comma inside the marks."""
    if span is None:
        return None
    doc = span.doc
    curly_open = sum(token.text in _OPENING_MARKS for token in span) > sum(
        token.text in _CLOSING_MARKS for token in span
    )
    straight_open = sum(token.text == '"' for token in span) % 2 == 1
    if not (curly_open or straight_open):
        return span
    closing = _CLOSING_MARKS if curly_open else frozenset({'"'})
    for index in range(span.end, min(span.end + 2, len(doc))):
        if doc[index].text in closing:
            return doc[span.start : index + 1]
        if doc[index].text not in (",", "."):
            break
    return span


def _subtree_span(tokens: list[Token]) -> Span | None:
    """The smallest span covering the subtrees of `tokens`, without punctuation at its edges."""
    if not tokens:
        return None
    indices = [descendant.i for token in tokens for descendant in token.subtree]
    return with_closing_mark(without_edge_punct(tokens[0].doc, min(indices), max(indices) + 1))


def _content_of(cue: Token) -> Span | None:
    """The clause, object or prepositional phrase the cue governs (see the module docstring)."""
    children = list(cue.children)
    clauses = [child for child in children if child.dep_ in _CLAUSE_RELATIONS] or _that_clause_in_setting(cue)
    clauses = [clause for clause in clauses if not _own_saying(clause)] or clauses
    if clauses:
        clause = _subtree_span([max(clauses, key=lambda clause: len(list(clause.subtree)))])
        return _run_on(cue, clause) if clause is not None and clause.start > cue.i else clause
    objects = [child for child in children if child.dep_ in _OBJECT_RELATIONS]
    complements = [child for child in children if child.dep_ == "xcomp"]
    if complements and not objects and cue.lemma_.lower() in _ASPECT_VERBS:
        return None  # "ties continued to deepen", "he appeared to link": how, not what someone says
    if objects or complements:
        return _subtree_span(objects + complements + _what_for(cue, objects))
    for child in children:
        if child.dep_ == "prep" and _gives_content(cue, child) and _right_after(cue, child):
            return _subtree_span([grandchild for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")])
    return None


def _gives_content(cue: Token, preposition: Token) -> bool:
    """Whether the phrase of `preposition` holds what `cue` attributes ('called for talks',
    'spoke about the budget'), not whom it was said to ('spoke to reporters') or how ('spoke
    on condition of anonymity')."""
    if cue.lemma_.lower() not in _TALKING_VERBS:
        return preposition.lower_ in _CONTENT_PREPOSITIONS
    objects = [child.lemma_.lower() for child in preposition.children if child.dep_ == "pobj"]
    return preposition.lower_ in _TOPIC_PREPOSITIONS and "condition" not in objects


def _that_clause_in_setting(cue: Token) -> list[Token]:
    """A "that" clause the parser hung on the occasion of a saying rather than on the verb:
    'said earlier on Friday during a news conference that he may wait until …' reads "that he
    may wait" as describing the conference. It is what was said when it hangs on the saying's
    occasion or medium ("in a statement", "during a call"; not "following news that …"),
    "that" is a complementizer (no subject or object of the clause) and the clause has a
    subject of its own; 'a news conference that the party held' stays a description."""
    if cue.lower_ not in lexicon().speech_verbs and cue.lemma_.lower() not in lexicon().speech_verbs:
        return []
    for phrase in cue.children:
        if phrase.dep_ != "prep" or phrase.i < cue.i or phrase.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        for obj in phrase.children:
            if obj.lemma_.lower() not in lexicon().saying_media:
                continue  # "following news that …", "despite concerns that …": someone else's
            for clause in obj.children:
                if clause.dep_ not in ("relcl", "acl") or clause.i < obj.i:
                    continue
                marks = [child for child in clause.children if child.dep_ == "mark" and child.lower_ == "that"]
                if marks and any(child.dep_ in SUBJECT_RELATIONS for child in clause.children):
                    return [clause]
    return []


def _own_saying(clause: Token) -> bool:
    """A verb of speech with a subject of its own after a conjunction, which the parser hangs
    off another cue as a second clause: '… said they were worried, and more than 4 in 10 said
    Trump would …' is two sayings, not one saying of the second."""
    said_apart = clause.lower_ in lexicon().speech_verbs and any(
        child.dep_ in SUBJECT_RELATIONS for child in clause.children
    )
    return said_apart and any(
        token.dep_ == "cc" for token in clause.doc[clause.left_edge.i - 1 : clause.left_edge.i + 1]
    )


def _right_after(cue: Token, preposition: Token) -> bool:
    """The preposition follows the cue, with at most a time or manner word between them:
    'responded to reports', 'responded Friday to reports', 'spoke favorably of'."""
    between = cue.doc[cue.i + 1 : preposition.i]
    adverbials = {token.i for child in cue.children if child.dep_ in _ADVERBIALS for token in child.subtree}
    return preposition.i > cue.i and all(token.i in adverbials for token in between)


def _what_for(cue: Token, objects: list[Token]) -> list[Token]:
    """The phrases after the object that say what the stance is about: 'mocked Rubio for
    "having a tough night"', 'described his skills as a "work in progress"', 'accuses Sanders
    of a smear', 'endorsed Cruz for president'; the reproach or the label is the heart of what
    is said. So are the phrases the parser hangs off the verb right after the object, though
    they complete it: 'announced his engagement to Jerry Hall', 'reported $15,000 in income
    from an investment', 'defended his call to raise the minimum wage'. Time, place and medium
    ('… on Friday', '… in Virginia', '… in a statement') stay out, and so does what a verb with
    a listener says ('told reporters about the budget': the object is whom it was told)."""
    if not objects or cue.lemma_.lower() in _ADDRESSED_VERBS:
        return []
    after = max(token.i for obj in objects for token in obj.subtree)
    stance = [
        child
        for child in cue.children
        if child.dep_ == "prep" and child.i > after and child.lower_ in _STANCE_PREPOSITIONS
    ]
    return stance + [phrase for phrase in _continuing(cue, after + 1) if phrase not in stance]


def _continuing(cue: Token, start: int) -> list[Token]:
    """The cue's prepositional phrases and 'to' clauses that follow one another from token
    `start` on, up to the first that is no part of what is said (see `_what_for`)."""
    phrases: list[Token] = []
    for child in sorted(cue.children, key=lambda child: child.i):
        if child.i < start:
            continue
        if child.left_edge.i != start or not (_continues_object(child) or _to_clause(child)):
            break
        phrases.append(child)
        start = max(token.i for token in child.subtree) + 1
    return phrases


def _continues_object(phrase: Token) -> bool:
    """A preposition of `_CONTINUING_PREPOSITIONS` whose object is no date, time, place or
    medium of the saying. The sentence's parse carries no entities, so a name after "in", "on"
    or "at" ('in Sanaa', 'on Friday', 'on CNN') counts as setting, as do time words and years;
    a name after "to" or "from" ('to Jerry Hall') completes the object."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _CONTINUING_PREPOSITIONS:
        return False
    objects = [child for child in phrase.children if child.dep_ in ("pobj", "pcomp")]
    if not objects:
        return False
    for obj in objects:
        lemma = obj.lemma_.lower()
        if obj.like_num or lemma in _TIME_NOUNS or lemma in lexicon().saying_media:
            return False
        if obj.pos_ == "PROPN" and phrase.lower_ in _SETTING_PREPOSITIONS:
            return False
    return True


def _to_clause(clause: Token) -> bool:
    """A 'to' clause hanging off the verb ('defended his call to raise …')."""
    return clause.dep_ in ("advcl", "xcomp") and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in clause.children
    )


def _run_on(cue: Token, clause: Span) -> Span:
    """A clause after its cue runs on to the end of what the cue governs: the parser hangs a
    second half ('… a “long road ahead” but he feels confident …', '… is “peanuts,” compared
    to …') off the cue rather than the clause, yet the speaker says it too. It stops before a
    second saying of the same speaker ('…, and he railed against …': its own attribution)."""
    model = load_cue_model()
    end = max(token.i for token in cue.subtree) + 1
    for child in cue.children:
        second_saying = child.dep_ == "conj" and model.probability(child) >= model.threshold
        if child.i > clause.end and (second_saying or (child.dep_ in _CLAUSE_RELATIONS and _own_saying(child))):
            end = min(end, min(token.i for token in child.subtree))
    end = max(end, clause.end)
    while end > clause.end and (cue.doc[end - 1].dep_ == "cc" or cue.doc[end - 1].is_punct):
        end -= 1  # not the "but" or comma before the second saying
    return with_closing_mark(without_edge_punct(cue.doc, clause.start, end)) or clause


def _interrupted_clause(cue: Token) -> Span | None:
    """'This campaign, he says, is different', 'The emails were on work topics, the Times said':
    a cue set into the clause it attributes hangs off it (parataxis) and governs nothing; the
    content is that clause, from its first to its last word outside the cue's own phrase, so
    an interruption in the middle stays inside it as the reader sees it."""
    if cue.dep_ != "parataxis" or not any(child.dep_ in SUBJECT_RELATIONS for child in cue.children):
        return None
    phrase = {token.i for token in cue.subtree}
    return _trimmed([token for token in cue.head.subtree if token.i not in phrase])


def _according_to(cue: Token) -> ParsedAttribution | None:
    """'According to X, the bridge was closed': the source is X, the content what 'according'
    hangs off, without the 'according to X' phrase."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].lower_ != "to":
        return None
    phrase = {token.i for token in cue.subtree} | {token.i for token in doc[cue.i + 1].subtree}
    objects = [token for token in doc[cue.i + 1].children if token.dep_ == "pobj"]
    source = _subtree_span(objects)
    if source is None:
        return None
    rest = [token for token in cue.sent if token.i not in phrase]
    before = [token for token in rest if token.i < cue.i]
    after = [token for token in rest if token.i > max(phrase)]
    side = after if len(after) >= len(before) else before
    content = _trimmed(side)
    if content is None:
        return None
    return ParsedAttribution(doc[cue.i : cue.i + 2], content, source)


def _as_reported(cue: Token) -> ParsedAttribution | None:
    """'As The Atlantic recently noted, trust in government is collapsing': a reporting verb in
    an "as" clause with a subject of its own and no clause or object of its own attributes the
    clause it hangs off, without the "as" clause ('as Obama put it' keeps its "it")."""
    if cue.dep_ != "advcl" or cue.lemma_.lower() not in _AS_CUES:
        return None
    children = list(cue.children)
    if not any(child.dep_ == "mark" and child.lower_ == "as" for child in children):
        return None
    if any(
        child.dep_ in (*_CLAUSE_RELATIONS, "xcomp") or (child.dep_ in _OBJECT_RELATIONS and child.lower_ != "it")
        for child in children
    ):
        return None  # "as he said he would", "as police reported the shooting": the verb's own
    subjects = [child for child in children if child.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ == "it" or any(child.dep_ == "nsubjpass" for child in children):
        return None  # "as expected", "as it turned out", "as was reported": nobody named reports
    source = _source_span(subjects[0])
    content = _trimmed(_outside_as_clause(cue))
    if source is None or content is None or cue.head.dep_ in SUBJECT_RELATIONS:
        return None
    return ParsedAttribution(cue.doc[cue.i : cue.i + 1], content, source)


def _outside_as_clause(cue: Token) -> list[Token]:
    """The words of the clause an "as" clause hangs off, outside it: those after it when only a
    conjunction or comma comes before ('And, as X reported, Clinton is …'), those before it when
    it closes the sentence, else all of them, the interruption kept as the reader sees it."""
    clause = {token.i for token in cue.subtree}
    rest = [token for token in cue.head.subtree if token.i not in clause and token.sent == cue.sent]
    before = [token for token in rest if token.i < min(clause)]
    after = [token for token in rest if token.i > max(clause)]
    if all(token.is_punct or token.dep_ == "cc" for token in before):
        return after
    if all(token.is_punct for token in after):
        return before
    return rest


def _trimmed(tokens: list[Token]) -> Span | None:
    """From the first to the last word of `tokens` (in order), when they hold enough words."""
    words = [token for token in tokens if not (token.is_punct or token.is_space)]
    if len(words) < MIN_CONTENT_TOKENS:
        return None
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1]


def _source_of(cue: Token) -> Span | None:
    """The cue's subject; for a passive its agent ('was criticized by X'); for a participle or
    a second verb without a subject ('…, saying …', 'and added …') the subject of its head; for
    a relative clause ('…, who added that …') the noun the clause describes. A participle of
    expectation or repute with no subject or auxiliary of its own is a passive ('Courted by …,
    widely expected to be the top donor, Adelson said …'): the subject it would borrow is what
    others expect, so it has no source ('Asked whether …, he said' keeps the one asked)."""
    if (
        cue.tag_ == "VBN"
        and cue.lemma_.lower() in _REPUTE_VERBS
        and cue.dep_ in _BORROWS_SUBJECT
        and not any(child.dep_ in (*SUBJECT_RELATIONS, "aux", "auxpass") for child in cue.children)
    ):
        return None
    verb = cue
    for _ in range(3):
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_RELATIONS] or _share_before(verb)
        if verb.dep_ == "auxpass" or any(child.dep_ == "nsubjpass" for child in verb.children):
            agents = [
                grandchild
                for child in verb.children
                if child.dep_ == "agent"
                for grandchild in child.children
                if grandchild.dep_ == "pobj"
            ]
            return _source_span(agents[0]) if agents else None
        if subjects and subjects[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _source_span(verb.head)  # "resident Shaya Tenenbaum, who added that …"
        if subjects:
            return _source_span(subjects[0])
        message = _message_saying(cue) if verb is cue else None
        if message is not None:
            return _issuer_of(message)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            quoted = _quoted_as_saying(verb)
            if quoted is not None:
                return quoted
            verb = verb.head.head  # "… before explaining why", "Since announcing that …"
            continue
        if verb.dep_ not in _BORROWS_SUBJECT or verb.head is verb:
            return _name_before(cue)
        if verb is cue and cue.dep_ == "conj":
            joined = _subject_joined_before(cue)
            if joined is not None:
                return joined
        verb = verb.head
    return None


def _message_saying(cue: Token) -> Token | None:
    """The message a participle tells the words of: 'a statement saying …' (the parser hangs
    the participle on the noun) or 'found a note saying …' (on the verb, right after the noun)."""
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in _MESSAGE_NOUNS:
        return cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i == cue.sent.start:
        return None
    before = cue.doc[cue.i - 1]
    hung_on_verb = before.head.i == cue.head.i and before.dep_ in ("dobj", "obj")
    return before if hung_on_verb and before.lemma_.lower() in _MESSAGE_NOUNS else None


def _issuer_of(message: Token) -> Span | None:
    """Who put out a message that says something ('Trump's campaign released a statement
    saying …', 'Trump's statement saying …'): its owner, or the subject of the verb that issued
    it; a message someone found or received ('police found a note saying …') has no speaker
    the text names."""
    owners = [child for child in message.children if child.dep_ == "poss"]
    if owners:  # "The minister's statement": the minister, without the "'s"
        owner = owners[0]
        words = [token for token in owner.subtree if not (token.dep_ == "case" and token.head.i == owner.i)]
        return _leading_run(words)
    issuing = message.head
    if message.dep_ in ("dobj", "obj") and issuing.lemma_.lower() in _ISSUING_VERBS:
        subjects = [child for child in issuing.children if child.dep_ == "nsubj"]
        return _source_span(subjects[0]) if subjects else None
    return None


def _subject_joined_before(cue: Token) -> Span | None:
    """The noun right before a second verb that the parser joined to the first clause's
    object instead of making it the verb's subject: 'The ECB has bought 180 billion euros of
    bonds and traders said it was active …' (traders joined to "bonds", "said" to "bought",
    which would give the saying to the ECB)."""
    before = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if before is None or before.tag_ not in ("NNS", "NNPS", "NNP", "NN") or before.dep_ != "conj":
        return None
    if before.head.i >= before.i or before.head.dep_ in SUBJECT_RELATIONS:
        return None  # "The minister and his aides met and said …": the noun is part of the subject
    return _name_up_to(before)


def _name_up_to(head: Token) -> Span | None:
    """The words of `head`'s phrase up to `head` itself ("former president Bill Clinton" of
    "Clinton"), leaving out what the parser hung after it."""
    return _leading_run([token for token in head.subtree if token.i <= head.i])


def _name_before(cue: Token) -> Span | None:
    """The name written right before a finite cue that the parser gave no subject, having
    hung the name on an opening phrase instead: 'Saturday at the party convention Sen.
    Elizabeth Warren (D-MA) said …' (Warren an apposition of "convention"), '… for his wife
    Hillary Clinton, former president Bill Clinton said …'. English puts the subject there; a
    party tag or other parenthesis between name and verb is skipped."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = cue.doc
    index = cue.i - 1
    if index > cue.sent.start and doc[index].text == ")":
        while index > cue.sent.start and doc[index].text != "(":
            index -= 1
        index -= 1
    if index < cue.sent.start:
        return None
    name = doc[index]
    if name.tag_ not in ("NNP", "NNPS") or name.dep_ in _NOT_THE_SPEAKER or name.lower_ in _TIME_NAMES:
        return None  # "a student in Montana asked", "voters going to the polls Tuesday say"
    span = _name_up_to(name)
    if span is None or any(token.is_quote for token in span):
        return None  # a headline's title: "'Broad City' Star Tells …"
    commas = [token.i for token in span if token.text == ","]
    return doc[commas[-1] + 1 : span.end] if commas else span  # "his ally X, former president Y said"


def _quoted_as_saying(saying: Token) -> Span | None:
    """'The paper quoted the finance chief as saying …', 'cited a senior official as saying …':
    the one quoted says it, not the paper that quotes."""
    if saying.head.lower_ != "as" or saying.head.head.lemma_.lower() not in _QUOTING_VERBS:
        return None
    objects = [child for child in saying.head.head.children if child.dep_ in ("dobj", "obj")]
    return _source_span(objects[0]) if objects else None


def _quoted_by(cue: Token) -> Span | None:
    """Whom a verb that passes on someone else's words quotes ('quoted X as saying …', 'cited
    X as saying …'): X, the speaker of what the verb attributes; None for other verbs."""
    sayings = [
        grandchild
        for child in cue.children
        if child.dep_ == "prep" and child.lower_ == "as"
        for grandchild in child.children
        if grandchild.dep_ == "pcomp" and grandchild.lemma_.lower() in lexicon().speech_verbs
    ]
    return _quoted_as_saying(sayings[0]) if sayings else None


def _share_before(verb: Token) -> list[Token]:
    """A share of people the parser hangs off the verb as a number, not as its subject:
    'About 4 in 10 say they want …' (the parse reads "10" as a modifier of "say")."""
    return [child for child in verb.lefts if child.dep_ == "nummod" and child.pos_ == "NUM"][:1]


def _source_span(subject: Token) -> Span | None:
    """The subject's words without the clauses that describe it ('This figure, which is
    composed of …' is 'This figure'; 'officials who spoke on condition of anonymity' is
    'officials'), at most MAX_SOURCE_TOKENS words up to its head noun."""
    described = {
        token.i
        for child in subject.children
        if child.dep_ in ("relcl", "acl") or _is_when(child)
        for token in child.subtree
    }
    words = [token for token in subject.subtree if token.i not in described]
    if any(mark in token.text for token in words for mark in ("<", ">", '="')):
        return None  # an embedded tweet's markup ('datetime="2016-07-23">I'm'), not a speaker
    span = _leading_run(words)
    if span is None or len(span) <= MAX_SOURCE_TOKENS:
        return span
    return span.doc[span.start : max(subject.i + 1, min(span.end, span.start + MAX_SOURCE_TOKENS))]


def _is_when(phrase: Token) -> bool:
    """A time phrase the parser hung on the subject: "BoE policymakers on Thursday said …"."""
    return phrase.dep_ == "prep" and any(
        child.dep_ == "pobj"
        and ((child.lower_ in _TIME_NAMES and child.text[:1].isupper()) or child.lemma_.lower() in _TIME_NOUNS)
        for child in phrase.children
    )


def _leading_run(words: list[Token]) -> Span | None:
    """The span of `words` (in order) up to the first gap, without edge punctuation and
    without a bracket at its end: 'Dow Chemical Co ( DOW.N )', 'Sen. Bernie Sanders (I-Vt.)'
    name Dow Chemical Co and Sen. Bernie Sanders; the ticker and the party tag are no part of
    the name (cut, the edge trimming had left 'Dow Chemical Co ( DOW.N')."""
    if not words:
        return None
    doc = words[0].doc
    end = words[0].i + 1
    for token in words[1:]:
        if token.i != end:
            break
        end += 1
    span = without_edge_punct(doc, words[0].i, end)
    if span is None:
        return None
    opening = [token.i for token in span if token.text == "("]
    if opening and not any(token.text == ")" for token in doc[opening[-1] : span.end - 1]):
        return without_edge_punct(doc, span.start, opening[-1]) or span
    return span


def attribution_of(cue: Token) -> ParsedAttribution | None:
    """What `cue` attributes and to whom, or None when the parse shows no content; the
    writer's gloss after the content is no part of it (`_without_gloss`)."""
    attribution = _attribution(cue)
    if attribution is None:
        return None
    quoted = _quoted_by(cue)
    if quoted is not None:  # "… ,” the paper quoted the court as saying": the court's words
        if attribution.content.start <= quoted.start < attribution.content.end:
            return None  # "cited X as saying the talks stalled": the saying is the quote
        attribution = ParsedAttribution(attribution.cue, attribution.content, quoted)
    return ParsedAttribution(attribution.cue, _without_gloss(attribution.content), attribution.source)


def _without_gloss(content: Span) -> Span:
    """`content` without what the writer adds after a comma or dash at its end: a relative
    clause ('…, which votes on March 1'), a participle ('…, referring to the convention') or
    a noun phrase set beside it ('…, a swipe at his
    rivals'). What follows a comma is a gloss only when it hangs off the content before it
    and holds no clause of its own that the content goes on with; a list ('food, water and
    medicine') or a second clause ('…, and prices rose') stays."""
    doc = content.doc
    for comma in content:
        if comma.text not in _GLOSS_MARKS or comma.i - content.start < MIN_CONTENT_TOKENS:
            continue
        rest = doc[comma.i + 1 : content.end]
        heads = [token for token in rest if not rest.start <= token.head.i < rest.end or token.head.i == token.i]
        if heads and all(_is_gloss(head) for head in heads):
            return with_closing_mark(without_edge_punct(doc, content.start, comma.i)) or content
    return content


def _is_gloss(head: Token) -> bool:
    """A phrase head set after a comma that glosses what comes before it (see `_without_gloss`)."""
    if head.is_punct:
        return True
    if head.dep_ == "relcl":
        return head.doc[head.left_edge.i].lower_ in _RELATIVE_WORDS
    if head.tag_ in ("VBG", "VBN") and head.dep_ in ("advcl", "acl", "xcomp"):
        return not any(child.dep_ in SUBJECT_RELATIONS for child in head.children)
    if any(child.dep_ == "conj" for child in head.children):
        return False  # a list the parser hung as an apposition: "his wife, Lonnie, and other family members"
    return head.pos_ in ("NOUN", "PROPN", "NUM") and head.dep_ in ("appos", "npadvmod", "dep", "ccomp")


def _attribution(cue: Token) -> ParsedAttribution | None:
    """What `cue` attributes and to whom, as the parse reads it."""
    if cue.lower_ == "according":
        return _according_to(cue)
    as_reported = _as_reported(cue)
    if as_reported is not None:
        return as_reported
    content = _content_of(cue) or _interrupted_clause(cue)
    if content is None:
        return _closing_attribution(cue)
    if len(content) < MIN_CONTENT_TOKENS and not _stance_on_one_name(cue, content):
        return None
    governs_clause = any(child.dep_ in _CLAUSE_RELATIONS for child in cue.children)
    if not governs_clause and content.root.lemma_.lower() in _NOTHING_SAID:
        return None  # "said almost nothing about policy", "posted the following picture": no words
    if not governs_clause and not _speaks(cue):
        return None  # "officers fired 10 rounds", "police responded with tear gas": a deed, not a say
    source = _source_of(cue)
    if source is None:
        return None  # "a report expected to shed light on …": no one says it
    if content.start < source.start and source.end == content.end:
        # "They will seek to subpoena Corzine and others, coalition leader James Koutoulas told
        # Reuters": the parser ran the list on into the speaker named before the cue
        content = without_edge_punct(cue.doc, content.start, source.start) or content
    return ParsedAttribution(cue.doc[cue.i : cue.i + 1], content, source)


def _closing_attribution(cue: Token) -> ParsedAttribution | None:
    """'Those who take on heavy debt struggle, even with a good job, he said.' and '…, said
    Geert Wilders, founder of the Party for Freedom.': a sentence that ends with its
    attribution after a comma attributes all before it, though the parser (which often hangs
    such a sentence's first half anywhere but under the cue) shows no clause."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or cue.lemma_.lower() not in _CLOSING_CUES:
        return None
    subjects = [child for child in cue.children if child.dep_ in SUBJECT_RELATIONS]
    comma = cue.i - 1
    while comma >= cue.sent.start and not doc[comma].is_punct and cue.i - comma <= MAX_SOURCE_TOKENS:
        comma -= 1
    if comma < cue.sent.start or doc[comma].text != ",":
        return None
    if comma == cue.i - 1:  # "…, said Geert Wilders, …"
        after = [subject for subject in subjects if subject.i > cue.i]
        source = _leading_run([token for token in after[0].subtree if token.text != ","]) if after else None
    else:  # "…, he said."
        before = [subject for subject in subjects if comma < subject.i < cue.i]
        source = _leading_run(list(doc[comma + 1 : cue.i])) if before else None
    if source is None:
        return None
    rest = [token for token in doc[cue.i + 1 : cue.sent.end] if not source.start <= token.i < source.end]
    if any(token.pos_ in ("VERB", "AUX") and token.head.i == cue.i for token in rest):
        return None  # the sentence goes on with a clause of the cue's own
    content = _trimmed(list(doc[cue.sent.start : comma]))
    return ParsedAttribution(doc[cue.i : cue.i + 1], content, source) if content is not None else None


def _stance_on_one_name(cue: Token, content: Span) -> bool:
    """A stance on one named thing ('Rubio opposes abortion', 'Sanders praises Obama'). Only a
    verb of stance: after a verb of speech one word is whom it was said to ('telling reporters')
    or when ('reported Tuesday'); a pronoun ('endorsed her') says nothing a reader can use."""
    word = content[0]
    if len(content) != 1 or word.pos_ not in ("PROPN", "NOUN") or word.ent_type_ in ("DATE", "TIME"):
        return False
    vocabulary = lexicon()
    return cue.lower_ in vocabulary.stance_verbs or cue.lemma_.lower() in vocabulary.stance_lemmas


def _speaks(cue: Token) -> bool:
    """A verb of speech or stance (`speech_verbs`, `stance_verbs`, `stance_lemmas` in
    lexicon.toml), as written or by its lemma: only these attribute an object or a phrase
    ('criticized the plan', 'condemning the cuts', 'called for talks'); any cue the model takes
    may attribute a clause ('… , the ministry confirmed')."""
    vocabulary = lexicon()
    lemma = cue.lemma_.lower()
    words = (vocabulary.speech_verbs, vocabulary.stance_verbs)
    listed = any(cue.lower_ in listed or lemma in listed for listed in words) or lemma in vocabulary.stance_lemmas
    return listed or _phrasal_stance(cue) or _framing(cue)


def _phrasal_stance(cue: Token) -> bool:
    """A verb that states or judges only with its particle: 'laid out his plan', 'pointed to
    the polls', 'brushed aside these concerns' (not 'laid a wreath' or 'pointed a gun')."""
    particles = _PHRASAL_STANCES.get(cue.lemma_.lower(), frozenset())
    return any(child.dep_ in ("prt", "prep") and child.lower_ in particles for child in cue.children)


def _framing(cue: Token) -> bool:
    """A verb that casts someone or something as something ('sees himself as the father of a
    movement', 'cast Clinton as unqualified'): a judgement, with the object and its 'as'."""
    if cue.lemma_.lower() not in _FRAMING_VERBS:
        return False
    objects = [child for child in cue.children if child.dep_ in ("dobj", "obj")]
    return bool(objects) and any(
        child.dep_ == "prep" and child.lower_ == "as" and child.i > objects[0].i for child in cue.children
    )
