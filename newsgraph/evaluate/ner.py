"""Entity-level NER evaluation on CoNLL-2003 style gold (exact span and type, gold tokens).

Our labels map to CoNLL's four types (`newsgraph.nlp.entities.COARSE_LABEL`):
PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, PRODUCT, LAW, WORK_OF_ART, LANGUAGE,
MISC→MISC. Dates, numbers, money etc. have no CoNLL type and are ignored. Each gold sentence
is one document, tokenised as the gold file says.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluate.conll import bio_spans, read_conll
from newsgraph.nlp.entities import COARSE_LABEL
from newsgraph.nlp.model import load_bare_pipeline, load_pipeline

BATCH_SIZE = 256


def evaluate_ner(gold_file: str | Path, *, baseline: bool = False, limit: int | None = None) -> dict[str, Any]:
    """Precision, recall and F1 overall and per type; `baseline` scores the bare small model."""
    sentences = [sentence for document in read_conll(gold_file) for sentence in document.sentences][:limit]
    nlp: Language = load_bare_pipeline() if baseline else load_pipeline()
    counts: dict[str, Counter[str]] = {label: Counter() for label in ("PER", "ORG", "LOC", "MISC")}
    started = time.perf_counter()
    docs = (Doc(nlp.vocab, words=sentence.words) for sentence in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=BATCH_SIZE), strict=True):
        predicted = {(ent.start, ent.end, COARSE_LABEL[ent.label_]) for ent in doc.ents if ent.label_ in COARSE_LABEL}
        gold = bio_spans(sentence.tags)
        for label, tally in counts.items():
            predicted_of_type = {span for span in predicted if span[2] == label}
            gold_of_type = {span for span in gold if span[2] == label}
            tally["tp"] += len(predicted_of_type & gold_of_type)
            tally["fp"] += len(predicted_of_type - gold_of_type)
            tally["fn"] += len(gold_of_type - predicted_of_type)
    elapsed = time.perf_counter() - started
    total: Counter[str] = sum(counts.values(), Counter())
    return {
        "system": "spacy-small-bare" if baseline else "newsgraph",
        "sentences": len(sentences),
        **_scores(total),
        "per_type": {label: _scores(tally) for label, tally in counts.items()},
        "words_per_second": round(sum(len(sentence.words) for sentence in sentences) / max(elapsed, 1e-9)),
    }


def _scores(tally: Counter[str]) -> dict[str, float]:
    precision = tally["tp"] / max(tally["tp"] + tally["fp"], 1)
    recall = tally["tp"] / max(tally["tp"] + tally["fn"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
