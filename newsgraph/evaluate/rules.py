"""Per-rule evidence: how often each trigger names the event a gold row is scored on, and how
often it is then right, so that dead rules (never naming one) and harmful ones (often wrong)
can be found and removed. Counts are over the rows of one gold file; a trigger's precision is
the share of the rows it named whose gold label the prediction matched."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsgraph.events.lexicon import EventLexicon, event_lexicon

NO_TRIGGER = "(no event)"
ACLED_FAMILIES = frozenset({"violence", "protest", "strategic"})  # the triggers ACLED-shaped gold can judge


class RuleTally:
    """Hits and correct predictions per trigger id, filled row by row."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.correct: Counter[str] = Counter()

    def add(self, trigger_id: str | None, correct: bool) -> None:
        key = trigger_id or NO_TRIGGER
        self.hits[key] += 1
        self.correct[key] += correct

    def report(self, families: frozenset[str], lexicon: EventLexicon | None = None) -> list[dict[str, Any]]:
        """One entry per trigger of `families` (those that never fired too) and for rows with
        no event, the most hits first."""
        lexicon = lexicon or event_lexicon()
        family_of = {trigger.id: trigger.family for trigger in lexicon.triggers}
        ids = {trigger.id for trigger in lexicon.triggers if trigger.family in families} | set(self.hits)
        rows = [
            {
                "rule": rule,
                "family": family_of.get(rule, ""),
                "hits": self.hits[rule],
                "correct": self.correct[rule],
                "precision": round(self.correct[rule] / self.hits[rule], 3) if self.hits[rule] else None,
            }
            for rule in ids
        ]
        return sorted(rows, key=lambda row: (-row["hits"], row["rule"]))
