"""Ships named with their prefix ("INS Sukanya", "USS Bainbridge", "MV Sirius Star").

Piracy and naval reports are full of ships, and the recogniser reads them as persons ("INS
Sukanya"), places ("Sukanya" after "Warship INS") or organisations. A ship is none of those:
a navy's ship is a part of that navy, a merchant ship is no party of any country. The prefix
says which: most navies prefix their ships' names with letters of their own (sources: each
navy's ship-naming convention as listed in Wikipedia's "Ship prefix" article). "INS" is both
India's and Israel's, so it says a navy but no country.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

# Navy prefixes and the country whose navy uses them (None: more than one navy does).
NAVY_PREFIXES: dict[str, str | None] = {
    "USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL",
    "INS": None, "PNS": "PAK", "ROKS": "KOR", "TCG": "TUR", "ARA": "ARG", "BNS": "BGD", "SLNS": "LKA",
    "KRI": "IDN", "RSS": "SGP", "NRP": "PRT", "HNLMS": "NLD", "HDMS": "DNK", "HNoMS": "NOR",
    "HSwMS": "SWE", "BRP": "PHL", "ESPS": "ESP", "FGS": "DEU",
}  # fmt: skip
# Merchant and fishing vessels: motor vessel, motor tanker, fishing vessel.
MERCHANT_PREFIXES = frozenset({"MV", "M/V", "MT", "M/T", "FV"})


@dataclass(frozen=True, slots=True)
class Vessel:
    span: Span  # the ship's name with its prefix
    navy: bool
    country: str | None  # the navy's country, when the prefix is one navy's


def vessel_named(ent: Span) -> Vessel | None:
    """The ship an entity names with its prefix, inside it ("USS Bainbridge") or just before it
    ("Warship INS [Sukanya]"); None for any other entity."""
    doc = ent.doc
    if len(ent) >= 2 and _is_prefix(ent[0].text):
        span = ent
    elif ent.start > 0 and _is_prefix(doc[ent.start - 1].text) and ent[0].is_title:
        span = doc[ent.start - 1 : ent.end]
    else:
        return None
    prefix = span[0].text
    return Vessel(span, prefix in NAVY_PREFIXES, NAVY_PREFIXES.get(prefix))


def _is_prefix(word: str) -> bool:
    return word in NAVY_PREFIXES or word in MERCHANT_PREFIXES
