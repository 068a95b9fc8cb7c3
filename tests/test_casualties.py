"""Killed and injured counts, with ACLED's conservative conventions."""

from __future__ import annotations

import pytest

from newsgraph.events.casualties import extract_casualties


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("At least one person died, and 25 others were injured in the attack.", 1, 25),
        ("12 Taliban militants including 2 commanders were killed and 5 were wounded.", 12, 5),
        ("Thirteen soldiers and one gendarme were killed in the ambush.", 14, None),
        ("The drone strike on the dormitories resulted in at least four deaths.", 4, None),
        ("Militants killed a man and seized livestock.", 1, None),
        ("The operation led to 30 injured and 1 killed.", 1, 30),
        ("Dozens of people were killed in the shelling.", 12, None),
        ("No one was killed in the explosion.", 0, None),
        (
            "2 policemen (7 according to Taliban sources) were killed. Officials said 6 militants were also killed.",
            8,
            None,
        ),
        ("Protesters marched peacefully through the capital on Sunday.", None, None),
        ("The clash left one fighter wounded.", None, 1),
        ("Shells hit the city, killing three civilians and injuring 12 others, the governor said.", 3, 12),
        ("Vigilantes hacked to death five herders near the well.", 5, None),
        ("The bodies of three traders were discovered outside the town.", 3, None),
        ("A man was abducted on Monday; he was later found executed near the road.", 1, None),
        ("The corpse of a shepherd was found in the bush.", 1, None),
        ("An IED killed several sheep near the village.", None, None),
        ("The chief, abducted on July 7, was executed at the market.", None, None),
        ("Soldiers reportedly killed between 2 and 6 people at the market.", 2, None),
        ("Between 16 to 19 bodies were seen near the camp.", 16, None),
        # a comma the writer put between the subject and its verb (Indian local copy; an ACLED-style note)
        ("In 1990, two brothers from burrabazar, were killed in police firing.", 2, None),
        ("On 4 May, 3 students of the university, were injured when police charged the march.", None, 3),
        # … but a list of tolls is not one subject ("killed three, injured two")
        ("Gunmen killed three villagers, injured two others near Kaduna.", 3, 2),
    ],
)
def test_counts(text: str, killed: int | None, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)


def test_at_least_and_ranges_keep_their_bounds():
    at_least = extract_casualties("At least 4 civilians were killed.").killed
    assert (at_least.value, at_least.minimum, at_least.maximum) == (4, 4, None)
    ranged = extract_casualties("Between 10 and 15 people were killed.").killed
    assert (ranged.value, ranged.minimum, ranged.maximum) == (10, 10, 15)


@pytest.mark.parametrize(
    ("note", "killed"),
    [
        # an analyst's note of how a toll was coded is no report of deaths: only the text's own count
        ("1 soldier was killed by a sniper. Fatalities coded as 0 (one report said 1).", 1),
        # an unspecified number is at least one; the note's 3 is not read
        ("An unspecified number of militants were killed. Unknown fatalities coded at low estimate of 3.", 1),
        ("Militants killed 5 civilians in three villages. Fatalities split across three events.", 5),
        ("Soldiers arrested 40 people near the town (coded as 40 pending).", None),
    ],
)
def test_a_coders_note_is_not_read_as_a_toll(note: str, killed: int | None):
    assert extract_casualties(note).killed.value == killed


def test_appositions_double_verbs_and_either_or():
    assert extract_casualties("On 16 March, 1 child, a shepherd, was killed by a roadside bomb.").killed.value == 1
    assert extract_casualties("Two civilians were abducted and killed by gunmen.").killed.value == 2
    assert extract_casualties("A policeman was killed or wounded by a sniper.").killed.value is None
    # a clause that merely starts with "a" is no apposition
    assert extract_casualties("On February 27, a mob lynched three men to death, witnesses said.").killed.value == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants ambushed a patrol, killing two soldiers and five volunteer fighters, and wounding four.", 7),
        ("Gunmen killed 4 fighters, and 11 civilians including 1 woman and 1 girl.", 15),
        ("Armed men attacked and killed two police officers and a farmer.", 3),
        ("Militants killed a marabout and his son in the village.", 2),
        ("A woman and her son were killed when their bicycle struck an IED.", 2),
        ("1 Taliban commander and his guard were killed by a roadside bomb.", 2),
        ("Militants assassinated three civilians, including the village chief.", 3),
        ("Soldiers shot dead two unarmed men at the market.", 2),
        ("Gunmen killed a teacher and wounded a student.", 1),
        ("Gunmen killed 2 civilians and a soldier was wounded.", 2),
    ],
)
def test_victims_joined_by_and_are_counted_once_each(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a comma list of counted objects, and a further toll in the next sentence
        (
            "Militants ambushed a patrol, killing one soldier, six militiamen, and wounded others. "
            "Three militants were also killed.",
            10,
        ),
        # a sentence that opens with a digit is still a sentence of its own
        (
            "Soldiers killed 7 militants and recovered arms. 1 soldier was also killed. "
            "5 more militants were found dead.",
            13,
        ),
        # a clause after "while" adds its own toll; "more corpses" are dead
        ("Seven assailants and four soldiers were killed, while six more corpses were found the next day.", 17),
        # "including …" between the counts and the verb
        ("9 gendarmes and 6 civilians, including an aid worker, a driver and a nurse were killed.", 15),
        ("A sub-officer and his younger brother were assassinated overnight.", 2),
        ("4 individuals assassinated overnight in Basnere.", 4),
        ("An individual was found executed near the road.", 1),
        ("Gunmen aboard a motorbike shot dead a policeman and a gendarmerie interpreter in Djibo.", 2),
        ("Militiamen tortured a young herder to death after detaining him.", 1),
    ],
)
def test_tolls_split_over_clauses_lists_and_verbs(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A fighter killed his mother, a police officer, in Herat.", 1),
        ("At least 5-7 policemen and 2 militiamen were killed at the checkpoints. 3 militants were also killed.", 10),
        (
            "Soldiers repulsed the assault, killed several militants, "
            "and seized two motorbikes, four rifles, and explosives.",
            3,
        ),
        ("Militants attacked the village and killed nine people, two shops were also torched.", 9),
        ("Gunmen attacked the post, seriously wounding a young girl and a gendarme who later died from his wounds.", 1),
    ],
)
def test_what_is_not_a_victim_is_not_counted(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death among the wounded adds to the dead and is no further wounded
        ("Militants attacked the village, killing five and wounding three, one of the wounded succumbed.", 6, 3),
        ("Three people were wounded, one of the wounded was discharged.", None, 3),
        ("Gendarmes arrested a man, he was tortured severely, he succumbed to his wounds at the hospital.", 1, None),
        (
            "Dozos clashed with Koglweogo, resulting in the death of one Dozo and three Koglweogo and a dozen wounded.",
            4,
            12,
        ),
        ("A militia member killed two young people. He was later lynched by the population.", 3, None),
        ("In Petega, Amadou Oumarou, a village councilman, was murdered by four bullets in the head.", 1, None),
        ("3 soldiers and 2 civilians were killed in an attack. Another soldier later died of his injuries.", 6, None),
        ("The militants abducted a marabout; the victim was beheaded near Oursi.", 1, None),
        ("The blast hit the market, killing 2 and 5 wounded.", 2, 5),
    ],
)
def test_deaths_of_named_and_further_victims(text: str, killed: int, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldiers thwarted the attack on the village and neutralized ten militants in the process.", 10),
        ("Soldiers neutralized two IEDs on the road to the market.", None),
        ("Three militants, five volunteer fighters, and two civilians were killed in the clashes.", 10),
        ("On 12 May, two soldiers and three civilians were killed.", 5),
        ("Three marines, two soldiers and one civilian were killed.", 6),  # "mar…" is no month here
        ("Gunmen stormed a church in the town, a priest and five worshippers were killed.", 6),
        ("A school principal and another civilian were killed in an attack on the school.", 2),
        ("On August 26, a trader was hanged near the village by militiamen.", 1),
        ("A mob beat a man accused of theft to death in the market.", 1),
        ("Two gunmen aboard a motorbike shot dead a man in the town.", 1),
        ("Murder of a recently elected municipal councillor in the north.", 1),
        ("The ambush resulted in the killing of at least 12 militants, officials said.", 12),
        # the held are the dead: "executed them", "those arrested were found dead"
        ("Soldiers arrested seventeen livestock traders and summarily executed them near the well.", 17),
        ("Gendarmes arrested six men at the market, those arrested were subsequently found dead.", 6),
        ("Police arrested 12 suspects and questioned them.", None),
        ("Militants abducted a trader near the market, and executed him in the bush.", 1),
        ("Soldiers arrested an elderly man at the market, the corpse was found ten kilometres away.", 1),
        ("Three individuals incl. the village chief assassinated overnight near the border.", 3),
        # a death dated to another time is what the event is about, not its toll
        ("Hundreds marched to the grave of the journalist, who was assassinated in 1998.", None),
        ("Students burned a police station to protest clashes that killed four students last month.", None),
        ("Militants killed 4 soldiers in 2020 near the border.", 4),
        ("Three people - a teacher, a trader and a farmer - were killed in the village by gunmen.", 3),
        ("Gunmen stormed the post, two attackers were killed, three civilians were also killed in the crossfire.", 5),
        ("Issa Traore, director of the regional water office in the east, was killed by unknown gunmen.", 1),
    ],
)
def test_security_force_wording_lists_and_who_is_the_victim(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # every victim of a list after one killing verb counts, with or without a number
        ("Militants assassinated a councillor and the son of the village chief near the town.", 2),
        ("Militants assassinated a religious leader and at least three of his family members in the village.", 4),
        ("Gunmen assassinated a village chief, his son and a militiaman near the mosque.", 3),
        ("Gunmen killed a trader and the police arrived later.", 1),
        ("Militants killed a man and al-Qaeda claimed it.", 1),
        ("Militants slit the throats of three gold miners in the village.", 3),
        # what was done to the victims before they were killed is no break in the phrase
        ("Three herders and a councilman were identified, taken away, and executed.", 4),
        # the held are the dead, however long the list of who they were
        (
            "Soldiers abducted three notables, including the prince of the town, the deputy mayor of the city, "
            "and the chief of a nearby village, executed them and dumped their bodies by the road.",
            3,
        ),
        ("Soldiers arrested nine men near the village, their corpses were reportedly found near the river.", 9),
        ("Residents captured two suspected thieves and burned them alive.", 2),
        # a headline-like note whose victim has no article; a plural or a doer opening it is no victim
        ("Health worker assassinated overnight in the hamlet north of the town.", 1),
        ("Village chief of Tem abducted and executed by presumed militants.", 1),
        ("Militants killed in clashes near the border.", None),
        ("Government forces killed in the province.", None),
        # the other side's own count, reported after a comma, adds to the toll
        ("Militants killed five soldiers, the army said in a statement that it killed twenty militants.", 25),
    ],
)
def test_victim_lists_held_people_and_headline_victims(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two people [hosting refugees from Mali] were killed by an IED near the camp.", 2),
        ("Women assaulted a merchant [accused of killing a child] near the market.", None),
        ("One soldier killed, four others wounded, and one assailant was shot and killed after the blast.", 2),
        ("Guards executed a coup at the palace.", None),
        ("Fighters recovered livestock taken from a herder assassinated earlier.", None),
    ],
)
def test_asides_coups_and_earlier_deaths(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The passengers walked back to the town, one elderly teacher died of exhaustion.", None),
        ("Residents blocked the road to protest the lack of bridges amid several deaths due to flooding.", None),
        ("A mob lynched a prisoner accused of murdering two moneychangers.", 1),
        ("An angry mob attacked and nearly lynched a priest accused of an affair.", None),
        ("Soldiers killed a youth near the hamlet, following the attack that killed two policemen there.", 1),
        ("Gendarmes executed four men in the village of Inata and five others at the mining site.", 9),
        ("Militants killed 4 soldiers in Kabul and 5 others were injured in Herat.", 4),
        ("Gunmen executed two men in cold blood near the market.", 2),  # no cause of death named
        ("Two soldiers were killed in the heat of the fighting.", 2),
        ("Three people were killed in an accident on the road.", None),
        # counterfactuals and capacities are no toll: a wire sentence and a note-style one
        ("Police defused a bomb that could have killed hundreds of shoppers, officials said.", None),
        ("Security forces seized enough explosives to kill dozens of people in the town.", None),
        ("The device would have killed 20 people had it gone off, police said.", None),
        ("The air strike may have killed 12 civilians, a monitor said.", 12),  # an estimate of what happened
    ],
)
def test_natural_deaths_accusations_and_earlier_attacks_are_no_toll(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("One activist killed and around a dozen injured.", 1, 12),  # not one more injured
        ("Norbert Zongo, a journalist, and three other people were killed by gunmen.", 4, None),
        ("Militants attacked the post and three others were killed.", 3, None),  # a post is no victim
        ("Gunmen killed Ahmed Shah and 3 others were wounded.", None, 3),
    ],
)
def test_one_named_victim_and_others(text: str, killed: int, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot and killed 1 council member in addition to 3 of his guards in the district.", 4),
        ("Militants killed a policeman as well as two civilians in the market.", 3),
        ("1 civilian, a member of the provincial council, and his 2 bodyguards were killed by gunmen.", 3),
        ("Two soldiers and their commander were killed.", 3),
        ("Militants abducted, executed, and booby-trapped a volunteer fighter near the village.", 1),
        ("Villagers killed another villager and wounded two others.", 1),
        ("Gunmen killed and wounded a number of people.", None),
    ],
)
def test_companions_after_other_conjunctions_and_a_long_apposition(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    "text",
    [
        "Hizbollah, which has lost over 6,000 dead and wounded in Syria, vowed to fight on.",
        "The war has killed more than 100,000 people since 2011, the monitor said.",
        "At least 300 civilians have been killed this year in Kabul, the UN said.",
        "the riots have claimed over 600 lives in the state over the past three months.",
    ],
)
def test_a_running_total_is_no_events_toll(text: str):
    assert extract_casualties(text).killed.value is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber killed 12 people in Kabul on Monday.", 12),
        ("three persons died in police firing in khambhat taluka on friday.", 3),
    ],
)
def test_one_events_toll_is_still_counted(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # news_dev (a police shooting); wire wording: the hour is no toll, a count before the hour is
        ("Police say 34-year-old Saheed Vassell was killed around 5 p.m. Wednesday in Brooklyn.", 1),
        ("The gunman was shot dead at 9 o'clock on Sunday.", 1),
        ("Militants killed 12 soldiers at 6am on Friday.", 12),
        ("Gunmen killed 3 people at 10:30 in the market.", 3),
    ],
)
def test_an_hour_after_the_verb_is_no_toll(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an age after "the death of" is no toll (ECB+, event audit 4884: the Athens riots of 2008; Indian
        # copy written for the rule)
        ("Violence has wracked Greece every day since the death of 15-year-old Alexandros Grigoropoulos.", 15),
        ("Riots broke out in Delhi after the death of 19 year old Rahul Kumar in police custody.", 19),
    ],
)
def test_an_age_after_a_death_is_no_toll(text: str, age: int):
    assert extract_casualties(text).killed.value != age


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # news_dev (a memorial page of a deputy's death); an ACLED-style note and wire wording: a year,
        # or the tail of one, is no toll, and a count written "2,005" still is
        (
            "Los Angeles County Sheriff's Department, California End of Watch: Friday, June 24, 2005 Deputy "
            "Jerry Ortiz was shot and killed after knocking on a door.",
            None,
        ),
        ("On June 24, 2005 two deputies were shot and killed in Los Angeles.", 2),
        ("In 2014 12 soldiers were killed in an ambush near Gao.", 12),
        ("The earthquake killed 2,005 people.", 2005),
    ],
)
def test_a_year_is_no_toll(text: str, killed: int | None):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "fatally shot" and "fatally stabbed" kill (US crime copy, news_dev; British police copy)
        ("Police fatally shot a 16-year-old boy on Saturday night in Brooklyn.", 1, None),
        ("A man was fatally stabbed in Leeds city centre on Friday, police said.", 1, None),
        ("Two men were fatally shot outside a bar, police said.", 2, None),
        ("The gunman fatally shot two men and wounded three others.", 2, 3),
        # the doers counted before a named victim are no toll
        ("Two officers fatally shot Kimani Gray on Saturday night in Brooklyn.", None, None),
        ("Two gunmen shot dead Kimani Gray on Saturday night in Brooklyn.", None, None),
        ("Two men shot dead Saturday Night in Brooklyn.", 2, None),
    ],
)
def test_fatal_shootings_and_doers_before_a_named_victim(text: str, killed: int | None, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # wire copy: a rising toll replaces the first count
        ("Five people were killed on Sunday. The death toll rose to seven on Monday.", 7, None),
        ("Two soldiers died in the blast and, in all, 12 people were killed in the attacks.", 12, None),
        # an ACLED-style note: its closing total restates the count before it
        ("Four men were shot dead on the road by armed individuals. 4 fatalities.", 4, None),
        ("Militiamen killed 18 people, including five women. There were 18 fatalities.", 18, None),
        ("Gunmen killed three people and wounded seven. There were 7 injured.", 3, 7),
        # a stated total below the groups counted does not undo them
        ("Two policemen were killed. Six militants were also killed. The death toll is 5.", 8, None),
    ],
)
def test_a_stated_whole_toll_is_not_added_to_the_counts_it_restates(text: str, killed: int | None, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an ACLED-style note; local news copy: the bodies a count owns
        ("Around 13 June 2022, 2 young men's bodies were found in the plains, killed by unknown gunmen.", 2),
        ("Police said three farmers' bodies were recovered from the canal on Tuesday.", 3),
        ("A little girl's body was found with a gunshot mark in farmlands near the town.", 1),
        ("Police said a young woman's body was discovered in a suitcase near the station.", 1),
        # the victim of an act told before dies: one dead, and not one more
        ("On 13 January 2022, a man punched a nurse near the station. The victim died from related injuries.", 1),
        ("A man was shot and killed outside a bar on Friday. The victim died at the scene, police said.", 1),
        # … but the killer's own death is another
        ("A militia member killed two young people. He was later lynched by the population.", 3),
    ],
)
def test_owned_bodies_and_a_victim_told_before(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the count before the killing verb is its doers, not more dead (note; wire copy)
        ("On 4 April 2022, in Morelia, two men opened fire and killed three people at a night club.", 3),
        ("Two gunmen stormed the church and killed five worshippers, police said.", 5),
        # a count that opens another clause is not joined to the dead
        ("Several houses were set fire, and four people were killed, including the chief of village.", 4),
        ("Dozens of shops were looted and two people were killed in the riots, officials said.", 2),
        # a count joined in the subject still adds, a capitalised "IS" being a name, not a verb
        ("2 soldiers and 3 civilians were killed in the ambush.", 5),
        ("17 IS Sahel militants and 4 CSP militiamen were killed.", 21),
        # two clauses, each with its dead, joined by "and" (note; wire copy)
        ("At least 18 soldiers were killed (including officers) and at least 7 militiamen were killed.", 25),
        ("Five police officers died and two protesters were killed in the clashes, the ministry said.", 7),
    ],
)
def test_only_counts_joined_in_the_subject_add_up(text: str, killed: int):
    assert extract_casualties(text).killed.value == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # shots are no victims (an ACLED-style note; crime copy)
        ("On 29 January 2022, a man was shot nine times and killed in a drive-by shooting.", 1, None),
        ("Police said the teenager was shot 12 times and killed outside his home.", 1, None),
        ("On 23 May 2022, a former municipal guard was shot more than 10 times and killed in the district.", 1, None),
        ("A Venezuelan man suspected of theft was beaten up and killed by residents, police said.", 1, None),
        # a number glued to a name is part of it
        ("A man who worked as a distributor at Media24 was shot and killed in Erasmuskloof.", 1, None),
        ("A Channel4 reporter was shot dead in the capital on Friday.", 1, None),
        # a closing tally of dead and hurt restates the counts before it
        ("Four people were shot dead and four were injured by armed men. 4 fatalities, 4 injured.", 4, 4),
        ("Police attacked and killed a 22-year-old woman while raiding her home. 1 killed.", 1, None),
        ("One police officer was killed and one was wounded in the attack. 1 fatality, 1 injury.", 1, 1),
    ],
)
def test_shots_names_and_closing_tallies(text: str, killed: int | None, injured: int | None):
    found = extract_casualties(text)
    assert (found.killed.value, found.injured.value) == (killed, injured)
