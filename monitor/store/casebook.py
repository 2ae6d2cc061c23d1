"""Incidents in the archive: reports are stored one per attacked place, then the incidents
around their date are regrouped from all the reports there (monitor.detect.incidents.group), so the
result does not depend on the order reports arrived in. Runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from monitor.detect.incidents import EARLIER_DAYS, Group, Report, group, incident_id
from monitor.models import Detection

WINDOW = 3  # days around a report's date that regrouping looks at
_MOST_WIDENINGS = 8  # times the window grows to take in whole incidents
# facts whose change is worth an update alert
MATERIAL = ("killed", "injured", "claimed_by", "intercepted", "confirmed", "official")
# where and when: a change corrects what channels were told, and is sent at once
WHERE_WHEN = ("place_id", "place_name", "attack_date")
# a day told is corrected once this many more reports give the new day than the day told:
# reports of one attack split on its day arrive in any order, and one more on the other side
# is no news
DAY_MARGIN = 2


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


def add_reports(db: Database, article_id: int, d: Detection, *, content: str, source: str) -> None:
    """One report row per place the detection names."""
    regions = {r["id"]: r["region"] for r in _rows(db, "select id, region from bases")}
    for place in d.places:
        db.table("reports").insert(
            {
                "article_id": article_id,
                "place_id": place.id,
                "region": place.id if place.is_region else regions.get(place.id),
                "is_region": int(place.is_region),
                "attack_date": d.attack_date.isoformat() if d.attack_date else None,
                "day_stated": int(d.day_stated),
                "earlier": int(d.earlier),
                "weapons": json.dumps(sorted(d.weapons)),
                "content_hash": content,
                "source": source,
                "confidence": d.confidence,
            },
            ignore=True,
        )


def _report(row: dict[str, Any]) -> Report:
    return Report(
        key=f"{row['article_id']}:{row['place_id']}",
        place_id=row["place_id"],
        attack_date=date.fromisoformat(row["attack_date"]),
        weapons=frozenset(json.loads(row["weapons"] or "[]")),
        region=row["region"],
        is_region=bool(row["is_region"]),
        content=row["content_hash"] or "",
        source=row["source"] or "",
        day_stated=row.get("day_stated") != 0,  # unknown in archives older than the column
        earlier=bool(row.get("earlier")),
    )


def _confidence(reports: list[dict[str, Any]]) -> float:
    """Rises with independent sources: the best report of each text and outlet counts."""
    best: dict[tuple[str, str], float] = {}
    for r in reports:
        key = (r["content_hash"] or str(r["article_id"]), r["source"] or str(r["article_id"]))
        best[key] = max(best.get(key, 0.0), r["confidence"])
    by_outlet: dict[str, float] = {}
    for (_, outlet), value in best.items():
        by_outlet[outlet] = max(by_outlet.get(outlet, 0.0), value)
    doubt = 1.0
    for value in by_outlet.values():
        doubt *= 1.0 - value
    return round(min(0.999, 1.0 - doubt), 3)


def _facts(db: Database, article_ids: list[int]) -> dict[str, Any]:
    marks = ",".join("?" * len(article_ids))
    rows = _rows(
        db,
        "select projectiles, killed, injured, intercepted, claimed_by, confirmed, official "
        f"from detections where article_id in ({marks}) order by article_id",
        article_ids,
    )

    def most(key: str) -> int | None:
        values = [r[key] for r in rows if r[key] is not None]
        return max(values) if values else None

    claims = [r["claimed_by"] for r in rows if r["claimed_by"]]
    intercepted = [r["intercepted"] for r in rows if r["intercepted"] is not None]
    return {
        "projectiles": most("projectiles"),
        "killed": most("killed"),
        "injured": most("injured"),
        "intercepted": int(any(intercepted)) if intercepted else None,
        "claimed_by": claims[0] if claims else None,
        # one report that is more than a group's claim confirms the attack
        "confirmed": int(any(r["confirmed"] for r in rows)),
        "official": int(any(r["official"] for r in rows)),
        "first_published": _first_published(db, article_ids),
    }


def _first_published(db: Database, article_ids: list[int]) -> str | None:
    """When the first of these reports was published, in UTC; only reports dated to the
    minute count (a date alone says nothing of how fast an alert followed)."""
    marks = ",".join("?" * len(article_ids))
    found = db.execute(
        f"select published from articles where id in ({marks}) and published like '%T%'",
        article_ids,
    ).fetchall()
    times = [datetime.fromisoformat(r[0]) for r in found]
    aware = [t.astimezone(UTC) for t in times if t.tzinfo is not None]
    return min(aware).isoformat() if aware else None


def _summary(db: Database, g: Group, rows: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    place = _rows(db, "select * from bases where id = ?", [g.place_id])
    info = place[0] if place else {"name": g.place_id, "country": None}
    return {
        "place_id": g.place_id,
        "place_name": info["name"],
        "country": info["country"],
        "latitude": info.get("latitude"),
        "longitude": info.get("longitude"),
        "attack_date": g.attack_date.isoformat(),
        "day_stated": int(g.day_stated),
        "weapons": json.dumps(sorted(g.weapons)),
        "confidence": _confidence(rows),
        "reports": len({r["article_id"] for r in rows}),
        "sources": g.independent,
        **_facts(db, sorted({r["article_id"] for r in rows})),
    }


def _reports_between(db: Database, start: date, end: date) -> list[dict[str, Any]]:
    sql = "select * from reports where attack_date between ? and ?"
    return _rows(db, sql, [start.isoformat(), end.isoformat()])


def regroup(db: Database, around: date, now: datetime) -> list[str]:
    """Regroup every report within WINDOW days of `around`, with every other report of the
    incidents they are in; returns the ids of incidents created or changed."""
    start, end = around - timedelta(days=WINDOW), around + timedelta(days=WINDOW)
    rows = _reports_between(db, start, end)
    if any(r.get("earlier") for r in rows):  # a follow-up: the attacks it may follow too
        start -= timedelta(days=EARLIER_DAYS)
        rows = _reports_between(db, start, end)
    rows = _whole(db, rows, start, end)
    by_key = {f"{r['article_id']}:{r['place_id']}": r for r in rows}
    groups = group(_report(r) for r in rows)
    members_of = [[by_key[r.key] for r in g.reports] for g in groups]
    keepers = _keepers(db, groups, members_of)
    taken = {r["id"] for r in _rows(db, "select id from incidents")}
    settled = {k for k in keepers if k}  # kept or absorbed by a group of this pass
    changed: list[str] = []
    for g, members, kept in zip(groups, members_of, keepers, strict=True):
        keep = kept or incident_id(g.place_id, g.attack_date, taken)
        taken.add(keep)
        # incidents no group continues are absorbed by the first they are in
        existing = sorted({m["incident_id"] for m in members if m["incident_id"]} - settled)
        settled.update(existing, [keep])
        summary = _summary(db, g, members, now)
        if _save(db, keep, summary, now):
            changed.append(keep)
        for m in members:
            if m["incident_id"] != keep:
                db.execute(
                    "update reports set incident_id = ? where article_id = ? and place_id = ?",
                    [keep, m["article_id"], m["place_id"]],
                )
            db.execute(
                "insert or ignore into incident_articles (incident_id, article_id, added_at) "
                "values (?, ?, ?)",
                [keep, m["article_id"], now.isoformat()],
            )
        for other in existing:
            _absorb(db, other, keep)
    _unlink_moved(db, sorted(settled))
    return changed


def _whole(
    db: Database, rows: list[dict[str, Any]], start: date, end: date
) -> list[dict[str, Any]]:
    """`rows`, the reports from `start` to `end`, with every other report of the incidents
    they are in: a group cut by the window's edge would be saved as its incident with only
    the reports inside (a later attack nearby once left an incident with its last report and
    that report's day). The window widens until it holds the incidents whole."""
    for _ in range(_MOST_WIDENINGS):
        incidents = sorted({r["incident_id"] for r in rows if r["incident_id"]})
        if not incidents:
            break
        marks = ",".join("?" * len(incidents))
        first, last = db.execute(
            "select min(attack_date), max(attack_date) from reports "
            f"where incident_id in ({marks})",
            incidents,
        ).fetchone()
        if date.fromisoformat(first) >= start and date.fromisoformat(last) <= end:
            break
        start, end = min(start, date.fromisoformat(first)), max(end, date.fromisoformat(last))
        rows = _reports_between(db, start, end)
    return rows


def _unlink_moved(db: Database, incidents: list[str]) -> None:
    """An incident lists the articles of its reports: those whose reports moved to another
    incident no longer belong to it."""
    if incidents:
        marks = ",".join("?" * len(incidents))
        db.execute(
            f"delete from incident_articles where incident_id in ({marks}) and not exists "
            "(select 1 from reports r where r.article_id = incident_articles.article_id "
            "and r.incident_id = incident_articles.incident_id)",
            incidents,
        )


def _keepers(
    db: Database, groups: list[Group], members_of: list[list[dict[str, Any]]]
) -> list[str | None]:
    """The incident each group continues, of those its reports were in: the group holding
    most of an incident's reports continues it, first among groups of the incident's own
    place (reports of a region that move to another base's attack do not take the incident
    they were in along), then any; among equals, the incident seen first. Each incident is
    continued by one group at most, each group continues one at most; None: a new incident."""
    held: Counter[tuple[int, str]] = Counter(
        (i, m["incident_id"]) for i, ms in enumerate(members_of) for m in ms if m["incident_id"]
    )
    keepers: list[str | None] = [None] * len(groups)
    if not held:
        return keepers
    ids = sorted({incident for _, incident in held})
    marks = ",".join("?" * len(ids))
    sql = f"select id, place_id, first_seen from incidents where id in ({marks})"
    info = {r["id"]: r for r in _rows(db, sql, ids)}
    pairs = sorted(
        (pair for pair in held if pair[1] in info),
        key=lambda p: (-held[p], info[p[1]]["first_seen"], p[1], p[0]),
    )
    used: set[str] = set()
    for same_place in (True, False):
        for i, incident in pairs:
            own = info[incident]["place_id"] == groups[i].place_id
            if keepers[i] is None and incident not in used and (own or not same_place):
                keepers[i] = incident
                used.add(incident)
    return keepers


def _save(db: Database, incident: str, summary: dict[str, Any], now: datetime) -> bool:
    """Insert or update an incident row; whether anything changed."""
    found = _rows(db, "select * from incidents where id = ?", [incident])
    if not found:
        db.table("incidents").insert(
            {"id": incident, **summary, "first_seen": now.isoformat(), "last_seen": now.isoformat()}
        )
        return True
    current = found[0]
    if all(current.get(k) == v for k, v in summary.items()):
        return False
    db.table("incidents").update(incident, {**summary, "last_seen": now.isoformat()})
    return True


def _absorb(db: Database, other: str, keep: str) -> None:
    """`other` turned out to be the same attack as `keep`: its articles and alerts move."""
    db.execute(
        "insert or ignore into incident_articles (incident_id, article_id, added_at) "
        "select ?, article_id, added_at from incident_articles where incident_id = ?",
        [keep, other],
    )
    db.execute("delete from incident_articles where incident_id = ?", [other])
    db.execute("update incidents set merged_into = ?, reports = 0 where id = ?", [keep, other])
    # channels told of `other` only were told its place and day: a different one is a correction
    db.execute(
        "update incidents set alerted_facts = coalesce(alerted_facts, "
        "(select alerted_facts from incidents where id = ?)) where id = ?",
        [other, keep],
    )
    db.execute(
        "update incidents set first_alerted = (select min(first_alerted) from incidents "
        "where id in (?, ?)) where id = ?",
        [keep, other, keep],
    )
    # a channel already told of `other` is not told of `keep` as if it were new: where `keep`'s
    # first alert still waits, `other`'s becomes `keep`'s and the waiting one stays unsent (an
    # update says what changed since)
    for waiting, told in db.execute(
        "select k.id, o.id from alerts k join alerts o on o.channel = k.channel "
        "where k.incident_id = ? and k.kind = 'new' and k.status in ('pending', 'failed', "
        "'dead') and o.incident_id = ? and o.kind = 'new' and o.status = 'sent'",
        [keep, other],
    ).fetchall():
        db.execute("update alerts set incident_id = null where id = ?", [waiting])
        db.execute("update alerts set incident_id = ? where id = ?", [keep, told])
        db.execute("update alerts set incident_id = ? where id = ?", [other, waiting])
    db.execute(
        "update or ignore alerts set incident_id = ? where incident_id = ? and kind = 'new'",
        [keep, other],
    )
    # what is left unsent was queued for `other` where `keep` has its own first alert for the
    # channel: sent, it would tell of the same attack twice (a burst of reports in one poll
    # once made three incidents, and three alerts, of one attack before they merged)
    db.execute(
        "update alerts set status = 'merged', last_error = ? "
        "where incident_id = ? and status in ('pending', 'failed', 'dead')",
        [f"not sent: the incident merged into {keep}, whose alert tells of it", other],
    )


def material(incident: dict[str, Any]) -> dict[str, Any]:
    """The facts whose change calls for an update alert: what an alert tells."""
    return {k: incident.get(k) for k in (*MATERIAL, *WHERE_WHEN)}


def told_facts(incident: dict[str, Any]) -> dict[str, Any] | None:
    """What the last alert sent for the incident told (its `material` then); None before."""
    return json.loads(incident["alerted_facts"]) if incident.get("alerted_facts") else None


def told_wrong(db: Database, incident: dict[str, Any]) -> bool:
    """Whether the place or day the last alert sent told is wrong by now: another place, or
    a day DAY_MARGIN more of the incident's reports give than the day told."""
    told = corrected(incident)
    if told is None:
        return False
    if told["place_id"] != incident["place_id"]:
        return True
    counts = dict(
        db.execute(
            "select attack_date, count(*) from reports where incident_id = ? and "
            "(day_stated or not exists (select 1 from reports r where r.incident_id = "
            "reports.incident_id and r.day_stated)) group by attack_date",
            [incident["id"]],
        ).fetchall()
    )
    new, old = counts.get(incident["attack_date"], 0), counts.get(told["attack_date"], 0)
    return new - old >= DAY_MARGIN


def corrected(incident: dict[str, Any]) -> dict[str, Any] | None:
    """The place and day the last alert sent told, when the incident now has another (more
    reports gave another day, or named the base a report of the region left out); else None."""
    told = told_facts(incident)
    if not told or "place_id" not in told:
        return None
    if all(told.get(k) == incident.get(k) for k in ("place_id", "attack_date")):
        return None
    return {k: told.get(k) for k in WHERE_WHEN}
