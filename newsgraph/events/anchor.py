"""The date an article's relative expressions are counted from, and how sure we are of it.

The publication date when the article has one. Otherwise an estimate from the text: the
latest full date it states (reports are written soon after the latest thing they report),
else the latest year it names; a date more than a century before today is history the report
tells ("the storming of the Bastille on July 14, 1789"), never when it was written. An
estimated anchor never yields a precise date: an event
dated relative to it ("on Wednesday") gets a week at best, and nothing when the estimate is
only a month or a year (a year named in the text is often a lower bound: "held since 2012").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from newsgraph.events.dates import Precision, ResolvedDate, resolve_date

COARSENESS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR]
HISTORY_YEARS = 100  # a date older than this tells of the past, not of when the report was written


@dataclass(frozen=True, slots=True)
class Anchor:
    value: date
    precision: Precision
    source: str  # "published" or "estimated from '…'"

    @property
    def estimated(self) -> bool:
        return self.source != "published"


def article_anchor(
    published_at: str | None, date_expressions: Iterable[str], *, today: date | None = None
) -> Anchor | None:
    """The anchor for one article; None when neither a publication date nor the text gives one."""
    if published_at:
        try:
            return Anchor(date.fromisoformat(published_at[:10]), Precision.DAY, "published")
        except ValueError:
            pass
    latest_year = (today or date.today()).year
    earliest_year = latest_year - HISTORY_YEARS
    dated: list[ResolvedDate] = []
    for expression in date_expressions:
        resolved = resolve_date(expression, None)
        if resolved is not None and earliest_year <= resolved.value.year <= latest_year:
            dated.append(resolved)
    if not dated:
        return None
    finest = min(COARSENESS.index(item.precision) for item in dated)
    best = max((item for item in dated if COARSENESS.index(item.precision) == finest), key=lambda item: item.value)
    precision = Precision.WEEK if best.precision == Precision.DAY else best.precision
    return Anchor(best.value, precision, f"estimated from '{best.expression}'")


def date_against(expression: str, anchor: Anchor | None) -> ResolvedDate | None:
    """Resolve an expression; relative ones against an estimated anchor lose precision."""
    resolved = resolve_date(expression, anchor.value if anchor else None)
    if resolved is None or anchor is None or not anchor.estimated:
        return resolved
    if resolve_date(expression, None) is not None:  # absolute: the anchor only chose the year
        return resolved
    if anchor.precision in (Precision.MONTH, Precision.YEAR):
        return None  # "Monday" against "some time in 2012" names no date at all
    coarsest = max(COARSENESS.index(resolved.precision), COARSENESS.index(anchor.precision), 1)
    return replace(resolved, precision=COARSENESS[coarsest])
