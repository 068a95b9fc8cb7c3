"""`eval html` scoring and the gate, on small gold files written by the test."""

from __future__ import annotations

import gzip
import json

import pytest

from newsgraph.evaluate.gate import file_sha256, run_gate
from newsgraph.evaluate.html import evaluate_html, token_scores
from tests.conftest import gold_file
from tests.test_ingest_readers import ARTICLE_HTML


def test_eval_token_scores():
    assert token_scores("a b c", "a b c") == (1.0, 1.0, 1.0)
    precision, recall, _ = token_scores("a b c d", "a b")
    assert (precision, recall) == (0.5, 1.0)
    assert token_scores("", "a") == (0.0, 0.0, 0.0)


def _gold(tmp_path, rows):
    path = tmp_path / "gold.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def test_eval_html_text_and_snippet_rows(tmp_path):
    gold_text = (
        "Russian drones struck two dormitories in Rzhyshchiv overnight, killing at least four people, officials "
        "said on Wednesday. Ukraine's air force said it shot down 16 of 21 Iranian-made Shahed drones launched "
        "from the south and the north. Rescue workers were still searching the rubble for survivors on "
        "Wednesday afternoon, the emergency service said."
    )
    path = _gold(
        tmp_path,
        [
            {"id": "1", "html": ARTICLE_HTML, "text": gold_text},
            {
                "id": "2",
                "html": ARTICLE_HTML,
                "with": ["shot down 16 of 21"],
                "without": ["All rights reserved", "Home | World"],
            },
        ],
    )
    report = evaluate_html(path)
    assert report["n"] == 1 and report["f1"] > 0.9
    assert report["with_recall"] == 1.0 and report["without_leak"] == 0.0


def test_eval_gate_fails_below_floor_and_on_changed_gold(tmp_path):
    data = tmp_path / "data"
    (data / "html").mkdir(parents=True)
    gold = _gold(data / "html", [{"id": "1", "html": ARTICLE_HTML, "text": "Russian drones struck two dormitories"}])
    baseline = tmp_path / "baseline.json"
    entry = {
        "gold": "html/gold.jsonl.gz",
        "gold_sha256": file_sha256(gold),
        "floors": {"recall": 0.5, "precision": 0.99},
    }
    baseline.write_text(json.dumps({"html": entry}))
    result = run_gate(baseline, data)
    assert not result.passed and any("html.precision" in line and "FAIL" in line for line in result.lines)
    entry["gold_sha256"] = "0" * 64
    baseline.write_text(json.dumps({"html": entry}))
    assert any("changed" in line for line in run_gate(baseline, data).lines)


def test_a_gate_entry_may_run_a_named_evaluator_on_another_gold_file(tmp_path):
    data = tmp_path / "data"
    (data / "html").mkdir(parents=True)
    gold = _gold(data / "html", [{"id": "1", "html": ARTICLE_HTML, "text": "Russian drones struck two dormitories"}])
    entry = {"evaluator": "html", "gold": "html/gold.jsonl.gz", "gold_sha256": file_sha256(gold)}
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"html_second_set": {**entry, "floors": {"recall": 0.5}}}))
    assert run_gate(baseline, data).passed
    baseline.write_text(json.dumps({"html_second_set": {**entry, "evaluator": "nonesuch", "floors": {}}}))
    assert any("no evaluator" in line for line in run_gate(baseline, data).lines)


@pytest.mark.gold
def test_eval_html_on_scrapinghub_beats_trafilatura_alone():
    path = gold_file("html/scrapinghub.jsonl.gz")
    ours = evaluate_html(path, limit=60)
    alone = evaluate_html(path, limit=60, baseline=True)
    assert ours["f1"] >= alone["f1"] - 0.002


@pytest.mark.gold
def test_eval_ner_on_gold_sample_beats_the_bare_model():
    from newsgraph.evaluate.ner import evaluate_ner

    gold = gold_file("ner/conll2003_dev.txt")
    ours = evaluate_ner(gold, limit=400)
    bare = evaluate_ner(gold, limit=400, baseline=True)
    assert ours["f1"] > bare["f1"] + 0.1
    assert set(ours["per_type"]) == {"PER", "ORG", "LOC", "MISC"}


@pytest.mark.gold
def test_eval_quotes_on_gold_sample_reports_the_documented_metrics():
    from newsgraph.evaluate.quotes import evaluate_quotes

    report = evaluate_quotes(gold_file("quotes/polnear_dev.jsonl"), limit=5)
    assert {"content_precision", "content_recall", "content_f1", "source_accuracy"} <= set(report)
    assert 0.0 < report["content_f1"] <= 1.0


def test_eval_quotes_scores_a_perfect_and_an_empty_prediction(tmp_path):
    from newsgraph.evaluate.quotes import evaluate_quotes

    text = 'Officials said that the bridge was closed. "We will rebuild it," the mayor said.'
    content = text.index('"We'), text.index(" the mayor")
    speaker = text.index("the mayor"), text.index(" said.", text.index("the mayor"))
    row = {
        "id": "t",
        "text": text,
        "attributions": [
            {
                "source": {"start": speaker[0], "end": speaker[1]},
                "cue": None,
                "content": {"start": content[0], "end": content[1]},
            },
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = evaluate_quotes(path)
    assert report["content_recall"] == 1.0 and report["source_accuracy"] == 1.0
    assert report["content_precision"] == 0.5  # the reported speech is not in this gold
    assert report["direct_content_recall"] == 1.0 and report["direct_content_precision"] == 1.0
    assert report["indirect_content_precision"] == 0.0  # per kind: the unmatched one is reported speech


def test_gold_rows_missing_a_required_key_are_named(tmp_path):
    from newsgraph.errors import GoldDataError
    from newsgraph.evaluate.gold import read_gold_with

    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "a", "toponyms": []}\n{"text": "b"}\n', encoding="utf-8")
    with pytest.raises(GoldDataError, match="row 2: missing toponyms"):
        read_gold_with(path, ("text", "toponyms"))


def test_eval_actors_scores_clusters_and_types_and_punishes_spurious_actors(tmp_path):
    from newsgraph.evaluate.actors import evaluate_actors

    text = (
        "Ukrainian President Volodymyr Zelensky met NATO officials in Brussels on Monday. "
        "Zelensky said the alliance must send more air defences."
    )
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    right = {"name": "Volodymyr Zelensky", "type": "person", "mentions": ["Volodymyr Zelensky", "Zelensky"]}
    nato = {"name": "NATO", "type": "organisation", "mentions": ["NATO"]}
    annotations = tmp_path / "gold.jsonl"
    annotations.write_text(json.dumps({"id": "a1", "actors": [right, nato]}) + "\n", encoding="utf-8")
    report = evaluate_actors(corpus, annotations)
    assert report["b3_recall"] == 1.0 and report["type_accuracy"] == 1.0
    split = {"name": "Zelensky", "type": "organisation", "mentions": ["Zelensky"]}
    annotations.write_text(
        json.dumps({"id": "a1", "actors": [{**right, "mentions": ["Volodymyr Zelensky"]}, split]}) + "\n",
        encoding="utf-8",
    )
    report = evaluate_actors(corpus, annotations)  # NATO is now spurious, Zelensky over-merged
    assert report["b3_precision"] < 0.7 and report["type_accuracy"] == 0.5


def test_eval_actors_names_an_article_missing_from_the_corpus(tmp_path):
    from newsgraph.errors import GoldDataError
    from newsgraph.evaluate.actors import evaluate_actors

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "other", "text": "Nothing here."}) + "\n", encoding="utf-8")
    annotations = tmp_path / "gold.jsonl"
    annotations.write_text(json.dumps({"id": "a1", "actors": []}) + "\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match="a1"):
        evaluate_actors(corpus, annotations)


@pytest.mark.gold
def test_eval_quotes_says_when_it_scores_the_cue_models_training_file():
    from newsgraph.evaluate.quotes import evaluate_quotes

    assert "trained on this file" in evaluate_quotes(gold_file("quotes/polnear_train.jsonl"), limit=2)["cue_model"]
    assert "cue_model" not in evaluate_quotes(gold_file("quotes/polnear_dev.jsonl"), limit=2)


def test_a_gate_entry_may_score_one_split_of_its_gold_file(tmp_path):
    from newsgraph.evaluate.splits import is_holdout

    data = tmp_path / "data"
    (data / "events").mkdir(parents=True)
    ids = [f"note-{number}" for number in range(20)]
    rows = [
        {
            "id": row_id,
            # the held-out rows are attacks the rules find, the others texts with no event
            "text": "Militants killed three civilians in a village." if is_holdout(row_id) else "The sky was blue.",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
        }
        for row_id in ids
    ]
    gold = data / "events" / "acled.jsonl"
    gold.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    entry = {"evaluator": "events", "gold": "events/acled.jsonl", "gold_sha256": file_sha256(gold)}
    baseline = tmp_path / "baseline.json"
    floors = {"sub_event_type_accuracy": 0.99}
    baseline.write_text(json.dumps({"held": {**entry, "split": "holdout", "floors": floors}}))
    assert run_gate(baseline, data).passed
    baseline.write_text(json.dumps({"all": {**entry, "floors": floors}}))
    assert not run_gate(baseline, data).passed
