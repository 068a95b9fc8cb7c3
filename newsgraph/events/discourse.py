"""What the sentences read so far leave for the next ones: the discourse state of one article.

An article is read sentence by sentence. Most events are coded from their own sentence, but
news splits some across sentences, and each such split is one named pass here, run by
`newsgraph.events.extract.find_events` at its place in the loop:

- `Discourse.forget_older_than`: an event is "just told" for INHERIT_WITHIN_SENTENCES sentences;
- `Discourse.follow_protest`: a sentence after a protest that names no other place tells what
  became of it ("Police dispersed them") instead of a new event;
- `Discourse.link_eventless`: a sentence with no event of its own may add a toll to the violent
  event just told ("At least one person died"), count dead before any event is told, or say
  who claimed the attack;
- `Discourse.link_held_killed`: people arrested or abducted and then killed ("… arrested 12
  men. 7 were executed") turn the arrest into the attack on them;
- `Discourse.told_before` and `Discourse.record`: a follow-up ("Another soldier later died")
  adds to the event it follows; each new event becomes what later sentences may follow.

The state is one object with five fields, each saying what it holds; passes read and move it,
and the linking functions they call (`newsgraph.events.linking`) are pure over their arguments.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsgraph.events import protests
from newsgraph.events.casualties import extract_casualties
from newsgraph.events.coder import EventCode
from newsgraph.events.context import SentenceContext, names_a_place, with_country
from newsgraph.events.lexicon import EventLexicon
from newsgraph.events.linking import (
    INHERIT_WITHIN_SENTENCES,
    STATE_FORCES,
    add_leading_toll,
    add_toll,
    claimed_by,
    continues_event,
    count_casualties,
    escalates,
    killed_when_held,
    toll_sentence,
)
from newsgraph.events.places import event_place
from newsgraph.events.records import ArticleEvent, EventActor, Span
from newsgraph.events.toponyms import Toponym
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.nlp.numbers import CARDINAL_WORDS
from newsgraph.nlp.records import ArticleAnalysis

# Words that tie a later sentence to the violent event told first, however far back: "Another
# soldier later died of his injuries", "A third body was also found".
FOLLOW_UP_CUE = re.compile(
    r"\b(?:another|later|also|further|additional|subsequently|succumbed|(?:died|dead) (?:of|from) (?:his|her|their)"
    r" (?:injuries|wounds))\b",
    re.IGNORECASE,
)
# The held themselves as the subject of their killing ("7 were executed on the outskirts", "At
# least twelve were reportedly tortured and then executed in Tanwalbougou"): the place named is
# where the people held were killed, not that of a new event.
HELD_KILLED = re.compile(
    r"^\W*(?:(?:at least|all|most|some)\s+)?(?:\d+|"
    + "|".join(CARDINAL_WORDS)
    + r"|all|they|most|those|the (?:men|victims|detainees|hostages|captives))(?:\s+of them)?"
    r"\s+(?:were|had been|have been)\b",
    re.IGNORECASE,
)
# Words of the killing trigger that kill no one: in a sentence that counts no dead, the held who
# were "wounded" were not killed ("The suspect was taken into custody. One of the wounded officers
# is in hospital").
HURT_ONLY = frozenset({"wounded", "injured"})
# A cheap test before a sentence with no event is read for a toll it adds to the last one.
TOLL_WORDS = re.compile(
    r"\b(?:dead|deaths?|died|fatalit(?:y|ies)|kill(?:ed|ing)|bodies|corpses|wound(?:ed|ing)|injur(?:ed|ing))\b",
    re.IGNORECASE,
)
# "ISGS later claimed the attack", "… claimed responsibility for the ambush": who did what was
# just told (the coder makes no new event of it)
CLAIMED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|both)\s+(?:\w+\s+)?"
    r"(?:attacks?|ambush(?:es)?|bombings?|assaults?|killings?|abductions?|kidnappings?|raids?|strikes?|blasts?)\b",
    re.IGNORECASE,
)
# Those held (arrested, abducted) whose killing in the next sentence makes the event an attack.
HELD_SUB_TYPES = frozenset({"Arrests", "Abduction/forced disappearance"})


@dataclass(slots=True)
class Discourse:
    violent: ArticleEvent | None = None  # the violent event just told: follow-up tolls, inherited doers
    described: ArticleEvent | None = None  # the first event whose dead are counted: later follow-ups
    held: ArticleEvent | None = None  # an arrest or abduction just told, whose captives may be killed
    protest: ArticleEvent | None = None  # the protest just told, whose crowd may be dispersed
    leading_toll: SentenceContext | None = None  # dead counted before any event ("5 bodies were seen")
    violent_sentence: str = ""  # the text of the sentence that told `violent`

    def forget_older_than(self, index: int) -> None:
        """Events told more than INHERIT_WITHIN_SENTENCES sentences before `index` are no longer
        just told (the first described event stays, for follow-ups with a cue)."""
        if self.violent is not None and index - self.violent.sentence > INHERIT_WITHIN_SENTENCES:
            self.violent = None
        if self.protest is not None and index - self.protest.sentence > INHERIT_WITHIN_SENTENCES:
            self.protest = None
        if self.held is not None and index - self.held.sentence > INHERIT_WITHIN_SENTENCES:
            self.held = None

    def follow_protest(
        self,
        codes: list[EventCode],
        here: SentenceContext,
        toponyms: list[Toponym],
        places: Gazetteer,
        lexicon: EventLexicon,
    ) -> list[EventCode]:
        """The sentence's codes once what it tells of the protest just told is taken out."""
        if self.protest is None or names_a_place(toponyms, places):
            return codes
        if escalates(self.protest, here, lexicon):
            # the force's fire on (or beating of) that crowd escalates the protest and stays an act of the force
            # ("police had to fire six rounds to disperse the mob"), for PLOVER only: ACLED
            # codes one event, the protest
            codes = [kept for code in codes if (kept := protests.after_escalation(code)) is not None]
            # "Security forces shot at them, killing seven": the protest's toll (a sentence left
            # with no code at all is counted as a toll sentence by `link_eventless`)
            if codes and not any(code.is_acled for code in codes):
                add_toll(self.protest, here)
            return codes
        # "The demonstrators demanded a new abattoir": the crowd just told of
        return [code for code in codes if not protests.same_crowd(code, here.text)]

    def told_before(self, here: SentenceContext) -> ArticleEvent | None:
        """The event a sentence may continue: the violent one just told, or the first one
        described when the sentence says it follows up ("later", "another")."""
        if self.violent is not None:
            return self.violent
        return self.described if self.described and FOLLOW_UP_CUE.search(here.text) else None

    def link_eventless(
        self,
        here: SentenceContext,
        analysis: ArticleAnalysis,
        toponym_entities: list[tuple[int, int, str]],
        places: Gazetteer,
        lexicon: EventLexicon,
    ) -> None:
        """What a sentence with no event of its own adds: a toll, dead counted ahead of their
        event, or the group that claimed the violence just told."""
        if TOLL_WORDS.search(here.text):
            toll_sentence(self.told_before(here), self.described, here, toponym_entities, places)
            if self.described is None:
                self.leading_toll = here
        if self.violent is not None and (claim := CLAIMED.search(here.text)) is not None:
            claimed_by(self.violent, self.violent_sentence, analysis, here, claim.start(), lexicon)

    def link_held_killed(
        self,
        code: EventCode,
        actors: tuple[EventActor | None, EventActor | None],
        here: SentenceContext,
        trigger: Span,
        toponyms: list[Toponym],
        places: Gazetteer,
        countries: Counter[str],
    ) -> bool:
        """Whether the code tells the killing of the people just arrested or abducted; if so the
        held event becomes the attack on them, with the killing's toll and place."""
        held = self.held
        if held is None:
            return False
        held_subject = HELD_KILLED.match(here.text) is not None
        killing = code.hit.trigger.id == "killing"
        if (
            killing
            and here.text[code.hit.start : code.hit.end].lower() in HURT_ONLY
            and extract_casualties(here.text).killed.value is None
        ):
            return False  # wounded, not killed: whoever was held is not its victim
        if not (killing or held_subject):
            return False
        if not continues_event(
            code, actors[0], held, here.text, toponyms, places, trigger=trigger, anywhere=held_subject
        ):
            return False
        killed_when_held(held, code, trigger)
        count_casualties(held, here)
        if held.location is None:  # where they were killed, when the arrest had no place
            held.location = event_place(toponyms, trigger, list(actors), here.text, here.span.start, countries, places)
            killed_in = held.location.place.country if held.location else None
            held.actor1 = with_country(held.actor1, killed_in, True)
            held.actor2 = with_country(held.actor2, killed_in, True)
        self.violent = self.described = held
        self.held = None
        return True

    def record_counted(self, event: ArticleEvent, here: SentenceContext) -> None:
        """An event whose dead were just counted: dead counted in the sentence right before it
        are its own, and it is the one later follow-ups describe."""
        if self.leading_toll is not None and here.index - self.leading_toll.index == 1:
            add_leading_toll(event, self.leading_toll)
        self.leading_toll = None
        self.described = self.described or event

    def record_held(self, event: ArticleEvent) -> None:
        if event.acled_sub_event_type in HELD_SUB_TYPES:
            self.held = event

    def cracked_down_by(self, force: EventActor | None) -> None:
        """A state force's act told after the protest just told, on its crowd (`follow_protest`,
        `linking.cracks_down`): the force is the other party of ACLED's one event, the protest."""
        protest = self.protest
        if protest is None or protest.actor2 is not None or force is None or force.actor is not None:
            return
        if force.kind in STATE_FORCES:
            protest.actor2 = with_country(force, protest.actor1.country if protest.actor1 else None, True)

    def end_sentence(self, violent: ArticleEvent | None, protest: ArticleEvent | None, text: str) -> None:
        """The first violent event and protest of the sentence just read (`text`) become what the
        next sentences may follow."""
        if violent is not None:
            self.violent_sentence = text
        self.violent = violent or self.violent
        self.protest = protest or self.protest
