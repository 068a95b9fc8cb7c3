"""A 'person' known by one word with nothing of a person about it (`nlp/lone_names.py`): a firm
by how it is written, no actor when it is a common word, kept when anything says it is someone's
or a group's name."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.nlp.records import ActorKind, ArticleAnalysis


def analyse(text: str) -> ArticleAnalysis:
    return next(analyse_texts([("t-0", text)])).nlp


def actor_names(text: str) -> set[str]:
    return {actor.name for actor in analyse(text).actors}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a one-word firm the recogniser reads as a person: in results copy (Reuters), written with
        # an inner capital in a publishing story (NYT, news_dev)
        ("For the final quarter of fiscal 2014, Salesforce said it expects to earn 5 cents or 6 cents per share. "
         "But Salesforce has spent heavily on acquiring new lines of business.", "Salesforce"),
        ("Mr. Lewandowski had an offer to publish the book with HarperCollins. But HarperCollins declined to "
         "renew the offer, according to a publishing executive.", "HarperCollins"),
    ],
)  # fmt: skip
def test_a_lone_word_with_nothing_of_a_person_is_a_firm(text, firm):
    kinds = {actor.name: actor.kind for actor in analyse(text).actors}
    assert kinds[firm] is ActorKind.ORGANISATION
    assert kinds.get("Lewandowski", ActorKind.PERSON) is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        # a chemical in an EU directive (news_dev); a plural opening a subprime-lending wire (Reuters)
        ("Five chemicals have been selected: Cadmium and its inorganic compounds; Beryllium and inorganic beryllium "
         "compounds; Arsenic acid and its salts, as well as inorganic arsenic compounds.", "Arsenic"),
        ("He subpoenaed documents from Bear Stearns and UBS AG's UBS Securities LLC over the quality of their "
         "research. Losses at two other large lenders were also revealed.", "Losses"),
    ],
)  # fmt: skip
def test_a_lone_word_with_nothing_of_a_person_or_a_firm_is_no_actor(text, noise):
    assert noise not in actor_names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a census surname alone (a parade report); a surname after a first name the recogniser missed
        # (a Michigan shooting, ECB+ in news_dev)
        ("The veterans walked down Main Street. Henderson said the parade was the largest in years.", "Henderson"),
        ("Police arrested Anthony LaCalamita III on Tuesday. LaCalamita is charged with first-degree murder.",
         "LaCalamita"),
    ],
)  # fmt: skip
def test_a_lone_surname_with_something_of_a_person_stays_a_person(text, person):
    analysis = analyse(text)
    assert any(person in actor.name and actor.kind is ActorKind.PERSON for actor in analysis.actors)


@pytest.mark.parametrize(
    "text",
    [
        # an armed group written alone in a conflict note; with a first name nowhere, it is still kept
        "On 16 January 2022, jailed Imbonerakure beat a fellow prisoner, a member of the MSD party, in Ngozi prison.",
        "Witnesses said Imbonerakure patrols beat two opposition activists in Kirundo province on Sunday.",
    ],
)
def test_a_lone_name_of_an_armed_group_stays_an_actor(text):
    assert "Imbonerakure" in actor_names(text)
