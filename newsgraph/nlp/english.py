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


def is_english_word(word: str) -> bool:
    """Whether WordNet lists `word` (any case) in any class: "laying", "proxy"; not "Obama"."""
    lower = word.lower()
    return any(lower in words for words in _word_classes().values())


def is_adverb(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an English adverb: 'Meantime', 'Overnight'."""
    return word.lower() in _word_classes().get("adv", frozenset())


def is_adjective(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an English adjective: 'Super', 'Black'."""
    return word.lower() in _word_classes().get("adj", frozenset())


def is_only_adverb(word: str) -> bool:
    """Whether WordNet lists `word` (any case) as an adverb and as nothing else: 'Anyhow',
    'Anyplace', 'Nevertheless' (not 'Well', 'Long' or 'Early', which are also names' words)."""
    return only_word_class(word) == "adv"


def only_word_class(word: str) -> str | None:
    """The one class ("noun", "verb", "adj" or "adv") WordNet lists `word` (any case) in; None
    when it lists it in none or in several ('Lurid' is only an adjective, 'Avoid' only a verb;
    'Hunt' and 'Rich' are nouns too, as names' words are)."""
    lower = word.lower()
    classes = [word_class for word_class, words in _word_classes().items() if lower in words]
    return classes[0] if len(classes) == 1 else None


MIN_PLURAL_LENGTH = 5  # "Bus", "Mars", "Hess": short words ending in s are names as often as plurals


def is_plural_noun(word: str) -> bool:
    """Whether `word` (any case) is the plural of a WordNet noun and no WordNet word itself:
    'Witnesses', 'Floods', 'Surveys'; not 'Wales' or 'Athens', which WordNet lists as they are,
    and not 'Kiss' or a short name like 'Mars'. A surname may still look like one ('Sanders',
    'Cheeks'), so callers need more evidence than this."""
    lower = word.lower()
    classes = _word_classes()
    if len(lower) < MIN_PLURAL_LENGTH or not lower.endswith("s") or lower.endswith("ss"):
        return False
    if any(lower in words for words in classes.values()):
        return False
    nouns = classes.get("noun", frozenset())
    stems = [lower[:-1]] + ([lower[:-2], lower[:-3] + "y"] if lower.endswith(("es", "ies")) else [])
    return any(stem in nouns for stem in stems)


# Endings of nouns for people ("protester", "demonstrator", "activist", "resident", "citizen",
# "witness", "paramedic", "local", "candidate"): their plurals name a crowd the events stage takes
# as a party ("Protesters demanded …"), so they are not dropped as mere common words.
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "ic", "al", "ate", "man", "zen", "th", "ew")


# Plurals for people, armed or not, without such an ending.
_PEOPLE_PLURALS = frozenset(
    {"rebels", "forces", "troops", "bandits", "militias", "guerrillas", "thugs", "mobs", "crowds", "families",
     "relatives", "parents", "children", "girls", "boys", "nurses", "victims", "hostages", "unions", "parties",
     "allies", "neighbours", "neighbors", "pirates", "tribes", "clans", "gangs", "cadres", "marines", "police"}
)  # fmt: skip


def names_people(plural: str) -> bool:
    """Whether a plural (as `is_plural_noun` reads it) is a noun for people: one of
    `_PEOPLE_PLURALS` or a word with the ending of one ("protesters", "citizens", "gunmen")."""
    lower = plural.lower()
    stem = lower[:-2] if lower.endswith("sses") else lower[:-1]
    return lower in _PEOPLE_PLURALS or stem.endswith(_PEOPLE_ENDINGS) or lower.endswith("men")


def is_plural_for_people(word: str) -> bool:
    """Whether `word` (any case) is a plural noun for people: "Gunmen" (a WordNet noun in -man),
    "Protesters", "Militants" (`is_plural_noun` and `names_people`)."""
    lower = word.lower()
    if lower.endswith("men") and len(lower) > len("men") + 1:
        return lower[: -len("men")] + "man" in _word_classes().get("noun", frozenset())
    return is_plural_noun(word) and names_people(word)
