"""The casualty vocabulary (`events/rules/en/casualties.toml`), loaded once and handed out as
regular-expression alternatives for `newsgraph.events.casualty_patterns` to arrange.

Number words come from `newsgraph.nlp.numbers`, the one list the NLP claims and the events
share; the rest is data, each list with its purpose and the examples the tests run.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.events.lexicon import RULES_DIR, LexiconError
from newsgraph.nlp.numbers import CARDINAL_WORDS, DIGIT_WORDS

WORDS_FILE = RULES_DIR / "en" / "casualties.toml"


@dataclass(frozen=True, slots=True)
class WordList:
    name: str
    purpose: str
    words: tuple[str, ...]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]

    def pattern(self) -> re.Pattern[str]:
        """The list on its own, as a word (for its examples)."""
        return re.compile(r"(?<![\w-])" + alternatives(self.words) + r"(?![\w-])", re.IGNORECASE)


def load_word_lists(path: Path = WORDS_FILE) -> dict[str, WordList]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists = {}
    for name, entry in data["words"].items():
        missing = [key for key in ("purpose", "words", "examples", "not_examples") if not entry.get(key)]
        if missing:
            raise LexiconError(f"{path}: words {name!r} needs {', '.join(missing)}")
        word_list = WordList(
            name, entry["purpose"], tuple(entry["words"]), tuple(entry["examples"]), tuple(entry["not_examples"])
        )
        try:
            word_list.pattern()
        except re.error as error:
            raise LexiconError(f"{path}: bad pattern in words {name!r}: {error}") from error
        lists[name] = word_list
    return lists


@cache
def word_lists() -> dict[str, WordList]:
    return load_word_lists()


def alternatives(words: tuple[str, ...] | list[str]) -> str:
    """`words` as one regular-expression group, tried in order."""
    return words[0] if len(words) == 1 else "(?:" + "|".join(words) + ")"


def words(name: str) -> tuple[str, ...]:
    return word_lists()[name].words


def group(name: str) -> str:
    """The named list as one group (`alternatives`)."""
    return alternatives(words(name))


def number_pattern() -> str:
    """A count as news writes it: digits with separators, number words ("twenty-one", "two
    hundred"), or a vague amount ("dozens")."""
    compound = "|".join((*DIGIT_WORDS, "hundred", "thousand"))
    return (
        r"(?:\d+(?:[,.]\d+)*\b|(?:"
        + "|".join(CARDINAL_WORDS)
        + r")(?:[- ](?:"
        + compound
        + r"))*|"
        + "|".join(words("vague_number"))
        + ")"
    )
