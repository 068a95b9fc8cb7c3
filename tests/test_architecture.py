"""Packages import in one direction: a package may import only from packages in lower layers.

This pins the stage order of `newsgraph.analysis` (nlp → geo → events → store → analysis): an
import that goes back up (the NLP stage reaching into events, the store into the analysis)
fails here, with the file that made it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import newsgraph

PACKAGE_ROOT = Path(newsgraph.__file__).parent
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "records", "settings"}),
    frozenset({"clean", "ingest", "executor"}),
    frozenset({"nlp"}),
    frozenset({"geo"}),
    frozenset({"events"}),
    frozenset({"stories"}),
    frozenset({"store"}),
    frozenset({"dedup", "analysis", "export"}),
    frozenset({"pipeline", "evaluate", "api"}),
    frozenset({"cli", "web", "__init__"}),
)


def layer_of(package: str) -> int:
    for index, members in enumerate(LAYERS):
        if package in members:
            return index
    raise AssertionError(f"newsgraph.{package} is in no layer of tests/test_architecture.py: add it")


def imports(path: Path) -> set[str]:
    """The newsgraph packages a module imports from, at any depth (type-checking ones too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsgraph."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[1] for alias in node.names if alias.name.startswith("newsgraph.")}
    return found


def test_every_package_imports_only_from_lower_layers():
    wrong = []
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        parts = path.relative_to(PACKAGE_ROOT).parts
        package = parts[0].removesuffix(".py")
        for target in imports(path) - {package}:
            if layer_of(target) >= layer_of(package):
                wrong.append(f"{path.relative_to(PACKAGE_ROOT.parent)} imports newsgraph.{target}")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_an_upward_import(tmp_path: Path):
    module = tmp_path / "module.py"
    module.write_text("from newsgraph.events.extract import find_events\nimport newsgraph.store.sqlite\n")
    assert imports(module) == {"events", "store"}
    assert layer_of("events") > layer_of("nlp")  # so this import in newsgraph/nlp would be reported
