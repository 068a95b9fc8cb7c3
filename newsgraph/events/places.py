"""Where an event happened: the most specific place its own sentence names.

Toponyms are the sentence's place entities plus capitalised names after a locative preposition
that the gazetteer knows ("in the area of Tin-Akoff" — villages the entity recogniser misses).
A toponym that is the event's actor ("attacks by Russia") is not its place, nor is a region or
country without a locative preposition before it. Among the rest the coder prefers those after
"in/at/near/outside", after the trigger, and of the most specific kind (town over region over
country). A region named in the same sentence ("Pavlohrad district, Dnipropetrovsk
region", "Tin-Akoff (Oudalan)") picks, among same-named towns, the one inside it.
"""

from __future__ import annotations

import re
from collections import Counter

from newsgraph.events.records import EventActor, EventPlace, Span
from newsgraph.geo.gazetteer import Gazetteer, Place, distance_km
from newsgraph.geo.resolve import resolve_toponyms

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|on|over|of|from|to|towards|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
STRONG_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|area of|village of|town of|city of|outskirts of|vicinity of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CAPITALISED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|near|of|around|outside|between|and)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
KIND_SPECIFICITY = {"city": 3.0, "district": 2.0, "region": 1.5, "country": 1.0}
HINT_RADIUS_KM = {"district": 80.0, "region": 300.0}


def sentence_toponyms(
    entity_spans: list[tuple[int, int, str]], sentence_text: str, sentence_start: int, places: Gazetteer
) -> list[tuple[str, Span]]:
    """(name, span) of every toponym in the sentence: entities first, then gazetteer names."""
    found = [
        (text, Span(start, end))
        for start, end, text in entity_spans
        if sentence_start <= start < sentence_start + len(sentence_text)
    ]
    for match in CAPITALISED_AFTER_PREPOSITION.finditer(sentence_text):
        span = Span(sentence_start + match.start("name"), sentence_start + match.end("name"))
        if any(span.start < other.end and other.start < span.end for _name, other in found):
            continue
        if places.candidates(match.group("name")):
            found.append((match.group("name"), span))
    return sorted(found, key=lambda item: item[1].start)


def event_place(
    toponyms: list[tuple[str, Span]],
    trigger: Span,
    actors: list[EventActor | None],
    sentence_text: str,
    sentence_start: int,
    context: Counter[str],
    places: Gazetteer,
) -> EventPlace | None:
    """The place of an event from its sentence's toponyms, or None when it names none."""
    actor_spans = [actor.span for actor in actors if actor is not None]
    usable = [
        (name, span)
        for name, span in toponyms
        if not any(span.start < other.end and other.start < span.end for other in actor_spans)
        and not sentence_text[span.end - sentence_start :].startswith(("'s", "’s"))
    ]
    if not usable:
        return None
    resolved = resolve_toponyms([name for name, _span in usable], context, places)
    scored: list[tuple[float, int, str, Span, Place]] = []
    for index, ((name, span), place) in enumerate(zip(usable, resolved, strict=True)):
        if place is None:
            continue
        before = sentence_text[: span.start - sentence_start]
        locative = 2.0 if STRONG_LOCATIVE.search(before) else 1.0 if LOCATIVE.search(before) else 0.0
        if not locative and place.kind != "city":
            continue  # "Russia" in "Russia's drones" or a list of countries is no event's place
        score = KIND_SPECIFICITY.get(place.kind, 1.0) + locative
        score += 2.0 if span.start >= trigger.end else 0.0  # "an attack on X in Y": the place follows
        scored.append((score, -index, name, span, place))
    if not scored:
        return None
    _score, _order, name, span, place = max(scored)
    hints = [other for other in resolved if other is not None and other.kind in HINT_RADIUS_KM and other is not place]
    return EventPlace(name, span, _within_hint(name, place, hints, places))


def _within_hint(name: str, chosen: Place, hints: list[Place], places: Gazetteer) -> Place:
    if chosen.kind != "city" or not hints:
        return chosen
    options = [place for place in places.candidates(name) if place.kind == "city"]
    inside = [
        (-place.population, distance_km(place.lat, place.lon, hint.lat, hint.lon), place)
        for place in options
        for hint in hints
        if distance_km(place.lat, place.lon, hint.lat, hint.lon) <= HINT_RADIUS_KM[hint.kind]
    ]
    return min(inside, key=lambda item: (item[0], item[1]))[2] if inside else chosen
