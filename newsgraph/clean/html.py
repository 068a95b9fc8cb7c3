"""Main text and metadata from HTML, by trafilatura (not regexes over markup)."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.errors import InputRejected


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    author: str | None
    publisher: str | None
    published_at: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    """Run trafilatura on `html`; raises `InputRejected` when no main text can be found."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as error:
        raise InputRejected("malformed HTML", f"{type(error).__name__}: {error}") from error
    fields = result.as_dict() if result is not None and hasattr(result, "as_dict") else result
    if not isinstance(fields, dict) or not (fields.get("text") or "").strip():
        raise InputRejected("no main text", "the HTML holds no extractable article text")
    result = fields
    return ExtractedPage(
        text=result["text"],
        title=_clean(result.get("title")),
        author=_clean(result.get("author")),
        publisher=_clean(result.get("sitename")) or _clean(result.get("hostname")),
        published_at=_clean(result.get("date")),
        url=_clean(result.get("url")) or url,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
