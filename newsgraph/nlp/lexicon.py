"""The NLP stage's data files (`nlp/data/*.toml`), loaded once and indexed for lookup."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.nlp.countries import fold

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class KnownActor:
    """An organisation, armed group or seat of power from `actors.toml`."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    is_seat: bool
    operates_in: tuple[str, ...] = ()  # ISO-3: where a group of several countries fights


@dataclass(slots=True)
class Lexicon:
    honorifics: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    military_words: frozenset[str] = frozenset()
    government_words: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    stance_lemmas: frozenset[str] = frozenset()
    saying_media: frozenset[str] = frozenset()
    not_first_names: frozenset[str] = frozenset()
    not_persons: frozenset[str] = frozenset()
    kinds_of_body: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()
    known_actors: dict[str, KnownActor] = field(default_factory=dict)

    def known_actor(self, text: str) -> KnownActor | None:
        """The organisation or seat named exactly by `text` (case-sensitive for short acronyms)."""
        if text in self.known_actors:
            return self.known_actors[text]
        folded = fold(text)
        actor = self.known_actors.get(folded)
        return actor if actor and len(folded) > 3 else None

    def is_title(self, word: str) -> bool:
        """Whether a word (any case) is a courtesy title or a role ("Mr.", "Sheriff", "President")."""
        lowered = word.lower()
        stem = lowered.rstrip(".")
        abbreviated_plural = stem.endswith("s") and stem[:-1] + "." in self.roles  # "Reps.", "Sens."
        return lowered in self.honorifics or lowered in self.roles or abbreviated_plural

    @property
    def max_role_words(self) -> int:
        return max((len(role.split()) for role in self.roles), default=1)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words = tomllib.loads((DATA_DIR / "lexicon.toml").read_text("utf-8"))
    actors = tomllib.loads((DATA_DIR / "actors.toml").read_text("utf-8"))
    word_lists: dict[str, Any] = {key: frozenset(values) for key, values in words.items()}
    loaded = Lexicon(**word_lists)
    for section, is_seat in (("organisation", False), ("seat", True)):
        for entry in actors.get(section, []):
            actor = KnownActor(
                name=entry["name"],
                aliases=tuple(entry.get("aliases", [])),
                kind=entry.get("type", "government" if is_seat else "organisation"),
                country=entry.get("country"),
                is_seat=is_seat,
                operates_in=tuple(entry.get("operates_in", [])),
            )
            for alias in (actor.name, *actor.aliases):
                loaded.known_actors[alias] = actor
                loaded.known_actors.setdefault(fold(alias), actor)
    return loaded
