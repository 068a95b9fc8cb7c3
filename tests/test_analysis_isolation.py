"""One article never stops an analysis run: long texts are parsed in pieces, failures recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph.analysis.run as run_module
import newsgraph.nlp.analyse as analyse_module
from newsgraph.analysis.run import AnalysisError, analyse_texts
from newsgraph.analysis.stage import analyse_store
from newsgraph.nlp.analyse import text_pieces
from newsgraph.nlp.doc_text import plain_spaced
from newsgraph.nlp.model import load_pipeline
from newsgraph.nlp.numbers import parse_number
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore

PARAGRAPH = (
    "Police opened fire on protesters in Ahmedabad on Monday, killing two men, officials said.\n"
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.\n"
)


@pytest.mark.parametrize(
    "text",
    [PARAGRAPH * 40, "word " * 3000, "x" * 5000, "A sentence ends here. " * 400 + "\n" + "y" * 700],
    ids=["lines", "spaces", "no-breaks", "mixed"],
)
def test_text_pieces_join_back_exactly_and_respect_the_limit(text):
    pieces = text_pieces(text, limit=1000)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= 1000 for piece in pieces)


def test_text_over_the_parsers_limit_is_analysed_in_pieces(monkeypatch):
    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 3_000)  # spaCy refuses longer texts (E088), as at 1,000,000
    monkeypatch.setattr(analyse_module, "MAX_PIECE_CHARS", 2_000)
    text = PARAGRAPH * 60  # about 10,000 characters
    (analysed,) = analyse_texts([("long", text)])
    analysis = analysed.nlp
    assert analysis.sentences[-1].end <= len(text) and len(analysis.sentences) >= 110
    xi = [mention for mention in analysis.mentions if text[mention.start : mention.end] == "Xi Jinping"]
    assert len(xi) == 60  # every piece's entities, at offsets in the whole text
    assert analysed.events
    assert all(text[event.trigger.start : event.trigger.end] == event.trigger_text for event in analysed.events)


def test_a_failing_article_is_recorded_and_the_run_goes_on(tmp_path: Path, monkeypatch):
    (tmp_path / "in").mkdir()
    for number in range(3):
        (tmp_path / "in" / f"a{number}.txt").write_text(f"Article {number}. " + PARAGRAPH, encoding="utf-8")
    db = tmp_path / "news.db"
    ingest([str(tmp_path / "in")], db)
    store = SQLiteStore.open(db)
    broken_id = store.articles_to_analyse(1)[1][1]
    real_analyse_doc = run_module.analyse_doc

    def analyse_doc(article_id, doc, **kwargs):
        if article_id == broken_id:
            raise RuntimeError("a bug in one rule")
        return real_analyse_doc(article_id, doc, **kwargs)

    monkeypatch.setattr(run_module, "analyse_doc", analyse_doc)
    summary = analyse_store(store)
    assert summary.articles == 2 and summary.failed == 1
    (rejection,) = store.rejections()
    assert rejection.source_path == f"article {broken_id}" and rejection.locator == "extract"
    assert rejection.reason == "analysis failed" and "RuntimeError: a bug in one rule" in rejection.detail
    assert analyse_store(store).articles == 0  # not retried until the analysis version changes
    store.close()


def test_without_a_failure_handler_the_failure_is_raised(monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(run_module, "analyse_doc", broken)
    with pytest.raises(AnalysisError, match="article a: extract failed: RuntimeError: boom"):
        list(analyse_texts([("a", PARAGRAPH)]))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,00,000", 100_000),
        ("4,26,700", 426_700),
        ("at least 1,50,000", 150_000),
        ("2 lakh", 200_000),
        ("1.5 crore", 15_000_000),
        ("180,000", 180_000),
        ("1.234.567", 1_234_567),
        ("2,5", 2.5),
        ("1,2,3", None),
    ],
)
def test_numbers_in_every_grouping_news_uses(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a web page's non-breaking space inside a name (campaign copy in the corpus; a wire report, written
        # for the rule, with a narrow no-break space)
        ("“Imagine Brad Thor going up against Trump,” mused Blaze co-host Stu\u00a0Burguiere.", "Stu Burguiere"),
        ("Chinese President Xi\u202fJinping met Russian President Vladimir Putin in Moscow.", "Xi Jinping"),
    ],
)
def test_a_name_written_with_a_non_breaking_space_is_one_person_at_its_offsets(text, name):
    (analysed,) = analyse_texts([("a", text)])
    persons = [actor for actor in analysed.nlp.actors if actor.kind.value == "person" and actor.name == name]
    assert persons
    start = text.index(name[:2])
    assert any(mention.start == start for mention in analysed.nlp.mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mused co-host Stu\u00a0Burguiere.", "mused co-host Stu Burguiere."),
        ("Mr.\u00a0Xi met Mr.\u2009Putin.", "Mr. Xi met Mr. Putin."),
        # a space that sets items apart stays (a Times of India "related stories" list; a distance)
        ("related stories:\u00a0muslim board rejects proposal\u00a0one dead in clash",
         "related stories:\u00a0muslim board rejects proposal\u00a0one dead in clash"),
        ("a 10\u00a0km march", "a 10\u00a0km march"),
    ],
)  # fmt: skip
def test_only_a_space_inside_a_name_is_made_plain(text, expected):
    assert plain_spaced(text) == expected and len(plain_spaced(text)) == len(text)
