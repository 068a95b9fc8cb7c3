"""The confidence of an event report: the model file loads, scores are probabilities, and the
parse's reading moves them the way the training data says (a report whose first party is not
the clause's doer is less likely right than one whose first party is)."""

from __future__ import annotations

import json

import pytest

from newsgraph.events import confidence
from newsgraph.events.confidence import ConfidenceModel, ConfidenceModelError, event_features
from newsgraph.events.stage import extract_events
from newsgraph.nlp.analyse import analyse_doc
from newsgraph.nlp.model import load_pipeline


def _events(text: str) -> list:
    doc = load_pipeline()(text)
    return extract_events(doc, analyse_doc("a", doc), published_at="2024-03-10")


def test_every_report_gets_a_probability_from_the_shipped_model():
    events = _events(
        "Police arrested 14 protesters in Ahmedabad on Sunday. "
        "Russian forces shelled the town of Kupiansk on Monday, killing two civilians."
    )
    assert events and all(0.0 < event.confidence < 1.0 for event in events)


def test_the_parse_reading_is_part_of_the_features():
    (event,) = _events("Hillary Clinton backed a no-fly zone in Syria on Tuesday.")
    features = event_features(event)
    assert "actor1_is=doer" in features and "clause=main" in features and "tense=VBD" in features


def test_a_first_party_that_is_not_the_doer_lowers_the_score():
    model = confidence.confidence_model()
    base = ["type=SUPPORT", "relation", "rule=support", "actor1=person", "actor1_named", "clause=main"]
    assert model.probability([*base, "actor1_is=doer"]) > model.probability([*base, "actor1_is=other"])


def test_an_unreadable_model_is_a_clear_error(tmp_path, monkeypatch):
    broken = tmp_path / "confidence.json"
    broken.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    monkeypatch.setattr(confidence, "MODEL_FILE", broken)
    confidence.confidence_model.cache_clear()
    try:
        with pytest.raises(ConfidenceModelError, match="make train-confidence"):
            confidence.confidence_model()
    finally:
        confidence.confidence_model.cache_clear()


def test_probability_is_the_logistic_of_bias_plus_weights():
    model = ConfidenceModel(bias=-1.0, weights={"a": 2.0, "b": 0.5})
    assert model.probability(["a"]) == pytest.approx(0.7311, abs=1e-4)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(0.8176, abs=1e-4)
