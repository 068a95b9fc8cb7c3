"""Well-known persons and their countries (`data/persons.toml`).

An article rarely says that "President Biden" is American or that Hillary Clinton is: its reader
knows. Without that knowledge such a person had no country, and events they took part in lost
their party's country. The list is small and curated; a person is matched by the full name
(spelling variants fold together, as they do for actors), by the surname with one of the
person's roles, or by a surname that names no one else in news ("Putin"), and only when no
other listed person fits.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.nlp.names import name_key, parse_person_name

PERSONS_FILE = Path(__file__).parent / "data" / "persons.toml"
# Words before a role that leave it the same role ("former president", "then-secretary of state").
_ROLE_QUALIFIERS = ("former ", "then-", "then ", "ex-", "outgoing ", "incoming ", "acting ", "late ")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str
    roles: frozenset[str]
    distinctive: bool = False  # the surname alone means this person ("Putin said")


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
        person = KnownPerson(
            entry["name"], entry["country"], frozenset(entry.get("roles", [])), entry.get("distinctive", False)
        )
        for written in (person.name, *entry.get("aliases", [])):
            name = parse_person_name(written)
            if name is None or not name.is_full:
                continue
            by_full_name[(name.first_key, name.surname_key)] = person
            if person not in by_surname[name.surname_key]:
                by_surname[name.surname_key].append(person)
        if "family_name" in entry:  # "Xi" of Xi Jinping: the family name written first
            by_surname[name_key(entry["family_name"])].append(person)
    return _Index(by_full_name, dict(by_surname))


def is_known_surname(surname_key: str) -> bool:
    """Whether any listed person bears this surname key ("bush", "putin")."""
    return surname_key in _index().by_surname


def known_person(first_key: str | None, surname_key: str, role: str | None) -> KnownPerson | None:
    """The listed person with this full name (`first_key` and `surname_key`, as `PersonName`
    gives them), or, for a surname alone, the one listed person of that surname who held `role`
    ("president" for "President Biden"), else the one whose surname alone names them
    (`distinctive`: "Putin"); None when none or several fit."""
    index = _index()
    if first_key:
        return index.by_full_name.get((first_key, surname_key))
    namesakes = index.by_surname.get(surname_key, [])
    if role:
        plain_role = _without_qualifier(role.lower())
        fitting = [person for person in namesakes if plain_role in person.roles]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    distinctive = [person for person in namesakes if person.distinctive]
    return distinctive[0] if len(distinctive) == 1 else None


def _without_qualifier(role: str) -> str:
    for qualifier in _ROLE_QUALIFIERS:
        if role.startswith(qualifier):
            return role[len(qualifier) :]
    return role
