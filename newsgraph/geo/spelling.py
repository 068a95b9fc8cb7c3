"""Spelling-tolerant keys for place names written in Latin letters.

Names of towns in Afghanistan, the Sahel or Ukraine reach English news through several
transliterations ("Puli Alam" / "Pul-e Alam", "Dawlat Abad" / "Dowlatabad", "Tarin Kowt" /
"Tarinkot", "Sheberghan" / "Shibirghan"). They mostly differ in vowels, in the glides w/y/h,
in doubled letters and in word breaks, so a key that keeps the first letter, drops those and
folds c/q to k matches them. Such a key collides far more often than a spelling does, so it is
only ever used inside an area the text already gives (a province, a country), never alone.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from newsgraph.nlp.countries import fold

MIN_SKELETON = 3  # shorter keys ("rg" for "Argo") match too many places to mean anything
# Letters in common, beyond the skeleton: "pulialam"/"pulealam" 0.88, "tarinkowt"/"tarinkot"
# 0.94, but "pulialam"/"palama" 0.57.
MIN_LETTER_RATIO = 0.75
_NOT_LETTER = re.compile(r"[^a-z]")
_SILENT = re.compile(r"[aeiouywh]")
_REPEAT = re.compile(r"(.)\1+")
# Marks that transliterations of Arabic and Hebrew use for ayn and hamza, which news writes as
# a plain apostrophe or leaves out: GeoNames' "Izra‘" and "Dar‘ā" are "Izra'" and "Dar'a".
_GLOTTAL_MARKS = re.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]")
_WORD_BREAKS = re.compile(r"[\s-]+")


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str | None:
    """The name's key, or None when it has non-Latin letters or is too short to compare
    (cached: a gazetteer lookup compares the same place names for every mention)."""
    folded = fold(name)
    if any(char.isalpha() and not "a" <= char <= "z" for char in folded):
        return None  # Cyrillic, Arabic …: another script, not another spelling
    letters = _NOT_LETTER.sub("", folded)
    if not letters:
        return None
    letters = letters.replace("c", "k").replace("q", "k")
    key = letters[0] + _SILENT.sub("", letters[1:])
    key = _REPEAT.sub(r"\1", key)
    return key if len(key) >= MIN_SKELETON else None


@lru_cache(maxsize=200_000)
def written_key(name: str) -> str:
    """The name as a reader compares it: folded, without ayn and hamza marks, a hyphen the
    same as a space ("Deir-ez-Zor" is "Deir ez-Zor", "Izra'" is "Izra‘"). Unlike the skeleton it
    keeps every letter, so two names with one key are one spelling."""
    return _WORD_BREAKS.sub(" ", _GLOTTAL_MARKS.sub("", fold(name))).strip()


def bare_of_marks(name: str) -> str:
    """The name without ayn and hamza marks, as GeoNames' ASCII names spell it ("Izra'" → "Izra")."""
    return _GLOTTAL_MARKS.sub("", name)


def spelled_alike(name: str, other: str) -> bool:
    """Same skeleton and most letters in common: the skeleton alone lets "Palama" pass for
    "Puli Alam"."""
    key = skeleton(name)
    if key is None or key != skeleton(other):
        return False
    letters, other_letters = (_NOT_LETTER.sub("", fold(text)) for text in (name, other))
    return SequenceMatcher(None, letters, other_letters).ratio() >= MIN_LETTER_RATIO
