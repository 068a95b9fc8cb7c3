"""Adding GeoNames dumps to the gazetteer: villages and their alternate names become places,
other features do not, admin code tables place regions' seats, a re-add changes nothing, bad
files are refused with their name and reason, and `download` fetches from a (loopback) server."""

from __future__ import annotations

import shutil
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.analysis.run import analyse_texts
from newsgraph.cli.main import cli
from newsgraph.geo.gazetteer import Gazetteer, default_gazetteer_path, gazetteer
from newsgraph.geo.geonames_dump import DumpError, add_dump, sources


def _row(geonameid: str, name: str, alternates: str, lat: str, lon: str, feature: str, admin2: str = "") -> list[str]:
    """One line of GeoNames' 19-column geoname table (id, name, ascii name, alternates, lat,
    lon, feature class, feature code, country, cc2, admin1..4, population, elevation, dem,
    timezone, date), in Burkina Faso's admin region 51; `feature` is "class.code"."""
    feature_class, feature_code = feature.split(".")
    population = "2500" if admin2 else "0"
    return [geonameid, name, name, alternates, lat, lon, feature_class, feature_code, "BF", "", "51", admin2,
            "", "", population, "", "300", "Africa/Ouagadougou", "2024-01-01"]  # fmt: skip


# Invented places: a village, a stream named after it, and a district seat.
ROWS = [
    _row("90000001", "Zorgotenga", "Zorgo-Tenga,Zorgotinga", "13.4012", "-1.6044", "P.PPL"),
    _row("90000002", "Zorgotenga Stream", "", "13.41", "-1.61", "H.STM"),
    _row("90000003", "Kilbrouga", "", "13.1021", "-1.0833", "P.PPLA2", admin2="99990"),
]
ADMIN2 = "BF.51.99990\tProvince du Bam\tProvince du Bam\t90000099\n"
ADMIN1 = "BF.51\tCentre-Nord\tCentre-Nord\t90000098\n"


def _dump(folder: Path, rows: list[list[str]] = ROWS, name: str = "BF.txt") -> Path:
    path = folder / name
    path.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def index(tmp_path, monkeypatch) -> Path:
    """A private copy of the built index, named by $NEWSGRAPH_GAZETTEER for the CLI and pipeline."""
    copy = tmp_path / "gazetteer.sqlite"
    Gazetteer.open()  # builds the default index when it is missing
    shutil.copy(default_gazetteer_path(), copy)
    monkeypatch.setenv("NEWSGRAPH_GAZETTEER", str(copy))
    gazetteer.cache_clear()
    yield copy
    gazetteer.cache_clear()


def test_populated_places_and_their_alternate_names_are_added(index, tmp_path):
    added = add_dump(index, _dump(tmp_path))
    assert (added.kind, added.places) == ("places", 2)  # the stream is left out
    places = Gazetteer.open(index)
    for name in ("Zorgotenga", "Zorgo-Tenga", "zorgotinga"):
        assert [place.name for place in places.candidates(name)] == ["Zorgotenga"]
    assert places.candidates("Zorgotenga Stream") == []
    assert add_dump(index, tmp_path / "BF.txt").unchanged
    assert [source["name"] for source in sources(index)] == ["BF.txt"]


def test_admin_tables_place_a_district_seat_in_either_order(index, tmp_path):
    (tmp_path / "admin2Codes.txt").write_text(ADMIN2, encoding="utf-8")
    add_dump(index, _dump(tmp_path))
    assert add_dump(index, tmp_path / "admin2Codes.txt").seats >= 1
    bam = next(place for place in Gazetteer.open(index).candidates("Province du Bam") if place.kind == "district")
    assert Gazetteer.open(index).seat(bam) == (13.1021, -1.0833)


def test_a_zip_dump_is_read(index, tmp_path):
    text = _dump(tmp_path)
    with zipfile.ZipFile(tmp_path / "BF.zip", "w") as archive:
        archive.write(text, "BF.txt")
        archive.writestr("readme.txt", "GeoNames")
    assert add_dump(index, tmp_path / "BF.zip").places == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [("not\ta\tgeonames\ttable\n", "columns"), ("PK\x03\x04 broken", "zip")],
)
def test_a_file_that_is_no_dump_is_refused_with_its_name_and_the_reason(index, tmp_path, content, reason):
    path = tmp_path / ("XX.zip" if reason == "zip" else "XX.txt")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DumpError, match=reason):
        add_dump(index, path)
    result = CliRunner().invoke(cli, ["gazetteer", "add", str(path)])
    assert result.exit_code == 1 and path.name in result.output


def test_an_added_village_places_an_event(index, tmp_path):
    text = "Gunmen attacked the village of Zorgotenga in Bam province on Monday, killing four civilians."
    (before,) = [event for event in next(analyse_texts([("a", text)])).events if event.acled_event_type]
    assert before.location is None or before.location.place.name != "Zorgotenga"
    add_dump(index, _dump(tmp_path))
    gazetteer.cache_clear()
    (after,) = [event for event in next(analyse_texts([("a", text)])).events if event.acled_event_type]
    assert after.location is not None and after.location.place.name == "Zorgotenga"


def test_download_fetches_the_dump_and_admin_tables_from_the_export_server(index, tmp_path, monkeypatch):
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "BF.zip", "w") as archive:
        archive.write(_dump(tmp_path), "BF.txt")
    (served / "admin1CodesASCII.txt").write_text(ADMIN1, encoding="utf-8")
    (served / "admin2Codes.txt").write_text(ADMIN2, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(served)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("NEWSGRAPH_GEONAMES_URL", f"http://127.0.0.1:{server.server_address[1]}/")
        result = CliRunner().invoke(cli, ["gazetteer", "download", "bf", "--folder", str(tmp_path / "dl")])
        assert result.exit_code == 0, result.output
        assert "BF.zip: 2 populated places" in result.output
        missing = CliRunner().invoke(cli, ["gazetteer", "download", "ML", "--folder", str(tmp_path / "dl")])
        assert missing.exit_code == 1 and "ML.zip" in missing.output
        assert CliRunner().invoke(cli, ["gazetteer", "download", "B1"]).exit_code == 1
    finally:
        server.shutdown()
    names = [source["name"] for source in sources(index)]
    assert names == ["admin1CodesASCII.txt", "admin2Codes.txt", "BF.zip"]
    info = CliRunner().invoke(cli, ["gazetteer", "info", "--json"])
    assert info.exit_code == 0 and "CC BY 4.0" in info.output and "BF.zip" in info.output
