"""What the archive says of a deployment, for `basewatch status`: the last polls, the
sources failing now, the alerts waiting in the outbox, and how big the archive is.
Read-only SQL over a connection it is given."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from monitor.query.queries import rows

WAITING = ("pending", "failed")  # alerts still to be sent; "dead" ones wait for a person


def archive_bytes(path: Path) -> int:
    """The archive's size on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def failing_sources(db: Database, names: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Sources whose last poll failed, most failures in a row first (only those named in
    `names`, the configured ones, when given: a source taken out stays in the archive)."""
    found = rows(
        db,
        "select name, url, failures, last_error, last_ok, last_polled from sources "
        "where failures > 0 order by failures desc, name",
    )
    return [r for r in found if names is None or r["name"] in names]


def last_polls(db: Database) -> dict[str, Any]:
    """When a source was last polled, and how many sources that poll's time saw (a `run
    --once` records a whole cycle at one time)."""
    row = rows(
        db,
        "select max(last_polled) as at, count(*) as sources from sources "
        "where last_polled = (select max(last_polled) from sources)",
    )[0]
    return {"at": row["at"], "sources": row["sources"] if row["at"] else 0}


def outbox_counts(db: Database) -> dict[str, Any]:
    """Alerts by state; how many wait to be sent, and since when the oldest has."""
    counts = {s: 0 for s in ("pending", "failed", "dead", "sent", "merged")}
    for row in rows(db, "select status, count(*) as n from alerts group by status"):
        counts[row["status"]] = row["n"]
    marks = ",".join("?" * len(WAITING))
    oldest = rows(
        db, f"select min(created_at) as at from alerts where status in ({marks})", WAITING
    )
    return {**counts, "waiting": sum(counts[s] for s in WAITING), "oldest_waiting": oldest[0]["at"]}


def contents(db: Database) -> dict[str, Any]:
    """How many articles and incidents, and the newest incident."""
    articles = rows(db, "select count(*) as n from articles")[0]["n"]
    live = rows(
        db,
        "select count(*) as n, max(attack_date) as newest from incidents where merged_into is null",
    )[0]
    return {"articles": articles, "incidents": live["n"], "newest_attack": live["newest"]}
