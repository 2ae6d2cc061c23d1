"""Archive query speed: python -m tests.bench.bench_archive [ARTICLES] [INCIDENTS]

Builds an archive of generated articles and incidents (default 250,000 and 10,000) in a
temporary folder with the real schema, then times full-text searches and incident queries
as `basewatch search` and `basewatch incidents` run them, and prints p50 and p95.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from monitor.detect.gazetteer import load_gazetteer
from monitor.query import queries
from monitor.store.archive import Archive
from tests.bench.firehose import firehose

WORDS = [
    "rockets",
    "drone",
    "Katyusha",
    "budget",
    "election",
    "harvest",
    "coalition",
    "airport",
    "ministers",
    "outbreak",
    "storm",
    "satellite",
    "Erbil",
    "Anbar",
    "Basra",
    "river",
]


def build(path: Path, articles: int, incidents: int) -> Archive:
    archive = Archive(path)
    gazetteer = load_gazetteer()
    archive.sync_bases(gazetteer)
    db = archive.db
    rows: Iterator[dict[str, Any]] = (
        {
            "url": a.url,
            "source": f"outlet-{i % 60}",
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "fetched_at": "2026-01-01T00:00:00+00:00",
            "text": a.text[:1500],
        }
        for i, a in enumerate(firehose(articles, seed=11))
    )
    with db.atomic():
        db.table("articles").insert_all(rows, batch_size=5000)
    rng = random.Random(5)
    bases = [e.place for e in gazetteer.bases]
    start = date(2019, 1, 1)
    with db.atomic():
        db.table("incidents").insert_all(
            (
                {
                    "id": f"inc-{i}",
                    "place_id": (p := rng.choice(bases)).id,
                    "place_name": p.name,
                    "country": p.country,
                    "latitude": p.lat,
                    "longitude": p.lon,
                    "attack_date": (start + timedelta(days=rng.randrange(2500))).isoformat(),
                    "weapons": rng.choice(['["rocket"]', '["drone"]', '["missile"]', '["mortar"]']),
                    "confidence": round(rng.uniform(0.5, 1), 3),
                    "reports": rng.randint(1, 12),
                    "first_seen": "2026-01-01T00:00:00+00:00",
                    "last_seen": "2026-01-01T00:00:00+00:00",
                }
                for i in range(incidents)
            ),
            batch_size=5000,
        )
    return archive


def timed(query: Callable[[Any], object], args: list[Any]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of `query` over `args`."""
    took = []
    for arg in args:
        t0 = time.perf_counter()
        query(arg)
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return statistics.median(took), took[int(len(took) * 0.95) - 1]


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 250_000
    incidents = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        archive = build(Path(tmp) / "bench.db", articles, incidents)
        size = (Path(tmp) / "bench.db").stat().st_size / 1e6
        print(
            f"built {articles} articles, {incidents} incidents in "
            f"{time.perf_counter() - t0:.0f} s ({size:.0f} MB)"
        )
        db = archive.db
        texts = [" ".join(rng.sample(WORDS, rng.randint(1, 2))) for _ in range(200)]
        p50, p95 = timed(lambda q: queries.search(db, q, 20), texts)
        print(f"full-text search (20 best, with snippets): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        bases = [r["place_id"] for r in queries.rows(db, "select distinct place_id from incidents")]
        filters = [
            queries.Filters(limit=50),
            queries.Filters(base=rng.choice(bases), limit=50),
            queries.Filters(country="Syria", since=date(2023, 10, 1), limit=50),
            queries.Filters(weapon="drone", min_confidence=0.8, limit=50),
            queries.Filters(base="asad", since=date(2024, 1, 1)),
        ]
        chosen = [rng.choice(filters) for _ in range(200)]
        p50, p95 = timed(lambda f: queries.incidents(db, f), chosen)
        print(f"incidents query (filters, newest first): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        archive.close()


if __name__ == "__main__":
    main()
