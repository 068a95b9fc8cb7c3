"""Fingerprints: deterministic, typography-blind for exact matching, graded for near matching."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.dedup.fingerprint import estimated_jaccard, fingerprint

STORY = (
    "Ukraine's military reported shooting down 16 of 21 Iranian-made Shahed drones, which targeted "
    "northern Ukraine and the capital, while a strike on two college dormitories killed at least four people."
)


def test_dedup_exact_hash_ignores_case_punctuation_and_spacing():
    assert fingerprint(STORY).text_sha256 == fingerprint("  " + STORY.upper().replace(",", " ,") + " ").text_sha256
    assert fingerprint(STORY).text_sha256 != fingerprint(STORY.replace("four", "five")).text_sha256


def test_dedup_similarity_orders_edits():
    base = fingerprint(STORY * 3)
    light = fingerprint((STORY * 3).replace("capital", "city", 1))
    other = fingerprint("Grain exports resumed through the Black Sea corridor after talks in Istanbul, traders said.")
    assert estimated_jaccard(base.signature, light.signature) > 0.6
    assert estimated_jaccard(base.signature, other.signature) < 0.2


@given(st.text(min_size=1, max_size=500))
def test_dedup_fingerprint_is_deterministic(text):
    assert fingerprint(text) == fingerprint(text)
