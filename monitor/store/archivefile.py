"""The archive's file before it is used: what may be opened, how, and whether it is sound.

Only a path where nothing exists is ever created (in a side file, renamed into place once
its schema is written, so a crash never leaves an empty archive behind). An empty file,
a file that is not SQLite, another program's SQLite file and a schema newer than this
basewatch are refused and left as they are. Queries open the file read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from monitor.errors import (
    ArchiveDamagedError,
    ArchiveLockedError,
    ArchiveRefusedError,
    ArchiveUnwritableError,
)
from monitor.store.dbutil import BUSY_TIMEOUT_MS, DAMAGED_HINT, sqlite_errors
from monitor.store.migrations import migration_names, migrations

logger = logging.getLogger(__name__)
MAGIC = b"SQLite format 3\x00"
CREATE_HINT = "`basewatch migrate` (or `basewatch run`) creates it; or pass --archive PATH"
KEEP_HINT = (
    "point [archive] path (or --archive) at a basewatch archive; this file is left as it "
    "is: move it away yourself if a new archive should take its place"
)


def inspect(path: Path) -> None:
    """Refuse what is not an SQLite file: a folder, an empty file, another format."""
    if path.is_dir():
        raise ArchiveRefusedError(f"the archive path {path} is a folder", hint=KEEP_HINT)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(MAGIC))
    except OSError as exc:
        raise ArchiveRefusedError(
            f"cannot read the archive {path}: {exc}", hint="check the file's permissions"
        ) from exc
    if not head:
        raise ArchiveRefusedError(
            f"the archive {path} is an empty file (0 bytes): not a basewatch archive; it "
            "may have been truncated",
            hint="restore it from a backup; if a new archive should start here, delete the "
            "empty file first",
        )
    if head != MAGIC:
        raise ArchiveRefusedError(f"{path} is not an SQLite database", hint=KEEP_HINT)


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection to an existing file; read-only ones can never write to it."""
    with sqlite_errors(path):
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    return conn


def pending(db: Database, path: Path) -> list[str]:
    """The migrations this file still needs; refuses another program's file and a schema
    written by a newer basewatch."""
    with sqlite_errors(path):
        tables = set(db.table_names())
        applied = [m.name for m in migrations.applied(db)] if tables else []
    if not applied:
        what = f"its tables: {', '.join(sorted(tables)[:5])}" if tables else "it has no tables"
        raise ArchiveRefusedError(
            f"{path} is an SQLite file but not a basewatch archive ({what})", hint=KEEP_HINT
        )
    known = migration_names()
    newer = [name for name in applied if name not in known]
    if newer:
        raise ArchiveRefusedError(
            f"the archive {path} was written by a newer basewatch (schema {newer[-1]})",
            hint="upgrade basewatch to the version that wrote it",
        )
    return [name for name in known if name not in applied]


def integrity_problems(path: Path, *, limit: int = 5) -> list[str]:
    """SQLite's quick_check on a connection of its own (the daemon's stays free): the
    problems found, none when the file is sound."""
    try:
        conn = connect(path, readonly=True)
        try:
            with sqlite_errors(path):
                rows = conn.execute(f"PRAGMA quick_check({limit})").fetchall()
        finally:
            conn.close()
    except ArchiveDamagedError as exc:
        return [str(exc.__cause__ or exc)]
    # quick_check's report may span lines ("*** in database main ***\nPage 98: ...")
    lines = [line for r in rows if r[0] != "ok" for line in str(r[0]).splitlines()]
    return [line for line in lines if not line.startswith("***")]


def check_integrity(path: Path) -> None:
    problems = integrity_problems(path)
    if problems:
        raise ArchiveDamagedError(
            f"the archive {path} is damaged (quick_check: {'; '.join(problems)})",
            hint=DAMAGED_HINT,
        )


def wait_for_lock(conn: sqlite3.Connection, path: Path, wait: float) -> None:
    """Return once SQLite's write lock is free; when another process holds it, say so in
    one line and wait for it up to `wait` seconds."""
    conn.execute("PRAGMA busy_timeout = 1000")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF != 5:  # not SQLITE_BUSY
                raise
        logger.warning(
            "archive locked by another process path=%s: waiting for it up to %d s", path, wait
        )
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            raise ArchiveLockedError(
                f"the archive {path} stayed locked by another process for {wait:g} s",
                hint="another program (or a second basewatch) holds its write lock: stop it, "
                "or raise [archive] lock_wait",
            ) from exc
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def create(path: Path, setup: Callable[[Database], None]) -> None:
    """A new archive at `path`, where nothing exists: written in a side file with its whole
    schema, then renamed into place."""
    side = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in (side, Path(f"{side}-wal"), Path(f"{side}-shm")):
            stale.unlink(missing_ok=True)
        with sqlite_errors(path):
            db = Database(sqlite3.connect(str(side)))
            try:
                db.enable_wal()
                setup(db)
            finally:
                db.close()
        os.replace(side, path)
    except OSError as exc:
        raise ArchiveUnwritableError(
            f"cannot create the archive {path}: {exc}",
            hint="check [archive] path: its folder must be writable by this user",
        ) from exc
    logger.info("archive created path=%s", path)
