"""Grouping on real reports, without the daemon: python -m tests.bench.bench_grouping [CACHE]
[--split S]

Runs the matcher over every real article of tests/data/real whose text CACHE holds (default:
the restatements in our own words, tests/data/real/restated), turns each detection into the
reports the archive stores (one per place it names), groups them all at once with
`monitor.detect.incidents.group`, and scores the groups as `bench_real_alerts` scores the
archive's incidents for a channel at each `min_confidence`: labelled attacks reached with
their base and day, and incidents that match none. It takes seconds where the end-to-end
benchmark takes minutes, so a grouping rule can be tried on it; it does not poll, fetch or
extract pages, nor send alerts, and its figures come within an alert or two of that
benchmark's "a channel at min_confidence" line.
"""

from __future__ import annotations

import json
import time
from typing import Any

from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.incidents import Group, Report, group
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article
from monitor.store.archive import content_hash
from monitor.store.casebook import _confidence
from tests.bench.bench_real_alerts import (
    THRESHOLDS,
    _attacks,
    _matching,
    _undated,
    cached_rows,
    published_at,
    region_of,
)


def reports(rows: list[dict[str, Any]]) -> tuple[list[Report], dict[str, dict[str, Any]]]:
    """The reports the archive would store for `rows`, and for each report's key the row the
    archive keeps for it (for the incident's confidence)."""
    gazetteer = load_gazetteer()
    matcher = Matcher(gazetteer, load_terms())
    regions = region_of()
    out: list[Report] = []
    stored: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows):
        article = Article(
            url=row["url"],
            title=row["title"],
            text=row["text"],
            published=published_at(row),
            language=row.get("language"),
        )
        d = matcher.match(article)
        if not d.attack or d.attack_date is None:
            continue  # the archive groups reports by their day: one without is in no incident
        content = content_hash(row["text"])
        for place in d.places:
            key = f"{row['id']}:{place.id}"
            out.append(
                Report(
                    key=key,
                    place_id=place.id,
                    attack_date=d.attack_date,
                    weapons=frozenset(d.weapons),
                    region=place.id if place.is_region else regions.get(place.id),
                    is_region=place.is_region,
                    content=content,
                    source=row["outlet"],
                    day_stated=d.day_stated,
                    earlier=d.earlier,
                )
            )
            stored[key] = {
                "article_id": number,
                "content_hash": content,
                "source": row["outlet"],
                "confidence": d.confidence,
            }
    return out, stored


def scores(
    rows: list[dict[str, Any]], groups: list[Group], stored: dict[str, dict[str, Any]]
) -> list[tuple[float, int, int]]:
    """For each channel level: attacks reached, and incidents that match none (those on an
    attack labelled without a day, at its base, aside), as `bench_real_alerts` counts them."""
    attacks = _attacks(rows)
    undated = _undated(rows)
    out = []
    for least in THRESHOLDS:
        reached: set[str] = set()
        unmatched = 0
        for g in groups:
            if _confidence([stored[r.key] for r in g.reports]) < least:
                continue
            hits = _matching(attacks, g.place_id, g.attack_date.isoformat())
            reached.update(hits)
            told = {r.key.rsplit(":", 1)[0] for r in g.reports}
            unmatched += not hits and not any(g.place_id in undated.get(i, ()) for i in told)
        out.append((least, len(reached), unmatched))
    return out


def main() -> None:
    rows, split = cached_rows()
    started = time.process_time()
    found, stored = reports(rows)
    groups = group(found)
    levels = scores(rows, groups, stored)
    took = time.process_time() - started
    print(
        f"{len(rows)} real articles ({split or 'all'}): {len(found)} reports, {len(groups)} "
        f"incidents, {took:.0f} CPU-seconds"
    )
    print(
        "a channel at min_confidence "
        + "; ".join(f"{t:g}: {n} reached, {u} matching none" for t, n, u in levels)
        + f" (of {len(_attacks(rows))} attacks)"
    )
    print(
        json.dumps(
            {
                "split": split or "all",
                "incidents": len(groups),
                **{f"reached@{t:g}": n for t, n, _ in levels},
                **{f"unmatched@{t:g}": u for t, _, u in levels},
            }
        )
    )


if __name__ == "__main__":
    main()
