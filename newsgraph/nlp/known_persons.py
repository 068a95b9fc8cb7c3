"""Well-known persons and their countries (`data/persons.toml`).

An article rarely says that "President Biden" is American or that Hillary Clinton is: its reader
knows. Without that knowledge such a person had no country, and events they took part in lost
their party's country. The list is small and curated; a person is matched by the full name
(spelling variants fold together, as they do for actors) or by the surname with one of the
person's roles, and only when no other listed person fits.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.nlp.names import parse_person_name

PERSONS_FILE = Path(__file__).parent / "data" / "persons.toml"
# Words before a role that leave it the same role ("former president", "then-secretary of state").
_ROLE_QUALIFIERS = ("former ", "then-", "then ", "ex-", "outgoing ", "incoming ", "acting ", "late ")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str
    roles: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Index:
    by_full_name: dict[tuple[str, str], KnownPerson]
    by_surname: dict[str, list[KnownPerson]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    entries = tomllib.loads(PERSONS_FILE.read_text("utf-8")).get("person", [])
    by_full_name: dict[tuple[str, str], KnownPerson] = {}
    by_surname: dict[str, list[KnownPerson]] = defaultdict(list)
    for entry in entries:
        person = KnownPerson(entry["name"], entry["country"], frozenset(entry.get("roles", [])))
        for written in (person.name, *entry.get("aliases", [])):
            name = parse_person_name(written)
            if name is None or not name.is_full:
                continue
            by_full_name[(name.first_key, name.surname_key)] = person
            if person not in by_surname[name.surname_key]:
                by_surname[name.surname_key].append(person)
    return _Index(by_full_name, dict(by_surname))


def known_person(first_key: str | None, surname_key: str, role: str | None) -> KnownPerson | None:
    """The listed person with this full name (`first_key` and `surname_key`, as `PersonName`
    gives them), or, for a surname alone, the one listed person of that surname who held `role`
    ("president" for "President Biden"); None when none or several fit."""
    index = _index()
    if first_key:
        return index.by_full_name.get((first_key, surname_key))
    if not role:
        return None
    plain_role = _without_qualifier(role.lower())
    fitting = [person for person in index.by_surname.get(surname_key, []) if plain_role in person.roles]
    return fitting[0] if len(fitting) == 1 else None


def _without_qualifier(role: str) -> str:
    for qualifier in _ROLE_QUALIFIERS:
        if role.startswith(qualifier):
            return role[len(qualifier) :]
    return role
