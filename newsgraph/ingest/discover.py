"""Expand the user's PATH arguments (files, folders, globs) into a sorted list of files."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

_GLOB_CHARS = set("*?[")


def discover_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Return (files in a stable order without repeats, arguments that matched nothing).

    Folders are walked recursively; hidden files and folders (".git", ".DS_Store") are
    skipped because they are never news.
    """
    found: dict[Path, None] = {}
    unmatched: list[str] = []
    for argument in paths:
        text = str(argument)
        # glob.glob, unlike Path.glob, accepts absolute patterns as users type them.
        hits = sorted(glob.glob(text, recursive=True)) if _GLOB_CHARS & set(text) else [text]  # noqa: PTH207
        candidates = [Path(hit) for hit in hits]
        matched = False
        for candidate in candidates:
            for file in _expand(candidate):
                found.setdefault(file.resolve(), None)
                matched = True
        if not matched:
            unmatched.append(text)
    return list(found), unmatched


def _expand(candidate: Path) -> list[Path]:
    if candidate.is_file():
        return [candidate]
    if candidate.is_dir():
        return sorted(
            path
            for path in candidate.rglob("*")
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(candidate).parts)
        )
    return []
