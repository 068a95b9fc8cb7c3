"""Numbers as news writes them: digits with separators, scale words and number words.

Vague quantities follow ACLED's conservative coding conventions, so that counts extracted
here and casualty figures extracted later agree: "a dozen"/"dozens" → 12, "tens" → 10,
"scores" → 20, "hundreds" → 100, "thousands" → 1,000 (ACLED codebook, fatalities section).
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# South Asian scales too: a lakh is 100,000, a crore 10,000,000 ("2 lakh", "1.5 crore").
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
}
# The number words as regular-expression alternatives, in the order a pattern tries them (a
# longer word after its prefix: "seven" … "seventeen"): what counts of people are written with.
# `DIGIT_WORDS` may follow a tens word ("twenty-one"); the events stage builds its counts from these.
_NOT_CARDINAL = frozenset({"zero", "a", "an", "single"})
CARDINAL_WORDS: tuple[str, ...] = (
    *(word for word in _UNITS if word not in _NOT_CARDINAL),
    *_TENS,
    "hundred",
    "thousand",
)
DIGIT_WORDS: tuple[str, ...] = tuple(word for word, value in _UNITS.items() if word not in _NOT_CARDINAL and value < 10)
VAGUE_QUANTITIES = {
    "dozen": 12,
    "dozens": 12,
    "a dozen": 12,
    "tens": 10,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "several": 3,
    "a few": 3,
    "few": 3,
    "a couple": 2,
    "couple": 2,
    "a handful": 3,
    "handful": 3,
}
_NUMBER = re.compile(r"^[$€£]?\s*(\d+(?:[.,]\d+)*)(?:\s*(%|percent|per cent))?$")


def parse_number(text: str) -> float | None:
    """'180,000' → 180000; '1.5 million' → 1500000; 'twenty-five' → 25; 'dozens' → 12; else None."""
    cleaned = text.lower().replace("\u2013", "-").strip()
    for prefix in (
        "at least ",
        "more than ",
        "over ",
        "nearly ",
        "almost ",
        "about ",
        "around ",
        "some ",
        "an estimated ",
        "approximately ",
        "up to ",
        "roughly ",
    ):
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
    if cleaned in VAGUE_QUANTITIES:
        return float(VAGUE_QUANTITIES[cleaned])
    words = cleaned.replace("-", " ").split()
    if not words:
        return None
    scale = 1.0
    while words and words[-1] in _SCALES:
        scale *= _SCALES[words.pop()]
    if not words:
        return scale if scale > 1 else None
    if len(words) == 1 and (match := _NUMBER.match(words[0])):
        value = _digits(match.group(1))
        return value * scale if value is not None else None
    total, current = 0.0, 0.0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            total, current = total + current, 0.0
        elif word == "and":
            continue
        elif (match := _NUMBER.match(word)) is not None and (value := _digits(match.group(1))) is not None:
            current += value
        else:
            return None
    return (total + current) * scale


_THOUSANDS_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN_GROUPING = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")  # 1,00,000 and 4,26,700
_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def _digits(text: str) -> float | None:
    """'180,000' → 180000; '1,00,000' → 100000; '1.5' → 1.5; '1.234.567' → 1234567; '2,5' → 2.5;
    None for digit groups no convention reads ('1,2,3')."""
    if _THOUSANDS_COMMAS.fullmatch(text) or _INDIAN_GROUPING.fullmatch(text):
        return float(text.replace(",", ""))
    if _THOUSANDS_DOTS.fullmatch(text):
        return float(text.replace(".", ""))
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    try:
        return float(text)
    except ValueError:
        return None
