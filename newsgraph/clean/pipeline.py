"""Clean one page: extract text from HTML, classify lines, split stories, reflow, add metadata.

`clean_document` is a pure function of its input (no store, no shared state), so the
executor may run it in another process or on another machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.clean.html import ExtractedPage, extract_html
from newsgraph.clean.language import identify_language
from newsgraph.clean.lines import ClassifiedLine, LineKind, classify_line, load_lexicon, normalise_label
from newsgraph.clean.published import normalise_timestamp, resolve_relative
from newsgraph.clean.reflow import mend_paragraph, reflow
from newsgraph.clean.split import SegmentHeader, read_header, split_segments
from newsgraph.errors import InputRejected
from newsgraph.records import Article, DateProvenance, RawDocument, Rejection, Removal
from newsgraph.settings import IngestSettings

_METADATA_KEYS = {"photo_caption": "captions", "contributor_line": "contributors", "source_footer": "source_footers"}


@dataclass(slots=True)
class CleanedPage:
    """What cleaning made of one page: its articles, or the reason it yielded none."""

    document: RawDocument
    articles: list[Article] = field(default_factory=list)
    rejection: Rejection | None = None


def clean_document(document: RawDocument, settings: IngestSettings | None = None) -> CleanedPage:
    """Turn one raw page into clean articles (never raises for bad content)."""
    settings = settings or IngestSettings()
    try:
        text, page_meta = _page_text(document)
    except InputRejected as error:
        return CleanedPage(document, rejection=Rejection(document.location, error.reason, error.detail))
    lexicon = load_lexicon()
    lines = [classify_line(number, raw, lexicon) for number, raw in enumerate(text.splitlines(), start=1)]
    articles: list[Article] = []
    orphan_removals: list[Removal] = []
    for segment in split_segments(lines):
        article = _build_article(document, segment, page_meta if not articles else None, len(articles))
        if article.word_count < settings.min_article_words:
            furniture = [Removal("furniture_block", line.text, line.line_no) for line in segment if line.text]
            target = articles[-1].removals if articles else orphan_removals
            target.extend(furniture)
            continue
        if not articles:
            article.removals[:0] = orphan_removals
            orphan_removals = []
        articles.append(article)
    if not articles:
        return CleanedPage(
            document, rejection=Rejection(document.location, "no article text", "only page chrome or too few words")
        )
    return CleanedPage(document, articles)


def _page_text(document: RawDocument) -> tuple[str, ExtractedPage | None]:
    if document.text is not None:
        return document.text, None
    if document.html is None:
        raise InputRejected("no content", "neither text nor html")
    page = extract_html(document.html, url=document.declared.get("url"))
    return page.text, page


def _build_article(
    document: RawDocument, segment: list[ClassifiedLine], page_meta: ExtractedPage | None, position: int
) -> Article:
    """One segment into an article. `page_meta` is given only for the page's first story,
    which is the one that declared metadata (HTML meta, JSON fields) describes."""
    declared = document.declared if position == 0 else {}
    known_title = declared.get("title") or (page_meta.title if page_meta else None)
    header = read_header(segment, title_known=bool(known_title), page_start=position == 0)
    removals: list[Removal] = []
    extras: dict[str, list[str]] = {}
    body: list[ClassifiedLine] = []
    for line in segment:
        if line.line_no in header.roles:
            if line.kind is LineKind.TIMESTAMP:
                extras.setdefault("page_times", []).append(line.text)
            removals.append(Removal(f"header_{header.roles[line.line_no]}", line.text, line.line_no))
        elif line.kind is LineKind.METADATA and line.rule:
            extras.setdefault(_METADATA_KEYS[line.rule], []).append(line.value or line.text)
            removals.append(Removal(line.rule, line.text, line.line_no))
        elif line.kind in (LineKind.CHROME, LineKind.SECTION_BREAK, LineKind.TIMESTAMP):
            removals.append(Removal(line.rule or line.kind.value, line.text, line.line_no))
        else:
            body.append(line)
    paragraphs: list[str] = []
    for paragraph, line_no in reflow(body):
        mended, inline_removals = mend_paragraph(paragraph, line_no)
        removals.extend(inline_removals)
        if mended:
            paragraphs.append(mended)
    title = known_title or header.title
    if paragraphs and title and normalise_label(paragraphs[0]) == normalise_label(title):
        removals.append(Removal("title_repeated", paragraphs.pop(0)))
    text = "\n\n".join(paragraphs)
    language, language_score = identify_language(text)
    article = Article(
        page_id=document.page_id,
        position=position,
        text=text,
        title=title,
        publisher=_publisher(header, extras, declared, page_meta),
        author=declared.get("author") or header.author or (page_meta.author if page_meta else None),
        url=declared.get("url") or (page_meta.url if page_meta else None),
        language=declared.get("language") or language,
        language_score=None if declared.get("language") else language_score,
        extras=dict(extras),
        removals=removals,
    )
    _set_published(article, header, declared, page_meta)
    return article


def _publisher(
    header: SegmentHeader, extras: dict[str, list[str]], declared: dict[str, str], page_meta: ExtractedPage | None
) -> str | None:
    footers = extras.get("source_footers")
    return (
        declared.get("publisher")
        or header.publisher
        or (footers[-1] if footers else None)
        or (page_meta.publisher if page_meta else None)
    )


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)


def _set_published(
    article: Article, header: SegmentHeader, declared: dict[str, str], page_meta: ExtractedPage | None
) -> None:
    """Fill `published_at` from the most trustworthy source available, recording which."""
    dated = [line for line in header.timestamps if line.rule == "date_line"]
    relative = [line for line in header.timestamps if line.rule == "relative_time"]
    fetched_at = normalise_timestamp(declared.get("fetched_at"))
    if fetched_at:
        article.extras["fetched_at"] = fetched_at
    candidates = (
        (normalise_timestamp(page_meta.published_at) if page_meta else None, DateProvenance.HTML_META),
        (normalise_timestamp(declared.get("published_at")), DateProvenance.JSONL_FIELD),
        (_first(normalise_timestamp(line.text, fuzzy=True) for line in dated), DateProvenance.TEXT),
        (_first(resolve_relative(line.text, fetched_at) for line in relative), DateProvenance.RELATIVE_TO_FETCH),
    )
    for value, provenance in candidates:
        if value:
            article.published_at, article.published_at_source = value, provenance
            return
