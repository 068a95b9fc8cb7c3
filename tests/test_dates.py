"""Date expressions resolved against an anchor, with news weekday semantics."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.events.dates import Precision, date_mentions, resolve_date

WEDNESDAY = date(2023, 3, 22)


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("on Wednesday", date(2023, 3, 22), Precision.DAY),  # the anchor's own weekday is that day
        ("Monday", date(2023, 3, 20), Precision.DAY),
        ("last Wednesday", date(2023, 3, 15), Precision.DAY),
        ("next Monday", date(2023, 3, 27), Precision.DAY),
        ("yesterday", date(2023, 3, 21), Precision.DAY),
        ("3 hours ago", date(2023, 3, 22), Precision.DAY),
        ("a year ago", date(2022, 3, 22), Precision.YEAR),
        ("two weeks ago", date(2023, 3, 8), Precision.WEEK),
        # decades back are years (ECB+, event audit 4913: a fire in Athens "three decades ago"; a feature's
        # "a decade ago", written for the rule)
        ("three decades ago", date(1993, 3, 23), Precision.YEAR),
        ("a decade ago", date(2013, 3, 22), Precision.YEAR),
        ("in February 2024", date(2024, 2, 1), Precision.MONTH),
        ("21 March 2020", date(2020, 3, 21), Precision.DAY),
        ("March 21, 2020", date(2020, 3, 21), Precision.DAY),
        ("21 March", date(2023, 3, 21), Precision.DAY),
        ("December 30", date(2022, 12, 30), Precision.DAY),  # would be in the future: the year before
        ("the end of June", date(2022, 6, 30), Precision.MONTH),
        ("earlier this year", date(2023, 1, 1), Precision.YEAR),
        ("last week", date(2023, 3, 13), Precision.WEEK),
        ("2019", date(2019, 1, 1), Precision.YEAR),
    ],
)
def test_resolve_against_a_wednesday(expression: str, expected: date, precision: Precision):
    resolved = resolve_date(expression, WEDNESDAY)
    assert resolved is not None, expression
    assert (resolved.value, resolved.precision) == (expected, precision)
    assert expression.strip() in resolved.evidence and "2023-03-22" in resolved.evidence


def test_without_an_anchor_only_absolute_dates_resolve():
    assert resolve_date("on Wednesday", None) is None
    assert resolve_date("a year ago", None) is None
    resolved = resolve_date("On 21 March 2020", None)
    assert resolved is not None and resolved.value == date(2020, 3, 21)


def test_may_the_verb_is_not_a_month():
    assert resolve_date("may", WEDNESDAY) is None
    resolved = resolve_date("May 2021", WEDNESDAY)
    assert resolved is not None and resolved.value == date(2021, 5, 1)


def test_a_full_date_the_recogniser_missed_or_cut_short_is_a_date_mention():
    # an ACLED note ("Around <day> <month> <year> (as reported)") and a wire story
    note = "Around 22 January 2022 (as reported), workers protested in Shanghai."
    assert date_mentions(note, []) == [(7, 22, "22 January 2022")]
    wire = "Around 24 February 2022, Russian troops crossed the border; a year later, they stayed."
    cut = [(10, 23, "February 2022"), (51, 63, "a year later")]
    assert date_mentions(wire, cut) == [(7, 23, "24 February 2022"), (51, 63, "a year later")]
    assert date_mentions("The talks began on March 3, 2022 in Minsk.", []) == [(19, 32, "March 3, 2022")]


def test_a_month_name_in_lower_case_is_no_date():
    text = "As part of a nationwide march, 50 people demonstrated; they may return in May."
    entities = [(23, 28, "march"), (74, 77, "May")]
    assert date_mentions(text, entities) == [(74, 77, "May")]


def test_an_event_on_a_day_the_recogniser_missed_takes_that_day():
    from newsgraph.analysis.run import analyse_texts

    text = "Around 22 January 2022 (as reported), workers protested in Shanghai city to demand wage arrears."
    (analysis,) = analyse_texts([("a", text)], published={})
    assert [(event.date.value, event.date.precision) for event in analysis.events] == [
        (date(2022, 1, 22), Precision.DAY)
    ]


def test_a_span_of_days_the_recogniser_took_whole_keeps_its_first_day():
    text = "On 5 and 6 April 2020, militants attacked two villages."
    assert date_mentions(text, [(3, 21, "5 and 6 April 2020")]) == [(3, 21, "5 and 6 April 2020")]
