"""A name written right after the noun of its kind: the kind says what the name is.

The recogniser reads a short unfamiliar name as a person ("the government's emergency committee
Cobra met", "the band Waxahatchee played", "the software BleachBit"). News writes the kind in
lower case just before such a name, with nothing between: a body's kind makes the name an
organisation, a work's or a product's kind makes it no actor at all. A person's role written the
same way ("rapper Drake", "committee chairman Adam Schiff") ends in a noun for a person, which is
no kind here, so it stays a person. A body's or a work's kind counts only where it reads as a
noun (`_determined`): many of the same words are verbs too ("Nadal will play Federer", "polls
show Sanders"). A name the article gives a person in full elsewhere
stays a person too: "told the group Trump was …" and "the show Sanders hosted" are clauses
without "that", where "Donald Trump" and "Bernie Sanders" are named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.doc_text import text_of
from newsgraph.nlp.names import first_name_gender
from newsgraph.nlp.vessels import vessel_named

# Kinds of body: the name after one is an organisation.
BODY_KINDS = frozenset(
    {"committee", "band", "group", "council", "agency", "company", "firm", "startup", "charity", "club",
     "label", "network", "channel", "newspaper", "magazine", "website", "chain", "brand", "party", "militia",
     "outfit", "consultancy", "ngo", "union", "think-tank", "tank", "watchdog"}
)  # fmt: skip
# Kinds of person by their trade: an organisation-typed name after one is a person ("starters CC
# Sabathia and A. J. Burnett", "novelist JK Rowling": initials in capitals read as a body). Not
# "player" or "designer", which business copy writes before firms and brands ("industry player Siemens").
PERSON_KINDS = frozenset(
    {"pitcher", "pitchers", "starter", "starters", "singer", "singers", "rapper", "actor", "actress", "striker",
     "midfielder", "defender", "goalkeeper", "quarterback", "boxer", "golfer", "novelist", "author", "columnist",
     "comedian", "guitarist", "drummer", "chef", "poet", "playwright"}
)  # fmt: skip
# Kinds of work or product: the name after one names no actor.
WORK_KINDS = frozenset(
    {"app", "software", "film", "movie", "album", "song", "single", "show", "series", "sitcom", "novel", "book",
     "play", "musical", "game", "drug", "vaccine", "rifle", "howitzer", "missile", "helicopter", "aircraft",
     "virus", "platform", "browser", "podcast"}
)  # fmt: skip


# Words for a kind of institution that are nobody's name on their own: a one-word 'person' that
# is one was cut from a longer name, and a person's name right before one is the institution's
# ("the Clinton Foundation", "the Carter Center").
KINDS_OF_INSTITUTION = frozenset(
    {"foundation", "institute", "initiative", "center", "centre", "council", "committee", "association",
     "university", "college", "party", "campaign", "coalition", "network", "agency", "commission", "museum",
     "hospital", "library", "academy", "alliance", "federation", "league", "organization", "organisation",
     "movement", "militia", "union"}
)  # fmt: skip
# At most this many capitalised words between a person's name and the kind that ends the
# institution's name ("Clinton Health Access Initiative").
_INSTITUTION_NAME_WORDS = 3


def institutions_named_after_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a person's name that capitalised words ending in a kind of institution
    follow ("The Clinton Foundation refused", where the recogniser read only "Clinton") made the
    institution's whole name, an organisation: the foundation acts, not the person."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    corrected: list[Span] = []
    for span in spans:
        end = _institution_end(doc, span, taken) if span.label_ in ("PERSON", "PER") else None
        if (
            end is None
            and span.label_ in ("PERSON", "PER")
            and len(span) > 1
            and span[-1].lower_ in KINDS_OF_INSTITUTION
        ):
            end = span.end  # "Melinda Gates Foundation" read whole as a person
        corrected.append(Span(doc, span.start, end, label="ORG") if end is not None else span)
    return _founders_joined(doc, corrected)


def _founders_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Bill and Melinda Gates Foundation": a given name before "and" and an institution
    named after a person begins the institution's name, not a person of its own."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.label_ in ("PERSON", "PER")
            and len(previous) == 1
            and span.label_ == "ORG"
            and span[-1].lower_ in KINDS_OF_INSTITUTION
            and first_name_gender(span[0].text) is not None  # "Melinda Gates Foundation", not "Republican National"
            and span.start == previous.end + 1
            and doc[previous.end].lower_ == "and"
        ):
            joined[-1] = Span(doc, previous.start, span.end, label="ORG")
            continue
        joined.append(span)
    return joined


def _institution_end(doc: Doc, span: Span, taken: set[int]) -> int | None:
    """Where the institution named after the person of `span` ends, or None when no kind of
    institution follows it within `_INSTITUTION_NAME_WORDS` capitalised words of no other span."""
    for end in range(span.end, min(span.end + _INSTITUTION_NAME_WORDS, len(doc))):
        token = doc[end]
        if end in taken or not token.is_title or not doc[end - 1].whitespace_:
            return None  # another name, a lower-case word, or glued on ("Clinton-era")
        if token.lower_ in KINDS_OF_INSTITUTION:
            return end + 1
    return None


# How far a people's adjective may stand before the kind that ends an institution's name ("African
# Leaders Malaria Alliance").
_PEOPLES_INSTITUTION_WORDS = 4
_PEOPLES_LABELS = frozenset({"NORP", "MISC"})


def institutions_named_after_peoples(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a people's or a faith's adjective that capitalised words ending in a kind of
    institution follow ("the Republican Jewish Coalition", "The African Leaders Malaria
    Alliance", which the recogniser read as "Republican", "Jewish" and "Coalition", or as
    "African" alone) made the institution's whole name, an organisation: the coalition acts, and
    neither word alone names the people it is of."""
    label_at = {index: span.label_ for span in spans for index in range(span.start, span.end)}
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda span: span.start):
        if span.label_ not in _PEOPLES_LABELS or (merged and span.start < merged[-1][1]):
            continue
        for end in range(span.end, min(span.end + _PEOPLES_INSTITUTION_WORDS, len(doc))):
            token = doc[end]
            if (
                not token.is_title
                or not doc[end - 1].whitespace_
                or label_at.get(end, "ORG") not in {"ORG"} | _PEOPLES_LABELS
            ):
                break  # a lower-case word, a glued one, or a person's or a place's name
            if token.lower_ in KINDS_OF_INSTITUTION:
                merged.append((span.start, end + 1))
                break
    return spans_merged(doc, spans, merged, "ORG")


def spans_merged(doc: Doc, spans: list[Span], merged: list[tuple[int, int]], label: str) -> list[Span]:
    """The spans with each (start, end) of `merged` made one span of `label`, in place of every
    span it overlaps, in text order: a name the recogniser cut in pieces put back whole."""
    if not merged:
        return spans
    inside = {index for start, end in merged for index in range(start, end)}
    kept = [span for span in spans if not inside.intersection(range(span.start, span.end))]
    return sorted(kept + [Span(doc, start, end, label=label) for start, end in merged], key=lambda span: span.start)


def named_after_their_kind(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with a person-typed name right after a lower-case body's kind made an
    organisation, an organisation-typed one right after a person's trade made a person, and a
    person- or organisation-typed one right after a work's or a product's kind dropped ("the
    software BleachBit")."""
    full_names = [span for span in spans if span.label_ == "PERSON" and len(span) > 1]
    corrected = []
    for span in spans:
        kind = doc[span.start - 1] if span.start > 0 else None
        if (
            kind is None
            or not kind.is_lower
            or span.label_ not in ("PERSON", "ORG")
            or _named_in_full(span, full_names)
        ):
            corrected.append(span)
        elif kind.lower_ in PERSON_KINDS and span.label_ == "ORG":
            corrected.append(Span(doc, span.start, span.end, label="PERSON"))
        elif not _determined(kind):
            corrected.append(span)  # "Nadal will play Federer", "polls show Sanders", "critics label Obama"
        elif kind.lower_ in BODY_KINDS and span.label_ == "PERSON":
            corrected.append(Span(doc, span.start, span.end, label="ORG"))
        elif kind.lower_ not in WORK_KINDS:
            corrected.append(span)
    return corrected


# The people and holdings of a firm written right after its name ("Verizon executives", "the Compaq
# board", "Pfizer shareholders", "UMG CEO Doug Morris"): a one-word name the recogniser read as a
# person is the firm's. Not "workers" or "headquarters", which a campaign has ("Sanders workers",
# "Trump headquarters"), nor "shares", as often a verb ("Fiorina shares his view").
STAFF_OF_A_FIRM = frozenset(
    {"executives", "board", "shareholders", "stockholders", "customers", "customer", "employees", "subscribers",
     "stock", "ceo", "cfo", "coo"}
)  # fmt: skip
# A firm's analysts, written between the firm and the person ("Stifel Nicolaus analyst Scott Devitt",
# "Wedbush Morgan analyst Craig Berger"): a name read as a person there is the firm. Not spokesmen or
# strategists, whom a candidate has too ("Hillary Clinton spokesman Brian Fallon").
FIRMS_ANALYSTS = frozenset({"analyst", "analysts", "economist", "economists"})
# Share codes in brackets, with the lower-case and underscore marks of share classes ("Burberry
# (BRBY.L)", "Siemens (SIEGn.DE)", "Volkswagen (VOWG_p.DE)", "(BAC.N, C.N)") and the spaces older
# wires put inside ("Conoco Phillips ( COP.N )"): business wires write them after a listed
# company's name.
PARENTHESISED_TICKERS = re.compile(
    r"\(\s?((?:[A-Z0-9][A-Za-z0-9_]{0,9}\.(?:[A-Z]{1,2}|UL|OQ|PK)(?:,\s*|\s*;\s*)?)+)\s?\)"
)
MISREAD_FIRM_LABELS = frozenset({"PERSON", "LOC", "GPE"})  # how the recogniser reads a firm's bare name elsewhere


def firms_by_what_follows(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with every mention of a name made an organisation when the article writes a
    share code right after it, a firm's people or holdings right after a one-word name
    (`STAFF_OF_A_FIRM`) that no person's full name holds, or its analyst and the analyst's name
    right after it (`FIRMS_ANALYSTS`): one such phrase says what the name is throughout."""
    full_names = [span for span in spans if span.label_ == "PERSON" and len(span) > 1]
    text = text_of(doc)
    firms = {
        span.text
        for span in spans
        if span.label_ in ("PERSON", "ORG", "GPE", "LOC") and PARENTHESISED_TICKERS.match(text, _next_char(doc, span))
    }
    persons_by_start = {span.start: span for span in spans if span.label_ == "PERSON"}
    firms |= {
        span.text
        for span in spans
        if span.label_ == "PERSON"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ in FIRMS_ANALYSTS
        and span.end + 1 in persons_by_start
        and not _named_in_full(span, full_names)
    }
    firms |= {
        span.text
        for span in spans
        if span.label_ in ("PERSON", "ORG")
        and len(span) == 1
        and span.end < len(doc)
        and doc[span.end].lower_ in STAFF_OF_A_FIRM
        and not _named_in_full(span, full_names)
    }
    return [
        Span(doc, span.start, span.end, label="ORG")
        if span.label_ in MISREAD_FIRM_LABELS and span.text in firms
        else span
        for span in spans
    ]


# Things a name in apposition may be (", an unfinished Soviet warship", ", a retro muscle car"):
# vessels, vehicles, weapons, devices, drugs, works. Not "carrier" (an airline is a "flag carrier").
THING_NOUNS = (
    "warship|ship|vessel|frigate|destroyer|submarine|tanker|freighter|yacht|ferry|liner|car|sedan|SUV|truck"
    "|pickup|coupe|hatchback|minivan|jet|jetliner|airliner|plane|aircraft|helicopter|drone|missile|rifle|pistol"
    "|howitzer|smartphone|handset|tablet|laptop|gadget|console|drug|pill|vaccine|satellite|spacecraft|telescope"
    "|film|movie|documentary|novel|album|sitcom"
)
# A name's apposition ending in such a thing, followed by punctuation or a word that cannot go on
# the noun phrase (", a retro muscle car last redesigned", not ", an aircraft maker").
THING_APPOSITION = re.compile(
    r",\s+(?:an?|the|its|their|his|her|[A-Z][\w.]*['’]s)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{THING_NOUNS})s?(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:that|which|lying|built|made|last|first|launched|designed"
    r"|named|called|now|once|originally|sold|owned|used|bought|developed|produced|from|in|of|with|on|at|for|by|to"
    r"|and|was|is|being|whose)\b)"
)
THING_MISREAD_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # how the recogniser reads a thing's name


def things_by_apposition(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, less every mention of a name the article once puts in apposition with a
    thing's noun (`THING_APPOSITION`): "the Varyag, an unfinished Soviet warship", "the Ford
    Mustang, a retro muscle car", "New Moon, the second novel in …" (read as a person, a firm or a
    place). A name a person's full name holds stays, and so does a ship named with a navy's
    prefix."""
    full_names = [span for span in spans if span.label_ == "PERSON" and len(span) > 1]
    text = text_of(doc)
    things = {
        span.text
        for span in spans
        if span.label_ in THING_MISREAD_LABELS
        and THING_APPOSITION.match(text, span.end_char)
        and vessel_named(span) is None  # "the USS Bainbridge, a destroyer": a navy's ship is its navy's
        and not (span.label_ == "PERSON" and len(span) == 1 and _named_in_full(span, full_names))
    }
    return [span for span in spans if not (span.label_ in THING_MISREAD_LABELS and span.text in things)]


def _next_char(doc: Doc, span: Span) -> int:
    """Where the text goes on after the span and the space after it."""
    return span.end_char + len(doc[span.end - 1].whitespace_)


# Kinds that are verbs as often ("will play Federer", "polls show Sanders", "critics label Obama a
# weak leader"): they count only right after a determiner or an owner ("the show Scandal").
_VERB_LIKE_KINDS = frozenset(
    {"show", "play", "film", "book", "label", "group", "chain", "brand", "party", "club", "channel", "network",
     "tank", "single", "drug", "game", "union", "series"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s", "this", "that"})
# Words after which a kind's noun is a verb or no noun of a phrase: "will play", "to show".
_FUNCTION_WORDS = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "did", "do", "does",
     "also", "not", "and", "or", "who", "which", "he", "she", "they", "we", "i", "you", "it"}
)  # fmt: skip


def _determined(kind: Token) -> bool:
    """Whether `kind` is read as a noun naming the kind: right after a determiner or an owner's
    's ("the band", "ABC's show"), or, for a kind that is no verb, after a lower-case word of its
    phrase ("regional newspaper Midi Libre", "emergency committee Cobra"). The analysis pipeline
    tags no parts of speech, so the words before it decide."""
    if kind.i == 0:
        return False
    before = kind.doc[kind.i - 1]
    if before.lower_ in _DETERMINERS:
        return True
    if kind.lower_ in _VERB_LIKE_KINDS:
        return False
    return before.is_alpha and before.is_lower and before.lower_ not in _FUNCTION_WORDS


def _named_in_full(span: Span, full_names: list[Span]) -> bool:
    """Whether another person's full name in the article holds one of the span's words."""
    words = {token.lower_ for token in span}
    return any(other.start != span.start and words & {token.lower_ for token in other} for other in full_names)
