"""Questions users ask the archive: incidents by filter, one incident in full, counts.
Read-only SQL over the archive's plain tables (full-text search: `search`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    base: str | None = None  # gazetteer id or part of the base's name
    country: str | None = None
    weapon: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None


def rows(
    db: Database, sql: str, params: list[Any] | tuple[Any, ...] | dict[str, Any] = ()
) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params if isinstance(params, dict) else list(params))
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


# an incident, and whether its place is a region (the reports named no base)
_INCIDENT = (
    "select incidents.*, coalesce((select b.is_region from bases b where b.id = "
    "incidents.place_id), 0) as is_region from incidents"
)


def _where(f: Filters) -> tuple[str, list[Any]]:
    """The filters as a where clause over the live incidents, and its parameters."""
    where = ["merged_into is null", "confidence >= ?"]
    params: list[Any] = [f.min_confidence]
    if f.since:
        where.append("attack_date >= ?")
        params.append(f.since.isoformat())
    if f.until:
        where.append("attack_date <= ?")
        params.append(f.until.isoformat())
    if f.base:
        where.append("(place_id = ? or place_name like ? escape '\\')")
        params += [f.base, f"%{_like(f.base)}%"]
    if f.country:
        where.append("country = ? collate nocase")
        params.append(f.country)
    if f.weapon:
        where.append("exists (select 1 from json_each(incidents.weapons) where value = ?)")
        params.append(f.weapon)
    return " and ".join(where), params


def incidents(db: Database, f: Filters) -> list[dict[str, Any]]:
    """Incidents matching the filters, newest attack first; weapons as a list."""
    where, params = _where(f)
    sql = f"{_INCIDENT} where {where} order by attack_date desc, first_seen desc"
    if f.limit:
        sql += " limit ?"
        params.append(f.limit)
    found = rows(db, sql, params)
    for row in found:
        row["weapons"] = json.loads(row["weapons"] or "[]")
        row["alert_delay_s"] = alert_delay(row)
    return found


def alert_delay(incident: dict[str, Any]) -> float | None:
    """Seconds from the first report's publication to the first alert sent; None when
    either is unknown (no alert, or no report dated to the minute)."""
    published, alerted = incident.get("first_published"), incident.get("first_alerted")
    if not published or not alerted:
        return None
    delta = datetime.fromisoformat(alerted) - datetime.fromisoformat(published)
    return round(delta.total_seconds(), 1)


def _percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted `values`."""
    rank = max(1, -(-len(values) * share // 1))
    return values[int(rank) - 1]


def alert_delays(db: Database) -> dict[str, Any]:
    """Time to alert over the incidents that have one: how many, median, 95th percentile,
    and the longest, in seconds."""
    found = rows(
        db,
        "select first_published, first_alerted from incidents where merged_into is null "
        "and first_published is not null and first_alerted is not null",
    )
    delays = sorted(d for d in (alert_delay(r) for r in found) if d is not None)
    if not delays:
        return {"incidents": 0, "p50_s": None, "p95_s": None, "max_s": None}
    return {
        "incidents": len(delays),
        "p50_s": _percentile(delays, 0.5),
        "p95_s": _percentile(delays, 0.95),
        "max_s": delays[-1],
    }


def incident_count(db: Database, f: Filters = Filters()) -> int:
    """How many incidents match the filters, whatever their `limit`."""
    where, params = _where(f)
    return int(db.execute(f"select count(*) from incidents where {where}", params).fetchone()[0])


def _like(text: str) -> str:
    return re.sub(r"([%_\\])", r"\\\1", text)


def incident(db: Database, incident_id: str) -> dict[str, Any] | None:
    """One incident with every source article, what each said, and when it was first seen."""
    found = rows(db, f"{_INCIDENT} where id = ?", [incident_id])
    if not found:
        return None
    result = found[0]
    result["weapons"] = json.loads(result["weapons"] or "[]")
    result["alert_delay_s"] = alert_delay(result)
    result["articles"] = rows(
        db,
        "select a.id as article_id, a.url, a.title, a.source, a.published, a.fetched_at, "
        "d.confidence, d.attack_date, d.weapons, d.projectiles, d.killed, d.injured, "
        "d.intercepted, d.claimed_by, d.confirmed, d.official, d.evidence "
        "from incident_articles ia join articles a on a.id = ia.article_id "
        "left join detections d on d.article_id = a.id where ia.incident_id = ? "
        "order by a.fetched_at, a.id",
        [incident_id],
    )
    for source in result["articles"]:
        source["weapons"] = json.loads(source["weapons"] or "[]")
        source["evidence"] = json.loads(source["evidence"] or "[]")
    return result


def stats(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Incident counts by base, country, weapon and month."""
    live = "from incidents where merged_into is null"
    return {
        "base": rows(
            db,
            f"select place_name as key, count(*) as incidents {live} group by 1 order by 2 desc, 1",
        ),
        "country": rows(
            db, f"select country as key, count(*) as incidents {live} group by 1 order by 2 desc, 1"
        ),
        "weapon": rows(
            db,
            "select value as key, count(*) as incidents from incidents, json_each(weapons) "
            "where merged_into is null group by 1 order by 2 desc, 1",
        ),
        "month": rows(
            db,
            f"select substr(attack_date, 1, 7) as key, count(*) as incidents {live} "
            "group by 1 order by 1 desc",
        ),
    }


def alert_count(db: Database, status: str | None = None) -> int:
    """How many alerts the outbox holds (in `status`)."""
    where, params = ("where status = ?", [status]) if status else ("", [])
    return int(db.execute(f"select count(*) from alerts {where}", params).fetchone()[0])


def alert_states(db: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The status and sending time of the alerts `ids` that exist."""
    marks = ",".join("?" * len(ids))
    found = rows(db, f"select id, status, sent_at from alerts where id in ({marks})", ids)
    return {r["id"]: r for r in found}
