"""Person names: split off titles and initials, and fold transliteration variants to one key.

Russian and Ukrainian names reach English news in several romanisations ("Zelenskiy",
"Zelensky", "Zelenskyy"; "Dmitri"/"Dmitry"; "Aleksandr"/"Alexander"; "Alexei"/"Aleksey").
`name_key` maps such variants to one key by rules that apply to any name (double letters,
-iy/-yy/-ij/-i/-ei endings, ks→x, -ander→-andr), not by a table of known people. Both sides of a
comparison go through the same rules, so an over-eager fold only matters when two different
names collide, which these few rules make rare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.nlp.countries import fold
from newsgraph.nlp.lexicon import lexicon

_INITIAL = re.compile(r"^[A-Z]\.?$")
_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_CONSONANT_I_END = re.compile(r"([^aeiouy])i$")


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as written, without honorifics, roles or middle initials."""

    tokens: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def first(self) -> str | None:
        return self.tokens[0] if len(self.tokens) >= 2 else None

    @property
    def last(self) -> str:
        return self.tokens[-1]

    @property
    def is_full(self) -> bool:
        return len(self.tokens) >= 2


def parse_person_name(text: str) -> PersonName | None:
    """'Mr. Dmitri A. Medvedev' → (Dmitri, Medvedev); None when nothing name-like remains."""
    words = lexicon()
    tokens = [token.strip(",") for token in text.replace("\u2019", "'").split()]
    while tokens and (tokens[0].lower() in words.honorifics or tokens[0].lower() in words.roles):
        tokens.pop(0)
    if tokens and tokens[-1].endswith("'s"):
        tokens[-1] = tokens[-1][:-2]
    kept = [
        token for token in tokens if token and not _INITIAL.match(token) and token.lower() not in ("jr.", "jr", "sr.")
    ]
    return PersonName(tuple(kept)) if kept else None


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
