"""Matching every stored article again with a new detector version, and regrouping the
incidents around them (`basewatch rematch`). No alert is sent. Articles whose text was
pruned (see `upkeep`) keep the detection they had: a title alone would be judged unfairly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from monitor.models import Article, Detection
from monitor.store.archive import Archive, add_article_reports, insert_detection
from monitor.store.casebook import regroup
from monitor.store.dbutil import sqlite_errors, writing


def rematch(
    archive: Archive,
    match: Callable[[Article], Detection],
    *,
    min_confidence: float,
    now: datetime,
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    """Match every stored article again and regroup the incidents. Incidents no report
    supports any more are marked `merged_into = 'withdrawn'`. Returns how many articles
    now report an attack."""
    db = archive.db
    with archive.lock, sqlite_errors(archive.path):
        ids = [
            r[0] for r in db.execute("select id from articles where pruned_at is null order by id")
        ]
    days: set[str] = set()
    attacks = 0
    for start in range(0, len(ids), 200):
        with archive.lock, sqlite_errors(archive.path), writing(db):
            for article_id in ids[start : start + 200]:
                attacks += _rematch_one(archive, article_id, match, min_confidence, now, days)
        progress(len(ids[start : start + 200]))
    with archive.lock, sqlite_errors(archive.path), writing(db):
        for day in sorted(days):
            regroup(db, date.fromisoformat(day), now)
        db.execute(
            "delete from incident_articles where not exists (select 1 from reports r "
            "where r.article_id = incident_articles.article_id "
            "and r.incident_id = incident_articles.incident_id)"
        )
        db.execute(
            "update incidents set merged_into = 'withdrawn', reports = 0 where "
            "merged_into is null and not exists "
            "(select 1 from reports r where r.incident_id = incidents.id)"
        )
    return attacks


def _article(row: dict[str, Any]) -> Article:
    published = row["published"]
    return Article(
        url=row["url"],
        title=row["title"] or "",
        text=row["text"] or "",
        published=datetime.fromisoformat(published)
        if published and "T" in published
        else (date.fromisoformat(published) if published else None),
        source=row["source"] or "",
    )


def _rematch_one(
    archive: Archive,
    article_id: int,
    match: Callable[[Article], Detection],
    min_confidence: float,
    now: datetime,
    days: set[str],
) -> int:
    db = archive.db
    article = _article(db.table("articles").get(article_id))
    detection = match(article)
    old = db.execute(
        "select place_id, attack_date, incident_id from reports where article_id = ?",
        [article_id],
    ).fetchall()
    days.update(r[1] for r in old if r[1])
    db.execute("delete from reports where article_id = ?", [article_id])
    db.execute("delete from detections where article_id = ?", [article_id])
    insert_detection(db, article_id, detection, now)
    if not detection.attack or detection.confidence < min_confidence:
        return 0
    if detection.attack_date is None:
        return 1
    add_article_reports(db, article_id, article, detection)
    for place_id, _, incident in old:  # a report that stays keeps its incident's id
        db.execute(
            "update reports set incident_id = ? where article_id = ? and place_id = ?",
            [incident, article_id, place_id],
        )
    days.add(detection.attack_date.isoformat())
    return 1
