"""Rebuild paragraphs from broken lines and mend flattening artefacts inside them.

Scrapers break lines mid-sentence ("by Chinese President\\nXi Jinping would add") and
flatten ad slots into paragraphs ("... Indo-Pacific. Advertisement In an article ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from newsgraph.clean.lines import ClassifiedLine, LineKind, ends_sentence, load_lexicon
from newsgraph.records import Removal

_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \t]+([,.;:!?%])(?=[\s\"'”’)]|$)")
_SPACE_INSIDE_BRACKETS = (re.compile(r"([(\[])\s+"), re.compile(r"\s+([)\]])"))
_MULTISPACE = re.compile(r"[ \t\u00a0]{2,}")
_HEADING_MAX_WORDS = 8


def reflow(lines: Iterable[ClassifiedLine]) -> list[tuple[str, int]]:
    """Join story lines into paragraphs; returns (paragraph, first line number) pairs.

    A line without sentence-final punctuation continues on the next line, unless it is a
    short heading; across a blank line only a lower-case continuation is joined.
    """
    paragraphs: list[tuple[str, int]] = []
    current: str | None = None
    first_line = 0
    after_blank = False
    for line in lines:
        if line.kind is LineKind.BLANK:
            after_blank = True
            continue
        if line.kind is not LineKind.TEXT:
            continue
        if current is not None and _continues(current, line.text, after_blank):
            current = f"{current} {line.text}"
        else:
            if current is not None:
                paragraphs.append((current, first_line))
            current, first_line = line.text, line.line_no
        after_blank = False
    if current is not None:
        paragraphs.append((current, first_line))
    return paragraphs


def _continues(previous: str, following: str, after_blank: bool) -> bool:
    if ends_sentence(previous) or previous.rstrip().endswith((":", "?")):
        return False
    if following[:1].islower():
        return True
    if after_blank:
        return False
    words = previous.split()
    looks_like_heading = len(words) < _HEADING_MAX_WORDS and "," not in previous
    return not looks_like_heading


@cache
def _inline_ad_pattern() -> re.Pattern[str]:
    markers = sorted((marker for marker in load_lexicon().ad_markers if len(marker) >= 7), key=len, reverse=True)
    alternatives = "|".join(re.escape(marker) for marker in markers)
    return re.compile(rf"(?<=[.!?\"'”’])\s+(?:{alternatives})\s+(?=[\"'“‘A-ZА-Я])", re.IGNORECASE)


def mend_paragraph(paragraph: str, line_no: int) -> tuple[str, list[Removal]]:
    """Remove inline ad markers and fix spacing artefacts ("Ukraine , while")."""
    removals: list[Removal] = []

    def cut(match: re.Match[str]) -> str:
        removals.append(Removal("inline_ad_marker", match.group(0).strip(), line_no))
        return " "

    text = _inline_ad_pattern().sub(cut, paragraph)
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    for pattern in _SPACE_INSIDE_BRACKETS:
        text = pattern.sub(r"\1", text)
    text = _MULTISPACE.sub(" ", text)
    return text.strip(), removals
