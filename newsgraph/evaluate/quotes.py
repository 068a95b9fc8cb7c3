"""Quote attribution evaluation on PolNeAR-shaped gold (`{id, text, attributions:[…]}`).

A predicted quote (direct or indirect; fragments are not quotes) matches a gold content span
when the two overlap by at least half of the longer span; matching is one-to-one, best overlap
first. `source_accuracy` is the share of matched quotes with a gold source whose predicted
speaker span overlaps the gold source span, or whose resolved speaker is the actor the gold
source span mentions.

Each figure is also given per kind: a gold quote is direct when its content opens with a
quotation mark, indirect otherwise (PolNeAR does not say); a predicted quote has its own kind.
Precision of a kind counts that kind's predictions, recall that kind's gold quotes. Scored on
the file the cue model was trained on (PolNeAR train), the report says so: that measures fit.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.analysis.run import analyse_texts
from newsgraph.evaluate.gold import read_gold_with
from newsgraph.nlp.attribution_cues import load_cue_model
from newsgraph.nlp.records import ArticleAnalysis, Quote, QuoteKind

MIN_OVERLAP = 0.5


def evaluate_quotes(gold_file: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    rows = read_gold_with(gold_file, ("id", "text", "attributions"))[:limit]
    started = time.perf_counter()
    analyses = (analysed.nlp for analysed in analyse_texts((row["id"], row["text"]) for row in rows))
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in _KINDS}
    for row, analysis in zip(rows, analyses, strict=True):
        predicted = [quote for quote in analysis.quotes if quote.kind is not QuoteKind.FRAGMENT]
        gold = [attribution for attribution in row["attributions"] if attribution.get("content")]
        for quote in predicted:
            counts[quote.kind.value]["predicted"] += 1
        for attribution in gold:
            counts[_gold_kind(attribution, row["text"])]["gold"] += 1
        for quote, attribution in _match(predicted, gold):
            counts[quote.kind.value]["matched_predicted"] += 1
            counts[_gold_kind(attribution, row["text"])]["matched_gold"] += 1
            source = attribution.get("source")
            if source:
                counts[quote.kind.value]["with_source"] += 1
                counts[quote.kind.value]["source_correct"] += _source_is_right(quote, source, analysis)
    words = sum(len(row["text"].split()) for row in rows)
    elapsed = time.perf_counter() - started
    total = sum(counts.values(), Counter())
    report: dict[str, Any] = {
        "articles": len(rows),
        "gold_quotes": total["gold"],
        "predicted_quotes": total["predicted"],
        **_scores(total, ""),
    }
    for kind in _KINDS:
        report.update(_scores(counts[kind], f"{kind}_"))
    report["words_per_second"] = round(words / max(elapsed, 1e-9))
    if hashlib.sha256(Path(gold_file).read_bytes()).hexdigest() == load_cue_model().training_sha256:
        report["cue_model"] = "trained on this file: the figures measure fit"
    return report


_KINDS = (QuoteKind.DIRECT.value, QuoteKind.INDIRECT.value)
_OPENING_MARKS = ('"', "\u201c", "\u2018", "'", "\u00ab")


def _gold_kind(attribution: dict[str, Any], text: str) -> str:
    """Direct when the gold content opens with a quotation mark."""
    content = attribution["content"]
    opens_quoted = text[content["start"] : content["end"]].lstrip().startswith(_OPENING_MARKS)
    return QuoteKind.DIRECT.value if opens_quoted else QuoteKind.INDIRECT.value


def _scores(counts: Counter[str], prefix: str) -> dict[str, float]:
    precision = counts["matched_predicted"] / max(counts["predicted"], 1)
    recall = counts["matched_gold"] / max(counts["gold"], 1)
    return {
        f"{prefix}content_precision": round(precision, 4),
        f"{prefix}content_recall": round(recall, 4),
        f"{prefix}content_f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
        f"{prefix}source_accuracy": round(counts["source_correct"] / max(counts["with_source"], 1), 4),
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
