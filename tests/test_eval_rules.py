"""`eval events --rules` / `eval case --rules`: each trigger's hits and precision on a gold file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.evaluate.events import evaluate_acled, evaluate_case
from newsgraph.evaluate.rules import NO_TRIGGER, RuleTally

ROWS = [
    ("Police arrested two suspected militants in Maiduguri on Monday.", "Strategic developments", "Arrests"),
    ("Police detained 4 opposition activists in Kano on Friday.", "Strategic developments", "Arrests"),
    ("Militants killed three civilians in an attack on a village near Djibo.", "Violence against civilians", "Attack"),
    ("A drone strike killed two fighters near Idlib.", "Battles", "Armed clash"),  # the strike is no clash
    ("The minister opened a new school in the capital.", "Protests", "Peaceful protest"),  # nothing to find
]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    return path


def _by_rule(report: dict) -> dict[str, dict]:
    return {row["rule"]: row for row in report["rules"]}


def test_each_trigger_is_counted_with_its_precision_and_dead_ones_are_listed(tmp_path: Path):
    gold = _write(
        tmp_path / "acled.jsonl",
        [{"text": text, "event_type": kind, "sub_event_type": sub} for text, kind, sub in ROWS],
    )
    report = evaluate_acled(gold, rules=True)
    rules = _by_rule(report)
    assert sum(row["hits"] for row in rules.values()) == len(ROWS)
    assert rules[NO_TRIGGER]["hits"] == 1 and rules[NO_TRIGGER]["precision"] == 0.0
    fired = [row for row in rules.values() if row["hits"] and row["rule"] != NO_TRIGGER]
    assert sum(row["correct"] for row in fired) == 3  # the two arrests and the attack
    assert any(row["precision"] == 0.0 for row in fired)  # the strike, scored against a clash
    assert any(row["hits"] == 0 and row["precision"] is None for row in rules.values())  # dead here
    assert "rules" not in evaluate_acled(gold)

    shown = CliRunner().invoke(cli, ["eval", "events", str(gold), "--rules"])
    assert shown.exit_code == 0 and "precision" in shown.output and NO_TRIGGER in shown.output


def test_on_case_rows_an_event_in_a_sentence_case_leaves_unlabelled_counts_against_its_trigger(tmp_path: Path):
    gold = _write(
        tmp_path / "case.jsonl",
        [
            {"text": "Police detained 4 opposition activists in Kano on Friday.", "label": "ARREST"},
            {"text": "Police arrested a man for stealing a car in Lagos.", "label": "NONE"},
        ],
    )
    rules = _by_rule(evaluate_case(gold, rules=True))
    fired = [row for row in rules.values() if row["hits"]]
    assert [(row["rule"], row["hits"], row["correct"]) for row in fired] == [("arrest", 2, 1)]


def test_a_tally_counts_rows_without_an_event_under_their_own_name():
    tally = RuleTally()
    tally.add(None, False)
    tally.add("arrest", True)
    tally.add("arrest", False)
    assert (tally.hits["arrest"], tally.correct["arrest"], tally.hits[NO_TRIGGER]) == (2, 1, 1)


def test_eval_events_scores_only_the_rows_of_a_split(tmp_path: Path):
    from newsgraph.evaluate.splits import is_holdout

    ids = [f"row-{number}" for number in range(40)]
    held = [row_id for row_id in ids if is_holdout(row_id)]
    assert held and len(held) < len(ids)
    text, kind, sub = ROWS[0]
    gold = _write(
        tmp_path / "acled.jsonl",
        [{"id": row_id, "text": text, "event_type": kind, "sub_event_type": sub} for row_id in ids],
    )
    assert evaluate_acled(gold, split="holdout")["n"] == len(held)
    assert evaluate_acled(gold, split="tune")["n"] == len(ids) - len(held)
    shown = CliRunner().invoke(cli, ["eval", "events", str(gold), "--split", "holdout", "--json"])
    assert shown.exit_code == 0 and json.loads(shown.output)["n"] == len(held)
