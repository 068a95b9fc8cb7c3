"""The events stage is its own step after the NLP stage: it says what it reads and checks it."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.analysis.run import analyse_parsed
from newsgraph.events.stage import MissingAnnotation, extract_events
from newsgraph.nlp.analyse import analyse_doc
from newsgraph.nlp.model import load_pipeline
from newsgraph.nlp.records import ArticleAnalysis


def test_the_events_stage_refuses_a_document_without_the_annotations_it_reads():
    bare = spacy.blank("en")("Police arrested two men in Delhi on Monday.")  # no sentences, no entities
    with pytest.raises(MissingAnnotation, match="SENT_START, ENT_IOB"):
        extract_events(bare, ArticleAnalysis("a"))


def test_the_nlp_records_and_the_events_come_from_separate_stages_on_one_parse():
    doc = load_pipeline()("Police arrested two men in Delhi on Monday. Protesters marched in Mumbai.")
    nlp_only = analyse_doc("a", doc)
    analysed = analyse_parsed("a", doc, published_at="2024-03-06")
    assert analysed.nlp.sentences == nlp_only.sentences and analysed.nlp.mentions == nlp_only.mentions
    assert {event.plover_type for event in analysed.events} == {"COERCE", "PROTEST"}
    (arrest,) = [event for event in analysed.events if event.plover_type == "COERCE"]
    assert arrest.date is not None and arrest.date.value.isoformat() == "2024-03-04"
