"""Person names: split off titles and initials, and fold transliteration variants to one key.

Russian and Ukrainian names reach English news in several romanisations ("Zelenskiy",
"Zelensky", "Zelenskyy"; "Dmitri"/"Dmitry"; "Aleksandr"/"Alexander"; "Alexei"/"Aleksey").
`name_key` maps such variants to one key by rules that apply to any name (double letters,
-iy/-yy/-ij/-i/-ei endings, ks→x, -ander→-andr), not by a table of known people. Both sides of a
comparison go through the same rules, so an over-eager fold only matters when two different
names collide, which these few rules make rare.

What is not a name is dropped before: punctuation and list debris stuck to a word ("-Donald",
"Cruz—35", "Trump,"), and a leading verb or slogan word the recogniser took into the name ("Make
Trump", "Firing Mueller"). A generational suffix (Jr., Sr., II, III) is part of the surname, so
Donald Trump Jr. is never Donald Trump; middle initials, when written, tell namesakes apart
(George W. Bush is not George H.W. Bush) and are part of the first-name key ("george w").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.nlp.countries import fold
from newsgraph.nlp.lexicon import lexicon

_INITIAL = re.compile(r"^[A-Z]\.?$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2}$")  # "H.W.", "HW": kept in the name as written
_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_CONSONANT_I_END = re.compile(r"([^aeiouy])i$")
# A name word: a capital letter, then letters, apostrophes, hyphens or dots ("O'Brien", "Al-Sadr").
_NAME_WORD = re.compile(r"^[^\W\d_][\w'.-]*$")
_DEBRIS_EDGES = '-\u2013\u2014\u2015,;:()[]{}"\u201c\u201d\u2018*#|/\\<>'
# Lower-case words that belong to a surname: "de Blasio", "von der Leyen", "bin Salman".
PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "le", "la", "bin"}
)
# Honorifics that say a person's gender, which tells two people of one surname apart ("Mrs.
# Clinton" and "Mr. Clinton" in one article are Hillary and Bill).
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mlle": "f"}
PRONOUN_GENDERS = {"he": "m", "she": "f"}  # "she said" is no man's saying
SUFFIXES = {"jr": "jr", "jr.": "jr", "sr": "sr", "sr.": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as written, without honorifics, roles or middle initials; `suffix` is a
    generational suffix ("jr", "sr", "ii"), kept apart from the words."""

    tokens: tuple[str, ...]
    suffix: str | None = None
    middle: str = ""  # the middle initials' letters, lower case: "w", "hw"

    @property
    def text(self) -> str:
        words = " ".join(self.tokens)
        if self.suffix is None:
            return words
        written = f"{self.suffix.capitalize()}." if self.suffix in ("jr", "sr") else self.suffix.upper()
        return f"{words} {written}"

    @property
    def first(self) -> str | None:
        """The first name; none when the name opens with a particle of the surname ("de Blasio")."""
        return self.tokens[0] if len(self.tokens) >= 2 and self.tokens[0].lower() not in PARTICLES else None

    @property
    def last(self) -> str:
        return self.tokens[-1]

    @property
    def surname_key(self) -> str:
        """The surname's key with the suffix: 'trump' and 'trump jr' are two families of names."""
        key = name_key(without_joined_particle(self.last))  # "al-Assad" is the Assad of "Assad said"
        return f"{key} {self.suffix}" if self.suffix else key

    @property
    def is_full(self) -> bool:
        return self.first is not None

    @property
    def first_key(self) -> str:
        """The first name's key with the middle initials: 'george w' for George W. Bush."""
        key = name_key(self.first or "")
        return f"{key} {self.middle}" if self.middle else key


def genders_fit(said: str | None, known: str | None) -> bool:
    """Whether a mention whose honorific or pronoun says `said` can be a person known as `known`:
    either is unknown, or they are the same ("Mrs. Clinton" is not the Clinton called "Mr.")."""
    return said is None or known is None or said == known


def honorific_gender(word: str) -> str | None:
    """'f' or 'm' for an honorific that says so ("Mrs.", "Mr", "Ms."), else None."""
    return HONORIFIC_GENDERS.get(word.rstrip(".").lower())


# A first name says a gender when one sex bears it this many times as often as the other in the
# US Census 1990 name lists (per cent of each sex; "Kelly" 0.283 women to 0.063 men is "f",
# "Leslie" 0.154 to 0.081 says nothing).
GENDER_NAME_RATIO = 4.0


def first_name_gender(first: str) -> str | None:
    """'f' or 'm' for a first name one sex nearly always bears ("Hillary", "Bill"), else None."""
    return _first_name_genders().get(first.lower())


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """First names of the US Census 1990 lists (package `names`) whose sex is clear."""
    shares: dict[str, dict[str, float]] = {"m": {}, "f": {}}
    for gender, file_name in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in resources.files("names").joinpath(file_name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares[gender][fields[0].lower()] = float(fields[1])
    genders: dict[str, str] = {}
    for gender, other in (("m", "f"), ("f", "m")):
        for name, share in shares[gender].items():
            if share >= GENDER_NAME_RATIO * shares[other].get(name, 0.0):
                genders[name] = gender
    return genders


def is_census_surname(word: str) -> bool:
    """Whether `word` is one of the 88,799 surnames of the US Census 1990 list (package `names`),
    which holds the surnames of most peoples that reach English news ("Henderson", "Campos",
    "Somani", "Nguyen"), and few firms' or things' one-word names."""
    return word.lower() in _census_surnames()


@lru_cache(maxsize=1)
def _census_surnames() -> frozenset[str]:
    lines = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii").splitlines()
    return frozenset(line.split()[0].lower() for line in lines if line.strip())


def given_name(first_key: str | None) -> str | None:
    """The first name of a first-name key, without middle initials ('george w' → 'george')."""
    return first_key.split(" ")[0] if first_key else first_key


def first_names_fit(a: str, b: str) -> bool:
    """Whether two first-name keys can be one person's: the same first name, and the same middle
    initials where both give them ('george' fits 'george w'; 'george w' is not 'george hw')."""
    first_a, _, middle_a = a.partition(" ")
    first_b, _, middle_b = b.partition(" ")
    return first_a == first_b and (not middle_a or not middle_b or middle_a == middle_b)


def more_specific(a: str | None, b: str | None) -> str | None:
    """Of two fitting first-name keys, the one that gives middle initials."""
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) else a


def _name_words(text: str) -> list[str]:
    """The words of `text` with debris cut off: 'Cruz—35' is 'Cruz', '-Donald' is 'Donald'."""
    words: list[str] = []
    for raw in re.split(r"[\s\u2013\u2014\u2015]+", text.replace("\u2019", "'")):
        word = raw.strip(_DEBRIS_EDGES)
        if word:
            words.append(word)
    return words


def parse_person_name(text: str) -> PersonName | None:
    """'Mr. Dmitri A. Medvedev' → (Dmitri, Medvedev); None when nothing name-like remains."""
    words = lexicon()
    tokens = _name_words(text)
    while tokens and words.is_title(tokens[0]):
        tokens.pop(0)
    while len(tokens) > 1 and _is_not_a_first_name(tokens[0]):
        tokens.pop(0)
    if tokens and tokens[-1].endswith("'s"):
        tokens[-1] = tokens[-1][:-2]
    suffix = None
    if len(tokens) >= 2 and tokens[-1].lower() in SUFFIXES:
        suffix = SUFFIXES[tokens.pop().lower()]
    tokens = _after_a_title_inside(tokens)
    middle = "".join(
        token.replace(".", "").lower() for token in tokens[1:-1] if _INITIAL.match(token) or _INITIALS.match(token)
    )
    kept = [
        token
        for index, token in enumerate(tokens)
        if not _INITIAL.match(token)
        and _NAME_WORD.match(token)
        and (token[0].isupper() or _particle_before_name(tokens, index) or joined_to_particle(token))
    ]
    return PersonName(tuple(kept), suffix, middle if len(kept) >= 2 else "") if kept else None


# Roles that are also words of people's own names ("Hassan Sheikh Mohamud", "Martin Luther King",
# "John Major", "Queen Latifah"): never read as a title inside a name.
_ROLES_IN_NAMES = frozenset({"sheikh", "king", "queen", "prince", "major", "justice", "chair", "head"})


def _after_a_title_inside(tokens: list[str]) -> list[str]:
    """The words after a capitalised role that stands inside the name with words before it,
    which say whose the role is: "Genesee County Sheriff Robert Pickell" is Robert Pickell,
    "Texas Governor Greg Abbott" Greg Abbott. A role that ends the name is the name's own, and
    one a single word follows is not cut at ("… de Benavides General Hospital")."""
    roles = lexicon().roles
    for index in range(len(tokens) - 3, 0, -1):  # two words at least after the role: a full name
        word = tokens[index]
        if word[:1].isupper() and word.lower() in roles and word.lower() not in _ROLES_IN_NAMES:
            return tokens[index + 1 :]
    return tokens


# Particles written joined to the name by a hyphen ("al-Assad", "el-Sisi", "bin-Laden").
JOINED_PARTICLES = PARTICLES | {"al", "el", "ibn"}


def joined_to_particle(word: str) -> bool:
    """ "el-Sisi", "al-Assad": a particle and a capitalised name in one hyphenated word."""
    particle, _, name = word.partition("-")
    return particle in JOINED_PARTICLES and name[:1].isupper()


def without_joined_particle(word: str) -> str:
    """ "al-Assad" -> "Assad": the name without a particle joined to it by a hyphen."""
    return word.partition("-")[2] if joined_to_particle(word) else word


def _particle_before_name(tokens: list[str], index: int) -> bool:
    """Whether the lower-case word at `index` is a particle of the surname that follows ("Bill de
    Blasio", "Ursula von der Leyen"), which a name written in capitals alone would lose."""
    rest = tokens[index + 1 :]
    following = next((token for token in rest if token.lower() not in PARTICLES), None)
    return tokens[index] in PARTICLES and following is not None and following[0].isupper()


def _is_not_a_first_name(word: str) -> bool:
    """A verb or slogan word at the front of a name ('Make Trump', 'Firing Mueller', 'Vote Sanders')."""
    lowered = word.lower()
    return lowered in lexicon().not_first_names or (len(lowered) > 5 and lowered.endswith("ing"))


def name_key(token: str) -> str:
    """Fold one name token to its transliteration-insensitive key."""
    key = _LETTERS.sub("", fold(token))
    key = key.replace("ks", "x")
    key = _DOUBLED.sub(r"\1", key)
    for ending in ("iy", "yi", "ij", "ii"):
        if key.endswith(ending) and len(key) > 3:
            key = key[: -len(ending)] + "y"
            break
    if len(key) >= 5:
        key = _CONSONANT_I_END.sub(r"\1y", key)
        if key.endswith("ei"):
            key = key[:-1] + "y"
    if key.endswith("ander"):
        key = key[:-5] + "andr"
    return key
