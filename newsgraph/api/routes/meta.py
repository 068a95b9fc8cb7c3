"""Counts, date spans and health."""

from __future__ import annotations

from importlib.metadata import version

from fastapi import APIRouter

from newsgraph.api import models
from newsgraph.api.deps import StoreDep, reads_store
from newsgraph.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.store.event_rows import EventFilter

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/stats", response_model=models.Stats)
@reads_store
def stats(store: StoreDep) -> models.Stats:
    """What the store holds: counts of every kind and the dates they span."""
    span = store.event_span(EventFilter())
    first_published, last_published = store.published_span()
    counts = {**store.counts(), **store.nlp_counts(), **store.event_counts(DEFAULT_MIN_CONFIDENCE)}
    return models.Stats(
        counts=counts,
        articles_published=models.DateSpan(first=first_published, last=last_published),
        events_dated=models.DateSpan(first=span["first"], last=span["last"]),
        undated_events=span["undated"],
        min_confidence=DEFAULT_MIN_CONFIDENCE,
    )


@router.get("/health", response_model=models.Health)
@reads_store
def health(store: StoreDep) -> models.Health:
    """Liveness: the database opens and answers."""
    return models.Health(status="ok", version=version("newsgraph"), schema_version=store.schema_version())
