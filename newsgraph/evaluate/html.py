"""`newsgraph eval html`: how well main text is extracted from HTML pages.

Scores are token-level bag-of-words precision/recall/F1 against the gold `text`, averaged
over pages (each page counts once, however long). Rows that carry `with`/`without` snippet
lists instead are scored as the share of `with` snippets found (with_recall) and of `without`
snippets wrongly kept (without_leak).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.clean import clean_document
from newsgraph.errors import GoldDataError
from newsgraph.evaluate.gold import read_gold
from newsgraph.records import InputFormat, RawDocument, SourceLocation

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(token.casefold() for token in _TOKEN.findall(text))


def token_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of `predicted` against `gold`."""
    predicted_tokens, gold_tokens = tokens(predicted), tokens(gold)
    overlap = sum((predicted_tokens & gold_tokens).values())
    precision = overlap / sum(predicted_tokens.values()) if predicted_tokens else 0.0
    recall = overlap / sum(gold_tokens.values()) if gold_tokens else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _normalised(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def extract_for_eval(html: str, url: str | None, *, baseline: bool) -> str:
    """The text newsgraph stores for this page (all its articles), or trafilatura's alone."""
    if baseline:
        import trafilatura

        return trafilatura.extract(html, url=url, include_comments=False) or ""
    document = RawDocument(
        SourceLocation("<gold>"), InputFormat.HTML, "0" * 64, html=html, declared={"url": url} if url else {}
    )
    cleaned = clean_document(document)
    return "\n\n".join(article.text for article in cleaned.articles)


def evaluate_html(gold_path: str | Path, *, baseline: bool = False, limit: int | None = None) -> dict[str, Any]:
    """Score extraction on every gold row; returns the JSON report."""
    text_scores: list[tuple[float, float, float]] = []
    with_found = with_total = without_leaked = without_total = 0
    started = time.perf_counter()
    for index, row in enumerate(read_gold(gold_path)):
        if limit is not None and index >= limit:
            break
        if "html" not in row:
            raise GoldDataError(f"{gold_path}: row {index + 1} has no 'html'")
        predicted = extract_for_eval(row["html"], row.get("url"), baseline=baseline)
        if isinstance(row.get("text"), str):
            text_scores.append(token_scores(predicted, row["text"]))
        if row.get("with") or row.get("without"):
            haystack = _normalised(predicted)
            with_total += len(row.get("with", []))
            with_found += sum(_normalised(snippet) in haystack for snippet in row.get("with", []))
            without_total += len(row.get("without", []))
            without_leaked += sum(_normalised(snippet) in haystack for snippet in row.get("without", []))
    elapsed = time.perf_counter() - started
    pages = max(len(text_scores), 1)
    report: dict[str, Any] = {
        "n": len(text_scores),
        "precision": round(sum(s[0] for s in text_scores) / pages, 4),
        "recall": round(sum(s[1] for s in text_scores) / pages, 4),
        "f1": round(sum(s[2] for s in text_scores) / pages, 4),
        "system": "trafilatura" if baseline else "newsgraph",
        "pages_per_second": round((index + 1) / elapsed, 1) if elapsed else None,
    }
    if with_total or without_total:
        report["n_snippet_rows"] = with_total + without_total
        report["with_recall"] = round(with_found / with_total, 4) if with_total else None
        report["without_leak"] = round(without_leaked / without_total, 4) if without_total else None
    return report
