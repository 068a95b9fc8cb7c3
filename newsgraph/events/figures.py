"""One event told by several sources with different tolls: every figure kept, a range, a best value.

Sources disagree as a story unfolds (killed 1, then 3, then 4). The event keeps each source's
figure with the article, publisher and publication time it came from, the range they span, and
one best value by a stated rule (BEST_RULE): a stated count beats a bound ("at least 5"), then
the latest report beats earlier ones (tolls are revised as bodies are found), then the more
confident report. The best value is what lists, maps and exports show as `fatalities`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BEST_RULE = "a stated count over a bound, then the latest report, then the most confident"


@dataclass(frozen=True, slots=True)
class SourceFigure:
    """One report's toll and where it came from."""

    article_id: str
    publisher: str | None
    published_at: str | None
    killed: int | None
    killed_min: int | None
    killed_max: int | None
    injured: int | None
    confidence: float

    @property
    def exact(self) -> bool:
        """A stated count, not only a bound ("at least 5", "dozens")."""
        return self.killed is not None and (self.killed_min is None or self.killed_min == self.killed_max)

    def public_dict(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "publisher": self.publisher,
            "published_at": self.published_at,
            "killed": self.killed,
            "injured": self.injured,
        }


@dataclass(frozen=True, slots=True)
class Reconciled:
    killed: int | None  # the best value (BEST_RULE)
    killed_range: tuple[int, int] | None  # lowest and highest figure any source gives
    injured: int | None
    source: str | None  # the article the best killed figure comes from


def _rank(figure: SourceFigure) -> tuple[bool, str, float]:
    return figure.exact, figure.published_at or "", figure.confidence


def reconcile(figures: Sequence[SourceFigure]) -> Reconciled:
    """The best value and range of the figures the sources give (those without one ignored)."""
    killed = [figure for figure in figures if figure.killed is not None]
    injured = [figure for figure in figures if figure.injured is not None]
    best_killed = max(killed, key=_rank) if killed else None
    best_injured = max(injured, key=_rank) if injured else None
    values = [figure.killed for figure in killed if figure.killed is not None]
    return Reconciled(
        killed=best_killed.killed if best_killed else None,
        killed_range=(min(values), max(values)) if values else None,
        injured=best_injured.injured if best_injured else None,
        source=best_killed.article_id if best_killed else None,
    )
