"""The rules version: one short hash naming the rules and code that made an analysis.

It covers every file the analysis reads its behaviour from: the source and data of the NLP,
geo and events packages (lexicons, trigger tables, the classifier's weights, the fine-tuned
entity model), the analysis package itself, and the spaCy model's name and version. Change any
rule and the version changes, so a database can tell which of its events older rules made
(`newsgraph info`) and redo just those (`newsgraph process --stale`). Hashing about 8 MB takes
a few milliseconds, once per process.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import newsgraph
from newsgraph.nlp.model import BASE_MODEL

PACKAGE_ROOT = Path(newsgraph.__file__).parent
RULE_PACKAGES = ("nlp", "geo", "events", "analysis")
SKIPPED_PARTS = frozenset({"__pycache__"})
DIGITS = 12


@cache
def rules_version() -> str:
    """The rules version of this installation (hex digits)."""
    digest = hashlib.sha256()
    digest.update(f"{BASE_MODEL}=={_model_version()}\n".encode())
    for path in rule_files():
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:DIGITS]


def rule_files() -> list[Path]:
    """Every file the version covers, in a fixed order."""
    files = []
    for package in RULE_PACKAGES:
        for path in (PACKAGE_ROOT / package).rglob("*"):
            if path.is_file() and not SKIPPED_PARTS & set(path.parts) and path.suffix != ".pyc":
                files.append(path)
    return sorted(files, key=lambda path: path.relative_to(PACKAGE_ROOT).as_posix())


def _model_version() -> str:
    try:
        return version(BASE_MODEL.replace("_", "-"))
    except PackageNotFoundError:
        return "unknown"
