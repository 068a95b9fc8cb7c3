"""Every table's reads and writes in one base class, for both backends to inherit."""

from __future__ import annotations

from newsgraph.store.sql_actors import ActorTablesMixin
from newsgraph.store.sql_analysis_state import AnalysisStateMixin
from newsgraph.store.sql_articles import ArticleTablesMixin
from newsgraph.store.sql_event_summary import EventSummaryMixin
from newsgraph.store.sql_events import EventTablesMixin
from newsgraph.store.sql_stories import StoryTablesMixin


class SharedTables(
    ArticleTablesMixin, StoryTablesMixin, AnalysisStateMixin, ActorTablesMixin, EventTablesMixin, EventSummaryMixin
):
    """The table code written once in SQL both SQLite and PostgreSQL run."""
