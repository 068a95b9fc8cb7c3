"""The quality gate: re-run every pinned evaluation and compare with committed floors.

`eval/baseline.json` maps each evaluation to its gold file (relative to the data folder),
the SHA-256 of that file when the floors were measured, and the floors; an entry may name the
evaluator it runs (`"evaluator": "events"`), so that one evaluation is pinned on several gold
files (Afghanistan and Burkina Faso), and a `split` (`"split": "holdout"`: only the fixed fifth
never read while writing rules, see `evaluate.splits`). A score below its
floor fails the gate; so does a gold file whose hash changed (floors measured on other data
mean nothing). `--update` only ever raises floors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldDataError
from newsgraph.evaluate.html import evaluate_html


def _evaluate_ner(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.ner import evaluate_ner

    return evaluate_ner(gold)


def _evaluate_quotes(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.quotes import evaluate_quotes

    return evaluate_quotes(gold)


def _evaluate_actors(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.actors import evaluate_actors

    return evaluate_actors(gold)


def _evaluate_geo(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.geo import evaluate_geo

    return evaluate_geo(gold)


def _evaluate_events(gold: Path, split: str = "all") -> dict[str, Any]:
    from newsgraph.evaluate.events import evaluate_acled

    return evaluate_acled(gold, split=split)


def _evaluate_case(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.events import evaluate_case

    return evaluate_case(gold)


def _evaluate_police(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.police import evaluate_police

    return evaluate_police(gold)


def _evaluate_plover(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.events import evaluate_plover

    return evaluate_plover(gold)


def _evaluate_stories(gold: Path) -> dict[str, Any]:
    from newsgraph.evaluate.stories import evaluate_stories

    return evaluate_stories(gold)


# An entry may name a `split` of its gold file (`evaluate.splits`): evaluators that take one
# accept it as their second argument.
EVALUATORS: dict[str, Callable[..., dict[str, Any]]] = {
    "html": lambda gold: evaluate_html(gold),
    "ner": _evaluate_ner,
    "quotes": _evaluate_quotes,
    "actors": _evaluate_actors,
    "geo": _evaluate_geo,
    "events": _evaluate_events,
    "case": _evaluate_case,
    "plover": _evaluate_plover,
    "police": _evaluate_police,
    "stories": _evaluate_stories,
}


@dataclass(slots=True)
class GateResult:
    passed: bool = True
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.passed = False
        self.lines.append(f"FAIL {line}")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# Figures the event-type classifier decides; on its own training file they measure fit.
TYPE_METRICS = frozenset(
    {"event_type_accuracy", "sub_event_type_accuracy", "sub_event_type_macro_f1", "macro_f1", "accuracy"}
)


def _trained_on(scores: dict[str, Any]) -> bool:
    return str(scores.get("event_model", "")).startswith("trained on this file")


def run_gate(baseline_file: str | Path, data_dir: str | Path, *, update: bool = False) -> GateResult:
    baseline_path, data_root = Path(baseline_file), Path(data_dir)
    try:
        baseline: dict[str, Any] = json.loads(baseline_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldDataError(f"cannot read baseline {baseline_path}: {error}") from error
    result = GateResult()
    for name, entry in baseline.items():
        evaluator = EVALUATORS.get(entry.get("evaluator", name))
        if evaluator is None:
            result.fail(f"{name}: no evaluator of that name (known: {', '.join(sorted(EVALUATORS))})")
            continue
        gold = data_root / entry["gold"]
        if not gold.exists():
            result.fail(f"{name}: gold file {gold} is missing")
            continue
        if file_sha256(gold) != entry["gold_sha256"]:
            result.fail(f"{name}: {gold} changed since the floors were measured; re-baseline on purpose")
            continue
        scores = evaluator(gold, entry["split"]) if "split" in entry else evaluator(gold)
        fitted = _trained_on(scores)
        for metric, floor in entry["floors"].items():
            score = scores.get(metric)
            fit = " [fit: the event-type model was trained on this file]" if fitted and metric in TYPE_METRICS else ""
            if score is None or score < floor:
                result.fail(f"{name}.{metric} = {score} < floor {floor}{fit}")
            else:
                result.lines.append(f"ok   {name}.{metric} = {score} (floor {floor}){fit}")
                if update and score > floor:
                    entry["floors"][metric] = score
    if update and result.passed:
        baseline_path.write_text(json.dumps(baseline, indent=2) + "\n", "utf-8")
        result.lines.append(f"floors raised where scores improved: {baseline_path}")
    return result
