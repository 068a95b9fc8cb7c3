"""Checking the values users give to filters, shared by the CLI and the API.

A filter value that cannot match (`--since yesterday`, `--type BOGUS`, `--country ZZZ`) would
otherwise become a query that returns nothing, which a script cannot tell from "no events".
Each parser here either returns the normalised value or raises `InvalidFilter` naming the
parameter and the valid forms.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsgraph.store.event_rows import InvalidFilter

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(parameter: str, value: str) -> str:
    """A calendar date written YYYY-MM-DD, checked to exist (2024-02-30 does not)."""
    text = value.strip()
    if not ISO_DATE.fullmatch(text):
        raise InvalidFilter(parameter, f"{value!r} is not a date; write YYYY-MM-DD (e.g. 2024-02-29)")
    try:
        date.fromisoformat(text)
    except ValueError as error:
        raise InvalidFilter(parameter, f"{value!r} is not a calendar date ({error})") from error
    return text


def parse_date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Both ends checked, and `until` not before `since`."""
    since = parse_date("since", since) if since is not None else None
    until = parse_date("until", until) if until is not None else None
    if since and until and since > until:
        raise InvalidFilter("until", f"{until} is before since={since}")
    return since, until


@lru_cache(maxsize=1)
def _event_type_names() -> dict[str, str]:
    """Every name `--type` accepts, folded to lower case → the name the store matches on."""
    from newsgraph.events.lexicon import PLOVER_ALIASES, PLOVER_TYPES, QUAD_CLASSES, event_lexicon

    acled = event_lexicon().acled_types
    names = {name.lower(): name for name in PLOVER_TYPES}
    names |= {alias.lower(): plover for alias, plover in PLOVER_ALIASES.items()}
    names |= {name.lower(): name for name in acled}
    names |= {name.lower(): name for name in acled.values()}
    names |= {quad: quad for quad in QUAD_CLASSES.values()}  # "material conflict": a class of types
    return names


def parse_event_type(value: str) -> str:
    """A PLOVER type (or alias) or quad class, an ACLED event type or sub-event type, in any letter case."""
    names = _event_type_names()
    found = names.get(value.strip().lower())
    if found is None:
        from newsgraph.events.lexicon import PLOVER_TYPES

        raise InvalidFilter(
            "type",
            f"unknown event type {value!r}; use a PLOVER type ({', '.join(PLOVER_TYPES)}), a PLOVER class"
            " ('material conflict'), an ACLED event type ('Battles') or sub-event type ('Armed clash')",
        )
    return found


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


def parse_country(value: str) -> str:
    """An ISO 3166 alpha-3 code (RUS, ukr), returned upper-case."""
    code = value.strip().upper()
    if code not in _iso3_codes():
        raise InvalidFilter("country", f"{value!r} is not an ISO 3166 alpha-3 country code (e.g. UKR, RUS, CHN)")
    return code
