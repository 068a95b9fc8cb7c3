"""Where a report is: the place its last sentences put something at, for an event told without one.

ACLED notes and news reports name the place once and tell what happened there in the
sentences after it ("On 21 June, activists blocked traffic in central Helsinki. Police
dispersed the protest."): the dispersal is in Helsinki though its sentence names no place.
The scene is the most specific place (a town, district or region, never a whole country) that
a sentence puts something at with "in/at/near …" (`stated_at`): an event's place, or the place
`events.places.event_place` finds in a sentence that has no event and reports no speech. A
name that merely occurs ("the 'Hart of Dixie' actress", "the shootings of Riva") sets none,
nor a place outside the country the article is settled in ("a West Coast Bank branch" read as
New Zealand's region). The scene holds for `SCENE_REACH` sentences, since a report moves on,
and is taken only by an ACLED-coded event (violence, a demonstration, an arrest) whose own
sentence gives it no place: a statement or a meeting is where its speakers are, not where the
report is.

An event that takes the scene keeps the scene's evidence (the span where the place was named),
so the place stays traceable to its sentence; `inherited` tells such a place apart, and the
confidence model, trained on places named in the event's own sentence, sees none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.events.places import STRONG_LOCATIVE
from newsgraph.events.records import ArticleEvent, EventPlace, Span
from newsgraph.events.toponyms import Toponym

SCENE_REACH = 5  # sentences after the one naming the place that may still be at it
# A sentence that reports speech: its place is where someone spoke, not a scene.
SPEECH = re.compile(r"\b(?:said|says|told|tells|stated|announced)\b|[\"“”]")
# What separates a place from one it qualifies, other qualifiers included: "Tyburn (Birmingham",
# "Jiquilisco, Usulutan", "Pinggu District, Beijing", "Bar Do village (Loikaw township, Loikaw".
QUALIFYING_GAP = re.compile(r"(?:\s+[A-Za-z]+)?\s*[,(](?:\s*[A-Z][\w'’-]*(?:\s+[A-Za-z]+)?\s*,)*\s*")


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    """A sentence as the scene reads it: its index, where it starts, its text and its toponyms."""

    index: int
    start: int
    text: str
    toponyms: tuple[Toponym, ...]


@dataclass(slots=True)
class Scene:
    """The place the report is at and the sentence that put it there, read sentence by sentence."""

    place: EventPlace | None = None
    sentence: int = -1

    def named(self, place: EventPlace | None, sentence: SentencePlaces, article_country: str | None) -> None:
        """A sentence with no event names `place` (as `event_place` found it): the scene when
        the sentence puts it there and tells no speech: a place where someone spoke ("Sweeney
        said after an event in Edison") is not where the next protest is."""
        if place is not None and SPEECH.search(sentence.text) is None and _sets_scene(place, sentence, article_country):
            self.place, self.sentence = place, sentence.index

    def located(self, events: list[ArticleEvent], sentence: SentencePlaces, article_country: str | None) -> None:
        """The events of `sentence` were coded: the place one of them is at is the scene when the
        sentence puts it there ("struck the child in Beverly Hills")."""
        for event in reversed(events):
            if event.sentence != sentence.index:
                break
            location = event.location
            if location is not None and not inherited(event) and _sets_scene(location, sentence, article_country):
                self.place, self.sentence = location, sentence.index
                return

    def place_for(self, sentence: int, found: EventPlace | None) -> EventPlace | None:
        """The place of an event of `sentence` whose own sentence gave `found`: the scene when it
        gave none. A sentence that names only a country ("officials in Germany said") keeps it:
        the town named before may be where something else happened."""
        if found is None and self.place is not None and sentence - self.sentence <= SCENE_REACH:
            return self.place
        return found


def _sets_scene(place: EventPlace, sentence: SentencePlaces, article_country: str | None) -> bool:
    return (
        place.place.kind != "country"
        and sentence.start <= place.span.start
        and not abroad(place, article_country)
        and stated_at(place.span, sentence)
    )


def stated_at(span: Span, sentence: SentencePlaces) -> bool:
    """Whether "in/at/near …" puts the name at `span` there, itself or through the place it
    qualifies ("in Tyburn (Birmingham, West Midlands)": Birmingham too)."""
    end = span.start - sentence.start
    for toponym in reversed(sentence.toponyms):
        if STRONG_LOCATIVE.search(sentence.text, 0, end) is not None:
            return True
        before = toponym.span.end - sentence.start
        if before > end or QUALIFYING_GAP.fullmatch(sentence.text, before, end) is None:
            continue
        end = toponym.span.start - sentence.start
    return STRONG_LOCATIVE.search(sentence.text, 0, end) is not None


def abroad(place: EventPlace, article_country: str | None) -> bool:
    """Whether `place` lies outside the country the article is settled in (None: not settled)."""
    return bool(article_country and place.place.country and place.place.country != article_country)


def inherited(event: ArticleEvent) -> bool:
    """Whether the event's place was named outside its own sentence (it took the scene)."""
    location = event.location
    return location is not None and not (event.sentence_span.start <= location.span.start < event.sentence_span.end)
