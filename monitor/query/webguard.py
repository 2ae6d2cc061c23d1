"""A Datasette plugin that `basewatch serve` registers: every connection to the archive
gets a SQLite authorizer that refuses to read a table a visitor may not see, so `sources`
and `alerts` stay unreadable by any query, arbitrary SQL (`--allow-sql`) included; and the
search syntax of `basewatch search` (`monitor.query.search`) as the SQL function
`basewatch_fts`."""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl

from monitor.query.search import FUNCTION, fts_query
from monitor.query.web import readable


def _authorize(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    """No column of a forbidden table is read (counting its rows, `count(*)`, reads none),
    and no other database file is attached."""
    if action == sqlite3.SQLITE_READ and arg1 and arg2 and not readable(arg1):
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    if database != "_internal":  # Datasette's own bookkeeping, not the archive
        conn.set_authorizer(_authorize)
        conn.create_function(FUNCTION, 1, fts_query, deterministic=True)  # the search syntax
