"""Archive size and query speed: python -m tests.bench.bench_archive [ARTICLES] [--whole]

1. Size per 100,000 generated articles (two generated stories each, about 2,900
   characters of text, 2% attack reports, a detection per article), with their text, and
   after `[archive] keep_unmatched_days` pruned the unmatched ones (then VACUUM), with the
   time the daemon's pruning takes.
2. Queries on an archive of ARTICLES (default 1,000,000: about a year at 2,700 a day) and
   10,000 incidents, as the daemon leaves it with the default 30 days: the last 30 days and
   every attack report keep their text, the rest is pruned. `--whole` keeps every text.
   Times full-text searches and incident queries as `basewatch search` and `basewatch
   incidents` run them (p50, p95 of 200 each), and the start-up integrity check.

Rows are written in bulk (the full-text index filled once at the end, as `rebuild` does);
the schema, the queries, the pruning and the check are the archive's own.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.detect.gazetteer import load_gazetteer
from monitor.query import queries
from monitor.store.archive import Archive, content_hash
from monitor.store.archivefile import integrity_problems
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
YEAR = timedelta(days=365)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
KEEP_DAYS = 30


def articles(count: int) -> Iterator[tuple[int, str, str, bool, datetime]]:
    """(id, title, text, is an attack, fetched at): a year of articles up to NOW, each
    text two generated stories."""
    stream = firehose(2 * count, seed=11)
    for i in range(count):
        first, second = next(stream), next(stream)
        fetched = NOW - YEAR + YEAR * (i / count)
        yield (
            i + 1,
            first.title,
            f"{first.text} {second.text}",
            first.id.startswith("attack"),
            fetched,
        )


def load(db: sqlite3.Connection, count: int, *, prune_before: datetime | None) -> None:
    """Write `count` articles and their detections; those fetched before `prune_before`
    that are not attacks are written as pruning leaves them. Then the full-text index."""
    triggers = db.execute("select name, sql from sqlite_master where type = 'trigger'").fetchall()
    for name, _ in triggers:
        db.execute(f"drop trigger {name}")
    batch: list[tuple[Any, ...]] = []
    found: list[tuple[Any, ...]] = []
    for i, title, text, attack, fetched in articles(count):
        pruned = prune_before is not None and fetched < prune_before and not attack
        at = fetched.isoformat()
        batch.append(
            (
                i,
                f"https://news.example/{i}",
                f"outlet-{i % 60}",
                title,
                at,
                at,
                "en",
                None if pruned else text,
                content_hash(text),
                NOW.isoformat() if pruned else None,
            )
        )
        found.append((i, int(attack), 0.9 if attack else 0.01, "[]", "[]", "[]", "1", at))
        if len(batch) == 20_000:
            _write(db, batch, found)
            batch, found = [], []
    _write(db, batch, found)
    db.execute(
        "insert into articles_fts (rowid, title, text) "
        "select id, title, text from articles where pruned_at is null"
    )
    for _, sql in triggers:
        db.execute(sql)
    db.commit()


def _write(
    db: sqlite3.Connection, batch: list[tuple[Any, ...]], found: list[tuple[Any, ...]]
) -> None:
    db.executemany(
        "insert into articles (id, url, source, title, published, fetched_at, language, "
        "text, content_hash, pruned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )
    db.executemany(
        "insert into detections (article_id, attack, confidence, bases, weapons, evidence, "
        "matcher_version, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        found,
    )


def incidents(db: sqlite3.Connection, count: int) -> None:
    rng = random.Random(5)
    bases = [e.place for e in load_gazetteer().bases]
    start = date(2019, 1, 1)
    rows = []
    for i in range(count):
        p = rng.choice(bases)
        rows.append(
            (
                f"inc-{i}",
                p.id,
                p.name,
                p.country,
                p.lat,
                p.lon,
                (start + timedelta(days=rng.randrange(2500))).isoformat(),
                json.dumps([rng.choice(["rocket", "drone", "missile", "mortar"])]),
                round(rng.uniform(0.5, 1), 3),
                rng.randint(1, 12),
                NOW.isoformat(),
                NOW.isoformat(),
            )
        )
    db.executemany(
        "insert into incidents (id, place_id, place_name, country, latitude, longitude, "
        "attack_date, weapons, confidence, reports, first_seen, last_seen) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()


def build(path: Path, count: int, *, prune_before: datetime | None) -> float:
    """An archive with the real schema; returns seconds taken."""
    t0 = time.perf_counter()
    archive = Archive(path)
    archive.sync_bases(load_gazetteer())
    archive.close()
    db = sqlite3.connect(path)
    load(db, count, prune_before=prune_before)
    incidents(db, 10_000)
    db.execute("pragma wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - t0


def megabytes(path: Path) -> float:
    return path.stat().st_size / 1e6


def timed(query: Callable[[Any], object], args: list[Any]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of `query` over `args`."""
    took = []
    for arg in args:
        t0 = time.perf_counter()
        query(arg)
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return statistics.median(took), took[int(len(took) * 0.95) - 1]


def size_per_100k(tmp: Path) -> None:
    whole = tmp / "whole.db"
    took = build(whole, 100_000, prune_before=None)
    print(f"100,000 articles with their text: {megabytes(whole):.0f} MB (built in {took:.0f} s)")
    pruned = tmp / "pruned.db"
    shutil.copy(whole, pruned)
    archive = Archive(pruned)
    t0 = time.perf_counter()
    count = archive.prune_unmatched(KEEP_DAYS, NOW + YEAR)  # a year later: all are old
    took = time.perf_counter() - t0
    archive.db.execute("vacuum")
    archive.close()
    print(
        f"the same once unmatched text is pruned ({count} articles, {took:.0f} s), then "
        f"VACUUM: {megabytes(pruned):.0f} MB"
    )


def query_figures(tmp: Path, count: int, whole: bool) -> None:
    path = tmp / "big.db"
    took = build(path, count, prune_before=None if whole else NOW - timedelta(days=KEEP_DAYS))
    kept = "every text kept" if whole else f"unmatched text pruned after {KEEP_DAYS} days"
    size = megabytes(path)
    print(f"{count} articles ({kept}), 10,000 incidents: {size:.0f} MB, built in {took:.0f} s")
    t0 = time.perf_counter()
    problems = integrity_problems(path)
    took = time.perf_counter() - t0
    print(f"integrity check (quick_check, at start and daily): {took:.1f} s, {problems or 'ok'}")
    archive = Archive(path, mode="read")
    db = archive.db
    rng = random.Random(3)
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


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        size_per_100k(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        query_figures(Path(tmp), count, "--whole" in sys.argv)


if __name__ == "__main__":
    main()
