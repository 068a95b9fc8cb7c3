"""The police as a party of their own: who arrests, who fires, and when their act is a new event.

Each rule is pinned with sentences from at least two kinds of source: Indian city news (Times of
India style, lower-cased as that corpus is) and wire or local news from elsewhere.
"""

from __future__ import annotations

import pytest

from newsgraph.analysis.run import analyse_texts
from newsgraph.events.records import ArticleEvent


def _events(text: str) -> list[ArticleEvent]:
    (analysis,) = analyse_texts([("t", text)], published={"t": "2002-03-02"})
    return analysis.events


def _violent(events: list[ArticleEvent]) -> list[ArticleEvent]:
    return [event for event in events if event.plover_type in ("ASSAULT", "FIGHT")]


def _police_violence(text: str) -> list[ArticleEvent]:
    return [event for event in _violent(_events(text)) if event.actor1 is not None and event.actor1.kind == "police"]


@pytest.mark.parametrize(
    "text",
    [
        "official statistics say that 99 persons have been killed in police firing.",
        "Two men died in police firing in Nairobi's Kibera slum on Tuesday, residents said.",
        "Three people were killed in police shooting in Lagos on Monday.",
    ],
)
def test_the_force_behind_the_act_that_killed_is_the_doer(text):
    (event,) = _violent(_events(text))
    assert event.actor1 is not None and event.actor1.kind == "police"
    assert event.fatalities is not None and (event.fatalities.value or 0) >= 2


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("eighty-one kar sevaks were arrested by the railway police on saturday morning.", "railway police"),
        ("The opposition leader was detained by riot police outside parliament in Kampala.", "riot police"),
        ("about 17 ram sevaks, who tried to sneak into ayodhya, were arrested on sunday.", "Police"),
        ("Four journalists were arrested in Minsk on Friday.", "Police Forces of Belarus"),
    ],
)
def test_an_arrest_is_made_by_the_police_unless_the_text_names_another(text, doer):
    arrests = [event for event in _events(text) if event.acled_sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 is not None
    assert (arrests[0].actor1.name, arrests[0].actor1.kind) == (doer, "police")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers arrested 12 suspects near Djibo.",
        "The army detained three rebel commanders in Goma.",
    ],
)
def test_a_named_arresting_force_stays_the_doer(text):
    arrests = [event for event in _events(text) if event.acled_sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 is not None and arrests[0].actor1.kind == "military"


@pytest.mark.parametrize(
    "text",
    [
        "the victims were surrounded by a mob and thrown into a well. "
        "official statistics say that 99 persons have been killed in police firing.",
        "Gunmen attacked a village near Bauchi. Later, five men were killed in police firing in the town.",
    ],
)
def test_a_state_force_killing_after_others_violence_is_an_event_of_its_own(text):
    police = [event for event in _violent(_events(text)) if event.actor1 and event.actor1.kind == "police"]
    assert len(police) == 1 and police[0].fatalities is not None


@pytest.mark.parametrize(
    "text",
    [
        "Protesters erected barricades in Ouagadougou. Security forces shot at them, killing at least seven.",
        "rioters set fire to shops in vadodara. the police fired at them, killing two.",
    ],
)
def test_a_force_turning_on_the_crowd_just_told_is_that_crowds_event(text):
    events = _events(text)
    assert events[0].fatalities is not None and (events[0].fatalities.value or 0) >= 2
    assert not [event for event in events[1:] if event.fatalities is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of villagers staged a protest in Kisumu on Monday. Police opened fire on them, killing two.",
        "a huge group of women took to the streets on saturday, protesting against police excesses. two women"
        " were injured when the police burst teargas shells to disperse them.",
        "Students held a demonstration outside the collectorate in Patna. The police lathi-charged them.",
        "Hundreds of villagers staged a protest in Kisumu on Monday. Police fired tear gas to disperse them.",
    ],
)
def test_the_force_turning_on_the_crowd_just_told_also_acts_for_plover(text):
    events = _events(text)
    protest, force = events[0], [event for event in events[1:] if event.plover_type in ("ASSAULT", "FIGHT")]
    assert protest.plover_type == "PROTEST" and protest.acled_sub_event_type != "Peaceful protest"
    assert protest.actor2 is not None and protest.actor2.kind == "police"  # ACLED's other party of that one event
    assert force and force[0].actor1 is not None and force[0].actor1.kind == "police"
    assert force[0].acled_sub_event_type is None  # ACLED codes the protest alone
    assert len([event for event in events if event.acled_sub_event_type]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the force's firing on a mob or rioters is its own act, not the mob's violence against it (Indian
        # city news, lower-cased; Kenyan and Nigerian wire copy)
        "trouble broke out in two towns where the police had to open fire at a violent mob.",
        "the police fired 45 rounds to control the menacing rioters at around 10 pm.",
        "Police had to open fire at a violent mob that stormed the station in Kisumu on Monday.",
        "Soldiers fired 30 rounds to quell the rioters in Kaduna, residents said.",
        # a count of rounds written with a thousands comma (Indian city news; Kenyan wire copy)
        "the security forces have fired 5,176 rounds of ammunition on mobs as well as 7,276 teargas shells.",
        "Police in Nairobi fired 1,200 rounds at rioters over two days.",
    ],
)
def test_a_force_firing_on_a_mob_is_the_forces_act(text):
    violent = _violent(_events(text))
    assert violent and violent[0].actor1 is not None and violent[0].actor1.kind in ("police", "military")


@pytest.mark.parametrize(
    "text",
    [
        # deaths when the force resorted to firing are its killing (Indian city news; Kenyan wire copy)
        "three persons died here when the police resorted to firing to disperse an irate mob.",
        "Three people died in Kisumu when police resorted to firing to disperse rioters.",
    ],
)
def test_deaths_when_the_police_resorted_to_firing_are_their_killing(text):
    violent = _violent(_events(text))
    assert violent and violent[0].actor1 is not None and violent[0].actor1.kind == "police"
    assert violent[0].fatalities is not None and violent[0].fatalities.value >= 2


@pytest.mark.parametrize(
    "text",
    [
        # the dead of a sentence or of the next that the text does not lay on the firing are not the
        # force's toll (Indian city news, lower-cased; Kenyan wire copy)
        "police had to open fire to disperse the mob that had killed two persons.",
        "the police had to open fire at the mob. two persons were killed in stone pelting.",
        "Police fired 20 rounds to disperse the rioters in Kisumu. Two people were killed in stone pelting.",
        # nor are the dead of the clash after a baton charge (Indian and Pakistani city news, lower-cased)
        "the police was forced to lathicharge the mob. he confirmed that one person died in the clash.",
        "the police baton-charged the protesters outside the karachi press club. one man died in the clash.",
    ],
)
def test_deaths_not_laid_on_the_forces_fire_are_not_its_toll(text):
    by_force = _police_violence(text)
    assert by_force and all(event.fatalities is None for event in by_force)


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence laying a death on the firing is its toll (Indian city news; Kenyan wire copy)
        "the police had to fire 10 to 15 rounds here to disperse a rampaging mob. in the course, one person was "
        "killed in the firing.",
        "Police fired 20 rounds to disperse the rioters in Kisumu. One man was shot dead.",
    ],
)
def test_a_death_the_next_sentence_lays_on_the_firing_is_its_toll(text):
    by_force = _police_violence(text)
    assert by_force and by_force[0].fatalities is not None and by_force[0].fatalities.value == 1


@pytest.mark.parametrize(
    "text",
    [
        # after the force fired on the crowd, what was burnt was not the force's doing (Indian city news;
        # Kenyan wire copy)
        "the police had to fire 10 rounds to disperse a rampaging mob. as many as 2,459 houses have been set on fire.",
        "Police opened fire on the rioters in Kisumu. Several shops were set on fire.",
    ],
)
def test_property_burnt_after_the_force_fired_on_a_crowd_is_not_the_forces(text):
    burnt = [event for event in _events(text) if event.acled_sub_event_type == "Looting/property destruction"]
    assert burnt and all(event.actor1 is None or event.actor1.kind != "police" for event in burnt)


@pytest.mark.parametrize(
    "text",
    [
        "the police had to fire 10 to 15 rounds here to disperse a rampaging crowd in petlad.",
        "meanwhile, the police had to lathi-charge vhp activists who were trying to force a market shut in allahabad.",
        "Police fired 20 rounds at the fleeing car in Johannesburg, officials said.",
        "Police opened fire on the convoy near Peshawar.",
    ],
)
def test_force_used_by_the_police_is_a_violent_event_of_theirs(text):
    violent = _violent(_events(text))
    assert violent and violent[0].actor1 is not None and violent[0].actor1.kind == "police"


@pytest.mark.parametrize(
    "text",
    [
        "two women were injured when the police burst teargas shells to disperse them in surat.",
        "Police lobbed tear-gas shells at students in Dhaka.",
    ],
)
def test_tear_gas_shells_are_no_shelling(text):
    assert all(event.acled_sub_event_type != "Shelling/artillery/missile attack" for event in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "dr dalal had suffered a cardiac arrest only a fortnight back.",
        "The coach suffered a cardiac arrest during training in Milan.",
        "The woman was taken to Jamaica Hospital in traumatic arrest.",
        "The patient went into respiratory arrest shortly after surgery, the hospital said.",
        "rjd chief laloo prasad yadav has demanded arrest of vhp leaders under poto.",
        "Opposition leaders called for the arrest of the minister in Nairobi.",
    ],
)
def test_an_arrest_that_did_not_happen_is_no_arrest(text):
    assert not [event for event in _events(text) if event.acled_sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "police sources said 14 bodies were recovered on wednesday and they were most probably killed on tuesday.",
        "Police officials said gunmen killed four villagers near Maiduguri overnight.",
        "according to the police, rioters burned 40 shops in the old city.",
    ],
)
def test_the_police_reporting_an_event_are_not_its_doer(text):
    assert all(event.actor1 is None or event.actor1.kind != "police" for event in _violent(_events(text)))


def test_the_army_speaking_of_itself_stays_the_doer():
    events = _violent(_events("The army said it killed twenty-one militants near Djibo on Monday."))
    assert events and events[0].actor1 is not None and events[0].actor1.kind == "military"


@pytest.mark.parametrize(
    "text",
    [
        "the boy was attacked near the dulhinbajzar police station of the patna district.",
        "A man was shot dead outside the police headquarters in Mogadishu.",
    ],
)
def test_a_police_building_is_no_party(text):
    assert all(event.actor1 is None or event.actor1.kind != "police" for event in _events(text))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the force suffered the deaths: more of the clash just told
        ("Fighting broke out between rebels and around 150 army troops near Saw. Ten soldiers died.", 10),
        ("PKK militants attacked Turkish army forces near Duhok. One Turkish soldier was killed in the clashes.", 1),
    ],
)
def test_a_state_force_that_suffered_adds_to_the_event_just_told(text, killed):
    events = _events(text)
    assert events[0].fatalities is not None and events[0].fatalities.value == killed


@pytest.mark.parametrize(
    "text",
    [
        "Palestinian rioters clashed with Israeli forces during a raid on Kafr Dan. "
        "Soldiers fired live bullets, killing two Palestinians.",
        "a mob set fire to shops near the station in petlad. the police fired about 40 rounds, killing two persons.",
    ],
)
def test_a_state_force_that_did_the_harm_after_others_is_its_own_event(text):
    shooters = [
        event for event in _violent(_events(text)) if event.actor1 and event.actor1.kind in ("police", "military")
    ]
    assert shooters and shooters[-1].fatalities is not None and shooters[-1].fatalities.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "Loretta Lynch should be impeached for such outrageous overreach, the senator said.",
        "Coach Billy Shooter praised the team in Leeds on Saturday.",
        "Attorney General Loretta Lynch spoke on Monday. Lynch calls North Carolina her home state.",
    ],
)
def test_a_surname_is_no_trigger(text):
    assert not [event for event in _events(text) if event.acled_sub_event_type is not None]


def test_a_trigger_at_the_start_of_a_name_the_recogniser_swept_in_still_counts():
    events = _events("Vigilante mob attacked a gendarmerie station in Koupela, injuring four gendarmes.")
    assert events and events[0].acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton attacked Donald Trump over his tax returns on Monday.",
        "Jeremy Corbyn attacked Theresa May over the NHS in the Commons.",
        "Mamata Banerjee attacked Prime Minister Narendra Modi over fuel prices in Kolkata.",
    ],
)
def test_one_person_attacking_another_in_words_is_criticism(text):
    events = _events(text)
    assert not [event for event in events if event.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A man attacked Salman Rushdie with a knife on stage in New York.",
        "Gunmen attacked the convoy of Governor Babagana Zulum near Baga, killing two soldiers.",
    ],
)
def test_a_physical_attack_on_a_person_stays_an_assault(text):
    assert [event for event in _events(text) if event.plover_type in ("ASSAULT", "FIGHT")]


@pytest.mark.parametrize(
    "text",
    [
        "His campaign manager, Alex Conant, struck a similar tune.",
        "The two parties struck a deal on the budget in Canberra.",
        "Republicans on Capitol Hill seized on the message, arguing that it showed intent.",
    ],
)
def test_figures_of_speech_are_no_violence_or_coercion(text):
    assert not [event for event in _events(text) if event.plover_type in ("ASSAULT", "FIGHT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "Mary Ann Bartels, head of market analysis at Bank of America Merrill Lynch, said of last year's moves.",
        "Officials of the Rally for the Republic met the prime minister in Paris.",
    ],
)
def test_a_word_of_an_organisations_name_is_no_trigger(text):
    assert not [event for event in _events(text) if event.acled_sub_event_type is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a word of a state body's or a force's name (news_dev, a USDA statement; US Navy copy)
        '"As part of our surveillance system, the USDA Animal and Plant Health Inspection Service (APHIS) has '
        "confirmed the nation's fourth case of BSE,\" said Clifford.",
        "The USS Nimitz Carrier Strike Group arrived in the Gulf on Sunday.",
    ],
)
def test_a_word_of_a_state_bodys_or_a_forces_name_is_no_trigger(text):
    assert not _events(text)


def test_the_event_a_state_bodys_name_hid_is_still_found():
    events = _events("The Federal Bureau of Investigation said on Monday it had opened an inquiry into the leak.")
    assert [(event.plover_type, event.trigger_text) for event in events] == [("INVESTIGATE", "inquiry")]


def test_the_event_a_name_hid_is_still_found():
    events = _events("The Rally for Culture and Democracy said police arrested 12 of its members in Algiers.")
    assert [event.acled_sub_event_type for event in events] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "rejects"),
    [
        ("AIG declined to comment.", 0),
        ("A police spokesman in Surat declined to be named.", 0),
        ("The Kremlin declined to extend the grain deal on Monday.", 1),
    ],
)
def test_declining_to_comment_is_no_rejection(text, rejects):
    assert len([event for event in _events(text) if event.plover_type == "REJECT"]) == rejects


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police opened fire on protesters in Nairobi on Tuesday, killing two.", "Police Forces of Kenya"),
        ("Policemen lathi-charged the crowd in Vadodara, injuring 15 people.", "Police Forces of India"),
    ],
)
def test_the_police_in_general_are_named_as_acled_names_them(text, name):
    parties = [party.name for event in _events(text) for party in (event.actor1, event.actor2) if party is not None]
    assert name in parties  # ACLED puts the protesters first in "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "this was the first time that nearly 100 people had been killed in police firing during riots.",
        "out of this, 97 died in police firing, while the remaining were killed in other incidents of mob violence.",
        "Three protesters were killed when police opened fire on a crowd in Lagos on Tuesday.",
        "Troops opened fire on the crowd in Mandalay, killing three protesters, witnesses said.",
    ],
)
def test_a_force_whose_fire_killed_people_at_a_riot_or_protest_is_the_doer(text):
    (event,) = [event for event in _events(text) if event.acled_event_type in ("Riots", "Protests")]
    assert event.plover_type == "FIGHT"
    assert event.actor1 is not None and event.actor1.kind in ("police", "military")
    assert event.fatalities is not None and (event.fatalities.value or 0) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "police had to fire six rounds to disperse the mob at dariapur.",
        "in all the police had fired 1649 rounds of ammunition at the mobs as well as 3027 tear-gas shells.",
        "Security forces opened fire on demonstrators in Khartoum on Thursday, witnesses said.",
    ],
)
def test_a_force_firing_on_a_crowd_is_the_doer_of_a_fight(text):
    (event,) = [event for event in _events(text) if event.acled_event_type in ("Riots", "Protests")]
    assert (event.plover_type, event.plover_mode) == ("FIGHT", "small arms")
    assert event.actor1 is not None and event.actor1.kind in ("police", "military")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters marched in Lagos on Sunday; police fired tear gas at the crowd.",
        "Police fired rubber bullets and tear gas at protesters in Santiago on Friday.",
        "rioters killed two policemen during the unrest in the walled city.",
    ],
)
def test_a_crowd_remains_the_first_party_when_no_force_fire_killed_anyone(text):
    events = [event for event in _events(text) if event.acled_event_type in ("Riots", "Protests")]
    assert events and all(event.actor1 is None or event.actor1.kind != "police" for event in events)


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("police arrested the man, who is accused of murder and rape, from his house in kanpur.", True),
        ("Police arrested two men for killing a trader in Lagos on Monday.", True),
        ("the vadodara rural police have named 12 members under charges of attempt to murder and arson.", False),
        ("A jury convicted him of murder in 2019, prosecutors said.", False),
        ("The prosecutors charged the former mayor with murder on Tuesday.", False),
        ("a murder case was registered against the three brothers on sunday.", False),
    ],
)
def test_a_killing_named_as_a_charge_or_a_case_is_no_attack(text, arrested):
    events = _events(text)
    assert not _violent(events)
    assert any(event.acled_sub_event_type == "Arrests" for event in events) is arrested


@pytest.mark.parametrize(
    "text",
    [
        "mann and 300 workers were arrested on sunday in ghaziabad while undertaking a peace march to ayodhya.",
        "Police arrested 20 protesters at a rally against the election result in Minsk on Sunday.",
        "Police arrested the gunmen who killed two shopkeepers in Kano on Friday.",
    ],
)
def test_an_arrest_told_beside_a_protest_or_an_attack_is_an_event_of_its_own(text):
    events = _events(text)
    arrests = [event for event in events if (event.plover_type, event.plover_mode) == ("COERCE", "arrest")]
    assert len(arrests) == 1 and arrests[0].acled_sub_event_type is None
    assert arrests[0].actor1 is not None and arrests[0].actor1.kind == "police"
    assert any(event.acled_event_type in ("Protests", "Violence against civilians") for event in events)


@pytest.mark.parametrize(
    "text",
    [
        "the mob then vented its ire on the police vehicle and detained it for about five minutes in the premises.",
        "Angry villagers blocked the road and detained a bus for two hours in protest at the killing, residents said.",
    ],
)
def test_an_arrest_beside_a_crowd_with_a_doer_the_parties_miss_is_not_the_polices(text):
    arrests = [event for event in _events(text) if (event.plover_type, event.plover_mode) == ("COERCE", "arrest")]
    assert all(event.actor1 is None or event.actor1.kind != "police" for event in arrests)


@pytest.mark.parametrize(
    "text",
    [
        "trouble broke out when mobs came face to face and began pelting stones. police had to fire six rounds "
        "to disperse the mob.",
        "Hundreds of students protested in Khartoum on Monday. Security forces opened fire on the "
        "demonstrators, killing seven.",
    ],
)
def test_a_force_firing_on_the_crowd_just_told_of_is_its_own_act_beside_the_one_acled_event(text):
    events = _events(text)
    acled = [event for event in events if event.acled_event_type is not None]
    fired = [event for event in events if event.plover_type == "FIGHT"]
    assert len(acled) == 1 and acled[0].acled_event_type in ("Riots", "Protests")
    assert len(fired) == 1 and fired[0].acled_event_type is None
    assert fired[0].actor1 is not None and fired[0].actor1.kind in ("police", "military")


@pytest.mark.parametrize(
    "text",
    [
        "the image of the police has got so badly battered that mobs are now killing their victims in the presence "
        "of these men.",
        "In Nairobi, police watched as rioters beat two traders to death on Sunday.",
    ],
)
def test_the_police_beside_a_crowd_that_does_violence_are_not_its_doer(text):
    (event,) = [event for event in _events(text) if event.acled_event_type == "Riots"]
    assert event.actor1 is not None and event.actor1.kind == "protesters"
    assert event.actor2 is not None and event.actor2.kind == "police"


@pytest.mark.parametrize(
    "text",
    [
        "police lathi-charged the mob outside the station on sunday.",
        "the police resorted to lathi-charge to disperse the violent mob.",
        "Riot police beat protesters with batons in Minsk on Sunday.",
    ],
)
def test_a_force_beating_a_crowd_is_the_doer_of_an_assault(text):
    (event,) = [event for event in _events(text) if event.acled_event_type in ("Riots", "Protests")]
    assert (event.plover_type, event.plover_mode) == ("ASSAULT", "beat")
    assert event.actor1 is not None and event.actor1.kind == "police"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a Times of India headline (lower-cased) and wire-style copy (written for the rule)
        ("one dead in bengal police-vhp clash", "police", None),
        ("One person was killed in a police-VHP clash in Bengal on Sunday.", "police", "VHP"),
        ("Two soldiers were killed in army-rebel clashes near the border on Friday.", "army", "rebel"),
    ],
)
def test_the_sides_of_a_hyphenated_clash_are_its_parties(text, first, second):
    (event,) = _violent(_events(text))
    assert event.actor1 is not None and event.actor1.name == first
    assert (event.actor2.name if event.actor2 else None) == second


@pytest.mark.parametrize(
    "text",
    [
        # Reuters 2007 and 2010: a business rivalry, and a picket line, are no two parties
        "Smaller rivals enjoy the breathing room created in the wake of an intensified Microsoft-Google clash.",
        "In a reversal of the classic picket-line clash, Chinese workers at a Honda auto parts plant walked out.",
    ],
)
def test_a_hyphenated_word_that_names_no_two_parties_gives_none(text):
    assert all(
        event.actor1 is None or event.actor2 is None or event.actor1.name != event.actor2.name
        for event in _events(text)
    )
    assert not any(event.actor1 is not None and event.actor1.name in ("picket", "line") for event in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        # Times of India 2002; wire style, written for the rule
        "one person killed in police firing in old city where violence broke out after a clash between two groups.",
        "Two men were killed in police firing in the town on Friday, a day after a clash between rival groups.",
    ],
)
def test_a_killing_told_beside_a_clash_only_referred_to_is_the_event(text):
    (event,) = _violent(_events(text))
    assert event.trigger_text == "killed"
    assert event.actor1 is not None and event.actor1.kind == "police"


@pytest.mark.parametrize(
    "text",
    [
        # a riot report that tells the force's wounding fire beside the rioters' killings (Times of
        # India style, lower-cased; a Kenyan wire sentence written for the rule)
        "by nightfall, riots started in ahmedabad. while six people were injured in police firing, 12 people were"
        " killed by the rioters.",
        "Protesters set fire to tyres in Kisumu. Ten people were wounded in police fire, while two were killed by"
        " the rioters.",
    ],
)
def test_a_forces_wounding_fire_at_a_riot_is_its_act_without_the_riots_dead(text):
    (event,) = _police_violence(text)
    assert event.fatalities is None or not event.fatalities.value
