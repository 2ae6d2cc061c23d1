"""What the archive's parts share: one lock around one SQLite connection, write
transactions that take SQLite's write lock first, SQLite errors as basewatch errors, ISO
dates."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from monitor.errors import ArchiveDamagedError, ArchiveError, ArchiveUnwritableError

F = TypeVar("F", bound=Callable[..., Any])
BUSY_TIMEOUT_MS = 30_000  # a write waits this long for another process's lock

# SQLite's primary result codes (https://sqlite.org/rescode.html) that say the file cannot
# be written just now, with what to tell the operator
_UNWRITABLE = {
    5: "another process holds its lock beyond the busy timeout",  # SQLITE_BUSY
    6: "a table is locked",  # SQLITE_LOCKED
    8: "the file or its folder is read-only for this user",  # SQLITE_READONLY
    10: "an I/O error: the disk may be full or failing",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened",  # SQLITE_CANTOPEN
}
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
DAMAGED_HINT = (
    "stop basewatch, restore the archive from a backup (or save what is left with "
    "`sqlite3 FILE .recover`), then start it again; `basewatch doctor` checks the file"
)
UNWRITABLE_HINT = (
    "free disk space, fix the file's permissions or stop the other process holding it; "
    "`basewatch doctor` checks the archive"
)


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def translate(exc: sqlite3.Error, path: Path) -> ArchiveError | None:
    """A damaged or unwritable archive as a basewatch error; None for any other SQLite
    error (a bug, not the file's state)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    name = getattr(exc, "sqlite_errorname", "")
    if primary in _DAMAGED:
        return ArchiveDamagedError(f"the archive {path} is damaged: {exc}", hint=DAMAGED_HINT)
    if primary in _UNWRITABLE:
        return ArchiveUnwritableError(
            f"the archive {path} cannot be written: {_UNWRITABLE[primary]} ({exc}, {name})",
            hint=UNWRITABLE_HINT,
        )
    return None


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Inside: a damaged or unwritable file comes out as ArchiveDamagedError or
    ArchiveUnwritableError; other SQLite errors as they are."""
    try:
        yield
    except sqlite3.Error as exc:
        error = translate(exc, path)
        if error is None:
            raise
        raise error from exc


def locked(method: F) -> F:
    """Run an Archive method under the archive's lock: one connection, used from the event
    loop and worker threads, one statement at a time, and never closed under a reader. A
    damaged or unwritable file comes out as ArchiveDamagedError or ArchiveUnwritableError."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self.lock, sqlite_errors(self.path):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


@contextmanager
def writing(db: Database) -> Iterator[None]:
    """A write transaction that takes SQLite's write lock before it reads (BEGIN
    IMMEDIATE): a transaction that read first could not wait for another writer, and
    would fail at once with "database is locked" whatever the busy timeout. Nested in
    another transaction, a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # SQLite rolls back by itself after some errors; the error that brought us here
        # is the one to report, not a failed rollback
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
