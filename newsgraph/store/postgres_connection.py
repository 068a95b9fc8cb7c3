"""The shared table code's `?` SQL on a psycopg connection.

The mixins write `?` placeholders (SQLite's); psycopg takes `%s`, and reads every `%` in a
query with parameters as the start of one. `to_psycopg` rewrites a statement once (cached):
each `?` outside a quoted literal or identifier becomes `%s`, each `%` becomes `%%`. Values
are always passed separately, never formatted into the SQL.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import psycopg


@lru_cache(maxsize=1024)
def to_psycopg(sql: str) -> str:
    """`sql` with `?` placeholders as psycopg's `%s` (quoted text left alone, `%` doubled)."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class PostgresConnection:
    """`execute`/`executemany` over one psycopg connection in autocommit mode (the store opens
    its transactions itself, as on SQLite)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.raw = connection

    def execute(self, sql: str, parameters: Any = (), /) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        if parameters:
            cursor.execute(to_psycopg(sql), parameters)
        else:
            cursor.execute(sql)  # no parameters: psycopg reads the text as it is
        return cursor

    def executemany(self, sql: str, parameters: Any, /) -> None:
        rows = list(parameters)
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(to_psycopg(sql), rows)

    def close(self) -> None:
        self.raw.close()
