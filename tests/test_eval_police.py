"""`newsgraph eval police`: the questions an event answers, and the scores over articles."""

from __future__ import annotations

import json

import pytest

from newsgraph.evaluate.police import answers, evaluate_police
from newsgraph.evaluate.splits import is_holdout, select_split
from newsgraph.events.casualties import Count
from newsgraph.events.records import ArticleEvent, EventActor, Span


def _event(name: str, kind: str, plover: str, acled: str | None = None, killed: int | None = None, mode=None):
    families = {"Attack": "Violence against civilians", "Arrests": "Strategic developments"}
    return ArticleEvent(
        sentence=0,
        sentence_span=Span(0, 10),
        trigger=Span(0, 4),
        trigger_text="x",
        plover_type=plover,
        plover_mode=mode,
        acled_event_type=families.get(acled or ""),
        acled_sub_event_type=acled,
        actor1=EventActor(name, kind, "IND", Span(0, 1)),
        fatalities=Count(killed) if killed is not None else None,
    )


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event("police", "military", "ASSAULT", "Attack", killed=2), {"KILL", "FORCE"}),
        (_event("Police Forces of India", "police", "ASSAULT", "Attack"), {"FORCE"}),
        (_event("cops", "group", "COERCE", "Arrests", mode="arrest"), {"ARREST"}),
        (_event("CRPF jawans", "military", "FIGHT", killed=1), {"KILL", "FORCE"}),
        (_event("rioters", "group", "ASSAULT", "Attack", killed=3), set()),  # not the police
        (_event("police", "military", "CONSULT"), set()),
    ],
)
def test_what_an_event_answers(event, expected):
    assert answers(event) == expected


def test_eval_police_scores_articles_and_sentences(tmp_path):
    rows = [
        {
            "id": "a",
            "published_at": "2002-03-02",
            "text": "Police opened fire on a mob in Ahmedabad on Friday, killing two men. The city was calm later.",
            "labels": ["KILL", "FORCE"],
            "sentences": [
                {"text": "Police opened fire on a mob in Ahmedabad on Friday, killing two men.", "labels": ["KILL"]},
                {"text": "The city was calm later.", "labels": []},
            ],
        },
        {
            "id": "b",
            "published_at": "2002-03-02",
            "text": "The minister met business leaders in Delhi to discuss tax reform.",
            "labels": [],
            "sentences": [{"text": "The minister met business leaders in Delhi to discuss tax reform.", "labels": []}],
        },
    ]
    gold = tmp_path / "police.jsonl"
    gold.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    report = evaluate_police(gold)
    assert report["articles"] == 2
    assert report["kill_doc_precision"] == report["kill_doc_recall"] == 1.0
    assert report["kill_sent_f1"] == 1.0
    assert report["arrest_doc_f1"] == 0.0 and report["arrest_gold_articles"] == 0


def test_the_held_out_part_is_fixed_and_about_a_fifth():
    rows = [{"id": f"ipe:{number}"} for number in range(2000)]
    held = select_split(rows, "holdout")
    assert 300 < len(held) < 500
    assert len(held) + len(select_split(rows, "tune")) == len(rows)
    assert [row["id"] for row in held] == [row["id"] for row in rows if is_holdout(row["id"])]
    with pytest.raises(ValueError, match="split must be one of"):
        select_split(rows, "test")
