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


@pytest.mark.gold
def test_eval_html_on_scrapinghub_beats_trafilatura_alone():
    path = gold_file("html/scrapinghub.jsonl.gz")
    ours = evaluate_html(path, limit=60)
    alone = evaluate_html(path, limit=60, baseline=True)
    assert ours["f1"] >= alone["f1"] - 0.002
