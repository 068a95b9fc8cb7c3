"""Incremental story clustering: each new article joins the most similar story or opens one.

No all-pairs comparison and no re-clustering: an article is compared only with the stories
that share one of its most telling words (an inverted index over each story's strongest
words), and its similarity to a story is the mean similarity to the story's articles (average
link, computed from the story's summed vectors). An article dated further from a story's dated
span than `window_days` is held to be another episode. Stories in news run on for months and
years (a crash, then the trial): the window only keeps a decade of wire copy from being one
candidate pool. Articles are added in batches: document frequencies take in
the whole batch first, so a batch is weighed against everything known, itself included.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from newsgraph.stories.profile import ArticleProfile, weighted

RELOADED_TERM_FACTOR = 5  # a reloaded story is found by up to 5 x posted_terms of its strongest terms


@dataclass(frozen=True, slots=True)
class StorySettings:
    """The clustering's knobs; the defaults were chosen on the tune topics of ECB+ dev
    (`newsgraph eval stories`), the held-out topics were not looked at."""

    threshold: float = 0.14  # least mean similarity to a story's articles to join it
    window_days: int = 1095  # an article dated further than this from a story's span never joins it
    decay: float = 0.02  # similarity lost per doubling of the days between an article and its story's span
    decay_days: float = 7.0  # ...counted in units of this many days
    index_terms: int = 12  # an article's strongest words, looked up to find candidate stories
    posted_terms: int = 50  # each member's strongest words under which its story is found
    posting_limit: int = 200  # stories kept under one word: the most recently joined
    candidate_limit: int = 50  # stories compared with each article: those sharing most strong words
    kept_terms: int = 300  # a story's strongest summed terms kept between batches (and stored)


@dataclass(slots=True)
class Story:
    story_id: int
    words: dict[str, float] = field(default_factory=dict)  # sum of the members' unit word vectors
    size: int = 0  # articles in the story
    first_day: date | None = None
    last_day: date | None = None
    members: list[str] = field(default_factory=list)  # the articles this index added (not reloaded ones)

    def add(self, article_id: str, words: dict[str, float], day: date | None) -> None:
        self.members.append(article_id)
        self.size += 1
        for term, value in words.items():
            self.words[term] = self.words.get(term, 0.0) + value
        if day is not None:
            self.first_day = min(self.first_day or day, day)
            self.last_day = max(self.last_day or day, day)

    def gap_days(self, day: date | None) -> int | None:
        """Days between `day` and the story's dated span; None when either is undated."""
        if day is None or self.first_day is None or self.last_day is None:
            return None
        if day < self.first_day:
            return (self.first_day - day).days
        return max(0, (day - self.last_day).days)


@dataclass(frozen=True, slots=True)
class Assignment:
    article_id: str
    story_id: int
    score: float  # similarity to the story it joined; 1.0 for the article that opened it
    opened: bool


def _dot(small: dict[str, float], large: dict[str, float]) -> float:
    if len(small) > len(large):
        small, large = large, small
    return sum(value * large.get(term, 0.0) for term, value in small.items())


class StoryIndex:
    """Stories so far, their vectors, and the inverted index that finds candidates."""

    def __init__(self, settings: StorySettings | None = None, *, next_id: int = 1) -> None:
        self.settings = settings or StorySettings()
        self.stories: dict[int, Story] = {}
        self.document_frequency: Counter[str] = Counter()
        self.documents = 0
        # term -> the stories posted under it, least recently touched first (a dict keeps order)
        self._postings: dict[str, dict[int, None]] = defaultdict(dict)
        self._next_id = next_id

    def add_batch(self, profiles: Iterable[ArticleProfile]) -> Iterator[Assignment]:
        """Assign a batch of articles, in order (document frequencies take in the batch first)."""
        batch = list(profiles)
        self.count(batch)
        for article in batch:
            yield self.assign(article)

    def count(self, profiles: Iterable[ArticleProfile]) -> None:
        """Take articles into the document frequencies (without assigning them)."""
        for article in profiles:
            self.document_frequency.update(article.words.keys())
            self.documents += 1

    def assign(self, article: ArticleProfile) -> Assignment:
        """Put one (counted) article into the best story, or a new one."""
        words = weighted(article.words, self.document_frequency, self.documents)
        ranked = sorted(words, key=lambda term: (-words[term], term))
        strongest = ranked[: self.settings.index_terms]
        best: Story | None = None
        best_score = float("-inf")
        for story_id in self._candidates(strongest):
            story = self.stories[story_id]
            score = self.similarity(story, words, article.day)
            if score > best_score:
                best, best_score = story, score
        opened = best is None or best_score < self.settings.threshold
        if opened:
            best = self.restore(Story(self._next_id))
            best_score = 1.0
        assert best is not None
        best.add(article.article_id, words, article.day)
        for term in ranked[: self.settings.posted_terms]:
            self._post(term, best.story_id)
        return Assignment(article.article_id, best.story_id, round(best_score, 4), opened)

    def similarity(self, story: Story, words: dict[str, float], day: date | None) -> float:
        """Mean cosine similarity of an article to the story's articles; -1 outside its window."""
        gap = story.gap_days(day)
        if not story.size or (gap is not None and gap > self.settings.window_days):
            return -1.0
        score = _dot(words, story.words) / story.size
        if gap:
            score -= self.settings.decay * math.log2(1 + gap / self.settings.decay_days)
        return score

    def restore(self, story: Story, *, indexed: bool = False) -> Story:
        """Register a story: a new one, or (`indexed`) one read back from the store, whose
        strongest summed terms stand in for its members' strongest words in the index."""
        self.stories[story.story_id] = story
        self._next_id = max(self._next_id, story.story_id + 1)
        if indexed:
            stand_ins = self.settings.posted_terms * min(story.size, RELOADED_TERM_FACTOR)
            for term in sorted(story.words, key=lambda term: -story.words[term])[:stand_ins]:
                self._post(term, story.story_id)
        return story

    def trim(self, story_ids: Iterable[int]) -> None:
        """Keep only the `kept_terms` strongest terms of these stories' vectors, as the store
        keeps them: a later batch sees a story as it would after a restart, and memory stays
        bounded however many articles a run groups."""
        for story_id in story_ids:
            story = self.stories[story_id]
            if len(story.words) > self.settings.kept_terms:
                ranked = sorted(story.words.items(), key=lambda item: (-item[1], item[0]))
                story.words = dict(ranked[: self.settings.kept_terms])

    def evict_before(self, active_since: date) -> int:
        """Drop the stories whose dated span ended before `active_since`, and their postings;
        returns how many. Call it with the earliest day any article still to group can have,
        less the window: none of them can join such a story, so a long run keeps in memory only
        the stories a restart would load (`load_story_index(active_since=...)`), and grouping
        a decade of wire copy holds a few years of stories, not all of them."""
        closed = {
            story_id
            for story_id, story in self.stories.items()
            if story.last_day is not None and story.last_day < active_since
        }
        if not closed:
            return 0
        for story_id in closed:
            del self.stories[story_id]
        for term in list(self._postings):
            posted = self._postings[term]
            for story_id in [story_id for story_id in posted if story_id in closed]:
                del posted[story_id]
            if not posted:
                del self._postings[term]
        return len(closed)

    def _candidates(self, strongest: list[str]) -> list[int]:
        """The stories posted under most of the article's strongest words (at most
        `candidate_limit`; ties by id, so the choice does not depend on dict order)."""
        shared: Counter[int] = Counter()
        for term in strongest:
            shared.update(self._postings.get(term, {}).keys())
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
        return sorted(story_id for story_id, _count in ranked[: self.settings.candidate_limit])

    def _post(self, term: str, story_id: int) -> None:
        """Post a story under a term as its most recent; a term keeps its `posting_limit` most
        recently touched stories, so a common word's list (and each lookup) stays bounded."""
        posted = self._postings[term]
        posted.pop(story_id, None)
        posted[story_id] = None
        if len(posted) > self.settings.posting_limit:
            del posted[next(iter(posted))]

    def reserve_ids(self, next_id: int) -> None:
        """New stories get ids from `next_id` on (ids of stories not loaded stay unused)."""
        self._next_id = max(self._next_id, next_id)


def cluster(profiles: Iterable[ArticleProfile], settings: StorySettings | None = None) -> list[Assignment]:
    """Cluster articles from scratch, in the order given, as one batch."""
    return list(StoryIndex(settings).add_batch(profiles))
