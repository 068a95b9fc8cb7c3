"""The analysis over the store: analyse what is due, resolve actors, store.

Incremental: an article is due when it has no analysis, or one of an older store layout
(`ANALYSIS_VERSION`); with `stale`, also when other rules made it (`rules_version`). Each
article is stored in its own transaction, so an interrupted run keeps everything it finished
and the next run picks up the rest. Articles in a language without rules are skipped with a
recorded reason (`newsgraph.analysis.languages`). Then the articles without a story are grouped
(`newsgraph.analysis.stories`), and when the run changed any article's reports or stories, the
merge step runs over all reports (`newsgraph.analysis.merging`), joining reports only within
a story.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from newsgraph.analysis.claims import ClaimStore, new_claimant, release_dead_claims
from newsgraph.analysis.languages import skip_reason
from newsgraph.analysis.merging import MergeStore, MergeSummary, merge_events
from newsgraph.analysis.records import AnalysedArticle
from newsgraph.analysis.run import ArticleInput, analyse_batch
from newsgraph.analysis.stories import StoryStore, StorySummary, assign_stories
from newsgraph.analysis.versions import rules_version
from newsgraph.events.records import ArticleEvent
from newsgraph.executor import Executor, InProcessExecutor
from newsgraph.nlp.analyse import AnalysisFailure
from newsgraph.nlp.records import ArticleAnalysis
from newsgraph.nlp.resolve import ActorRegistry, resolve_actors
from newsgraph.records import Rejection, SourceLocation
from newsgraph.store.sql_analysis_state import PendingArticle

# Bump when the stored form of the analysis changes, so that every store redoes its articles
# without being asked; a change of rules alone changes `rules_version()` instead.
ANALYSIS_VERSION = 2  # 2: events
CHUNK_SIZE = 256  # articles read from the store at a time: bounds memory whatever the store holds
BATCH_SIZE = 16  # articles per unit of work sent to a worker


class AnalysisStore(ActorRegistry, MergeStore, ClaimStore, StoryStore, Protocol):
    """What the stage needs of a store (the SQLite store provides it)."""

    def claim_articles_to_analyse(
        self,
        version: int,
        *,
        claimant: str,
        stale_rules: str | None = None,
        reprocess: bool = False,
        after: int = 0,
        limit: int = 256,
    ) -> list[PendingArticle]: ...

    def count_articles_to_analyse(
        self, version: int, *, stale_rules: str | None = None, reprocess: bool = False
    ) -> int: ...

    def mark_analysed(self, article_id: str, version: int, rules: str, outcome: str = "analysed") -> None: ...

    def record_rejection(self, rejection: Rejection) -> None: ...

    def replace_analysis(
        self, analysis: ArticleAnalysis, actor_ids: Sequence[int | None], evidence: Sequence[tuple[int, str]]
    ) -> None: ...

    def replace_events(
        self, article_id: str, events: Sequence[ArticleEvent], actor_ids: Sequence[int | None], rules: str
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
    skipped: int = 0  # articles in a language without rules (recorded in the rejections)
    stories: StorySummary | None = None  # the articles this run grouped into stories
    merge: MergeSummary | None = None  # the merge step, when the run changed any reports
    seconds: float = 0.0


def analyse_store(
    store: AnalysisStore,
    *,
    stale: bool = False,
    reprocess: bool = False,
    executor: Executor | None = None,
    on_article: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> AnalysisSummary:
    """Analyse every stored article that is due; returns what was done.

    The analysis runs in `executor` (in this process by default; worker processes with a
    process pool), batch by batch, a store chunk at a time so memory stays flat; resolving
    actors and storing stay here, in one writer, in storage order, so the stored result is the
    same whatever the executor. `on_total` hears how many articles are due before the first is
    read (for a progress bar), `on_article` each article's id once it is stored.
    """
    runner = executor or InProcessExecutor()
    started = time.perf_counter()
    summary = AnalysisSummary()
    rules = rules_version()
    stale_rules = rules if stale else None
    if on_total is not None:
        on_total(store.count_articles_to_analyse(ANALYSIS_VERSION, stale_rules=stale_rules, reprocess=reprocess))
    claimant = new_claimant()  # this run, among others
    release_dead_claims(store)  # a run killed here before must not hold its articles for an hour
    try:
        _analyse_claimed(store, claimant, stale_rules, reprocess, runner, rules, summary, on_article)
    finally:
        store.release_claims(claimant)
    summary.stories = assign_stories(store)  # before the merge: reports merge only within a story
    if summary.articles or summary.skipped or summary.stories.articles:
        summary.merge = merge_events(store, executor=runner)
    summary.seconds = time.perf_counter() - started
    return summary


def _analyse_claimed(
    store: AnalysisStore,
    claimant: str,
    stale_rules: str | None,
    reprocess: bool,
    runner: Executor,
    rules: str,
    summary: AnalysisSummary,
    on_article: Callable[[str], None] | None,
) -> None:
    """Claim the due articles a chunk at a time and analyse them; other runs on the same
    database pass over what this one claimed."""
    after = 0
    while chunk := store.claim_articles_to_analyse(
        ANALYSIS_VERSION,
        claimant=claimant,
        stale_rules=stale_rules,
        reprocess=reprocess,
        after=after,
        limit=CHUNK_SIZE,
    ):
        after = chunk[-1].rowid  # bounded memory: a chunk of texts at a time, in storage order

        readable: list[PendingArticle] = []
        for article in chunk:
            reason = skip_reason(article.language)
            if reason is None:
                readable.append(article)
                continue
            location = SourceLocation(f"article {article.article_id}", "language")
            rejection = Rejection(location, "not analysed", reason, kept=True)
            _finish_unanalysed(store, article.article_id, rejection, "skipped", rules, on_article)
            summary.skipped += 1
        words = {article.article_id: len(article.text.split()) for article in readable}
        inputs: list[ArticleInput] = [(article.article_id, article.text, article.published_at) for article in readable]
        batches = [inputs[start : start + BATCH_SIZE] for start in range(0, len(inputs), BATCH_SIZE)]
        for results in runner.map(analyse_batch, batches):
            for result in results:
                if isinstance(result, AnalysisFailure):
                    location = SourceLocation(f"article {result.article_id}", result.stage)
                    rejection = Rejection(location, "analysis failed", result.reason)
                    _finish_unanalysed(store, result.article_id, rejection, "failed", rules, on_article)
                    summary.failed += 1
                else:
                    _store_analysed(store, result, rules, summary, words[result.article_id])
                    if on_article is not None:
                        on_article(result.article_id)


def _finish_unanalysed(
    store: AnalysisStore,
    article_id: str,
    rejection: Rejection,
    outcome: str,
    rules: str,
    on_article: Callable[[str], None] | None,
) -> None:
    """Record why an article was not analysed ("failed" or "skipped") so it is not tried again
    by every run; a skipped article loses what other rules found there."""
    with store.transaction():
        if outcome == "skipped":
            store.replace_analysis(ArticleAnalysis(article_id), [], [])
            store.replace_events(article_id, [], [], rules)
        store.record_rejection(rejection)
        store.mark_analysed(article_id, ANALYSIS_VERSION, rules, outcome)
    if on_article is not None:
        on_article(article_id)


def _store_analysed(
    store: AnalysisStore, analysed: AnalysedArticle, rules: str, summary: AnalysisSummary, words: int
) -> None:
    """Resolve one article's actors against the store and store its analysis, in one transaction."""
    analysis = analysed.nlp
    with store.transaction():
        resolution = resolve_actors(analysis, store)
        store.replace_analysis(analysis, resolution.actor_ids, resolution.evidence)
        store.replace_events(analysis.article_id, analysed.events, resolution.actor_ids, rules)
        store.mark_analysed(analysis.article_id, ANALYSIS_VERSION, rules)
    summary.articles += 1
    summary.words += words
    summary.mentions += len(analysis.mentions)
    summary.quotes += sum(1 for quote in analysis.quotes if quote.kind.value != "fragment")
    summary.claims += len(analysis.claims)
    summary.events += len(analysed.events)


def count_stale(store: AnalysisStore) -> int:
    """How many articles other rules analysed (what `--stale` would redo beyond new ones)."""
    rules = rules_version()
    return store.count_articles_to_analyse(ANALYSIS_VERSION, stale_rules=rules) - store.count_articles_to_analyse(
        ANALYSIS_VERSION
    )
