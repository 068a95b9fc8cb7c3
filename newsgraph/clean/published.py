"""Normalise publication and fetch timestamps, and resolve "3 hours ago" against fetch time."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta

from dateutil import parser as date_parser
from dateutil.parser import UnknownTimezoneWarning

# Zone abbreviations news pages print after a time ("10:15 a.m. EST"), as UTC offsets in
# seconds; dateutil knows none of them and warned once per article. Others are read without a zone.
ZONE_OFFSETS = {
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "GMT": 0,
    "UTC": 0,
    "BST": 3600,
    "CET": 3600,
    "CEST": 2 * 3600,
    "IST": 19800,
    "JST": 9 * 3600,
    "MSK": 3 * 3600,
}

_RELATIVE = re.compile(
    r"^(?P<count>\d+|an?|one)\s*(?P<unit>s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago$",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def normalise_timestamp(value: str | None, *, fuzzy: bool = False) -> str | None:
    """ISO 8601 for a date or datetime string in any common format; None when it isn't one.

    A bare date stays a date ("2023-03-22"): inventing a midnight would fake precision.
    `fuzzy` lets words around the date pass ("Published: March 22, 2023"). A date after
    tomorrow (UTC, leaving room for time zones) is no publication or fetch date: it is a typo or
    a scheduled item, and kept it would date the article's events in the future.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            parsed = date_parser.parse(text, default=datetime(1, 1, 1), fuzzy=fuzzy, tzinfos=ZONE_OFFSETS)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1900 or parsed.date() > datetime.now(UTC).date() + timedelta(days=1):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def resolve_relative(expression: str, fetched_at: str | None) -> str | None:
    """`fetched_at` minus "N hours ago"; None when either side is missing or unparseable."""
    match = _RELATIVE.match(expression.strip())
    if not match or not fetched_at:
        return None
    try:
        anchor = date_parser.isoparse(fetched_at)
    except ValueError:
        return None
    if anchor.tzinfo is None:
        anchor = anchor.replace(tzinfo=UTC)
    count_text = match.group("count").lower()
    count = 1 if count_text in ("a", "an", "one") else int(count_text)
    unit = match.group("unit").lower()[0]
    return (anchor - timedelta(seconds=count * _UNIT_SECONDS[unit])).isoformat()
