"""Option callbacks that refuse filter values which could never match, with the valid forms.

Click reports a `BadParameter` as "Invalid value for '--since': …" and exits with status 2,
before any database is opened.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from newsgraph.store.event_rows import InvalidFilter
from newsgraph.store.filter_values import parse_country, parse_date, parse_event_type


def _checked(parse: Callable[[str], str]) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    def callback(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return parse(value)
        except InvalidFilter as error:
            message = str(error).split(": ", 1)[-1]
            raise click.BadParameter(message) from error

    return callback


check_date = _checked(lambda value: parse_date("date", value))
check_event_type = _checked(parse_event_type)
check_country = _checked(parse_country)
