"""Time to alert: from the moment an attack report is published to the moment its alert
reaches a webhook, through the real daemon (`basewatch run`) as in production: 100 sources
(half RSS feeds whose items link to article pages, half Telegram channels) polled every
minute with the scheduler's jitter, robots.txt and per-host politeness, the outbox and the
dispatcher. Everything is served on loopback addresses (127.0.3.x), four sources a host.

    python -m tests.bench.bench_alert_latency [--every 60] [--sources 100] [--events 40]
        [--minutes 6] [--seed 7]

Attack reports (written for the benchmark, in English on the feeds and in Arabic or English
on the channels, each on another base or with another weapon, so that each is one incident)
are published at random moments over `--minutes`. Prints p50, p95 and the longest time from
publication to the webhook, for feeds and channels, and what the daemon itself recorded
(`basewatch stats`). Runs about `--minutes` + 3 minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from monitor.demo.server import LoopbackServer, respond
from monitor.detect.gazetteer import hosted_in, load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article
from tests.channels import FakePost, preview_page

ROOT = Path(__file__).resolve().parents[2]
PER_HOST = 4
WEAPONS = {
    "drone": ("A drone", "طائرة مسيّرة"),
    "rocket": ("Two rockets", "صاروخا كاتيوشا"),
    "mortar": ("Three mortar rounds", "قذائف هاون"),
}


@dataclass(frozen=True)
class Report:
    """An attack report ready to publish: what it says, and on which base and weapon."""

    base: str  # gazetteer id
    name: str
    weapon: str
    title: str
    text: str
    arabic: bool = False


@dataclass
class Farm:
    """Feeds, article pages and channel previews for every source, on loopback hosts."""

    feeds: dict[str, list[tuple[int, Report, datetime]]] = field(default_factory=dict)
    channels: dict[str, list[FakePost]] = field(default_factory=dict)
    pages: dict[int, Report] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def feed(self, key: str, host: str) -> bytes | None:
        with self.lock:
            items = self.feeds.get(key)
            if items is None:
                return None
            body = "".join(
                f"<item><title>{escape(r.title)}</title><link>http://{host}/a/{n}</link>"
                f"<guid>{n}</guid><pubDate>{format_datetime(when)}</pubDate></item>"
                for n, r, when in items
            )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{key}</title><link>http://{host}/</link>{body}</channel></rss>"
        ).encode()

    def page(self, n: int) -> bytes | None:
        with self.lock:
            report = self.pages.get(n)
        if report is None:
            return None
        return (
            f"<html><head><title>{escape(report.title)}</title></head><body><article>"
            f"<h1>{escape(report.title)}</h1><p>{escape(report.text)}</p><p>Officials gave "
            "no further details on Monday evening, and the base's spokesman did not answer "
            "calls.</p></article></body></html>"
        ).encode()

    def preview(self, name: str) -> bytes | None:
        with self.lock:
            posts = self.channels.get(name)
            return None if posts is None else preview_page(name, list(posts))

    def publish(self, key: str, report: Report) -> datetime:
        """Make a report visible on a feed or channel now; returns when."""
        now = datetime.now(UTC)
        with self.lock:
            if key.startswith("/s/"):
                posts = self.channels[key[3:]]
                text = f"{report.title}\n{report.text}"
                posts.append(FakePost(len(posts) + 1, text, now))
            else:
                n = len(self.pages) + 1
                self.pages[n] = report
                self.feeds[key].append((n, report, now))
        return now


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        farm: Farm = self.server.farm  # type: ignore[attr-defined]
        host = "{}:{}".format(*self.server.server_address[:2])
        path = self.path.split("?", 1)[0]
        if path.startswith("/s/"):
            body, ctype = farm.preview(path[3:]), "text/html; charset=utf-8"
        elif path.startswith("/a/"):
            body, ctype = farm.page(int(path[3:])), "text/html; charset=utf-8"
        else:
            body, ctype = farm.feed(f"{host}{path}", host), "application/rss+xml"
        if body is None:
            respond(self, b"", status=404, ctype="text/plain")
            return
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            respond(self, b"", status=304, ctype=ctype, headers={"ETag": etag})
        else:
            respond(self, body, ctype=ctype, headers={"ETag": etag})


class Webhook(BaseHTTPRequestHandler):
    """Each alert's title with the moment it arrived."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_POST(self) -> None:  # noqa: N802
        arrived = datetime.now(UTC)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        arrivals: list[tuple[datetime, str]] = self.server.arrivals  # type: ignore[attr-defined]
        arrivals.append((arrived, json.loads(raw or b"{}").get("title", "")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _serve(handler: type[BaseHTTPRequestHandler], host: str, **attrs: Any) -> LoopbackServer:
    server = LoopbackServer((host, 0), handler)
    for key, value in attrs.items():
        setattr(server, key, value)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def reports(seed: int) -> list[Report]:
    """Reports of attacks on each coalition-hosting base, by each weapon, in English and in
    Arabic, that the detector takes as written; shuffled."""
    gazetteer = load_gazetteer(None)
    matcher = Matcher(gazetteer, load_terms())
    now = datetime.now(UTC)
    found = []
    for entry in gazetteer.bases:
        if not hosted_in(entry.hosted, now.year):
            continue
        arabic = next((a for a in entry.aliases if not a.isascii()), None)
        for weapon, (english, in_arabic) in WEAPONS.items():
            candidates = [
                Report(
                    entry.place.id,
                    entry.place.name,
                    weapon,
                    f"{english} hit {entry.place.name}, hosting US-led coalition troops",
                    f"{english} struck {entry.place.name} in {entry.place.country} this "
                    "morning, security sources said. No one was hurt, a first assessment found.",
                )
            ]
            if arabic:
                candidates.append(
                    Report(
                        entry.place.id,
                        entry.place.name,
                        weapon,
                        f"عاجل | سقوط {in_arabic} على {arabic} التي تستضيف قوات التحالف الدولي",
                        "قالت مصادر أمنية إن الهجوم وقع صباح اليوم ولم يسفر عن إصابات.",
                        arabic=True,
                    )
                )
            for report in candidates:
                d = matcher.match(
                    Article(url="x", title=report.title, text=report.text, published=now)
                )
                if d.attack and d.confidence >= 0.6 and [b.id for b in d.bases] == [report.base]:
                    found.append(report)
    random.Random(seed).shuffle(found)
    return found


def _config(tmp: Path, urls: list[str], every: float, hook: str) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "s{i}"\nkind = "{"telegram" if "/s/" in url else "rss"}"\n'
        f'url = "{url}"\nevery = "{every:g}s"\n'
        for i, url in enumerate(urls)
    )
    config = tmp / "basewatch.toml"
    config.write_text(
        f'[archive]\npath = "{tmp / "archive.db"}"\n\n{sources}\n'
        f'[[channels]]\nname = "chat"\nurl = "{hook}"\nmin_confidence = 0.6\n',
        encoding="utf-8",
    )
    return config


def _percentiles(values: list[float]) -> str:
    if not values:
        return "none"
    ordered = sorted(values)

    def at(share: float) -> float:  # nearest rank
        return ordered[max(0, math.ceil(len(ordered) * share) - 1)]

    return f"n={len(ordered)} p50={at(0.5):.1f}s p95={at(0.95):.1f}s max={ordered[-1]:.1f}s"


def _sources(farm: Farm, count: int) -> tuple[list[LoopbackServer], list[str]]:
    """`count` sources, feeds and channels in turn, PER_HOST on each loopback host."""
    servers: list[LoopbackServer] = []
    urls: list[str] = []
    for h in range((count + PER_HOST - 1) // PER_HOST):
        server = _serve(_Handler, f"127.0.3.{2 + h}", farm=farm)
        servers.append(server)
        host = "{}:{}".format(*server.server_address[:2])
        for k in range(min(PER_HOST, count - len(urls))):
            if len(urls) % 2:
                name = f"channel_{len(urls)}"
                farm.channels[name] = []
                urls.append(f"http://{host}/s/{name}")
            else:
                farm.feeds[f"{host}/feed-{k}.xml"] = []
                urls.append(f"http://{host}/feed-{k}.xml")
    return servers, urls


def _measure(
    farm: Farm, urls: list[str], args: argparse.Namespace, hook: LoopbackServer, tmp: Path
) -> None:
    """Run the daemon, publish, wait for the alerts, stop it; print what was measured."""
    pool = reports(args.seed)
    english = [r for r in pool if not r.arabic]
    arrivals: list[tuple[datetime, str]] = hook.arrivals  # type: ignore[attr-defined]
    config = _config(tmp, urls, args.every, f"json://127.0.0.1:{hook.server_address[1]}/a")
    with (tmp / "daemon.log").open("w") as log:
        daemon = subprocess.Popen(
            [sys.executable, "-m", "monitor", "run", "--config", str(config)],
            cwd=ROOT,
            stderr=log,
            stdout=subprocess.DEVNULL,
        )
        try:
            published = _publish(farm, urls, pool, english, args, random.Random(args.seed))
            deadline = time.monotonic() + 2 * args.every + 30
            while len(arrivals) < len(published) and time.monotonic() < deadline:
                time.sleep(1)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(30)
    _report(published, arrivals, args)
    stats = subprocess.run(
        [sys.executable, "-m", "monitor", "stats", "--config", str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    print("basewatch stats says:", stats.stdout.strip().splitlines()[-1].strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=float, default=60)
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--minutes", type=float, default=6)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    farm = Farm()
    servers, urls = _sources(farm, args.sources)
    hook = _serve(Webhook, "127.0.0.1", arrivals=[])
    try:
        with tempfile.TemporaryDirectory() as tmp:
            _measure(farm, urls, args, hook, Path(tmp))
    finally:
        for server in [*servers, hook]:
            server.shutdown()
            server.server_close()


def _publish(
    farm: Farm,
    urls: list[str],
    pool: list[Report],
    english: list[Report],
    args: argparse.Namespace,
    rng: random.Random,
) -> list[tuple[str, Report, datetime]]:
    """Wait for the daemon's first cycle, then publish `--events` reports at random moments
    over `--minutes`, each on a random source, each an attack on another base (reports of
    one base on one day are one attack)."""
    time.sleep(args.every + 5)  # the first poll of every source, which reads no history
    window = args.minutes * 60
    events = min(args.events, len({r.base for r in english}))
    moments = sorted(rng.uniform(0, window) for _ in range(events))
    used: set[str] = set()
    published = []
    start = time.monotonic()
    for moment in moments:
        time.sleep(max(0.0, start + moment - time.monotonic()))
        url = rng.choice(urls)
        channel = "/s/" in url
        report = next(r for r in (pool if channel else english) if r.base not in used)
        used.add(report.base)
        key = url.split("//", 1)[1]
        key = key[key.index("/") :] if channel else key
        published.append((url, report, farm.publish(key, report)))
    return published


def _report(
    published: list[tuple[str, Report, datetime]],
    arrivals: list[tuple[datetime, str]],
    args: argparse.Namespace,
) -> None:
    delays: dict[str, list[float]] = {"feed": [], "channel": []}
    missing = []
    for url, report, when in published:
        hit = [a for a, title in arrivals if f" on {report.name} (" in title]
        kind = "channel" if "/s/" in url else "feed"
        if hit:
            delays[kind].append((min(hit) - when).total_seconds())
        else:
            missing.append(f"{report.name} ({report.weapon}, {kind})")
    print(
        f"time to alert, {args.sources} sources every {args.every:g}s, "
        f"{len(published)} attacks published over {args.minutes:g} min:"
    )
    print(f"  all:      {_percentiles(delays['feed'] + delays['channel'])}")
    print(f"  feeds:    {_percentiles(delays['feed'])}")
    print(f"  channels: {_percentiles(delays['channel'])}")
    print(f"  alerts received: {len(arrivals)}; never alerted: {missing or 'none'}")
    if missing:
        print("  titles received:", sorted(title for _, title in arrivals))


if __name__ == "__main__":
    main()
