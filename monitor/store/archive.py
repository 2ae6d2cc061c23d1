"""The archive: one SQLite file (WAL), written by one process through sqlite-utils.

An article, its detection, the incident it joins and the alerts that change calls for are
written in one transaction, so a crash leaves either all of them or none (the outbox).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from monitor.config import AlertsConfig, ChannelConfig, SourceConfig
from monitor.detect.gazetteer import Gazetteer
from monitor.detect.text import normalise
from monitor.errors import ArchiveError
from monitor.models import Article, Detection
from monitor.store.casebook import add_reports, regroup
from monitor.store.dbutil import iso, locked
from monitor.store.migrations import migrations
from monitor.store.outbox import Outbox

logger = logging.getLogger(__name__)
MATCHER_VERSION = "1"
REFUSED = (401, 403)  # the server refuses us, rather than failing
# what a source knows of its URL's document
_URL_STATE = ("etag", "last_modified", "feed_title", "feed_language", "feed_seen", "feed_warning")


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:32]


def lead_fingerprint(text: str, words: int = 40) -> str:
    """The same for syndicated copies of one story, which keep its lead but not always its
    ending or page furniture; different for stories written apart."""
    return hashlib.sha256(" ".join(normalise(text).split()[:words]).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Stored:
    """What storing one report did."""

    article_id: int
    new: bool
    incidents: tuple[str, ...] = ()
    alerts: int = 0


class Archive:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            self.db = Database(conn)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            migrations.apply(self.db)
            self.outbox = Outbox(self.db, self.lock)
        except (OSError, sqlite3.Error) as exc:
            raise ArchiveError(
                f"cannot open the archive {path}: {exc}",
                hint="check [archive] path: its folder must be writable by this user",
            ) from exc

    @locked
    def close(self) -> None:
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
        with self.db.atomic():
            self.db.table("bases").upsert_all(rows, pk="id")

    @locked
    def sync_sources(self, sources: Iterable[SourceConfig]) -> None:
        """The configured sources; a source whose URL changed forgets what it knew of the
        old one (validators, the feed's title and language), so the new one is fetched whole
        and identified again."""
        with self.db.atomic():
            for s in sources:
                old = self.source_state(s.name)
                row: dict[str, Any] = {"name": s.name, "kind": s.kind, "url": s.url}
                if old and old.get("url") != s.url:
                    row.update(dict.fromkeys(_URL_STATE))
                self.db.table("sources").upsert({**row, "every_s": s.every}, pk="name")

    # --- fetch state ----------------------------------------------------------------

    @locked
    def source_state(self, name: str) -> dict[str, Any]:
        rows = list(self.db.table("sources").rows_where("name = ?", [name]))
        return rows[0] if rows else {}

    @locked
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        urls = list(urls)
        known: set[str] = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"select url from articles where url in ({marks})"
            known.update(row[0] for row in self.db.execute(sql, chunk).fetchall())
        return known

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
        state = self.source_state(name)
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
        with self.db.atomic():
            self.db.table("sources").update(name, update)
        return {**state, **update}

    @locked
    def record_feed(self, name: str, now: datetime, **feed: str | None) -> None:
        """What the source's document says it is (`title`, `language`), from its first
        successful fetch, and why that is not what the source is for (`warning`, or None)."""
        update = {f"feed_{key}": feed.get(key) for key in ("title", "language", "warning")}
        with self.db.atomic():
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
        with self.db.atomic():
            existing = self.known_urls([article.url])
            if existing:
                row = next(self.db.table("articles").rows_where("url = ?", [article.url]))
                return Stored(article_id=row["id"], new=False)
            article_id = self._insert_article(article, now)
            self._insert_detection(article_id, detection, now)
            if not detection.attack or detection.confidence < min_confidence:
                return Stored(article_id=article_id, new=True)
            if detection.attack_date is None:
                return Stored(article_id=article_id, new=True)
            self._add_reports(article_id, article, detection)
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

    def _add_reports(self, article_id: int, article: Article, detection: Detection) -> None:
        """One report row per attacked place; syndicated copies share a lead fingerprint."""
        add_reports(
            self.db,
            article_id,
            detection,
            content=lead_fingerprint(article.text),
            source=article.source,
        )

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

    def _insert_detection(self, article_id: int, d: Detection, now: datetime) -> None:
        self.db.table("detections").insert(
            {
                "article_id": article_id,
                "attack": int(d.attack),
                "confidence": d.confidence,
                "bases": json.dumps([p.id for p in d.bases]),
                "region": d.region.id if d.region else None,
                "attack_date": iso(d.attack_date),
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

    def rematch(
        self,
        match: Callable[[Article], Detection],
        *,
        min_confidence: float,
        now: datetime,
        progress: Callable[[int], None] = lambda n: None,
    ) -> int:
        """Match every stored article again (a new detector version) and regroup the
        incidents; no alert is sent. Incidents no report supports any more are marked
        `merged_into = 'withdrawn'`. Returns how many articles now report an attack."""
        ids = [r[0] for r in self.db.execute("select id from articles order by id").fetchall()]
        days: set[str] = set()
        attacks = 0
        for start in range(0, len(ids), 200):
            with self.lock, self.db.atomic():
                for article_id in ids[start : start + 200]:
                    attacks += self._rematch_one(article_id, match, min_confidence, now, days)
            progress(len(ids[start : start + 200]))
        with self.lock, self.db.atomic():
            for day in sorted(days):
                regroup(self.db, date.fromisoformat(day), now)
            self.db.execute(
                "delete from incident_articles where not exists (select 1 from reports r "
                "where r.article_id = incident_articles.article_id "
                "and r.incident_id = incident_articles.incident_id)"
            )
            self.db.execute(
                "update incidents set merged_into = 'withdrawn', reports = 0 where "
                "merged_into is null and not exists "
                "(select 1 from reports r where r.incident_id = incidents.id)"
            )
        return attacks

    def _rematch_one(
        self,
        article_id: int,
        match: Callable[[Article], Detection],
        min_confidence: float,
        now: datetime,
        days: set[str],
    ) -> int:
        row = self.db.table("articles").get(article_id)
        published = row["published"]
        article = Article(
            url=row["url"],
            title=row["title"] or "",
            text=row["text"] or "",
            published=datetime.fromisoformat(published)
            if published and "T" in published
            else (date.fromisoformat(published) if published else None),
            source=row["source"] or "",
        )
        detection = match(article)
        old = self.db.execute(
            "select place_id, attack_date, incident_id from reports where article_id = ?",
            [article_id],
        ).fetchall()
        days.update(r[1] for r in old if r[1])
        self.db.execute("delete from reports where article_id = ?", [article_id])
        self.db.execute("delete from detections where article_id = ?", [article_id])
        self._insert_detection(article_id, detection, now)
        if not detection.attack or detection.confidence < min_confidence:
            return 0
        if detection.attack_date is None:
            return 1
        self._add_reports(article_id, article, detection)
        for place_id, _, incident in old:  # a report that stays keeps its incident's id
            self.db.execute(
                "update reports set incident_id = ? where article_id = ? and place_id = ?",
                [incident, article_id, place_id],
            )
        days.add(detection.attack_date.isoformat())
        return 1

    @locked
    def set_next_due(self, name: str, when: datetime | None) -> None:
        with self.db.atomic():
            self.db.table("sources").update(name, {"next_due": iso(when)})

    @locked
    def sources(self) -> list[dict[str, Any]]:
        return list(self.db.table("sources").rows_where(order_by="name"))

    @locked
    def mark_silence(self, name: str, now: datetime) -> None:
        with self.db.atomic():
            self.db.table("sources").update(name, {"silence_alerted": iso(now)})

    @locked
    def counts(self) -> dict[str, int]:
        return {
            t: self.db[t].count
            for t in ("sources", "articles", "detections", "incidents", "alerts")
        }
