"""Events as one article reports them, before reports of the same event are merged.

Every field keeps the character span it came from (offsets into the article's clean text), so
the store can show, for each event, the exact words behind its type, actors, place and date.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.events.casualties import Count
from newsgraph.events.dates import ResolvedDate
from newsgraph.events.factuality import Assertion
from newsgraph.geo.gazetteer import Place

PLACE_PRECISION = {"city": "place", "district": "admin region", "region": "admin region", "country": "country"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str
    kind: str
    country: str | None
    span: Span
    actor: int | None = None  # index into ArticleAnalysis.actors when the text names it


@dataclass(frozen=True, slots=True)
class EventPlace:
    name: str
    span: Span
    place: Place

    @property
    def precision(self) -> str:
        return PLACE_PRECISION.get(self.place.kind, "place")


@dataclass(slots=True)
class ArticleEvent:
    sentence: int
    sentence_span: Span
    trigger: Span
    trigger_text: str
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: EventActor | None = None
    actor2: EventActor | None = None
    location: EventPlace | None = None
    date: ResolvedDate | None = None
    date_span: Span | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    casualty_span: Span | None = None
    sub_type_span: Span | None = None  # words after the event's sentence that set its sub-type ("Police dispersed …")
    confidence: float = 0.5  # the probability its type and first party are right (`events.confidence`)
    quoted: bool = False  # told in a direct quote, not in the reporter's words
    trigger_id: str = ""  # the triggers.toml entry that named the event (per-rule evaluation)
    assertion: Assertion | None = None  # what the sentence's parse says of the trigger
