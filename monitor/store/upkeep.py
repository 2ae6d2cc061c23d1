"""Keeping a years-long archive small and sound: articles that matched nothing lose their
text after a while (their URL, title, dates, source and hashes stay, so they are never
fetched again), a write probe tells whether the file can be written again, and the
`maintenance` table remembers when each task last ran and what it found."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlite_utils import Database

from monitor.store.dbutil import iso, writing

BATCH = 500  # articles pruned per transaction: the write lock is never held for long
PROBE_BYTES = 65_536  # a probe writes about what storing a few articles does


def prunable(db: Database, cutoff: str, limit: int) -> list[int]:
    """Articles fetched before `cutoff` whose detection is not an attack and that no
    incident cites, with their text still there."""
    return [
        r[0]
        for r in db.execute(
            "select a.id from articles a join detections d on d.article_id = a.id "
            "where a.pruned_at is null and a.fetched_at < ? and d.attack = 0 "
            "and not exists (select 1 from incident_articles ia where ia.article_id = a.id) "
            "limit ?",
            [cutoff, limit],
        )
    ]


def prune_batch(db: Database, *, keep_days: float, now: datetime) -> int:
    """Drop the text of one batch of unmatched articles older than `keep_days` and take
    them out of the full-text index; returns how many (0: nothing left to prune)."""
    with writing(db):
        ids = prunable(db, iso(now - timedelta(days=keep_days)) or "", BATCH)
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        # the update trigger re-indexes each title without its text ...
        db.execute(
            f"update articles set text = null, pruned_at = ? where id in ({marks})",
            [iso(now), *ids],
        )
        # ... which then leaves the index too
        unindex(db, f"id in ({marks})", ids)
        record(db, "prune", now, f"{len(ids)} articles")
    return len(ids)


def unindex(db: Database, where: str, params: Sequence[object]) -> None:
    """Take articles out of the full-text index (its rows must match what is indexed)."""
    db.execute(
        "insert into articles_fts (articles_fts, rowid, title, text) "
        f"select 'delete', id, title, text from articles where {where}",
        list(params),
    )


def rebuild_index(db: Database) -> None:
    """Rebuild the full-text index from the articles, leaving pruned ones out."""
    with writing(db):
        db.execute("insert into articles_fts (articles_fts) values ('rebuild')")
        unindex(db, "pruned_at is not null", [])


def probe(db: Database, now: datetime) -> None:
    """Write and commit a few pages, then give them back: raises if the file cannot be
    written (disk full, I/O error, read-only, locked)."""
    with writing(db):
        db.execute(
            "insert or replace into maintenance (task, at, result) values ('probe', ?, ?)",
            [iso(now), bytes(PROBE_BYTES)],
        )
    with writing(db):
        db.execute("update maintenance set result = null where task = 'probe'")


def record(db: Database, task: str, now: datetime, result: str) -> None:
    """Remember when a maintenance task last ran and what it found."""
    db.execute(
        "insert or replace into maintenance (task, at, result) values (?, ?, ?)",
        [task, iso(now), result],
    )


def last_runs(db: Database) -> dict[str, tuple[str, str]]:
    """Each maintenance task's last run: (when, result)."""
    return {r[0]: (r[1], r[2]) for r in db.execute("select task, at, result from maintenance")}
