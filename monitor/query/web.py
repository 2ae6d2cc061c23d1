"""`basewatch serve`: the archive in Datasette (the optional `web` extra), with titles,
column help, canned queries and a map of incidents at their bases (datasette-cluster-map).

Datasette reads the live file while the daemon writes to it (its default mutable mode, never
`-i`); its queries run on read-only connections.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

INCIDENT_COLUMNS = {
    "id": "attack date and base: one attack, however many outlets reported it",
    "attack_date": "local date (UTC+3) of the attack, resolved from what the reports say",
    "confidence": "0-1; rises with independent sources",
    "sources": "independent sources among the reports (syndicated copies count once)",
    "merged_into": "set when this turned out to be the same attack as another incident",
}

QUERIES = {
    "latest_incidents": {
        "title": "Latest incidents",
        "description": "The 100 most recent attacks, newest first.",
        "sql": (
            "select attack_date, place_name, country, weapons, killed, injured, claimed_by, "
            "reports, confidence, id, latitude, longitude from incidents "
            "where merged_into is null order by attack_date desc, first_seen desc limit 100"
        ),
    },
    "incidents_by_base": {
        "title": "Incidents by base",
        "description": "How many attacks each base has had, and the latest.",
        "sql": (
            "select place_name, country, count(*) as incidents, max(attack_date) as latest, "
            "latitude, longitude from incidents where merged_into is null "
            "group by place_id order by incidents desc"
        ),
    },
    "search_articles": {
        "title": "Search articles",
        "description": "Full-text search over every stored article (FTS5 syntax).",
        "sql": (
            "select a.published, a.source, a.title, "
            "snippet(articles_fts, 1, '<b>', '</b>', ' ... ', 20) as snippet, a.url "
            "from articles_fts join articles a on a.rowid = articles_fts.rowid "
            "where articles_fts match :q order by rank limit 50"
        ),
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for an archive opened under the name `database`."""
    return {
        "title": "basewatch archive",
        "description": (
            "Attacks by rockets, drones, missiles and mortars on bases hosting US-led "
            "coalition forces, with every report of them."
        ),
        "databases": {
            database: {
                "tables": {
                    "incidents": {
                        "title": "Incidents",
                        "description": "One row per attack; the map shows them at their bases.",
                        "columns": INCIDENT_COLUMNS,
                        "sort_desc": "attack_date",
                        "facets": ["country", "place_name"],
                    },
                    "articles": {
                        "title": "Articles",
                        "description": "Every stored article, with its extracted text.",
                        "columns": {"url": "canonical URL", "source": "the source's name"},
                    },
                    "detections": {
                        "description": "What the detector found in each article.",
                    },
                    "bases": {"description": "The gazetteer: bases and regions."},
                    "alerts": {"description": "The outbox: every alert and its delivery."},
                    "sources": {"description": "Each source's fetch state and health."},
                },
                "queries": QUERIES,
            }
        },
        "plugins": {
            "datasette-cluster-map": {
                "latitude_column": "latitude",
                "longitude_column": "longitude",
            }
        },
    }


def write_metadata(archive: Path, into: Path) -> Path:
    path = into / "metadata.json"
    path.write_text(json.dumps(metadata(archive.stem), indent=2), encoding="utf-8")
    return path
