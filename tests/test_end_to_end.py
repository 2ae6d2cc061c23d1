"""The real daemon (`basewatch run --once`) against the sample site on 127.0.0.1: expected
incidents in the archive, one alert per incident at a webhook, an email through SMTP."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from monitor.demo.server import SITE, Route, SiteServer, WebhookReceiver, respond
from tests.conftest import (
    EXPECTED,
    FAST_CRAWLER,
    Mailbox,
    basewatch,
    demo_sources,
    start_daemon,
    write_config,
)


def _config(tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp_port: int) -> Path:
    email = f"mailto://127.0.0.1:{smtp_port}?from=basewatch@example.org&to=duty@example.org"
    return write_config(
        tmp_path / "basewatch.toml",
        f"""
[archive]
path = "{tmp_path / "archive.db"}"

[alerts]
max_age_days = 0
{FAST_CRAWLER}
{demo_sources(site.base)}

[[channels]]
name = "chat"
url = "{receiver.url("hook")}"
tags = ["chat"]

[[channels]]
name = "syria-email"
url = "{email}"
tags = ["email"]
countries = ["Syria"]
""",
    )


def _incidents(db: Path) -> dict[tuple[str, str], dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("select * from incidents").fetchall()
    conn.close()
    return {(r["place_id"], r["attack_date"]): dict(r) for r in rows}


def test_run_once_finds_each_attack_once_and_alerts_once(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp: tuple[Mailbox, int]
) -> None:
    box, port = smtp
    config = _config(tmp_path, site, receiver, port)
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr

    expected = {(i["base"], i["attack_date"]): i for i in EXPECTED["incidents"]}
    found = _incidents(tmp_path / "archive.db")
    assert set(found) == set(expected)
    for key, incident in expected.items():
        assert found[key]["reports"] == len(incident["articles"]), key
        assert json.loads(found[key]["weapons"]) == incident["weapons"]

    alerts = receiver.wait_for(len(expected))
    assert len(alerts) == len(expected)
    titles = sorted(a["title"] for a in alerts)
    assert len(set(titles)) == len(titles)
    for (base, day), _ in expected.items():
        assert any(day in t for t in titles), (base, day)

    mails = box.wait_for(1)
    assert len(mails) == 1  # only the Syrian incident passes the email channel's filter
    assert "Al-Tanf" in mails[0]["Subject"]
    html = next(
        part.get_payload(decode=True).decode()
        for part in mails[0].walk()
        if part.get_content_type() == "text/html"
    )
    assert "openstreetmap.org" in html  # the map link
    text = next(
        part.get_payload(decode=True).decode()
        for part in mails[0].walk()
        if part.get_content_type() == "text/plain"
    )
    assert "Al-Tanf" in text  # and a plain-text version for mail readers without HTML
    assert html.count("<li><a href=") == 2  # both outlets' reports, each linked

    # robots.txt forbids /private/: its page must never be fetched
    assert not any(path.startswith("/private/") for _, path, _ in site.requests)


def test_second_run_gets_304s_and_adds_nothing(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp: tuple[Mailbox, int]
) -> None:
    _, port = smtp
    config = _config(tmp_path, site, receiver, port)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    alerts_before = len(receiver.wait_for(len(EXPECTED["incidents"])))
    conn = sqlite3.connect(tmp_path / "archive.db")
    articles_before = conn.execute("select count(*) from articles").fetchone()[0]
    site.requests.clear()

    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    feeds = [(path, code) for _, path, code in site.requests if path.endswith("feed.xml")]
    assert feeds, "the feeds were not polled again"
    assert all(code == 304 for _, code in feeds), feeds
    # nothing but robots.txt and the feeds was requested
    assert {p for _, p, _ in site.requests} <= {p for p, _ in feeds} | {"/robots.txt"}
    assert conn.execute("select count(*) from articles").fetchone()[0] == articles_before
    conn.close()
    assert len(receiver.received) == alerts_before


def test_daemon_polls_on_schedule_alerts_and_stops_on_sigterm(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp: tuple[Mailbox, int]
) -> None:
    _, port = smtp
    config = _config(tmp_path, site, receiver, port)
    process = start_daemon(config)
    try:
        alerts = receiver.wait_for(len(EXPECTED["incidents"]), timeout=60)
        assert len(alerts) == len(EXPECTED["incidents"])
        assert process.poll() is None, "the daemon exited on its own"
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "daemon started" in stderr
    assert "stopping" in stderr


def test_reports_arriving_over_time_make_one_alert_per_attack_and_an_update(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp: tuple[Mailbox, int]
) -> None:
    """First the outlets carry every report but the one where a group claims the Erbil
    drone; later that one appears too. Each attack is alerted once; the claim is an update."""
    box, port = smtp
    later_reports = {  # the reports that name the group claiming the Erbil drone
        "levant-monitor": "erbil-airport-drone-update",
        "gulf-wire": "erbil-drone-shot-down",
        "al-rafidain-arabic": "erbil-drone-intercepted",
    }

    def early(outlet: str, slug: str) -> Route:
        item = re.compile(rf"<(item|entry)>(?:(?!</\1>).)*{slug}.*?</\1>", re.S)

        def serve(handler: BaseHTTPRequestHandler) -> bool:
            body = item.sub("", (SITE / outlet / "feed.xml").read_text(encoding="utf-8"))
            return respond(handler, body.replace("{{BASE}}", site.base).encode())

        return serve

    for outlet, slug in later_reports.items():
        site.routes[f"/{outlet}/feed.xml"] = early(outlet, slug)
    config = _config(tmp_path, site, receiver, port)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    first = receiver.wait_for(len(EXPECTED["incidents"]))
    erbil = _incidents(tmp_path / "archive.db")[("erbil-air-base", "2024-01-14")]
    assert erbil["claimed_by"] is None, "the fixture changed: the claim must come later"

    site.routes.clear()
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    everything = receiver.wait_for(len(first) + 1)
    later = everything[len(first) :]
    assert [a["title"] for a in later] == [
        "Update: Drone attack on Erbil Air Base (Erbil International Airport) (Iraq), 2024-01-14"
    ]
    assert "claimed by: Islamic Resistance in Iraq" in later[0]["message"]
    news = [a for a in everything if not a["title"].startswith("Update:")]
    assert len(news) == len({a["title"] for a in news}) == len(EXPECTED["incidents"])
    assert len(box.wait_for(1)) == 1  # the Syrian attack, once, by email


def test_daemon_delivers_alerts_once_a_channel_outage_ends(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, smtp: tuple[Mailbox, int]
) -> None:
    """The webhook is down when the daemon first sends; it retries with backoff on its own
    and each alert arrives exactly once when the webhook is back."""
    _, port = smtp
    config = _config(tmp_path, site, receiver, port)
    config.write_text(
        config.read_text().replace("max_age_days = 0", "max_age_days = 0\nretry_base = 1")
    )
    receiver.failing.set()
    process = start_daemon(config)
    try:
        with receiver.changed:  # the first tries fail while the webhook is down
            assert receiver.changed.wait_for(lambda: receiver.refused >= 3, timeout=60)
        receiver.failing.clear()
        alerts = receiver.wait_for(len(EXPECTED["incidents"]), timeout=60)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    titles = [a["title"] for a in alerts]
    assert len(titles) == len(set(titles)) == len(EXPECTED["incidents"])
    assert "alert failed" in stderr
