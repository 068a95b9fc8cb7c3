"""US party affiliations written beside a politician's name: evidence of the country.

American copy tags members of Congress and governors with their party and state instead of a
country: "Sen. Marco Rubio, R-Fla.", "House Speaker Paul Ryan (R-Wis.)", "Senator Chris Coons,
Democrat of Delaware". No other country's press writes names this way, so the tag says USA as
plainly as "US Senator" would; without it these people had no country at all. The phrase
"Democrat of Delaware" is a description of the person, not a body of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsgraph.nlp.countries import country_registry
from newsgraph.nlp.doc_text import text_of

# ", R-Fla." / " (D-N.Y.)" / ", I-Vt." right after the name: party letter, hyphen, a capitalised
# state (abbreviated or not).
_PARTY_STATE_TAG = re.compile(r"\s?[,(]\s?([RDI])\s?[-\u2013]\s?([A-Z][A-Za-z.]{1,13})")
# ", Democrat of Delaware" / ", a Republican from Texas": the party member of a place.
_PARTY_OF_PLACE = re.compile(r"\s?,\s(?:an?\s)?(Democrat|Republican)\s(?:of|from)\s([A-Z]\w*(?:\s[A-Z]\w*)?)")
_PARTY_DESCRIPTION = re.compile(r"(?:Democrat|Republican)s?\s(?:of|from)\s[A-Z]")

US = "USA"


def us_party_affiliation(name: Span) -> str | None:
    """The party tag written right after a person's name ('R-Fla.', 'Democrat of Delaware'),
    when there is one; a place that is a country ('a Republican of Ireland') is no US tag."""
    after = text_of(name.doc)[name.end_char : name.end_char + 40]  # the kept text: read per mention
    tag = _PARTY_STATE_TAG.match(after)
    if tag is not None:
        return tag.group(0).strip(" ,(")
    described = _PARTY_OF_PLACE.match(after)
    if described is None:
        return None
    place = described.group(2)
    if country_registry().country_of_word(place.split()[0], cased_text=True) is not None:
        return None
    return described.group(0).strip(" ,")


def is_party_description(entity: Span) -> bool:
    """'Democrat of Delaware' as the recogniser's organisation: a description of a politician."""
    return _PARTY_DESCRIPTION.match(entity.text) is not None
