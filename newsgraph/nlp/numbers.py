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
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
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
        return _digits(match.group(1)) * scale
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
        elif (match := _NUMBER.match(word)) is not None:
            current += _digits(match.group(1))
        else:
            return None
    return (total + current) * scale


def _digits(text: str) -> float:
    """'180,000' → 180000; '1.5' → 1.5; '1.234.567' (dot thousands) → 1234567."""
    if text.count(",") and text.count("."):
        return float(text.replace(",", ""))
    if text.count(",") and all(len(part) == 3 for part in text.split(",")[1:]):
        return float(text.replace(",", ""))
    if text.count(".") > 1:
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))
