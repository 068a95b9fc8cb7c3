"""The event-type classifier: its features, the shipped weights, and how it amends the rules."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.evaluate.events import model_note
from newsgraph.events.classifier import NO_EVENT, SubTypeClassifier, load_classifier, text_features
from newsgraph.events.coder import code_text
from tests.conftest import gold_file


def _classifier(label_weights: dict[str, dict[str, float]], override_at: float = 0.5) -> SubTypeClassifier:
    """A real classifier with hand-set weights: each label scores the words given for it."""
    labels = tuple(label_weights)
    terms = sorted({term for weights in label_weights.values() for term in weights})
    weights = np.array([[label_weights[label].get(term, 0.0) for term in terms] for label in labels])
    return SubTypeClassifier(
        labels=labels,
        vocabulary={term: index for index, term in enumerate(terms)},
        idf=np.ones(len(terms), dtype=np.float32),
        weights=weights.astype(np.float32),
        bias=np.zeros(len(labels), dtype=np.float32),
        override_at=override_at,
        drop_at=override_at,
        training_sha256=frozenset(),
    )


def test_features_are_words_numbers_and_word_pairs():
    assert text_features("On 3 May, 12 soldiers were killed.") == [
        "on", "num", "may", "num", "soldiers", "were", "killed",
        "on num", "num may", "may num", "num soldiers", "soldiers were", "were killed",
    ]  # fmt: skip


def test_the_shipped_model_loads_without_pickle_and_gives_probabilities():
    model = load_classifier()
    assert NO_EVENT in model.labels and "Armed clash" in model.labels and "Peaceful protest" in model.labels
    probabilities = model.probabilities("Thousands of people marched peacefully through the capital.")
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-6)
    assert max(probabilities, key=probabilities.__getitem__) == "Peaceful protest"
    assert 0.0 < model.override_at <= 1.0 and len(model.training_sha256) == 4
    assert len(model.holdout_unseen_sha256) == 1 and model.holdout_unseen_sha256 <= model.training_sha256


def test_a_confident_model_relabels_the_rules_event_and_its_plover_type():
    text = "Gunmen killed two people during a march against the governor."
    rules_only = code_text(text, classifier=_classifier({"Attack": {}, NO_EVENT: {}}, override_at=1.1))
    assert [code.acled_sub_event_type for code in rules_only if code.is_acled] != ["Mob violence"]
    model = _classifier({"Mob violence": {"march": 8.0, "killed": 4.0}, "Attack": {}, NO_EVENT: {}})
    (event,) = [code for code in code_text(text, classifier=model) if code.is_acled]
    assert event.acled_sub_event_type == "Mob violence"
    assert (event.plover_type, event.acled_event_type) == ("ASSAULT", "Riots")
    assert text[event.hit.start : event.hit.end]  # the evidence is still the rules' trigger word


def test_a_model_confident_that_acled_would_not_code_it_drops_the_event():
    text = "An explosion at a fireworks factory killed four workers."
    model = _classifier({NO_EVENT: {"factory": 9.0, "fireworks": 9.0}, "Attack": {}})
    assert not [code for code in code_text(text, classifier=model) if code.is_acled]


def test_an_unsure_model_leaves_the_rules_alone():
    text = "Gunmen killed five villagers in an attack on Sunday."
    unsure = _classifier({"Armed clash": {"killed": 0.1}, "Attack": {"killed": 0.1}, NO_EVENT: {}}, override_at=0.9)
    rules = _classifier({"Attack": {}, NO_EVENT: {}}, override_at=1.1)
    assert [c.acled_sub_event_type for c in code_text(text, classifier=unsure)] == [
        c.acled_sub_event_type for c in code_text(text, classifier=rules)
    ]


def test_eval_says_whether_the_model_was_trained_on_the_gold_file(tmp_path):
    unseen = tmp_path / "unseen.jsonl"
    unseen.write_text('{"text": "Protesters marched in Accra.", "label": "PEACE_PROTEST"}\n', encoding="utf-8")
    assert model_note(unseen) == "on, not trained on this file"
    assert model_note(gold_file("events/case2021_task2.jsonl")).startswith("trained on this file")
    world = gold_file("events/acled_world_2022.jsonl")  # trained on its tune rows, never its held-out fifth
    assert model_note(world).startswith("trained on this file")
    assert model_note(world, "tune").startswith("trained on this file")
    assert model_note(world, "holdout") == "on, trained on this file's other rows, never on its held-out fifth"
    assert model_note(gold_file("events/case2021_task2.jsonl"), "holdout").startswith("trained on this file")
