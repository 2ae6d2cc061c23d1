"""`basewatch serve`: the archive in Datasette (the optional `web` extra), with titles,
column help, canned queries and a map of incidents at their bases (datasette-cluster-map).

What a visitor may see: the incidents, the articles (with their detections and the links
between them) and the bases. Everything else (`sources`, whose URLs may hold keys; the
`alerts` outbox; internal tables) is hidden and forbidden, and a SQLite authorizer refuses
to read it even when arbitrary SQL is allowed (`--allow-sql`). The archive is opened
read-only and never written: Datasette reads the live file while the daemon writes (its
mutable mode, `mode=ro`); only when no writer has it open and this user cannot create its
`-shm` file (a folder it may not write) is it served as an unchanging snapshot, until the
daemon opens it: then the view restarts, reading it live.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import signal
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from monitor.errors import ArchiveError
from monitor.query.search import SELECT as SEARCH_SQL

logger = logging.getLogger(__name__)
# what a visitor may read; every other table is hidden and unreadable
VISIBLE = ("incidents", "articles", "bases", "detections", "incident_articles")
WATCH_SECONDS = 2.0  # how often a snapshot looks for the daemon opening the archive

INCIDENT_COLUMNS = {
    "id": "attack date and base: one attack, however many outlets reported it",
    "attack_date": "local date (UTC+3) of the attack, resolved from what the reports say",
    "day_stated": "1 when a report says the attack's day; 0 when none does and the day is when "
    "the first report came out (the attack may be a day older)",
    "confidence": "0-1; rises with independent sources",
    "sources": "independent sources among the reports (syndicated copies count once)",
    "merged_into": "set when this turned out to be the same attack as another incident",
}

QUERIES = {
    "latest_incidents": {
        "title": "Latest incidents",
        "description": "The 100 most recent attacks, newest first.",
        "sql": (
            "select attack_date, day_stated, place_name, country, weapons, killed, injured, "
            "claimed_by, reports, confidence, id, latitude, longitude from incidents "
            "where merged_into is null order by attack_date desc, first_seen desc limit 100"
        ),
    },
    "incidents_by_base": {
        "title": "Incidents by base",
        "description": "How many attacks each base has had, and the latest.",
        "sql": (
            "select place_name, country, count(*) as incidents, max(attack_date) as latest, "
            "latitude, longitude from incidents where merged_into is null "
            "group by place_id order by incidents desc"
        ),
    },
    "search_articles": {
        "title": "Search articles",
        "description": (
            'Full-text search over every stored article, as `basewatch search` does: words, "exact '
            'phrases", OR, NOT, prefix*, NEAR(a b); matches [in brackets]; the 50 best.'
        ),
        "sql": SEARCH_SQL + " limit 50",
    },
}


def readable(table: str) -> bool:
    """May a visitor read `table`? The visible tables, the full-text index of articles, and
    SQLite's own schema."""
    return table in VISIBLE or table.startswith(("articles_fts", "sqlite_"))


def metadata(database: str, tables: Iterable[str] = ()) -> dict[str, Any]:
    """Datasette metadata for an archive opened under the name `database` holding
    `tables`: every table a visitor may not read is hidden and forbidden."""
    forbidden = {t: {"hidden": True, "allow": False} for t in tables if not readable(t)}
    return {
        "title": "basewatch archive",
        "description": (
            "Attacks by rockets, drones, missiles and mortars on bases hosting US-led "
            "coalition forces, with every report of them."
        ),
        "databases": {
            database: {
                "tables": {
                    **forbidden,
                    "incidents": {
                        "title": "Incidents",
                        "description": "One row per attack; the map shows them at their bases.",
                        "columns": INCIDENT_COLUMNS,
                        "sort_desc": "attack_date",
                        "facets": ["country", "place_name"],
                    },
                    "articles": {
                        "title": "Articles",
                        "description": "Every stored article, with its extracted text.",
                        "columns": {"url": "canonical URL", "source": "the source's name"},
                    },
                    "detections": {
                        "description": "What the detector found in each article.",
                    },
                    "bases": {"description": "The gazetteer: bases and regions."},
                },
                "queries": QUERIES,
            }
        },
        "plugins": {
            "datasette-cluster-map": {
                "latitude_column": "latitude",
                "longitude_column": "longitude",
            }
        },
    }


@dataclass(frozen=True)
class Opened:
    """What a read-only look at the archive found."""

    tables: list[str]
    snapshot: bool  # no writer, and no -shm can be made: read it immutable for now


def _tables(uri: str) -> list[str]:
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("select name from sqlite_master where type in ('table', 'view')")
        return [r[0] for r in rows.fetchall()]
    finally:
        conn.close()


def open_readonly(path: Path) -> Opened:
    """Look at the archive without writing to it: its tables, and whether SQLite can read
    it live (`mode=ro`) or only as a snapshot. ArchiveError when it is no archive."""
    uri = f"file:{quote(str(path.resolve()))}"
    try:
        opened = Opened(_tables(uri + "?mode=ro"), snapshot=False)
    except sqlite3.Error as exc:
        wal = Path(f"{path}-wal")
        if wal.exists() or not os.access(path, os.R_OK):
            raise ArchiveError(
                f"cannot read the archive {path}: {exc}",
                hint="the user running `basewatch serve` needs read access to the archive "
                "and to its -wal and -shm files",
            ) from None
        try:
            opened = Opened(_tables(uri + "?immutable=1"), snapshot=True)
        except sqlite3.Error as again:
            raise ArchiveError(f"cannot read the archive {path}: {again}") from None
    if "incidents" not in opened.tables:
        raise ArchiveError(
            f"{path} is not a basewatch archive (it has no incidents table)",
            hint="pass the file named by [archive] path, or --archive PATH",
        )
    return opened


def beyond_loopback(host: str) -> bool:
    """Does binding `host` let other machines in? (Names other than localhost: yes.)"""
    if host.lower() in ("localhost", "localhost."):
        return False
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return True


def serve(path: Path, *, host: str, port: int, allow_sql: bool) -> None:
    """Serve the archive in Datasette, in this process, until SIGTERM or Ctrl-C."""
    from datasette.plugins import pm

    from monitor.query import webchart, webguard

    for name, plugin in (("basewatch-guard", webguard), ("basewatch-chart", webchart)):
        if pm.get_plugin(name) is None:
            pm.register(plugin, name=name)
    # uvicorn stops gracefully on SIGTERM and SIGINT, then raises the signal again
    signal.signal(signal.SIGTERM, _exit_quietly)
    try:
        while _serve_once(path, host, port, allow_sql):
            logger.info("the daemon opened the archive: reading it live")
    except KeyboardInterrupt:
        pass


def _exit_quietly(signum: int, frame: Any) -> None:
    raise SystemExit(0)


def _serve_once(path: Path, host: str, port: int, allow_sql: bool) -> bool:
    """Serve until stopped; True when stopped to turn a snapshot into a live view."""
    import uvicorn
    from datasette.app import Datasette

    opened = open_readonly(path)
    ds = Datasette(
        [str(path)],
        immutables=[str(path)] if opened.snapshot else [],
        metadata=metadata(path.stem, opened.tables),
        settings={
            "sql_time_limit_ms": 3000,
            "default_allow_sql": allow_sql,
            "allow_download": False,  # the file holds the hidden tables too
            # a user who cannot create the -shm keeps one connection, opened while it can
            "num_sql_threads": 3 if os.access(path.parent, os.W_OK) else 1,
        },
    )
    if opened.snapshot:
        logger.warning(
            "no process has the archive open and this user cannot create %s-shm: serving a "
            "snapshot, read live as soon as the daemon opens it",
            path.name,
        )
    config = uvicorn.Config(ds.app(), host=host, port=port, log_level="info", lifespan="on")
    return asyncio.run(_run(ds, uvicorn.Server(config), path, opened.snapshot))


async def _run(ds: Any, server: Any, path: Path, snapshot: bool) -> bool:
    await ds.invoke_startup()
    await ds.get_database(path.stem).execute("select 1")  # its connection, opened now
    watch = asyncio.create_task(_until_written(server, path)) if snapshot else None
    await server.serve()
    if watch is None:
        return False
    if watch.done():
        return True
    watch.cancel()
    return False


async def _until_written(server: Any, path: Path) -> None:
    """Stop serving a snapshot once a writer has the archive open (its -shm exists)."""
    while not Path(f"{path}-shm").exists():
        await asyncio.sleep(WATCH_SECONDS)
    server.should_exit = True
