"""Rows the store returns for the NLP stage's tables: actors, mentions, quotes, claims."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class ActorRow:
    id: int
    name: str
    type: str
    country: str | None
    role: str | None
    mentions: int
    aliases: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    articles: int = 0

    def public_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class MentionRow:
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    label: str
    actor_id: int | None


@dataclass(slots=True)
class QuoteRow:
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

    def public_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ClaimRow:
    id: int
    article_id: str
    value: float
    value_text: str
    counted: str
    start: int
    end: int
    evidence: str
    source_text: str | None
    source_actor_id: int | None
    source: str | None

    def public_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ActorFilter:
    kind: str | None = None
    country: str | None = None
    name: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(slots=True)
class QuoteFilter:
    speaker: str | None = None
    speaker_actor_id: int | None = None
    article_id: str | None = None
    include_fragments: bool = False
    limit: int | None = None
    offset: int = 0
