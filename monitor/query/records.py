"""Archive rows as the listing commands give them (see `formats`): the incident, its
reports, the alert outbox, counts and search hits, with the field names of `basewatch
match` (`bases`, `region`, `weapons`, `evidence`, `intercepted`, ...), real booleans, times
to the second, and none of the archive's internal columns (`merged_into`,
`alerted_facts`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from monitor.detect.incidents import UNSTATED_DAY
from monitor.query.formats import Column, Listing, duration, iso_seconds, short_time
from monitor.redact import redact

# what JSON gives of an incident, in order, after its place (`bases`, `region`)
INCIDENT_FACTS = (
    "projectiles",
    "intercepted",
    "killed",
    "injured",
    "claimed_by",
    "confirmed",
    "official",
)
# when it was first reported and first alerted, and the seconds between
TIMES = ("first_seen", "last_seen", "first_published", "first_alerted")
INCIDENT_CSV = (
    "id",
    "attack_date",
    "day_stated",
    "confidence",
    "base",
    "base_name",
    "region",
    "region_name",
    "country",
    "lat",
    "lon",
    "weapons",
    *INCIDENT_FACTS,
    "reports",
    "sources",
    *TIMES,
    "alert_delay_s",
)
_BOOLEANS = ("intercepted", "confirmed", "official")


def _short_place(name: Any) -> str:
    """ "Erbil Air Base (Erbil International Airport)" -> "Erbil Air Base"."""
    return str(name or "").split(" (", 1)[0]


INCIDENT_COLUMNS = (
    Column("attack_date", "date", 10),
    Column("place_name", "base", 27, _short_place),
    Column("country", "country", 12),
    Column("weapons", "weapons", 14),
    Column("reports", "reports", 7),
    Column("confidence", "conf", 5),
    Column("alert_delay_s", "alert", 6, duration),  # from first report to first alert
    Column("id", "incident"),  # whole: `basewatch show` takes it
)


def _weapons(value: Any) -> list[str]:
    return list(value) if isinstance(value, list | tuple) else json.loads(value or "[]")


def _facts(row: dict[str, Any]) -> dict[str, Any]:
    """The facts of an incident or a report, booleans as booleans."""
    return {
        key: (None if row.get(key) is None else bool(row[key]))
        if key in _BOOLEANS
        else row.get(key)
        for key in INCIDENT_FACTS
    }


def _place(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row.get("place_id"),
        "name": row.get("place_name"),
        "country": row.get("country"),
        "lat": row.get("latitude"),
        "lon": row.get("longitude"),
    }


def incident_record(row: dict[str, Any]) -> dict[str, Any]:
    """An incident as JSON gives it: the place as `bases` (a list, as `match` gives it) or,
    when the reports named only a region, as `region`."""
    place = _place(row)
    region = bool(row.get("is_region"))
    return {
        "id": row["id"],
        "attack_date": row.get("attack_date"),
        # False: no report says the day, it is the first report's (None: not recorded)
        "day_stated": None if row.get("day_stated") is None else bool(row["day_stated"]),
        "confidence": row.get("confidence"),
        "bases": [] if region else [place],
        "region": place if region else None,
        "weapons": _weapons(row.get("weapons")),
        **_facts(row),
        "reports": row.get("reports"),
        "sources": row.get("sources"),
        **{key: iso_seconds(row.get(key)) for key in TIMES},
        "alert_delay_s": row.get("alert_delay_s"),
    }


def incident_row(record: dict[str, Any], place_name: str | None = None) -> dict[str, Any]:
    """An incident record flat, for CSV (INCIDENT_CSV) and the table (`place_name`)."""
    base = record["bases"][0] if record["bases"] else None
    place = base or record["region"] or {}
    flat = {k: v for k, v in record.items() if k not in ("bases", "region")}
    return {
        **flat,
        "base": base and base["id"],
        "base_name": base and base["name"],
        "region": record["region"] and record["region"]["id"],
        "region_name": record["region"] and record["region"]["name"],
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "place_name": place_name or place.get("name"),
        "day_note": UNSTATED_DAY if record.get("day_stated") is False else None,
    }


def incident_listing(
    rows: Sequence[dict[str, Any]], *, total: int | None = None, empty: str = ""
) -> Listing:
    records = [incident_record(r) for r in rows]
    return Listing(
        "incidents",
        records,
        INCIDENT_COLUMNS,
        rows=[incident_row(r) for r in records],
        total=total,
        empty=empty or "No incidents in the archive yet.",
        below=(("day_note", "day"),),
        fields=INCIDENT_CSV,
    )


def report_record(row: dict[str, Any]) -> dict[str, Any]:
    """One report of an incident: the article, and what the detector read in it."""
    return {
        "id": row["article_id"],
        "source": row.get("source"),
        "title": row.get("title"),
        "url": row.get("url"),
        "published": iso_seconds(row.get("published")),
        "fetched_at": iso_seconds(row.get("fetched_at")),
        "confidence": row.get("confidence"),
        "attack_date": row.get("attack_date"),
        "weapons": _weapons(row.get("weapons")),
        "evidence": list(row.get("evidence") or []),
        **_facts(row),
    }


def incident_document(found: dict[str, Any]) -> Listing:
    """One incident in full (`show`): JSON gives the incident with its `articles`; CSV one
    row per report (its evidence a JSON array, as sentences may hold a ";")."""
    record = {**incident_record(found), "articles": [report_record(a) for a in found["articles"]]}
    rows = [
        {"incident": record["id"], **a, "evidence": json.dumps(a["evidence"], ensure_ascii=False)}
        for a in record["articles"]
    ]
    return Listing("incidents", [record], INCIDENT_COLUMNS, rows=rows, document=record)


ALERT_COLUMNS = (
    Column("id", "id"),
    Column("status", "status"),
    Column("kind", "kind"),
    Column("channel", "channel", 16),
    Column("tries", "tries"),
    Column("when", "when", 16, short_time),
    Column("attack_date", "attack", 10),
    Column("subject", "incident"),
)


ALERT_FIELDS = (
    "id",
    "status",
    "kind",
    "channel",
    "incident",
    "subject",
    "attack_date",
    "tries",
    "created_at",
    "next_try_at",
    "sent_at",
    "last_error",
)


def alert_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "status": row["status"],
        "kind": row["kind"],
        "channel": row["channel"],
        "incident": row.get("incident_id"),
        "subject": row.get("place_name"),
        "attack_date": row.get("attack_date") or None,
        "tries": row.get("tries"),
        "created_at": iso_seconds(row.get("created_at")),
        "next_try_at": iso_seconds(row.get("next_try_at")),
        "sent_at": iso_seconds(row.get("sent_at")),
        "last_error": redact(row["last_error"]) if row.get("last_error") else None,
    }


def alert_listing(rows: Sequence[dict[str, Any]], *, total: int, empty: str) -> Listing:
    records = [alert_record(r) for r in rows]
    flat = [{**r, "when": r["sent_at"] or r["next_try_at"] or r["created_at"]} for r in records]
    return Listing(
        "alerts",
        records,
        ALERT_COLUMNS,
        rows=flat,
        total=total,
        empty=empty,
        below=(("last_error", "error"),),
        fields=ALERT_FIELDS,
    )


def stats_listing(counts: dict[str, list[dict[str, Any]]], delays: dict[str, Any]) -> Listing:
    """Counts by base, country, weapon and month, and the time to alert: JSON an object of
    the breakdowns and `time_to_alert`; JSON Lines, CSV and the table one row a count (the
    time to alert as rows `by` time_to_alert, in `seconds`)."""
    rows = [
        {"by": by, "key": r["key"], "incidents": r["incidents"]}
        for by, t in counts.items()
        for r in t
    ]
    if delays["incidents"]:
        rows += [
            {
                "by": "time_to_alert",
                "key": key,
                "incidents": delays["incidents"],
                "seconds": delays[key],
            }
            for key in ("p50_s", "p95_s", "max_s")
        ]
    columns = (Column("by", "by"), Column("incidents", "incidents"), Column("key", "key"))
    return Listing(
        "incidents",
        rows,
        (*columns, Column("seconds", "time", show=duration)) if delays["incidents"] else columns,
        document={**counts, "time_to_alert": delays},
        empty="No incidents in the archive yet.",
        fields=("by", "key", "incidents", "seconds"),
    )


SEARCH_COLUMNS = (
    Column("published", "published", 16, short_time),
    Column("source", "source", 20),
    Column("title", "title"),
)


def search_listing(hits: Sequence[dict[str, Any]], *, total: int, query: str) -> Listing:
    """Articles found, best first, each with a one-line snippet, matches [in brackets]."""
    records = [
        {
            "id": h["id"],
            "published": iso_seconds(h.get("published")),
            "source": h.get("source"),
            "title": h.get("title"),
            "url": h.get("url"),
            "snippet": h.get("snippet"),
        }
        for h in hits
    ]
    return Listing(
        "articles",
        records,
        SEARCH_COLUMNS,
        total=total,
        empty=f"No article matches {query!r}.",
        below=(("snippet", ""), ("url", "")),
        fields=("id", "published", "source", "title", "url", "snippet"),
    )
