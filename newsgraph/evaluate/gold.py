"""Reading JSON-lines gold files, shared by every evaluation."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldDataError


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSON-lines gold file (gzipped or not); raises `GoldDataError` on bad rows."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise GoldDataError(f"{path} line {line_no}: invalid JSON ({error.msg})") from error
    except OSError as error:
        raise GoldDataError(f"cannot read gold file {path}: {error}") from error


def read_gold_with(path: str | Path, keys: Iterable[str]) -> list[dict[str, Any]]:
    """All rows, each checked to carry `keys` (the shape the evaluation relies on)."""
    required = tuple(keys)
    rows = []
    for number, row in enumerate(read_gold(path), start=1):
        missing = [key for key in required if not isinstance(row, dict) or key not in row]
        if missing:
            raise GoldDataError(f"{path} row {number}: missing {', '.join(missing)}")
        rows.append(row)
    return rows
