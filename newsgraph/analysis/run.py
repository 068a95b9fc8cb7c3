"""Run the stages over article texts: parse, NLP records, events. Pure (texts in, records out).

One article never stops the others: an article whose parse or extraction raises is handed to
the caller's `on_failure` as an `AnalysisFailure` (article, stage, reason), to record and go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping

from spacy.tokens import Doc

from newsgraph.analysis.records import AnalysedArticle
from newsgraph.errors import NewsgraphError
from newsgraph.events.stage import extract_events
from newsgraph.geo.actor_places import locate_place_actors
from newsgraph.nlp.analyse import BATCH_SIZE, AnalysisFailure, analyse_doc, parse_texts
from newsgraph.nlp.doc_text import text_of

log = logging.getLogger(__name__)


class AnalysisError(NewsgraphError):
    """An article's analysis failed and the caller gave no `on_failure` to record it."""


def analyse_texts(
    items: Iterable[tuple[str, str]],
    *,
    published: Mapping[str, str | None] | None = None,
    batch_size: int = BATCH_SIZE,
    on_failure: Callable[[AnalysisFailure], None] | None = None,
) -> Iterator[AnalysedArticle]:
    """One analysis per (article_id, text), in input order; `published` gives publication
    dates (ISO) by article id, the anchor for relative event dates.

    An article whose analysis fails goes to `on_failure` and is left out; with no `on_failure`
    the failure is raised as `AnalysisError` (an evaluation must not skip rows silently).
    """
    for article_id, parsed in parse_texts(items, batch_size=batch_size):
        result: AnalysedArticle | AnalysisFailure
        if isinstance(parsed, Doc):
            try:
                result = analyse_parsed(article_id, parsed, published_at=(published or {}).get(article_id))
            except Exception as error:  # one article's bug must not end the run
                result = AnalysisFailure(article_id, "extract", f"{type(error).__name__}: {error}")
        else:
            result = parsed
        if isinstance(result, AnalysedArticle):
            yield result
        elif on_failure is None:
            raise AnalysisError(f"article {result.article_id}: {result.stage} failed: {result.reason}")
        else:
            log.warning("article %s: %s failed: %s", result.article_id, result.stage, result.reason)
            on_failure(result)


def analyse_parsed(article_id: str, doc: Doc, *, published_at: str | None = None) -> AnalysedArticle:
    """Every stage after the parse, for one parsed article."""
    analysis = analyse_doc(article_id, doc)
    locate_place_actors(analysis, text=text_of(doc))
    return AnalysedArticle(analysis, extract_events(doc, analysis, published_at=published_at))


# One article to analyse as a worker receives it: id, text, publication date (ISO) or None.
ArticleInput = tuple[str, str, str | None]


def analyse_batch(batch: list[ArticleInput]) -> list[AnalysedArticle | AnalysisFailure]:
    """Analyse a batch of articles; one result per article, in order, failures included.

    The unit of work an executor sends to a worker process: a module-level function of plain
    data, so it pickles, and each worker loads the spaCy pipeline and the gazetteer once.
    """
    failures: dict[str, AnalysisFailure] = {}
    published = {article_id: published_at for article_id, _text, published_at in batch}
    analysed = {
        result.article_id: result
        for result in analyse_texts(
            ((article_id, text) for article_id, text, _published in batch),
            published=published,
            on_failure=lambda failure: failures.__setitem__(failure.article_id, failure),
        )
    }
    return [analysed.get(article_id) or failures[article_id] for article_id, _text, _published in batch]
