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
def _word_classes() -> dict[str, frozenset[str]]:
    """WordNet's words by class ("noun", "verb", "adj", "adv") from the model's lemmatizer
    tables (none if the model lacks them)."""
    package = Path(get_package_path(BASE_MODEL))
    folders = sorted(package.glob("*/lemmatizer/lookups")) or sorted(package.glob("lemmatizer/lookups"))
    if not folders:
        return {}
    index = Lookups().from_disk(folders[0]).get_table(_INDEX_TABLE)
    return {word_class: frozenset(index[word_class]) for word_class in ("noun", "verb", "adj", "adv")}


def is_adverb(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an English adverb: 'Meantime', 'Overnight'."""
    return word.lower() in _word_classes().get("adv", frozenset())


def is_only_adverb(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an adverb and as nothing else: 'Anyhow',
    'Anyplace', 'Nevertheless' (not 'Well', 'Long' or 'Early', which are also names' words)."""
    lower = word.lower()
    classes = _word_classes()
    return lower in classes.get("adv", frozenset()) and not any(
        lower in classes.get(word_class, frozenset()) for word_class in ("noun", "verb", "adj")
    )
