"""Bad sources never crash a run nor stop the others: each failure is logged with its
source, counted in the archive, and the good source is still processed."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.demo.server import SiteServer, WebhookReceiver, respond
from tests.conftest import basewatch, run_config, source


def _garbage(handler: BaseHTTPRequestHandler) -> bool:
    return respond(handler, b"\x00\x9f<<not a feed>> \xff\xfe garbage")


def _server_error(handler: BaseHTTPRequestHandler) -> bool:
    handler.send_error(500, "internal error")
    return True


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def test_bad_sources_are_logged_counted_and_skipped(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, release: threading.Event
) -> None:
    def hang(handler: BaseHTTPRequestHandler) -> bool:
        release.wait(60)  # answers only after the crawler has given up
        return _server_error(handler)

    site.routes.update({"/broken/feed.xml": _garbage, "/error/feed.xml": _server_error})
    site.routes["/slow/feed.xml"] = hang
    bad = {
        "malformed": f"{site.base}/broken/feed.xml",
        "times-out": f"{site.base}/slow/feed.xml",
        "server-error": f"{site.base}/error/feed.xml",
        "unreachable": "http://127.0.0.1:1/feed.xml",
    }
    sources = "".join(source(name, url) for name, url in bad.items())
    sources += source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    config = run_config(tmp_path, sources, receiver.url())
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 1, result.stderr  # some sources failed, not all

    conn = sqlite3.connect(tmp_path / "a.db")
    state = {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute("select name, failures, last_error, last_ok from sources")
    }
    for name in bad:
        failures, error, last_ok = state[name]
        assert failures == 1, (name, state[name])
        assert error, name
        assert last_ok is None, name
        assert f"source={name}" in result.stderr
    assert "malformed feed" in state["malformed"][1]
    assert "500" in state["server-error"][1]
    assert "Timeout" in state["times-out"][1] or "timed out" in state["times-out"][1].lower()
    assert state["gulf-wire"][0] == 0
    assert state["gulf-wire"][2]
    stored = conn.execute("select count(*) from articles where source = 'gulf-wire'").fetchone()
    assert stored[0] >= 3
    conn.close()
    assert len(receiver.wait_for(2)) == 2  # Ain al-Asad and Erbil, from the good source


def test_a_failing_alert_channel_keeps_the_alert(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    receiver.failing.set()
    feed = source("levant-monitor", f"{site.base}/levant-monitor/feed.xml")
    config = run_config(tmp_path, feed, receiver.url())
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = conn.execute("select status, tries, last_error from alerts").fetchall()
    conn.close()
    assert rows
    assert {(status, tries) for status, tries, _ in rows} == {("failed", 1)}
    assert all(error for _, _, error in rows)
    assert "alert failed" in result.stderr
    assert receiver.received == []
