"""A hostile web: a local server that drips, loops, floods, bombs, lies about encodings,
expands entities, repeats and changes GUIDs and dates from the future. The run goes on,
every good source is still processed, every failure is counted and shown."""

from __future__ import annotations

import gzip
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.demo.server import SITE, SiteServer, WebhookReceiver, respond
from tests.conftest import basewatch, write_config

FEED = (SITE / "gulf-wire" / "feed.xml").read_text(encoding="utf-8")
ATTACK_PAGE = "/gulf-wire/ain-al-asad-rockets.html"


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"{items}</channel></rss>"
    ).encode()


def _item(base: str, guid: str, page: str = ATTACK_PAGE, date: str = "") -> str:
    when = f"<pubDate>{date}</pubDate>" if date else ""
    return f"<item><title>Rockets</title><link>{base}{page}</link><guid>{guid}</guid>{when}</item>"


def test_the_run_survives_a_hostile_web(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, stop: threading.Event
) -> None:
    base = site.base

    def drip(handler: BaseHTTPRequestHandler) -> bool:
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        while not stop.wait(0.2):  # a byte now and then, never the whole body
            try:
                handler.wfile.write(b" ")
                handler.wfile.flush()
            except OSError:
                break
        return True

    def loop(handler: BaseHTTPRequestHandler) -> bool:
        return respond(handler, b"", status=302, headers={"Location": "/loop/feed.xml"})

    def bomb(handler: BaseHTTPRequestHandler) -> bool:
        body = gzip.compress(b"<rss>" + b"\0" * (20 * 1024 * 1024))  # 20 MB in ~20 KB
        return respond(
            handler, body, ctype="application/rss+xml", headers={"Content-Encoding": "gzip"}
        )

    entities = "".join(
        f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10 if i else "x" * 10}">' for i in range(8)
    )
    laughs = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        f"<title>&e7;</title>{_item(base, 'lol')}</channel></rss>"
    ).encode()
    arabic = (
        FEED.replace("{{BASE}}", base).replace("Gulf Wire", "الخليج").encode("cp1256", "replace")
    )
    twice = _rss(_item(base, "a") + _item(base, "b") + _item(base, "a"))
    future = _rss(
        _item(
            base,
            "f",
            "/tigris-post/rocket-attack-ain-al-asad-anbar.html",
            "Tue, 01 Jan 2099 10:00:00 GMT",
        )
    )
    site.routes.update(
        {
            "/drip/feed.xml": drip,
            "/loop/feed.xml": loop,
            "/huge/feed.xml": lambda h: respond(
                h, _rss("<item><title>" + "x" * 3_000_000 + "</title></item>")
            ),
            "/bomb/feed.xml": bomb,
            "/laughs/feed.xml": lambda h: respond(h, laughs),
            "/encoding/feed.xml": lambda h: respond(
                h, arabic, ctype="application/rss+xml; charset=utf-8"
            ),
            "/twice/feed.xml": lambda h: respond(h, twice),
            "/future/feed.xml": lambda h: respond(h, future),
        }
    )
    names = ["drip", "loop", "huge", "bomb", "laughs", "encoding", "twice", "future"]
    sources = "".join(
        f'[[sources]]\nname = "{n}"\nkind = "rss"\nurl = "{base}/{n}/feed.xml"\n' for n in names
    )
    config = write_config(
        tmp_path / "c.toml",
        f"""
[archive]
path = "{tmp_path / "a.db"}"
[alerts]
max_age_days = 0
[crawler]
delay = 0
download_timeout = "3s"
retries = 0
max_size_mb = 1
{sources}
[[sources]]
name = "levant-monitor"
kind = "rss"
url = "{base}/levant-monitor/feed.xml"
[[channels]]
name = "chat"
url = "{receiver.url()}"
""",
    )
    result = basewatch("run", "--once", "--config", str(config), timeout=120)
    assert result.returncode == 1, result.stderr[-3000:]  # the hostile feeds failed, not all
    assert "Traceback" not in result.stderr
    assert "logger=scrapy" not in result.stderr  # each failure is said once, by its source
    conn = sqlite3.connect(tmp_path / "a.db")
    state = {
        r[0]: (r[1], r[2]) for r in conn.execute("select name, failures, last_error from sources")
    }
    for name in ("drip", "loop", "huge", "bomb"):
        failures, error = state[name]
        assert failures == 1, (name, state[name])
        assert error, name
    assert state["levant-monitor"][0] == 0  # the good source is processed all the same
    titles = {a["title"] for a in receiver.wait_for(3)}
    assert any("Erbil" in t for t in titles)  # the good source's reports are alerted
    assert any("Al-Tanf" in t for t in titles)
    assert "Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-25" in titles
    # entity expansion refused, but the feed is not lost: its one item was read
    urls = {r[0] for r in conn.execute("select url from articles")}
    assert f"{base}{ATTACK_PAGE}" in urls
    # the same article under repeated and changing GUIDs is stored once
    assert sum(1 for u in urls if u.endswith(ATTACK_PAGE)) == 1
    # a date in 2099 is not believed: the attack is dated by the fetch day, not the future
    (published,) = conn.execute(
        "select published from articles where url like '%rocket-attack-ain-al-asad-anbar%'"
    ).fetchone()
    assert published is None or published < "2098"
    assert datetime.fromisoformat(published).year <= datetime.now(UTC).year
    conn.close()
    shown = basewatch("sources", "--config", str(config), "--format", "json")
    failures = {row["name"]: row["failures"] for row in json.loads(shown.stdout)}
    for name in ("drip", "loop", "huge", "bomb"):
        assert failures[name] == 1, name
