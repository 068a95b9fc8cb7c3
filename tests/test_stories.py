"""Story clustering: articles about one event join one story, a similar event elsewhere or
another year opens its own; B-cubed scores as the literature defines them."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.evaluate.stories import b_cubed, evaluate_stories
from newsgraph.stories.clustering import Assignment, StoryIndex, StorySettings, cluster
from newsgraph.stories.profile import ArticleProfile, article_day, profile
from tests.conftest import gold_file

# Two stories of one kind (a supermarket fire), two reports each, plus a wire story on another
# subject; written for the tests in the manner of local news and of an agency wire.
FIRES = {
    "banstead-1": "A fire ripped through a Waitrose store in Banstead, Surrey, on Friday night. More than "
    "50 firefighters tackled the blaze on the roof of the supermarket in Banstead High Street and "
    "residents were evacuated. Surrey police said the fire was being treated as suspicious.",
    "banstead-2": "Surrey police are investigating the fire that gutted the Waitrose supermarket in Banstead. "
    "Firefighters from across Surrey fought the Banstead blaze through the night; sixty residents "
    "were evacuated from their homes near the supermarket.",
    "wellington-1": "Wellington, July 21, 2013 - A large fire broke out at the Waitrose supermarket in "
    "Wellington town centre this morning. Eight crews from Shropshire fought the Wellington blaze.",
    "wellington-2": "Sunday, 21 July 2013. The Waitrose store in Wellington's high street was badly damaged "
    "by a fire that Shropshire fire crews fought for six hours; Wellington shoppers watched.",
    "markets-1": "NEW YORK (Reuters) - Wall Street stocks rose on Tuesday as bank shares rallied after "
    "quarterly earnings beat forecasts, while Treasury yields edged higher and the dollar firmed.",
}


PUBLISHED = {"banstead": "2008-12-13", "wellington": "2013-07-21", "markets": "2013-07-23"}


def _stories(settings: StorySettings | None = None) -> dict[str, int]:
    profiles = [profile(key, text, PUBLISHED[key.split("-")[0]]) for key, text in FIRES.items()]
    return {assignment.article_id: assignment.story_id for assignment in cluster(profiles, settings)}


def test_reports_of_one_fire_join_and_a_fire_years_later_and_the_markets_stay_apart():
    """Words alone would join the two fires (they share every word but the towns' names):
    their dates, five years apart, keep them apart."""
    stories = _stories()
    assert stories["banstead-1"] == stories["banstead-2"]
    assert stories["wellington-1"] == stories["wellington-2"]
    assert len({stories["banstead-1"], stories["wellington-1"], stories["markets-1"]}) == 3


def _one(index: StoryIndex, article: ArticleProfile) -> Assignment:
    (assignment,) = index.add_batch([article])
    return assignment


def test_an_article_dated_years_from_a_story_opens_its_own():
    later = FIRES["banstead-2"] + " Published 3 March 2019."
    index = StoryIndex(StorySettings(window_days=365))
    first = _one(index, profile("a", "Published 2 March 2015. " + FIRES["banstead-1"]))
    again = _one(index, profile("b", FIRES["banstead-2"], "2015-03-04"))
    years_later = _one(index, profile("c", later, "2019-03-03"))
    assert again.story_id == first.story_id and not again.opened
    assert years_later.opened and years_later.story_id != first.story_id


def test_similarity_fades_with_the_days_between_an_article_and_its_story():
    scores = []
    for published in ("2015-03-04", "2015-05-04", "2016-03-04"):
        index = StoryIndex()
        _one(index, profile("a", FIRES["banstead-1"], "2015-03-02"))
        scores.append(_one(index, profile("b", FIRES["banstead-2"], published)).score)
    assert scores[0] > scores[1] > scores[2]


def test_new_batches_join_existing_stories_without_reclustering():
    index = StoryIndex()
    opened = list(index.add_batch([profile("wellington-1", FIRES["wellington-1"]), profile("m", FIRES["markets-1"])]))
    joined = _one(index, profile("wellington-2", FIRES["wellington-2"]))
    assert joined.story_id == opened[0].story_id and 0 < joined.score < 1
    assert index.stories[joined.story_id].members == ["wellington-1", "wellington-2"]


def test_stories_closed_before_a_day_leave_memory_and_the_index():
    """What `evict_before` drops can no longer be a candidate: the next article of the later
    fire finds only its own story, and no posting points at a story that is gone."""
    index = StoryIndex(StorySettings(window_days=365))
    banstead = _one(index, profile("banstead-1", FIRES["banstead-1"], "2008-12-13"))
    wellington = _one(index, profile("wellington-1", FIRES["wellington-1"], "2013-07-21"))
    assert index.evict_before(date(2012, 7, 21)) == 1
    assert set(index.stories) == {wellington.story_id}
    assert all(banstead.story_id not in posted for posted in index._postings.values())
    assert _one(index, profile("wellington-2", FIRES["wellington-2"], "2013-07-22")).story_id == wellington.story_id
    assert index.evict_before(date(2012, 7, 21)) == 0


def test_the_date_is_the_publication_date_else_a_dateline():
    assert article_day("LONDON, May 3, 2013 - Text.", "2013-05-04T10:00:00Z") == date(2013, 5, 4)
    assert article_day("Sunday, 21 July 2013\nA fire broke out.", None) == date(2013, 7, 21)
    assert article_day("A fire broke out on Monday, as it did in 2008.", None) is None


def test_b_cubed_scores_known_clusterings():
    assert b_cubed(["a", "a", "b"], [1, 1, 2]) == (1.0, 1.0, 1.0)
    precision, recall, f1 = b_cubed(["a", "a", "b", "b"], [1, 1, 1, 1])  # everything in one cluster
    assert (precision, recall) == (0.5, 1.0) and f1 == pytest.approx(2 / 3)
    precision, recall, _ = b_cubed(["a", "a", "b"], [1, 2, 3])  # all singletons
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_ecb_plus_dev_story_clustering():
    report = evaluate_stories(gold_file("stories/ecbplus_dev.jsonl"), split="tune")
    assert report["b3_f1"] >= 0.9 and report["documents"] > 300
