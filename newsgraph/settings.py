"""Tunable limits and thresholds of an ingest run, with the reasons for their defaults."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """Knobs of `newsgraph.ingest`; every field has a safe default."""

    max_record_bytes: int = 16 * MIB
    """A single page (file, JSON line or WARC record) larger than this is rejected: real
    articles are far below it, and a 200 MB line would otherwise be held in memory whole."""

    batch_size: int = 64
    """Pages committed per transaction: a crash loses at most one batch."""

    workers: int = 1
    """Processes for the CPU-bound cleaning step; 1 runs everything in-process."""

    near_duplicate_threshold: float = 0.6
    """Estimated Jaccard similarity (5-word shingles) above which an article is a near
    duplicate of an earlier one. Wire copies with different chrome sit well above 0.8;
    0.6 still catches lightly edited re-writes."""

    min_article_words: int = 5
    """Split-off blocks shorter than this are page furniture, not articles."""
