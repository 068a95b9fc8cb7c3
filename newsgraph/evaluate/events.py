"""Event coding against ACLED, CASE 2021 and PLOVER shaped gold.

Every text goes through the same pipeline as stored articles (entities, actors, events); no
publication date is given, so dates resolve only from what the text states.

- ACLED rows: the text's main event (its first ACLED-coded event) against the row's type,
  sub-type, place, actor1, date and toll. The toll is the one stored for that event (its
  sentence's, what follow-up sentences add, a coding statement such as "Fatalities coded as
  3"), not a fresh reading of the whole text: users get the stored one. Gold actor1
  country: the country ACLED's actor name carries ("Military Forces of France", "Protesters
  (Burkina Faso)"), else the event's country (local groups such as "Taliban").
- CASE rows: the main event's ACLED sub-type mapped to CASE's label names (`CASE_LABELS`);
  no event, or a type CASE does not have, is "NONE", and gold labels outside ACLED's
  typology (disasters, crime, diplomacy) are "NONE" too. Macro-F1 over the gold labels.
- PLOVER rows: the sentence's lead event (`lead_event`: the first its main clause reports —
  "Lebanon complained to the UN over Israeli air raids" is a complaint, not an air raid)
  against `event`; actor countries against the ISO-3 codes among `source`/`target`.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from newsgraph.analysis.run import analyse_parsed
from newsgraph.evaluate.gate import file_sha256
from newsgraph.evaluate.gold import read_gold_with
from newsgraph.evaluate.rules import ACLED_FAMILIES, RuleTally
from newsgraph.evaluate.splits import select_split
from newsgraph.events.classifier import sub_type_classifier
from newsgraph.events.records import ArticleEvent
from newsgraph.events.selection import lead_event, main_event
from newsgraph.geo.shapes import distance_km
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.doc_text import plain_spaced
from newsgraph.nlp.model import load_pipeline

WITHIN_KM = 25.0
UNRESOLVED_KM = 20_000.0
NO_EVENT = "NONE"
CASE_LABELS = {
    "Air/drone strike": "AIR_STRIKE",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Suicide bomb": "SUIC_BOMB",
    "Chemical weapon": "CHEM_WEAP",
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Sexual violence": "SEX_VIOL",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
}
_PARENTHESISED = re.compile(r"\(([^()]+)\)")
_OF_COUNTRY = re.compile(r"\bof ([A-Z][\w' -]+?)(?: \(|$)")


def model_note(gold_file: str | Path, split: str = "all") -> str:
    """Whether the event-type classifier took part, and whether it was trained on this very
    file (then type figures measure fit, not accuracy on unseen text) — unless only the file's
    held-out fifth is scored and the model never saw that fifth."""
    classifier = sub_type_classifier()
    if classifier is None:
        return "off: rules only"
    digest = file_sha256(Path(gold_file))
    if split == "holdout" and digest in classifier.holdout_unseen_sha256:
        return "on, trained on this file's other rows, never on its held-out fifth"
    if digest in classifier.training_sha256:
        return "trained on this file: type figures are fit, not held-out (training/README.md has cross-validated ones)"
    return "on, not trained on this file"


def text_events(texts: list[str]) -> Iterator[list[ArticleEvent]]:
    """The events of each gold text, coded the way stored articles are (no publication date).
    The training script codes its rows with this too, so it scores what the pipeline does."""
    nlp = load_pipeline()
    for index, doc in enumerate(nlp.pipe((plain_spaced(text) for text in texts), batch_size=64)):
        yield analyse_parsed(str(index), doc).events


def macro_f1(pairs: list[tuple[str, str]], labels: set[str]) -> tuple[float, dict[str, float]]:
    """Macro-F1 over `labels` of (gold, predicted) pairs."""
    true_positive: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    for gold, predicted in pairs:
        gold_count[gold] += 1
        predicted_count[predicted] += 1
        true_positive[gold] += gold == predicted
    per_label = {}
    for label in sorted(labels):
        precision = true_positive[label] / predicted_count[label] if predicted_count[label] else 0.0
        recall = true_positive[label] / gold_count[label] if gold_count[label] else 0.0
        per_label[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (sum(per_label.values()) / len(per_label) if per_label else 0.0), per_label


def gold_actor_country(actor: str | None, event_country: str | None) -> str | None:
    registry = country_registry()
    for candidate in [*_PARENTHESISED.findall(actor or ""), *_OF_COUNTRY.findall(actor or "")]:
        iso3 = registry.country_of_name(candidate.strip())
        if iso3:
            return iso3
    return registry.country_of_name(event_country) if event_country else None


def _stored_fatalities(event: ArticleEvent | None) -> int:
    """The dead the pipeline stores for the main event (no count is 0, as ACLED codes it). The
    event's own count is what users get, so that is what is scored, not a re-reading of the text."""
    if event is None or event.fatalities is None:
        return 0
    return event.fatalities.value or 0


def _gold_date(text: str | None) -> str | None:
    if not text:
        return None
    for pattern in ("%d %B %Y", "%Y-%m-%d", "%B %d, %Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date().isoformat()
        except ValueError:
            continue
    return None


def evaluate_acled(
    gold_file: str | Path, *, split: str = "all", limit: int | None = None, rules: bool = False
) -> dict[str, Any]:
    """The figures of each row's main event on `split` (`evaluate.splits`: "tune" is the part
    read while writing rules, "holdout" the fifth never read); with `rules`, also each trigger's
    hits and precision (sub-event type right) under "rules"."""
    required = ("text", "event_type", "sub_event_type") + (("id",) if split != "all" else ())
    rows = select_split(read_gold_with(gold_file, required), split)[:limit]
    started = time.perf_counter()
    tally = RuleTally()
    type_hits = sub_hits = fatality_hits = nonzero_rows = nonzero_hits = actor_rows = actor_hits = date_hits = 0
    sub_pairs: list[tuple[str, str]] = []
    errors: list[float] = []
    for row, events in zip(rows, text_events([row["text"] for row in rows]), strict=True):
        event = main_event(events)
        predicted_sub = event.acled_sub_event_type if event else None
        type_hits += event is not None and event.acled_event_type == row["event_type"]
        sub_hits += predicted_sub == row["sub_event_type"]
        sub_pairs.append((row["sub_event_type"], predicted_sub or NO_EVENT))
        tally.add(event.trigger_id if event else None, predicted_sub == row["sub_event_type"])
        fatalities = _stored_fatalities(event)
        gold_fatalities = int(row.get("fatalities") or 0)
        fatality_hits += fatalities == gold_fatalities
        if gold_fatalities > 0:
            nonzero_rows += 1
            nonzero_hits += fatalities == gold_fatalities
        if row.get("latitude") is not None:
            place = event.location.place if event and event.location else None
            errors.append(
                distance_km(place.lat, place.lon, float(row["latitude"]), float(row["longitude"]))
                if place
                else UNRESOLVED_KM
            )
        gold_country = gold_actor_country(row.get("actor1"), row.get("country"))
        if gold_country:
            actor_rows += 1
            actor_hits += bool(event and event.actor1 and event.actor1.country == gold_country)
        predicted_date = (
            event.date.value.isoformat() if event and event.date and event.date.precision == "day" else None
        )
        date_hits += predicted_date is not None and predicted_date == _gold_date(row.get("event_date"))
    count = max(len(rows), 1)
    macro, per_label = macro_f1(sub_pairs, {gold for gold, _ in sub_pairs})
    report: dict[str, Any] = {
        "n": len(rows),
        "event_type_accuracy": round(type_hits / count, 4),
        "sub_event_type_accuracy": round(sub_hits / count, 4),
        "sub_event_type_macro_f1": round(macro, 4),
        "fatalities_exact": round(fatality_hits / count, 4),
        "fatalities_exact_nonzero": round(nonzero_hits / max(nonzero_rows, 1), 4),
        "geo_within_25km": round(sum(error <= WITHIN_KM for error in errors) / max(len(errors), 1), 4),
        "geo_median_km": round(statistics.median(errors), 1) if errors else None,
        "actor1_country_accuracy": round(actor_hits / max(actor_rows, 1), 4),
        "date_exact": round(date_hits / count, 4),
        "sub_event_type_f1": {label: round(value, 3) for label, value in per_label.items()},
        "split": split,
        "event_model": model_note(gold_file, split),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if rules:
        report["rules"] = tally.report(ACLED_FAMILIES)
    return report


def evaluate_case(gold_file: str | Path, *, limit: int | None = None, rules: bool = False) -> dict[str, Any]:
    """Macro-F1 of each sentence's main event's CASE label; with `rules`, each trigger's hits and
    precision, where the sentences CASE gives no in-scope label are the negatives."""
    rows = read_gold_with(gold_file, ("text", "label"))[:limit]
    started = time.perf_counter()
    tally = RuleTally()
    in_scope = set(CASE_LABELS.values())
    pairs: list[tuple[str, str]] = []
    for row, events in zip(rows, text_events([row["text"] for row in rows]), strict=True):
        event = main_event(events)
        predicted = CASE_LABELS.get(event.acled_sub_event_type or "", NO_EVENT) if event else NO_EVENT
        gold = row["label"] if row["label"] in in_scope else NO_EVENT
        pairs.append((gold, predicted))
        tally.add(event.trigger_id if event else None, gold == predicted)
    macro, per_label = macro_f1(pairs, {gold for gold, _ in pairs})
    report: dict[str, Any] = {
        "n": len(rows),
        "macro_f1": round(macro, 4),
        "accuracy": round(sum(gold == predicted for gold, predicted in pairs) / max(len(pairs), 1), 4),
        "per_label_f1": {label: round(value, 3) for label, value in per_label.items()},
        "mapping": "ACLED sub-event type → CASE label; no event or other types → NONE (newsgraph.evaluate.events)",
        "event_model": model_note(gold_file),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if rules:
        report["rules"] = tally.report(ACLED_FAMILIES)
    return report


def _country_codes(actors: list[dict[str, Any]]) -> set[str]:
    registry = country_registry()
    return {actor["code"] for actor in actors if actor.get("code") in registry.by_iso3}


def _set_f1(true_positive: int, predicted: int, gold: int) -> float:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate_plover(gold_file: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    rows = read_gold_with(gold_file, ("text", "event"))[:limit]
    started = time.perf_counter()
    hits = 0
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}  # true positives, predicted, gold
    per_type: Counter[tuple[str, bool]] = Counter()
    for row, events in zip(rows, text_events([row["text"] for row in rows]), strict=True):
        event = lead_event(events, row["text"])
        correct = event is not None and event.plover_type == row["event"]
        hits += correct
        per_type[(row["event"], correct)] += 1
        for side, actor in (("source", event.actor1 if event else None), ("target", event.actor2 if event else None)):
            predicted = {actor.country} if actor is not None and actor.country else set()
            gold = _country_codes(row.get(side) or [])
            counts[side][0] += len(predicted & gold)
            counts[side][1] += len(predicted)
            counts[side][2] += len(gold)
    types = sorted({label for label, _ in per_type})
    return {
        "n": len(rows),
        "event_accuracy": round(hits / max(len(rows), 1), 4),
        "source_country_f1": round(_set_f1(*counts["source"]), 4),
        "target_country_f1": round(_set_f1(*counts["target"]), 4),
        "event_model": model_note(gold_file),
        "per_type_accuracy": {
            label: round(per_type[(label, True)] / (per_type[(label, True)] + per_type[(label, False)]), 3)
            for label in types
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
