"""Recognised entities that are not actors: words capitalised only by where they stand, datelines
read as organisations, photo credits, fragments of headlines set in title case.

The recogniser leans on capital letters, so a sentence that opens with "Slowly", "Politics" or
"Pinup" gives a person or an organisation, a wire dateline ("BEIRUT (AP) —") an organisation,
and a caption's credit ("AP Photo/Ron Schwane") another. Each test here looks at the article
itself, not at a list of names: a word the article also writes in lower case is a common word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsgraph.nlp.countries import country_registry, fold
from newsgraph.nlp.english import (
    is_adjective,
    is_adverb,
    is_english_word,
    is_only_adverb,
    is_plural_noun,
    names_people,
    only_word_class,
)
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.syntax import sentence_parses

_CREDIT = re.compile(r"\b(?:Photo|Photos|Image|Images|Getty|File)\s*/|/\s*(?:AP|AFP|Reuters|Getty)\b", re.IGNORECASE)
_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
_DATELINE_AFTER = _DATELINE_DASHES | {"("}


_CREDIT_ROLES = frozenset({"writing", "editing", "reporting", "additional"})
_AGENCIES = frozenset({"AP", "AFP", "Reuters", "Getty", "EPA", "Shutterstock", "Bloomberg", "PA"})


def is_credit(ent: Span) -> bool:
    """'AP Photo/Ron Schwane', 'Reuters/File', 'Gareth Copley/Getty Images': a caption's credit
    line; 'Writing' or 'Additional' of a wire's '(Additional reporting by …; Writing by …; Editing
    by …)'."""
    if "/" in ent.text and _CREDIT.search(ent.text):
        return True
    if ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "/" and ent.doc[ent.end + 1].text in _AGENCIES:
        return True  # "(Image: Gareth Copley/Getty Images)": the photographer of a caption
    if ent.start > 0 and ent.doc[ent.start - 1].text == "/" and ent[0].text in _AGENCIES:
        return True  # … and the agency after the slash
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    role = ent.text.lower()
    return (
        len(ent) == 1
        and role in _CREDIT_ROLES
        and (following == "by" or (role, following) == ("additional", "reporting"))
    )


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec")  # fmt: skip
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
         "wed", "thu", "thur", "thurs", "fri", "sat", "sun")  # fmt: skip
_CALENDAR_WORDS = frozenset(_MONTHS + _DAYS)
_WEEKDAYS = frozenset(_DAYS[:7])  # the full names, which a day's name ends in ("Super Tuesday")


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_BEFORE_A_SEASON = frozenset({"the", "this", "last", "next", "early", "late", "mid", "in", "during", "over", "since"})


def is_calendar_word(ent: Span) -> bool:
    """'DEC' in a diary line ('WEDNESDAY, DEC. 7 - EU leaders meet'), 'MONDAY': a month or a day
    in capitals that the recogniser took for an organisation ('May' in mixed case may be Theresa
    May, so only capitals count); and a season written with a capital after a word of time
    ('in the Summer of 2008', 'last Spring'), which the recogniser takes for a person ('Summer
    Zervos' keeps her name: no such word before it)."""
    word = ent.text.rstrip(".")
    if word.isupper() and word.lower() in _CALENDAR_WORDS:
        return True
    previous = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return len(ent) == 1 and word.lower() in _SEASONS and previous in _BEFORE_A_SEASON


def names_a_day(ent: Span, names: set[str]) -> bool:
    """'Super' of "after Super Tuesday", 'Black' of "Black Friday sales": an adjective the
    recogniser cut from the name of a day, no actor. A place is no adjective ("in Idaho
    Tuesday"); a word of a person the article names in full (`names`, folded) is that person
    dating what they did ("Young Tuesday said …" after "Rep. Don Young")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or ent.text.lower() in names:
        return False
    day = doc[ent.end]
    return day.is_title and day.lower_ in _WEEKDAYS and bool(ent[0].whitespace_) and is_adjective(ent.text)


def is_uncased(ent: Span) -> bool:
    """'’ve' of "we’ve seen", cut at a curly apostrophe: a name written in a cased script has a
    capital; one in a script without case (Chinese, Arabic) is kept."""
    letters = [char for char in ent.text if char.isalpha()]
    return (
        bool(letters)
        and all(char.lower() != char.upper() for char in letters)
        and not any(char.isupper() for char in letters)
    )


# Words a page sets before the time it was put up or changed: "Updated 8:52 PM EDT", "Posted
# 10:14 am", "Last Modified: 3 March".
_STAMP_WORDS = frozenset({"updated", "posted", "published", "modified", "edited"})
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?")


def is_page_stamp(ent: Span) -> bool:
    """'Updated' of "Friday, Sep 10, 2010 | Updated 8:52 PM EDT", 'Last Updated' of "Last
    Updated: 3 March 2011": a page's time stamp, which the recogniser takes for an organisation
    or a place; a stamp word followed by a time or a date."""
    words = ent.text.lower().rstrip(":").split()
    if not words or words[-1] not in _STAMP_WORDS or words[:-1] not in ([], ["last"]):
        return False
    following = [token.text for token in ent.doc[ent.end : ent.end + 3] if token.text not in (":", "-", "at", "on")]
    return bool(following) and (_CLOCK.fullmatch(following[0]) is not None or following[0].lower() in _CALENDAR_WORDS)


# A sum of money: a currency sign (with a country's letters before it) beside a figure, or a
# currency's letters written as its sign ("RM4.50", "Rs500", "KSh 200").
_AMOUNT = re.compile(
    r"(?:[A-Z]{1,3})?[$\u20ac\u00a3\u00a5\u20b9]\s?\d|\d[$\u20ac\u00a3\u00a5\u20b9]"
    r"|\b(?:RM|Rs\.?|Tk|KSh|Ksh|Kshs|USD|EUR|GBP|INR|MYR|NGN|ZAR|PHP|IDR)\s?\d"
)


def is_amount(ent: Span) -> bool:
    """'CA$10.8' of "to give CA$10.8 million", 'RM4.50' of "a fare of RM4.50": a sum, which the
    recogniser sometimes takes for an organisation or a place; no name holds a currency sign
    beside a figure ("G20" and "M23" have none)."""
    return _AMOUNT.search(ent.text) is not None


# A weapon's model designation: a type's letters, a dash and a number ("AK-47s", "F-16",
# "MiG-29", "T-72", "RPG-7", "S-400", "MQ-9"). Groups named so ("G-20", "P5+1", "M23") use
# other letters ("M-23" is the Congolese rebels, so no M: the M-16 rarely reads as a name).
_WEAPON_MODEL = re.compile(
    r"(?:AK|AKM|F|FA|MiG|Su|Tu|T|B|RPG|BM|S|Mi|Ka|C|KC|UH|AH|CH|MQ|RQ|SA|HQ|DF|J|Il|An)-\d{1,3}[A-Z]?s?"
)


def is_weapon_model(ent: Span) -> bool:
    """'AK-47s' of "confiscated seven AK-47s", 'F-16s': a weapon's model, which the recogniser
    takes for an organisation or a product; no actor."""
    return _WEAPON_MODEL.fullmatch(ent.text) is not None


# Last words of the names of prizes ("the 81st Academy Awards", "a Nobel Prize", "the Stanley Cup
# Trophy"), which the recogniser types as organisations: a prize is no actor.
_PRIZE_WORDS = frozenset({"award", "awards", "prize", "prizes", "trophy"})


def is_prize(ent: Span) -> bool:
    """'Academy Awards' of "hosting the 81st Academy Awards": a prize or its ceremony, no actor.
    The body that awards it has a name of its own ("the Academy of Motion Picture Arts and
    Sciences", "the Norwegian Nobel Committee")."""
    return len(ent) > 1 and ent[-1].lower_ in _PRIZE_WORDS


# Characters of markup that no name holds: 'datetime="2016' of a scraped <tweet … datetime="2016-06-29">.
_MARKUP = re.compile(r"[<>=]|\w\"\w")


def is_markup(ent: Span) -> bool:
    """Left-over markup read as a name ('datetime="2016' of an embedded tweet's attributes)."""
    return _MARKUP.search(ent.text) is not None


# Words of a live blog's or a gallery's controls, glued by the scrape to the words around them:
# "Getty ImagesRepublican presidential candidates", "Laura BassettFlagShareLikeReplyPaige Lavender",
# "Follow LiveblogNewest | Oldest". Case-sensitive: the control word keeps its capital inside the run.
_GLUED_CHROME = re.compile(
    r"[a-z](?:Flag|Share|Like|Reply|Newest|Oldest|Featured|Livefyre|Liveblog)(?=[A-Z]|\b)"
    r"|\b(?:Images|Liveblog|Featured)[A-Z][a-z]"
)


def is_doctrine(ent: Span) -> bool:
    """A doctrine's one word ("Socialism is an evergreen form of fraud", "Zionism"): an idea,
    no actor and no place, whatever the recogniser calls it."""
    return len(ent) == 1 and ent.text.lower().endswith("ism") and is_english_word(ent.text)


def is_glued_chrome(ent: Span) -> bool:
    """A name glued to page controls by a scrape that dropped their spaces: no actor's name."""
    return _GLUED_CHROME.search(ent.text) is not None


# How far a wire's closing credit runs: "(Additional reporting by Kirstin Ridley, Kate Holton and
# Brenton Cordeiro in London and Tim Hepher in Paris; Editing by Elaine Hardcastle and David Stamp)".
MAX_CREDIT_TOKENS = 80
# Not "written by" or "reported by", which an aside about anyone's letter or report uses.
_CREDIT_VERBS = frozenset({"reporting", "writing", "editing", "compiled"})


def in_staff_credit(ent: Span) -> bool:
    """Whether the entity is one of the wire's own staff or their desk in its bracketed closing
    credit ("(Reporting by Angela Moon; Editing by Leslie Adler)", "… in London"): the people who
    wrote the story, no party to what it tells."""
    doc = ent.doc
    start = max(0, ent.start - MAX_CREDIT_TOKENS)
    credited = False
    for index in range(ent.start - 1, start - 1, -1):
        token = doc[index]
        if token.text in (")", "\n") or token.is_space:
            return False
        if token.lower_ == "by" and index > 0 and doc[index - 1].lower_ in _CREDIT_VERBS:
            credited = True
        if token.text == "(":
            break
    else:
        return False
    if not credited:
        return False
    end = min(len(doc), ent.end + MAX_CREDIT_TOKENS)
    return any(token.text == ")" for token in doc[ent.end : end])


def is_wire_credit(ent: Span) -> bool:
    """'(Reuters)' in 'WASHINGTON (Reuters) - The SEC …': the agency that filed the story, in
    brackets before the dash of a dateline; it is no party to what the story tells."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].text == "("
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ")"
        and doc[ent.end + 1].text in _DATELINE_DASHES
    )


def is_dateline(ent: Span) -> bool:
    """'BEIRUT (AP) —', 'COLUMBUS, Ohio (AP) —', 'KYIV —', 'SYDNEY/MELBOURNE (Reuters) -': an
    all-capital place name that opens a line (or follows another one and a slash) and is followed
    by the agency or a dash; in mixed case only with the agency's capitals in brackets and the
    dash ('Hanoi (VNA) –', 'Islamabad (APP) -'), since 'Smith —' may open a line too."""
    doc = ent.doc
    if len(ent.text) < 3 or not _opens_line(doc, ent.start):
        return False
    if not ent.text.isupper():
        after = [token.text for token in doc[ent.end : ent.end + 4]]
        return (
            len(after) == 4
            and after[0] == "("
            and after[1].isupper()
            and after[1].isalpha()
            and after[2] == ")"
            and after[3] in _DATELINE_DASHES
        )
    index = ent.end
    if index < len(doc) and doc[index].text == ",":  # 'COLUMBUS, Ohio (AP)'
        index += 2
    return index < len(doc) and doc[index].text in _DATELINE_AFTER


def _opens_line(doc: Doc, start: int) -> bool:
    """Whether the token at `start` opens a line, or follows an all-capital word opening one
    and a slash ('SYDNEY/ MELBOURNE')."""
    while start > 0:
        before = doc[start - 1].text
        if before.endswith("/") and before[:-1].isupper():  # 'SYDNEY/' is one token
            start -= 1
        elif before == "/" and start > 1 and doc[start - 2].text.isupper():
            start -= 2
        else:
            break
    return start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space


_OPENING_MARKS = frozenset({'"', "'", "''", "``", "\u201c", "\u2018", "(", "[", "\u2014", "-"})


# Prepositions, conjunctions and sentence adverbs that open sentences ("Amid his strong showing …",
# "Overall, Black was guilty"); no one's name.
_CONNECTIVES = frozenset(
    {"amid", "amidst", "despite", "although", "though", "however", "meanwhile", "moreover", "nevertheless",
     "nonetheless", "furthermore", "whereas", "whilst", "while", "during", "amongst", "among", "unless",
     "until", "because", "besides", "hence", "thus", "therefore", "overall", "still", "instead", "indeed", "also",
     "yet", "separately", "elsewhere", "afterwards", "afterward", "later", "earlier"}
)  # fmt: skip


def _opens_sentence(ent: Span) -> bool:
    """Whether nothing but opening quotation marks or brackets stands before `ent` in its
    sentence ('\u201cElect me and …', "''Reading between the lines")."""
    for token in ent.sent[: ent.start - ent.sent.start]:
        if token.text not in _OPENING_MARKS and not token.is_space:
            return False
    return True


# Articles and pronouns: never a name, though the recogniser sometimes reads one that opens a
# sentence as a person ("An airport hangar outside Paris shook", "An SRAM chip is a type of memory").
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
     "its", "their", "our"}
)  # fmt: skip


# Interjections of speech and posts: "Nope. #GOPDebate", "Wow, protesters everywhere".
_INTERJECTIONS = frozenset({"nope", "yep", "yup", "yeah", "wow", "hey", "oops", "ugh", "hmm", "huh", "meh", "duh"})


def is_function_word(ent: Span) -> bool:
    """A one-word entity that is an article, a pronoun or an interjection (`_FUNCTION_WORDS`,
    `_INTERJECTIONS`), or a word English has only as an adverb, wherever it stands ("Anytime,
    Anyplace, Anyhow" in a slogan)."""
    word = ent.text.lower()
    return len(ent) == 1 and (word in _FUNCTION_WORDS or word in _INTERJECTIONS or is_only_adverb(ent.text))


def is_common_word(ent: Span, names: set[str], text: str) -> bool:
    """A one-word entity opening a sentence (after any opening quotation mark) that the article
    also writes in lower case ('Politics, like religion…' beside 'politics'), or an adverb there
    ('Slowly but surely', 'Meantime') or a word English has only as an adjective or a verb
    ('Lurid', 'Avoid'), or one the parse of its sentence reads as a verb form or an adjective
    (`_parsed_as_a_common_word`), unless it is a name of a person the article names in full
    (`names`: their words, folded). `text` is the article's text (`doc.text`, which spaCy
    rebuilds on every access)."""
    if len(ent) != 1 or not _opens_sentence(ent) or ent.text.isupper():
        return False
    word = ent.text
    if word.lower() in names:
        return False
    if (word.endswith("ly") and len(word) > 4) or is_adverb(word) or word.lower() in _CONNECTIVES:
        return True
    if ent.label_ != "NORP" and only_word_class(word) in ("adj", "verb"):
        return True  # "Lurid controversies have dominated", "Avoid being used by …" (not "Kurdish fighters")
    if ent.label_ != "NORP" and is_plural_noun(word) and not names_people(word) and not _written_as_a_name(word, text):
        return True  # "Surveys show", "Floods hit Karad": a plural of things the sentence opens with
    if re.search(rf"\b{re.escape(word.lower())}\b", text) is not None:
        return True
    if ent.label_ == "NORP" or not is_english_word(word) or names_a_people(word):
        return False
    # last, as it parses the sentence: "Laying a marker …", "Proxy battles …", "Unrest has spread"
    return _parsed_as_a_common_word(ent, written_as_a_name=_written_as_a_name(word, text))


# Verb forms the tagger gives a word that opens a sentence as a gerund or a participle ("Laying a
# marker about his ideology …", "Asked about it, he …"): a name is tagged a proper noun.
_VERB_FORM_TAGS = frozenset({"VBG", "VBN", "VB"})


def names_a_people(word: str) -> bool:
    """Whether `word` is a country's or a people's adjective ("Somali pirates", "Kurdish
    fighters"), which the tagger reads as an adjective and the events need as a party."""
    return country_registry().country_of_demonym(word) is not None or fold(word) in lexicon().peoples


def _parsed_as_a_common_word(ent: Span, *, written_as_a_name: bool) -> bool:
    """Whether the tagger, given the entity's sentence, reads its one word as a verb form, or as
    an adjective modifying a common noun after it ("Proxy battles", "Demographic and ideological
    shifts") or a common noun compounded with the next ("Exit polling shows"), where a name would
    be a proper noun. A common noun as the subject of a person- or organisation-typed name
    ("Unrest has now spread", "Traffic returned to normal", "Wages have risen") counts too, unless the article
    also writes the word as a name inside a sentence (`written_as_a_name`: "Target said …" in a
    story with "shoppers at Target") or a share code follows it ("Vale (VALE5.SA)"); places stay
    ("Belgium is also seeking …" is tagged a noun). A surname that is also a word ("Young",
    "Hunt", "Long") is tagged a proper noun, a noun or an adverb before its verb ("Young said
    …"), so none of those counts. The analysis pipeline tags nothing, so the sentence is parsed
    here (kept on the document for later stages)."""
    sentence = ent.sent
    (parse,) = sentence_parses(ent.doc, [(sentence.start_char, sentence.end_char)]).values()
    offset = ent.start_char - sentence.start_char
    token = next((token for token in parse if token.idx == offset), None)
    if token is None:
        return False
    if token.tag_ in _VERB_FORM_TAGS:
        return True
    if (
        token.tag_ in ("NN", "NNS")
        and token.dep_ in ("nsubj", "nsubjpass")
        and ent.label_ in ("PERSON", "ORG")
        and not written_as_a_name
        and not _before_brackets(ent)
    ):
        return True
    head = token.head
    if token.tag_ == "NN" and token.dep_ == "compound" and head.i == token.i + 1:
        return head.is_lower and head.tag_ in ("NN", "NNS", "VBG")  # "Exit polling shows …"
    return (
        token.tag_ == "JJ"
        and token.dep_ == "amod"
        and head.i > token.i
        and head.is_lower
        and head.tag_ in ("NN", "NNS")
    )


def _before_brackets(ent: Span) -> bool:
    """Whether an opening bracket follows the entity, as a firm's share code or a body's
    initials follow its name ("Vale ( VALE5.SA ), the world's second-largest miner")."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in ("(", "[")


def _written_as_a_name(word: str, text: str) -> bool:
    """Whether the article writes `word` capitalised inside a sentence, after a lower-case word
    or a comma ('said Sanders', 'Cheeks, who'), as a name is written and a common word is not."""
    return re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", text) is not None


# Words a title-case headline leaves in lower case ('Rubio On Rape Exception for Abortions').
_HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs",
     "from", "per", "via", "into", "over", "up"}
)  # fmt: skip
MIN_HEADLINE_WORDS = 4


def is_headline_case(sentence: Span) -> bool:
    """A sentence set as a title-case headline ('Overnight Fire Destroys Historic Matanuska Maid
    Building'): four words or more, every one capitalised but the small words. The recogniser
    reads capitals as names, so it cuts such lines into made-up names ('Maid Building', 'Bush
    Hits Marco Rubio', 'National Review Crowd Does Not Like')."""
    words = [token for token in sentence if token.is_alpha]
    capitalised = [token for token in words if token.is_title]
    if len(capitalised) < MIN_HEADLINE_WORDS:
        return False
    return all(token.text[0].isupper() or token.lower_ in _HEADLINE_SMALL_WORDS for token in words)


def unconfirmed_headline_entities(doc: Doc) -> set[int]:
    """Token starts of the entities that stand in a title-case headline and whose words the rest
    of the article never writes: a name the story is about comes back in its body ('Jeb Bush
    criticized Marco Rubio…'), a fragment the capitals made up does not."""
    headlines = [sentence for sentence in doc.sents if is_headline_case(sentence)]
    if not headlines:
        return set()
    inside = {index for sentence in headlines for index in range(sentence.start, sentence.end)}
    body = " ".join(token.text for token in doc if token.i not in inside)
    unconfirmed = set()
    for ent in doc.ents:
        if ent.start in inside:
            pattern = r"(?<!\w)" + r"\s+".join(re.escape(token.text) for token in ent) + r"(?!\w)"
            if re.search(pattern, body) is None:
                unconfirmed.add(ent.start)
    return unconfirmed


MIN_CAPITALS_RUN = 2  # "ABOUT A BOY", "HE'S DEMONSTRATED A PENCHANT FOR SEXISM"
MAX_CAPITALS_SHARE = 0.5  # an article set all in capitals has nothing to confirm its names against
# Articles, prepositions, pronouns and auxiliaries: what prose or a title in capitals has and a
# run of acronyms has not.
_SENTENCE_GLUE = _HEADLINE_SMALL_WORDS | frozenset(
    {"about", "is", "are", "was", "were", "be", "has", "have", "had", "will", "not", "he", "she", "it", "they",
     "we", "i", "you", "his", "her", "its", "their", "our", "my", "this", "that", "who", "what", "so"}
)  # fmt: skip
_INSIDE_A_RUN = frozenset({",", "-", "'S", "\u2019S", "'s", "\u2019s", "'", "\u2019"})


def unconfirmed_capitals_entities(doc: Doc) -> set[int]:
    """Token starts of the entities inside a run of words written all in capitals (a title set
    in caps, 'ABOUT A BOY'; a shouted tweet, 'HE'S DEMONSTRATED A PENCHANT FOR SEXISM') that the
    rest of the article never writes as it does or in title case. In capitals every word looks
    like a name to the recogniser; an acronym ('NATO') or a name ('HILLARY', 'Hillary') the story
    is about comes back outside the run, a word of the sentence ('PENCHANT') does not."""
    inside = _capitals_in_prose(doc)
    if not inside:
        return set()
    outside = " ".join(token.text for token in doc if token.i not in inside)
    unconfirmed = set()
    for ent in doc.ents:
        if (
            ent.start in inside
            and not is_dateline(ent)
            and not any(
                re.search(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in written) + r"(?!\w)", outside)
                for written in ([token.text for token in ent], [token.text.title() for token in ent])
            )
        ):
            unconfirmed.add(ent.start)
    return unconfirmed


def shouted_words(doc: Doc) -> set[int]:
    """Character offsets of the words in runs of capitals inside prose (see `_capitals_runs`):
    a shouted tweet or a title set in caps, where a verb is no news ("HE'S DEMONSTRATED A
    PENCHANT FOR SEXISM"). None in an article set mostly in capitals, which has no prose apart."""
    return {doc[index].idx for index in _capitals_in_prose(doc)}


def _capitals_in_prose(doc: Doc) -> set[int]:
    """Indices of the tokens in runs of capitals (`_capitals_runs`), or none when such runs make
    up more than `MAX_CAPITALS_SHARE` of the words: an article set in capitals has no prose to
    tell a shout from."""
    inside = _capitals_runs(doc)
    if len(inside) > MAX_CAPITALS_SHARE * sum(1 for token in doc if token.is_alpha):
        return set()
    return inside


def _capitals_runs(doc: Doc) -> set[int]:
    """Indices of the tokens in runs of at least `MIN_CAPITALS_RUN` consecutive words written in
    capitals, one of them a word that glues a sentence or a title together (`_SENTENCE_GLUE`:
    'FOR', 'ABOUT'; not 'A' or 'I', capitals in any text: 'A JCP candidate'), so that a list of
    acronyms ('CGT, FSU and SUD', 'ATMIS UPDF') is no run; a comma, a hyphen or a possessive inside a run
    ('HE'S') neither breaks nor counts. A bracket or a dash ends it: 'BEIRUT (AP) —' is a
    dateline, not a title."""
    inside: set[int] = set()
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.text in _INSIDE_A_RUN:
            continue
        if token is not None and token.is_alpha and token.is_upper:
            run.append(token.i)
            continue
        if len(run) >= MIN_CAPITALS_RUN and any(
            len(doc[index]) > 1 and doc[index].lower_ in _SENTENCE_GLUE for index in run
        ):
            inside.update(range(run[0], run[-1] + 1))
        run = []
    return inside


_QUOTE_MARKS = frozenset({'"', "''", "``", "\u201c", "\u201d"})
_OPENING_QUOTES = frozenset({'"', "''", "``", "\u201c"})
_CLOSING_QUOTES = frozenset({'"', "''", "\u201d"})
MAX_TITLE_WORDS = 5  # "The Most Likely to Succeed"
# Words after a quoted name that make it a group's or a movement's ("the 'Yellow Vests' movement",
# '"Last Generation" activists'), which ACLED and the news quote as often as a work's title.
_GROUP_AFTER = frozenset(
    {"movement", "group", "groups", "activists", "protesters", "members", "convoy", "campaign", "coalition",
     "militia", "brigade", "network", "party", "organisation", "organization", "collective", "initiative"}
)  # fmt: skip


def in_quoted_title(ent: Span) -> bool:
    """Whether the entity lies inside a short quoted run of capitalised words, a work's title
    ("a new chapter of ''Twin Peaks,''", "a strategy for ''Unplugged,''", "voted 'The Most Likely
    to Succeed.'"): the recogniser reads its words as names. Not a quoted name a group goes by
    ("the 'Yellow Vests' movement", 'the so-called "Freedom Convoy"')."""
    doc = ent.doc
    first, last = ent.sent.start, ent.sent.end  # a title is quoted within its sentence
    start = ent.start
    while start > first and doc[start - 1].text not in _QUOTE_MARKS and ent.start - start < MAX_TITLE_WORDS:
        start -= 1
    opens = start - 1 if start > first and doc[start - 1].text in _OPENING_QUOTES else None
    if ent[0].text in _OPENING_QUOTES:
        opens = ent.start
    if opens is None:
        return False
    end = ent.end
    while end < last and doc[end].text not in _QUOTE_MARKS and end - ent.end < MAX_TITLE_WORDS:
        end += 1
    if end >= last or doc[end].text not in _CLOSING_QUOTES:
        return False
    if any(token.is_space for token in doc[opens:end]):
        return False  # a quotation does not run over a line break
    words = [token for token in doc[opens + 1 : end] if token.is_alpha]
    if (
        not words
        or len(words) > MAX_TITLE_WORDS
        or not all(token.text[0].isupper() or token.lower_ in _HEADLINE_SMALL_WORDS for token in words)
    ):
        return False
    before = doc[opens - 1].lower_ if opens > 0 else ""
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    return before != "so-called" and after not in _GROUP_AFTER
