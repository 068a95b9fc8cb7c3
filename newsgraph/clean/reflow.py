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
    short heading; across a blank line a lower-case continuation is joined, and running text
    cut mid-sentence (`_broken_across_a_blank`).
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
        return _broken_across_a_blank(previous, following)
    words = previous.split()
    looks_like_heading = len(words) < _HEADING_MAX_WORDS and "," not in previous
    return not looks_like_heading


# Words a sentence cannot end on: a paragraph ending in one goes on after the blank line.
_OPEN_ENDINGS = frozenset(
    {"and", "of", "the", "a", "an", "in", "on", "at", "by", "from", "with", "for", "to", "than", "as", "or", "its",
     "their", "his", "her", "between", "into", "over", "under", "after", "before", "about", "against", "including",
     "like", "such", "that", "said"}
)  # fmt: skip
# The last word of a photo's credit line, which a new paragraph follows ("Felix Marquez AP Photo").
_CREDIT_ENDINGS = frozenset({"Photo", "Photos", "Images", "Image", "Reuters", "AP", "AFP", "Getty", "File", "Pictures"})
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")
_RUNNING_TEXT_WORDS = 20


def _broken_across_a_blank(previous: str, following: str) -> bool:
    """Whether a blank line cuts a sentence, as wire archives often do inside a name ("would also
    nominate Sylvain || Hefes", "the U.S. Consumer Product Safety || Commission said"): the
    paragraph is running text (an earlier sentence in it, or 20 words or more, where a headline
    has neither), has no final punctuation, ends on a function word or a capitalised word that is
    no photo credit, and the next one starts with a capital or a digit."""
    words = previous.split()
    if len(words) < _HEADING_MAX_WORDS or not (following[:1].isupper() or following[:1].isdigit()):
        return False
    last = words[-1].rstrip(",")
    if previous[-1:] != "," and not previous[-1:].isalnum():
        return False
    if last not in _OPEN_ENDINGS and not (last[:1].isupper() and last not in _CREDIT_ENDINGS):
        return False
    return len(words) >= _RUNNING_TEXT_WORDS or _INNER_SENTENCE_END.search(previous) is not None


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
