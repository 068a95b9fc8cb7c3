"""Fingerprints for duplicate detection: a hash of normalised text, and a MinHash signature.

Both are pure functions of the article text so they can be computed next to cleaning, in
worker processes, and compared later against the store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERMUTATIONS = 128
SHINGLE_WORDS = 5
BANDS = 25
ROWS_PER_BAND = 5
"""25 bands of 5 rows put the LSH S-curve's midpoint near Jaccard 0.52: pairs above ~0.6 are
found with >90% probability, and candidates are then verified on the full signature."""
_SEED = 1

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    text_sha256: str
    signature: bytes
    band_keys: tuple[str, ...]


def normalise_text(text: str) -> str:
    """Case, accents, punctuation and spacing folded away: chrome-free copies of one story
    that differ only in typography hash the same."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def shingles(normalised: str) -> set[bytes]:
    words = normalised.split()
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def fingerprint(text: str) -> Fingerprint:
    normalised = normalise_text(text)
    minhash = MinHash(num_perm=NUM_PERMUTATIONS, seed=_SEED)
    minhash.update_batch(list(shingles(normalised)))
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    return Fingerprint(
        text_sha256=hashlib.sha256(normalised.encode()).hexdigest(),
        signature=values.tobytes(),
        band_keys=band_keys(values),
    )


def band_keys(values: np.ndarray) -> tuple[str, ...]:
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        digest = hashlib.blake2b(chunk.tobytes(), digest_size=8).hexdigest()
        keys.append(f"{band:02d}:{digest}")
    return tuple(keys)


def estimated_jaccard(signature_a: bytes, signature_b: bytes) -> float:
    a = np.frombuffer(signature_a, dtype=np.uint64)
    b = np.frombuffer(signature_b, dtype=np.uint64)
    return float(np.count_nonzero(a == b)) / len(a)
