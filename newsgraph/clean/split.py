"""Split one page's classified lines into the articles it holds, and read each one's header.

Aggregator pages and live blogs flatten several stories into one page. A new story starts
where a timestamp line ("3 hours ago", "March 22, 2023") follows story text, carrying with it
the short lines just above it (site name), or — inside a block opened by a section marker
("Related Articles") — where a title-like line is followed by story text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.clean.lines import ClassifiedLine, LineKind, ends_sentence, words_of

_HEADLINE_MAX_WORDS = 15
_LEADING_DASH = re.compile(r"^[-–—|•·]\s*")
_BYLINE = re.compile(r"^by\s+((?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\w.'’-]*\s*){1,4})*)$")


def is_story_line(line: ClassifiedLine) -> bool:
    """Body text rather than a header: a long line, or a full sentence of a few words."""
    if line.kind is not LineKind.TEXT:
        return False
    word_count = len(words_of(line.text))
    if word_count >= 25:
        return True
    text = line.text.rstrip()
    return word_count >= 4 and ends_sentence(text) and not text.endswith("?")


def is_title_like(line: ClassifiedLine) -> bool:
    return line.kind is LineKind.TEXT and not is_story_line(line) and len(line.text.split()) <= 25


def split_segments(lines: list[ClassifiedLine]) -> list[list[ClassifiedLine]]:
    """Group a page's lines into per-article segments (every input line lands in one).

    A page with two or more timestamps that each open a run of story text is a live blog:
    every timestamped entry becomes its own article.
    """
    segments: list[list[ClassifiedLine]] = [[]]
    in_related = False
    live_blog = (
        sum(_story_follows(lines, index) for index, line in enumerate(lines) if line.kind is LineKind.TIMESTAMP) >= 2
    )
    has_story = False  # whether the current (last) segment holds story text yet
    for index, line in enumerate(lines):
        current = segments[-1]
        if line.kind is LineKind.SECTION_BREAK:
            in_related = True
        elif line.kind is LineKind.TIMESTAMP and has_story:
            carried = _trailing_header(current)
            if live_blog or any(is_title_like(item) for item in carried) or _title_follows(lines, index):
                del current[len(current) - len(carried) :]
                segments.append(carried)
                has_story = False
        elif in_related and has_story and is_title_like(line) and _story_follows(lines, index):
            segments.append([])
            has_story = False
        segments[-1].append(line)
        has_story = has_story or is_story_line(line)
    return [segment for segment in segments if segment]


def _trailing_header(segment: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """The short text lines at the end of a segment that belong to the next story's header."""
    carried: list[ClassifiedLine] = []
    for line in reversed(segment):
        introduces_what_follows = line.text.endswith(":")  # "The Latest on ... (all times EST):"
        if line.kind is LineKind.BLANK or (is_title_like(line) and not introduces_what_follows):
            carried.append(line)
            continue
        break
    carried.reverse()
    while carried and carried[0].kind is LineKind.BLANK:
        carried.pop(0)
    return carried


def _title_follows(lines: list[ClassifiedLine], index: int) -> bool:
    """A title-like line sits between line `index` and the next story line."""
    for line in lines[index + 1 :]:
        if is_story_line(line):
            return False
        if is_title_like(line):
            return True
    return False


def _story_follows(lines: list[ClassifiedLine], index: int) -> bool:
    for line in lines[index + 1 :]:
        if line.kind in (LineKind.BLANK, LineKind.CHROME, LineKind.METADATA):
            continue
        return is_story_line(line)
    return False


def _standalone_headline(segment: list[ClassifiedLine], index: int) -> bool:
    """A short first line set apart by a blank line is a headline even with a full stop
    ("The Latest: Cruz to give away engraved shotgun.")."""
    line = segment[index]
    if len(words_of(line.text)) > _HEADLINE_MAX_WORDS:
        return False
    if any(item.kind is LineKind.TEXT for item in segment[:index]):
        return False
    rest = segment[index + 1 :]
    return bool(rest) and rest[0].kind is LineKind.BLANK and any(item.kind is LineKind.TEXT for item in rest)


@dataclass(slots=True)
class SegmentHeader:
    """What the lines above a story say about it."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    timestamps: list[ClassifiedLine] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)
    """Line number -> the role that line played (title, publisher, byline, page_time)."""


def read_header(segment: list[ClassifiedLine], *, title_known: bool = False, page_start: bool = False) -> SegmentHeader:
    """Interpret the title, publisher, byline and time lines that precede the first story line.

    The title is the first header line left once a site name (repeated in the header or
    set off with a dash), a byline and time lines are taken out; header lines after it stay
    story text, because scrapes break a story's first sentence over lines ("... by Chinese
    President" / "Xi Jinping would add ..."). With `title_known` (HTML metadata or a JSON
    field gave one) header lines are read only for publisher, byline and time. At
    `page_start`, a short first line set apart by a blank line is the headline even when it
    ends with a full stop; inside a page (a live-blog entry) it is the entry's first paragraph.
    """
    header = SegmentHeader()
    head_lines: list[ClassifiedLine] = []
    for index, line in enumerate(segment):
        if is_story_line(line):
            if page_start and not head_lines and not title_known and _standalone_headline(segment, index):
                head_lines.append(line)
                continue
            break
        if line.kind is LineKind.TIMESTAMP:
            header.timestamps.append(line)
            header.roles[line.line_no] = "page_time"
        elif line.kind is LineKind.TEXT:
            head_lines.append(line)
    names = [_LEADING_DASH.sub("", line.text).strip() for line in head_lines]
    repeats = Counter(name.casefold() for name in names)
    candidates: list[tuple[ClassifiedLine, str]] = []
    for line, name in zip(head_lines, names, strict=True):
        byline = _BYLINE.match(name)
        if byline and header.author is None:
            header.author = byline.group(1).strip()
            header.roles[line.line_no] = "byline"
        elif header.publisher is None and (repeats[name.casefold()] > 1 or _LEADING_DASH.match(line.text)):
            header.publisher = name
            header.roles[line.line_no] = "publisher"
        elif header.publisher is not None and name.casefold() == header.publisher.casefold():
            header.roles[line.line_no] = "publisher"
        else:
            candidates.append((line, name))
    if candidates and not title_known:
        title_line, header.title = candidates.pop(0)
        header.roles[title_line.line_no] = "title"
    return header
