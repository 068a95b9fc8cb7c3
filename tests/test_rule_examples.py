"""Every entry of the rules file carries its own examples; here they run.

A trigger's examples must each give an event that trigger names (through the whole coder, so
an example the coder's other rules overrule fails too) and its not_examples none it names. A
context list or unnamed-participant pattern must match its examples and not its not_examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.casualty_words import WORDS_FILE, WordList, load_word_lists, word_lists
from newsgraph.events.coder import code_text
from newsgraph.events.lexicon import DATA_FILE, LexiconError, RuleExamples, event_lexicon, load_lexicon, rule_examples

ENTRIES = rule_examples()


def _naming_triggers(text: str) -> set[str]:
    """Ids of the triggers that name the events coded in `text` ("a:b" names both a and b)."""
    return {part for code in code_text(text) for part in code.hit.trigger.id.split(":")}


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{entry.section}:{entry.name}" for entry in ENTRIES])
def test_each_rule_finds_its_examples_and_not_its_near_misses(entry: RuleExamples):
    lexicon = event_lexicon()
    if entry.section == "trigger":
        missed = [text for text in entry.examples if entry.name not in _naming_triggers(text)]
        wrong = [text for text in entry.not_examples if entry.name in _naming_triggers(text)]
    else:
        if entry.name == "hypothetical":  # the words before a trigger, up to the trigger's space
            pattern, examples, not_examples = (
                lexicon.hypothetical,
                [text + " " for text in entry.examples],
                [text + " " for text in entry.not_examples],
            )
        else:
            table = lexicon.context if entry.section == "context" else lexicon.participants
            pattern, examples, not_examples = table[entry.name], list(entry.examples), list(entry.not_examples)
        missed = [text for text in examples if pattern.search(text) is None]
        wrong = [text for text in not_examples if pattern.search(text) is not None]
    assert not missed, f"{entry.section} {entry.name} misses its examples: {missed}"
    assert not wrong, f"{entry.section} {entry.name} finds its not_examples: {wrong}"


def test_every_trigger_has_an_example_in_two_styles_and_every_entry_a_near_miss():
    triggers = [entry for entry in ENTRIES if entry.section == "trigger"]
    assert len(triggers) == len(event_lexicon().triggers)
    assert all(len(entry.examples) >= 2 and entry.not_examples for entry in triggers)


def test_an_entry_without_examples_is_refused(tmp_path: Path):
    text = DATA_FILE.read_text(encoding="utf-8")
    start = text.index("examples = [", text.index('id = "grenade"'))
    end = text.index("]\n", text.index("not_examples = [", start)) + 2
    broken = tmp_path / "triggers.toml"
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(LexiconError, match="trigger 'grenade' needs examples and not_examples"):
        load_lexicon(broken)


WORD_LISTS = list(word_lists().values())


@pytest.mark.parametrize("word_list", WORD_LISTS, ids=[word_list.name for word_list in WORD_LISTS])
def test_each_casualty_word_list_finds_its_examples_and_not_its_near_misses(word_list: WordList):
    pattern = word_list.pattern()
    assert all(pattern.search(text) for text in word_list.examples), word_list.examples
    assert not any(pattern.search(text) for text in word_list.not_examples), word_list.not_examples


def test_a_word_list_without_a_purpose_is_refused(tmp_path: Path):
    text = WORDS_FILE.read_text(encoding="utf-8")
    start = text.index("purpose = ", text.index("[words.month]"))
    broken = tmp_path / "casualties.toml"
    broken.write_text(text[:start] + text[text.index("\n", start) + 1 :], encoding="utf-8")
    with pytest.raises(LexiconError, match="words 'month' needs purpose"):
        load_word_lists(broken)
