"""The scene: an event told without a place is at the place the sentences before it put things at."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.events.confidence import event_features
from newsgraph.events.records import ArticleEvent, Span
from newsgraph.events.scene import SentencePlaces, inherited, stated_at
from newsgraph.events.toponyms import Toponym


def _events(text: str) -> list[ArticleEvent]:
    (analysis,) = analyse_texts([("a", text)])
    return analysis.events


def _event_of(text: str, sentence_words: str) -> ArticleEvent:
    start = text.index(sentence_words)
    found = [event for event in _events(text) if event.sentence_span.start <= start < event.sentence_span.end]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "later", "place"),
    [
        (  # an ACLED note: the place, then what the police did there
            "On 21 June 2022, around 50 activists blocked traffic twice in central Helsinki, calling "
            "attention to the climate crisis. Police dispersed the protest.",
            "Police dispersed",
            "Helsinki",
        ),
        (  # a news report: the scene in the lead, the arrest told after it
            "A 19-year-old man was beaten by fare inspectors at a subway station in Toronto last year, "
            "his lawsuit says. Officers eventually arrested him and led him to a police car.",
            "Officers eventually",
            "Toronto",
        ),
    ],
)
def test_an_event_told_after_its_place_is_at_that_place(text, later, place):
    event = _event_of(text, later)
    assert event.location is not None and event.location.place.name == place
    # the evidence is where the place was named, in the sentence before
    assert event.location.span.end <= event.sentence_span.start
    assert text[event.location.span.start : event.location.span.end] == place
    assert inherited(event)


def test_the_scene_does_not_outlast_a_few_sentences():
    text = (
        "Hundreds of teachers gathered outside the state capitol in Oklahoma City on Monday. The rally "
        "was peaceful. Officials counted the crowd. Many schools closed. Parents joined them. Some were "
        "angry. Later they marched to the governor's office demanding higher pay."
    )
    assert _event_of(text, "The rally").location is not None
    assert _event_of(text, "Later they marched").location is None


@pytest.mark.parametrize(
    "opening",
    [
        "The Hart of Dixie actress was outside the vehicle on Wednesday.",  # a show's title
        "The Paris agreement was discussed again on Sunday.",  # a name, not where anything is
    ],
)
def test_a_name_that_merely_occurs_sets_no_scene(opening):
    text = f"{opening} Police arrested 14 protesters."
    assert all(event.location is None for event in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        (  # US campaign copy: the speaker's event, then a protest elsewhere
            "Sweeney said after an event in Edison on Wednesday that contractors had suffered. About 50 "
            "protesters had gathered outside the casino, chanting slogans."
        ),
        (  # an African wire: where the minister spoke is not where the workers protested
            "On 3 May 2022, the minister told reporters in Abuja that the strike was illegal. Hundreds of "
            "workers protested outside the company's offices."
        ),
    ],
)
def test_where_someone_spoke_sets_no_scene(text):
    protest = next(event for event in _events(text) if event.plover_type == "PROTEST")
    assert protest.location is None


def test_a_place_abroad_sets_no_scene():
    # the article is settled in Germany: the museum in Tokyo is not where German police arrest
    text = (
        "German officials said on Monday that German tourists had visited a museum in Tokyo. "
        "Germany's police later arrested two men, German media reported."
    )
    assert _event_of(text, "Germany's police").location is None


def test_a_sentence_naming_only_its_country_keeps_the_country():
    text = (
        "Germany's chancellor spoke about the economy in Berlin on Tuesday. German police arrested 12 "
        "people suspected of fraud on Wednesday, officials in Germany said."
    )
    arrest = _event_of(text, "German police")
    assert arrest.location is not None and arrest.location.place.kind == "country"


def test_an_inherited_place_is_no_place_to_the_confidence_model():
    text = (
        "On 21 June 2022, around 50 activists blocked traffic twice in central Helsinki, calling "
        "attention to the climate crisis. Police dispersed the protest."
    )
    event = _event_of(text, "Police dispersed")
    assert inherited(event) and "place=none" in event_features(event)


def _sentence(text: str, names: list[str]) -> SentencePlaces:
    toponyms = tuple(Toponym(name, Span(text.index(name), text.index(name) + len(name))) for name in names)
    return SentencePlaces(0, 0, text, toponyms)


@pytest.mark.parametrize(
    ("text", "names", "place", "expected"),
    [
        (
            "Activists blocked the terminal in Tyburn (Birmingham, West Midlands).",
            ["Tyburn", "Birmingham"],
            "Birmingham",
            True,
        ),
        (
            "Locals found a body in Bar Do village (Loikaw township, Loikaw district).",
            ["Bar Do", "Loikaw district"],
            "Loikaw district",
            True,
        ),
        ("A lawyer was held in Pinggu District, Beijing.", ["Pinggu", "Beijing"], "Beijing", True),
        (
            "He was charged in the shootings of Riva, 47, of Sterling Heights.",
            ["Riva", "Sterling Heights"],
            "Riva",
            False,
        ),
        ("The Hart of Dixie actress was outside.", ["Dixie"], "Dixie", False),
    ],
)
def test_a_place_is_stated_at_through_the_place_it_qualifies(text, names, place, expected):
    start = text.index(place)
    assert stated_at(Span(start, start + len(place)), _sentence(text, names)) is expected
