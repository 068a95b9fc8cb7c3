"""Write articles, actors, quotes and events as JSON Lines, CSV or Parquet, streaming.

Each kind has one column list with its Parquet types, so the CSV header, the Parquet schema and
the JSON Lines keys agree. In CSV and Parquet, nested values (actor aliases, event evidence)
are JSON text, which every tool can read back. Parquet is written in row groups of
`BATCH_ROWS`, so memory holds one batch, never the whole export.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.export.events import CSV_COLUMNS as EVENT_CSV_COLUMNS
from newsgraph.export.events import flat_event

BATCH_ROWS = 2000

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
ARTICLE_COLUMNS: dict[str, pa.DataType] = {
    "id": _S,
    "source_path": _S,
    "source_locator": _S,
    "page_id": _S,
    "position": _I,
    "title": _S,
    "publisher": _S,
    "author": _S,
    "url": _S,
    "published_at": _S,
    "published_at_source": _S,
    "language": _S,
    "word_count": _I,
    "duplicate_of": _S,
    "duplicate_kind": _S,
    "text": _S,
}
ACTOR_COLUMNS: dict[str, pa.DataType] = {
    "id": _I,
    "name": _S,
    "type": _S,
    "country": _S,
    "role": _S,
    "mentions": _I,
    "articles": _I,
    "aliases": _S,  # JSON object: alias → mentions
    "roles": _S,  # JSON object: role → mentions
}
QUOTE_COLUMNS: dict[str, pa.DataType] = {
    "id": _I,
    "article_id": _S,
    "kind": _S,
    "text": _S,
    "start": _I,
    "end": _I,
    "cue": _S,
    "speaker_text": _S,
    "speaker_actor_id": _I,
    "speaker": _S,
}
_EVENT_FLOATS = {"lat", "lon", "confidence"}
_EVENT_INTEGERS = {
    "geonameid",
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "fatalities_low",
    "fatalities_high",
    "injured",
}
EVENT_COLUMNS: dict[str, pa.DataType] = {
    **{name: _F if name in _EVENT_FLOATS else _I if name in _EVENT_INTEGERS else _S for name in EVENT_CSV_COLUMNS},
    "trigger": _S,
    "evidence": _S,  # JSON list of {article_id, sentence, start, end, fields}
}


def public_record(row: Any) -> dict[str, Any]:
    """The row's stable JSON shape (the same as the CLI's --json)."""
    return dict(row.public_dict())


def actor_record(row: Any) -> dict[str, Any]:
    record = row.public_dict()
    record["aliases"], record["roles"] = json.dumps(row.aliases, ensure_ascii=False), json.dumps(row.roles)
    return record


def event_record(row: Any) -> dict[str, Any]:
    record = flat_event(row)
    record["trigger"] = row.trigger
    record["evidence"] = json.dumps([asdict(item) for item in row.evidence], ensure_ascii=False)
    return record


# kind → (columns, flat record for CSV/Parquet, record for JSON Lines)
KINDS: dict[str, tuple[dict[str, pa.DataType], Callable[[Any], dict[str, Any]], Callable[[Any], dict[str, Any]]]] = {
    "articles": (ARTICLE_COLUMNS, public_record, public_record),
    "actors": (ACTOR_COLUMNS, actor_record, public_record),
    "quotes": (QUOTE_COLUMNS, public_record, public_record),
    "events": (EVENT_COLUMNS, event_record, public_record),
}


def write_jsonl(kind: str, rows: Iterable[Any], out: TextIO) -> int:
    """One JSON object per row, nested values kept nested."""
    to_json = KINDS[kind][2]
    count = 0
    for row in rows:
        out.write(json.dumps(to_json(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(kind: str, rows: Iterable[Any], out: TextIO) -> int:
    columns, flatten, _ = KINDS[kind]
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(flatten(row))
        count += 1
    return count


def write_parquet(kind: str, rows: Iterable[Any], path: Path) -> int:
    """A Parquet file with the kind's typed schema, one row group per batch."""
    columns, flatten, _ = KINDS[kind]
    schema = pa.schema([pa.field(name, data_type) for name, data_type in columns.items()])
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in _batches((flatten(row) for row in rows), BATCH_ROWS):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _batches(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(records, size)):
        yield batch
