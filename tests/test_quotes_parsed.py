"""Reported speech read from the parse, and direct quotes that run over several paragraphs.

Sentences are written in the styles of a wire report, a political feature and the seed pages;
none is copied from the PolNeAR files the cue model was trained on.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.nlp.attribution_cues import CueModelError, load_cue_model
from newsgraph.nlp.records import ArticleAnalysis, Quote, QuoteKind


def analyse(text: str) -> ArticleAnalysis:
    return next(analyse_texts([("t-0", text)])).nlp


def reported(analysis: ArticleAnalysis) -> list[Quote]:
    return [quote for quote in analysis.quotes if quote.kind is QuoteKind.INDIRECT]


def direct_speakers(text: str) -> list[str | None]:
    return [quote.speaker_text for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT]


def by_cue(analysis: ArticleAnalysis) -> dict[str, Quote]:
    return {(quote.cue or "").lower(): quote for quote in analysis.quotes if quote.kind is not QuoteKind.FRAGMENT}


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # wire style: the attribution after the clause
        (
            "The bridge over the Dnipro was closed on Monday, regional officials said.",
            "said",
            "The bridge over the Dnipro was closed on Monday",
            "regional officials",
        ),
        # the attribution before, with "that"
        (
            "The defence ministry said that its air defences shot down 16 drones overnight.",
            "said",
            "that its air defences shot down 16 drones overnight",
            "The defence ministry",
        ),
        # a stance, not speech: the object is what is attributed
        (
            "Senator Warren criticized the proposed merger of the two grocery chains.",
            "criticized",
            "the proposed merger of the two grocery chains",
            "Senator Warren",
        ),
        # a participle borrows the subject of the verb it hangs off
        (
            "Mayor Adams left the meeting early, saying the budget talks had collapsed.",
            "saying",
            "the budget talks had collapsed",
            "Mayor Adams",
        ),
        # the attribution set into the clause it attributes: the whole clause, as the reader sees it
        (
            "In the eastern districts, the governor said, most schools are closed until March.",
            "said",
            "In the eastern districts, the governor said, most schools are closed until March",
            "the governor",
        ),
        (
            "This election, she says, is about the price of bread.",
            "says",
            "This election, she says, is about the price of bread",
            "she",
        ),
        # the second half the parser hangs off the cue is still what was said
        (
            "The minister told reporters that the ceasefire was “fragile,” compared to the truce of 2015.",
            "told",
            "that the ceasefire was “fragile,” compared to the truce of 2015",
            "The minister",
        ),
        (
            "The union leader says wages are “frozen” and members want a strike before May.",
            "says",
            "wages are “frozen” and members want a strike before May",
            "The union leader",
        ),
        # … but not over a second saying of the same speaker: that is its own
        (
            "A farmer near Poltava says the winter will be “hard” but he expects the harvest to be sold.",
            "says",
            "the winter will be “hard”",
            "A farmer near Poltava",
        ),
    ],
)
def test_reported_speech_content_and_speaker_come_from_the_parse(text, cue, content, speaker):
    quote = by_cue(analyse(text))[cue]
    assert quote.text == content
    assert quote.speaker_text == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poll report: two shares of the voters, each saying its own thing
        (
            "Most voters said they were worried about prices, and about 4 in 10 said the president "
            "would handle the economy best.",
            [("said", "they were worried about prices"), ("said", "the president would handle the economy best")],
        ),
        (
            "Half of the farmers say they will plant less wheat, while a third want the state to buy the harvest.",
            [("say", "they will plant less wheat"), ("want", "the state to buy the harvest")],
        ),
        # a wire report: a second saying of the same speaker, which the parser hangs off the first content
        (
            "The minister said the talks had stalled and added that a new round would open in May.",
            [("said", "the talks had stalled"), ("added", "that a new round would open in May")],
        ),
    ],
)
def test_a_second_saying_joined_to_the_content_is_its_own_quote(text, expected):
    quotes = reported(analyse(text))
    assert [((quote.cue or "").lower(), quote.text) for quote in quotes] == expected


def test_a_second_saying_without_its_own_subject_keeps_the_first_speaker():
    quotes = reported(analyse("The minister said the talks had stalled and added that a new round would open in May."))
    assert [quote.speaker_text for quote in quotes] == ["The minister", "The minister"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause describing something said stays inside what was said
        (
            "The senator said the plan ignores the risks that engineers warned about last year.",
            "the plan ignores the risks that engineers warned about last year",
        ),
        # so does a reason
        (
            "She said she voted for the party because she believed it had changed.",
            "she voted for the party because she believed it had changed",
        ),
    ],
)
def test_a_saying_described_inside_the_content_stays_part_of_it(text, content):
    assert by_cue(analyse(text))["said"].text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a political feature: the reproach is the heart of the stance
        (
            "The opposition leader criticized the government for its handling of the floods.",
            "criticized",
            "the government for its handling of the floods",
        ),
        ("The mayor accused the governor of hiding the cost of the bridge.", "accused",
         "the governor of hiding the cost of the bridge"),
        # a wire report: the label given
        ("The committee described the report as “deeply flawed”.", "described", "the report as “deeply flawed”"),
        # time and place are not what the stance is about
        ("Lawmakers praised the agreement on Friday.", "praised", "the agreement"),
    ],
)  # fmt: skip
def test_a_stance_takes_what_it_is_for_with_its_object(text, cue, content):
    assert by_cue(analyse(text))[cue].text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # any inflection of a listed verb of stance ("condemned" was listed, "condemning" missed)
        ("The union is condemning the budget cuts announced last week.", "condemning",
         "the budget cuts announced last week"),
        ("Villagers are mocking the new bridge as a road to nowhere.", "mocking",
         "the new bridge as a road to nowhere"),
        # verbs that judge or rebuke someone: a political feature, a wire report
        ("The opposition leader assailed the governor for the delays at the border.", "assailed",
         "the governor for the delays at the border"),
        ("Critics portrayed the reform as a tax on the poor.", "portrayed", "the reform as a tax on the poor"),
    ],
)  # fmt: skip
def test_verbs_of_judgement_attribute_their_object(text, cue, content):
    assert by_cue(analyse(text))[cue].text == content


@pytest.mark.parametrize(
    "text",
    ["The army offered a ceasefire to the rebels.", "Officials released the figures on Monday."],
)
def test_deeds_with_an_object_stay_no_quote(text):
    assert reported(analyse(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a participle after a preposition speaks for the subject of the clause it hangs off
        ("The mother praised her son before explaining why she forgave the gunman.", "explaining",
         "why she forgave the gunman", "The mother"),
        ("Since announcing in May that he would retire, the general has stayed silent.", "announcing",
         "that he would retire", "the general"),
        # a time word between a cue and its preposition
        ("The candidate responded Friday to reports that his rival had quit.", "responded",
         "reports that his rival had quit", "The candidate"),
    ],
)  # fmt: skip
def test_a_cue_behind_a_preposition_or_a_time_word_still_attributes(text, cue, content, speaker):
    quote = by_cue(analyse(text))[cue]
    assert (quote.text, quote.speaker_text) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor of Ohio endorsed Kasich on Tuesday.", "Kasich"),  # a campaign report
        ("The bishop strongly opposes abortion.", "abortion"),  # a profile
    ],
)
def test_a_stance_on_one_named_thing_is_reported(text, content):
    assert [quote.text for quote in reported(analyse(text))] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The minister was telling reporters about the budget.",  # whom it was said to
        "The agency reported Tuesday.",  # when
        "The mayor endorsed her.",  # a pronoun alone
    ],
)
def test_one_word_after_a_verb_of_speech_or_a_pronoun_is_no_quote(text):
    assert reported(analyse(text)) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # sentences the parser hangs anywhere but under the cue: a feature, a European politics report
        ('Those who do take on heavy debt struggle, even with a "good" job, he said.',
         'Those who do take on heavy debt struggle, even with a "good" job', "he"),
        ('The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, '
         "founder of the Party for Freedom.",
         'The rejection of the treaty signals "the beginning of the end" for the EU', "Geert Wilders"),
    ],
)  # fmt: skip
def test_a_sentence_ending_with_its_attribution_attributes_all_before_it(text, content, speaker):
    quote = by_cue(analyse(text))["said"]
    assert (quote.text, quote.speaker_text) == (content, speaker)


def test_according_to_gives_the_source_and_the_rest_of_the_sentence():
    quote = by_cue(analyse("According to the United Nations refugee agency, 4,000 people fled the town."))[
        "according to"
    ]
    assert quote.text == "4,000 people fled the town"
    assert quote.speaker_text == "the United Nations refugee agency"


@pytest.mark.parametrize(
    "text",
    [
        "Troops crossed the river at dawn and took the village by noon.",
        "The plant produces 300 cars a day and employs 2,000 workers.",
        "Heavy rain flooded the lower town for the third time this year.",
    ],
)
def test_sentences_that_attribute_nothing_give_no_reported_speech(text):
    assert reported(analyse(text)) == []


def test_a_quote_carried_on_in_the_next_paragraph_is_one_quote():
    text = (
        "\u201cWe will rebuild the bridge,\u201d the mayor said on Tuesday.\n\n"
        "\u201cIt will take two years, and the state has promised to pay for it.\u201d\n\n"
        "\u201cNobody asked us,\u201d said Anna Kovalenko, who runs a bakery by the river."
    )
    direct = [quote for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT]
    assert [quote.speaker_text for quote in direct] == ["the mayor", "Anna Kovalenko"]
    assert direct[0].text.endswith("pay for it.\u201d")


@pytest.mark.parametrize(
    "text",
    [
        # a wire report: the speaker described at length between the two parts
        "\u201cThe bridge will reopen,\u201d said Olena Petrenko, the deputy head of the regional "
        "administration in the city of Zaporizhzhia. \u201cWe have the steel.\u201d",
        # a feature in a paper's archive format, with doubled apostrophes for quotation marks
        "''Some courses are adapting, others are just not,'' said Paul Chapman, a lawyer in Orlando who "
        "handles land-use and environmental cases. ''It costs a fortune to run a golf course.''",
    ],
)
def test_a_quotation_after_a_long_attribution_sentence_goes_on_with_its_speaker(text):
    direct = [quote for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT]
    assert len(direct) == 1 and direct[0].end == len(text)


def test_a_quotation_after_another_sentence_is_not_carried_on():
    text = (
        "\u201cThe bridge will reopen,\u201d said Olena Petrenko. The minister disagreed. "
        "\u201cWe have the steel.\u201d"
    )
    assert direct_speakers(text) == ["Olena Petrenko", None]


@pytest.mark.parametrize(
    "text",
    [
        # a wire report and a campaign report: two quotations side by side, the first saying "said"
        "\u201cThe Russians said they would never leave.\u201d \u201cWe will rebuild the bridge by May.\u201d",
        '"Senator Warren said she would vote no." "We are going to win this state."',
    ],
)
def test_a_saying_inside_an_earlier_quotation_is_no_cue_of_the_next(text):
    assert direct_speakers(text) == [None, None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a campaign report and a wire report (with a country named inside the first quotation)
        ('"We are changing American politics," Jeff Weaver, the campaign manager, said in a statement. '
         '"What we are showing is that we can win."', "Jeff Weaver"),
        ("\u201cRussia will not win this war,\u201d Olena Petrenko, a deputy minister, told reporters. "
         "\u201cWe have the steel to rebuild.\u201d", "Olena Petrenko"),
    ],
)  # fmt: skip
def test_a_speaker_described_between_commas_carries_the_quote_on(text, speaker):
    direct = [quote for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT]
    assert [(quote.speaker_text, quote.end) for quote in direct] == [(speaker, len(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Priebus later told Fox News: \u201cBoth men are meeting next week to talk about these things.\u201d",
         "Priebus"),
        ("The minister told Reuters: \u201cThe bridge will be rebuilt by May.\u201d", "The minister"),
    ],
)  # fmt: skip
def test_whom_a_quotation_was_told_to_before_a_colon_is_not_its_speaker(text, speaker):
    assert direct_speakers(text) == [speaker]


def test_an_answer_is_attributed_like_a_saying():
    text = "\u201cI would say this,\u201d the governor answered. \u201cWe will build the road.\u201d"
    assert direct_speakers(text) == ["the governor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a local report: the first name of the sentence is whom the speaker talks about
        ('Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very religious."', "Nefzi"),
        # a wire report: a platform named first
        ("On Twitter, she responded on Tuesday by saying, \u201cSeriously, just stop lying.\u201d", "she"),
    ],
)
def test_a_participle_cue_speaks_for_the_sayer_before_it(text, speaker):
    assert direct_speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a fact-check column, a pull quote, and a sentence that goes on after the dash
        ('"I went to Wall Street before the crash. I warned them." - Clinton.', "Clinton"),
        ("\u201cWe will rebuild every school in the region.\u201d \u2014 Olena Petrenko", "Olena Petrenko"),
        ("\u201cWe will rebuild every school in the region.\u201d \u2014 The team then left for Kyiv.", None),
    ],
)  # fmt: skip
def test_a_dash_and_a_name_sign_a_closed_quotation(text, speaker):
    assert direct_speakers(text) == [speaker]


def test_a_quotation_with_its_own_speaker_is_not_joined_to_the_one_before():
    text = '"The talks failed," Putin said.\n\n"They never started," Zelensky said.'
    assert direct_speakers(text) == ["Putin", "Zelensky"]


def test_attribute_values_of_left_over_markup_are_not_quotes():
    text = '<tweet author="jdoe" timestamp="1449075600">The vote is on Tuesday, officials said.</tweet>'
    analysis = analyse(text)
    assert not any("1449075600" in quote.text or quote.text == '"jdoe"' for quote in analysis.quotes)


def test_a_mixed_quote_grows_to_the_reported_clause():
    text = (
        "America needs leaders \u201cwho understand that bombastic comments in turbulent times can cause "
        "more turbulence,\u201d Clinton said on Monday."
    )
    quotes = [quote for quote in analyse(text).quotes if quote.kind is not QuoteKind.FRAGMENT]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("America needs leaders") and quotes[0].speaker_text == "Clinton"


def test_an_unreadable_cue_model_is_named(tmp_path):
    broken = tmp_path / "quote_cues.npz"
    np.savez(broken, features=np.array(["w=said"]))
    with pytest.raises(CueModelError, match=r"quote_cues\.npz"):
        load_cue_model.__wrapped__(broken)


@pytest.mark.parametrize(
    "text",
    [
        "Q: What will you do about the bridge over the river?\nA: We will rebuild it within two years.",
        "Posted: the ministry published the figures for the whole region on Monday.",
        "ANCHORAGE: Rescue teams searched the slopes above the town for a third day.",
    ],
)
def test_interview_labels_page_furniture_and_datelines_are_not_speakers(text):
    speakers = {quote.speaker_text for quote in analyse(text).quotes}
    assert not speakers & {"Q", "A", "Posted", "ANCHORAGE"}


def test_a_name_before_a_colon_speaks_the_quotation_after_it():
    text = "Pollsters agree.\n\nMore from Carl Bialik: \u201cKeep on contacting voters as late as you can.\u201d"
    quote = next(quote for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT)
    assert quote.speaker_text == "Carl Bialik"


@pytest.mark.parametrize(
    "text",
    [
        "Four of the officers then fired a total of 10 rounds at the car.",  # a wire crime report
        "Police responded with barrages of tear gas near parliament.",  # a protest report
        "Greece is awaiting a ballistics report expected to shed light on the shooting.",  # no one says it
    ],
)
def test_deeds_and_sayings_without_a_sayer_are_not_reported_speech(text):
    assert reported(analyse(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The crowd grew, said resident Shaya Tenenbaum, who added that a few people shouted at police.",
         "resident Shaya Tenenbaum"),
        ("The plan was backed by the mayor, who said that the bridge would reopen in May.", "the mayor"),
    ],
)  # fmt: skip
def test_a_relative_clause_speaks_for_the_noun_it_describes(text, speaker):
    speakers = {quote.speaker_text for quote in reported(analyse(text))}
    assert speaker in speakers


def test_a_quotation_s_own_words_never_become_its_speaker():
    text = (
        "\u201cRussia has tried to portray a better relationship with China than reality affords,\u201d "
        "said Yun Sun, director of the China program at the Stimson Center. "
        "\u201cIt shows how desperate they are and how China has not been as helpful as they\u2019d like.\u201d"
    )
    direct = [quote for quote in analyse(text).quotes if quote.kind is QuoteKind.DIRECT]
    assert all(quote.speaker_text in (None, "Yun Sun") for quote in direct)


@pytest.mark.parametrize(
    "text",
    [
        "Since then the two countries\u2019 economic and military ties have continued to deepen.",  # NYT style
        "Zelenskiy appeared to link the attacks to the visit of the Chinese leader.",  # wire style
    ],
)
def test_how_things_go_or_look_is_not_reported_speech(text):
    assert reported(analyse(text)) == []


def test_a_promise_with_to_is_still_reported_speech():
    quote = by_cue(analyse("The minister vowed to rebuild every school destroyed in the flood."))["vowed"]
    assert quote.text == "to rebuild every school destroyed in the flood" and quote.speaker_text == "The minister"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a celebrity item: the partner completes the announcement; the day and the medium do not
        ("The actor announced his engagement to former model Jane Smith on Friday.", "announced",
         "his engagement to former model Jane Smith"),
        ("The actor announced his engagement to former model Jane Smith in a statement.", "announced",
         "his engagement to former model Jane Smith"),
        # a campaign report: the parser hangs the "to" clause off the verb
        ("The mayor defended his call to raise the city's minimum wage to $18 an hour.", "defended",
         "his call to raise the city's minimum wage to $18 an hour"),
        # a disclosure: the figure and where it came from
        ("The senator reported between $1,000 and $15,000 in dividends from a now-sold investment in an oil company.",
         "reported", "between $1,000 and $15,000 in dividends from a now-sold investment in an oil company"),
    ],
)  # fmt: skip
def test_the_phrases_completing_an_object_are_part_of_what_is_said(text, cue, content):
    assert by_cue(analyse(text))[cue].text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the writer's relative clause after a comma
        ("The ministry said the convoy had reached Mariupol, which has been under siege since March.", "said",
         "the convoy had reached Mariupol"),
        ("Several analysts predicted a narrow win in Texas, which votes on March 1.", "predicted",
         "a narrow win in Texas"),
        # the writer's participle, with the closing mark the speaker's words end on
        ('The senator said the nomination "should be settled by June," referring to the party\'s convention.', "said",
         'the nomination "should be settled by June,"'),
        ("Residents say they trust the mayor, a verdict the council has not won in years.", "say",
         "they trust the mayor"),
    ],
)  # fmt: skip
def test_the_writers_gloss_after_the_content_is_no_part_of_it(text, cue, content):
    assert by_cue(analyse(text))[cue].text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a list after a comma is what was said
        ("The agency said the camps needed food, water and medicine.", "the camps needed food, water and medicine"),
        # so is a clause the content goes on with after an inserted phrase
        ("He said the plan, adopted in 2010, was working.", "the plan, adopted in 2010, was working"),
    ],
)
def test_a_comma_inside_what_is_said_does_not_end_it(text, content):
    assert by_cue(analyse(text))["said"].text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a poll report: the parser hangs the share off the verb as a number
        ("About 4 in 10 say they want the next president to cut taxes.", "About 4 in 10",
         "they want the next president to cut taxes"),
        ("Roughly 6 in 10 say the war is going badly for the government.", "Roughly 6 in 10",
         "the war is going badly for the government"),
    ],
)  # fmt: skip
def test_a_share_of_people_before_the_verb_is_the_speaker(text, speaker, content):
    (quote,) = reported(analyse(text))
    assert (quote.speaker_text, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a poll report the parser reads as one saying of two clauses
        (
            "Even so, two-thirds of the farmers said they were very worried about the price of fuel, and more "
            "than 4 in 10 said the minister would be best at handling the crisis.",
            [
                ("two-thirds of the farmers", "they were very worried about the price of fuel"),
                ("more than 4 in 10", "the minister would be best at handling the crisis"),
            ],
        ),
        # a union survey the parser reads as one long content
        (
            "Still, half of the nurses said they were deeply worried about the state of the hospitals, and nearly "
            "3 in 10 said the union would be right to strike.",
            [
                ("half of the nurses", "they were deeply worried about the state of the hospitals"),
                ("nearly 3 in 10", "the union would be right to strike"),
            ],
        ),
    ],
)
def test_two_shares_saying_two_things_are_two_quotes_however_the_parse_joins_them(text, expected):
    assert [(quote.speaker_text, quote.text) for quote in reported(analyse(text))] == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # base forms of cues the training file mostly writes inflected ("supports", "considers")
        ("About three-quarters support a temporary ban on imports of Russian gas.", "support"),
        ("Most residents consider the new mayor honest and hard-working.", "consider"),
    ],
)
def test_a_sentence_whose_cue_is_seen_in_another_form_is_parsed(text, cue):
    assert cue in by_cue(analyse(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # campaign copy: the parser hangs the senator on the opening phrase, "said" has no subject
        ("Sunday at the state party's spring dinner Sen. Tammy Baldwin (D-WI) said the governor was a "
         "failure on jobs.", "Sen. Tammy Baldwin", "the governor was a failure on jobs"),
        # wire copy: an apposition after the opening phrase is the speaker
        ("Monday in Frankfurt, at the end of talks with his Greek counterpart Yanis Stournaras, finance minister "
         "Wolfgang Schaeuble said the aid would come in two parts.", "finance minister Wolfgang Schaeuble",
         "the aid would come in two parts"),
    ],
)  # fmt: skip
def test_a_name_right_before_a_cue_without_subject_is_the_speaker(text, speaker, content):
    assert [(quote.speaker_text, quote.text) for quote in reported(analyse(text))] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "At the town hall, a nurse who had trained in Ohio asked the senator about drug prices.",  # a place
        "Voters in three states going to the polls on Tuesday say the economy matters most.",  # a day
    ],
)
def test_a_place_or_a_day_before_a_cue_is_no_speaker(text):
    assert all(quote.speaker_text not in ("Ohio", "Tuesday") for quote in reported(analyse(text)))


def test_a_speaker_the_parse_runs_into_the_content_is_cut_from_it():
    # wire copy: the parser gives "told" no subject and runs the list of names on into the speaker
    text = (
        "The fund will seek to depose Walsh, Chief Risk Officer Anne Kirk, General Counsel Tom Bell and others, "
        "investor group leader Dan Moreno told Reuters on Monday."
    )
    content = "The fund will seek to depose Walsh, Chief Risk Officer Anne Kirk, General Counsel Tom Bell and others"
    quotes = reported(analyse(text))
    assert [(quote.speaker_text, quote.text) for quote in quotes] == [("investor group leader Dan Moreno", content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # campaign copy: the parser hangs "that he may wait …" on the news conference
        ("Courted by most of the Labour candidates and widely expected to be the union's biggest donor in the May "
         "election, Hughes said earlier on Tuesday during a press conference that he may wait until the summer "
         "to decide who to back.", "that he may wait until the summer to decide who to back"),
        # wire copy: "that pricing pressures …" hung on the conference call
        ("Chief Executive Anna Berg warned on a conference call with journalists that pricing pressures "
         "were set to continue, adding she sees no quick end to them.",
         "that pricing pressures were set to continue"),
    ],
)  # fmt: skip
def test_a_that_clause_hung_on_the_occasion_of_a_saying_is_what_was_said(text, content):
    assert content in [quote.text for quote in reported(analyse(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The senator called for the attorney general's impeachment following news that the department would sue.",
        "Last week the government agreed to sell the grid operator despite concerns that it may follow Greece.",
    ],
)
def test_a_that_clause_of_news_or_concerns_is_not_the_speakers(text):
    clause = text[text.index("that ") :].rstrip(".")
    assert clause not in [quote.text for quote in reported(analyse(text))]


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        # campaign copy: the donor is expected by others to be the top donor
        ("Courted by most of the Labour candidates and widely expected to be the union's biggest donor in the May "
         "election, Hughes said earlier on Tuesday during a press conference that he may wait until the summer "
         "to decide who to back.", "to be the union's biggest donor in the May election"),
        # wire copy: a profile of an official expected to leave
        ("Expected to step down soon, the Treasury secretary has kept a low profile in the talks.",
         "to step down soon"),
    ],
)  # fmt: skip
def test_what_others_expect_of_someone_is_not_their_saying(text, not_said):
    assert not_said not in [quote.text for quote in reported(analyse(text))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # campaign copy: a list of insults the parser hangs as appositions
        ("Bush told voters in Nashua that his rival is a “loser,” a “liar” and a “whiner.”",
         "that his rival is a “loser,” a “liar” and a “whiner.”"),
        # wire copy: a list of witnesses
        ("They plan to call the former chairman, two directors, the auditor and others as witnesses, union "
         "leader Dan Moreno told Reuters on Monday.",
         "They plan to call the former chairman, two directors, the auditor and others as witnesses"),
    ],
)  # fmt: skip
def test_a_list_after_a_comma_is_no_gloss(text, content):
    assert [quote.text for quote in reported(analyse(text))] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # wire copy: the parser takes the dateline for the subject
        ("OSAKA (Reuters) - Panasonic Corp reported a 40 percent fall in quarterly operating profit and cut its "
         "outlook.", "Panasonic Corp", "a 40 percent fall in quarterly operating profit"),
        # agency copy with a state and a date in the dateline
        ("RENO, Nev., Jan. 9 (UPI) — Senator Harry Reid said the state would not back the plan.",
         "Senator Harry Reid", "the state would not back the plan"),
    ],
)  # fmt: skip
def test_a_dateline_is_neither_speaker_nor_content(text, speaker, content):
    quote = reported(analyse(text))[0]
    assert (quote.speaker_text, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business copy: a Reuters instrument code after the company
        ("Dow Chemical Co ( DOW.N ) posted a fourth-quarter loss on Tuesday.", "Dow Chemical Co"),
        # campaign copy: a party tag after the senator
        ("Sen. Chuck Grassley (R-Iowa) said the nominee would get no hearing.", "Sen. Chuck Grassley"),
    ],
)
def test_a_bracket_after_a_speakers_name_is_no_part_of_it(text, speaker):
    assert [quote.speaker_text for quote in reported(analyse(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # business wire: a newspaper passes on an executive's words
        ("The paper quoted Chief Financial Officer Richard Jones as saying that the figure was too high.",
         "Chief Financial Officer Richard Jones", "that the figure was too high"),
        # state media passes on an official's words
        ("The agency cited a senior official as saying the talks had stalled.", "a senior official",
         "the talks had stalled"),
        # a direct quote before the attribution
        ('"At this stage, there is merit in the claim that the post is defamatory," the paper quoted the court '
         "as saying.", "the court", '"At this stage, there is merit in the claim that the post is defamatory,"'),
    ],
)  # fmt: skip
def test_who_is_quoted_as_saying_is_the_speaker(text, speaker, content):
    quotes = [quote for quote in analyse(text).quotes if quote.kind is not QuoteKind.FRAGMENT]
    assert [(quote.speaker_text, quote.text) for quote in quotes] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business copy: the day the parser hangs on the subject
        ("The Fed is spending billions, while BoE policymakers on Thursday said they would increase spending on "
         "their debt purchase plan.", "BoE policymakers"),
        # local news: a night
        ("Officials in the city on Friday night said two people had died.", "Officials in the city"),
        # protest copy: a march is no month
        ("Organisers of the march said the route would change.", "Organisers of the march"),
    ],
)  # fmt: skip
def test_a_time_phrase_on_the_subject_is_no_part_of_the_speaker(text, speaker):
    assert [quote.speaker_text for quote in reported(analyse(text))] == [speaker]


def test_an_embedded_tweets_markup_is_no_speaker():
    text = (
        '<tweet id="7566" author="@HillaryClinton" datetime="2016-07-23">I am thrilled to announce my running '
        "mate, a man who has devoted his life to others.</tweet>"
    )
    assert all("datetime" not in (quote.speaker_text or "") for quote in analyse(text).quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # markets copy: "traders" joined to the bonds, "said" to "bought"
        ("The central bank has bought more than 180 billion euros of peripheral euro zone bonds and traders said "
         "it was active in the market again on Thursday.", "traders"),
        # conflict copy
        ("The army shelled the town and residents said 12 people had died.", "residents"),
    ],
)  # fmt: skip
def test_a_noun_joined_to_the_object_before_a_second_saying_is_its_speaker(text, speaker):
    assert [quote.speaker_text for quote in reported(analyse(text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # campaign copy: a picture shared
        "Fox News correspondent Ed Henry stirred controversy on Wednesday when he posted the following picture "
        "to his Twitter page.",
        "The governor posted a video of the flooded road on Facebook.",  # local news
        # central-bank copy: nothing said
        "She joined the board in 2014 but said almost nothing about monetary policy until October.",
        "The minister said little about the budget.",
    ],
)
def test_a_picture_shared_or_nothing_said_is_no_quote(text):
    assert reported(analyse(text)) == []


def test_a_clause_that_opens_with_nothing_is_still_said():
    assert [quote.text for quote in reported(analyse("He said nothing would change."))] == ["nothing would change"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # diplomatic wire copy: a topic talked about
        ("The two foreign ministers discussed a new security agreement on Monday.", "discussed",
         "a new security agreement", "The two foreign ministers"),
        # campaign copy: a topic spoken of, an intention, a plan laid out
        ("Obama spoke of the need for Americans to recognize the contributions of Muslims.", "spoke",
         "the need for Americans to recognize the contributions of Muslims", "Obama"),
        ("The demonstrators intend to ignore the restrictions on the march.", "intend",
         "to ignore the restrictions on the march", "The demonstrators"),
        ("The senator laid out his plan for cutting the deficit.", "laid", "his plan for cutting the deficit",
         "The senator"),
        # business copy: a stance on a rule, an evidence pointed to
        ("The chamber of commerce welcomed the rule change.", "welcomed", "the rule change",
         "The chamber of commerce"),
        ("The governor pointed to falling unemployment in the state.", "pointed", "falling unemployment in the state",
         "The governor"),
        # a judgement: someone cast as something
        ("Cruz cast his rival as a weak leader.", "cast", "his rival as a weak leader", "Cruz"),
    ],
)  # fmt: skip
def test_talking_about_meaning_to_and_casting_as_attribute_their_object(text, cue, content, speaker):
    quote = by_cue(analyse(text))[cue]
    assert (quote.text, quote.speaker_text) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # whom one talked to, and how, are no topic (campaign and wire copy)
        "Tenney spoke to Breitbart News on Saturday.",
        "Two officials spoke on condition of anonymity.",
        # deeds of the same verbs: a wreath laid, a gun pointed, a player cast (local and sports copy)
        "The mayor laid a wreath at the memorial.",
        "The man pointed a gun at the clerk.",
        "The director cast a newcomer in the lead role.",
    ],
)
def test_a_listener_a_manner_or_a_deed_of_those_verbs_is_no_quote(text):
    assert reported(analyse(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # political feature: the "as" clause opens the sentence
        ("As The Atlantic recently noted, trust in government is collapsing around the world.", "noted",
         "trust in government is collapsing around the world", "The Atlantic"),
        # wire copy: after a conjunction, and at the end of the sentence
        ("And, as Reuters reported on Monday, the refinery had been shut for repairs.", "reported",
         "the refinery had been shut for repairs", "Reuters"),
        ("The refinery had been shut for repairs, as Reuters reported on Monday.", "reported",
         "The refinery had been shut for repairs", "Reuters"),
        # a campaign's message says what its issuer says
        ("Later, the campaign released a statement saying it was postponing the evening rally.", "saying",
         "it was postponing the evening rally", "the campaign"),
        ("The minister's statement saying the port would reopen next week drew criticism.", "saying",
         "the port would reopen next week", "The minister"),
    ],
)  # fmt: skip
def test_an_as_clause_and_a_message_attribute_to_their_reporter_and_issuer(text, cue, content, speaker):
    quote = by_cue(analyse(text))[cue]
    assert (quote.text, quote.speaker_text) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # "as" of time and "as expected": nobody reports (local and market copy)
        "As he spoke, shots rang out in the square.",
        "As expected, the bill passed the lower house easily.",
        # a message someone found says nothing of the finder's (police copy)
        "Police found a note saying the attack had been planned for weeks.",
    ],
)  # fmt: skip
def test_an_as_clause_of_time_and_a_found_message_give_no_speaker(text):
    assert [quote.speaker_text for quote in reported(analyse(text))] == []
