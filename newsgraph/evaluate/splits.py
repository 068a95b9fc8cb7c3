"""A fixed part of every dev file that is never read while writing rules.

Rules written while reading a file's misses fit that file; the held-out part says how much of a
figure is fit. A row is held out by the hash of its id, so the split is the same on every
machine and in every run, and does not depend on the file's order.
"""

from __future__ import annotations

import hashlib
from typing import Any

SPLITS = ("all", "tune", "holdout")
HOLDOUT_SHARE = 5  # one row in five


def is_holdout(row_id: str) -> bool:
    """Whether the row with this id belongs to the held-out fifth."""
    return hashlib.sha256(row_id.encode("utf-8")).digest()[0] % HOLDOUT_SHARE == 0


def select_split(rows: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """The rows of `split`: "all", "tune" (the four fifths read while writing rules) or "holdout"."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    if split == "all":
        return rows
    wanted = split == "holdout"
    return [row for row in rows if is_holdout(str(row["id"])) == wanted]
