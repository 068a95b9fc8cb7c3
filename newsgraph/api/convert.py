"""Store rows → API response models."""

from __future__ import annotations

from newsgraph.api import models
from newsgraph.events.lexicon import QUAD_CLASSES
from newsgraph.store.actor_rows import ActorRow, QuoteRow
from newsgraph.store.base import ArticleRow
from newsgraph.store.event_rows import EventRow, RelationRow


def article_summary(row: ArticleRow) -> models.ArticleSummary:
    return models.ArticleSummary(
        id=row.id,
        title=row.title,
        publisher=row.publisher,
        published_at=row.published_at,
        language=row.language,
        word_count=row.word_count,
        duplicate_of=row.duplicate_of,
        duplicate_kind=row.duplicate_kind,
    )


def actor(row: ActorRow) -> models.Actor:
    return models.Actor.model_validate(row.public_dict())


def quote(row: QuoteRow) -> models.Quote:
    return models.Quote.model_validate(row.public_dict())


def event(row: EventRow) -> models.Event:
    return models.Event(
        event_id=row.event_id,
        article_ids=row.article_ids,
        plover_type=row.plover_type,
        plover_mode=row.plover_mode,
        quad_class=QUAD_CLASSES[row.plover_type],
        acled_event_type=row.acled_event_type,
        acled_sub_event_type=row.acled_sub_event_type,
        actor1=models.EventActor.model_validate(row.actor1) if row.actor1 else None,
        actor2=models.EventActor.model_validate(row.actor2) if row.actor2 else None,
        location=models.Location.model_validate(row.location) if row.location else None,
        date=row.date,
        date_precision=row.date_precision,
        date_evidence=row.date_evidence,
        fatalities=row.fatalities,
        fatalities_min=row.fatalities_min,
        fatalities_max=row.fatalities_max,
        injured=row.injured,
        confidence=row.confidence,
        trigger=row.trigger,
        evidence=[
            models.Evidence(
                article_id=item.article_id, sentence=item.sentence, start=item.start, end=item.end, fields=item.fields
            )
            for item in row.evidence
        ],
        figures=[models.SourceFigure.model_validate(figure) for figure in row.figures],
        fatalities_range=row.fatalities_range,
        fatalities_source=row.fatalities_source,
        story_id=None,  # set on one event's page (`GET /api/events/{id}`), not in lists
    )


def relation(row: RelationRow) -> models.Relation:
    return models.Relation(
        source=models.EventActor.model_validate(row.source),
        target=models.EventActor.model_validate(row.target),
        period=row.period,
        cooperation=row.cooperation,
        conflict=row.conflict,
        types=row.types,
    )
