"""Plain-text and JSON views of archive rows for the CLI."""

from __future__ import annotations

from typing import Any

from monitor.detect.incidents import UNSTATED_DAY
from monitor.models import Detection
from monitor.query.formats import duration, short_time, to_table
from monitor.query.records import incident_listing


def incident_table(rows: list[dict[str, Any]]) -> str:
    """Incidents as the table `basewatch incidents` prints (for `basewatch demo`)."""
    listing = incident_listing(rows)
    return to_table(listing) if rows else listing.note()


def detection_json(article_id: str, d: Detection) -> dict[str, Any]:
    """The stable `basewatch match` output contract, plus extra fields after it."""
    return {
        "id": article_id,
        "attack": d.attack,
        "confidence": round(d.confidence, 3),
        "bases": [p.as_dict() for p in d.bases],
        "attack_date": d.attack_date.isoformat() if d.attack_date else None,
        "weapons": list(d.weapons),
        "evidence": [e.sentence for e in d.evidence],
        "region": d.region.as_dict() if d.region else None,
        "places": [
            {**p.as_dict(), "lat": p.lat, "lon": p.lon, "is_region": p.is_region} for p in d.places
        ],
        "projectiles": d.projectiles,
        "intercepted": d.intercepted,
        "killed": d.killed,
        "injured": d.injured,
        "claimed_by": d.claimed_by,
        "confirmed": d.confirmed,
        "official": d.official,
        "day_stated": d.day_stated,
        "earlier": d.earlier,
    }


def incident_detail(incident: dict[str, Any]) -> str:
    """One incident for the terminal: facts, then each source and what it said; times
    local, to the minute."""
    facts = [
        name if key in ("intercepted", "official") else f"{name}: {incident[key]}"
        for key, name in (
            ("projectiles", "projectiles"),
            ("intercepted", "intercepted"),
            ("killed", "killed"),
            ("injured", "injured"),
            ("claimed_by", "claimed by"),
            ("official", "confirmed by officials"),
        )
        if incident.get(key) not in (None, "", 0)
        or (key in ("killed", "injured") and incident.get(key) == 0)
    ]
    if incident.get("claimed_by") and incident.get("confirmed") == 0:
        facts.append("not confirmed: known only from the claim")
    lines = [
        f"{incident['id']}",
        f"  {', '.join(incident['weapons']) or 'attack'} on {incident['place_name']} "
        f"({incident['country']}) on {incident['attack_date']}"
        + (f" ({UNSTATED_DAY})" if incident.get("day_stated") == 0 else ""),
        f"  at {incident['latitude']}, {incident['longitude']}",
        f"  confidence {incident['confidence']:.2f}; {incident['reports']} report(s), "
        f"{incident.get('sources') or incident['reports']} independent; first seen "
        f"{short_time(incident['first_seen'])}",
    ]
    if incident.get("alert_delay_s") is not None:
        lines.append(
            f"  first report published {short_time(incident['first_published'])}, first alert "
            f"sent {short_time(incident['first_alerted'])}: "
            f"{duration(incident['alert_delay_s'])} to alert"
        )
    if facts:
        lines.append("  " + "; ".join(facts))
    lines.append("")
    for s in incident["articles"]:
        said = [
            f"{k}={s[k]}"
            for k in ("attack_date", "projectiles", "killed", "injured", "claimed_by")
            if s.get(k) not in (None, "")
        ]
        lines.append(f"- {s['source']}: {s['title']}")
        lines.append(f"  {s['url']}")
        lines.append(
            f"  published {short_time(s['published']) or '?'}, fetched "
            f"{short_time(s['fetched_at'])}; " + ", ".join(said)
        )
        lines += [f"  > {e}" for e in s["evidence"][:2]]
    return "\n".join(lines)
