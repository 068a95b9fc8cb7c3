"""Fetch a country's GeoNames dump from GeoNames' public export server, for users with internet.

Nothing in newsgraph downloads on its own: this runs only when a user asks for it
(`newsgraph gazetteer download BF`). The files go to the user's cache and are then added
like any other dump (`geo.geonames_dump`); the admin code tables come along the first time,
since a region's seat needs them.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from newsgraph.geo.gazetteer import GazetteerError

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
BASE_URL_ENV = "NEWSGRAPH_GEONAMES_URL"  # a mirror, or a local server in tests
ADMIN_TABLES = ("admin1CodesASCII.txt", "admin2Codes.txt")
# What a user may ask for: a country code, or one of GeoNames' whole-world files.
DUMP_NAME = re.compile(r"^(?:[A-Z]{2}|allCountries|cities(?:500|1000|5000|15000))$")
TIMEOUT_SECONDS = 60


def base_url() -> str:
    url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return url if url.endswith("/") else url + "/"


def dump_file_name(code: str) -> str:
    """The export file of a country code ("bf" → "BF.zip") or world file ("cities500.zip")."""
    name = code.upper() if len(code) == 2 else code
    if not DUMP_NAME.match(name):
        raise GazetteerError(f"{code!r} is not a GeoNames dump: give a two-letter country code (BF) or allCountries")
    return f"{name}.zip"


def fetch(name: str, folder: Path) -> Path:
    """Download `name` from the export server into `folder` (atomically: a partial download
    never stands in for the file)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    url = base_url() + name
    handle, scratch = tempfile.mkstemp(dir=folder, suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as out, urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            shutil.copyfileobj(response, out)
        Path(scratch).replace(target)
    except (urllib.error.URLError, OSError, ValueError) as error:
        Path(scratch).unlink(missing_ok=True)
        raise GazetteerError(f"cannot download {url}: {error}") from error
    return target


def download(codes: list[str], folder: Path) -> list[Path]:
    """The admin code tables (fetched once) and each requested dump (fetched every time: GeoNames
    updates them daily), in `folder`, in the order to add them."""
    dumps = [dump_file_name(code) for code in codes]  # refuse a bad code before any download
    tables = [folder / name if (folder / name).exists() else fetch(name, folder) for name in ADMIN_TABLES]
    return tables + [fetch(name, folder) for name in dumps]
