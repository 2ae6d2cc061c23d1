"""End to end on real reports: python -m tests.bench.bench_real_alerts [CACHE] [--split S]
[--keep] (keeps the archive as var/bench-real-alerts.db)

Serves every real article of tests/data/real whose text CACHE holds (default: the
restatements in our own words, tests/data/real/restated; var/real for the pages) from its
outlet's RSS feed, each outlet on its own loopback address, runs `basewatch run --once` over
all of them with one chat channel at a local webhook receiver, and counts, against the labels:

- attacks reached: labelled attacks (with a known day) that got a "new" alert with one of
  their bases (or their region) and their day; an attack labelled only by its region on a
  day when a base of that region is labelled attacked is counted once, as that base's;
- alerts that match no attack: "new" alerts whose base and day match no labelled attack,
  apart from those on an attack labelled without a day, at its base (counted apart: the
  base can be checked, the day cannot);
- repeats: "new" alerts beyond the first for an attack and base already alerted (an attack
  on two bases is alerted once for each);
- and what a channel at other `min_confidence` levels would have been told, from the
  archive's incidents.

What reached the webhook is checked against what the archive records as sent.
"""

from __future__ import annotations

import html
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from monitor.demo.server import LoopbackServer, WebhookReceiver, serving
from monitor.detect.evaluation import _published, load_corpus
from monitor.detect.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
PORT = 18_766
IRAQ = timezone(timedelta(hours=3))  # a date-only publication is noon, local time


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        outlets: dict[str, list[dict[str, Any]]] = self.server.outlets  # type: ignore[attr-defined]
        host = self.server.server_address[0]  # type: ignore[index]
        rows = outlets.get(host, [])
        if self.path == "/feed.xml":
            self._send(200, _feed(host, rows), "application/rss+xml")
        elif self.path.startswith("/a/") and (row := _find(rows, self.path[3:])):
            self._send(200, _page(row), "text/html; charset=utf-8")
        else:
            self._send(404, b"")

    def _send(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _find(rows: list[dict[str, Any]], ident: str) -> dict[str, Any] | None:
    return next((r for r in rows if f"{r['id']}.html" == ident), None)


def published_at(row: dict[str, Any]) -> datetime | None:
    """When the article came out; a date alone is noon, local time."""
    published = _published(row.get("published"))
    if published is None:
        return None
    if not isinstance(published, datetime):
        return datetime(published.year, published.month, published.day, 12, tzinfo=IRAQ)
    return published if published.tzinfo else published.replace(tzinfo=IRAQ)


def _pub_date(row: dict[str, Any]) -> str:
    published = published_at(row)
    return f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""


def _feed(host: str, rows: list[dict[str, Any]]) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(r['title'] or r['text'][:80])}</title>"
        f"<link>http://{host}:{PORT}/a/{r['id']}.html</link><guid>{r['id']}</guid>"
        f"{_pub_date(r)}</item>"
        for r in rows
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{host}</title>{items}</channel></rss>"
    ).encode()


def _page(row: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in row["text"].splitlines() if p.strip())
    title = html.escape(row["title"] or row["text"][:80])
    return (
        f'<html lang="{row.get("language") or "en"}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
        "</article></body></html>"
    ).encode()


def _servers(by_host: dict[str, list[dict[str, Any]]]) -> list[LoopbackServer]:
    servers = []
    for host in by_host:
        server = LoopbackServer((host, PORT), _Handler)
        server.outlets = by_host  # type: ignore[attr-defined]
        servers.append(server)
    return servers


def _config(folder: Path, hosts: list[str], webhook: str) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "outlet-{i}"\nkind = "rss"\nurl = "http://{host}:{PORT}/feed.xml"\n'
        for i, host in enumerate(hosts)
    )
    path = folder / "real.toml"
    path.write_text(
        f'[archive]\npath = "{folder / "real.db"}"\n[alerts]\nmax_age_days = 0\n'
        f'{sources}[[channels]]\nname = "chat"\nurl = "{webhook}"\ntags = ["chat"]\n',
        encoding="utf-8",
    )
    return path


@cache
def region_of() -> dict[str, str | None]:
    """Each base's region, by id (the gazetteer's `region`; None for a base in none)."""
    return {e.place.id: e.region for e in load_gazetteer().bases}


def _attacks(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Labelled attacks with a known day: incident slug -> places and day.

    An attack labelled only by its region ("a base in north-eastern Syria") on a day when an
    attack on a base of that region is labelled too is that attack, told by articles that do
    not name the base: the archive groups such reports with the base's (one alert), so it is
    counted once, as the base's attack, which its region then also names."""
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        label = row["label"]
        if label["attack"] and label.get("attack_date") and label.get("incident"):
            places = set(label.get("bases") or []) | {label.get("region")} - {None}
            entry = out.setdefault(label["incident"], {"places": set(), "day": None})
            entry["places"] |= places
            entry["day"] = label["attack_date"]
    regions = region_of()
    for slug, attack in list(out.items()):
        if any(p in regions for p in attack["places"]):
            continue  # names a base
        bases = [
            other
            for other in out.values()
            if other["day"] == attack["day"]
            and any(regions.get(p) in attack["places"] for p in other["places"])
        ]
        if bases:
            del out[slug]
            for other in bases:
                other["places"] |= attack["places"]
    return out


def _undated(rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Labelled attacks no report dates: article id -> its places. Their alerts can be checked
    for the base but not the day: counted apart, neither reached nor matching none."""
    out: dict[str, set[str]] = {}
    for row in rows:
        label = row["label"]
        if label["attack"] and not label.get("attack_date"):
            out[row["id"]] = set(label.get("bases") or []) | {label.get("region")} - {None}
    return out


def _matching(attacks: dict[str, dict[str, Any]], place: str, day: str) -> list[str]:
    """The labelled attacks an incident on `place` on `day` is, by slug."""
    return [s for s, a in attacks.items() if place in a["places"] and a["day"] == day]


def _score(rows: list[dict[str, Any]], db: Path) -> dict[str, Any]:
    attacks = _attacks(rows)
    undated = _undated(rows)
    conn = sqlite3.connect(db)
    sent = conn.execute(
        "select i.id, i.place_id, i.attack_date, a.kind from alerts a join incidents i "
        "on i.id = a.incident_id where a.status = 'sent' and a.kind in ('new', 'update')"
    ).fetchall()
    told = _told(conn)
    conn.close()
    # one alert per attack and place: an attack on two bases is two alerts, not a repeat
    alerted: set[tuple[str, str]] = set()
    unmatched = updates = undated_alerts = repeats = 0
    for incident, place, day, kind in sent:
        if kind == "update":
            updates += 1
            continue
        if hits := _matching(attacks, place, day):
            # every attack the alert is of: articles label one salvo at the grain they tell
            # it, as "2024-01-28-tower-22" and as a salvo on Tower 22 and al-Tanf
            told_of = {(slug, place) for slug in hits}
            repeats += told_of <= alerted
            alerted |= told_of
        elif any(place in undated.get(ident, ()) for ident in told[incident]):
            undated_alerts += 1  # a real attack on that base, on a day no label gives
        else:
            unmatched += 1
    return {
        "attacks": len(attacks),
        "reached": len({slug for slug, _ in alerted}),
        "unmatched": unmatched,
        "undated": undated_alerts,
        "repeats": repeats,
        "updates": updates,
        "sent": len(sent),
    }


THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 0.95)


def _told(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """The ids of each incident's articles (their pages are served as /a/<id>.html)."""
    told: dict[str, set[str]] = defaultdict(set)
    for incident, url in conn.execute(
        "select ia.incident_id, a.url from incident_articles ia join articles a "
        "on a.id = ia.article_id"
    ):
        told[incident].add(url.rsplit("/", 1)[-1].removesuffix(".html"))
    return told


def _thresholds(rows: list[dict[str, Any]], db: Path) -> list[tuple[float, int, int]]:
    """What a channel at each min_confidence would have been told, from the archive's
    incidents (one first alert each): attacks reached, and incidents that match none (those
    on an attack labelled without a day, at its base, aside)."""
    attacks = _attacks(rows)
    undated = _undated(rows)
    conn = sqlite3.connect(db)
    incidents = conn.execute(
        "select id, place_id, attack_date, confidence from incidents where merged_into is null"
    ).fetchall()
    told = _told(conn)
    conn.close()
    out = []
    for least in THRESHOLDS:
        reached: set[str] = set()
        unmatched = 0
        for incident, place, day, confidence in incidents:
            if confidence < least:
                continue
            hits = _matching(attacks, place, day)
            reached.update(hits)
            unmatched += not hits and not any(place in undated.get(i, ()) for i in told[incident])
        out.append((least, len(reached), unmatched))
    return out


def cached_rows() -> tuple[list[dict[str, Any]], str | None]:
    """The labelled real articles the cache holds the text of, and the split asked for: the
    command line's CACHE (default tests/data/real/restated) and --split S."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    if split in args:
        args.remove(split)
    cache = Path(args[0]) if args else ROOT / "tests/data/real/restated"
    rows = [r for r in load_corpus(ROOT / "tests/data/real", cache, split) if "missing" not in r]
    if not rows:
        sys.exit(f"no cached real articles in {cache}: rebuild it (tests/data/real/README.md)")
    return rows, split


def main() -> None:
    rows, split = cached_rows()
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_outlet[row["outlet"]].append(row)
    hosts = [f"127.1.{1 + i // 250}.{1 + i % 250}" for i in range(len(by_outlet))]
    by_host = dict(zip(hosts, by_outlet.values(), strict=True))
    with (
        serving(_servers(by_host)),
        tempfile.TemporaryDirectory() as tmp,
        WebhookReceiver() as receiver,
    ):
        config = _config(Path(tmp), hosts, receiver.url())
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "monitor", "-q", "run", "--once", "--config", str(config)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
            check=False,
        )
        took = time.perf_counter() - started
        score = _score(rows, Path(tmp) / "real.db")
        levels = _thresholds(rows, Path(tmp) / "real.db")
        if "--keep" in sys.argv:  # the archive, to see what was alerted: basewatch incidents
            keep = ROOT / "var" / "bench-real-alerts.db"
            keep.parent.mkdir(parents=True, exist_ok=True)
            keep.write_bytes((Path(tmp) / "real.db").read_bytes())
        received = len(receiver.received)
    print(
        f"{len(rows)} real articles ({split or 'all'}) from {len(by_outlet)} outlets on "
        f"{len(hosts)} loopback addresses; run --once took {took:.0f} s, exit {run.returncode}"
    )
    print(
        f"attacks reached with the right base and day: {score['reached']}/{score['attacks']} "
        f"({score['reached'] / max(score['attacks'], 1):.1%})"
    )
    print(
        f"alerts matching no attack: {score['unmatched']} "
        f"({score['unmatched'] / max(score['attacks'], 1):.1%} of attacks); repeats of an "
        f"attack already alerted: {score['repeats']}; update alerts: {score['updates']}"
    )
    print(
        f"alerts on a labelled attack on that base whose day no label gives (not scored): "
        f"{score['undated']}"
    )
    print(f"alerts sent (archive): {score['sent']}; received at the webhook: {received}")
    print(
        "a channel at min_confidence "
        + "; ".join(f"{t:g}: {n} reached, {u} matching none" for t, n, u in levels)
    )
    print(json.dumps({"split": split or "all", **score}))


if __name__ == "__main__":
    main()
