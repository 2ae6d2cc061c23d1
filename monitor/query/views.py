"""Plain-text and JSON views of archive rows for the CLI."""

from __future__ import annotations

import json
from typing import Any

from monitor.models import Detection

_COLUMNS = (
    ("attack_date", "date", 10),
    ("place_name", "base", 27),
    ("country", "country", 12),
    ("weapons", "weapons", 14),
    ("reports", "reports", 7),
    ("confidence", "conf", 5),
    ("alert_delay_s", "alert", 6),
    ("id", "incident", 40),
)


def duration(seconds: float | None) -> str:
    """47s, 3m05s, 2h10m: a time to alert for people."""
    if seconds is None:
        return ""
    whole = int(round(seconds))
    if abs(whole) < 60:
        return f"{whole}s"
    if abs(whole) < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def _cell(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if key == "weapons":
        return ",".join(value if isinstance(value, list) else json.loads(value or "[]"))
    if key == "confidence":
        return f"{value:.2f}"
    if key == "alert_delay_s":
        return duration(value)
    if key == "place_name" and value:
        return str(value).split(" (", 1)[0]  # "Erbil Air Base (Erbil International Airport)"
    return "" if value is None else str(value)


def incident_table(rows: list[dict[str, Any]]) -> str:
    """Incidents as a fixed-width table that reads well in an 80-120 column terminal."""
    if not rows:
        return "No incidents in the archive yet."
    head = "  ".join(title.ljust(width) for _, title, width in _COLUMNS).rstrip()
    lines = [head, "-" * len(head)]
    for row in rows:
        cells = [_cell(row, key)[:width].ljust(width) for key, _, width in _COLUMNS[:-1]]
        cells.append(_cell(row, _COLUMNS[-1][0]))  # the id, whole: `basewatch show` takes it
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


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
    }


def incident_detail(incident: dict[str, Any]) -> str:
    """One incident for the terminal: facts, then each source and what it said."""
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
        f"({incident['country']}) on {incident['attack_date']}",
        f"  at {incident['latitude']}, {incident['longitude']}",
        f"  confidence {incident['confidence']:.2f}; {incident['reports']} report(s), "
        f"{incident.get('sources') or incident['reports']} independent; first seen "
        f"{incident['first_seen']}",
    ]
    if incident.get("alert_delay_s") is not None:
        lines.append(
            f"  first report published {incident['first_published']}, first alert sent "
            f"{incident['first_alerted']}: {duration(incident['alert_delay_s'])} to alert"
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
            f"  published {s['published'] or '?'}, fetched {s['fetched_at']}; " + ", ".join(said)
        )
        lines += [f"  > {e}" for e in s["evidence"][:2]]
    return "\n".join(lines)
