"""Resolve date expressions against an anchor (the article's publication date or fetch time).

Rules, not dateparser: news weekday semantics are specific. "On Wednesday" in a story
published on a Wednesday means that day; otherwise the latest such weekday before the anchor
("next Wednesday" looks forward). A year-less date ("21 March") takes the anchor's year unless
that lands more than a week after the anchor, then the year before. Vague expressions keep
their vagueness as a precision ("last week" → week, "earlier this year" → year) instead of
inventing a day. Without an anchor only absolute expressions resolve; the rest stay None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from newsgraph.nlp.numbers import parse_number


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: date
    precision: Precision
    expression: str
    anchor: date | None

    @property
    def evidence(self) -> str:
        against = f" against {self.anchor.isoformat()}" if self.anchor else ""
        return f"'{self.expression}'{against}"


_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}

_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:(?:-|–|and|to)\s*\d{1,2}(?:st|nd|rd|th)?\s*)?(?:of\s+)?"
    + _MONTH
    + r"(?:,?\s+(?P<year>\d{4}))?\b",
    re.I,
)  # "5 and 6 April 2020", "12 - 13 April": a span of days starts on its first day
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_END_OF_MONTH = re.compile(r"\b(?:the\s+)?end\s+of\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY_EXPRESSION = re.compile(r"\b(?P<which>last|this|next|on)?\s*" + _WEEKDAY + r"\b", re.I)
_AGO = re.compile(r"\b(?P<count>\w+|a|an)\s+(?P<unit>hour|day|week|month|year|decade)s?\s+ago\b", re.I)
_RELATIVE_WORDS = {
    "today": (0, Precision.DAY),
    "tonight": (0, Precision.DAY),
    "yesterday": (-1, Precision.DAY),
    "tomorrow": (1, Precision.DAY),
}
_PERIOD = re.compile(r"\b(?P<which>last|this|next|earlier this|later this|past)\s+(?P<unit>week|month|year)\b", re.I)


# A full date written out: day, month and year. The small recogniser often takes the day for a
# count ("Around 22 January 2022" is no date to it, "Around 24 February 2022" only "February 2022").
_CAPITAL_MONTH = (
    r"(?:"
    + "|".join(name for name in calendar.month_name if name)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
_FULL_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _CAPITAL_MONTH + r",?\s+(?:19|20)\d\d\b"
    r"|\b" + _CAPITAL_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d\d\b"
)


def date_mentions(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The recogniser's dates (start, end, words) with each full written date it missed or cut
    short in their place, and without a month name in lower case: "a nationwide march", "may"
    are no months. A date the recogniser took wider stays ("5 and 6 April 2020" starts on the 5th)."""
    kept = [
        (start, end, words)
        for start, end, words in entities
        if not (words.islower() and words.strip().lower() in _MONTHS)
    ]
    for match in _FULL_DATE.finditer(text):
        start, end = match.span()
        if any(other_start <= start and end <= other_end for other_start, other_end, _ in kept):
            continue
        kept = [item for item in kept if not (item[0] < end and start < item[1])]
        kept.append((start, end, match.group(0)))
    return sorted(kept)


def resolve_date(expression: str, anchor: date | None) -> ResolvedDate | None:
    """The date `expression` names, with its precision; None when it cannot be placed."""
    text = expression.strip()
    for resolver in (_absolute, _relative):
        found = resolver(text, anchor)
        if found is not None:
            value, precision = found
            return ResolvedDate(value, precision, text, anchor)
    return None


def _absolute(text: str, anchor: date | None) -> tuple[date, Precision] | None:
    if match := _ISO.search(text):
        return _safe_date(int(match["year"]), int(match["month"]), int(match["day"]), Precision.DAY)
    if match := _END_OF_MONTH.search(text):
        month = _MONTHS[match["month"].lower()]
        year = _year(match["year"], anchor, month, 28)
        if year is None:
            return None
        return date(year, month, calendar.monthrange(year, month)[1]), Precision.MONTH
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if match := pattern.search(text):
            month, day = _MONTHS[match["month"].lower()], int(match["day"])
            year = _year(match["year"], anchor, month, day)
            if year is not None:
                return _safe_date(year, month, day, Precision.DAY)
    match = _MONTH_YEAR.search(text)
    ambiguous = match is not None and match["month"].lower() == "may" and not match["year"]  # the verb "may"
    if match is not None and not ambiguous:
        month = _MONTHS[match["month"].lower()]
        year = _year(match["year"], anchor, month, 1)
        if year is not None:
            return date(year, month, 1), Precision.MONTH
    if match := _YEAR.search(text):
        return date(int(match["year"]), 1, 1), Precision.YEAR
    return None


def _relative(text: str, anchor: date | None) -> tuple[date, Precision] | None:
    if anchor is None:
        return None
    lowered = text.lower()
    for word, (offset, precision) in _RELATIVE_WORDS.items():
        if re.search(rf"\b{word}\b", lowered):
            return anchor + timedelta(days=offset), precision
    if match := _AGO.search(text):
        unit = match["unit"].lower()
        count = 1 if match["count"].lower() in ("a", "an") else parse_number(match["count"])
        if count is None:
            return None
        if unit == "hour":
            return anchor, Precision.DAY
        precision = Precision.DAY if unit == "day" else Precision.YEAR if unit == "decade" else Precision(unit)
        return anchor - timedelta(days=int(count * _UNIT_DAYS[unit])), precision
    if match := _WEEKDAY_EXPRESSION.search(text):
        return _weekday(_WEEKDAYS[match["weekday"].lower()], (match["which"] or "").lower(), anchor), Precision.DAY
    if match := _PERIOD.search(text):
        return _period(match["which"].lower(), match["unit"].lower(), anchor)
    return None


def _weekday(weekday: int, which: str, anchor: date) -> date:
    back = (anchor.weekday() - weekday) % 7
    if which == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if which == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _period(which: str, unit: str, anchor: date) -> tuple[date, Precision]:
    if unit == "year":
        year = anchor.year - 1 if which in ("last", "past") else anchor.year + (which == "next")
        return date(year, 1, 1), Precision.YEAR
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + {"last": -1, "past": -1, "next": 1}.get(which, 0)
        return date(month_index // 12, month_index % 12 + 1, 1), Precision.MONTH
    monday = anchor - timedelta(days=anchor.weekday())
    return monday + timedelta(weeks={"last": -1, "past": -1, "next": 1}.get(which, 0)), Precision.WEEK


def _year(written: str | None, anchor: date | None, month: int, day: int) -> int | None:
    if written:
        return int(written)
    if anchor is None:
        return None
    candidate = _safe_date(anchor.year, month, min(day, 28), Precision.DAY)
    if candidate is not None and candidate[0] > anchor + timedelta(days=7):
        return anchor.year - 1
    return anchor.year


def _safe_date(year: int, month: int, day: int, precision: Precision) -> tuple[date, Precision] | None:
    try:
        return date(year, month, day), precision
    except ValueError:
        return None
