"""The analysis over the store: analyse what is not yet analysed, resolve actors, store.

Incremental: only articles without an analysis of the current `ANALYSIS_VERSION` are read.
Each article is stored in its own transaction, so an interrupted run keeps everything it
finished and the next run picks up the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from newsgraph.analysis.run import analyse_texts
from newsgraph.events.records import ArticleEvent
from newsgraph.nlp.analyse import AnalysisFailure
from newsgraph.nlp.records import ArticleAnalysis
from newsgraph.nlp.resolve import ActorRegistry, resolve_actors
from newsgraph.records import Rejection, SourceLocation

# Bump when the analysis changes in a way that should redo stored articles.
ANALYSIS_VERSION = 2  # 2: events
CHUNK_SIZE = 256


class AnalysisStore(ActorRegistry, Protocol):
    """What the stage needs of a store (the SQLite store provides it)."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def articles_to_analyse(
        self, version: int, *, reprocess: bool = False, after: int = 0, limit: int = 256
    ) -> list[tuple[int, str, str, str | None]]: ...

    def count_articles_to_analyse(self, version: int, *, reprocess: bool = False) -> int: ...

    def mark_analysed(self, article_id: str, version: int) -> None: ...

    def record_rejection(self, rejection: Rejection) -> None: ...

    def replace_analysis(
        self,
        analysis: ArticleAnalysis,
        actor_ids: Sequence[int | None],
        evidence: Sequence[tuple[int, str]],
        version: int,
    ) -> None: ...

    def replace_events(
        self, article_id: str, events: Sequence[ArticleEvent], actor_ids: Sequence[int | None]
    ) -> None: ...


@dataclass(slots=True)
class AnalysisSummary:
    articles: int = 0
    words: int = 0
    mentions: int = 0
    quotes: int = 0
    claims: int = 0
    events: int = 0
    failed: int = 0  # articles whose analysis failed (recorded in the rejections)
    seconds: float = 0.0


def analyse_store(
    store: AnalysisStore,
    *,
    reprocess: bool = False,
    on_article: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> AnalysisSummary:
    """Analyse every stored article that needs it; returns what was done.

    `on_total` hears how many articles are due before the first is read (for a progress bar),
    `on_article` each article's id once it is stored.
    """
    started = time.perf_counter()
    summary = AnalysisSummary()
    if on_total is not None:
        on_total(store.count_articles_to_analyse(ANALYSIS_VERSION, reprocess=reprocess))
    after = 0
    while chunk := store.articles_to_analyse(ANALYSIS_VERSION, reprocess=reprocess, after=after, limit=CHUNK_SIZE):
        after = chunk[-1][0]  # bounded memory: a chunk of texts at a time, in storage order
        words = {article_id: len(text.split()) for _rowid, article_id, text, _published in chunk}
        published = {article_id: published_at for _rowid, article_id, _text, published_at in chunk}
        texts = ((article_id, text) for _rowid, article_id, text, _published in chunk)

        def record_failure(failure: AnalysisFailure) -> None:
            location = SourceLocation(f"article {failure.article_id}", failure.stage)
            with store.transaction():
                store.record_rejection(Rejection(location, "analysis failed", failure.reason))
                store.mark_analysed(failure.article_id, ANALYSIS_VERSION)
            summary.failed += 1
            if on_article is not None:
                on_article(failure.article_id)

        for analysed in analyse_texts(texts, published=published, on_failure=record_failure):
            analysis = analysed.nlp
            with store.transaction():
                resolution = resolve_actors(analysis, store)
                store.replace_analysis(analysis, resolution.actor_ids, resolution.evidence, ANALYSIS_VERSION)
                store.replace_events(analysis.article_id, analysed.events, resolution.actor_ids)
            summary.articles += 1
            summary.words += words[analysis.article_id]
            summary.mentions += len(analysis.mentions)
            summary.quotes += sum(1 for quote in analysis.quotes if quote.kind.value != "fragment")
            summary.claims += len(analysis.claims)
            summary.events += len(analysed.events)
            if on_article is not None:
                on_article(analysis.article_id)
    summary.seconds = time.perf_counter() - started
    return summary
