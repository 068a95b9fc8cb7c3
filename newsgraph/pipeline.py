"""The ingest run: discover → read → (clean + fingerprint, in the executor) → dedup → store.

Pages are handled in batches, each committed in one transaction, so killing the process loses
at most the batch in flight; pages are keyed by the hash of their bytes, so a re-run skips
what is stored and completes the rest without duplicates.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.clean import CleanedPage, clean_document
from newsgraph.dedup import Fingerprint, find_duplicate, fingerprint
from newsgraph.executor import Executor, make_executor
from newsgraph.ingest import discover_files, read_input
from newsgraph.records import RawDocument, Rejection, SourceLocation
from newsgraph.settings import IngestSettings
from newsgraph.store import DEFAULT_DB, Store, open_store


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run, for the CLI's summary table and for callers."""

    files: int = 0
    pages_read: int = 0
    pages_new: int = 0
    pages_already_stored: int = 0
    articles_new: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    repaired: int = 0  # inputs stored after a repair (see `Rejection.kept`)
    lines_removed: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # paths and globs that named no file

    @property
    def unchanged(self) -> bool:
        """True when the run added nothing (a repeat of an earlier ingest)."""
        return self.pages_new == 0 and self.articles_new == 0

    @property
    def all_rejected(self) -> bool:
        """True when there was input and none of it was stored now or before: a failed run."""
        return self.rejected > 0 and self.pages_new == 0 and self.pages_already_stored == 0

    @property
    def failed(self) -> bool:
        """What a script should see as failure (non-zero exit): a path that named nothing, or
        a run whose every input was rejected. Some rejected inputs among good ones are not."""
        return bool(self.unmatched) or self.all_rejected


@dataclass(slots=True)
class ProcessedPage:
    cleaned: CleanedPage
    fingerprints: list[Fingerprint]


def process_page(document: RawDocument, settings: IngestSettings) -> ProcessedPage:
    """The CPU-bound step, run by the executor: clean a page and fingerprint its articles."""
    cleaned = clean_document(document, settings)
    return ProcessedPage(cleaned, [fingerprint(article.text) for article in cleaned.articles])


ProgressCallback = Callable[[str], None]


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | Store = DEFAULT_DB,
    *,
    settings: IngestSettings | None = None,
    executor: Executor | None = None,
    on_file: ProgressCallback | None = None,
    on_discovered: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs into the store at `db`; returns what happened.

    Bad inputs never stop the run: they are counted, returned and recorded in the store's
    rejections. `on_discovered` gets the number of files found, before reading starts;
    `on_file` is called with each file's path once it has been read.
    """
    settings = settings or IngestSettings()
    store = open_store(db, create=True) if isinstance(db, str | Path) else db
    owns_executor = executor is None
    executor = executor or make_executor(settings.workers)
    summary = IngestSummary()
    try:
        files, unmatched = discover_files(paths)
        summary.files = len(files)
        summary.unmatched = [str(arg) for arg in unmatched]
        if on_discovered:
            on_discovered(len(files))
        pending_rejections = [
            Rejection(SourceLocation(arg), "not found", "no file, folder or glob match") for arg in unmatched
        ]
        step = functools.partial(process_page, settings=settings)
        for batch, repeats, rejections in _batches(store, files, settings, summary, on_file):
            pending_rejections.extend(rejections)
            processed = list(executor.map(step, batch))
            with store.transaction():
                for page in processed:
                    _store_page(store, page, settings, summary, pending_rejections)
                for repeat in repeats:
                    if store.has_page(repeat.page_id):  # not when cleaning rejected the page
                        store.add_location(repeat)
                _record_rejections(store, summary, pending_rejections)
            pending_rejections = []
        if pending_rejections:  # no batch came to carry them: no path named a file
            with store.transaction():
                _record_rejections(store, summary, pending_rejections)
    finally:
        if owns_executor:
            executor.close()
        if isinstance(db, str | Path):
            store.close()
    return summary


def _record_rejections(store: Store, summary: IngestSummary, rejections: list[Rejection]) -> None:
    """Store and count rejections, inside the caller's transaction (with the batch they came with)."""
    for rejection in rejections:
        store.record_rejection(rejection)
    summary.repaired += sum(1 for rejection in rejections if rejection.kept)
    summary.rejected += sum(1 for rejection in rejections if not rejection.kept)
    summary.rejections.extend(rejections)


def _batches(
    store: Store,
    files: list[Path],
    settings: IngestSettings,
    summary: IngestSummary,
    on_file: ProgressCallback | None,
) -> Iterator[tuple[list[RawDocument], list[RawDocument], list[Rejection]]]:
    """Group new pages into batches of (new pages, repeats of them within the batch, rejections).

    Pages already stored only gain a location; a repeat of a page still in flight gains its
    location once the batch is stored.
    """
    batch: list[RawDocument] = []
    repeats: list[RawDocument] = []
    rejections: list[Rejection] = []
    batch_page_ids: set[str] = set()
    for file in files:
        for item in read_input(file, settings):
            if isinstance(item, Rejection):
                rejections.append(item)
                continue
            summary.pages_read += 1
            if item.page_id in batch_page_ids:
                summary.pages_already_stored += 1
                repeats.append(item)
                continue
            if store.has_page(item.page_id):
                summary.pages_already_stored += 1
                with store.transaction():
                    store.add_location(item)
                continue
            batch.append(item)
            batch_page_ids.add(item.page_id)
            if len(batch) >= settings.batch_size:
                yield batch, repeats, rejections
                batch, repeats, rejections, batch_page_ids = [], [], [], set()
        if on_file:
            on_file(str(file))
    if batch or rejections:
        yield batch, repeats, rejections


def _store_page(
    store: Store, page: ProcessedPage, settings: IngestSettings, summary: IngestSummary, rejections: list[Rejection]
) -> None:
    cleaned = page.cleaned
    if cleaned.rejection is not None:
        rejections.append(cleaned.rejection)
        return
    if store.has_page(cleaned.document.page_id):  # another ingest stored it since this batch was read
        store.add_location(cleaned.document)
        summary.pages_already_stored += 1
        return
    store.add_page(cleaned.document, len(cleaned.articles))
    summary.pages_new += 1
    for article, print_ in zip(cleaned.articles, page.fingerprints, strict=True):
        duplicate = find_duplicate(store, print_, settings.near_duplicate_threshold)
        store.add_article(article, print_.text_sha256, duplicate)
        store.add_signature(article.article_id, print_.signature, print_.band_keys)
        summary.articles_new += 1
        summary.lines_removed += len(article.removals)
        if duplicate is not None and duplicate.kind == "exact":
            summary.exact_duplicates += 1
        elif duplicate is not None:
            summary.near_duplicates += 1
