"""Response models of the HTTP API.

They are the API's contract, kept apart from the store's rows so that storage can change
without breaking clients; `newsgraph.api.convert` maps one onto the other.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list. Pass `next_cursor` back as `cursor` for the next page; null at the end."""

    items: list[T]
    next_cursor: str | None = None


class Problem(BaseModel):
    detail: str
    parameter: str | None = Field(None, description="The request parameter at fault, when one is.")


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published_at: str | None
    language: str | None
    word_count: int
    duplicate_of: str | None
    duplicate_kind: str | None


class Removal(BaseModel):
    rule: str = Field(description="The cleaning rule that removed the line (boilerplate, chrome, …).")
    text: str
    line_no: int | None


class SourceLocation(BaseModel):
    source_path: str
    locator: str | None
    byte_offset: int | None
    byte_length: int | None
    raw_sha256: str
    input_format: str


class Mention(BaseModel):
    sentence: int
    start: int
    end: int
    text: str
    label: str
    actor_id: int | None


class ArticleDetail(ArticleSummary):
    author: str | None
    url: str | None
    published_at_source: str
    text: str = Field(description="The clean text; every offset in the API points into it.")
    removals: list[Removal]
    duplicates: list[str] = Field(description="Articles stored as duplicates of this one.")
    sources: list[SourceLocation]
    mentions: list[Mention]
    event_ids: list[str]


class SearchHit(BaseModel):
    article_id: str
    title: str | None
    publisher: str | None
    published_at: str | None
    snippet: str = Field(description="Matching words wrapped in [ and ].")
    score: float


class Actor(BaseModel):
    id: int
    name: str
    type: str
    country: str | None
    role: str | None
    mentions: int
    articles: int
    aliases: dict[str, int]
    roles: dict[str, int]


class ActorEvidence(BaseModel):
    article_id: str
    evidence: str


class Quote(BaseModel):
    id: int
    article_id: str
    kind: str
    text: str
    start: int
    end: int
    cue: str | None
    speaker_text: str | None
    speaker_actor_id: int | None
    speaker: str | None


class EventActor(BaseModel):
    actor_id: int | None
    name: str
    country: str | None
    kind: str | None


class Location(BaseModel):
    name: str | None
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    geonameid: int | None
    precision: str | None


class Evidence(BaseModel):
    article_id: str
    sentence: int
    start: int
    end: int
    fields: dict[str, list[int]] = Field(description="Field name → [start, end] of its words in the article.")


class SourceFigure(BaseModel):
    """One source's toll for an event."""

    article_id: str
    publisher: str | None
    published_at: str | None
    killed: int | None
    injured: int | None


class Event(BaseModel):
    event_id: str
    article_ids: list[str]
    plover_type: str
    plover_mode: str | None
    quad_class: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: EventActor | None
    actor2: EventActor | None
    location: Location | None
    date: str | None
    date_precision: str | None
    date_evidence: dict[str, str | None] | None
    fatalities: int | None = Field(
        description="Killed: the best of the sources' figures (a stated count over a bound, then the latest"
        " report, then the most confident)."
    )
    fatalities_min: int | None
    fatalities_max: int | None
    injured: int | None
    confidence: float
    trigger: str
    evidence: list[Evidence]
    figures: list[SourceFigure] = Field(default_factory=list, description="Every source's toll for this event.")
    fatalities_range: list[int] | None = Field(None, description="Lowest and highest killed figure any source gives.")
    fatalities_source: str | None = Field(None, description="The article the best killed figure comes from.")
    story_id: int | None = Field(None, description="The story its articles belong to (on one event's page).")


class ActorDetail(Actor):
    evidence: list[ActorEvidence] = Field(description="How the actor's name, country and role were resolved.")
    article_ids: list[str]
    quotes: list[Quote]
    events: list[Event] = Field(description="Its most recent events (up to 100), as either party.")


class TimelineBucket(BaseModel):
    period: str
    key: str
    count: int


class Timeline(BaseModel):
    interval: str
    by: str
    buckets: list[TimelineBucket]
    undated: int = Field(description="Matching events with no date (left out of the buckets).")
    too_coarse: int = Field(description="Dated events whose date is less precise than the interval (left out).")


class Relation(BaseModel):
    source: EventActor
    target: EventActor
    period: str | None
    cooperation: int
    conflict: int
    types: dict[str, int]


class DateSpan(BaseModel):
    first: str | None
    last: str | None


class Stats(BaseModel):
    counts: dict[str, int]  # events_shown: events at min_confidence or above, as the lists show them
    articles_published: DateSpan
    events_dated: DateSpan
    undated_events: int
    min_confidence: float  # the lists' default: events below it are hidden unless asked for


class Health(BaseModel):
    status: str
    version: str
    schema_version: int


class Story(BaseModel):
    """Articles reporting one real-world event or episode."""

    story_id: int
    title: str | None = Field(None, description="The title of the article that opened the story.")
    first_day: str | None
    last_day: str | None
    articles: int
    events: int


class StoryArticle(BaseModel):
    article_id: str
    title: str | None
    publisher: str | None
    published_at: str | None
    score: float = Field(description="Similarity to the story when the article joined it (1.0: it opened it).")
    opened: bool


class StoryFigure(BaseModel):
    """One source's toll for one of the story's events."""

    event_id: str
    article_id: str
    publisher: str | None
    published_at: str | None
    plover_type: str
    location: str | None
    killed: int | None
    injured: int | None


class StoryDetail(Story):
    article_list: list[StoryArticle] = Field(description="The story's articles in time order.")
    event_list: list[Event]
    figures: list[StoryFigure] = Field(description="Every toll its articles report, source by source.")


class EventPoints(BaseModel):
    """Placed events as rows of `columns`, for maps: a few bytes per event instead of the full
    record. `quad_class` is derived from `plover_type`; `date` is as precise as known;
    `fatalities` is the shown report's toll (one event's page reconciles its sources')."""

    columns: list[str]
    points: list[list[str | float | int | None]]
    truncated: bool = Field(description="More events match than `max` allowed.")
