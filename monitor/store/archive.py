"""The archive: one SQLite file (WAL), written by one process through sqlite-utils.

An article, its detection, the incident it joins and the alerts that change calls for are
written in one transaction, so a crash leaves either all of them or none (the outbox).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from monitor.config import AlertsConfig, ChannelConfig, SourceConfig
from monitor.detect.gazetteer import Gazetteer
from monitor.detect.text import normalise
from monitor.errors import ArchiveRefusedError
from monitor.models import Article, Detection
from monitor.store import upkeep
from monitor.store.archivefile import (
    CREATE_HINT,
    check_integrity,
    connect,
    create,
    inspect,
    pending,
    wait_for_lock,
)
from monitor.store.casebook import add_reports, regroup
from monitor.store.dbutil import iso, locked, sqlite_errors, writing
from monitor.store.migrations import migration_names, migrations
from monitor.store.outbox import Outbox

logger = logging.getLogger(__name__)
MATCHER_VERSION = "1"
REFUSED = (401, 403)  # the server refuses us, rather than failing
# what a source knows of its URL's document
_URL_STATE = ("etag", "last_modified", "feed_title", "feed_language", "feed_seen", "feed_warning")


def _source_state(db: Database, name: str) -> dict[str, Any]:
    rows = list(db.table("sources").rows_where("name = ?", [name]))
    return rows[0] if rows else {}


def _known(db: Database, urls: Iterable[str]) -> set[str]:
    urls = list(urls)
    known: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"select url from articles where url in ({marks})"
        known.update(row[0] for row in db.execute(sql, chunk).fetchall())
    return known


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:32]


def lead_fingerprint(text: str, words: int = 40) -> str:
    """The same for syndicated copies of one story, which keep its lead but not always its
    ending or page furniture; different for stories written apart."""
    return hashlib.sha256(" ".join(normalise(text).split()[:words]).encode()).hexdigest()[:32]


def add_article_reports(db: Database, article_id: int, article: Article, d: Detection) -> None:
    """One report row per attacked place; syndicated copies share a lead fingerprint."""
    add_reports(db, article_id, d, content=lead_fingerprint(article.text), source=article.source)


def insert_detection(db: Database, article_id: int, d: Detection, now: datetime) -> None:
    db.table("detections").insert(
        {
            "article_id": article_id,
            "attack": int(d.attack),
            "confidence": d.confidence,
            "bases": json.dumps([p.id for p in d.bases]),
            "region": d.region.id if d.region else None,
            "attack_date": iso(d.attack_date),
            "day_stated": int(d.day_stated),
            "weapons": json.dumps(list(d.weapons)),
            "projectiles": d.projectiles,
            "intercepted": None if d.intercepted is None else int(d.intercepted),
            "killed": d.killed,
            "injured": d.injured,
            "claimed_by": d.claimed_by,
            "confirmed": None if d.confirmed is None else int(d.confirmed),
            "official": None if d.official is None else int(d.official),
            "evidence": json.dumps([e.sentence for e in d.evidence], ensure_ascii=False),
            "matcher_version": MATCHER_VERSION,
            "created_at": iso(now),
        }
    )


@dataclass(frozen=True)
class Stored:
    """What storing one report did."""

    article_id: int
    new: bool
    incidents: tuple[str, ...] = ()
    alerts: int = 0


Mode = Literal["create", "write", "read"]


class Archive:
    """One archive file. `mode` says what the caller may do with it:

    - "create" (the daemon, the demo, `basewatch migrate`): create it where nothing
      exists, check its integrity, wait for another process's lock (up to `lock_wait`
      seconds, saying so), apply pending migrations;
    - "write" (retrying alerts, re-matching): an existing archive with the current schema;
    - "read" (every query): the same, opened read-only: nothing is ever written.
    """

    def __init__(self, path: Path, *, mode: Mode = "create", lock_wait: float = 60.0) -> None:
        self.path = path
        self.lock = threading.RLock()  # the writer connection: one statement at a time
        # the reader connection, so that the event loop's reads never wait for a write
        self.read_lock = self.lock if mode == "read" else threading.RLock()
        self.applied: tuple[str, ...] = ()  # migrations applied by this opening
        if not path.exists() and mode == "create":
            create(path, migrations.apply)
            self.applied = tuple(migration_names())
        elif not path.exists():
            raise ArchiveRefusedError(f"no archive at {path}", hint=CREATE_HINT)
        else:
            inspect(path)
            if mode == "create":
                check_integrity(path)
        self.db = Database(connect(path, readonly=mode == "read"))
        try:
            todo = pending(self.db, path)
            if todo and mode != "create":
                raise ArchiveRefusedError(
                    f"the archive {path} needs migrating first ({', '.join(todo)})",
                    hint="`basewatch migrate` brings it up to date (`basewatch run` also does)",
                )
            if mode == "create":
                self._migrate(lock_wait)
                self.applied += tuple(todo)
            self.reader = self.db if mode == "read" else Database(connect(path, readonly=True))
        except BaseException:
            self.db.close()
            raise
        self.outbox = Outbox(self.db, self.lock, path)

    def _migrate(self, lock_wait: float) -> None:
        with sqlite_errors(self.path):
            wait_for_lock(self.db.conn, self.path, lock_wait)
            with writing(self.db):
                migrations.apply(self.db)

    @locked
    def close(self) -> None:
        with self.read_lock:
            if self.reader is not self.db:
                self.reader.close()
        self.db.close()

    # --- reference data -------------------------------------------------------------

    @locked
    def sync_bases(self, gazetteer: Gazetteer) -> None:
        rows = [
            {
                "id": e.place.id,
                "name": e.place.name,
                "country": e.place.country,
                "latitude": e.place.lat,
                "longitude": e.place.lon,
                "hosted": e.hosted,
                "is_region": int(e.place.is_region),
                "region": e.region,
            }
            for e in (*gazetteer.bases, *gazetteer.regions)
        ]
        with writing(self.db):
            self.db.table("bases").upsert_all(rows, pk="id")

    @locked
    def sync_sources(self, sources: Iterable[SourceConfig]) -> None:
        """The configured sources; a source whose URL changed forgets what it knew of the
        old one (validators, the feed's title and language), so the new one is fetched whole
        and identified again."""
        with writing(self.db):
            for s in sources:
                old = self.source_state(s.name)
                row: dict[str, Any] = {"name": s.name, "kind": s.kind, "url": s.url}
                if old and old.get("url") != s.url:
                    row.update(dict.fromkeys(_URL_STATE))
                self.db.table("sources").upsert({**row, "every_s": s.every}, pk="name")

    # --- fetch state ----------------------------------------------------------------

    def source_state(self, name: str) -> dict[str, Any]:
        """A source's fetch state as last committed (for the event loop: no lock wait)."""
        with self.read_lock, sqlite_errors(self.path):
            return _source_state(self.reader, name)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of `urls` are stored already (for the event loop: no lock wait)."""
        with self.read_lock, sqlite_errors(self.path):
            return _known(self.reader, urls)

    @locked
    def record_poll(
        self,
        name: str,
        *,
        now: datetime,
        status: int | None,
        error: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        last_post: int | None = None,
        seen: int = 0,
        matched: int = 0,
        refused: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Save a poll's outcome and return the source's state. Called after its articles
        are stored, so that a crash before this point makes the next poll fetch them again
        rather than lose them. `refused` are the links the link policy refused ("URL:
        reason"), counted."""
        state = _source_state(self.db, name)
        update: dict[str, Any] = {
            "first_polled": state.get("first_polled") or iso(now),
            "last_polled": iso(now),
            "last_status": status,
            "articles_seen": (state.get("articles_seen") or 0) + seen,
            "articles_matched": (state.get("articles_matched") or 0) + matched,
        }
        if error is None:
            update.update(last_ok=iso(now), failures=0, last_error=None)
            if status != 304:
                update.update(etag=etag, last_modified=last_modified)
            if last_post is not None:  # a channel's newest post read: the next poll's start
                update.update(last_post=last_post)
        else:
            update.update(failures=(state.get("failures") or 0) + 1, last_error=error)
        denied = status in REFUSED  # the server refused us: counted apart from failures
        update["refused_polls"] = (state.get("refused_polls") or 0) + 1 if denied else 0
        if seen:
            update.update(last_new=iso(now), silence_alerted=None)
        if refused:
            count = (state.get("links_refused") or 0) + len(refused)
            update.update(links_refused=count, last_refused=refused[-1])
        with writing(self.db):
            self.db.table("sources").update(name, update)
        return {**state, **update}

    @locked
    def record_feed(self, name: str, now: datetime, **feed: str | None) -> None:
        """What the source's document says it is (`title`, `language`), from its first
        successful fetch, and why that is not what the source is for (`warning`, or None)."""
        update = {f"feed_{key}": feed.get(key) for key in ("title", "language", "warning")}
        with writing(self.db):
            self.db.table("sources").update(name, {**update, "feed_seen": iso(now)})

    # --- reports --------------------------------------------------------------------

    @locked
    def store_report(
        self,
        article: Article,
        detection: Detection,
        *,
        now: datetime,
        channels: list[ChannelConfig],
        alerts: AlertsConfig,
        min_confidence: float,
    ) -> Stored:
        """Store an article and what the matcher found in it, group it, queue alerts."""
        with writing(self.db):
            if _known(self.db, [article.url]):
                row = next(self.db.table("articles").rows_where("url = ?", [article.url]))
                return Stored(article_id=row["id"], new=False)
            article_id = self._insert_article(article, now)
            insert_detection(self.db, article_id, detection, now)
            if not detection.attack or detection.confidence < min_confidence:
                return Stored(article_id=article_id, new=True)
            if detection.attack_date is None:
                return Stored(article_id=article_id, new=True)
            add_article_reports(self.db, article_id, article, detection)
            changed = regroup(self.db, detection.attack_date, now)
            touched = tuple(
                sorted(
                    {
                        r[0]
                        for r in self.db.execute(
                            "select incident_id from reports where article_id = ?", [article_id]
                        ).fetchall()
                    }
                )
            )
            queued = sum(
                self.outbox.queue_alerts(incident, channels, alerts, now) for incident in changed
            )
            return Stored(article_id=article_id, new=True, incidents=touched, alerts=queued)

    def _insert_article(self, article: Article, now: datetime) -> int:
        table = self.db.table("articles")
        table.insert(
            {
                "url": article.url,
                "source": article.source,
                "title": article.title,
                "published": iso(article.published),
                "fetched_at": iso(now),
                "language": article.language,
                "text": article.text,
                "content_hash": content_hash(article.text),
            }
        )
        assert table.last_pk is not None
        return int(table.last_pk)

    @locked
    def incidents(self, limit: int = 50) -> list[dict[str, Any]]:
        return list(
            self.db.table("incidents").rows_where(
                "merged_into is null", order_by="attack_date desc, first_seen desc", limit=limit
            )
        )

    @locked
    def incident(self, incident_id: str) -> dict[str, Any] | None:
        rows = list(self.db.table("incidents").rows_where("id = ?", [incident_id]))
        return rows[0] if rows else None

    @locked
    def incident_sources(self, incident_id: str) -> list[dict[str, Any]]:
        sql = (
            "select a.url, a.title, a.source, a.published, d.evidence from incident_articles ia "
            "join articles a on a.id = ia.article_id left join detections d "
            "on d.article_id = a.id where ia.incident_id = ? order by ia.added_at, a.id"
        )
        cursor = self.db.execute(sql, [incident_id])
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]

    @locked
    def set_next_due(self, name: str, when: datetime | None) -> None:
        with writing(self.db):
            self.db.table("sources").update(name, {"next_due": iso(when)})

    @locked
    def sources(self) -> list[dict[str, Any]]:
        return list(self.db.table("sources").rows_where(order_by="name"))

    @locked
    def mark_silence(self, name: str, now: datetime) -> None:
        with writing(self.db):
            self.db.table("sources").update(name, {"silence_alerted": iso(now)})

    @locked
    def counts(self) -> dict[str, int]:
        return {
            t: self.db[t].count
            for t in ("sources", "articles", "detections", "incidents", "alerts")
        }

    # --- upkeep ---------------------------------------------------------------------

    def prune_unmatched(self, keep_days: float, now: datetime) -> int:
        """Drop the text of articles that matched nothing and were fetched more than
        `keep_days` ago, a batch per transaction; returns how many."""
        total = 0
        while True:
            with self.lock, sqlite_errors(self.path):
                done = upkeep.prune_batch(self.db, keep_days=keep_days, now=now)
            if not done:
                return total
            total += done

    @locked
    def probe(self, now: datetime) -> None:
        """Raise ArchiveUnwritableError unless a few pages can be written and committed."""
        upkeep.probe(self.db, now)

    @locked
    def record_check(self, now: datetime, problems: list[str]) -> None:
        with writing(self.db):
            upkeep.record(self.db, "quick_check", now, "; ".join(problems) or "ok")

    @locked
    def rebuild_index(self) -> None:
        upkeep.rebuild_index(self.db)
