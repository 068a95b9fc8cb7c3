"""Link each new article to the earlier article it duplicates, exactly or nearly."""

from __future__ import annotations

from newsgraph.dedup.fingerprint import Fingerprint, estimated_jaccard
from newsgraph.store.base import DuplicateLink, Store


def find_duplicate(store: Store, print_: Fingerprint, threshold: float) -> DuplicateLink | None:
    """The canonical (earliest) article this fingerprint duplicates, or None.

    Exact matches on normalised text win; otherwise the LSH candidates sharing a band are
    verified on their full signatures, and the most similar one above `threshold` is taken.
    Links always point at a canonical article, never at another duplicate.
    """
    exact = store.find_exact(print_.text_sha256)
    if exact is not None:
        return DuplicateLink(exact, "exact", 1.0)
    best: DuplicateLink | None = None
    for candidate in store.band_candidates(print_.band_keys):
        similarity = estimated_jaccard(print_.signature, candidate.signature)
        if similarity >= threshold and (best is None or similarity > best.similarity):
            best = DuplicateLink(candidate.canonical_id, "near", round(similarity, 4))
    return best
