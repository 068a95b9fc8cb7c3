"""What the analysis gives for one article: the NLP stage's records and the events stage's."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.events.records import ArticleEvent
from newsgraph.nlp.records import ArticleAnalysis


@dataclass(slots=True)
class AnalysedArticle:
    nlp: ArticleAnalysis
    events: list[ArticleEvent] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return self.nlp.article_id
