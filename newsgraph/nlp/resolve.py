"""Across articles: map each article's local actors onto the store's shared actors.

Countries, governments, militaries, known organisations and places have a stable key
("government:RUS", "known:nato", "place:moscow") and resolve by it. Persons do not: two
articles' "Medvedev" may or may not be one man. The rules, each recorded as evidence:

- same surname key and same first-name key → same person ("Dmitri"/"Dmitry" fold alike), unless
  both give middle initials and they differ (George W. and George H.W. Bush);
- different first names → different persons, whatever the surname;
- a full name joins a stored surname-only person when their countries do not conflict;
- a lone surname (or a Chinese-style leading surname, "Xi") joins the stored person with that
  name whose country and role fit, the most-mentioned one if several do — and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from newsgraph.nlp.names import first_names_fit, more_specific
from newsgraph.nlp.records import ActorKind, ArticleAnalysis, LocalActor, PersonCandidate


class ActorRegistry(Protocol):
    def actor_id_by_key(self, key: str) -> int | None: ...

    def add_actor(
        self,
        *,
        kind: str,
        name: str,
        country: str | None,
        key: str | None = None,
        first_key: str | None = None,
        surname_key: str | None = None,
    ) -> int: ...

    def update_person(self, actor_id: int, *, name: str, country: str | None, first_key: str | None) -> None: ...

    def set_actor_country(self, actor_id: int, country: str) -> None: ...

    def person_candidates(self, keys: list[str]) -> list[PersonCandidate]: ...


@dataclass(slots=True)
class Resolution:
    actor_ids: list[int | None] = field(default_factory=list)
    evidence: list[tuple[int, str]] = field(default_factory=list)


def resolve_actors(analysis: ArticleAnalysis, registry: ActorRegistry) -> Resolution:
    """Global actor id for each local actor of `analysis` (creating actors as needed)."""
    resolution = Resolution()
    for local in analysis.actors:
        if local.kind is ActorKind.PERSON:
            actor_id, evidence = _resolve_person(local, registry)
        else:
            actor_id, evidence = _resolve_keyed(local, registry)
        resolution.actor_ids.append(actor_id)
        for line in [*local.evidence, *evidence]:
            resolution.evidence.append((actor_id, line))
    return resolution


def _resolve_keyed(local: LocalActor, registry: ActorRegistry) -> tuple[int, list[str]]:
    actor_id = registry.actor_id_by_key(local.key)
    if actor_id is None:
        return registry.add_actor(kind=local.kind.value, name=local.name, country=local.country, key=local.key), []
    if local.country:
        registry.set_actor_country(actor_id, local.country)
    return actor_id, []


def _countries_fit(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _resolve_person(local: LocalActor, registry: ActorRegistry) -> tuple[int, list[str]]:
    surname = local.surname or ""
    candidates = registry.person_candidates([surname])
    if local.first_name:
        return _resolve_full_name(local, surname, candidates, registry)
    fitting = [
        candidate
        for candidate in candidates
        if _countries_fit(candidate.country, local.country)
        and (not local.role or not candidate.roles or any(_roles_fit(local.role, role) for role in candidate.roles))
    ]
    if not fitting:
        actor_id = registry.add_actor(kind="person", name=local.name, country=local.country, surname_key=surname)
        return actor_id, ["new person: only a single name seen"]
    full_named = [candidate for candidate in fitting if candidate.first_key is not None]
    role_fits = bool(local.role) and any(candidate.roles for candidate in full_named)
    if len(full_named) > 1 and not role_fits:
        # 'Clinton' alone, with Hillary and Bill Clinton in the store: no evidence says which
        surname_only = [candidate for candidate in fitting if candidate.first_key is None]
        if surname_only:
            chosen = max(surname_only, key=lambda candidate: candidate.mentions)
            return chosen.actor_id, [f"single name '{local.name}': {len(full_named)} persons share it; kept apart"]
        actor_id = registry.add_actor(kind="person", name=local.name, country=local.country, surname_key=surname)
        return actor_id, [f"new person: {len(full_named)} persons share the name '{local.name}'"]
    chosen = max(fitting, key=lambda candidate: (candidate.first_key is not None, candidate.mentions))
    registry.update_person(chosen.actor_id, name=local.name, country=local.country, first_key=None)
    note = f"single name '{local.name}' matched {chosen.name}"
    if len(fitting) > 1:
        note += f" (the only full name of {len(fitting)} persons with that name, or its role fits)"
    return chosen.actor_id, [note]


def _resolve_full_name(
    local: LocalActor, surname: str, candidates: list[PersonCandidate], registry: ActorRegistry
) -> tuple[int, list[str]]:
    same_first = [
        candidate
        for candidate in candidates
        if candidate.surname_key == surname
        and candidate.first_key is not None
        and local.first_name is not None
        and first_names_fit(candidate.first_key, local.first_name)
    ]
    if same_first:
        # A full name is strong evidence; a country conflict is more likely a misread title.
        chosen = max(same_first, key=lambda candidate: (candidate.country == local.country, candidate.mentions))
        first_key = more_specific(chosen.first_key, local.first_name)
        registry.update_person(chosen.actor_id, name=local.name, country=local.country, first_key=first_key)
        note = f"same first and last name as {chosen.name} (transliteration-folded)"
        if not _countries_fit(chosen.country, local.country):
            note += f"; country {local.country} here conflicts with {chosen.country}"
        return chosen.actor_id, [note]
    surname_only = [
        candidate
        for candidate in candidates
        if candidate.surname_key == surname
        and candidate.first_key is None
        and _countries_fit(candidate.country, local.country)
    ]
    if len(surname_only) == 1:
        chosen = surname_only[0]
        registry.update_person(chosen.actor_id, name=local.name, country=local.country, first_key=local.first_name)
        return chosen.actor_id, [f"full name joins earlier surname-only '{chosen.name}'"]
    different = [candidate.name for candidate in candidates if candidate.surname_key == surname and candidate.first_key]
    actor_id = registry.add_actor(
        kind="person", name=local.name, country=local.country, first_key=local.first_name, surname_key=surname
    )
    evidence = [f"kept apart from {', '.join(different)}: different first name"] if different else []
    return actor_id, evidence


def _roles_fit(a: str, b: str) -> bool:
    head_a, head_b = a.split()[-1], b.split()[-1]
    return head_a == head_b or "leader" in (head_a, head_b)
