"""Quote attribution evaluation on PolNeAR-shaped gold (`{id, text, attributions:[…]}`).

A predicted quote (direct or indirect; fragments are not quotes) matches a gold content span
when the two overlap by at least half of the longer span; matching is one-to-one, best overlap
first. `source_accuracy` is the share of matched quotes with a gold source whose predicted
speaker span overlaps the gold source span, or whose resolved speaker is the actor the gold
source span mentions.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsgraph.analysis.run import analyse_texts
from newsgraph.evaluate.gold import read_gold_with
from newsgraph.nlp.records import ArticleAnalysis, Quote, QuoteKind

MIN_OVERLAP = 0.5


def evaluate_quotes(gold_file: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    rows = read_gold_with(gold_file, ("id", "text", "attributions"))[:limit]
    started = time.perf_counter()
    analyses = (analysed.nlp for analysed in analyse_texts((row["id"], row["text"]) for row in rows))
    predicted_total = gold_total = matched_total = with_source = source_correct = 0
    for row, analysis in zip(rows, analyses, strict=True):
        predicted = [quote for quote in analysis.quotes if quote.kind is not QuoteKind.FRAGMENT]
        gold = [attribution for attribution in row["attributions"] if attribution.get("content")]
        predicted_total += len(predicted)
        gold_total += len(gold)
        for quote, attribution in _match(predicted, gold):
            matched_total += 1
            source = attribution.get("source")
            if source:
                with_source += 1
                source_correct += _source_is_right(quote, source, analysis)
    words = sum(len(row["text"].split()) for row in rows)
    elapsed = time.perf_counter() - started
    precision = matched_total / max(predicted_total, 1)
    recall = matched_total / max(gold_total, 1)
    return {
        "articles": len(rows),
        "gold_quotes": gold_total,
        "predicted_quotes": predicted_total,
        "content_precision": round(precision, 4),
        "content_recall": round(recall, 4),
        "content_f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
        "source_accuracy": round(source_correct / max(with_source, 1), 4),
        "words_per_second": round(words / max(elapsed, 1e-9)),
    }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = max(0, min(a_end, b_end) - max(a_start, b_start))
    return shared / max(a_end - a_start, b_end - b_start, 1)


def _match(predicted: list[Quote], gold: list[dict[str, Any]]) -> list[tuple[Quote, dict[str, Any]]]:
    pairs = []
    for p_index, quote in enumerate(predicted):
        for g_index, attribution in enumerate(gold):
            content = attribution["content"]
            score = _overlap(quote.start, quote.end, content["start"], content["end"])
            if score >= MIN_OVERLAP:
                pairs.append((score, p_index, g_index))
    pairs.sort(reverse=True)
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    matched = []
    for _score, p_index, g_index in pairs:
        if p_index not in used_predicted and g_index not in used_gold:
            used_predicted.add(p_index)
            used_gold.add(g_index)
            matched.append((predicted[p_index], gold[g_index]))
    return matched


def _source_is_right(quote: Quote, source: dict[str, Any], analysis: ArticleAnalysis) -> bool:
    has_speaker = quote.speaker_start is not None and quote.speaker_end is not None
    if has_speaker and min(quote.speaker_end or 0, source["end"]) > max(quote.speaker_start or 0, source["start"]):
        return True
    if quote.speaker_actor is None:
        return False
    return any(
        mention.actor == quote.speaker_actor and mention.start < source["end"] and source["start"] < mention.end
        for mention in analysis.mentions
    )
