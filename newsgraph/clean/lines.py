"""Classify each line of a page: story text, page chrome, or metadata kept aside.

Every rule is a small function over one line that returns a verdict naming itself, so each
removal can be explained later. Rules use general signals — length, sentence punctuation,
interface vocabulary, a small multilingual lexicon, the shape of timestamps, captions and
footers — never strings of particular pages.
"""

from __future__ import annotations

import enum
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


class LineKind(enum.StrEnum):
    BLANK = "blank"
    TEXT = "text"
    CHROME = "chrome"
    SECTION_BREAK = "section_break"
    TIMESTAMP = "timestamp"
    METADATA = "metadata"


@dataclass(frozen=True, slots=True)
class ClassifiedLine:
    """One raw line with its verdict; `rule` names the rule that decided, `value` is what
    a metadata rule extracted (the publisher of a "Source:" footer, say)."""

    line_no: int
    text: str
    kind: LineKind
    rule: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    ad_markers: frozenset[str]
    section_markers: frozenset[str]
    interface_words: frozenset[str]
    stopwords: frozenset[str]
    call_to_action: frozenset[str]
    source_labels: tuple[str, ...]
    caption_labels: tuple[str, ...]


@cache
def load_lexicon() -> Lexicon:
    """The curated chrome vocabulary shipped beside this module (read once per process)."""
    raw = tomllib.loads(resources.files("newsgraph.clean").joinpath("chrome_lexicon.toml").read_text("utf-8"))
    return Lexicon(
        ad_markers=frozenset(raw["ad_markers"]),
        section_markers=frozenset(raw["section_markers"]),
        interface_words=frozenset(raw["interface_words"]),
        stopwords=frozenset(raw["stopwords"]),
        call_to_action=frozenset(raw["call_to_action"]),
        source_labels=tuple(raw["source_labels"]),
        caption_labels=tuple(raw["caption_labels"]),
    )


SENTENCE_END = re.compile(r"""[.!?…](?:["'”’)\]»]+)?$""")
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_RELATIVE_TIME = re.compile(
    r"""^(?:
        (?:\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago
      | just\ now | yesterday | today
      | il\ y\ a\ \d+\s*\w+ | vor\ \d+\s*\w+ | hace\ \d+\s*\w+ | \d+\s*(?:jam|menit|hari|detik)(?:\s+yang)?\s+lalu
      | \d+\s*\w+\s+назад
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CLOCK_TIME = re.compile(r"^(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE_LINE = re.compile(
    rf"""^(?:(?:published|posted|updated|last\ updated|date)\s*:?\s*)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
    (?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?
      | (?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}
      | \d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}})
    (?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_COUNTER = re.compile(
    r"^(?:by\s*)?[-–—]?\s*\d[\d,.]*\s*[km]?\s+(?:views?|reads?|shares?|comments?|likes?|reactions?)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]+$", re.UNICODE)
_CONTRIBUTOR = re.compile(
    r"""^(?:(?:additional\ )?reporting\ by\ .{2,120}
      | (?:writing|editing|reporting)\ by\ .{2,120}
      | [\w.'’ -]{2,80}?(?:,\s*[\w.'’ -]{2,40})*(?:,?\ and\ [\w.'’ -]{2,40})?
        \ contributed\ (?:reporting|research|to\ this\ (?:report|article|story))(?:\ from\ [\w ,.'-]+)?
    )\.?$""",
    re.IGNORECASE | re.VERBOSE,
)
_URLISH = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?$", re.IGNORECASE)


def normalise_label(text: str) -> str:
    """Lower-case, NFKC, collapse spaces and drop surrounding punctuation, for lexicon look-up."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).strip(" .:;,!?…-–—|•*#()[]")


def words_of(text: str) -> list[str]:
    return [match.group(0).casefold().strip(".'’") for match in _WORD.finditer(text)]


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.rstrip()))


def classify_line(line_no: int, raw: str, lexicon: Lexicon | None = None) -> ClassifiedLine:
    """Decide what one raw line is; the first matching rule wins, the default is story text."""
    lexicon = lexicon or load_lexicon()
    text = " ".join(raw.split())
    if not text:
        return ClassifiedLine(line_no, text, LineKind.BLANK)
    label = normalise_label(text)
    for rule in _RULES:
        verdict = rule(text, label, lexicon)
        if verdict is not None:
            kind, name, value = verdict
            return ClassifiedLine(line_no, text, kind, name, value)
    return ClassifiedLine(line_no, text, LineKind.TEXT)


Verdict = tuple[LineKind, str, str | None] | None


def _separator(text: str, label: str, lexicon: Lexicon) -> Verdict:
    return (LineKind.CHROME, "separator", None) if _SEPARATOR.match(text) else None


def _ad_marker(text: str, label: str, lexicon: Lexicon) -> Verdict:
    return (LineKind.CHROME, "ad_marker", None) if label in lexicon.ad_markers else None


def _section_marker(text: str, label: str, lexicon: Lexicon) -> Verdict:
    return (LineKind.SECTION_BREAK, "section_marker", None) if label in lexicon.section_markers else None


def _timestamp(text: str, label: str, lexicon: Lexicon) -> Verdict:
    if _RELATIVE_TIME.match(label) or _CLOCK_TIME.match(label):
        return (LineKind.TIMESTAMP, "relative_time", text)
    if len(text) <= 60 and DATE_LINE.match(text.strip(" .|•")):
        return (LineKind.TIMESTAMP, "date_line", text)
    return None


def _counter(text: str, label: str, lexicon: Lexicon) -> Verdict:
    return (LineKind.CHROME, "view_counter", None) if _COUNTER.match(text) else None


def _source_footer(text: str, label: str, lexicon: Lexicon) -> Verdict:
    head, sep, rest = text.partition(":")
    rest = rest.strip()
    if not sep or normalise_label(head) not in lexicon.source_labels or not rest or len(rest.split()) > 6:
        return None
    domain = _URLISH.match(rest)
    publisher = domain.group(1).lower() if domain else rest.rstrip(".")
    return (LineKind.METADATA, "source_footer", publisher)


def _contributor(text: str, label: str, lexicon: Lexicon) -> Verdict:
    if len(text) <= 200 and _CONTRIBUTOR.match(text):
        return (LineKind.METADATA, "contributor_line", text)
    return None


def _caption(text: str, label: str, lexicon: Lexicon) -> Verdict:
    """A caption ends with its credit: "... Photo: Reuters", "(Image: AFP/Getty)"."""
    match = _caption_pattern(lexicon.caption_labels).search(text.rstrip(" )]."))
    if match and match.group(1)[0].isupper() and len(match.group(1).split()) <= 6:
        return (LineKind.METADATA, "photo_caption", text)
    return None


@cache
def _caption_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(\[.|/-])(?:{alternatives})\s*(?::|by)\s*([^\s:][^:]{{0,60}})$", re.IGNORECASE)


def _interface_label(text: str, label: str, lexicon: Lexicon) -> Verdict:
    """Short lines made mostly of interface vocabulary: "Comments", "No more pages to load."."""
    words = words_of(text)
    if not words or len(words) > 8:
        return None
    content = [word for word in words if word not in lexicon.stopwords]
    if not content:
        return None
    interface_share = sum(word in lexicon.interface_words for word in content) / len(content)
    # A full sentence of six or more words needs stronger evidence than a bare label.
    threshold = 0.75 if ends_sentence(text) and len(words) > 5 else 0.6
    if interface_share > threshold:
        return (LineKind.CHROME, "interface_label", None)
    addresses_reader = any(word in ("you", "your") for word in words)
    if (
        addresses_reader
        and text.rstrip().endswith((":", "?", "!"))
        and any(word in lexicon.call_to_action for word in words)
    ):
        return (LineKind.CHROME, "widget_prompt", None)
    return None


_RULES = (
    _separator,
    _ad_marker,
    _section_marker,
    _timestamp,
    _counter,
    _source_footer,
    _contributor,
    _caption,
    _interface_label,
)
