"""Words of force that report no act of force (weapons traded, attacks foiled, attacks by critics,
someone described as a threat, armed groups marching), each pinned on sentences from two kinds of copy with the
act beside it; and the subject the parser hangs on an inserted participle."""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.events.records import ArticleEvent


def events_of(text: str) -> list[ArticleEvent]:
    (analysis,) = analyse_texts([("t", text)], published={"t": "2022-06-20"})
    return analysis.events


def types_of(text: str) -> set[str]:
    return {event.plover_type for event in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # weapons sold or bought: a transaction (AP political copy; Reuters business copy)
        "WASHINGTON (AP) - The Trump administration signed off Thursday on selling more than $1.3 billion in "
        "artillery to Saudi Arabia, giving a vote of confidence to the Saudi military as young Crown Prince "
        "Mohammed bin Salman concludes a marathon tour of the United States.",
        "Raytheon recently won deals to sell SM-2 Standard missiles to South Korea and SM-3 missile interceptors "
        "to Japan.",
        "Germany agreed to sell tanks and artillery shells to Qatar.",
        # weapons made, changed or tried: development (an arms-deal story, news_dev audit 4454; Korean wire
        # style, written for the rule)
        "According to the statement, the latest deal will see Saudi Arabia buy 180 M109A5/A6 medium "
        "self-propelled howitzers and equipment to convert these into the M109A6 Paladin artillery system.",
        "North Korea tested a new multiple rocket launcher system on Friday, state media said.",
    ],
)
def test_weapons_traded_are_no_bombardment(text: str):
    assert "FIGHT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery pounded the outskirts of Kharkiv overnight.",
        # another noun between the weapon and the verb: the strike was ordered, and made
        "The army ordered an artillery strike on the village, killing four people.",
    ],
)
def test_weapons_used_stay_a_bombardment(text: str):
    assert "FIGHT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an attack foiled did not happen, and its target is not its doer (Indian naval copy; Pakistani
        # police copy)
        "Indian Naval ship INS Sukanya thwarted a piracy attack in the Gulf of Aden on Friday.",
        "Police foiled a bomb attack on a market in Peshawar on Sunday.",
        "A German naval helicopter thwarted another attack Saturday on a freighter off Yemen.",
    ],
)
def test_a_foiled_attack_is_no_attack(text: str):
    assert "ASSAULT" not in types_of(text)


def test_a_repulsed_attack_took_place():
    assert "FIGHT" in types_of("Soldiers repulsed an attack by Taliban fighters on a checkpoint in Helmand.")


@pytest.mark.parametrize(
    "text",
    [
        # attacked by critics or lawmakers: criticism (Reuters business copy; US state politics copy)
        "The Fed's announcement in November that it would launch purchases of $600 billion of longer-term "
        "Treasuries came under attack from critics who charged the Fed with instigating competitive currency "
        "devaluations.",
        "The governor's health plan faced fierce attacks from Republican lawmakers on Tuesday.",
    ],
)
def test_an_attack_by_critics_is_no_assault(text: str):
    assert not types_of(text) & {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        # "a shot in the arm" is a boost (Reuters business copy; economic copy, written for the rule)
        "Merrill Lynch, also seen heading for big losses, announced a $6.6 billion shot in the arm.",
        "The stimulus gave the economy a shot in the arm last year, the minister said.",
    ],
)
def test_a_shot_in_the_arm_is_a_boost(text: str):
    assert not {"ASSAULT", "FIGHT"} & types_of(text)


@pytest.mark.parametrize(
    ("text", "gunfire"),
    [
        # "a shot at" something that one has or is given is a chance (news_dev, audit 4462: Calderón on
        # Trump; sports copy, written for the rule); a shot fired at someone is gunfire
        ("Calderon intimated disappointment that the American people have given Trump a real shot at succeeding "
         "Barack Obama in the Oval Office next January.", False),
        ("Leicester now have a real shot at the Premier League title, Ranieri said.", False),
        ("A gunman fired a shot at police in Leeds on Monday.", True),
    ],
)  # fmt: skip
def test_a_shot_at_a_goal_is_a_chance(text: str, gunfire: bool):
    assert bool({"ASSAULT", "FIGHT"} & types_of(text)) is gunfire


@pytest.mark.parametrize(
    "text",
    [
        # who "died" in a sentence on a disease or an accident died of it (news_dev, audit 4462: Ebola tests
        # on a soldier's remains; a Congolese camp report, written for the rule)
        "Tests yesterday proved negative for Ebola on the remains of a US soldier who died in Texas after "
        "deployment to Liberia.",
        "A soldier who died of cholera in the camp was buried in Goma on Monday.",
    ],
)
def test_a_death_from_disease_is_no_attack(text: str):
    assert not {"ASSAULT", "FIGHT"} & types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # weapons found are no shelling (news_dev, US police copy; an East African report, written for the rule)
        "When LaCalamita was arrested, police said they found a 12-gauge shotgun and three shells in his vehicle.",
        "Soldiers found two rifles and a box of mortar shells in the house near Goma.",
    ],
)
def test_weapons_found_are_no_bombardment(text: str):
    assert "FIGHT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # markets pounded by fears or selling fall, no one shells them (Reuters, audit 4142; currency copy
        # written for the rule)
        "His government has imposed austerity measures but Greek markets have been pounded by fears over the "
        "country's solvency.",
        "Heavy selling pounded the euro on Friday as traders fled to the dollar.",
        # firms pounded by a crisis or a recession (Reuters, audit 4862; Indian business copy written for the rule)
        "SABIC earnings illustrated how the global crisis has pounded Arab Gulf firms.",
        "The recession has battered small exporters in Tiruppur this year.",
    ],
)
def test_markets_pounded_are_no_shelling(text: str):
    assert "FIGHT" not in types_of(text)


def test_artillery_pounding_a_town_is_shelling():
    assert "FIGHT" in types_of("The army pounded rebel positions near Idlib on Monday.")


def test_one_shot_in_the_arm_was_shot():
    assert {"ASSAULT", "FIGHT"} & types_of("A police officer was shot in the arm during the raid in Chicago on Monday.")


def test_an_attack_by_militants_stays():
    assert types_of("The convoy came under attack from militants near Kandahar on Tuesday.") & {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        # a person or group described as a threat (US political copy; a Reuters wire quote)
        "The FBI had interviewed Tamerlan Tsarnaev after being warned by the Russian government that he was a threat.",
        "On Tuesday night he said Al Qaeda still posed a direct threat to Americans.",
        "''I do think that Trump is a threat,'' said Mike Lux, a progressive activist.",
        # the threat a clause says something poses (HuffPost campaign copy; security copy)
        'Trump cast the blame on his democratic rivals in the U.S., and emphasized the threat that "Islamic '
        'terrorism" poses to the world.',
        "Officials warned of the threat posed by Russian hackers to the election.",
    ],
)
def test_being_or_posing_a_threat_is_no_threat_made(text: str):
    assert "THREATEN" not in types_of(text)


def test_a_threat_made_stays():
    assert "THREATEN" in types_of("North Korea threatened to respond with force.")


@pytest.mark.parametrize(
    "text",
    [
        # the threat from a thing or an unnamed kind is a danger, no threat made (ECB+, event audit
        # 4913: the polar bear's listing; security copy written for the rule)
        "The Fish and Wildlife Service formally listed the polar bear under the Endangered Species Act, due to "
        "the threat from global warming.",
        "Britain raised its alert level, citing the threat from militants returning from Syria.",
    ],
)
def test_the_threat_from_a_thing_is_no_threat_made(text: str):
    assert "THREATEN" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # armed groups marching in arms (an African history paragraph; conflict copy)
        "In 1991, after a decade's struggle, three rebel groups defeated the Derg and marched into Addis Ababa.",
        "The militia marched on the capital on Sunday.",
    ],
)
def test_armed_groups_marching_do_not_protest(text: str):
    assert "PROTEST" not in types_of(text)


def test_a_crowd_marching_protests():
    assert "PROTEST" in types_of("Thousands of students marched through the capital against the new law.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the parser makes the force the subject of the inserted participle, not of the verb
        # (news_dev, a Yemeni arrest; West and East African security copy)
        (
            "Yemeni security forces, apparently acting in collusion with Ethiopian intelligence, arrested him "
            "on Monday.",
            "YEM",
        ),
        ("Nigerian soldiers, acting on intelligence from Cameroonian forces, arrested 12 Boko Haram suspects.", "NGA"),
        ("Kenyan police, working with Ugandan officers, arrested three suspects in Nairobi on Friday.", "KEN"),
        ("French troops, supported by Malian soldiers, killed 20 militants near Gao on Sunday.", "FRA"),
        # the same construction the parser already reads right stays right
        ("Indian police, acting on a tip from Nepalese officials, detained two men near the border.", "IND"),
    ],
)
def test_the_subject_before_an_inserted_participle_is_the_doer(text: str, country: str):
    deeds = [event for event in events_of(text) if event.plover_type in ("COERCE", "FIGHT", "ASSAULT")]
    assert deeds and deeds[0].actor1 is not None and deeds[0].actor1.country == country


@pytest.mark.parametrize(
    "text",
    [
        # "targeted" saying what a thing is meant for (news_dev; Reuters business copy)
        '"As part of our targeted surveillance system, the USDA Animal and Plant Health Inspection Service '
        "(APHIS) has confirmed the nation's fourth case of BSE,\" said Clifford.",
        "Under the plan, a new tax targeted at higher earners would raise $50 billion.",
    ],
)
def test_targeted_as_an_aim_is_no_attack(text: str):
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an attack the noun names, and "targeted" as a deed (conflict copy; Afghan wire copy)
        "The militants carried out targeted killings of local officials in Kandahar.",
        "Gunmen targeted a police convoy near Kabul on Sunday, killing three officers.",
    ],
)
def test_targeted_killings_and_targeted_convoys_stay_attacks(text: str):
    assert types_of(text) & {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        # unrest of a kind is a state of affairs (Reuters business copy, twice)
        "Other international companies have also been hit by industrial unrest in China, which usually acts "
        "quickly to quash any threats to social order.",
        "The suicides and controversy come amid growing labor unrest in southern China, the world's top "
        "manufacturing region.",
        # public or civil unrest sparked, not erupting (Reuters, audit 4865; Sri Lankan economic copy
        # written for the rule)
        "All of central and Eastern Europe is scrambling to stop an evaporation of foreign funds that has caused "
        "Hungary and Latvia to grab lifelines, and sparked some public unrest.",
        "The fuel shortages have fed civil unrest in Sri Lanka for months, economists said.",
        # militant or rebel unrest is an insurgency's state, no riot (Reuters, audit 4885: Nigeria's oil delta;
        # Indian security copy written for the rule)
        "Militant unrest in OPEC member Nigeria has had a bigger impact.",
        "Rebel unrest in Manipur has kept investors away, officials said.",
    ],
)
def test_unrest_of_a_kind_is_no_riot(text: str):
    assert "PROTEST" not in types_of(text)


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        # "blast" with a person as its object or a reason is criticism (news_dev, the 300-article wall: an
        # Ohio Senate race; campaign copy written for the rule); a blast that kills is one
        ("Garland's nomination has become a political football in Ohio's Senate race as Democrats blast Portman"
         " almost daily for his decision to block a confirmation vote on Garland.", False),
        ("Republicans blasted Clinton on Sunday for her use of a private email server.", False),
        ("A blast killed three soldiers in Kandahar on Monday.", True),
    ],
)  # fmt: skip
def test_blasting_someone_in_words_is_no_explosion(text: str, violent: bool):
    assert bool({"ASSAULT", "FIGHT"} & types_of(text)) is violent


@pytest.mark.parametrize(
    ("text", "riot"),
    [
        # unrest as what moves a price or a mind is a state of affairs (Reuters oil copy, event audit
        # 4914; market copy written for the rule); unrest that killed or broke out is told as an event
        ("Further strength has come from unrest in OPEC member Nigeria, Africa's top oil and gas exporter.", False),
        ("Oil prices rose on unrest in Libya on Monday.", False),
        ("Unrest broke out in Lagos on Monday after the fuel price rise.", True),
    ],
)
def test_unrest_as_a_cause_is_no_riot(text: str, riot: bool):
    assert ("PROTEST" in types_of(text)) is riot


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        # "dead" on a thing that never lived tells no death (GeoVirus, event audit 4887: rotten pork in
        # Manila; diplomatic copy written for the rule); dead soldiers still do
        ("Local police has also arrested four vendors and seized their 3,000 kilos of double dead meat at MC"
         " Market in Balintawak, Quezon City Wednesday evening.", False),
        ("The ceasefire talks in Geneva reached a dead end on Monday.", False),
        ("Two dead soldiers were found near the border, officials said.", True),
    ],
)  # fmt: skip
def test_dead_things_tell_no_death(text: str, violent: bool):
    assert bool({"ASSAULT", "FIGHT"} & set(types_of(text))) is violent


@pytest.mark.parametrize(
    "text",
    [
        # unrest across a region wider than a country is a state of affairs (Reuters oil-market copy;
        # a news_dev market report's run-in heading; a concern over it)
        "Geopolitical supply risks also had oil traders wary, as Libya's undecided conflict and Middle East unrest "
        "persist and elections near for Nigeria, brokers said.",
        "Oil rose on worries about supply. LIBYA CONFLICT, MIDEAST UNREST A French warplane destroyed a Libyan "
        "military aircraft.",
        "Prices have been pushed up by concerns over unrest in the Middle East and North Africa.",
    ],
)
def test_unrest_across_a_region_is_no_riot(text: str):
    assert "PROTEST" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # unrest that breaks out is an event (Kenyan election copy; an ACLED-style note)
        "Social unrest erupted in Nairobi after the vote, leaving 10 people dead.",
        "On 3 March 2022, violent unrest broke out in Bamako between rival groups of traders.",
        # or that lasted a while (wire copy on the West Bank)
        "Israeli troops remained on alert in the West Bank after a week of political unrest in Nablus.",
    ],
)
def test_unrest_that_breaks_out_stays_a_riot(text: str):
    assert "PROTEST" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a labour strike on a day (Brazilian business copy; Indian city copy)
        "Workers at the Avibras plant in Jacarei staged a strike on Tuesday over unpaid wages, the company said.",
        "Auto drivers called a strike on Monday against the fare hike in Pune.",
    ],
)
def test_a_strike_on_a_day_is_no_attack(text: str):
    assert not types_of(text) & {"ASSAULT", "FIGHT"}


def test_strikes_on_a_place_stay_attacks():
    assert types_of("Russia launched strikes on Kyiv overnight.") & {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        # workers stop work or protest: the crowd is theirs, not their employer's (Reuters; an ACLED-style note)
        "Taiwan components maker Merry Electronics Co Ltd said workers at its Shenzhen plant briefly stopped work "
        "on Sunday in a dispute over shift work.",
        "On 10 March 2022, employees of the company Avibras protested in Sao Jose dos Campos against the layoffs.",
    ],
)
def test_workers_protest_as_protesters_not_as_their_employer(text: str):
    protests = [event for event in events_of(text) if event.plover_type == "PROTEST"]
    assert protests and all(event.actor1 is not None and event.actor1.name == "Protesters" for event in protests)


@pytest.mark.parametrize(
    "text",
    [
        # support had from others is theirs (Reuters; US campaign copy)
        "Obama had solid support from labor unions during his presidential campaign and won Michigan handily.",
        "Cruz has strong support from evangelical leaders in Iowa, where he won the caucuses.",
    ],
)
def test_support_had_from_others_is_not_the_holders(text: str):
    assert "SUPPORT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a protest lodged is a complaint to a government, not a crowd (Reuters; South Asian copy)
        "China has sent its patrol ships into what Japan considers its territorial waters near the islands in "
        "recent weeks, prompting Tokyo to lodge protests against Beijing.",
        "Pakistan's foreign office said it had lodged protests with the Indian envoy over the shelling.",
    ],
)
def test_a_protest_lodged_is_no_demonstration(text: str):
    assert "PROTEST" not in types_of(text)


def test_protests_lodged_with_an_envoy_are_disapproval():
    text = "Pakistan's foreign office said it had lodged protests with the Indian envoy over the shelling."
    assert "DISAPPROVE" in types_of(text)
    assert "PROTEST" in types_of("Hundreds of villagers staged a protest outside the district office in Poonch.")


@pytest.mark.parametrize(
    "text",
    [
        # goods described as shelled (a news_dev food recall; a recall as business wires tell it)
        "Kroger Co. is recalling shelled pistachios called Private Selection Shelled Pistachios in a 10-ounce "
        "container with UPC code 111073615.",
        "The company said it would recall 500 tonnes of shelled walnuts shipped to Europe after a salmonella scare.",
    ],
)
def test_shelled_goods_are_no_shelling(text: str):
    assert not types_of(text) & {"FIGHT", "ASSAULT"}


def test_a_shelling_told_by_its_verb_stays():
    assert "FIGHT" in types_of("Artillery shelled the village overnight, killing four civilians.")
