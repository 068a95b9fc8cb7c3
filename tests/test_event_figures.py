"""Sources' tolls for one event: every figure kept, the range, and the best value by the rule."""

from __future__ import annotations

from newsgraph.events.figures import SourceFigure, reconcile


def _figure(article: str, published: str | None, killed: int | None, **extra: object) -> SourceFigure:
    values: dict[str, object] = {
        "article_id": article,
        "publisher": None,
        "published_at": published,
        "killed": killed,
        "killed_min": None,
        "killed_max": None,
        "injured": None,
        "confidence": 0.5,
    }
    values.update(extra)
    return SourceFigure(**values)  # type: ignore[arg-type]


def test_the_latest_stated_count_is_best_and_the_range_spans_every_source():
    # a local authority's first count, a wire's revision, a later outlet's "at least" bound
    figures = [
        _figure("local", "2024-03-20T08:00", 1),
        _figure("wire", "2024-03-21T09:00", 4, injured=25),
        _figure("late", "2024-03-22T10:00", 3, killed_min=3, killed_max=None),
    ]
    best = reconcile(figures)
    assert best.killed == 4 and best.source == "wire"  # the later bound does not beat a count
    assert best.killed_range == (1, 4) and best.injured == 25


def test_no_figures_give_no_toll_and_undated_reports_count_as_oldest():
    assert reconcile([]).killed is None and reconcile([]).killed_range is None
    best = reconcile([_figure("undated", None, 9), _figure("dated", "2013-07-21", 2)])
    assert best.killed == 2 and best.killed_range == (2, 9)
