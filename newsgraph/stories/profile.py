"""What story clustering reads of an article: its words and its date.

Cheap and lexical on purpose: a story index over 100,000 articles must build in minutes, so
it reads the text itself rather than the analysis. Words are weighted by TF-IDF against the
articles seen so far. (A separate vector of names, capitalised words inside a sentence, was
tried on the ECB+ tune topics and did not help: TF-IDF already weighs rare names highly.) The
date is the publication date, or the latest full date written in the article's opening (a
dateline), when it has none.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.events.dates import Precision, resolve_date

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d+", re.UNICODE)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_FULL_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.? \d{{1,2}},? (?:19|20)\d\d|\d{{1,2}} (?:{_MONTHS}),? (?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)
DATELINE_CHARS = 600  # a dateline is in the opening lines; later dates are mostly background
STOPWORDS = STOP_WORDS | {"said", "says", "told", "year", "years"}  # words every story has


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """An article as the story index sees it: raw word counts and a date."""

    article_id: str
    words: Mapping[str, float]
    day: date | None


def profile(article_id: str, text: str, published_at: str | None = None) -> ArticleProfile:
    """Read an article's words and date."""
    words: Counter[str] = Counter()
    for token in _WORD.findall(text):
        lowered = token.lower()
        if lowered not in STOPWORDS and (len(lowered) >= 3 or lowered.isdigit()):
            words[sys.intern(lowered)] += 1  # one string per word, however many stories keep it
    return ArticleProfile(article_id, dict(words), article_day(text, published_at))


def article_day(text: str, published_at: str | None) -> date | None:
    """The publication day, else the latest full date in the opening of the text."""
    if published_at:
        try:
            return date.fromisoformat(published_at[:10])
        except ValueError:
            pass
    days = []
    for match in _FULL_DATE.finditer(text[:DATELINE_CHARS]):
        resolved = resolve_date(match.group(0), None)
        if resolved is not None and resolved.precision == Precision.DAY:
            days.append(resolved.value)
    return max(days) if days else None


def weighted(counts: Mapping[str, float], document_frequency: Mapping[str, int], documents: int) -> dict[str, float]:
    """Sublinear TF times smoothed IDF, scaled to unit length."""
    vector = {
        term: (1.0 + math.log(count)) * (1.0 + math.log((documents + 1) / (document_frequency.get(term, 0) + 1)))
        for term, count in counts.items()
    }
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items() if value > 0}
