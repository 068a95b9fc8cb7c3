"""Toponym recognition and resolution on GeoWebNews / GeoVirus shaped gold.

Recognition: predicted toponyms (our GPE, LOC and FAC entities) against gold toponyms that have
coordinates, matched one-to-one by span overlap. Resolution, on the matched ones: share within
161 km of the gold point (the field's usual threshold) and the median error; a recognised
toponym we cannot resolve counts as a miss at 20,000 km.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import read_gold_with
from newsgraph.geo.resolve import resolve_toponyms
from newsgraph.geo.shapes import distance_km
from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.doc_text import plain_spaced
from newsgraph.nlp.model import load_pipeline

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
UNRESOLVED_KM = 20_000.0
WITHIN_KM = 161.0


def evaluate_geo(gold_file: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    rows = read_gold_with(gold_file, ("text", "toponyms"))[:limit]
    nlp = load_pipeline()
    registry = country_registry()
    started = time.perf_counter()
    predicted_total = gold_total = matched = 0
    errors: list[float] = []
    for row, doc in zip(rows, nlp.pipe(plain_spaced(row["text"]) for row in rows), strict=True):
        predicted = [ent for ent in doc.ents if ent.label_ in TOPONYM_LABELS]
        gold = [toponym for toponym in row["toponyms"] if toponym.get("lat") is not None]
        predicted_total += len(predicted)
        gold_total += len(gold)
        context = Counter(
            country
            for ent in doc.ents
            if (country := registry.country_of_name(ent.text) or registry.country_of_demonym(ent.text))
        )
        places = resolve_toponyms([ent.text for ent in predicted], context)
        used: set[int] = set()
        for ent, place in zip(predicted, places, strict=True):
            match = next(
                (
                    index
                    for index, toponym in enumerate(gold)
                    if index not in used and ent.start_char < toponym["end"] and toponym["start"] < ent.end_char
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            matched += 1
            truth = gold[match]
            errors.append(
                distance_km(place.lat, place.lon, truth["lat"], truth["lon"]) if place is not None else UNRESOLVED_KM
            )
    precision = matched / max(predicted_total, 1)
    recall = matched / max(gold_total, 1)
    return {
        "articles": len(rows),
        "gold_toponyms": gold_total,
        "predicted_toponyms": predicted_total,
        "recognition_precision": round(precision, 4),
        "recognition_recall": round(recall, 4),
        "recognition_f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
        "accuracy_161km": round(sum(error <= WITHIN_KM for error in errors) / max(len(errors), 1), 4),
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "seconds": round(time.perf_counter() - started, 1),
    }
