"""The real daemon (`basewatch run --once`) against the sample site on 127.0.0.1: expected
incidents in the archive, one alert per incident at a webhook, an email through SMTP."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from monitor.demo.server import SiteServer, WebhookReceiver
from tests.conftest import (
    EXPECTED,
    FAST_CRAWLER,
    ROOT,
    Mailbox,
    basewatch,
    demo_sources,
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
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--config", str(config)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
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
