"""Soak: the real daemon for a set time against loopback outlets, with faults injected.

    python -m tests.soak [MINUTES]          (make soak MINUTES=5; default 30)

Outlets on 127.0.0.1 publish a new article now and then (one in ten reports a distinct
attack, so each should make one alert). Meanwhile: the alert channel goes down for two
minutes, some feeds hang, the daemon is killed with SIGKILL and restarted twice, and
another process holds the archive's write lock, once for less than the busy timeout and
once for longer. Publishing stops at 80% of the time; the rest lets the daemon catch up
(polls come every minute, failing sources back off: under 20 minutes that may not do).
Prints memory and CPU over time, then articles and alerts expected and received,
duplicates, operator alerts, and the daemon's tracebacks. Exits 1 if anything was lost or
alerted twice. Works in var/soak/ (emptied first).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from monitor.demo.server import LocalServer, WebhookReceiver, respond

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "soak"
OUTLETS = 24
BASES = [
    "Ain al-Asad air base",
    "Erbil air base",
    "Harir air base",
    "Al-Tanf garrison",
    "the Conoco gas field base",
    "the Al-Omar oil field base",
    "the Rmelan airfield",
    "the Shaddadi base",
    "Tower 22",
    "Muwaffaq Salti air base",
]
WEAPONS = ["rockets", "drones", "a missile", "mortar rounds"]
CALM = [
    "The city council approved a budget for road repairs, officials said.",
    "Exporters expect a better harvest after the spring rains, the ministry said.",
    "The national team won its qualifier and heads to the final round next month.",
    "A new bridge over the river opened to traffic after two years of work.",
]


class Item:
    def __init__(self, outlet: int, n: int, attack: int | None) -> None:
        self.slug = f"o{outlet}-{n}"
        self.url_path = f"/o{outlet}/{self.slug}.html"
        self.attack = attack
        if attack is None:
            self.title = f"Local news {self.slug}"
            self.text = " ".join(random.sample(CALM, 3)) + f" Reference {self.slug}."
            self.published = datetime.now(UTC)
            return
        base = BASES[attack % len(BASES)]
        day = date(2024, 1, 2) + timedelta(days=4 * (attack // len(BASES)))
        self.title = f"Attack reported on {base}"
        self.text = (
            f"Militants fired {WEAPONS[attack % 4]} at {base}, which hosts US-led coalition "
            f"troops, on {day.strftime('%B %-d')}, security officials said. The attack on "
            f"{base} caused no casualties, according to a statement. Coalition forces are "
            "investigating the incident. Local officials said the area had been calm."
        )
        self.published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(1)


class Farm(LocalServer):
    """The outlets: a feed each (last 20 items, ETag, 304) and their article pages."""

    def __init__(self) -> None:
        self.items: dict[int, list[Item]] = {k: [] for k in range(OUTLETS)}
        self.pages: dict[str, Item] = {}
        self.hanging: set[int] = set()
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.attacks = 0
        super().__init__(FarmHandler)

    def publish(self, outlet: int) -> Item:
        with self.lock:
            attack = self.attacks if random.random() < 0.1 else None
            self.attacks += attack is not None
            item = Item(outlet, len(self.items[outlet]), attack)
            self.items[outlet].append(item)
            self.pages[item.url_path] = item
        return item

    def feed(self, outlet: int) -> bytes:
        with self.lock:
            items = self.items[outlet][-20:]
        body = "".join(
            f"<item><title>{i.title}</title><link>{self.base}{i.url_path}</link>"
            f"<guid>{i.slug}</guid><pubDate>{format_datetime(i.published)}</pubDate></item>"
            for i in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Outlet {outlet}</title>{body}</channel></rss>"
        ).encode()


class FarmHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        farm: Farm = self.server.owner  # type: ignore[attr-defined]
        if self.path.endswith("/feed.xml"):
            outlet = int(self.path.split("/")[1][1:])
            if outlet in farm.hanging:  # accepts, never answers, until released
                farm.release.wait(600)
                return
            body = farm.feed(outlet)
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                respond(self, b"", status=304, headers={"ETag": etag})
            else:
                respond(self, body, ctype="application/rss+xml", headers={"ETag": etag})
            return
        item = farm.pages.get(self.path)
        if item is None:
            respond(self, b"not found", status=404, ctype="text/plain")
            return
        html = (
            f"<html><head><title>{item.title}</title></head><body><article>"
            f"<h1>{item.title}</h1><p>{item.text}</p></article></body></html>"
        )
        respond(self, html.encode(), ctype="text/html; charset=utf-8")


def config(farm: Farm, hook: WebhookReceiver) -> Path:
    sources = "".join(
        f'[[sources]]\nname = "outlet-{k}"\nkind = "rss"\nurl = "{farm.base}/o{k}/feed.xml"\n'
        'every = "1m"\n'
        for k in range(OUTLETS)
    )
    path = WORK / "soak.toml"
    path.write_text(
        f'[archive]\npath = "{WORK / "soak.db"}"\ncheck_every = "5m"\n'
        '[alerts]\nmax_age_days = 0\nretry_base = "10s"\nops_failures = 3\n'
        '[crawler]\ndelay = 0\ndownload_timeout = "5s"\nretries = 0\ncrawl_timeout = "60s"\n'
        f'{sources}[[channels]]\nname = "chat"\nurl = "{hook.url("chat")}"\ntags = ["chat"]\n'
        f'[[channels]]\nname = "ops"\nurl = "{hook.url("ops")}"\ntags = ["ops"]\n',
        encoding="utf-8",
    )
    return path


def start(path: Path, log: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--config", str(path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )


def usage(pid: int) -> tuple[float, float]:
    """Resident memory (MB) and CPU seconds so far of a process."""
    rss = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return rss, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def hold_lock(db: Path, seconds: float) -> subprocess.Popen[bytes]:
    """Another process that takes the archive's write lock and keeps it `seconds`."""
    script = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE'); time.sleep(float(sys.argv[2])); c.execute('ROLLBACK')\n"
    )
    return subprocess.Popen([sys.executable, "-c", script, str(db), str(seconds)])


def stored(db: Path, urls: list[str]) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
        try:
            have = {r[0] for r in conn.execute("select url from articles")}
        finally:
            conn.close()
    except sqlite3.Error:
        return -1  # not created yet
    return sum(u in have for u in urls)


class Soak:
    def __init__(self, minutes: float, farm: Farm, hook: WebhookReceiver) -> None:
        self.farm, self.hook = farm, hook
        self.length = minutes * 60
        self.t0 = time.monotonic()
        self.log = (WORK / "daemon.log").open("ab")
        self.config = config(farm, hook)
        self.daemon = start(self.config, self.log)
        self.published: list[Item] = []
        self.due = {k: self.t0 + random.uniform(5, 60) for k in range(OUTLETS)}
        self.events: list[str] = []
        self.samples: list[tuple[float, float, float, int, int]] = []
        self.memory: list[list[float]] = [[]]  # RSS samples of each daemon process
        self.cpu_before = (0.0, self.t0)
        self.faults = sorted(self.plan(), key=lambda f: f[0])

    def now(self) -> float:
        return time.monotonic() - self.t0

    def plan(self) -> list[tuple[float, str]]:
        at = self.length
        return [
            (0.15 * at, "channel down"),
            (0.15 * at + min(120, 0.1 * at), "channel up"),
            (0.30 * at, "feeds hang"),
            (0.30 * at + min(180, 0.1 * at), "feeds answer"),
            (0.45 * at, "kill -9"),
            (0.55 * at, "lock 20s"),
            (0.62 * at, "lock 45s"),
            (0.70 * at, "kill -9"),
        ]

    def inject(self, fault: str) -> None:
        self.events.append(f"{self.now() / 60:5.1f} min  {fault}")
        print(f"--- {self.now() / 60:5.1f} min: {fault}", flush=True)
        if fault == "channel down":
            self.hook.failing.set()
        elif fault == "channel up":
            self.hook.failing.clear()
        elif fault == "feeds hang":
            self.farm.release.clear()
            self.farm.hanging.update({1, 2, 3})
        elif fault == "feeds answer":
            self.farm.hanging.clear()
            self.farm.release.set()
        elif fault == "kill -9":
            self.daemon.kill()
            self.daemon.wait()
            self.daemon = start(self.config, self.log)
            self.cpu_before = (0.0, time.monotonic())
            self.memory.append([])
        elif fault.startswith("lock"):
            hold_lock(WORK / "soak.db", float(fault.split()[1].rstrip("s")))

    def sample(self) -> None:
        rss, cpu = usage(self.daemon.pid)
        before, when = self.cpu_before
        share = (cpu - before) / max(1e-6, time.monotonic() - when) * 100
        self.cpu_before = (cpu, time.monotonic())
        articles = stored(WORK / "soak.db", [self.farm.base + i.url_path for i in self.published])
        alerts = len([a for a in self.hook.received if a["path"] == "/chat"])
        self.samples.append((self.now() / 60, rss, share, articles, alerts))
        self.memory[-1].append(rss)
        print(
            f"{self.now() / 60:6.1f} min  rss {rss:6.1f} MB  cpu {share:5.1f}%  "
            f"articles {articles}/{len(self.published)}  alerts {alerts}/"
            f"{sum(i.attack is not None for i in self.published)}",
            flush=True,
        )

    def run(self) -> int:
        next_sample = 0.0
        while self.now() < self.length:
            if self.now() < 0.8 * self.length:
                for k, due in self.due.items():
                    if time.monotonic() >= due:
                        self.published.append(self.farm.publish(k))
                        self.due[k] = time.monotonic() + random.uniform(45, 150)
            while self.faults and self.now() >= self.faults[0][0]:
                self.inject(self.faults.pop(0)[1])
            if self.now() >= next_sample:
                self.sample()
                next_sample += 30
            time.sleep(1)
        self.daemon.send_signal(signal.SIGTERM)
        code = self.daemon.wait(120)
        self.log.close()
        return self.report(code)

    def report(self, code: int) -> int:
        urls = [self.farm.base + i.url_path for i in self.published]
        have = stored(WORK / "soak.db", urls)
        chat = Counter(a["title"] for a in self.hook.received if a["path"] == "/chat")
        ops = Counter(a["title"] for a in self.hook.received if a["path"] == "/ops")
        expected = sum(i.attack is not None for i in self.published)
        dupes = {t: n for t, n in chat.items() if n > 1}
        conn = sqlite3.connect(f"{(WORK / 'soak.db').resolve().as_uri()}?mode=ro", uri=True)
        incidents = conn.execute("select count(*) from incidents where merged_into is null")
        unsent = conn.execute("select count(*) from alerts where status != 'sent'")
        archived = (incidents.fetchone()[0], unsent.fetchone()[0])
        conn.close()
        log = (WORK / "daemon.log").read_text(errors="replace")
        print(f"\nsoak: {self.length / 60:g} minutes, {OUTLETS} outlets; faults:")
        print("\n".join(f"  {e}" for e in self.events))
        print(f"articles published {len(urls)}, stored {have}")
        print(
            f"attack alerts expected {expected}, received {sum(chat.values())} "
            f"({len(chat)} distinct), duplicates {sum(n - 1 for n in dupes.values())}"
        )
        print(f"incidents in the archive {archived[0]}, alerts not marked sent {archived[1]}")
        print(f"operator alerts {sum(ops.values())}: {ops.most_common()}")
        for n, rss in enumerate(self.memory, start=1):  # the first sample: still starting
            if len(rss) > 1:
                print(
                    f"daemon process {n}: RSS {rss[1]:.0f} MB half a minute in, {rss[-1]:.0f} "
                    f"MB after {len(rss) / 2:.1f} min, at most {max(rss):.0f} MB"
                )
        mean = sum(s[2] for s in self.samples) / len(self.samples)
        print(
            f"daemon CPU: mean {mean:.1f}% of one core, max {max(s[2] for s in self.samples):.1f}%"
        )
        print(
            f"daemon log: {log.count('Traceback')} tracebacks, {log.count(' ERROR ')} ERROR lines"
        )
        print(f"daemon exit code on SIGTERM: {code}")
        lost = have != len(urls) or len(chat) != expected or archived[0] != expected
        return 1 if lost or dupes else 0


def main() -> None:
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    random.seed(7)
    if WORK.exists():
        for file in WORK.iterdir():
            file.unlink()
    WORK.mkdir(parents=True, exist_ok=True)
    with Farm() as farm, WebhookReceiver() as hook:
        soak = Soak(minutes, farm, hook)
        try:
            code = soak.run()
        finally:
            if soak.daemon.poll() is None:
                soak.daemon.kill()
            farm.release.set()
    sys.exit(code)


if __name__ == "__main__":
    main()
