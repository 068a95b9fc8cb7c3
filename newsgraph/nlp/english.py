"""English word classes from the lemmatizer tables that ship inside the small spaCy model.

The analysis pipeline leaves the lemmatizer out (it costs time and nothing reads lemmas), but its
lookup tables hold WordNet's lists of English nouns, verbs, adjectives and adverbs: the one
offline English vocabulary we already install. They are read once, straight from the model's
folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.lookups import Lookups
from spacy.util import get_package_path

from newsgraph.nlp.model import BASE_MODEL

_INDEX_TABLE = "lemma_index"


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    """WordNet's adverbs from the model's lemmatizer tables (none if the model lacks them)."""
    package = Path(get_package_path(BASE_MODEL))
    folders = sorted(package.glob("*/lemmatizer/lookups")) or sorted(package.glob("lemmatizer/lookups"))
    if not folders:
        return frozenset()
    return frozenset(Lookups().from_disk(folders[0]).get_table(_INDEX_TABLE)["adv"])


def is_adverb(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an English adverb: 'Meantime', 'Overnight'."""
    return word.lower() in _adverbs()
