"""Events: the coder's decisions, dates against anchors, merging, storage, CLI and exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.analysis.run import analyse_texts
from newsgraph.analysis.stage import analyse_store
from newsgraph.cli.main import cli
from newsgraph.events.anchor import Anchor, article_anchor, date_against
from newsgraph.events.classifier import RULES_ONLY_ENV, sub_type_classifier
from newsgraph.events.coder import _armed_party_named, code_text
from newsgraph.events.dates import Precision
from newsgraph.events.lexicon import DATA_FILE, LexiconError, event_lexicon, load_lexicon
from newsgraph.events.merge import ReportKey, same_event
from newsgraph.events.records import ArticleEvent
from newsgraph.events.selection import lead_event, main_event
from newsgraph.events.sides import victims_of
from newsgraph.pipeline import ingest
from newsgraph.store.event_rows import EventFilter
from newsgraph.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> SQLiteStore:
    db = tmp_path_factory.mktemp("events") / "news.db"
    ingest([str(samples_dir)], db)
    store = SQLiteStore.open(db)
    analyse_store(store)
    return store


def _acled(text: str) -> str | None:
    codes = [code for code in code_text(text) if code.is_acled]
    return codes[0].acled_sub_event_type if codes else None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a post attacked while nobody was in it is property destruction, not a battle
        ("Militants attacked the ranger post while it was unmanned and set it ablaze.", "Looting/property destruction"),
        ("Gunmen shot dead a teacher in the village.", "Attack"),
        # the doer noun "gunmen" has no object; the merchant is who was killed
        ("Unknown gunmen held a checkpoint and killed a merchant on the road.", "Attack"),
        ("Militants attacked and burned a fuel tanker between Dori and Essakane.", "Attack"),
        ("Militants ambushed an army vehicle near the town.", "Armed clash"),
        # an attack on a post is a battle even when all it did was burn it; shots in the air hurt no one
        ("Militants attacked and burned the police station in Namounou.", "Armed clash"),
        ("Militants fired gunshots in the air and burned a school in Mantougou.", "Looting/property destruction"),
        # the head of the victims' noun phrase decides: a militia's chief is a civilian, local police are armed
        ("Presumed Ansaroul Islam militants assassinated the Koglweogo chief in Belehede.", "Attack"),
        ("Taliban militants attacked and killed 3 local policemen in Ghor.", "Armed clash"),
        ("Taliban militants ambushed an Afghan military vehicle, killing 3 soldiers.", "Armed clash"),
        ("Gunmen opened fire on a money transfer kiosk in Polesgo.", "Attack"),
        # storming, like an ambush, says nothing of the other side: the victims decide
        ("Gunmen stormed Kabul University, killing students in their classrooms.", "Attack"),
        ("Militants stormed an army post, killing three soldiers.", "Armed clash"),
        # a post one writes names no armed side (news_dev, event audit 4915: Reagan's shooting; a blog
        # told of a school shooting, written for the rule)
        (
            "In her post, she reminded Trump of the actions of John Hinckley Jr., who shot and wounded President "
            "Reagan in 1981.",
            "Attack",
        ),
        ("In a blog post, the father said a teenager shot and killed his son in Denver.", "Attack"),
        # killings, beatings, fights and seizures in other words
        ("Presumed Ansaroul Islam militants slit the throats of three gold miners in Belhouro.", "Attack"),
        ("Presumed JNIM militants whipped sex workers in Kompienbiga.", "Attack"),
        ("Koglweogo militiamen routed a group of suspected ISGS militants near Pobe Mengao.", "Armed clash"),
        ("Suspected ISGS militants seized four carts from a group of women.", "Looting/property destruction"),
        # a crowd's violence is Mob violence, an armed group's an Attack
        ("On August 21, villagers in Dohoun killed another villager and wounded two others.", "Mob violence"),
        ("Militants attacked the village and killed two residents.", "Attack"),
        ("A suspected thief was killed by villagers in Dohoun.", "Mob violence"),  # the agent after "by"
        ("A suspected thief was killed by soldiers in Dohoun.", "Attack"),
        # a people named by its own capitalised name is a crowd ("Tialgo people"), "percent of people" in
        # a poll is none (news_dev audit 4311, a US clinic shooting; Burkinabe copy written for the rule)
        (
            "Forty percent of people in the poll held the rhetoric partly responsible for a shooting at a clinic "
            "in Colorado Springs last month that killed three people.",
            "Attack",
        ),
        ("Tialgo people beat up two herders near the market in Kaya.", "Mob violence"),
        # a crowd driven into or fired on is what was attacked (news_dev, Nice; Nigerian copy)
        (
            "A truck rammed into a crowd celebrating Bastille Day in Nice on Thursday night, killing at least 80 "
            "people as the driver also opened fire on revelers.",
            "Attack",
        ),
        ("A car ploughed into a crowd of shoppers in Kano on Friday, killing 12 people.", "Attack"),
        # mutinies and barricades are violent; a road block alone is not (world ACLED 2022 codes 204
        # of 225 blockades that tell no other violence as peaceful); a protest against accidents is
        # still a protest
        ("Students from Koupela blocked the RN4 route with bikes to protest bad conditions.", "Peaceful protest"),
        ("Mutinying soldiers continued firing in Tenkodogo.", "Violent demonstration"),
        ("Residents barricaded the main road in response to speeding and traffic accidents.", "Violent demonstration"),
        ("Taliban militants attacked a police check point, killing 3 policemen.", "Armed clash"),
        ("Clashes broke out between the army and rebels near the town.", "Armed clash"),
        ("Police fired tear gas to disperse hundreds of protesters in the capital.", "Protest with intervention"),
        ("Residents protested against the closure of the market.", "Peaceful protest"),
        ("Rioters burned tyres and blocked roads to protest fuel prices.", "Violent demonstration"),
        ("The military said it shot down 16 drones overnight.", "Disrupted weapons use"),
        ("A roadside bomb exploded near a bus, killing 4 people.", "Remote explosive/landmine/IED"),
        ("Warplanes struck militant positions in the district.", "Air/drone strike"),
        ("On 21 March 2020, 12 Taliban militants were killed in clashes with Afghan forces.", "Armed clash"),
        # the victims decide, not the (always armed) doer
        ("Militants killed a local councilman in the village.", "Attack"),
        ("Insurgents killed a volunteer fighter and wounded two people near the market.", "Armed clash"),
        ("A shopkeeper was reportedly shot dead by soldiers at a checkpoint.", "Attack"),
        ("Gunmen abducted and executed a village chief.", "Attack"),
        ("Gunmen abducted two traders on the road to the mine.", "Abduction/forced disappearance"),
        ("Students burned down the town hall during a protest over fuel prices.", "Violent demonstration"),
        ("Youths barricaded the main road into the town.", "Violent demonstration"),
        ("Gunmen attacked the village of Kouri at dawn.", "Attack"),
        ("One soldier was killed after an attack by rebels in the village of Kouri.", "Armed clash"),
        ("Bandits ambushed a farmer and his sons on the road to the market.", "Attack"),
        ("Rebels ambushed an army convoy near the border.", "Armed clash"),
        ("Armed men seized dozens of cattle from herders near the river.", "Looting/property destruction"),
        ("A school was burned down by unknown assailants overnight.", "Looting/property destruction"),
        ("Students of two rival schools clashed near the stadium, leaving five injured.", "Mob violence"),
        ("Fulani herders and farmers clashed over grazing land, leaving four dead.", "Armed clash"),
        ("Militants ambushed a convoy with an IED, then opened fire on the soldiers.", "Armed clash"),
        ("An IED hit an army convoy near the border, killing two soldiers.", "Remote explosive/landmine/IED"),
        ("Police seized 40 rifles and 3,000 rounds of ammunition in a raid.", "Disrupted weapons use"),
        ("Two pistols and 50 bullets were reportedly found in the car.", "Disrupted weapons use"),
        ("A demonstrator threw a Molotov cocktail at the parliament during the protest.", "Violent demonstration"),
        ("The army set up two new observation posts north of the city.", "Headquarters or base established"),
        (
            "Government troops withdrew from the disputed city, leaving it to the rebels.",
            "Non-violent transfer of territory",
        ),
        ("Police violently dispersed a peaceful protest outside parliament.", "Excessive force against protesters"),
        (
            "Two demonstrators were killed when security forces opened fire on the march.",
            "Excessive force against protesters",
        ),
        ("Riot police suppressed a march by teachers demanding higher pay.", "Protest with intervention"),
        ("Heavy clashes broke out between police and protesters outside the stadium.", "Violent demonstration"),
        ("Gunmen shot dead a policeman at a checkpoint near the border.", "Armed clash"),
        ("Volunteer fighters wounded three armed bandits near the market.", "Armed clash"),
        ("Thousands gathered in the capital on Saturday to demand the departure of the president.", "Peaceful protest"),
        (
            "On 10 January, residents of a neighbourhood blocked a street to complain about the lack of water.",
            "Peaceful protest",
        ),
        (
            "Hundreds of farmers blocked a highway near the capital on Monday, demanding higher crop prices.",
            "Peaceful protest",
        ),
        # a gathering with its grievance told after the place
        ("Nurses gathered outside the regional hospital in Girona on Friday demanding more staff.", "Peaceful protest"),
        (
            "About a dozen people gathered outside the sheriff's office to call for an investigation.",
            "Peaceful protest",
        ),
        (
            "University staff gathered in Dundee at the call of the union to demonstrate against pension cuts.",
            "Peaceful protest",
        ),
        (
            "Mothers of pupils took over the school to demand that the authorities repair the toilets.",
            "Peaceful protest",
        ),
        # a shoot-out and fire exchanged under any adjective are battles; a longer list still burns
        ("On 31 May, in Serra, a shoot-out between armed individuals took place in a neighbourhood.", "Armed clash"),
        ("Police and gang members were involved in a shootout in the north of the city on Sunday.", "Armed clash"),
        ("Indian and Pakistani troops exchanged heavy fire along the Line of Control overnight.", "Armed clash"),
        (
            "On 29 June, about 30 soldiers set seven houses and two barns on fire in the village.",
            "Looting/property destruction",
        ),
        ("Attackers set dozens of homes and a village church on fire before fleeing.", "Looting/property destruction"),
        # who took the ground decides, not the verb
        ("Rebels recaptured the village two days after losing it.", "Non-state actor overtakes territory"),
        ("The army captured a rebel-held neighbourhood in the north of the city.", "Government regains territory"),
        ("The town was retaken by government forces on Sunday.", "Government regains territory"),
        ("Militants seized livestock in the village of Kouri.", "Looting/property destruction"),
        ("Sappers destroyed 300 landmines along the coast road.", "Disrupted weapons use"),
    ],
)
def test_coder_acled_sub_types(text: str, sub_type: str):
    assert _acled(text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Floods and landslides killed at least 89 people in the region, the disaster agency said.",
        "Fifteen people were killed when a fireworks warehouse exploded in the town.",
        "A bus plunged off a bridge into the river, killing 19 passengers in the accident.",
        "Four workers were hurt when a tank at the gas plant exploded on Thursday night.",
        # a disease kills, no one attacks: general news and business wire
        "The virus killed nearly 1,000,000 people around the globe in 1968 and 1969.",
        "Mexicans hid indoors to avoid a virus that has already killed up to 81 people.",
        "The group claimed responsibility for the bombing in the capital last week.",
        "The minister denied that the army was responsible for the attack on the village.",
        # road deaths: US local copy (after a news_dev audit), Indian and British copy (written for it)
        "A truck struck and killed a cyclist on Main Street.",
        "A speeding bus ran over two pedestrians in Nagpur, killing both.",
        "A hit-and-run driver killed a teenager in Leeds.",
        # ... told by the police, who are its source, not a party (news_dev, a Minnesota crash; Nigerian
        # copy, written for the rule)
        "According to police, Anthony LaSalle, 36, of Minneapolis, hit and killed a 66-year-old woman.",
        "A truck hit and killed two pedestrians in Lagos on Monday, police said.",
        # a driver striking someone with their own vehicle: a Queens crash (news_dev audit 4112) and
        # British copy written for the rule
        "At around 7 p.m. last night 23-year-old Vishwanand Subryan struck Raj Chohan with his 2013 Toyota Camry.",
        "A 40-year-old man hit a cyclist with his van on the A64 near York on Monday morning.",
        # the vehicle named as what struck someone: US local copy (news_dev audit 4303) and British
        # copy written for the rule
        "He allegedly struck a neighbour outside the shop when his car struck her and drove off.",
        "A pensioner was struck by a gray 2011 Honda Civic near the station, police said.",
        "A cyclist was struck by a delivery truck on the A64 near York on Monday.",
        # a death by someone's driving: a British inquest (Reuters audit 4351) and Indian road copy
        "The inquest ruled that the couple were unlawfully killed by the grossly negligent driving of their chauffeur.",
        "Two pedestrians were killed by the rash and negligent driving of a bus driver in Pune, police said.",
    ],
)
def test_disasters_accidents_and_claims_about_attacks_are_no_new_political_violence(text: str):
    assert _acled(text) is None


def test_an_armed_party_in_a_road_death_still_makes_it_violence():
    assert _acled("Police said soldiers hit and killed two protesters with an armoured car in Khartoum.") is not None


def test_a_truck_ramming_a_crowd_is_not_read_as_a_road_accident():
    assert _acled("A truck struck them on the promenade and the attacker drove on, killing 80.") is not None


@pytest.mark.parametrize(
    "text",
    [
        # a lone named gunman at a party (Canadian local copy, news_dev audit 4303) and at a school
        # (US copy written for the rule): no armed side was fought, so it is no battle, even when
        # the police are the ones who tell it
        "Police allege Eric Kirk, 61, opened fire at the Tallgrass Ltd Christmas party, killing Ben Banks, 40.",
        "John Miller opened fire at the school assembly, killing a teacher, police said.",
    ],
)
def test_a_lone_gunman_with_no_armed_side_makes_an_attack_not_a_clash(text: str):
    assert _acled(text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # a deed called terrorist is an attack on whoever was there, no battle (campaign copy, audit 4861;
        # European copy written for the rule)
        "Terrorist attacks in Paris and San Bernardino, Calif., suddenly placed security fears at center stage.",
        "The terror attack in Brussels shook the city on Tuesday.",
    ],
)
def test_a_terror_attack_is_an_attack_not_a_clash(text: str):
    assert _acled(text) == "Attack"


@pytest.mark.parametrize(
    ("text", "doer", "country"),
    [
        # a filing label before the sentence names no event: the verb whose subject acts does (ACLED-style
        # note from the world sample; a wire kicker written for the rule)
        (
            "Defusal: On 18 May 2022, Iraqi security forces discovered and defused 3 IEDs near the Passport office"
            " in Baghdad.",
            "Iraqi security forces",
            "IRQ",
        ),
        ("Clashes: On Sunday, Kenyan police arrested two protest organisers in Mombasa.", "Kenyan police", "KEN"),
    ],
)
def test_a_label_before_the_sentence_names_no_event(text: str, doer: str, country: str):
    (analysis,) = analyse_texts([("a", text)])
    assert [(event.actor1.name, event.actor1.country) for event in analysis.events if event.actor1] == [(doer, country)]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a theft someone is accused of is no looting of its own: the beating is the event (ACLED-style note
        # from Mexico in the world sample; Indian police copy written for the rule)
        ("On 29 March 2022, in Hermosillo, Sonora, several men entered a house and beat a man accusing him of"
         " robbery.", "Attack"),
        ("Villagers beat a youth near the market, accusing him of theft, police said.", "Mob violence"),
        # stones thrown by a crowd that protests make the protest violent; thrown by a crowd alone, mob
        # violence (ACLED-style notes from Pakistan and India in the world sample)
        ("On 25 March 2022, a large number of residents staged a demonstration and pelted stones at the"
         " anti-encroachment team in Karachi.", "Violent demonstration"),
        ("On 15 February 2022, locals pelted stones at security forces at Mulbhushan village.", "Mob violence"),
    ],
)  # fmt: skip
def test_accused_thefts_and_thrown_stones(text: str, sub_type: str):
    assert _acled(text) == sub_type


def test_a_speaker_before_a_colon_is_no_label():
    # wire copy: the trigger before the colon is the speaker's own act
    codes = code_text("Protesters marched: thousands filled the square in Minsk.")
    assert [code.hit.trigger.id for code in codes if code.is_acled][:1] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        # gang wars as ACLED describes them in Brazil (written for the rule after the world wall):
        # the classifier's battle stands, the sides are armed
        "On 3 June 2022, in Fortaleza, a CV member shot and killed a GDE member in the Bom Jardim neighbourhood. "
        "1 fatality.",
        "On 9 May 2022, two armed suspects shot and killed a drug trafficker in the Vila Nova neighbourhood of "
        "Recife. 1 fatality.",
    ],
)
def test_gang_members_who_shoot_each_other_keep_the_classifier_s_clash(text: str):
    assert _acled(text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        # the sides the classifier's battle needs, read the same in news copy (a Jamaican crime report
        # and a Mexican cartel report, written for the rule) as in ACLED's notes; a private gunman and
        # the police as the source are none
        ("Rival gang members opened fire on each other in Kingston on Friday.", True),
        ("Two cartel gunmen were killed in Culiacan, officials said.", True),
        ("Police said John Miller opened fire at the school assembly.", False),
    ],
)
def test_the_armed_sides_a_battle_needs(text: str, armed: bool):
    assert _armed_party_named(text, event_lexicon()) is armed


@pytest.mark.parametrize(
    "text",
    [
        # Indian business news and a US business wire, written for the rule: a deal struck is no strike,
        # however many words describe it
        "India's cricket board Thursday struck a record $944 million deal with broadcast giant Star India.",
        "Boeing struck a long-awaited $10 billion agreement with Emirates on Monday.",
    ],
)
def test_a_deal_struck_with_its_price_is_no_attack(text: str):
    assert _acled(text) is None


def test_claiming_the_attack_told_before_is_no_new_one_but_a_claimed_attack_is_an_attack():
    assert _acled("The Islamic State in the Greater Sahara later claimed the attack.") is None
    assert _acled("IS claimed an attack on a church in the north that killed 10 worshippers.") == "Attack"


def test_a_claim_after_the_attack_keeps_the_attack():
    assert _acled("Militants attacked a police checkpoint, and the Taliban later claimed responsibility.") == (
        "Armed clash"
    )


def test_coder_drops_hypothetical_and_negated_events_and_months():
    assert _acled("Russia could strike Kyiv with missiles if talks fail.") is None
    assert not code_text("The president plans to visit Beijing next year.")
    assert _acled("In March the weather was mild.") is None
    assert _acled("Police didn't arrest anyone.") is None
    assert _acled("Police didn’t arrest anyone.") is None


def test_a_protest_announced_planned_or_called_off_has_not_happened():
    # news (Reuters on Greece, a US campaign report) and ACLED-style notes
    assert _acled("Greek students announced new rallies on Sunday.") is None
    assert _acled("She noted a planned Cruz rally on Saturday in Sioux City.") is None
    assert _acled("The unions announced a general strike for next week.") is None
    assert _acled("The camp was cleared ahead of planned demonstrations on 15 January 2022.") is None
    assert _acled("The transport unions called off the strike after talks with the ministry.") is None
    # what was announced beside a protest that happened, and an arrest announced, are told
    assert _acled("On 21 May 2022, activists announced a strike and protested in Koln.") == "Peaceful protest"
    assert _acled("Police announced the arrest of five men in Lagos on Monday.") == "Arrests"
    # a plan carried out is told
    assert _acled("Militants carried out a carefully planned attack on the base in Kunar.") is not None


def test_a_cue_of_doubt_inside_a_name_is_a_name():
    # Swedish and Hungarian notes of world ACLED 2022, a French note, and news
    assert _acled("On 14 January, Fridays for Future activists demonstrated in Uppsala.") == "Peaceful protest"
    assert _acled(
        "Around 7 March, suspended No Vax activists gathered outside the city hall in Trento to demand jobs."
    ) == ("Peaceful protest")
    assert _acled("Fans of Will Smith protested outside the theatre on Sunday.") == "Peaceful protest"
    assert _acled("Future protests were banned by the governor.") is None  # a sentence's first word is no name
    assert _acled("Workers said they might protest next week.") is None
    # a headline in title case: its capitals are no names (a wire headline, a news site's)
    assert _acled("Trump Will Not Attack Iran, Aides Say") is None
    assert _acled("Russian Jets Might Bomb Kyiv Again, Officials Warn") is None


def test_a_cue_is_a_word_not_the_start_of_one():
    assert _acled("The mayor said gunmen attacked the village.") == "Attack"  # not "may"
    assert [code.plover_type for code in code_text("Norway is willing to send material.")] == ["AGREE"]  # not "no"


def test_the_rules_code_a_blockade_alone_as_a_peaceful_protest(monkeypatch: pytest.MonkeyPatch):
    # Burkina Faso's notes code most blockades as violent (13 of 21), world ACLED 2022 few (204 of
    # 225 that tell no other violence are peaceful): the rules follow the world. The shipped model,
    # which learned both, still relabels some as violent (this one at p = 0.64).
    text = "Residents blocked the main road in protest against the lack of a bridge."
    monkeypatch.setenv(RULES_ONLY_ENV, "off")
    sub_type_classifier.cache_clear()
    try:
        assert _acled(text) == "Peaceful protest"
    finally:
        monkeypatch.undo()
        sub_type_classifier.cache_clear()


def test_a_press_conference_is_no_pressing():
    # an ACLED note from Minneapolis and a wire sentence: the noun "press" presses no one
    minneapolis = "Dozens gathered at City Hall to hold a press conference and demonstration to demand justice."
    assert _acled(minneapolis) == "Peaceful protest"
    assert "DEMAND" not in [
        code.plover_type for code in code_text("The minister gave a press conference for the media.")
    ]
    assert "DEMAND" in [code.plover_type for code in code_text("Allies press Kyiv to accept the talks, officials say.")]
    assert "DEMAND" in [code.plover_type for code in code_text("Lawmakers pressed the ministry for answers.")]


def test_coder_relations_one_event_per_plover_type():
    types = [code.plover_type for code in code_text("Putin met Lukashenko and urged him to deepen cooperation.")]
    assert types.count("CONSULT") == 1 and "DEMAND" in types
    assert "COOPERATE" not in types  # urged, not (yet) done: the urging is the demand


def test_anchor_estimate_never_invents_a_day():
    year_only = article_anchor(None, ["since 2012", "Monday"])
    assert year_only is not None and year_only.estimated and year_only.precision == Precision.YEAR
    assert date_against("Monday", year_only) is None
    from_full_date = article_anchor(None, ["March 20, 2023", "Wednesday"])
    assert from_full_date is not None and from_full_date.precision == Precision.WEEK
    resolved = date_against("on Wednesday", from_full_date)
    assert resolved is not None and resolved.precision == Precision.WEEK
    published = Anchor(date(2023, 3, 22), Precision.DAY, "published")  # a Wednesday
    resolved = date_against("on Monday", published)
    assert resolved is not None and resolved.value == date(2023, 3, 20) and resolved.precision == Precision.DAY


@pytest.mark.parametrize(
    "text",
    [
        "A mob lynched a man accused of theft in Bihar on Sunday.",  # Indian news copy
        "On 24 April 2022, villagers beat and killed a man in Balaka after witnessing him stealing goats.",  # ACLED
    ],
)
def test_the_victim_of_a_mob_is_its_second_party_not_its_crowd(text: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.acled_sub_event_type == "Mob violence"]
    assert event.actor1 is not None and event.actor1.name == "Rioters"
    assert event.actor2 is not None and event.actor2.name == "a man"


def test_a_date_of_history_never_anchors_a_report():
    # news_dev (the Nice attack on Bastille Day, no publication date): "Thursday night" was dated 1789
    bastille = article_anchor(None, ["Thursday night", "July 14, 1789"], today=date(2026, 12, 4))
    assert bastille is None
    # wire copy on a remembrance: the armistice is history, the year of the ceremony is the anchor
    armistice = article_anchor(None, ["November 11, 1918", "2018", "Sunday"], today=date(2026, 12, 4))
    assert armistice is not None and armistice.value.year == 2018


def _key(article: str, **changes: object) -> ReportKey:
    fields: dict[str, object] = {
        "article_id": article,
        "plover_type": "FIGHT",
        "acled_sub_event_type": "Air/drone strike",
        "date": date(2023, 3, 22),
        "lat": 49.7,
        "lon": 30.9,
        "actor1": (None, "RUS"),
        "actor2": (None, "UKR"),
        "trigger": "strike",
        "date_precision": "day",  # "On 22 March 2023"
    }
    fields.update(changes)
    return ReportKey(**fields)  # type: ignore[arg-type]


def test_merge_is_strict():
    assert same_event(_key("a"), _key("b", date=date(2023, 3, 23), lat=49.75))
    assert not same_event(_key("a"), _key("a"))  # one article, two sentences: two events
    assert not same_event(_key("a"), _key("b", date=date(2023, 3, 25)))
    assert not same_event(_key("a"), _key("b", lat=48.0))
    assert not same_event(_key("a"), _key("b", actor1=(None, "UKR")))
    assert not same_event(_key("a"), _key("b", acled_sub_event_type="Shelling/artillery/missile attack"))


def test_seed_000_events(seed_store: SQLiteStore):
    strikes = seed_store.events(EventFilter(type="Shelling/artillery/missile attack"))
    zaporizhzhia = [event for event in strikes if (event.location or {}).get("name") == "Zaporizhzhia"]
    assert len(zaporizhzhia) == 1
    strike = zaporizhzhia[0]
    assert strike.actor1 and strike.actor1["country"] == "RUS"
    assert strike.actor2 and strike.actor2["kind"] == "civilians"
    assert strike.fatalities is not None and strike.fatalities >= 1 and strike.injured == 25
    drones = [
        e
        for e in seed_store.events(EventFilter(type="Air/drone strike"))
        if e.location and e.location["name"] == "Rzhyshchiv"
    ]
    assert drones and drones[0].fatalities is not None and drones[0].fatalities >= 4
    visits = seed_store.events(EventFilter(type="CONSULT", actor="Xi"))
    assert any((event.location or {}).get("name") == "Moscow" for event in visits)
    requests = seed_store.events(EventFilter(type="DEMAND", actor="Government of United States"))
    assert any((event.actor2 or {}).get("country") == "CHN" for event in requests)


def test_seed_004_events(seed_store: SQLiteStore):
    meetings = seed_store.events(EventFilter(type="CONSULT", actor="Medvedev"))
    assert any(
        (event.actor2 or {}).get("name") == "Xi" and event.location["name"] == "Beijing"
        for event in meetings
        if event.location
    )
    exercises = seed_store.events(EventFilter(type="COOPERATE"))
    assert any((event.location or {}).get("name") == "East China Sea" for event in exercises)
    putin = seed_store.events(EventFilter(type="CONSULT", actor="Lukashenko"))
    assert any((event.actor1 or {}).get("name") == "Vladimir Putin" for event in putin)


def test_every_event_field_points_into_its_article(seed_store: SQLiteStore):
    for event in seed_store.events(EventFilter()):
        for evidence in event.evidence:
            article = seed_store.article(evidence.article_id)
            assert article is not None
            assert 0 <= evidence.start < evidence.end <= len(article.text)
            trigger = evidence.fields["trigger"]
            assert evidence.start <= trigger[0] < trigger[1] <= evidence.end  # the trigger is in its sentence
            for start, end in evidence.fields.values():
                assert 0 <= start < end <= len(article.text)
        triggers = {
            seed_store.article(item.article_id).text[item.fields["trigger"][0] : item.fields["trigger"][1]]  # type: ignore[union-attr]
            for item in event.evidence
        }
        assert event.trigger in triggers


def test_events_are_stored_once_and_reports_merge_across_articles(tmp_path: Path):
    story = "On 22 March 2023, a Russian drone strike on dormitories in Rzhyshchiv killed 4 people."
    retold = "On 22 March 2023, a Russian drone strike hit dormitories in Rzhyshchiv, and 4 people were killed."
    source = tmp_path / "two.jsonl"
    source.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": name,
                    "text": text + " Officials said rescue work went on all day.",
                    "published_at": "2023-03-22",
                }
            )
            for name, text in (("a", story), ("b", retold))
        ),
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    ingest([str(source)], db)
    store = SQLiteStore.open(db)
    analyse_store(store)
    strikes = store.events(EventFilter(type="Air/drone strike"))
    assert len(strikes) == 1 and len(strikes[0].article_ids) == 2
    assert strikes[0].date == "2023-03-22" and strikes[0].date_precision == "day"
    before = store.event_counts()
    analyse_store(store, reprocess=True)
    assert store.event_counts() == before


def test_cli_events_event_and_exports(tmp_path: Path, samples_dir: Path):
    runner = CliRunner()
    db = str(tmp_path / "news.db")
    assert runner.invoke(cli, ["ingest", str(samples_dir), "--db", db, "--quiet"]).exit_code == 0
    listed = runner.invoke(cli, ["events", "--db", db, "--type", "REQUEST", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert rows and all(row["plover_type"] == "DEMAND" for row in rows)
    expected = {"event_id", "article_ids", "evidence", "plover_type", "plover_mode", "acled_event_type"}
    expected |= {"acled_sub_event_type", "actor1", "actor2", "location", "date", "date_precision", "date_evidence"}
    expected |= {"fatalities", "fatalities_min", "fatalities_max", "injured", "confidence"}
    assert expected <= set(rows[0])
    shown = runner.invoke(cli, ["event", rows[0]["event_id"], "--db", db])
    assert shown.exit_code == 0 and "trigger" in shown.output
    assert runner.invoke(cli, ["event", "ev-nope", "--db", db]).exit_code != 0
    near = runner.invoke(cli, ["events", "--db", db, "--near", "47.84,35.14,30", "--json"])
    assert near.exit_code == 0
    assert all(json.loads(line)["location"]["name"] == "Zaporizhzhia" for line in near.output.splitlines())
    assert runner.invoke(cli, ["events", "--db", db, "--near", "nonsense"]).exit_code == 2
    geojson = runner.invoke(cli, ["export", "events", "--db", db, "--format", "geojson"])
    collection = json.loads(geojson.output)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    acled = runner.invoke(cli, ["export", "events", "--db", db, "--format", "acled-csv"])
    table = list(csv.DictReader(io.StringIO(acled.output)))
    assert table and {"event_date", "event_type", "sub_event_type", "latitude", "fatalities"} <= set(table[0])
    out = tmp_path / "events.csv"
    assert runner.invoke(cli, ["export", "events", "--db", db, "--format", "csv", "--out", str(out)]).exit_code == 0
    assert out.read_text("utf-8").startswith("event_id,")


def test_analyse_texts_uses_the_publication_date():
    text = "Russian missiles struck an apartment block in Kharkiv on Monday, killing two people, officials said."
    analysis = next(analyse_texts([("t", text)], published={"t": "2023-03-22"}))
    event = next(event for event in analysis.events if event.acled_sub_event_type)
    assert event.date is not None and event.date.value == date(2023, 3, 20)
    assert event.location is not None and event.location.place.country == "UKR"
    assert event.fatalities is not None and event.fatalities.value == 2


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # one person shooting another is an attack, not a battle of armed sides (news_dev, event audit 4915:
        # a Chicago police shooting; a court story written for the rule)
        ("Once the video was released, which showed Chicago police officer Jason Van Dyke shooting McDonald, the"
         " community immediately began calling for Emanuel to resign.", "Jason Van Dyke"),
        ("Prosecutors say Tom Reed shot Kevin Brown outside a bar in Tulsa in March.", "Tom Reed"),
    ],
)  # fmt: skip
def test_one_person_shooting_another_is_an_attack(text: str, doer: str):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2016-02-17"})
    (shooting,) = [event for event in analysis.events if event.acled_sub_event_type]
    assert shooting.actor1 is not None and shooting.actor1.name == doer
    assert (shooting.plover_type, shooting.acled_sub_event_type) == ("ASSAULT", "Attack")


def test_a_doer_brought_in_anew_is_not_the_one_told_before():
    # the doer of the shooting told before does not carry over to "a gunman" (a run of local crime
    # briefs, written for the rule after event audit 4915; ACLED-style notes name "unidentified gunmen")
    text = (
        "Police officer Jason Van Dyke shot Laquan McDonald in Chicago on Monday.\n\n"
        "A gunman shot and wounded a shopkeeper in Chicago on Tuesday."
    )
    (analysis,) = analyse_texts([("a", text)], published={"a": "2016-02-17"})
    second = [event for event in analysis.events if event.sentence == 1 and event.acled_sub_event_type]
    assert second and all(event.actor1 is not None and event.actor1.name != "Jason Van Dyke" for event in second)


def test_only_armed_violence_passes_its_doer_to_the_next_sentences():
    text = (
        "A Russian drone strike hit an apartment building in Odesa on Wednesday, killing five people.\n\n"
        "Rescue teams searched the rubble through the night.\n\n"
        "Hundreds of people protested peacefully in Kyiv on Tuesday against corruption."
    )
    (analysis,) = analyse_texts([("a", text)])
    protest = next(event for event in analysis.events if event.plover_type == "PROTEST")
    strike = next(event for event in analysis.events if event.plover_type == "FIGHT")
    assert strike.actor1 is not None and strike.actor1.country == "RUS"
    assert protest.actor1 is None or protest.actor1.country != "RUS"


def test_air_defence_is_disrupted_weapons_use_only_when_it_acts():
    assert _acled("Ukrainian air defence forces destroyed 20 drones overnight.") == "Disrupted weapons use"
    assert _acled("The two presidents met in Warsaw to discuss air defence.") is None


def test_a_named_group_before_an_unnamed_participant_is_one_party():
    text = "Taliban militants attacked a checkpoint in a Taliban-controlled area of Helmand, killing two soldiers."
    (analysis,) = analyse_texts([("a", text)])
    event = next(event for event in analysis.events if event.acled_sub_event_type)
    assert event.actor1 is not None and event.actor1.name == "Taliban"
    assert event.actor2 is None or event.actor2.name != "Taliban"


def test_statements_of_intent_are_refusals_threats_and_promises_not_acts():
    def types(text: str) -> list[tuple[str, str | None]]:
        return [(code.plover_type, code.acled_sub_event_type) for code in code_text(text)]

    assert types("Iran threatened to launch a new military offensive against Iraq.") == [("THREATEN", None)]
    assert types("Britain has promised to continue military aid to Mozambique.") == [("AGREE", None)]
    assert ("REJECT", None) in types("The government said it would not meet the kidnappers' demands.")
    assert types("The president plans to visit Beijing next year.") == []  # a plan is no promise
    assert types("France is ready to contribute 4,000 troops to a peacekeeping force.") == [("AGREE", None)]
    assert types("Syria has again offered its troops to Lebanon.") == [("AGREE", None)]


@pytest.mark.parametrize(
    "text",
    [
        # news_dev (a headline); Reuters (a bank's collapse): a promise denied as a past act is no
        # promise, and nothing refused either
        "Trump Says He Never Pledged To Kill Family Members Of Terrorists.",
        "While Fuld agrees that Paulson never promised federal assistance, Fuld said that Paulson never expressly "
        "ruled out the possibility.",
    ],
)
def test_a_promise_denied_is_no_refusal(text: str):
    assert [code.plover_type for code in code_text(text) if code.plover_type == "REJECT"] == []


@pytest.mark.parametrize(
    "text",
    [
        # Reuters 2013 (a lawsuit; an oil platform in a storm): a past act denied in the past perfect
        # or with "never" is a fact told, not a refusal made
        "Pao never signed any arbitration agreements with the firm itself, Exelrod said.",
        "Pemex said it had not evacuated any workers from platforms.",
    ],
)
def test_a_past_act_denied_is_no_refusal(text: str):
    assert [code.plover_type for code in code_text(text) if code.plover_type == "REJECT"] == []


@pytest.mark.parametrize(
    "text",
    [
        # Reuters 2011 (an arms sale); news_dev (a takeover's prospects): a denied verb that only carries
        # the act's noun says the act is not there, not that anyone refused it
        "But the U.S. assistant secretary of state said the UAE had not made an official request to buy the aircraft.",
        "Even Mr. Peck of SunTrust doesn't expect a deal before 2017 at the earliest.",
        "The two sides have not yet reached an agreement on the border, officials said.",
    ],
)
def test_an_act_not_carried_out_is_no_refusal(text: str):
    assert [code.plover_type for code in code_text(text) if code.plover_type == "REJECT"] == []


def test_an_act_not_done_or_not_to_be_done_is_still_refused():
    assert "REJECT" in [code.plover_type for code in code_text("Russia didn't attend the talks in Geneva.")]
    assert "REJECT" in [code.plover_type for code in code_text("Iran will not sign the agreement, the minister said.")]
    assert "REJECT" in [code.plover_type for code in code_text("Iran will not accept the deal, the minister said.")]


def test_what_a_party_will_or_must_do_is_a_commitment_or_a_demand():
    def types(text: str) -> list[str]:
        return [code.plover_type for code in code_text(text)]

    assert types("Hungary has said it will support the resolution.") == ["AGREE"]
    assert types("Farmers said they would blockade Paris from Monday night.") == ["THREATEN"]
    assert types("Syria says it will not accept any more refugees.") == ["REJECT"]
    assert types("Russia said that Sudan must reach an agreement with the rebels.") == ["DEMAND"]
    assert types("Russia could strike Kyiv with missiles.") == []  # no commitment, no event


def test_a_named_armed_group_can_threaten_an_unnamed_one_cannot():
    named, unnamed = analyse_texts(
        [
            ("named", "Hamas threatened on Monday to resume attacks in Israel."),
            ("unnamed", "Militants threatened to attack."),
        ]
    )
    assert [(event.plover_type, event.actor1 and event.actor1.name) for event in named.events] == [
        ("THREATEN", "Hamas")
    ]
    assert unnamed.events == []


def test_lead_event_is_the_main_clause_not_what_it_mentions():
    texts = [
        ("complaint", "Lebanon complained to the United Nations on Tuesday over two Israeli air raids."),
        ("opening", "After two days of fierce fighting, Bosnia and Slovenia agreed to a ceasefire."),
    ]
    complaint, opening = analyse_texts(texts)
    assert {event.plover_type for event in complaint.events} >= {"DISAPPROVE", "FIGHT"}
    lead = lead_event(complaint.events, texts[0][1])
    assert lead is not None and lead.plover_type == "DISAPPROVE"
    assert main_event(complaint.events) is not None  # the air raids are still an event of their own
    lead = lead_event(opening.events, texts[1][1])
    assert lead is not None and lead.plover_type == "AGREE"


def test_a_demonstration_is_first_its_crowd_with_the_country_where_it_marched():
    (analysis,) = analyse_texts(
        [
            (
                "a",
                "On 23 July 2020, students staged a demonstration in Koudougou (Koudougou, Boulkiemde).",
            )
        ]
    )
    (event,) = [event for event in analysis.events if event.acled_event_type == "Protests"]
    assert event.actor1 is not None and event.actor1.kind == "protesters" and event.actor1.country == "BFA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an ACLED note from Florida and a news sentence: a person joins or leads the crowd, which
        # stays the demonstration's first actor, in the country where it marched
        (
            "On 3 January 2022, hundreds of people including State Senator Annette Taddeo staged an impromptu"
            " demonstration in Miami (Florida).",
            "USA",
        ),
        ("Alexei Navalny led a protest march through central Moscow on Saturday.", "RUS"),
        # nor does a country the crowd marches for or belongs to (an ACLED note, a news sentence)
        (
            "On 20 February 2022, about 100 pro-Ukraine and anti-Russia protesters gathered outside of the Ferry"
            " Building in San Francisco (California) to condemn the invasion.",
            "USA",
        ),
        ("Thousands of members of the Ukrainian community held a rally in Toronto on Sunday.", "CAN"),
    ],
)
def test_a_person_or_country_in_a_demonstration_does_not_replace_its_crowd(text: str, country: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.acled_event_type == "Protests"]
    assert event.actor1 is not None and (event.actor1.kind, event.actor1.country) == ("protesters", country)


def _protest_crowd(text: str) -> str | None:
    """The first party of the one protest in `text`."""
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_type == "PROTEST"]
    return event.actor1.name if event.actor1 is not None else None


@pytest.mark.parametrize(
    "text",
    [
        # one person named after the trigger is whom the crowd marches for, not the crowd (news_dev,
        # AP copy on Greece; Nigerian copy, written for the rule)
        "But Greek youths who have protested daily since the boy's death have vowed to remain on the streets.",
        "Hundreds protested in Lagos on Monday over the death of a girl in police custody.",
    ],
)
def test_one_person_named_after_a_protest_is_not_its_crowd(text: str):
    assert _protest_crowd(text) == "Protesters"


@pytest.mark.parametrize(
    "text",
    [
        # an ACLED-style note and US news copy, written for the rule
        "On 3 May 2022, about fifty pupils walked out at Nelson Mandela Secondary School and demonstrated in "
        "Durban (KwaZulu-Natal) against fee increases.",
        "Hundreds of students walked out at Columbia University and demonstrated in Manhattan against the war.",
    ],
)
def test_a_body_named_as_the_site_of_a_protest_is_not_its_crowd(text: str):
    assert _protest_crowd(text) == "Protesters"


@pytest.mark.parametrize(
    "text",
    [
        # an ACLED note (world 2022, seen in a wall) and US labour copy written for the rule: a firm's
        # people demonstrate, not the firm
        "On 10 April 2022, an unknown number of Starbucks employees and supporters gathered for a picket in "
        "Marysville (Washington) against unfair working conditions.",
        "Hundreds of Verizon workers protested outside the company's headquarters in New York on Monday.",
    ],
)
def test_a_firms_people_are_the_crowd_not_the_firm(text: str):
    assert _protest_crowd(text) == "Protesters"


@pytest.mark.parametrize(
    "text",
    [
        # what the crowd went to or stood by is no crowd: Reuters copy on an AIG bus tour (seen in a
        # hand audit) and an ACLED-style note from France, written for the rule
        "Protesters trying to deliver the letters at two of the executives' homes were met by private security guards.",
        "On 3 March 2022, a protest was held outside two hospitals in Lille to demand more staff.",
    ],
)
def test_what_a_crowd_went_to_is_not_the_crowd(text: str):
    assert _protest_crowd(text) == "Protesters"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a demonym that is the crowd gives it its nationality: ACLED notes from Italy and the West
        # Bank, and a news sentence from Jerusalem
        ("On 26 February 2022, around 100 Ukrainians gathered in Darsena Square in Cagliari to call for peace.", "UKR"),
        ("On 14 February 2022, Palestinian rioters clashed with Israeli military forces in Abu Dis.", "PSE"),
        ("Palestinian protesters clashed with Israeli police in Jerusalem on Friday.", "PSE"),
        ("Afghan inmates rioted at a detention centre in Greece on Sunday.", "AFG"),
    ],
)
def test_a_crowd_named_by_its_nationality_keeps_it(text: str, country: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.acled_event_type in ("Protests", "Riots")]
    assert event.actor1 is not None and (event.actor1.kind, event.actor1.country) == ("protesters", country)


@pytest.mark.parametrize(
    "text",
    [
        "On 8 November 2020, presumed ISGS militants attacked the village of Diobbou (Gorgadji, Seno).",  # Laos' Seno
        "On 28 October 2020, JNIM militants ambushed an army patrol near Yense (Kain, Yatenga).",  # Belgian Kain
    ],
)
def test_the_last_name_in_a_parenthesised_qualifier_is_the_province(text: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.acled_sub_event_type]
    assert event.location is not None and event.location.place.country == "BFA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the qualifier's country decides between namesakes, whatever country the text is about
        # (a pro-Ukraine rally in Canada; a protest in Mali, ACLED-style)
        ("Members of the Ukrainian community held a rally for Ukraine in London (Ontario) on Sunday.", "CAN"),
        ("On 14 January 2022, people demonstrated against ECOWAS sanctions in the town of Kita (Kita, Kayes).", "MLI"),
        # news: a town of its own name abroad stays where it is
        ("About 20 people protested in Sapporo, Hokkaido, against the military coup in Myanmar.", "JPN"),
    ],
)
def test_the_places_of_a_sentence_agree_on_a_country(text: str, country: str):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.location is not None and event.location.place.country == country


@pytest.mark.parametrize(
    ("text", "demander", "demanded_of"),
    [
        # a "must" or "should" in what someone says is the sayer's demand of the clause's doer
        # (diplomatic wire copy; US budget copy)
        ("Russia said Ukraine should withdraw its troops from the border.", "Russia", "Ukraine"),
        ("The White House said Congress must pass the aid package this week.", "Government of United States",
         "Congress"),
    ],
)  # fmt: skip
def test_a_demand_in_what_someone_says_is_the_sayers(text: str, demander: str, demanded_of: str):
    (analysis,) = analyse_texts([("a", text)])
    (demand,) = [event for event in analysis.events if event.plover_type == "DEMAND"]
    assert demand.actor1 is not None and demand.actor1.name == demander
    assert demand.actor2 is not None and demand.actor2.name == demanded_of


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the death that set a riot off is no toll of the riot (Kenyan copy; Greek copy)
        ("Riots erupted in Kisumu on Sunday after the death of a young man killed in police custody.", None),
        ("Riots broke out in Athens following the fatal shooting of a 15-year-old boy killed by a police officer.",
         None),
        # dead of the riot itself, told after the cause in a clause of their own, are
        ("Rioters burned cars in Nairobi after the killing of a student, and two people were killed in clashes "
         "with police.", 2),
    ],
)  # fmt: skip
def test_the_death_a_riot_is_about_is_not_its_toll(text: str, fatalities: int | None):
    (analysis,) = analyse_texts([("a", text)])
    (riot,) = [event for event in analysis.events if event.acled_event_type == "Riots"]
    assert (riot.fatalities.value if riot.fatalities else None) == fatalities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place of a contrasted clause is not the event's (US wire copy; Pakistani copy)
        ("In Seattle, marchers honored the Orlando victims with white roses held aloft, KING-TV reported, while in "
         "Chicago the parade began with a moment of silence.", "Seattle"),
        ("In Lahore, protesters blocked the main road for hours, while in Karachi shops stayed closed.", "Lahore"),
    ],
)  # fmt: skip
def test_the_place_of_another_clause_is_not_the_events(text: str, place: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_type == "PROTEST"]
    assert event.location is not None and event.location.place.name == place


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Zambia extradited the suspect to Britain.", "COOPERATE"),
        ("Serbia lodged an official protest with Albania.", "DISAPPROVE"),
        ("Israeli army bulldozers demolished homes in Gaza.", "COERCE"),
        ("Japan halted economic aid to Serbia.", "SANCTION"),
        ("Sudan lifted a state of emergency in West Darfur.", "CONCEDE"),
        ("Uganda has granted political asylum to 18 Rwandan rebels.", "AID"),
    ],
)
def test_plover_vocabulary_beyond_the_obvious_verbs(text: str, plover_type: str):
    assert plover_type in [code.plover_type for code in code_text(text)]


def test_a_doubled_backslash_in_a_literal_pattern_is_refused(tmp_path: Path):
    broken = tmp_path / "triggers.toml"
    broken.write_text(DATA_FILE.read_text(encoding="utf-8").replace("'extradit\\w+'", "'extradit\\\\w+'"))
    with pytest.raises(LexiconError, match="doubled backslash"):
        load_lexicon(broken)


def test_the_sentence_after_a_protest_says_what_happened_to_it():
    text = "Nurses held a sit-in outside the health ministry on Monday. Police dispersed them with tear gas."
    (analysis,) = analyse_texts([("a", text)])
    protests = [event for event in analysis.events if event.plover_type == "PROTEST"]
    assert [event.acled_sub_event_type for event in protests] == ["Protest with intervention"]
    assert protests[0].sub_type_span is not None
    assert text[protests[0].sub_type_span.start : protests[0].sub_type_span.end] == "dispersed"


def test_a_protest_elsewhere_in_the_next_sentence_is_its_own_event():
    text = (
        "Nurses held a sit-in outside the health ministry in Nairobi. "
        "In Mombasa, police dispersed a separate march with tear gas."
    )
    (analysis,) = analyse_texts([("a", text)])
    sub_types = [event.acled_sub_event_type for event in analysis.events if event.plover_type == "PROTEST"]
    assert sub_types == ["Peaceful protest", "Protest with intervention"]


def test_a_doer_named_for_its_weapon_is_the_doer_not_the_event():
    (analysis,) = analyse_texts([("a", "Gunmen killed two soldiers in Kabul.")])
    event = main_event(analysis.events)
    assert event is not None and event.trigger_text == "killed"
    assert event.actor1 is not None and (event.actor1.name, event.actor1.country) == ("Gunmen", "AFG")


def test_an_organisation_demonstrating_takes_the_country_it_demonstrates_in():
    text = "The National Union of Secondary Teachers demonstrated in front of the Ministry of Education in Ouagadougou."
    (analysis,) = analyse_texts([("a", text)])
    protest = next(event for event in analysis.events if event.plover_type == "PROTEST")
    assert protest.actor1 is not None and protest.actor1.kind == "organisation"
    assert protest.actor1.country == "BFA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a council organising a demonstration acts where it demonstrates, first party or second (an
        # ACLED note from Iran, seen in a wall; Indian copy written for the rule)
        (
            "On 31 January 2022, active and retired teachers organized by the Coordinating Council of Teachers "
            "Syndicates protested in front of the Education Department in Sojas city (Zanjan).",
            "Coordinating Council of Teachers Syndicates",
            "IRN",
        ),
        (
            "Hundreds of farmers organized by the Karnal Kisan Council protested outside the district office in "
            "Karnal on Monday, police said.",
            "Karnal Kisan Council",
            "IND",
        ),
    ],
)
def test_a_council_demonstrating_takes_the_country_it_demonstrates_in(text: str, name: str, country: str):
    (analysis,) = analyse_texts([("a", text)])
    protest = next(event for event in analysis.events if event.plover_type == "PROTEST")
    (council,) = [actor for actor in (protest.actor1, protest.actor2) if actor is not None and actor.name == name]
    assert council.country == country


def _main_event_of(text: str) -> ArticleEvent:
    """The main event of one text, coded as a stored article's."""
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None, text
    return event


@pytest.mark.parametrize(
    "text",
    [
        # a plan or a bill sent "to aid" someone is no aid given (Reuters 2008 copy, event audit 4815;
        # state politics copy written for the rule)
        "Congressional Democrats sent the White House plan to aid struggling U.S. automakers with up to "
        "$17 billion in loans.",
        "Governor Andrew Cuomo sent lawmakers a bill to aid flood victims in the north.",
    ],
)
def test_a_plan_sent_to_aid_someone_is_no_aid(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        # a continent's people in a statement take no country from the sentence (Reuters G20 and
        # Detroit copy, event audits 4815 and 4812)
        "In the lead up to the summit, European leaders have called for tighter global banking supervision while "
        "U.S. President Barack Obama has urged a sweeping overhaul of Wall Street regulations.",
        "European governments ruled out rescue plans for General Motors Corp's struggling Opel and Saab units, "
        "Ford said in Detroit.",
    ],
)
def test_a_continents_people_in_a_statement_take_no_country(text):
    (analysis,) = analyse_texts([("a", text)])
    (statement,) = [event for event in analysis.events if event.plover_type in ("DEMAND", "REJECT")]
    assert statement.actor1 is not None and statement.actor1.country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an armed body the recogniser reads as a person, or names with a plural (ACLED notes from
        # Myanmar and Yemen, seen in a wall; Syrian wire copy written for the rule)
        (
            "On 1 February 2022, in Tanintharyi township (Myeik district, Tanintharyi region), Phet Ma Lite "
            "Guerrilla Force carried out a mine attack against military forces and exchanged fire.",
            "Phet Ma Lite Guerrilla Force",
            "MMR",
        ),
        (
            "On 11 May 2022, Giants Brigades forces arrested 5 pro-STC fighters in the outskirts of Ataq city "
            "(Shabwah).",
            "Giants Brigades",
            "YEM",
        ),
        (
            "Fighters of the Hamza Division Brigades shelled the village of Tal Rifaat near Aleppo on Monday.",
            None,
            "SYR",
        ),
    ],
)
def test_an_armed_body_named_for_its_unit_acts_with_the_country_it_fights_in(text: str, name: str | None, country: str):
    event = _main_event_of(text)
    assert event.actor1 is not None and event.actor1.country == country
    assert name is None or event.actor1.name == name


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a local militia the recogniser reads as a person (an ACLED note from Burundi, seen in a
        # wall) and a person no registry knows (US copy written for the rule)
        (
            "On 24 January 2022, 7 Imbonerakure beat up and injured a civilian on the Kabirizi sub-hill area "
            "on Shari hill (Bubanza, Burundi), during night patrol.",
            "Imbonerakure",
            "BDI",
        ),
        (
            "Yvonne Hiller opened fire on co-workers at a Kraft Foods plant in Philadelphia on Thursday, killing two.",
            "Yvonne Hiller",
            "USA",
        ),
    ],
)
def test_a_person_doing_violence_acts_with_the_country_it_happens_in(text: str, name: str, country: str):
    event = _main_event_of(text)
    assert event.actor1 is not None
    assert (event.actor1.name, event.actor1.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a body no registry knows arrests where it is (an ACLED note from Mexico, seen in a wall;
        # wire copy written for the rule)
        (
            "On 3 May 2022, in Oaxaca de Juarez, the National Institute of Migration arrested 40 migrants "
            "from Guatemala and Honduras.",
            "National Institute of Migration",
            "MEX",
        ),
        (
            "The National Migration Institute detained 120 Central American migrants in Tapachula, Chiapas, "
            "on Tuesday.",
            "National Migration Institute",
            "MEX",
        ),
    ],
)
def test_who_arrests_acts_with_the_country_it_arrests_in(text: str, name: str, country: str):
    event = _main_event_of(text)
    assert event.acled_sub_event_type == "Arrests" and event.actor1 is not None
    assert (event.actor1.name, event.actor1.country) == (name, country)


def test_whom_an_arrest_holds_keeps_no_country_of_the_place():
    text = "The Federal Security Service detained Evan Gershkovich in Yekaterinburg on Wednesday."
    event = _main_event_of(text)
    assert event.actor2 is not None and event.actor2.name == "Evan Gershkovich"
    assert event.actor2.country is None  # an American reporter, not Russian for being held in Russia


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Georgia the US state, read as a place of the US among Atlanta and Fulton County, is no
        # mention of the country Georgia (an ECB+ story of the Atlanta courthouse shooting, seen in
        # a wall; local copy written for the rule)
        (
            "Brian Nichols escaped from the Fulton County courthouse in Atlanta in 2005. He shot and killed a "
            "judge, a court reporter and a deputy. Georgia prosecutors sought the death penalty. A jury in "
            "Georgia convicted him.",
            "shot and killed",
        ),
        (
            "Gunmen shot two men outside a bar in Savannah on Friday night, Chatham County police said. "
            "Investigators in Georgia arrested a suspect on Saturday. Georgia has seen a rise in shootings.",
            "arrested",
        ),
    ],
)
def test_a_us_state_named_like_a_country_does_not_make_the_story_that_countrys(text: str, trigger: str):
    (analysis,) = analyse_texts([("a", text)])
    event = next(event for event in analysis.events if event.trigger_text == trigger)
    assert event.actor1 is not None and event.actor1.country == "USA"


def test_violence_with_no_named_perpetrator_has_an_unidentified_armed_group_of_the_place():
    (analysis,) = analyse_texts([("a", "On 18 January 2020, a civilian vehicle was struck by an IED near Djibo.")])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None
    assert (event.actor1.name, event.actor1.kind, event.actor1.country) == ("Unidentified armed group", "group", "BFA")
    assert event.actor1.actor is None  # not an actor the text names
    (analysis,) = analyse_texts([("b", "Residents protested against the closure of the market in Djibo.")])
    protest = main_event(analysis.events)
    assert protest is not None and protest.actor1 is not None and protest.actor1.name != "Unidentified armed group"


def test_a_nationality_among_the_capitalised_words_before_forces_and_a_compass_word_before_a_place():
    text = "On 9 March 2020, French Operation Barkhane forces struck militants in northern Burkina Faso."
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.country == "FRA"
    assert (
        event.location is not None and event.location.place.country == "BFA"
    )  # recognised as a person, after "northern"


def test_a_protest_dispersed_two_sentences_later_is_one_protest_with_intervention():
    text = (
        "On 21 September 2020, meat plant workers staged a march to the prefecture in Pouytenga. "
        "The demonstrators demanded the construction of a new abattoir. "
        "The police intervened and broke up the demonstration."
    )
    (analysis,) = analyse_texts([("a", text)])
    protests = [event for event in analysis.events if event.acled_event_type == "Protests"]
    assert [event.acled_sub_event_type for event in protests] == ["Protest with intervention"]
    assert protests[0].location is not None and protests[0].location.place.name == "Pouytenga"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Passakongo marched to demand the release of 23 people arrested in their area.",
        "Workers held a sit-in; there were interactions with police but no violence or arrests were reported.",
        "Crowds marched through Yangon on Sunday. The military refrained from any kind of intervention.",
    ],
)
def test_what_a_protest_is_about_or_what_did_not_happen_is_no_intervention(text: str):
    (analysis,) = analyse_texts([("a", text)])
    protests = [event for event in analysis.events if event.acled_event_type == "Protests"]
    assert [event.acled_sub_event_type for event in protests] == ["Peaceful protest"]


def test_a_hyphenated_place_the_recogniser_splits_is_read_whole():
    text = "People demonstrated in front of the gendarmerie in Komin-Yanga (Komin-Yanga, Koulpelogo)."
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.location is not None
    assert event.location.place.country == "BFA"  # not Komín in Czechia, the recogniser's "Komin"


def test_victims_are_the_head_of_the_object_and_a_list_is_no_compound():
    lexicon = event_lexicon()

    def victims(text: str) -> str | None:
        start = text.index("killed")
        return victims_of(text, start, start + len("killed"), lexicon)

    assert victims("Militants killed two soldiers and a civilian.") == "armed"  # "and" joins, it does not modify
    assert victims("Militants killed the Koglweogo chief.") == "civilians"
    assert victims("Militants killed 3 local policemen.") == "armed"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # an attack only referred to ("following an attack on its embassy") was not done by
        # whoever acts earlier in the sentence (Reuters 2006 and 2008; Times of India 2002)
        ("Nigeria said it evacuated diplomatic staff from the country following an attack on its embassy.", None),
        ("OPEC raised production by a nominal amount and supply worries grew after an attack on a Mexican pipeline.",
         None),
        ("They dodged the police and escaped following the ban imposed on the group after the attack on parliament.",
         None),
        # a name inside the act's own phrase did it (wire style, written for the rule)
        ("Security was tightened after the Taliban attack on the base in Kabul.", "Taliban"),
    ],
)  # fmt: skip
def test_an_act_referred_to_after_a_preposition_takes_no_doer_from_before_it(text: str, doer: str | None):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2008-06-20"})
    (attack,) = [event for event in analysis.events if event.trigger_id == "attack"]
    assert attack.actor1 is not None
    assert attack.actor1.name == (doer or "Unidentified armed group")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a deed a state's own act answers ("summoned … over the shelling", "expressed outrage over the
        # bombing") is not that state's deed (South Asian wire copy; Nigerian and Caucasus copy)
        ("Pakistan's foreign office summoned the Indian envoy over the shelling of villages in Kashmir.", None),
        ("The Nigerian government expressed outrage over the bombing of a church in Jos.", None),
        ("Azerbaijan's foreign ministry complained about the shelling of villages in Tovuz.", None),
        # the deed's own phrase still names its doer
        ("Pakistan summoned the Indian envoy over the shelling of villages by Indian troops.", "Military of India"),
    ],
)  # fmt: skip
def test_a_deed_another_act_answers_is_not_done_by_who_answers(text: str, doer: str | None):
    deed = _the_acled_event(text, "2019-03-04")
    assert deed.actor1 is not None
    assert deed.actor1.name == (doer or "Unidentified armed group")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # an arrest whose doer the parse names by a noun that is no force is not the police's (news_dev,
        # audit 4454: the Saudi crown prince's detention of Hariri; British local copy, written for the rule)
        ("Recently, the crown prince detained Lebanon's Prime Minister Saad Hariri.", "crown prince"),
        ("Security guards detained a shoplifter in Leeds.", "Security guards"),
        # with no doer, or a force's officers or the authorities, the police arrest
        ("17 men were arrested in Lagos on Sunday.", "Police Forces of Nigeria"),
        ("Officers detained two men in Leeds.", "Police Forces of Britain"),
        ("An officer stopped him in Seattle for riding on the sidewalk and arrested him.",
         "Police Forces of United States"),
        ("Authorities detained the activist in Cairo.", "Police Forces of Egypt"),
    ],
)  # fmt: skip
def test_an_arrest_by_someone_named_by_a_noun_is_theirs(text: str, doer: str):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2017-11-20"})
    (arrest,) = [event for event in analysis.events if event.plover_mode == "arrest"]
    assert arrest.actor1 is not None and arrest.actor1.name == doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "he" in what a body says is a person, not the body (news_dev, audit 4460: a rights group on a
        # detainee; Egyptian wire style, written for the rule); "it" is the body
        ("Human Rights Watch said he began a hunger strike immediately.", "Protesters"),
        ("The Interior Ministry said he attacked a policeman in Cairo.", "Unidentified armed group"),
        ("The Interior Ministry said it arrested 12 people in Cairo.", "Interior Ministry"),
    ],
)  # fmt: skip
def test_a_person_a_body_speaks_of_is_not_the_body(text: str, doer: str):
    deed = _the_acled_event(text, "2017-11-20")
    assert deed.actor1 is not None and deed.actor1.name == doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # who tells of a deed whose clause names its own doer did not do it (GeoVirus, event audit 4913:
        # Kenyan cattle raids; Afghan wire style, written for the rule); a force the sayer names stays
        # with the state-body rules, and a named doer stays
        ("Kenya's livestock minister, Mohammed Kuti, said today that cattle rustlers have killed eleven people "
         "near the central town of Isiolo.", "cattle rustlers"),
        ("Governor Tooryalai Wesa said insurgents attacked a checkpoint near Kandahar on Sunday.", "insurgents"),
        ("Governor Tooryalai Wesa said the Taliban attacked a checkpoint near Kandahar on Sunday.", "Taliban"),
    ],
)  # fmt: skip
def test_who_tells_of_a_deed_is_not_its_doer(text: str, doer: str):
    deed = _the_acled_event(text, "2009-02-22")
    assert deed.actor1 is not None and deed.actor1.name == doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "he" or "she" is a person named before, not the country of an adjective beside the deed (Reuters,
        # event audit 4914: Buffett's letter; business copy written for the rule)
        ("Warren Buffett wrote to shareholders on Saturday. Still, despite what he called paralyzing fear, he"
         " remained optimistic about American resilience, and praised government efforts to avoid a breakdown in"
         " the financial system.", "Warren Buffett"),
        ("Jack Ma spoke to reporters on Tuesday. He remained upbeat about Chinese consumers and praised the"
         " government's stimulus plan.", "Jack Ma"),
    ],
)  # fmt: skip
def test_a_persons_pronoun_is_no_countrys_adjective(text: str, doer: str):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2009-02-28"})
    (support,) = [event for event in analysis.events if event.plover_type == "SUPPORT"]
    assert support.actor1 is not None and support.actor1.name == doer


def test_a_passives_agent_does_the_deed_not_a_person_named_before():
    # British political copy, written for the rule (news_dev, audit 4454: Trayvon Martin's shooting had
    # been Hillary Clinton's): the agent is the doer
    text = (
        "Theresa May spoke in Leeds. May visited the family of Jo Cox, who was stabbed to death by a far-right "
        "extremist in 2016."
    )
    (analysis,) = analyse_texts([("a", text)], published={"a": "2017-11-20"})
    (attack,) = [event for event in analysis.events if event.plover_type == "ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.name == "far-right extremist"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a deed laid at another's door is not the deed of who lays it (Reuters 2011, Libya; news copy
        # written for the rule): the one it is laid on, when named, else an unidentified group
        ('Libyan state television blamed the explosions on "al Qaeda-backed" armed elements.', "al-Qaeda"),
        ("Israel blamed the rocket attack on Hamas.", "Hamas"),
        ("Syrian state media blamed the bombing on terrorists.", None),
        ("Obama blamed the shooting on the gunman.", "gunman"),
        # ... also in a relative clause (news_dev, audit wall: the Salisbury attack had been the Skripals')
        ("The Skripals were found slumped on a bench in Salisbury on March 4 in a nerve agent attack that the "
         "British government has blamed on Russia, although Moscow denies any involvement.", "Russia"),
    ],
)  # fmt: skip
def test_a_deed_one_party_blames_on_another_is_not_its_own(text: str, doer: str | None):
    deed = _the_acled_event(text, "2011-06-20")
    assert deed.actor1 is not None
    assert deed.actor1.name == (doer or "Unidentified armed group")
    assert deed.actor2 is None or deed.actor2.name != deed.actor1.name


@pytest.mark.parametrize(
    "text",
    [
        # a teenager or an "n-year-old" shot by a force is a civilian attacked, not a side of a
        # clash (ACLED world 2022, Myanmar; Reuters 2009; news_dev)
        "On 5 May 2022, soldiers of the military LIB-274 opened fire in the village and killed a 14-year-old.",
        "Violence has flared in Greece for weeks after police shot a 15-year-old schoolboy.",
        "There is a lot of focus on police because of the 2014 shooting death of Tamir Rice, a 12-year-old.",
    ],
)
def test_a_child_or_teenager_shot_by_a_force_is_an_attack_on_a_civilian(text: str):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2022-06-20"})
    assert [event.acled_sub_event_type for event in analysis.events] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # violence the protest is about, or that did not happen, does not make it violent
        (
            "Teachers in Bobo-Dioulasso staged a sit-in in solidarity with two teachers assaulted by parents.",
            "Peaceful protest",
        ),
        (
            "Hundreds demonstrated to demand the release of nine men. Security forces on alert, no clashes reported.",
            "Peaceful protest",
        ),
        # violence the protesters did, however it is worded
        (
            "Youth and other protesters blocked the western entrance to Ouagadougou, setting fire to tires.",
            "Violent demonstration",
        ),
        (
            "Hundreds of protesters have rallied against each other in aggressive demonstrations across Australia.",
            "Violent demonstration",
        ),
    ],
)
def test_protest_violence_is_what_the_protesters_did(text: str, sub_type: str):
    (analysis,) = analyse_texts([("a", text)])
    protests = [event for event in analysis.events if event.acled_event_type in ("Protests", "Riots")]
    assert [event.acled_sub_event_type for event in protests] == [sub_type]


def _the_acled_event(text: str, published: str):
    """The one event of `text` that has an ACLED type (the test fails if there are more or none)."""
    (analysis,) = analyse_texts([("a", text)], published={"a": published})
    (event,) = [event for event in analysis.events if event.acled_event_type]
    return event


def _acled_events(text: str) -> list:
    (analysis,) = analyse_texts([("a", text)])
    return [event for event in analysis.events if event.acled_sub_event_type]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a group named as the dead is the victim, not a new attacker
        (
            "On 3 May 2021, Ansaroul Islam and ISGS militants clashed near Djibo. "
            "Six ISGS fighters reportedly killed. 4 Ansaroul Islam militants and 2 civilians were killed.",
            12,
        ),
        # "by" after "the claim" names a source, and "the Islamic State" is no place of its own
        (
            "On 31 July 2021, ISGS and JNIM militants clashed near Djibo. "
            "8 JNIM militants were allegedly killed according to the claim by the Islamic State.",
            8,
        ),
        # a party answering the attack just told is part of it
        (
            "On 6 March 2021, suspected ISGS militants attacked a village near Djibo. "
            "Volunteer fighters (VDP) reportedly repulsed the assault and killed three militants.",
            3,
        ),
    ],
)
def test_a_follow_up_sentence_tells_the_same_event_and_its_dead_count_there(text: str, dead: int):
    events = _acled_events(text)
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.value == dead


def test_a_harm_with_no_agent_has_no_doer_but_other_passives_keep_their_subject():
    (killed,) = analyse_texts([("a", "Two Taliban commanders were killed in Helmand on Monday.")])
    event = main_event(killed.events)
    assert event is not None and event.actor2 is not None and event.actor2.name == "Taliban"
    assert event.actor1 is not None and event.actor1.name == "Unidentified armed group"
    (active,) = analyse_texts([("b", "Taliban fighters reportedly killed four soldiers in Helmand.")])
    event = main_event(active.events)
    assert event is not None and event.actor1 is not None and event.actor1.name != "Unidentified armed group"
    assert event.actor2 is not None and event.actor2.name == "soldiers"


@pytest.mark.parametrize(
    "text, sufferer",
    [
        # who was killed in the attack named after it suffered it (news; an ACLED-style note)
        ("Four Americans were killed in the 2012 attack on the U.S. consulate in Benghazi.", "United States"),
        ("Two Malian soldiers were killed in an IED attack near Gao on Monday.", "Military of Mali"),
    ],
)
def test_who_was_killed_in_the_attack_is_no_doer_of_it(text: str, sufferer: str):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Unidentified armed group"
    assert event.actor2 is not None and event.actor2.name == sufferer


def test_a_doer_named_after_the_harm_is_still_the_doer():
    text = "Hundreds of Taliban fighters were killed in the Afghan army's offensive in Helmand."
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Military of Afghanistan"


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        # who investigates or condemns an attack did not carry it out (US local news; wire copy)
        ("A tense crowd gathered as police investigated the shooting in Brooklyn.", "police"),
        ("KABUL (Reuters) - The army condemned the bombing in Kabul on Monday.", "military"),
        # nor who names its victims (news_dev, audit 4232, Canadian local news; Pakistani wire style)
        (
            "Vancouver police identified the victim of the Friday night shooting at the TallGrass Distributors Ltd.",
            "police",
        ),
        ("Police said they had identified the victims of Sunday's bombing in Quetta as three soldiers.", "police"),
        # nor who heard or saw it (ECB+ bank bombing copy, event audit 4816; Pakistani copy written for the rule)
        (
            "T.J. Simons, 17, who works at the 76 station on Oregon 214 about 500 feet from the bank, also heard "
            "the blast.",
            "T.J. Simons",
        ),
        ("Shopkeeper Ahmed Khan saw the attack on the convoy from his window in Peshawar.", "Ahmed Khan"),
        # nor who discusses or recalls it (ECB+ Brooklyn shooting copy, event audit 4864; Kashmiri copy written
        # for the rule)
        (
            "At a barbershop along Church Avenue, two men on Tuesday were discussing the recent shooting when an "
            "Asian delivery cyclist pulled onto the sidewalk.",
            "men",
        ),
        ("Villagers in Sopore recalled the grenade attack on the market in 2009.", "Villagers"),
    ],
)
def test_who_investigates_or_condemns_an_attack_is_no_party_to_it(text: str, bystander: str):
    """`bystander` is the actor kind or the name that must not be the doer."""
    (analysis,) = analyse_texts([("a", text)])
    violent = [event for event in analysis.events if event.plover_type in ("ASSAULT", "FIGHT")]
    assert violent and all(
        event.actor1 is None or bystander not in (event.actor1.kind, event.actor1.name) for event in violent
    )


@pytest.mark.parametrize(
    ("text", "chanted"),
    [
        # a name in a chant is no party to the march (US local news; a wire-style report from Beirut)
        ('Dozens chanted "NYPD, KKK, how many kids did you kill today" as they marched on Church Ave.', "KKK"),
        ("Thousands chanting “Hezbollah, Hezbollah” marched through Beirut on Sunday.", "Hezbollah"),
    ],
)
def test_a_name_in_quotation_marks_is_no_party_to_an_act_told_outside_them(text: str, chanted: str):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name != chanted


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # a show hosted, a player's contract signed: no visit, no agreement (entertainment and sports copy)
        ("DeGeneres hosted the 79th Academy Awards in 2007, for which she received an Emmy nomination.", None),
        ("Cheeks had signed an extension to his contract in September that was guaranteed through next year.", None),
        ("Veterans Donyell Marshall and Kareem Rush, signed later in the summer by Philly, don't strike fear.", None),
        ("Their relationship began in 1984, when Trump signed Walker to a rich contract.", None),
        # a leader hosted, an agreement signed (wire copy)
        ("BEIJING (Reuters) - Xi hosted Putin in Beijing on Monday.", "CONSULT"),
        ("In 2017, Venezuela signed an agreement with South Africa to create a joint venture.", "AGREE"),
    ],
)
def test_hosting_a_show_or_signing_a_player_is_no_relation(text: str, plover_type: str | None):
    (analysis,) = analyse_texts([("a", text)])
    assert [event.plover_type for event in analysis.events if event.plover_type in ("CONSULT", "AGREE")] == (
        [plover_type] if plover_type else []
    )


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # "conceded" as "admitted", an endorser as a person (campaign copy; wire copy)
        ('"We know how Wyoming is going to go," Trump adviser Paul Manafort conceded in an interview.', None),
        ("WASHINGTON (Reuters) - Sanders conceded that he would not win the nomination.", None),
        ("Wilkin missed out on a delegate slot, while Cruz endorser and state Sen. Richard H. Black won.", None),
        # defeat conceded, a candidate endorsed (wire copy)
        ("NEW YORK (Reuters) - Hillary Clinton conceded defeat to Donald Trump on Wednesday.", "CONCEDE"),
        ("WASHINGTON (Reuters) - The AFL-CIO endorsed Hillary Clinton on Thursday.", "SUPPORT"),
    ],
)
def test_an_admission_or_an_endorser_is_no_concession_or_support(text: str, plover_type: str | None):
    (analysis,) = analyse_texts([("a", text)])
    assert [event.plover_type for event in analysis.events if event.plover_type in ("CONCEDE", "SUPPORT")] == (
        [plover_type] if plover_type else []
    )


def test_who_is_told_of_an_event_is_no_party_to_it():
    # a New York tabloid's source, and wire copy's officials telling Reuters
    text = "A source told the New York Daily News that the protest began some 20 blocks from the precinct."
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Protesters"
    (analysis,) = analyse_texts([("b", "Militants attacked a checkpoint in Kunar on Monday, officials told Reuters.")])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Militants"
    assert event.actor2 is None or event.actor2.name != "Reuters"


def test_a_toll_sentence_adds_to_the_event_just_told():
    text = "On 2 June 2021, militants attacked a convoy near Djibo. The death toll rose to 9."
    (analysis,) = analyse_texts([("b", text)])
    event = main_event(analysis.events)
    assert event is not None and event.fatalities is not None and event.fatalities.value == 9


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # wire copy: the follow-up sentence's toll is the whole, not more dead
        (
            "Gunmen attacked a market in Kano on Sunday, killing five people. "
            "The death toll rose to seven on Monday, police said.",
            7,
        ),
        # an ACLED-style note closing with its total
        (
            "On 10 March 2022, in Villamar, Michoacan, four men were shot dead on the road by armed individuals. "
            "4 fatalities.",
            4,
        ),
        # a closing whole toll is the first event's, not that of a side act told after it
        (
            "On 26 March 2022, near Campestre, Zacatecas, armed individuals opened fire at a state police officer. "
            "The officer and a woman died. After the attack, the car was set on fire with both bodies inside. "
            "2 fatalities.",
            2,
        ),
        (
            "Gunmen opened fire on a bus near Kaduna on Sunday. Passengers fled into the bush and the bus was "
            "set on fire. The death toll stood at 11 on Monday, police said.",
            11,
        ),
        (
            "On 19 February 2022, a landmine was detonated against a soldier in Idleb. 1 fatality.",
            1,
        ),
        # a further group's dead in a follow-up sentence still add up
        (
            "Militants attacked a convoy near Djibo on Monday, killing two soldiers. Three militants were also killed.",
            5,
        ),
    ],
)
def test_a_follow_up_whole_toll_replaces_the_count_before_it(text: str, dead: int):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.fatalities is not None and event.fatalities.value == dead


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # ACLED-style note; wire copy: the doer's own count of whom it killed is a claim, not more dead
        (
            "On 24 March 2022, militants ambushed an army convoy near Tera. 6 soldiers were killed. "
            "The group claimed responsibility and said it killed 7 soldiers.",
            6,
        ),
        (
            "Al Shabaab fighters stormed an army base near Marka on Friday, killing five soldiers, a military "
            "officer told Reuters. The militants said they killed 30 soldiers.",
            5,
        ),
    ],
)
def test_a_doers_claim_of_its_kills_adds_no_dead(text, killed):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.fatalities is not None and event.fatalities.value == killed


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # a name in a relative clause about the object (campaign copy; EU wire copy) or after the
        # occasion of a statement (diplomatic wire copy) is no party to it
        ("But Murphy said he supports the final bill, which includes provisions not in the Senate bill.", "SUPPORT"),
        ("The European Union backed the plan, which the Russian government rejected.", "SUPPORT"),
        (
            "Germany's foreign minister urged restraint in a statement to reporters after talks with Iran's "
            "foreign minister.",
            "DEMAND",
        ),
    ],
)
def test_a_name_past_the_verbs_object_is_no_target(text, plover_type):
    (analysis,) = analyse_texts([("a", text)])
    events = [event for event in analysis.events if event.plover_type == plover_type]
    assert events and events[0].actor2 is None


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # the verb's object is a thing and the name sits in another phrase: a place of the act
        # (campaign copy), a participle (a memoir's account)
        ("Sanders, a Vermont senator, has supported stem cell research in the Senate.", "SUPPORT"),
        (
            "Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise Mr. Netanyahu would "
            "walk all over us.",
            "DEMAND",
        ),
    ],
)
def test_a_name_outside_the_verbs_object_is_no_target(text, plover_type):
    (analysis,) = analyse_texts([("a", text)])
    events = [event for event in analysis.events if event.plover_type == plover_type]
    assert events and events[0].actor2 is None


@pytest.mark.parametrize(
    ("text", "plover_type", "target"),
    [
        # the name is the object, or a partner phrase on the verb (campaign copy; wire copy)
        (
            "Jane Harman, now director of the Wilson Center, urged Obama last year not to close the prison.",
            "DEMAND",
            "Obama",
        ),
        ("Sanders criticized Clinton for her ties to Wall Street.", "DISAPPROVE", "Clinton"),
        # the object, not a name in the reason after it (UK politics copy), nor one after "to" in it
        (
            "British Prime Minister Theresa May has blamed the Russian government for the attack on the Skripals.",
            "DISAPPROVE",
            "Russia",
        ),
        ("Trump criticized Clinton over her speeches to Goldman Sachs.", "DISAPPROVE", "Clinton"),
        ("Warren criticized Goldman Sachs for its loans to Glencore.", "DISAPPROVE", "Goldman"),
        ("Iran rejected the offer from the European Union on Tuesday.", "REJECT", "European Union"),
    ],
)
def test_a_name_in_the_verbs_object_stays_its_target(text, plover_type, target):
    (analysis,) = analyse_texts([("a", text)])
    events = [event for event in analysis.events if event.plover_type == plover_type]
    assert events and events[0].actor2 is not None and target in events[0].actor2.name


@pytest.mark.parametrize(
    "text",
    [
        # the closing attribution names who told of the act, not whom it was done to (local crime
        # copy; a restaurant owner's quote; wire copy from Kenya)
        "A handgun was recovered during the arrest, Peavy said.",
        "\u201cThank you to the police, it really means a lot that they were able to get these arrests,\u201d "
        "Schmidt said.",
        "Two suspects were detained after the raid, Kenyan police commander Japheth Koome said.",
    ],
)
def test_the_closing_sayer_is_no_target(text):
    (analysis,) = analyse_texts([("a", text)])
    (arrest,) = [event for event in analysis.events if event.plover_type == "COERCE"]
    assert arrest.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        # who the sentence's facts are according to is no party (ECB+ Kraft shooting copy, event audit
        # 4814; Afghan wire copy written for the rule)
        "The victims and alleged shooter in the last night's Kraft plant shooting had a history of arguing, "
        "according to police.",
        "Militants attacked a checkpoint in Kunduz, according to the Afghan Interior Ministry.",
    ],
)
def test_the_source_a_sentence_is_according_to_is_no_target(text):
    (analysis,) = analyse_texts([("a", text)])
    (attack,) = [event for event in analysis.events if event.plover_type in ("ASSAULT", "FIGHT")]
    assert attack.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        # the police named after an arrest are who made it, not whom it was made of (US crime copy;
        # Indian police copy)
        "Upon arrest, police seized a shotgun and several shells, he said.",
        "After the arrest, police recovered the stolen jewellery from his house in Vadodara.",
    ],
)
def test_the_police_after_an_arrest_made_it(text):
    (analysis,) = analyse_texts([("a", text)])
    (arrest,) = [event for event in analysis.events if event.trigger_text == "arrest"]
    assert arrest.actor1 is not None and arrest.actor1.kind == "police"
    assert arrest.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        # the outlet that reported a march is no party to it (US campaign copy; Pakistani wire copy)
        "Presumptive Democratic presidential nominee Hillary Clinton marched in the New York parade, CNN reported.",
        "Thousands of farmers marched through Lahore on Friday, Dawn reported.",
    ],
)
def test_the_closing_reporter_is_no_party(text):
    (analysis,) = analyse_texts([("a", text)])
    (march,) = [event for event in analysis.events if event.plover_type == "PROTEST"]
    assert march.actor2 is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # where a thrown weapon was aimed is its target (Greek riot copy; Bangladeshi copy)
        ("A petrol bomb hurled at an Athens branch of the Marfin Investment Bank killed two women and a man.", None),
        ("Stones hurled at a convoy of the Awami League injured six party workers in Chittagong.", "Awami League"),
    ],
)
def test_where_a_weapon_was_aimed_is_no_doer(text, target):
    (analysis,) = analyse_texts([("a", text)])
    (attack,) = [event for event in analysis.events if event.acled_event_type]
    assert attack.actor1 is not None and attack.actor1.name.startswith("Unidentified")
    assert target is None or (attack.actor2 is not None and attack.actor2.name == target)


@pytest.mark.parametrize(
    "text",
    [
        # a class of acts a body probes is no act (news_dev, Toronto copy; Kenyan copy, written for the rule)
        "Toronto police declined to comment on the lawsuit, and would not say whether the incident had been "
        "referred to the province's Special Investigations Unit, which probes cases of serious injury, death or "
        "alleged sexual assault involving officers.",
        "Kenyan police would not say whether the complaint had gone to the oversight authority, which handles "
        "cases of death or alleged sexual assault involving officers.",
    ],
)
def test_cases_of_a_kind_of_act_are_no_event(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # words in a run of capitals inside prose are a shout or a sign, no act (news_dev, a tweet
        # quoted in campaign copy; Kenyan protest copy, written for the rule)
        (
            "On Saturday, Mr. Trump said on Twitter: ''Hillary Clinton has announced that she is letting her "
            "husband out to campaign but HE'S DEMONSTRATED A PENCHANT FOR SEXISM, so inappropriate!''",
            "PROTEST",
        ),
        (
            "Protesters marched in Nairobi on Monday. The sign read: STOP THE KILLING OF OUR CHILDREN BY THE POLICE.",
            "ASSAULT",
        ),
    ],
)
def test_a_shout_in_capitals_is_no_event(text, plover_type):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == plover_type]


def test_an_article_set_in_capitals_keeps_its_events():
    (analysis,) = analyse_texts([("a", "POLICE ARRESTED 20 PROTESTERS IN NAIROBI ON MONDAY.")])
    assert [event.plover_type for event in analysis.events if event.plover_type == "COERCE"] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        # a thing said referred to in an "as" clause is the measure of another act, not news (news_dev,
        # an Indian job seeker's story; Sahel wire copy, written for the rule)
        "He blamed the government of Prime Minister Narendra Modi for not creating employment opportunities "
        "as it had promised.",
        "The army did not withdraw its troops from the town as it had agreed with the rebels in March.",
    ],
)
def test_a_promise_referred_to_in_an_as_clause_is_no_event(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == "AGREE"]


def test_a_promise_made_is_still_one():
    (analysis,) = analyse_texts([("a", "Clinton promised on Tuesday to pay for the plan with taxes on the wealthy.")])
    assert [event.plover_type for event in analysis.events] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        # the police named twice are not their own target (news_dev, a Toronto lawsuit; Pakistani wire
        # copy, written for the rule)
        'Police officers then arrived and "piled on" to the young man, adding that officers eventually arrested '
        "him, handcuffed him and led him to a police car.",
        "Police said officers arrested the suspect outside a police station in Lahore on Monday.",
    ],
)
def test_the_police_are_not_their_own_target(text):
    (analysis,) = analyse_texts([("a", text)])
    (arrest,) = [event for event in analysis.events if event.plover_type == "COERCE"]
    assert arrest.actor2 is None or arrest.actor2.kind != "police"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name that only says whose rival, ally or aide the next name is is no party (news_dev, campaign
        # copy; Moscow wire copy, written for the rule)
        (
            "The Washington Times reports Beck will endorse Trump rival Sen. Ted Cruz at a rally in Iowa on Saturday.",
            "Ted Cruz",
        ),
        ("Police in Moscow detained Navalny ally Lyubov Sobol on Monday.", "Lyubov Sobol"),
    ],
)
def test_a_name_before_a_relation_and_a_name_is_no_party(text, target):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = analysis.events
    assert event.actor2 is not None and event.actor2.name == target


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a person's possessive before the role words of the next name: the aide acts, not the person
        # (news_dev, campaign copy; Paris copy, written for the rule)
        (
            "Clinton's chief pollster and strategist Joel Benenson on Monday lashed out at what he "
            "characterized as an increasingly nasty Sanders campaign.",
            "Joel Benenson",
        ),
        ("Macron's former chief of staff Alexis Kohler criticized the pension reform.", "Alexis Kohler"),
    ],
)
def test_a_persons_aide_named_after_a_possessive_is_the_doer(text, doer):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = analysis.events
    assert event.actor1 is not None and event.actor1.name == doer


def test_an_organisations_leader_still_stands_for_it():
    (analysis,) = analyse_texts([("a", "Israeli troops arrested Hamas leader Hassan Yousef in Ramallah.")])
    (event,) = analysis.events
    assert event.actor2 is not None and event.actor2.name == "Hamas"


@pytest.mark.parametrize(
    "text",
    [
        # an act welcomed is approved, no visit (news_dev, a hacker's interview; Kenyan and Russian wire
        # copy, written for the rule)
        "In a wide-ranging interview last year, Lazar said he welcomed extradition to the United States.",
        "President Kenyatta welcomed the extradition of the two suspects to Kenya.",
        "The Kremlin welcomed the resumption of grain shipments to Turkey.",
        # nor is support or a move welcomed (Reuters style, an airline's bid, written for the rule after a
        # Reuters search; diplomatic copy)
        "US Airways welcomed support from Delta creditors for its bid on Monday.",
        "Obama welcomed support from China for the sanctions on Iran.",
    ],
)
def test_an_act_welcomed_is_no_visit(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == "CONSULT"]


def test_the_object_of_a_call_stays_its_target():
    (analysis,) = analyse_texts([("a", "Trump called for a ban on Muslims entering the United States.")])
    (event,) = [event for event in analysis.events if event.plover_type == "DEMAND"]
    assert event.actor2 is not None and event.actor2.name == "Muslims"


def test_a_bomb_that_goes_off_while_planted_counts_its_dead():
    # the trained sub-type model reads "Detonation: … prematurely" as disrupted weapons use
    text = "Detonation: on 2 May 2021, a bomb carried by Taliban detonated prematurely killing 3 militants, in Kandahar"
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.acled_sub_event_type == "Disrupted weapons use"
    assert event.fatalities is not None and event.fatalities.value == 3


def test_a_peaceful_protest_counts_no_dead_but_the_crackdown_told_next_does():
    text = "Hundreds marched in Ouagadougou, demanding justice for two activists assassinated in May."
    (analysis,) = analyse_texts([("a", text)])
    protest = main_event(analysis.events)
    assert protest is not None and protest.acled_sub_event_type == "Peaceful protest"
    assert protest.fatalities is None  # the dead are what the march is about
    text = "Protesters erected barricades in Ouagadougou. Security forces shot at them, killing at least seven."
    (analysis,) = analyse_texts([("b", text)])
    protest = main_event(analysis.events)
    assert protest is not None and protest.fatalities is not None and protest.fatalities.value == 7


def test_the_government_of_a_country_is_its_government_and_a_country_the_recogniser_calls_a_person_is_one():
    (analysis,) = analyse_texts([("a", "The government of Mali closed the land borders and imposed a curfew.")])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None
    assert (event.actor1.name, event.actor1.country) == ("Government of Mali", "MLI")
    text = "About 8 heavily-armed assailants, believed to have crossed the border from Mali, attacked a village."
    (analysis,) = analyse_texts([("b", text)])
    kinds = {actor.kind.value for actor in analysis.nlp.actors if actor.name == "Mali"}
    assert kinds and "person" not in kinds


def test_a_group_claiming_the_attack_just_told_is_its_doer_unless_one_is_named():
    text = "On 3 May 2021, gunmen attacked a military post near Djibo, killing four. ISGS later claimed the attack."
    (analysis,) = analyse_texts([("a", text)])
    assert len([event for event in analysis.events if event.acled_sub_event_type]) == 1
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None
    assert event.actor1.name == "Islamic State in the Greater Sahara" and event.actor1.country == "BFA"
    text = "On 3 May 2021, Ansaroul Islam attacked a military post near Djibo. ISGS later claimed the attack."
    (analysis,) = analyse_texts([("b", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Ansaroul Islam"


@pytest.mark.parametrize(
    "text",
    [
        # wire copy on a shooting; a report of an attack on a mall
        "Obama laid flowers at a memorial for the victims of the Pulse nightclub in Orlando. Police killed the "
        "gunman, Omar Mateen, 29. Islamic State claimed responsibility for the attack.",
        "Mourners gathered on Saturday outside the Westgate mall in Nairobi. Security forces shot dead the "
        "attacker. Al Shabaab later claimed the attack.",
    ],
)
def test_a_claim_of_the_attack_leaves_the_state_forces_that_killed_the_attacker_their_act(text: str):
    (analysis,) = analyse_texts([("a", text)])
    killing = next(event for event in analysis.events if event.trigger_text in {"killed", "shot dead"})
    assert killing.actor1 is not None and killing.actor1.kind in {"police", "military"}


def test_people_arrested_and_then_executed_were_attacked():
    text = "On 29 June 2021, gendarmes arrested 12 herders in a village near Djibo. 7 were executed on the outskirts."
    events = _acled_events(text)
    assert len(events) == 1 and events[0].acled_sub_event_type == "Attack"
    assert events[0].fatalities is not None and events[0].fatalities.value == 7
    span = events[0].sub_type_span  # the type's evidence is the killing, in the next sentence
    assert span is not None and text[span.start : span.end] == "executed"


def test_the_held_killed_elsewhere_are_still_the_arrests_victims_but_others_killed_there_are_not():
    text = (
        "On 11 May 2021, gendarmes arrested 30 people near Djibo. "
        "At least twelve were reportedly tortured and then executed in Arbinda."
    )
    events = _acled_events(text)
    assert len(events) == 1 and events[0].acled_sub_event_type == "Attack"
    assert events[0].fatalities is not None and events[0].fatalities.value == 12
    text = "On 11 May 2021, gendarmes arrested 30 people near Djibo. Gunmen killed two traders in Arbinda."
    events = _acled_events(text)
    assert [event.acled_sub_event_type for event in events] == ["Arrests", "Attack"]


def test_dead_counted_just_before_the_event_that_tells_how_they_died_are_its_dead():
    text = (
        "Around 15 February 2021, 5 bodies were seen on the outskirts of Djibo. "
        "The bodies are believed to belong to herders executed by soldiers."
    )
    (event,) = _acled_events(text)
    assert event.fatalities is not None and event.fatalities.value == 5
    assert event.casualty_span is not None and text[event.casualty_span.start :].startswith("Around")
    text = "5 bodies were seen near Djibo on Monday. Separately, gunmen killed two traders in Arbinda on Tuesday."
    events = _acled_events(text)
    assert [event.fatalities.value if event.fatalities else None for event in events] == [2]


def test_a_later_death_tied_to_the_event_counts_for_it_however_far_back():
    text = (
        "On 3 May 2021, 3 soldiers and 2 civilians were killed in an attack on a military post near Djibo. "
        "1 soldier was also wounded. The Islamic State later claimed the attack. "
        "Another soldier later died of his injuries."
    )
    events = _acled_events(text)
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.value == 6
    text = "After a disputed election, rival political groups clashed. One activist killed and a dozen injured."
    (event,) = _acled_events(text)
    assert event.fatalities is not None and event.fatalities.value == 1


def test_the_held_killed_where_the_arrest_named_no_known_place_take_the_killings_place_and_country():
    text = (
        "On 11 May 2021, the gendarmerie arrested 30 people in Kpenchangou. "
        "At least twelve were reportedly executed in Tanwalbougou (Fada Ngourma, Gourma)."
    )
    (event,) = _acled_events(text)
    assert event.location is not None and event.location.place.country == "BFA"
    assert event.actor1 is not None and event.actor1.country == "BFA"


@pytest.mark.parametrize(
    "text",
    [
        # event-note style
        "On 14 March, workers began a strike outside the headquarters of the regional health agency.",
        "Armed men opened fire at an operational base of state police officers, wounding one officer.",
        # wire style
        "Shares of the firm, which has its headquarters in Frankfurt, fell 3 percent.",
        "The minister met union leaders at the party headquarters in Delhi on Monday.",
    ],
)
def test_a_headquarters_named_or_a_base_fired_on_is_no_base_established(text: str):
    (analysis,) = analyse_texts([("a", text)])
    assert all(event.acled_sub_event_type != "Headquarters or base established" for event in analysis.events)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, Al Shabaab militants established a new base in the village of Buulo.",  # event-note style
        "Rebels have set up a headquarters in the town of Kidal, a military spokesman said.",  # wire style
    ],
)
def test_a_base_or_headquarters_set_up_is_one(text: str):
    (analysis,) = analyse_texts([("a", text)])
    assert "Headquarters or base established" in {event.acled_sub_event_type for event in analysis.events}


def _acled_types(text: str) -> list[str | None]:
    return [code.acled_sub_event_type for code in code_text(text) if code.acled_sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Alan Greenberg, the former chairman of the bank, who died in 2014, had an apartment there.",
        "So far, 46 people have died from the virus in Indonesia, the health ministry said.",
        "Two children died of dehydration in a relief camp at Godhra, officials said.",
        "The mass is held to celebrate the resurrection of Christ from the dead.",
    ],
)
def test_a_death_told_without_any_violence_is_no_political_violence(text: str):
    assert _acled_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two civilians died when a shell hit their house in Avdiivka.",
        "Five people were injured in the blast near the bus stand, police said.",
        "The woman died in hospital after Houthi sniper fire hit her in Taizz.",
    ],
)
def test_a_death_told_with_its_means_stays_violence(text: str):
    assert _acled_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands rallied in Ahmedabad on Sunday against the fare increase.", ["Peaceful protest"]),
        (
            "Opposition supporters held a rally outside parliament in Kampala to demand his release.",
            ["Peaceful protest"],
        ),
        ("Thousands rallied against rising fuel prices in Lagos on Monday.", ["Peaceful protest"]),
        ("Trump held a campaign rally in Raleigh on Tuesday night.", []),
        ("Shares rallied in Tokyo after the central bank cut rates.", []),
        ("The rupee rallied against the dollar in Mumbai trade.", []),
        # a market's rally, whoever is named beside it: a Reuters bond report (audit 4308) and Indian
        # business copy written for the rule
        ("Yields fell to a three-week low as traders extended a rally from Tuesday.", []),
        ("Mumbai traders pared a relief rally in banking shares on Friday.", []),
        ("Traders rallied outside the market in Kano to protest the new levy.", ["Peaceful protest"]),
        # ... but a crowd's rally is halted or held on a street named Market (Nigerian and US copy)
        ("Police halted the rally in Kano on Friday.", ["Protest with intervention"]),
        ("Thousands joined a rally on Market Street in San Francisco.", ["Peaceful protest"]),
    ],
)
def test_a_rally_is_a_protest_unless_it_is_a_campaign_or_a_market(text: str, expected: list[str]):
    assert _acled_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "State security forces have killed more than 400 protesters in the Oromia region this year.",
        "Police killed at least 12 unarmed demonstrators in Srinagar on Friday.",
    ],
)
def test_protesters_killed_by_state_forces_are_excessive_force_not_a_peaceful_protest(text: str):
    assert _acled_types(text) == ["Excessive force against protesters"]


def test_reports_merge_only_within_one_story_and_never_on_words_alone():
    """A wire strike report and a local one: one event when their articles are one story; two
    when the stories differ; an undated pair (an op-ed's "backs" and a speech's) never, placed
    or not: the same deed in one city in two years looks the same without its date."""
    assert same_event(_key("wire", story_id=3), _key("local", story_id=3))
    assert not same_event(_key("wire", story_id=3), _key("local", story_id=4))
    undated_unplaced = {"date": None, "lat": None, "lon": None}
    assert not same_event(_key("op-ed", **undated_unplaced), _key("speech", **undated_unplaced))
    assert not same_event(_key("op-ed", date=None), _key("speech", date=None))  # undated, same place


@pytest.mark.parametrize(
    "text",
    [
        # a wire report and a local one, neither with a publication date, each naming a future year
        "Protesters marched in Nairobi against the plan to expand the airport by 2031, police said.",
        "Hundreds of farmers protested in Ludhiana on Sunday against the canal project due in March 2032.",
    ],
)
def test_without_a_publication_date_no_event_is_dated_after_today(text: str):
    events = _acled_events(text)
    assert events
    assert all(event.date is None or event.date.value <= date.today() for event in events)


@pytest.mark.parametrize(
    ("text", "not_coded"),
    [
        ("Governor David Paterson has declared a state of emergency over the H1N1 swine flu outbreak.", "CONCEDE"),
        ("the district collector declared a health emergency as the encephalitis outbreak spread.", "CONCEDE"),
        ("Donald Trump achieved 45 percent support among Republican voters in a new Fox News poll.", "SUPPORT"),
        ("the chief minister's support among rural voters fell to 31 per cent, the survey found.", "SUPPORT"),
        ("Mr. Obama insisted that the country remains a hopeful one.", "DEMAND"),
        ("The finance minister insisted the economy was growing, officials said.", "DEMAND"),
        ("The chief executive said on a conference call on Tuesday that sales rose.", "DEMAND"),
        ("Riot police fired tear gas at demonstrators who attacked them with petrol bombs in Athens.", "FIGHT"),
    ],
)
def test_words_of_events_in_another_sense_code_no_such_event(text, not_coded):
    codes = code_text(text)
    assert not_coded not in {code.plover_type for code in codes}
    assert "Excessive force against protesters" not in {code.acled_sub_event_type for code in codes}


@pytest.mark.parametrize(
    "text",
    [
        "Russia called on Ukraine to withdraw its troops from the border.",
        "the bjp leaders urged the state government to withdraw the police from the campus.",
    ],
)
def test_an_act_someone_is_called_on_to_do_is_a_demand_not_the_act(text):
    assert [code.plover_type for code in code_text(text)] == ["DEMAND"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Hiller was taken into custody after a standoff with the SWAT team.", "Hiller"),  # general news
        ("No shots were fired when Juan Orozco was taken into custody, he added.", "Juan Orozco"),  # another outlet
    ],
)
def test_the_one_taken_into_custody_is_held_not_the_holder(text: str, held: str):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_mode == "arrest"]
    assert event.actor2 is not None and event.actor2.name == held
    assert event.actor1 is not None and event.actor1.kind == "police"


@pytest.mark.parametrize(
    "text",
    [
        # ACLED world 2022 (Syria, two notes): clashes qualified as past are where the mine came from,
        # the explosion is the event
        "On 4 February 2022, three civilians were killed when a landmine from previous clashes was detonated "
        "against them in Yabroud in Rural Damascus.",
        "On 24 January 2022, an IED from previous clashes planted by an unknown armed group exploded in a house "
        "in Marayan town in Idleb countryside, killing 2 civilians.",
    ],
)
def test_violence_qualified_as_past_gives_way_to_the_explosion_told(text: str):
    events = _acled_events(text)
    assert [event.acled_sub_event_type for event in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        # a record measured since an act refers to that act (news_dev, audit 4232, Greek riots; Reuters 2007,
        # a market report)
        "It was the worst violence to hit Greece since riots in 2008.",
        "Stocks posted their biggest one-day loss since the September 11 attacks in 2001.",
    ],
)
def test_an_act_a_record_is_measured_since_is_no_event(text: str):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type in ("PROTEST", "ASSAULT", "FIGHT")]


def test_an_act_told_after_since_stays():
    (analysis,) = analyse_texts([("a", "Since the attack on Monday, troops have killed 12 militants in Kunar.")])
    assert [event.plover_type for event in analysis.events] == ["FIGHT"]


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's doing during a rally (US campaign copy; UK politics copy) is no protest
        "Trump coined the phrase during a Saturday rally in Watertown, N.Y.",
        "Johnson announced the policy during a rally in Manchester on Friday.",
    ],
)
def test_what_a_politician_does_during_a_rally_is_no_protest(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type == "PROTEST"]


def test_a_crowd_against_someone_during_a_rally_still_protests():
    (analysis,) = analyse_texts([("a", "Thousands of protesters chanted slogans during a rally in Minsk.")])
    assert [event for event in analysis.events if event.plover_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # the idiom in campaign copy and in UK politics copy
        "Blackwell also took a shot at likely Democratic nominee Hillary Clinton, without naming her.",
        "In his speech, the prime minister took a shot at opposition leader Jeremy Corbyn.",
        # … and "with a shot at" (news_dev campaign copy, event audit 4843; UK copy written for the rule)
        'Cruz took the stage with a shot at Trump, saying his use of the term "Palestine" to refer to territory'
        " occupied by Israel was incorrect.",
        "Johnson opened his speech with a parting shot at Jeremy Corbyn.",
    ],
)
def test_taking_a_shot_at_a_politician_is_no_assault(text):
    (analysis,) = analyse_texts([("a", text)])
    assert not [event for event in analysis.events if event.plover_type in ("ASSAULT", "FIGHT")]


@pytest.mark.parametrize(
    "text",
    [
        # a person attacking the press, a judge or a plan attacks in words (campaign copy; UK politics
        # copy, written for the rule)
        "Trump's campaign manager Corey Lewandowski attacked the press.",
        "Trump attacked the judge overseeing the case as biased.",
        "Boris Johnson attacked the media over its coverage of the inquiry.",
    ],
)
def test_a_person_attacking_the_press_or_a_plan_disapproves(text):
    (analysis,) = analyse_texts([("a", text)])
    assert [event.plover_type for event in analysis.events] == ["DISAPPROVE"]


@pytest.mark.parametrize(
    "text",
    [
        "A sniper took a shot at Corporal Smith on Monday.",
        "A gunman took a shot at the officer and fled.",
        "A gunman fired a shot at a police officer in Chicago on Sunday.",
    ],
)
def test_a_gunmans_shot_stays_violent(text):
    (analysis,) = analyse_texts([("a", text)])
    assert [event for event in analysis.events if event.plover_type in ("ASSAULT", "FIGHT")]


@pytest.mark.parametrize(
    "text",
    [
        # who says a passive arrest happened did not suffer it (US crime copy; Belarus wire copy)
        "The NYPD said one person was arrested for disorderly conduct.",
        "Human Rights Watch said two journalists were detained in Minsk.",
    ],
)
def test_the_teller_of_a_passive_arrest_is_not_its_target(text):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_type == "COERCE"]
    assert event.actor2 is None


def test_the_named_sufferer_of_a_passive_arrest_stays_its_target():
    (analysis,) = analyse_texts([("a", "Police said Smith was arrested on Monday.")])
    (event,) = [event for event in analysis.events if event.plover_type == "COERCE"]
    assert event.actor2 is not None and event.actor2.name == "Smith"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the subject of a verb of carrying out is the deed's doer, whoever an aside after it names (Reuters
        # 2012, Yemen; Middle East copy, written for the rule)
        ("The United States, wary of al Qaeda's growth in Yemen, has stepped up drone strikes on suspected militants.",
         "United States"),
        ("Israel, wary of Hezbollah's growing arsenal, has stepped up air strikes in Syria.", "Israel"),
        ("Turkey, angered by the YPG's advance, launched air strikes on Kurdish positions near Afrin.", "Turkey"),
    ],
)  # fmt: skip
def test_who_carries_out_strikes_is_their_doer_not_who_an_aside_names(text: str, doer: str):
    strikes = _the_acled_event(text, "2012-10-11")
    assert strikes.actor1 is not None and strikes.actor1.name == doer


@pytest.mark.parametrize(
    ("text", "plover_type", "doer", "target"),
    [
        # a people's or a country's word before a title qualifies the person named after it, who acts or is
        # acted on (Reuters 2009, audit 4242, an oil report; wire style on a summit and a rebuke)
        (
            "Oil prices climbed after U.S. President Barack Obama accused OPEC member Iran of building a secret "
            "nuclear fuel plant and demanded Tehran immediately halt what he called a direct challenge.",
            "DEMAND",
            "Barack Obama",
            "Government of Iran",
        ),
        ("U.S. President Barack Obama met Chinese President Xi Jinping in Beijing.", "CONSULT", "Barack Obama",
         "Xi Jinping"),
        ("The plan was criticized by Russian President Vladimir Putin on Monday.", "DISAPPROVE", "Vladimir Putin",
         None),
    ],
)  # fmt: skip
def test_a_country_word_before_a_title_only_qualifies_the_person(text, plover_type, doer, target):
    (analysis,) = analyse_texts([("a", text)])
    (event,) = [event for event in analysis.events if event.plover_type == plover_type]
    assert event.actor1 is not None and event.actor1.name == doer
    assert (event.actor2.name if event.actor2 else None) == target


@pytest.mark.parametrize(
    "text",
    [
        # a reduced passive names its agent after "by": the crowd around is not it (ECB+ copy on a New
        # York vigil, seen in a hand audit; a Kenyan sentence written for the rule)
        "Police struggled to control a hostile crowd that broke away from a planned peaceful vigil for Kimani"
        " (Kiki) Gray, 16, killed by police on Saturday night.",
        "A crowd of residents gathered around the body of a boy shot by police in Nairobi.",
    ],
)
def test_the_agent_of_a_reduced_passive_did_it_not_the_crowd(text: str):
    (analysis,) = analyse_texts([("a", text)])
    violent = [event for event in analysis.events if event.plover_type in ("ASSAULT", "FIGHT")]
    assert violent and all(event.actor1 is not None and event.actor1.kind == "police" for event in violent)


@pytest.mark.parametrize(
    "text",
    [
        # officers the text calls plainclothes or undercover, sheriff's deputies and state troopers are the
        # police (ECB+ Brooklyn shooting copy, event audit 4864; US highway copy written for the rule)
        "The police said that two plainclothes officers fatally shot the teenager, Kimani Gray, just before 11:30 "
        "p.m. on Saturday after he brandished a revolver.",
        "State troopers shot and killed a man who fired at them on Interstate 95 in Maryland on Sunday.",
    ],
)
def test_plainclothes_officers_and_troopers_are_the_police(text: str):
    (analysis,) = analyse_texts([("a", text)], published={"a": "2013-03-12"})
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.kind == "police"


@pytest.mark.parametrize(
    "text",
    [
        # words of time between the harm and the act (a campaign story in the corpus; an ACLED-style note)
        "Giffords was a member of Congress when she was gravely wounded five years ago this week in a shooting "
        "at a supermarket in Tucson, Arizona.",
        "Two Malian soldiers were killed on Monday in an ambush near Gao.",
    ],
)
def test_who_was_harmed_some_time_in_an_attack_is_no_doer_of_it(text: str):
    (analysis,) = analyse_texts([("a", text)])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name == "Unidentified armed group"


def test_who_harmed_others_in_a_raid_is_still_the_doer():
    (analysis,) = analyse_texts([("a", "Soldiers killed two men in a raid on a farm near Kano.")])
    event = main_event(analysis.events)
    assert event is not None and event.actor1 is not None and event.actor1.name != "Unidentified armed group"


@pytest.mark.parametrize(
    ("text", "woman"),
    [
        # "he" in what a woman tells is someone else (campaign copy, audit 4898; court copy written for the rule)
        ("Alan Grayson denied it. Susannah Randolph told others that he called her at one point and leveled "
         "the same threat.", "Susannah Randolph"),
        ("The trial opened on Monday. Mary Okafor told the court that he threatened her family in March.",
         "Mary Okafor"),
    ],
)  # fmt: skip
def test_a_he_in_what_a_woman_tells_is_not_her(text: str, woman: str):
    (analysis,) = analyse_texts([("a", text)])
    threats = [event for event in analysis.events if event.plover_type == "THREATEN"]
    assert all(event.actor1 is None or event.actor1.name != woman for event in threats)
