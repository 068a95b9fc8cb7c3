"""Which of an article's events it is about: for evaluation against one-event-per-row gold
(ACLED notes, CASE sentences, PLOVER stories) and for training the type classifier."""

from __future__ import annotations

import re

from newsgraph.events.records import ArticleEvent

LEADING_CLAUSE = re.compile(
    r"\s*(?:after|following|despite|amid|amidst|before|since|as|while|when|in response to|in the wake of)"
    r"\b[^,]{0,150},",
    re.IGNORECASE,
)


def main_event(events: list[ArticleEvent]) -> ArticleEvent | None:
    """The event an event description is about: its first ACLED-coded event."""
    return next((event for event in events if event.acled_sub_event_type is not None), None)


def lead_event(events: list[ArticleEvent], text: str) -> ArticleEvent | None:
    """The event a news text leads with: the first its first eventful sentence's main clause
    reports. News puts the main verb before what it governs ("Lebanon complained to the UN
    over two Israeli air raids", "Palestinians blamed Israel for the bombing"), so the earliest
    trigger wins — unless it sits in an opening adverbial clause ("After two days of fighting,
    the two sides agreed to a ceasefire"), whose events are background, not the news. `text`
    is the text the events' offsets point into."""
    if not events:
        return None
    sentence = [event for event in events if event.sentence == events[0].sentence]
    span = sentence[0].sentence_span
    opening = LEADING_CLAUSE.match(text, span.start, span.end)
    if opening is not None:
        after = [event for event in sentence if event.trigger.start >= opening.end()]
        if after:
            return after[0]
    return sentence[0]
