"""Incidents as GeoJSON: points at their bases (the other formats are `formats`')."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def to_geojson(records: Sequence[dict[str, Any]]) -> str:
    """A FeatureCollection of incident records (`records.incident_record`) as points at
    their place, longitude first as RFC 7946 says; incidents without coordinates are left
    out: GeoJSON has no place for them."""
    features = []
    for record in records:
        place = record["bases"][0] if record["bases"] else record["region"] or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": record["id"],
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": record,
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
