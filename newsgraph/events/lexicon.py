"""The event coder's data (`events/rules/<language>/triggers.toml`), compiled once.

Triggers and context words are data so that analysts can read and extend what the coder looks
for without reading code; this module only validates and compiles them. Every entry carries
`examples` (text it must find) and `not_examples` (near misses it must not), which
`tests/test_rule_examples.py` runs: a rule is added, or narrowed, by editing data alone, and
the file itself says what each entry is for.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError

RULES_DIR = Path(__file__).parent / "rules"
DEFAULT_LANGUAGE = "en"
DATA_FILE = RULES_DIR / DEFAULT_LANGUAGE / "triggers.toml"
FAMILIES = ("violence", "protest", "strategic", "relation")
# Context lists of statement cues ("threatened to", "plans to"): news often puts the day
# between the verb and its "to" ("threatened on Monday to resume attacks").
STATEMENT_CUES = frozenset({"intent_refusal", "intent_demand", "intent_threat", "intent_promise", "hypothetical"})
DOUBLED_BACKSLASH = re.compile(r"\\\\[a-zA-Z]")
TIME_BEFORE_TO = r"(?: (?:on |last |this |late |early )?(?:\w+day|week|month|year|night|morning|evening))?"
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
)
# PLOVER's quad classes: the first seven types are cooperation, the rest conflict. The actor
# network and `/api/relations` count each actor pair's events on the two sides of this line.
QUAD_CLASSES = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), "verbal cooperation"),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"), "material conflict"),
}


def stance(plover_type: str) -> str:
    """ "cooperation" or "conflict", from the type's PLOVER quad class."""
    return "cooperation" if QUAD_CLASSES[plover_type].endswith("cooperation") else "conflict"


# Names older PLOVER drafts (and this project's issue texts) use for the same categories.
PLOVER_ALIASES = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}


class LexiconError(NewsgraphError):
    """The trigger file is malformed (a bad pattern, an unknown type or family)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    family: str
    plover: str
    mode: str | None
    acled: str | None
    priority: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: tuple[Trigger, ...]
    acled_types: dict[str, str]  # sub-event type → event type
    context: dict[str, re.Pattern[str]]
    hypothetical: re.Pattern[str]  # matched at the end of the words before a trigger
    participants: dict[str, re.Pattern[str]]  # unnamed actors by kind (group, military, civilians, …)


def _alternation(patterns: list[str]) -> str:
    return r"(?<![\w-])(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + r")(?![\w-])"


def _with_time_before_to(cue: str) -> str:
    """A cue "threatened to" also reads "threatened on Monday to", as news writes it."""
    return cue[: -len(" to")] + TIME_BEFORE_TO + " to" if cue.endswith(" to") else cue


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    doubled = next((pattern for pattern in patterns if DOUBLED_BACKSLASH.search(pattern)), None)
    if doubled is not None:  # '\\w' in a TOML literal string is a backslash and a "w", never a word character
        raise LexiconError(f"{DATA_FILE}: {where}: {doubled!r} has a doubled backslash; write \\w in '…' strings")
    try:
        return re.compile(_alternation(patterns), re.IGNORECASE)
    except re.error as error:
        raise LexiconError(f"{DATA_FILE}: bad pattern in {where}: {error}") from error


def rule_languages() -> frozenset[str]:
    """The languages that have event rules: a folder of `RULES_DIR` each."""
    return frozenset(folder.name for folder in RULES_DIR.iterdir() if (folder / "triggers.toml").is_file())


@dataclass(frozen=True, slots=True)
class RuleExamples:
    """One entry of a rules file with the texts it must and must not find."""

    section: str  # "trigger", "context" or "participants"
    name: str
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]


def rule_examples(path: Path = DATA_FILE) -> list[RuleExamples]:
    """Every entry's examples, in file order (for the tests that run them)."""
    return _examples_of(tomllib.loads(path.read_text(encoding="utf-8")), path)


def _examples_of(data: dict[str, Any], path: Path) -> list[RuleExamples]:
    entries = [(("trigger", entry["id"]), entry) for entry in data["trigger"]]
    entries += [(("context", name), entry) for name, entry in data["context"].items()]
    entries += [(("participants", name), entry) for name, entry in data["participants"].items()]
    found = []
    for (section, name), entry in entries:
        examples, not_examples = entry.get("examples") or [], entry.get("not_examples") or []
        if not examples or not not_examples:
            raise LexiconError(f"{path}: {section} {name!r} needs examples and not_examples (run as tests)")
        found.append(RuleExamples(section, name, tuple(examples), tuple(not_examples)))
    return found


def load_lexicon(path: Path = DATA_FILE) -> EventLexicon:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    _examples_of(data, path)  # every entry says what it is for
    acled_types: dict[str, str] = data["acled_types"]
    triggers = []
    for entry in data["trigger"]:
        where = f"trigger {entry.get('id')!r}"
        if entry["family"] not in FAMILIES:
            raise LexiconError(f"{path}: {where}: family must be one of {', '.join(FAMILIES)}")
        if entry["plover"] not in PLOVER_TYPES:
            raise LexiconError(f"{path}: {where}: unknown PLOVER type {entry['plover']!r}")
        if entry.get("acled") is not None and entry["acled"] not in acled_types:
            raise LexiconError(f"{path}: {where}: unknown ACLED sub-event type {entry['acled']!r}")
        triggers.append(
            Trigger(
                id=entry["id"],
                family=entry["family"],
                plover=entry["plover"],
                mode=entry.get("mode"),
                acled=entry.get("acled"),
                priority=int(entry["priority"]),
                pattern=_compile(entry["patterns"], where),
            )
        )
    context = {
        name: [_with_time_before_to(word) for word in words] if name in STATEMENT_CUES else words
        for name, words in ((name, entry["patterns"]) for name, entry in data["context"].items())
    }
    hypothetical = re.compile(
        _alternation(context.pop("hypothetical")) + r"\W*(?:\w+\W+){0,2}$",
        re.IGNORECASE,
    )
    return EventLexicon(
        triggers=tuple(triggers),
        acled_types=acled_types,
        context={name: _compile(words, f"context {name}") for name, words in context.items()},
        hypothetical=hypothetical,
        participants={
            kind: _compile(entry["patterns"], f"participants {kind}") for kind, entry in data["participants"].items()
        },
    )


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    return load_lexicon()
