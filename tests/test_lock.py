"""The dependency locks are complete and exact, so installing them needs no resolver.

`make setup` installs the locks with --no-deps: a package that the lock lacks would then be
missing at run time instead of quietly fetched at whatever version the index offers that day.
These tests fail when a lock entry is not pinned with hashes, or when an installed locked
package asks for something (extras included) that no lock provides.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements"
LOCKS = ("bootstrap.lock", "main.lock", "dev.lock")
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;\\]+)")


def _entries(lock: str) -> dict[str, tuple[str, str]]:
    """name → (version, the entry's whole text with its hash lines)."""
    text = (REQUIREMENTS / lock).read_text("utf-8")
    entries: dict[str, tuple[str, str]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        line = block.strip()
        if not line or line.startswith(("#", "-")):
            continue
        found = ENTRY.match(line)
        assert found, f"{lock}: not pinned with ==: {line.splitlines()[0]}"
        entries[canonicalize_name(found.group(1))] = (found.group(3), block)
    return entries


def _locked() -> dict[str, str]:
    return {name: version for lock in LOCKS for name, (version, _block) in _entries(lock).items()}


@pytest.mark.parametrize("lock", LOCKS)
def test_every_lock_entry_is_pinned_and_hashed(lock):
    entries = _entries(lock)
    assert entries
    for name, (_version, block) in entries.items():
        assert "--hash=sha256:" in block, f"{lock}: {name} has no hash"


def _requested_extras() -> dict[str, set[str]]:
    """Extras that locked packages ask of each other ("weasel" wants "smart-open[http]")."""
    requested: dict[str, set[str]] = {}
    environment = default_environment()
    for name in _locked():
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate(environment | {"extra": ""}):
                requested.setdefault(canonicalize_name(requirement.name), set()).update(requirement.extras)
    return requested


def test_locked_packages_need_nothing_the_locks_lack():
    locked = _locked()
    requested = _requested_extras()
    environment = default_environment()
    missing = []
    for name in locked:
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a wheel for another platform or Python; pip check covers the installed set
        for text in requires:
            requirement = Requirement(text)
            extras = {""} | requested.get(name, set())
            if requirement.marker is not None and not any(
                requirement.marker.evaluate(environment | {"extra": extra}) for extra in extras
            ):
                continue
            wanted = canonicalize_name(requirement.name)
            if wanted not in locked:
                missing.append(f"{name} needs {requirement} (no lock has {wanted})")
            elif not requirement.specifier.contains(locked[wanted], prereleases=True):
                missing.append(f"{name} needs {requirement}, the lock pins {wanted}=={locked[wanted]}")
    assert not missing, "\n".join(missing)


def test_setup_installs_the_locks_without_a_resolver():
    makefile = (REQUIREMENTS.parent / "Makefile").read_text("utf-8")
    install = next(line for line in makefile.splitlines() if "-r requirements/main.lock" in line)
    assert "--no-deps" in install and "--require-hashes" in install
    assert "-r requirements/bootstrap.lock" in makefile and "$(PIP) check" in makefile
