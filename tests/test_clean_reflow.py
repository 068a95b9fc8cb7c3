"""Paragraphs rebuilt across blank lines: wire archives cut sentences (and names) with a blank
line; headlines and photo credits before a blank line stay paragraphs of their own."""

from __future__ import annotations

import pytest

from newsgraph.clean import clean_document
from newsgraph.records import InputFormat, RawDocument, SourceLocation


def cleaned(text: str) -> str:
    """The article text cleaned from a page whose first line is its title."""
    page = "A title on its own line\n\nThe story begins here, as stories do.\n\n" + text
    page = clean_document(RawDocument(SourceLocation("wire.txt"), InputFormat.TEXT, "2" * 64, text=page))
    return "\n\n".join(article.text for article in page.articles)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # Reuters 2006 (a board nomination): a name cut in two
        (
            "PARIS (Reuters) - Euronext shareholders will vote on the merger next month. Euronext said on Thursday "
            "it would also nominate Sylvain\n\nHefes, chief executive of Paris Orleans, to the board.",
            "nominate Sylvain Hefes, chief executive",
        ),
        # Reuters 2007 (a product recall): a body's name cut after 20 words of running text
        (
            "About 1.5 million toys made in China were being recalled because they contain lead paint, a hazard to "
            "young children, the U.S. Consumer Product Safety\n\nCommission said on Thursday.",
            "Consumer Product Safety Commission said",
        ),
    ],
)
def test_a_sentence_cut_by_a_blank_line_is_joined(text: str, joined: str):
    assert joined in cleaned(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline of eight words and more before the story (news_dev style; Reuters headline)
        "Migrants begin boarding buses to leave the Mexico City stadium\n\nMigrants have begun to board buses.",
        # a photo credit closing a caption (news_dev, a migrant caravan story)
        "The crowd at the stadium had begun to disperse. Felix Marquez AP Photo\n\nMigrants have begun to board "
        "buses and leave.",
    ],
)
def test_headlines_and_credits_stay_paragraphs(text: str):
    assert "\n\nMigrants have begun" in cleaned(text)
