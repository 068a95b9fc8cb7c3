"""Police actions in whole news articles, IndiaPoliceEvents-shaped: did the police kill, arrest,
or use force, per article and per sentence.

An article answers a question when one of its events does; a sentence answers when it is the
evidence sentence (it holds the trigger) of such an event. The events are the ones a user gets:
every article goes through the same pipeline as stored ones, with its publication date.

- the police are the event's first party (either party of an ACLED "Excessive force against
  protesters", which ACLED codes with the protesters first): actor kind `police`, or a name
  that says police (`POLICE_NAME`: police, policemen, cops, constables, jawans, a force's acronym);
- KILL: a violent event (PLOVER ASSAULT/FIGHT, or an ACLED political-violence type) with
  at least one killed;
- ARREST: ACLED sub-type Arrests, or PLOVER COERCE in mode arrest;
- FORCE: a violent event, ACLED "Excessive force against protesters", or a KILL.

Document P/R/F1 per question over the articles; sentence F1 over all gold sentences (each gold
sentence is found in the text in order; one not found counts as a miss if labelled).
A fixed fifth of the articles (`evaluate.splits.is_holdout`) is the part never read while
writing rules: `--split holdout` scores it alone, `--split tune` the rest.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.analysis.run import analyse_texts
from newsgraph.evaluate.gold import read_gold_with
from newsgraph.evaluate.splits import select_split
from newsgraph.events.records import ArticleEvent, EventActor
from newsgraph.ingest.decode import repair_text

QUESTIONS = ("KILL", "ARREST", "FORCE")
VIOLENT_PLOVER = frozenset({"ASSAULT", "FIGHT"})
POLITICAL_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
POLICE_NAME = re.compile(
    r"\b(?:police(?:m[ae]n|wom[ae]n)?|cops?|constables?|constabulary|jawans?|gendarm\w*|crpf|bsf|cisf|srp|sap"
    r"|rapid action force|raf|special task force|stf|ats)\b",
    re.IGNORECASE,
)


def _police(actor: EventActor | None) -> bool:
    return actor is not None and (actor.kind == "police" or POLICE_NAME.search(actor.name) is not None)


def is_police(event: ArticleEvent) -> bool:
    """Whether the police did it: its first party, or, for excessive force against protesters,
    either party (ACLED codes the protesters first there and the police who shot at them second)."""
    if event.acled_sub_event_type == "Excessive force against protesters":
        return _police(event.actor1) or _police(event.actor2)
    return _police(event.actor1)


def answers(event: ArticleEvent) -> set[str]:
    """The questions one event answers yes to."""
    if not is_police(event):
        return set()
    violent = event.plover_type in VIOLENT_PLOVER or event.acled_event_type in POLITICAL_VIOLENCE
    found: set[str] = set()
    excessive = event.acled_sub_event_type == "Excessive force against protesters"
    if (violent or excessive) and event.fatalities is not None and (event.fatalities.value or 0) >= 1:
        found.add("KILL")
    if event.acled_sub_event_type == "Arrests" or (event.plover_type == "COERCE" and event.plover_mode == "arrest"):
        found.add("ARREST")
    if violent or excessive or "KILL" in found:
        found.add("FORCE")
    return found


def gold_sentence_spans(text: str, sentences: Iterable[dict[str, Any]]) -> list[tuple[int, int] | None]:
    """Where each gold sentence lies in the text, searched in order (None when not found)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for sentence in sentences:
        needle = sentence["text"].strip()
        found = text.find(needle, cursor) if needle else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(needle)))
        cursor = found + len(needle)
    return spans


def _prf(true_positive: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _as_ingested(row: dict[str, Any]) -> dict[str, Any]:
    """The article as ingest would store it: mojibake repaired in its text and, alike, in its
    gold sentences (so they are still found in it)."""
    sentences = [{**sentence, "text": repair_text(sentence["text"])} for sentence in row["sentences"]]
    return {**row, "text": repair_text(row["text"]), "sentences": sentences}


def evaluate_police(gold_file: str | Path, *, split: str = "all", limit: int | None = None) -> dict[str, Any]:
    gold = read_gold_with(gold_file, ("id", "text", "labels", "sentences"))
    rows = [_as_ingested(row) for row in select_split(gold, split)][:limit]
    started = time.perf_counter()
    published = {row["id"]: row.get("published_at") for row in rows}
    analyses = analyse_texts(((row["id"], row["text"]) for row in rows), published=published)
    doc_counts = {question: [0, 0, 0] for question in QUESTIONS}  # true positives, predicted, gold
    sent_counts = {question: [0, 0, 0] for question in QUESTIONS}
    for row, analysis in zip(rows, analyses, strict=True):
        gold_spans = gold_sentence_spans(row["text"], row["sentences"])
        predicted_doc: set[str] = set()
        predicted_sentences: dict[int, set[str]] = {}
        for event in analysis.events:
            found = answers(event)
            if not found:
                continue
            predicted_doc |= found
            where = next(
                (
                    index
                    for index, span in enumerate(gold_spans)
                    if span is not None and span[0] <= event.trigger.start < span[1]
                ),
                None,
            )
            if where is not None:
                predicted_sentences.setdefault(where, set()).update(found)
        for question in QUESTIONS:
            gold_yes = question in row["labels"]
            said_yes = question in predicted_doc
            doc_counts[question][0] += gold_yes and said_yes
            doc_counts[question][1] += said_yes
            doc_counts[question][2] += gold_yes
            for index, sentence in enumerate(row["sentences"]):
                gold_sentence = question in sentence["labels"]
                said_sentence = question in predicted_sentences.get(index, set())
                sent_counts[question][0] += gold_sentence and said_sentence
                sent_counts[question][1] += said_sentence
                sent_counts[question][2] += gold_sentence
    report: dict[str, Any] = {"articles": len(rows), "split": split}
    for question in QUESTIONS:
        key = question.lower()
        precision, recall, f1 = _prf(*doc_counts[question])
        report[f"{key}_doc_precision"] = round(precision, 4)
        report[f"{key}_doc_recall"] = round(recall, 4)
        report[f"{key}_doc_f1"] = round(f1, 4)
        _p, _r, sentence_f1 = _prf(*sent_counts[question])
        report[f"{key}_sent_f1"] = round(sentence_f1, 4)
        report[f"{key}_gold_articles"] = doc_counts[question][2]
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report
