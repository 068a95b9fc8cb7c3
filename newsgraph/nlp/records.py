"""What the NLP stage finds in one article, before actors are resolved across articles.

Offsets are character offsets into the article's clean text (`Article.text`), so every fact
points back at the exact characters it came from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    MILITARY = "military"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    FRAGMENT = "fragment"


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class LocalActor:
    """One actor as one article presents it: all its names there, and what the text says of it."""

    key: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    first_name: str | None = None
    surname: str | None = None
    gender: str | None = None  # "f" or "m" when an honorific says so ("Mrs. Clinton", "Mr. Clinton")
    role_place: str | None = None  # where a role is held, as written ("Texas" of "Texas Gov."); geo reads its country
    aliases: Counter[str] = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    sentence: int
    actor: int | None = None  # index into ArticleAnalysis.actors


@dataclass(slots=True)
class Quote:
    kind: QuoteKind
    start: int
    end: int
    text: str
    sentence: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_actor: int | None = None  # index into ArticleAnalysis.actors


@dataclass(slots=True)
class Claim:
    """A number the article attributes to a source ("the military said it shot down 16 drones")."""

    value: float
    value_text: str
    counted: str
    start: int
    end: int
    sentence: int
    source_text: str | None = None
    source_actor: int | None = None


@dataclass(slots=True)
class ArticleAnalysis:
    article_id: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[LocalActor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class PersonCandidate:
    """A stored person the resolver may merge a new name into (the store reads them for it)."""

    actor_id: int
    name: str
    country: str | None
    first_key: str | None
    surname_key: str | None
    roles: list[str]
    mentions: int
