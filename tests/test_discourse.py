"""The discourse passes one at a time, on a state built by hand (the whole loop is pinned by the
event tests and the seeds)."""

from __future__ import annotations

from collections import Counter

from newsgraph.events.casualties import Count
from newsgraph.events.coder import code_text
from newsgraph.events.context import SentenceContext
from newsgraph.events.discourse import Discourse
from newsgraph.events.lexicon import event_lexicon
from newsgraph.events.records import ArticleEvent, Span
from newsgraph.geo.gazetteer import gazetteer
from newsgraph.nlp.records import ArticleAnalysis


def _event(sentence: int, sub_type: str = "Attack", plover: str = "ASSAULT") -> ArticleEvent:
    span = Span(sentence * 100, sentence * 100 + 50)
    return ArticleEvent(sentence, span, span, "attack", plover, None, "Violence against civilians", sub_type)


def _sentence(index: int, text: str) -> SentenceContext:
    return SentenceContext(index, Span(index * 100, index * 100 + len(text)), text)


def test_an_event_is_just_told_for_two_sentences_and_the_first_described_one_stays():
    discourse = Discourse(violent=_event(0), protest=_event(0, "Peaceful protest", "PROTEST"), described=_event(0))
    discourse.forget_older_than(2)
    assert discourse.violent is not None and discourse.protest is not None
    discourse.forget_older_than(3)
    assert discourse.violent is None and discourse.protest is None and discourse.described is not None


def test_a_follow_up_cue_reaches_back_to_the_described_event():
    first = _event(0)
    discourse = Discourse(described=first)
    assert discourse.told_before(_sentence(6, "Another soldier later died of his injuries.")) is first
    assert discourse.told_before(_sentence(6, "The president spoke on television.")) is None


def test_a_sentence_with_only_a_toll_adds_it_to_the_violent_event_just_told():
    attack = _event(0)
    attack.fatalities = Count(2, 2, 2)
    discourse = Discourse(violent=attack, described=attack)
    here = _sentence(1, "At least one more person died, and 25 others were injured.")
    discourse.link_eventless(here, ArticleAnalysis("a"), [], gazetteer(), event_lexicon())
    assert attack.fatalities is not None and attack.fatalities.value == 3
    assert attack.injured is not None and attack.injured.value == 25


def test_dead_counted_before_any_event_are_the_next_sentences_event():
    discourse = Discourse()
    before = _sentence(0, "Five bodies were found near Djibo on Monday.")
    discourse.link_eventless(before, ArticleAnalysis("a"), [], gazetteer(), event_lexicon())
    assert discourse.leading_toll is before
    event = _event(1)
    discourse.record_counted(event, _sentence(1, "The men had been executed by unidentified gunmen."))
    assert event.fatalities is not None and event.fatalities.value == 5
    assert discourse.leading_toll is None and discourse.described is event


def test_the_held_killed_become_the_attack_on_them():
    arrest = _event(0, "Arrests", "COERCE")
    discourse = Discourse()
    discourse.record_held(arrest)
    assert discourse.held is arrest
    text = "7 were executed on the outskirts of the town."
    (code,) = [code for code in code_text(text) if code.hit.trigger.id == "killing"]
    here = _sentence(1, text)
    trigger = Span(here.span.start + code.hit.start, here.span.start + code.hit.end)
    assert discourse.link_held_killed(code, (None, None), here, trigger, [], gazetteer(), Counter())
    assert arrest.acled_sub_event_type == "Attack" and arrest.fatalities is not None and arrest.fatalities.value == 7
    assert discourse.held is None and discourse.violent is arrest and discourse.described is arrest


def test_the_wounded_told_after_an_arrest_do_not_make_it_a_killing():
    # A US shooting report (news_dev) and a wire-style standoff: the wounded are the gunman's victims
    for text in (
        "A Kraft representative confirmed Hiller is now in police custody and that one of the wounded employees "
        "is in the hospital.",
        "Two were wounded in the standoff before the gunman surrendered.",
    ):
        arrest = _event(0, "Arrests", "COERCE")
        discourse = Discourse()
        discourse.record_held(arrest)
        (code,) = [code for code in code_text(text) if code.hit.trigger.id == "killing"]
        here = _sentence(1, text)
        trigger = Span(here.span.start + code.hit.start, here.span.start + code.hit.end)
        assert not discourse.link_held_killed(code, (None, None), here, trigger, [], gazetteer(), Counter())
        assert arrest.acled_sub_event_type == "Arrests" and discourse.held is arrest
