"""Incidents as CSV, JSON and GeoJSON, with base coordinates."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

COLUMNS = (
    "id",
    "attack_date",
    "place_id",
    "place_name",
    "country",
    "latitude",
    "longitude",
    "weapons",
    "projectiles",
    "intercepted",
    "killed",
    "injured",
    "claimed_by",
    "confirmed",
    "official",
    "confidence",
    "reports",
    "sources",
    "first_seen",
    "last_seen",
    "first_published",
    "first_alerted",
)


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return {c: row.get(c) for c in COLUMNS}


def to_csv(incidents: list[dict[str, Any]]) -> str:
    """One row per incident; weapons joined with ";"."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in incidents:
        record = _record(row)
        record["weapons"] = ";".join(row.get("weapons") or [])
        writer.writerow(record)
    return out.getvalue()


def to_json(incidents: list[dict[str, Any]]) -> str:
    return json.dumps([_record(r) for r in incidents], ensure_ascii=False, indent=2)


def to_geojson(incidents: list[dict[str, Any]]) -> str:
    """A FeatureCollection of points at the bases (incidents without coordinates are left
    out: GeoJSON has no place for them)."""
    features = [
        {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": {
                k: v for k, v in _record(row).items() if k not in ("latitude", "longitude")
            },
        }
        for row in incidents
        if row.get("latitude") is not None and row.get("longitude") is not None
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


FORMATS = {"csv": to_csv, "json": to_json, "geojson": to_geojson}
