"""Acceptance on the three real seed pages: split counts, titles, publishers, chrome, sentences."""

from __future__ import annotations

import pytest

CHROME = [
    "Advertisement",
    "Try Our AI Features",
    "Explore what Daily8 AI can do for you",
    "No comments yet",
    "Related Articles",
    "Hashtags",
    "by -710 Views",
    "No More Posts Available",
    "No more pages to load",
    "Sumber:",
    "hours ago",
    "Photo: Reuters",
    "contributed reporting",
]


def test_clean_seed_article_counts(seed_articles):
    assert {page: len(articles) for page, articles in seed_articles.items()} == {"000": 1, "002": 4, "004": 1}


def test_clean_seed_split_titles_and_publishers(seed_articles):
    got = [(a.title, a.publisher) for a in seed_articles["002"]]
    assert got == [
        ("Xi Jinping's Russia visit balances symbolism and strategy as Europe watches", None),
        ("Massed drone deployments part of military modernisation: China's PLA Daily", "South China Morning Post"),
        ("What to know about planned ‘No Kings' US protests against Trump's policies", "South China Morning Post"),
        ("Counting the cost of a million Russian war casualties", "Asia Times"),
    ]
    assert [a.extras.get("page_times") for a in seed_articles["002"][1:]] == [
        ["3 hours ago"],
        ["4 hours ago"],
        ["4 hours ago"],
    ]
    assert {a.page_id for a in seed_articles["002"]} == {seed_articles["002"][0].page_id}


def test_clean_seed_single_pages_metadata(seed_articles):
    (first,) = seed_articles["000"]
    (live,) = seed_articles["004"]
    assert first.title is None
    assert live.title == "Zelensky Takes Plea To Congress as Russia Pounds Ukraine: Live Updates"
    assert live.publisher == "nytimes.com"
    assert live.extras["contributors"] == ["Zixu Wang contributed reporting."]
    caption = seed_articles["002"][0].extras["captions"][0]
    assert caption.endswith("Photo: Reuters")


@pytest.mark.parametrize("chrome", CHROME)
def test_clean_seed_chrome_removed(seed_articles, chrome):
    for articles in seed_articles.values():
        for article in articles:
            assert chrome not in article.text, (article.article_id, chrome)


@pytest.mark.parametrize(
    ("page", "index", "first", "last"),
    [
        (
            "000",
            0,
            "Following Chinese President Xi Jinping's show of solidarity",
            "Both Beijing and Moscow have rejected these charges.",
        ),
        (
            "002",
            0,
            "A visit to Russia this week by Chinese President Xi Jinping would add 'symbolic' weight",
            "the Chinese leader wrote in a signed article published on Wednesday ahead of his trip.",
        ),
        (
            "002",
            1,
            "China's military mouthpiece has called for the large-scale",
            "in the Taiwan Strait and the South China Sea.",
        ),
        (
            "002",
            2,
            "Opponents of US President Donald Trump's administration",
            "according to a press release from No Kings.",
        ),
        ("002", 3, "Russian military casualties in the war in Ukraine are expected", "Read the original article."),
        (
            "004",
            0,
            "A close ally of President Vladimir V. Putin of Russia met with China’s top leader",
            "aimed at punishing Russia for the invasion.",
        ),
    ],
)
def test_clean_seed_first_and_last_sentences_kept(seed_articles, page, index, first, last):
    text = seed_articles[page][index].text
    assert text.startswith(first)
    assert text.endswith(last)


def test_clean_seed_reflow_and_spacing(seed_articles):
    main = seed_articles["002"][0].text
    assert "by Chinese President Xi Jinping would add" in main
    assert "amid a prolonged war in Ukraine, while attempting" in main
    assert "the 'everlasting' China-Russia friendship, the Chinese leader" in main
    assert "\n" not in main.split("\n\n")[0]
    related = seed_articles["002"][1].text
    assert "Indo-Pacific. In an article published on Tuesday" in related
    assert "unmanned systems, highlighting" in related


def test_clean_seed_removals_explained(seed_articles):
    rules = {r.rule for articles in seed_articles.values() for a in articles for r in a.removals}
    assert {
        "ad_marker",
        "inline_ad_marker",
        "interface_label",
        "section_marker",
        "view_counter",
        "source_footer",
        "photo_caption",
        "contributor_line",
        "header_title",
        "header_publisher",
    } <= rules
    removed_text = [r.text for a in seed_articles["002"] for r in a.removals]
    assert "Try Our AI Features" in removed_text


def test_clean_seed_language_and_words(seed_articles):
    for articles in seed_articles.values():
        for article in articles:
            assert article.language == "en"
            assert article.word_count > 100


LIVE_BLOG = """The Latest: Strikes hit Kyiv region overnight.

KYIV, Ukraine — The latest on the drone attacks on the capital region (all times local):

7:40 a.m.

Emergency workers have pulled two survivors from the rubble of a dormitory in Rzhyshchiv, the regional governor says.

___.

6:15 a.m.:

Ukraine's air force says it shot down 16 of 21 drones launched overnight from the south and the north.

A second wave of attacks followed shortly before dawn, officials said.
"""


def test_clean_live_blog_entries_become_articles():
    from newsgraph.clean import clean_document
    from newsgraph.records import InputFormat, RawDocument, SourceLocation

    page = clean_document(RawDocument(SourceLocation("blog.txt"), InputFormat.TEXT, "1" * 64, text=LIVE_BLOG))
    assert [(a.title, a.extras.get("page_times")) for a in page.articles] == [
        ("The Latest: Strikes hit Kyiv region overnight.", None),
        (None, ["7:40 a.m."]),
        (None, ["6:15 a.m.:"]),
    ]
    assert page.articles[0].text.startswith("KYIV, Ukraine — The latest on the drone attacks")
    assert page.articles[2].text.endswith("shortly before dawn, officials said.")
    assert "___" not in page.articles[1].text
