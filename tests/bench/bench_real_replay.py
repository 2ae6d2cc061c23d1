"""Real reports as they came out: python -m tests.bench.bench_real_replay [CACHE] [--split S]

Where bench_real_alerts gives the daemon every cached real article in one poll, this replays
them in order of publication (articles without a date left out), one at a time, through the
matcher and the archive, with one chat channel whose alerts are sent as soon as they are due,
and counts what the channel was told over time, against the labels:

- first alerts: right (the base and day of a labelled attack when sent), matching no attack,
  and repeats of an attack and base already alerted (alerts at the base of an attack
  labelled without a day are counted apart, as bench_real_alerts does);
- corrections (updates telling another place or day than the last alert), by whether the
  place and day told before and after match a labelled attack; other updates, by the facts
  that changed;
- attacks whose incident ends with their base and day, at the channel's confidence.

It runs in one process, without feeds: what it measures is the archive's grouping and
alerting as reports arrive one by one, which a single poll of everything cannot show.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from monitor.config import AlertsConfig, ChannelConfig
from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article
from monitor.store.archive import Archive
from monitor.store.casebook import MATERIAL, corrected, material
from tests.bench.bench_real_alerts import _attacks, _matching, _undated, cached_rows, published_at


def _unmatched(archive: Archive, incident: dict[str, Any], undated: dict[str, set[str]]) -> str:
    """A first alert on no labelled attack: at the base of an attack labelled without a day
    (the day cannot be checked), or matching none."""
    for (url,) in archive.db.execute(
        "select a.url from incident_articles ia join articles a on a.id = ia.article_id "
        "where ia.incident_id = ?",
        [incident["id"]],
    ):
        if incident["place_id"] in undated.get(url.rsplit("/", 1)[-1].removesuffix(".html"), ()):
            return "first alert, on an attack labelled without a day"
    return "first alert, matching no attack"


def replay(rows: list[dict[str, Any]], folder: Path) -> tuple[Counter[str], int, int]:
    """What the channel was told, by kind; the attacks a first alert told right; and the
    attacks reached at the end."""
    attacks = _attacks(rows)
    undated = _undated(rows)
    dated = sorted((r for r in rows if published_at(r)), key=lambda r: (published_at(r), r["id"]))
    gazetteer = load_gazetteer()
    matcher = Matcher(gazetteer, load_terms())
    archive = Archive(folder / "replay.db")
    archive.sync_bases(gazetteer)
    chat = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
    cfg = AlertsConfig(max_age_days=0)
    told: Counter[str] = Counter()
    first: set[tuple[str, str]] = set()
    for n, row in enumerate(dated):
        published = published_at(row)
        assert published is not None
        now = published + timedelta(seconds=n)
        article = Article(
            url=f"http://{row['outlet']}/a/{row['id']}.html",
            title=row["title"],
            text=row["text"],
            published=published,
            source=row["outlet"],
        )
        detection = matcher.match(article)
        archive.store_report(
            article, detection, now=now, channels=[chat], alerts=cfg, min_confidence=0.5
        )
        for alert in archive.outbox.due_alerts(now):
            incident = archive.incident(alert["incident_id"])
            assert incident is not None
            hits = _matching(attacks, incident["place_id"], incident["attack_date"])
            if alert["kind"] == "new":
                # every attack the alert is of (one salvo may be labelled at two grains)
                keys = {(slug, incident["place_id"]) for slug in hits}
                if not keys:
                    told[_unmatched(archive, incident, undated)] += 1
                elif keys <= first:
                    told["first alert, repeat"] += 1
                else:
                    told["first alert, right"] += 1
                    first |= keys
            elif was := corrected(incident):
                before = bool(_matching(attacks, was["place_id"], was["attack_date"]))
                after = "right" if hits else "wrong"
                told[f"correction, {'right' if before else 'wrong'} to {after}"] += 1
            else:
                last = json.loads(incident["alerted_facts"] or "{}")
                facts = ", ".join(k for k in MATERIAL if last.get(k) != incident[k])
                told[f"update ({facts})"] += 1
            archive.outbox.mark_alert(
                alert["id"], {"status": "sent", "sent_at": now.isoformat()}, material(incident)
            )
    reached: set[str] = set()
    for place, day, confidence in archive.db.execute(
        "select place_id, attack_date, confidence from incidents where merged_into is null"
    ):
        if confidence >= chat.min_confidence:
            reached.update(_matching(attacks, place, day))
    archive.close()
    return told, len({slug for slug, _ in first}), len(reached)


def main() -> None:
    rows, split = cached_rows()
    with tempfile.TemporaryDirectory() as tmp:
        told, right, reached = replay(rows, Path(tmp))
    dated = sum(1 for r in rows if published_at(r))
    print(
        f"{dated} of {len(rows)} real articles ({split or 'all'}) replayed in order of publication"
    )
    for kind in sorted(k for k in told if not k.startswith("update")):
        print(f"  {kind}: {told[kind]}")
    updates = {k: v for k, v in told.items() if k.startswith("update")}
    print(f"  other updates: {sum(updates.values())}")
    for kind, count in Counter(
        {f: sum(v for k, v in updates.items() if f in k) for f in MATERIAL}
    ).most_common():
        print(f"    telling {kind}: {count}")
    attacks = len(_attacks(rows))
    print(f"attacks a first alert told with their base and day: {right}/{attacks}")
    print(f"attacks whose incident ends with their base and day: {reached}/{attacks}")
    corrections = sum(v for k, v in told.items() if k.startswith("correction"))
    summary = {
        "split": split or "all",
        "attacks": attacks,
        "told_right": right,
        "reached_at_end": reached,
        "matching_none": told["first alert, matching no attack"],
        "repeats": told["first alert, repeat"],
        "corrections": corrections,
        "corrections_right_to_wrong": told["correction, right to wrong"],
        "updates": sum(updates.values()),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
