"""The line rules on their own: what each catches, and the story text each must leave alone."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from newsgraph.clean.lines import LineKind, classify_line
from newsgraph.clean.published import normalise_timestamp, resolve_relative
from newsgraph.clean.reflow import mend_paragraph


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("ADVERTISEMENT", "ad_marker"),
        ("Anzeige", "ad_marker"),
        ("Publicité", "ad_marker"),
        ("Baca juga:", "section_marker"),
        ("Lire aussi", "section_marker"),
        ("Читайте также", "section_marker"),
        ("12 minutes ago", "relative_time"),
        ("an hour ago", "relative_time"),
        ("vor 3 Stunden", "relative_time"),
        ("5 jam yang lalu", "relative_time"),
        ("March 22, 2023", "date_line"),
        ("Published: 22 March 2023 10:15 GMT", "date_line"),
        ("1.2K views", "view_counter"),
        ("Subscribe to our newsletter", "interface_label"),
        ("Share on Facebook", "interface_label"),
        ("Download our app and discover more for you!", "interface_label"),
        ("Source: Reuters", "source_footer"),
        ("Quelle: www.spiegel.de", "source_footer"),
        ("A soldier walks past a destroyed building in Bakhmut. Photo: AFP", "photo_caption"),
        ("Additional reporting by Jane Doe in Kyiv", "contributor_line"),
        ("* * *", "separator"),
    ],
)
def test_lines_rule_catches(line, rule):
    assert classify_line(1, line).rule == rule


@pytest.mark.parametrize(
    "line",
    [
        "Trump comments on the Ukraine peace plan",
        "Share prices fall as sanctions bite",
        "South China Morning Post",
        "Russia says it shot down 16 drones overnight.",
        "He took a photo by the river, she said.",
        "What to know about planned 'No Kings' US protests against Trump's policies",
        "Sources: the talks will resume in Geneva next week, officials familiar with the plan told reporters.",
    ],
)
def test_lines_story_text_is_kept(line):
    assert classify_line(1, line).kind in (LineKind.TEXT,)


def test_lines_source_footer_extracts_domain():
    assert classify_line(1, "Sumber: https://www.nytimes.com/live/2023").value == "nytimes.com"


def test_reflow_inline_marker_only_between_sentences():
    text, removals = mend_paragraph("Troops withdrew. Advertisement The talks resumed , officials said .", 7)
    assert text == "Troops withdrew. The talks resumed, officials said."
    assert [(r.rule, r.line_no) for r in removals] == [("inline_ad_marker", 7)]
    kept, none = mend_paragraph("The advertisement campaign ran in Kyiv.", 1)
    assert kept == "The advertisement campaign ran in Kyiv." and none == []


def test_published_timestamps_keep_their_precision():
    assert normalise_timestamp("March 22, 2023") == "2023-03-22"
    assert normalise_timestamp("2023-03-22T10:15:00Z") == "2023-03-22T10:15:00+00:00"
    assert normalise_timestamp("not a date") is None
    next_year = date.today().year + 1
    assert normalise_timestamp(f"{next_year}-06-01") is None, "news is never published in the future"
    assert normalise_timestamp(f"Published: June 1, {next_year}", fuzzy=True) is None
    assert normalise_timestamp(date.today().isoformat()) == date.today().isoformat()
    assert resolve_relative("3 hours ago", "2023-03-22T12:00:00Z") == "2023-03-22T09:00:00+00:00"
    assert resolve_relative("3 hours ago", None) is None


def test_zone_abbreviations_are_read_and_never_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil warned once per wire article on "EST"
        assert normalise_timestamp("Mon Jan 7, 2008 10:15am EST") == "2008-01-07T10:15:00-05:00"
        assert normalise_timestamp("March 3, 2008 4:01 PM HKT") == "2008-03-03T16:01:00"  # unknown: no zone
