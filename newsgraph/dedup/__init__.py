"""Duplicate detection: exact (normalised-text hash) and near (MinHash LSH)."""

from newsgraph.dedup.detect import find_duplicate
from newsgraph.dedup.fingerprint import Fingerprint, fingerprint

__all__ = ["Fingerprint", "find_duplicate", "fingerprint"]
