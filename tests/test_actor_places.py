"""A place actor's country from the gazetteer: a state or province is in its country, and a
name regions of two countries bear is the one of a country the article already named."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.geo.actor_places import country_of_its_section
from newsgraph.nlp.records import ActorKind


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a state or province is in its country (campaign copy, news_dev; Indian wire copy); a name
        # regions of two countries bear is the one of a country the article already named
        ("She campaigned in Iowa and Vermont before the primaries.", "Vermont", "USA"),
        ("Flooding hit Bihar on Monday, officials said.", "Bihar", "IND"),
        ("Clinton won in Pennsylvania, Maryland and Delaware.", "Maryland", "USA"),
        ("Pakistan said on Monday that flooding hit Punjab.", "Punjab", "PAK"),
        ("Flooding hit Punjab on Monday.", "Punjab", None),
        # a county and a city of its size (news_dev, a Georgia court story); a city two countries have
        ("It is hard to get a death sentence in Atlanta's Fulton County, where they are rare.", "Fulton County", "USA"),
        ("It is hard to get a death sentence in Atlanta's Fulton County, where they are rare.", "Atlanta", "USA"),
        ("Clashes erupted in Hyderabad on Monday.", "Hyderabad", None),
        # a region by another name than the gazetteer's own (German election copy, news_dev; Pakistani copy)
        ("State elections will be held in Baden-W\u00fcrttemberg on March 13.", "Baden-W\u00fcrttemberg", "DEU"),
        ("Flooding hit Sindh on Monday, officials said.", "Sindh", "PAK"),
        # a country's section named after it (Reuters, audit 4123; US weather copy written for the rule)
        ("A report showed business activity in the U.S. Midwest expanded in December.", "U.S. Midwest", "USA"),
        ("Heavy rain hit the U.S. Gulf Coast on Monday.", "U.S. Gulf Coast", "USA"),
    ],
)
def test_a_place_actor_is_in_the_country_of_the_region_of_its_name(text: str, place: str, country: str | None):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == place] == [country]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a city of millions that dwarfs its namesakes (a Nigerian protest report; Egyptian copy, written for
        # the rule); the article's other countries still decide; cities of like size stay open
        ("Protesters blocked the road in Lagos on Friday.", "Lagos", "NGA"),
        ("Police fired tear gas at marchers in Alexandria.", "Alexandria", "EGY"),
        ("Portugal's coast guard said a migrant boat landed near Lagos on Friday.", "Lagos", "PRT"),
        ("Thousands marched in Valencia on Sunday.", "Valencia", None),
    ],
)
def test_a_place_shared_with_smaller_namesakes_is_the_great_citys(text, place, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == place] == [country]


@pytest.mark.parametrize(
    "text",
    [
        # crowds the recogniser read as a location (Nigerian conflict copy; Pakistani wire copy, written for it)
        "Gunmen attacked a village in Borno state on Monday, killing five people.",
        "Gunmen opened fire on a bus in Karachi on Friday.",
    ],
)
def test_a_plural_for_people_is_no_place(text):
    (analysis,) = analyse_texts([("a", text)])
    assert all(actor.kind is not ActorKind.PLACE for actor in analysis.nlp.actors if actor.name == "Gunmen")


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a town the gazetteer has in one country, in a story that names that country (Australian
        # health copy; Indian flood copy); alone it says nothing
        ("The NSW government confirmed infections in Sydney and in Moonbi, Parkes and Wyong.", "Moonbi", "AUS"),
        ("Floods hit villages near Karad in Satara district, India, on Monday.", "Karad", "IND"),
        ("The festival in Moonbi drew a crowd on Saturday.", "Moonbi", None),
        # a region named only by words that describe a part of a country is one of a country named
        ("Brafman said the case was brought in the Southern District, not in Albany.", "Southern District", None),
        ("The Southern District court in Beersheba, Israel, ruled on Monday.", "Southern District", "ISR"),
        # so is a compass point (Reuters markets copy; an ACLED-style note)
        ("Shares of the broker Southwest rose 3 percent in New York on Friday.", "Southwest", None),
        ("Heavy rain hit the Southwest on Monday, officials in Ouagadougou said.", "Southwest", "BFA"),
    ],
)
def test_a_town_or_a_described_region_is_in_a_country_the_article_names(text, place, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == place] == [country]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Australian health copy; an ACLED-style note listing villages
        ("Infections were confirmed in Sydney, Cattai and Wilberforce on Monday.", "Wilberforce"),
        ("Militiamen attacked villages in Goma, Kibirizi and Wyong on Monday.", "Wyong"),
    ],
)
def test_a_name_in_a_list_of_places_is_a_place(text, place):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.kind.value for actor in analysis.nlp.actors if actor.name == place] == ["place"]


def test_a_name_after_a_list_of_places_and_a_verb_stays_a_person():
    (analysis,) = analyse_texts([("a", "The talks were held in Washington and Kerry said they went well.")])
    assert [actor.kind.value for actor in analysis.nlp.actors if actor.name == "Kerry"] == ["person"]


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # a US state the recogniser read as a person (campaign copy); a country's name among the
        # states of another country is that state (campaign copy) but not beside its own places
        (
            "Sanders, who won Rhode Island on Tuesday, kept going. He won Rhode Island easily.",
            "Rhode Island",
            "place",
            "USA",
        ),
        (
            "Georgia could be closer than in 2012, while Arizona, Texas and Ohio could break for Clinton.",
            "Georgia",
            "place",
            "USA",
        ),
        (
            "Protesters marched in Tbilisi, Georgia, on Sunday, and senators from Texas and Ohio watched.",
            "Georgia",
            "country",
            "GEO",
        ),
        ("Georgia and Russia fought a short war in 2008 over South Ossetia.", "Georgia", "country", "GEO"),
    ],
)
def test_a_region_written_as_a_person_or_a_country_is_the_region(text, name, kind, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [(actor.kind.value, actor.country) for actor in analysis.nlp.actors if actor.name == name] == [
        (kind, country)
    ]


@pytest.mark.parametrize(
    ("text", "organisation", "country"),
    [
        # a body named after a big city or a two-word state is of its country (Gulf trade-fair copy,
        # Australian and US press, Nigerian copy); a smaller or shared name says nothing
        ("The fair is supported by Dubai Police and the National Crime Agency.", "Dubai Police", "ARE"),
        ("The Sydney Morning Herald reported the deal on Monday.", "Sydney Morning Herald", "AUS"),
        ("The New York Times reported the deal on Monday.", "The New York Times", "USA"),
        ("The Lagos State Government banned the rally on Friday.", "Lagos State Government", "NGA"),
        ("The Washington Post reported the deal on Monday.", "The Washington Post", None),
    ],
)
def test_an_organisation_named_after_a_big_city_or_a_state_is_of_its_country(text, organisation, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == organisation] == [country]


@pytest.mark.parametrize(
    ("text", "organisation", "country"),
    [
        # a body named after a one-word state is that state's country when the article names it
        # (campaign copy; farm-news copy); alone the name says nothing ("Victoria Police", "Georgia Tech")
        (
            "Patch, a former Iowa Republican Party director, said Cruz was behind in the United States.",
            "Iowa Republican Party",
            "USA",
        ),
        (
            "A specialist with the Pennsylvania State Department of Agriculture said bees died in Georgia and Ohio.",
            "Pennsylvania State Department of Agriculture",
            "USA",
        ),
        ("Patch, a former Iowa Republican Party director, said Cruz was behind.", "Iowa Republican Party", None),
    ],
)
def test_an_organisation_named_after_a_state_is_of_the_country_the_article_names(text, organisation, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == organisation] == [country]


@pytest.mark.parametrize(
    "text",
    [
        # a continent is no town of a country the article names (defence-forum copy; trade copy)
        "Carter said he would welcome China in a security network for Asia. The Philippines filed a case.",
        "Peru's exports to Asia rose by a fifth last year, the ministry in Lima said.",
    ],
)
def test_a_continent_is_no_town(text):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == "Asia"] == [None]


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        # US political copy and British news, written for the rule: a body every state has, in a story
        # whose places all lie in one country, is that country's
        (
            "Rep. Devin Nunes of California, chairman of the House Intelligence Committee, called for more "
            "accountability in Ohio and Texas.",
            "House Intelligence Committee",
            "USA",
        ),
        ("The Department of Health said hospitals in London and Manchester were full on Monday.",
         "Department of Health", "GBR"),
        # more such bodies: a wildlife rule story (news_dev), a Nigerian statement (news_dev, reworded)
        ("The Interior Department said no decision had been made on the polar bear in Alaska.",
         "Interior Department", "USA"),
        ("Ohanaeze said in Enugu, Nigeria, that the Federal Government had no case against Ekweremadu.",
         "Federal Government", "NGA"),
        # places in two countries: no telling whose it is
        ("The Department of Health in Kenya and hospitals in London were both named on Monday.",
         "Department of Health", None),
    ],
)  # fmt: skip
def test_a_national_body_is_of_the_one_country_of_the_storys_places(text, body, country):
    (analysed,) = analyse_texts([("a", text)])
    countries = {actor.name: actor.country for actor in analysed.nlp.actors}
    assert body in countries and countries[body] == country


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        # a legislature named by its kind alone, in a story set mostly in one country (US wire copy,
        # Indian political copy, a Nigerian statement)
        (
            "WASHINGTON (Reuters) - Congress will vote on the auto bailout on Monday, lawmakers in Washington "
            "said, as the Senate weighed aid for plants in Michigan and Ohio. China welcomed the plan.",
            "Congress",
            "USA",
        ),
        ("Congress leaders met in New Delhi on Monday and said they would protest in Mumbai and Patna.",
         "Congress", "IND"),
        ("The Senate in Abuja passed the budget on Tuesday, and lawmakers from Lagos and Kano backed it.",
         "Senate", "NGA"),
        # … or mostly of one country's parties when its places are of several (campaign copy on Latino
        # voters, actor audit 4863; a British story written for the rule)
        ("Mr. Cruz, who unlike Mr. Rubio won his Senate seat in Texas with tepid Latino support, faces an "
         "arduous task. Ted Cruz and Marco Rubio answered Donald Trump in Miami after he spoke of Mexico and "
         "Cuba. Rubio praised Cruz.", "Senate", "USA"),
        ("Boris Johnson told Rishi Sunak that the Treasury would pay for the plan. Sunak flew to Paris, then "
         "to Berlin. Johnson met Keir Starmer and Liz Truss.", "Treasury", "GBR"),
        # … not in a story whose places lie in several countries, none holding most of them
        ("The attack in Benghazi killed four Americans, and Congress opened an inquiry. Libya and Lebanon "
         "condemned it, and Saudi Arabia called for calm in Libya.", "Congress", None),
    ],
)  # fmt: skip
def test_a_legislature_named_by_its_kind_is_of_the_country_most_places_lie_in(text, body, country):
    (analysed,) = analyse_texts([("a", text)])
    countries = {actor.name: actor.country for actor in analysed.nlp.actors}
    assert body in countries and countries[body] == country


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK (Reuters) - Stocks rose on Wall Street on Friday after the jobs report.",
        "Sanders has attacked Wall Street banks for years, and did so again in Iowa on Monday.",
    ],
)
def test_wall_street_is_the_us_financial_industry(text):
    (analysed,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysed.nlp.actors if actor.name == "Wall Street"] == ["USA"]


@pytest.mark.parametrize(
    ("text", "town", "region", "country"),
    [
        # a town the recogniser read as a person or a body, then its state (news_dev: a migrant caravan
        # in Mexico, a US local-news bulletin; Indian wire copy)
        (
            "Migrants traveling with the caravan have been camped out at a sports club in Matias Romero, "
            "Oaxaca State, since Monday.",
            "Matias Romero",
            "Oaxaca State",
            "MEX",
        ),
        (
            "The victims' conditions weren't immediately known, said Troy police. There is breaking news out "
            "of Troy, Michigan, a suburb of Detroit.",
            "Troy",
            "Michigan",
            "USA",
        ),
        ("Flooding hit Mandla, Madhya Pradesh, on Monday, officials said.", "Mandla", "Madhya Pradesh", "IND"),
    ],
)
def test_a_town_written_before_its_region_is_a_place(text, town, region, country):
    (analysis,) = analyse_texts([("a", text)])
    kinds = {actor.name: (actor.kind.value, actor.country) for actor in analysis.nlp.actors}
    assert kinds[town] == ("place", country)
    assert kinds[region] == ("place", country)


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # a town that shares a capital's or a great city's name, written before its region (US crime
        # copy, a comma; ACLED-style notes, the region in brackets) is the region's town
        ("Four students were stabbed to death in Moscow, Idaho, last month.", "Moscow", "USA"),
        ("A man was shot dead in Paris, Texas, on Sunday night.", "Paris", "USA"),
        (
            "On 24 June 2022, demonstrators gathered at North Straub Park in Saint Petersburg (Florida) to rally.",
            "Saint Petersburg",
            "USA",
        ),
        # and a region of the great city's own country keeps it there (British copy)
        ("Police arrested two men in Birmingham, England, after the robbery.", "Birmingham", "GBR"),
    ],
)
def test_a_place_written_before_its_region_is_that_regions_town(text, town, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == town] == [country]


def test_a_person_called_by_a_towns_name_before_a_region_stays_a_person():
    text = "Residents of Jackson, Mississippi, marched on Sunday. Jesse Jackson, who led the march, spoke."
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.kind.value for actor in analysis.nlp.actors if actor.name == "Jesse Jackson"] == ["person"]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a title held in a state (US campaign copy: before the name, in an apposition, abbreviated; Indian
        # copy) is of the state's country; a country's name before a state's title is the state's
        ("Cruz picked up an endorsement from former Texas governor Rick Perry.", "Rick Perry", "USA"),
        ("John Kasich, the Ohio governor, said he would stay in the race.", "John Kasich", "USA"),
        ("Georgia Gov. Brian Kemp signed the bill on Tuesday.", "Brian Kemp", "USA"),
        ("Bihar Chief Minister Nitish Kumar inspected the flood damage.", "Nitish Kumar", "IND"),
        # a region two countries have is the one of the country the article names
        ("Punjab Chief Minister Amarinder Singh said the farmers would be paid.", "Amarinder Singh", None),
        (
            "Floods hit Ludhiana, India. Punjab Chief Minister Amarinder Singh said the farmers would be paid.",
            "Amarinder Singh",
            "IND",
        ),
        # a country's own demonym before a governor still says the country (Russian wire copy)
        ("The Russian governor, Vyacheslav Gladkov, said two people died.", "Vyacheslav Gladkov", "RUS"),
        # the region written with "'s" before the title (US election copy; Indian police copy)
        ("Indiana's secretary of state Connie Lawson said the count would end on Friday.", "Connie Lawson", "USA"),
        ("Maharashtra's police chief Satish Mathur said the accused had fled.", "Satish Mathur", "IND"),
        # a title the recogniser took into the name ("Sheriff Robert Pickell") is still read
        ("Genesee County Sheriff Robert Pickell said deputies found the body.", "Robert Pickell", "USA"),
        # a police title of a city (US crime copy; Indian police copy)
        ("Chicago police chief Eddie Johnson said the officers had been suspended.", "Eddie Johnson", "USA"),
        ("Mumbai police commissioner Rakesh Maria said the accused had been arrested.", "Rakesh Maria", "IND"),
        # a city the article has placed already is where its mayor is (ACLED-style notes, US copy)
        (
            "On 24 June 2022, demonstrators gathered at North Straub Park in Saint Petersburg (Florida) to rally."
            " Saint Petersburg Mayor Ken Welch (D) was among those in attendance.",
            "Ken Welch",
            "USA",
        ),
        # a capitalised function word opening the sentence is no place of the title (news_dev, event
        # audit 4906: "As" was Ås in Norway; local copy written for the rule)
        ("As Rep. Alan Grayson's Senate campaign began falling apart, he sent out a robocall.", "Alan Grayson", None),
        ("When Mayor Ken Welch arrived, the crowd cheered.", "Ken Welch", None),
        # a person named in the article before a title is whom the titled one works for, not a place
        # (news_dev, actor audit 4883: "Cruz" is in Brazil; Indian political copy written for the rule)
        (
            "Ted Cruz campaigned in Iowa. Cruz spokeswoman Catherine Frazier said the pledge was not constraining.",
            "Catherine Frazier",
            None,
        ),
        (
            "Mamata Banerjee spoke in Kolkata. Banerjee aide Derek Mitra said the rally would go ahead.",
            "Derek Mitra",
            None,
        ),
        # a chamber or a party between the region and the title is no part of the place (news_dev, actor
        # audit 4917: a Wisconsin candidate; US party copy written for the rule)
        (
            "He earned some goodwill by raising money for Wisconsin Senate candidate Russ Feingold.",
            "Russ Feingold",
            "USA",
        ),
        ("Ohio Democratic Party chairman David Pepper said the count was fair.", "David Pepper", "USA"),
        ("White House spokesman Josh Earnest said the president would sign it.", "Josh Earnest", "USA"),
        # so are the words of a regional central bank (Reuters, actor audit 4918: a Fed president; a
        # second Fed district written for the rule)
        (
            "Lower oil prices will help offset the cooling housing market, Dallas Federal Reserve President Richard"
            " Fisher said in an interview published on Tuesday.",
            "Richard Fisher",
            "USA",
        ),
        ("Kansas City Fed President Thomas Hoenig said inflation was too high.", "Thomas Hoenig", "USA"),
    ],
)
def test_a_title_held_in_a_region_gives_the_regions_country(text, person, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == person] == [country]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a person described as of a place the article has placed lives in its country (US local copy,
        # news_dev; British and Indian court copy, written for the rule) ...
        ('"It\'s all pie in the sky," said Renee Gold, 83, of Sarasota, Florida.', "Renee Gold", "USA"),
        (
            "Tributes were paid to Mark Hughes, 45, from Leeds, West Yorkshire, who died on Sunday.",
            "Mark Hughes",
            "GBR",
        ),
        ("The accused, Ravi Yadav, a resident of Ghaziabad, was produced in court on Monday.", "Ravi Yadav", "IND"),
        # ... not of a place the article leaves without a country, nor of a body
        ("The victim, Mark Hughes, 45, from Manchester, died in hospital on Sunday.", "Mark Hughes", None),
        ("Mark Hughes, of the Leeds Chamber of Commerce, said sales were down.", "Mark Hughes", None),
    ],
)
def test_a_person_of_a_placed_town_is_of_its_country(text, person, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == person] == [country]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a role held at home, in a story whose places all lie in one country (US national copy,
        # Indian police copy, US city copy) ...
        ("Attorney General Loretta Lynch said the department would investigate the shooting in Chicago.",
         "Loretta Lynch", "USA"),
        ("Police Commissioner Neeraj Kumar said the accused were arrested in Delhi on Sunday.", "Neeraj Kumar", "IND"),
        ("Mayor Ed Lee said the city would appeal the ruling in San Francisco.", "Ed Lee", "USA"),
        # ... not in a story set in two countries, nor a role a visitor may hold
        ("Attorney General Loretta Lynch said the shootings in Chicago and in Paris were not linked.",
         "Loretta Lynch", None),
        ("Foreign Minister Ahmet Davutoglu met officials in Washington on Monday.", "Ahmet Davutoglu", None),
    ],
)  # fmt: skip
def test_a_domestic_role_in_a_story_set_in_one_country_is_of_that_country(text, person, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == person] == [country]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # "of <place>" after a legislator's or a governor's name is the place the title is held for:
        # a US state that shares a country's name (US Senate copy, Georgia's own press), a state ...
        ("Sen. Johnny Isakson of Georgia said he would vote for the bill.", "Johnny Isakson", "USA"),
        ("Gov. Nathan Deal of Georgia signed the bill into law on Monday.", "Nathan Deal", "USA"),
        ("Rep. Mark Meadows of North Carolina said the House would vote on Tuesday.", "Mark Meadows", "USA"),
        # ... or a country no region is named after (Kenyan copy)
        ("Senator Moses Wetangula of Kenya said the opposition would boycott the vote.", "Moses Wetangula", "KEN"),
        # a national role "of Georgia" is the country's (Caucasus copy)
        ("President Mikheil Saakashvili of Georgia said the troops would stay.", "Mikheil Saakashvili", "GEO"),
    ],
)
def test_a_legislators_or_governors_place_after_the_name_gives_its_country(text, person, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == person] == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sen. Johnny Isakson of Georgia said he would vote for the bill.", "USA"),
        ("Georgia Sen. Johnny Isakson said he would vote for the bill.", "USA"),
        ("President Mikheil Saakashvili of Georgia said the troops would stay.", "GEO"),
    ],
)
def test_a_country_named_as_the_place_of_a_state_title_is_the_state(text, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == "Georgia"] == [country]


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        # a state's name alone, read as a body (news_dev, a Missouri Senate race; German wire copy)
        (
            "Jason Kander, who is running against Missouri Republican Roy Blunt, said Congress failed.",
            "Missouri",
            "USA",
        ),
        ("Bavaria Premier Markus Soeder said the border would stay open.", "Bavaria", "DEU"),
    ],
)
def test_a_regions_name_alone_is_the_region_not_a_body(text, region, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [(actor.kind.value, actor.country) for actor in analysis.nlp.actors if actor.name == region] == [
        ("place", country)
    ]


def test_a_capital_standing_for_its_government_is_not_made_a_region():
    (analysis,) = analyse_texts([("a", "Washington said on Monday that sanctions would follow.")])
    assert "place" not in {actor.kind.value for actor in analysis.nlp.actors if actor.name == "Washington"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a name after a preposition of place and before ", <country>": a Philippine health report
        # (news_dev), Nigerian conflict copy (written for the rule)
        ("Six students in Ilocos Sur, Philippines tested positive for the H1N1 influenza virus.", "Ilocos Sur"),
        ("Gunmen killed five farmers in Zamfara State, Nigeria on Sunday.", "Zamfara State"),
    ],
)
def test_a_name_before_its_country_after_a_preposition_is_a_place(text, place):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.kind for actor in analysis.nlp.actors if actor.name == place] == [ActorKind.PLACE]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a place before ", <country>" that ends the phrase (a Philippine health report, news_dev; Pakistani
        # wire copy, written for the rule); a list of countries gives none
        ("Six students in Ilocos Sur, Philippines tested positive for the H1N1 influenza virus.", "Ilocos Sur", "PHL"),
        ("A bomb exploded in Bannu District, Pakistan, killing four.", "Bannu District", "PAK"),
        ("Flights from Lagos, Ghana and Kenya were cancelled.", "Lagos", "NGA"),
    ],
)  # fmt: skip
def test_a_place_before_its_country_is_of_that_country(text, place, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == place] == [country]


def test_a_person_before_a_list_of_countries_stays_a_person():
    (analysis,) = analyse_texts([("a", "Merkel, France and Britain signed the appeal.")])
    assert [actor.kind for actor in analysis.nlp.actors if actor.name == "Merkel"] == [ActorKind.PERSON]


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        # a region whose name opens with a demonym (Reuters on a Canadian court; Canadian politics)
        (
            "Icahn's petition was dismissed on Monday by a British Columbia Supreme Court.",
            "British Columbia Supreme Court",
            "CAN",
        ),
        ("The British Columbia Liberal Party won the election in Vancouver.", "British Columbia Liberal Party", "CAN"),
        # a demonym that opens no place's name keeps its nation
        ("The British Broadcasting Corporation said it would cut jobs.", "British Broadcasting Corporation", "GBR"),
    ],
)
def test_a_body_named_after_a_region_opening_with_a_demonym_is_of_the_regions_country(text, body, country):
    (analysis,) = analyse_texts([("t", text)])
    actors = {actor.name: actor for actor in analysis.nlp.actors}
    assert actors[body].country == country


def test_a_section_is_of_the_country_its_name_opens_with_but_a_delta_is_no_section():
    assert country_of_its_section("U.S. Midwest") == "USA"
    assert country_of_its_section("China's northwest") == "CHN"
    assert country_of_its_section("Niger Delta") is None  # Nigeria's, not Niger's
    assert country_of_its_section("Midwest") is None


def _actor(text: str, name: str) -> tuple[str, str | None]:
    (analysis,) = analyse_texts([("a", text)])
    (actor,) = [actor for actor in analysis.nlp.actors if actor.name == name]
    return actor.kind.value, actor.country


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # a town before a country's name that is also its region of another country (ECB+ copy,
        # seen in an actor audit; US news written for the rule); Georgia's own town stays there
        (
            "Monday's shooting follows two last week in public places in Atlanta, Georgia, and Seattle, Washington.",
            "Atlanta",
            ("place", "USA"),
        ),
        ("The company moved its headquarters to Savannah, Georgia, last year.", "Savannah", ("place", "USA")),
        ("Protesters marched in Tbilisi, Georgia, on Sunday.", "Tbilisi", ("place", "GEO")),
        # a state's name read as a body before a title, though three countries have such a region
        # (campaign copy, seen in an actor audit; a hurricane report written for the rule)
        (
            "Speakers include Oklahoma Gov. Mary Fallin; Florida Gov. Rick Scott; and Ivanka Trump.",
            "Florida",
            ("place", "USA"),
        ),
        ("Florida Gov. Rick Scott declared an emergency in Miami.", "Florida", ("place", "USA")),
        # an employer after a trade and "at" that no gazetteer has (NYT business copy, seen in an
        # actor audit; a Reuters-style quote written for the rule)
        (
            "But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who notes the cuts.",
            "Jefferies",
            ("organisation", None),
        ),
        ("said Sara Lee, an analyst at Bernstein, in a note.", "Bernstein", ("organisation", None)),
    ],
)
def test_a_place_actor_read_from_what_is_written_around_it(text: str, name: str, found: tuple[str, str | None]):
    assert _actor(text, name) == found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a list of states is no place before its country (campaign copy, seen in an actor audit; an
        # Indian list written for the rule, where Punjab stays Indian beside Haryana)
        (
            "His rival, Hillary Clinton, captured Virginia, Georgia, Arkansas, Alabama, Texas and Tennessee.",
            "Virginia",
            "USA",
        ),
        (
            "His rival, Hillary Clinton, captured Virginia, Georgia, Arkansas, Alabama, Texas and Tennessee.",
            "Georgia",
            "USA",
        ),
        ("The party won in Kerala, Punjab, Haryana, Bihar and Assam.", "Kerala", "IND"),
    ],
)
def test_a_list_of_regions_is_no_place_before_its_country(text: str, name: str, country: str):
    assert _actor(text, name)[1] == country


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a clause after a name's comma tells what the person did, not who the person is (campaign copy,
        # actor audit 4863; a Kenyan visit written for the rule)
        (
            "But Donald Trump, having completed his photo op with the Mexican president, discarded the friend "
            "he had just used as a prop.",
            "Donald Trump",
            "USA",
        ),
        ("William Ruto, speaking after talks with the Ugandan president, said the border would open.",
         "William Ruto", "KEN"),
    ],
)  # fmt: skip
def test_a_clause_after_a_name_gives_it_no_role_or_country(text, person, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [actor.country for actor in analysis.nlp.actors if actor.name == person] == [country]


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # a capital after a preposition of place is the city, whatever the recogniser called it
        # (Zimbabwean copy, actor audit 4863; East African copy written for the rule)
        (
            "Tourism minister Prisca Mupfumira recently approached British Airways about direct flights between "
            "London and Harare.",
            "Harare",
            "place",
            "ZWE",
        ),
        ("The delegation returned to Nairobi on Monday after the talks.", "Nairobi", "place", "KEN"),
        # a party said to be in a country is that country's (GeoVirus copy, actor audit 4863; South African
        # labour copy written for the rule)
        (
            "Brian Connell, a member of the Conservative Party in the UK, believes that the council must protect "
            "consumers.",
            "Conservative Party",
            "organisation",
            "GBR",
        ),
        ("The Communist Party in South Africa backed the strike on Monday.", "The Communist Party",
         "organisation", "ZAF"),
    ],
)  # fmt: skip
def test_a_capital_gone_to_is_a_place_and_a_party_in_a_country_is_its(text, name, kind, country):
    (analysis,) = analyse_texts([("a", text)])
    assert [(actor.kind.value, actor.country) for actor in analysis.nlp.actors if actor.name == name] == [
        (kind, country)
    ]


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    (analysis,) = analyse_texts([("a", text)])
    return {actor.name: (actor.kind.value, actor.country) for actor in analysis.nlp.actors}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a country's possessive right before a name is the person's country (ECB+, actor audit 4917: a
        # German boxer; business copy written for the rule); a state's name the same as a country's is not
        ("On the undercard, former heavyweight champion Riddick Bowe made a modest comeback with an eighth-round"
         " decision over Germany's Gene Pukall.", "Gene Pukall", "DEU"),
        ("Mexico's Carlos Slim bought a stake in the newspaper.", "Carlos Slim", "MEX"),
        ("Georgia's Johnny Isakson voted against the bill.", "Johnny Isakson", None),
    ],
)  # fmt: skip
def test_a_countrys_possessive_before_a_name_gives_its_country(text, person, country):
    assert _actors(text)[person] == ("person", country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whom a worker works with is a body, and "Limited" ends a firm's name (ECB+, actor audit 4917:
        # an environmental law group and a Vancouver shop; NGO copy written for the rule)
        ("Janette Brimmer, an attorney with Earthjustice, said the administration was wrong.", "Earthjustice"),
        ("Vancouver Police received a call of a man being shot at a business called Tall Grass Distribution"
         " Limited.", "Tall Grass Distribution Limited"),
    ],
)  # fmt: skip
def test_an_employer_and_a_limited_company_are_organisations(text, name):
    assert _actors(text)[name][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name right after a business noun is a firm's (Reuters, actor audit 4918: Nestle's Alcon; retail
        # copy written for the rule)
        ("The group's pharmaceutical division, which contains eye-care company Alcon, grew 12 percent.", "Alcon"),
        ("The union struck a deal with steel company Bethlehem on Monday.", "Bethlehem"),
    ],
)
def test_a_name_after_a_business_noun_is_a_firm(text, name):
    assert _actors(text)[name][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a nationality before a calling says the person's country (news_dev, actor audit 4912: Hugh
        # Jackman; sports copy written for the rule); an expert's field or a birthplace does not
        ("Hugh Jackman, the Australian actor, said he would return to the role.", "Hugh Jackman", "AUS"),
        ("French striker Olivier Giroud scored twice on Sunday.", "Olivier Giroud", "FRA"),
        ("Peter Smith, a Russian expert at the institute, said the talks would fail.", "Peter Smith", None),
        ("John Doe, a French-born businessman, was arrested in Miami.", "John Doe", None),
    ],
)  # fmt: skip
def test_a_nationality_before_a_calling_gives_the_country(text, person, country):
    assert _actors(text)[person] == ("person", country)


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        # a party known abroad by a name that says no country is of its one country (news_dev, actor
        # audit 4912: the ANC; ACLED-style notes on Indian protests); the Press Trust of India is no party
        ("The African National Congress won the election by a wide margin.", "African National Congress", "ZAF"),
        ("BJP workers protested in Lucknow on Monday.", "Bharatiya Janata Party", "IND"),
        ("The PTI reported the arrest on Monday.", "PTI", None),
        # an acronym alone is no party's: Kenya's Amani National Congress is the ANC too (ACLED world tune)
        ("On 21 June 2022, a section of ANC party members demonstrated in Mumias.", "ANC", None),
    ],
)
def test_a_party_known_abroad_is_of_its_country(text, party, country):
    assert _actors(text)[party] == ("organisation", country)


@pytest.mark.parametrize(
    ("text", "outlet", "country"),
    [
        # a broadcaster or an agency of one country is of it (GeoVirus, actor audit 4921: the BBC; state
        # media copy written for the rule); a network's corporate parent is no outlet
        ("The total cost was not published by the government, but the BBC estimated it at 180 million pounds.",
         "BBC", "GBR"),
        ("Xinhua said the talks in Beijing had gone well.", "Xinhua", "CHN"),
        ("CBS Corp shares fell 3 percent on Monday.", "CBS Corp", None),
    ],
)  # fmt: skip
def test_a_national_broadcaster_or_agency_is_of_its_country(text, outlet, country):
    assert _actors(text)[outlet] == ("organisation", country)


@pytest.mark.parametrize(
    ("text", "body", "acronym"),
    [
        # an acronym a body's full name defines in brackets is that body later (news_dev, actor audit
        # 4912: the ANC; a US agency story written for the rule)
        ("The African National Congress (ANC) won the vote in Durban. The ANC said it would govern alone.",
         "African National Congress", "ANC"),
        ("The Federal Emergency Management Agency (FEMA) sent teams. FEMA said more would follow.",
         "Federal Emergency Management Agency", "FEMA"),
    ],
)  # fmt: skip
def test_an_acronym_defined_in_brackets_is_the_body(text, body, acronym):
    actors = _actors(text)
    assert body in actors and acronym not in actors


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # where a described person is from gives the country (news_dev, actor audit 4908; Mexican local
        # copy written for the rule)
        ('"It is vastly different here," said Steve Duprey, a Republican National Committee member from'
         " New Hampshire.", "Steve Duprey", "USA"),
        ("Maria Lopez, a nurse from Guadalajara, said the clinic had closed.", "Maria Lopez", "MEX"),
        # a university or a hospital "in" a country is there (news_dev, actor audit 4908; East African copy)
        ("The research was conducted by Kaveh Majlesi of Lund University in Sweden.", "Lund University", "SWE"),
        ("The study was led by researchers at Makerere University in Uganda.", "Makerere University", "UGA"),
    ],
)  # fmt: skip
def test_a_home_in_an_apposition_and_a_sited_body_in_a_country_give_the_country(text, name, country):
    assert _actors(text)[name][1] == country


def test_a_firm_in_a_country_is_only_working_there():
    assert _actors("Apple Inc in China faces new rules on data.")["Apple Inc"] == ("organisation", None)


@pytest.mark.parametrize(
    "text",
    [
        # a compass adjective before a noun is a region's, no people or body (news_dev, actor audit 4908;
        # US local copy)
        "In this forlorn Southern town, Rhonda Hughes is a fervent supporter of Donald J. Trump.",
        "He grew up in a Midwestern town near Chicago.",
    ],
)
def test_a_compass_adjective_before_a_noun_is_no_actor(text):
    assert not any(name in ("Southern", "Midwestern") for name in _actors(text))


def test_usa_today_is_a_newspaper_not_a_place():
    # news_dev, actor audit 4908: "USA" of "USA TODAY's request for comment" was a place
    actors = _actors("Hope Hicks did not respond to USA TODAY's request for comment. USA Today's poll found it.")
    assert actors["USA Today"] == ("organisation", "USA") and "USA" not in actors


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a compass word before a region or a country names a part of it (news_dev, actor audit 4908; West
        # African conflict copy written for the rule)
        ("I had to watch an effigy of Gov. Palin in a yard in Southern California.", "Southern California", "USA"),
        ("Gunmen attacked three villages in Northern Nigeria on Sunday.", "Northern Nigeria", "NGA"),
        # a region whose whole name has a compass word is that region
        ("Miners went on strike in Western Australia.", "Western Australia", "AUS"),
        ("Riots broke out in Northern Ireland on Monday.", "Northern Ireland", "GBR"),
    ],
)
def test_a_compass_part_of_a_region_is_in_the_regions_country(text, name, country):
    assert _actors(text)[name] == ("place", country)


def test_a_former_state_named_with_a_compass_word_is_no_part_of_todays_country():
    # news_dev wall: "East Germany" had become Germany's
    assert _actors("He grew up in East Germany before the wall fell.")["East Germany"][1] is None
