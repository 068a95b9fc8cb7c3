"""Speaker words → local actor: a mention inside them, a pronoun, or a description
("the Chinese leader") matched to an actor's role and country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.lexicon import lexicon
from newsgraph.nlp.names import PRONOUN_GENDERS, genders_fit
from newsgraph.nlp.records import ActorKind, LocalActor, Mention


class SpeakerResolver:
    """Speaker words → local actor: a mention inside them, a pronoun, or a description."""

    def __init__(self, doc: Doc, text: str, mentions: list[Mention], actors: list[LocalActor]) -> None:
        self.doc = doc
        self.text = text
        self.mentions = mentions
        self.actors = actors

    def resolve(self, start: int, end: int, previous_speaker: int | None) -> int | None:
        words = self.text[start:end].lower().split()
        inside = [
            mention
            for mention in self.mentions
            if start <= mention.start and mention.end <= end and mention.actor is not None
        ]
        people = [mention for mention in inside if self.actors[mention.actor or 0].kind is ActorKind.PERSON]
        comma = self.text.find(",", start, end)
        named = [mention for mention in people if comma < 0 or mention.end <= comma]
        if named:  # 'FBI Director James B. Comey' is Comey, not the last director named before;
            return named[-1].actor  # 'Gov. Scott Walker, one of those beaten by Trump' is Walker
        if any(word in lexicon().roles for word in words):
            described = self._description(words, start)
            if described is not None:
                return described  # 'the Chinese leader': before the country its "Chinese" names
        organisations = [mention for mention in inside if self.actors[mention.actor or 0].kind is not ActorKind.PLACE]
        if organisations:
            return organisations[-1].actor
        capitals = [mention for mention in inside if self.actors[mention.actor or 0].country is not None]
        if capitals:
            return self._government_of(self.actors[capitals[-1].actor or 0].country or "")
        vocabulary = lexicon()
        if len(words) == 1 and words[0] in vocabulary.person_pronouns:
            gender = PRONOUN_GENDERS.get(words[0])

            def fits(actor: LocalActor) -> bool:  # "she" is not the Clinton the article calls "Mr."
                return actor.kind is ActorKind.PERSON and genders_fit(gender, actor.gender)

            if previous_speaker is not None and fits(self.actors[previous_speaker]):
                return previous_speaker
            return self._last_actor_before(start, fits)
        if len(words) == 1 and words[0] in vocabulary.group_pronouns:
            if previous_speaker is not None and self.actors[previous_speaker].kind is not ActorKind.PERSON:
                return previous_speaker
            return self._last_actor_before(start, lambda actor: actor.kind not in (ActorKind.PERSON, ActorKind.PLACE))
        return self._description(words, start)

    def _government_of(self, country: str) -> int:
        """A capital that speaks ('Moscow said') speaks for its government."""
        key = f"government:{country}"
        for position, actor in enumerate(self.actors):
            if actor.key == key:
                return position
        name = f"Government of {country_registry().name_of(country)}"
        self.actors.append(LocalActor(key=key, name=name, kind=ActorKind.GOVERNMENT, country=country))
        return len(self.actors) - 1

    def _description(self, words: list[str], start: int) -> int | None:
        """'the Chinese leader', 'the former Russian president': match role and country."""
        vocabulary = lexicon()
        registry = country_registry()
        roles = {word for word in words if word in vocabulary.roles}
        countries = {
            found for word in words if (found := registry.country_of_demonym(word) or registry.country_of_name(word))
        }
        if not roles:
            return None

        def matches(actor: LocalActor) -> bool:
            if actor.kind is not ActorKind.PERSON:
                return False
            role_fits = (actor.role is not None and any(role in actor.role for role in roles)) or "leader" in roles
            country_fits = not countries or actor.country in countries
            return role_fits and country_fits

        return self._last_actor_before(start, matches)

    def _last_actor_before(self, position: int, accept: object) -> int | None:
        for mention in reversed(self.mentions):
            if (
                mention.start < position
                and mention.actor is not None
                and callable(accept)
                and accept(self.actors[mention.actor])
            ):
                return mention.actor
        return None
