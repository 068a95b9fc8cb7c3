"""Dates as precise as the text: a year is "2022", a duration's start dates nothing, and nothing
is dated after the article that reports it."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.events.selection import main_event
from newsgraph.store.event_rows import first_day, shown_date


@pytest.mark.parametrize(
    ("stored", "precision", "shown"),
    [
        ("2022-01-01", "year", "2022"),
        ("2024-03-01", "month", "2024-03"),
        ("2024-03-18", "week", "2024-03-18"),
        ("2024-03-22", "day", "2024-03-22"),
        (None, None, None),
    ],
)
def test_a_date_is_shown_as_precisely_as_it_is_known(stored, precision, shown):
    assert shown_date(stored, precision) == shown
    if shown is not None:
        assert first_day(shown) == stored


def _dated(text: str, published: str | None = "2023-03-22"):
    (analysis,) = analyse_texts([("t", text)], published={"t": published})
    event = main_event(analysis.events) or analysis.events[0]
    return event.date


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Russian warships have held joint exercises since 2012, officials said.",
        "the police have arrested 1,587 persons in the state since february 28.",
    ],
)
def test_the_start_of_a_duration_dates_nothing(text):
    date = _dated(text)
    assert date is None or date.expression.startswith("publication date")


@pytest.mark.parametrize(
    "text",
    [
        # a "since" clause after the act names the time it is measured from (AP copy on Greece;
        # a protest told against the Myanmar coup)
        "Tens of thousands marched in Athens, easily the biggest protest since Papandreou took office on "
        "6 October 2009.",
        "Hundreds rallied in Yangon, the largest crowd since the army seized power on 1 February 2021.",
        # a "since" clause before it: the rallies are not on the day of the arrest
        "Since police arrested him on 3 May 2021, his supporters have rallied outside the court.",
    ],
)
def test_a_since_clause_apart_from_the_act_dates_nothing(text):
    (analysis,) = analyse_texts([("t", text)], published={"t": "2023-03-22"})
    (protest,) = [event for event in analysis.events if event.plover_type == "PROTEST"]
    assert protest.date is None or protest.date.expression.startswith("publication date")


def test_an_act_inside_a_since_clause_is_dated_by_it():
    (analysis,) = analyse_texts(
        [("t", "Since police arrested him on 3 May 2021, his supporters have rallied outside the court.")],
        published={"t": "2023-03-22"},
    )
    (arrest,) = [event for event in analysis.events if event.plover_type == "COERCE"]
    assert arrest.date is not None and arrest.date.value.isoformat() == "2021-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four villagers near Maiduguri on 12 May 2023.",  # after the 22 March 2023 article
        "police arrested 40 persons in vadodara on april 3, 2023.",
    ],
)
def test_no_event_is_dated_after_the_article_that_reports_it(text):
    date = _dated(text)
    assert date is None or date.value.isoformat() <= "2023-03-22"


def test_a_date_before_publication_still_dates_the_event():
    date = _dated("Gunmen killed four villagers near Maiduguri on 12 March 2023.")
    assert date is not None and date.value.isoformat() == "2023-03-12"


@pytest.mark.parametrize(
    ("text", "plover_type", "day"),
    [
        # an ACLED note: the note's day dates its second sentence's demonstration
        (
            "On 25 April 2022, in Ciudad de Mexico, hundreds of women walked to the Monument of the Revolution. "
            "The demonstration took place after the killing of a woman in Nuevo Leon.",
            "PROTEST",
            "2022-04-25",
        ),
        # a local news story with no publication date (ECB+): the day the deputy was killed dates the arrest
        (
            "Sheriff Deputy Ortiz, 35, was killed June 24, 2005 outside an apartment in Hawaiian Gardens. "
            "Orozco was hiding behind the apartment's front door. He fired at the deputy and ran. "
            "Orozco was arrested five buildings away on 223rd Street shortly before midnight.",
            "COERCE",
            "2005-06-24",
        ),
    ],
)
def test_with_no_publication_date_the_day_told_before_dates_an_undated_sentence(text, plover_type, day):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_type == plover_type]
    assert event.date is not None and event.date.value.isoformat() == day and event.date_span is None


@pytest.mark.parametrize(
    "text",
    [
        # news_dev (a protest story); Reuters (a drug trial): a year that qualifies a thing dates the
        # thing, not the criticism or the blame told about it (the drug's maker blamed: blaming the drug
        # itself names a cause, no one blamed)
        "Khalif criticized Clinton for supporting the 1994 crime bill that was signed into law by her husband.",
        "Mason, 61, who took Vioxx for 10 months to treat back pain, blamed Merck for his 2003 heart attack.",
    ],
)
def test_a_year_that_qualifies_a_thing_does_not_date_the_act(text):
    date = _dated(text)
    assert date is not None and date.expression.startswith("publication date")


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        # Reuters-style wire; an ACLED-style note: the year of the trigger's own noun, or opened by a
        # preposition of time, still dates it
        ("The 2014 attack on the school in Peshawar killed 140 people.", "attack", 2014),
        ("During the 2019 protests in Hong Kong, police arrested more than 10,000 people.", "arrested", 2019),
    ],
)
def test_a_year_of_the_acts_own_noun_or_of_its_time_dates_it(text, trigger, year):
    (analysis,) = analyse_texts([("t", text)], published={"t": "2023-03-22"})
    (event,) = [event for event in analysis.events if event.trigger_text == trigger]
    assert event.date is not None and event.date.value.year == year


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause that describes someone else (news_dev, a dash-set clause; wire copy)
        "Kagan — who was a leading architect of the so-called surge of U.S. military forces in Iraq in 2007 — "
        "supports a larger U.S. military role in Iraq and Syria.",
        "The leader of Hamas, who was elected in 2017, rejected the proposal.",
    ],
)
def test_a_relative_clause_on_someone_else_does_not_date_the_act(text):
    date = _dated(text)
    assert date is not None and date.expression.startswith("publication date")


@pytest.mark.parametrize(
    ("text", "plover_type", "day"),
    [
        # the clause holds the act (wire copy), or describes it (an ACLED-style note)
        ("Smith, who was arrested on 3 March 2023, told the court he was innocent.", "COERCE", "2023-03-03"),
        ("The strike, which took place on 2 March 2023, killed five soldiers in Djibo.", "ASSAULT", "2023-03-02"),
    ],
)
def test_a_relative_clause_that_holds_or_describes_the_act_dates_it(text, plover_type, day):
    (analysis,) = analyse_texts([("t", text)], published={"t": "2023-03-22"})
    dated = [event for event in analysis.events if event.date is not None and event.date.value.isoformat() == day]
    assert dated, [(event.plover_type, event.date) for event in analysis.events]
