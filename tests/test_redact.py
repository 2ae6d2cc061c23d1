"""Keys in feed URLs never reach a log line, `doctor` or `sources`: every line is masked,
Scrapy's own error lines included."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.demo.server import SiteServer, respond
from monitor.redact import redact
from tests.conftest import basewatch, run_config, source


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("GET https://x.example/feed?apikey=abc123", "GET https://x.example/feed?apikey=***"),
        ("<GET http://h/f?a=1&TOKEN=t0k&b=2>", "<GET http://h/f?a=1&TOKEN=***&b=2>"),
        ("url='http://h/f?api_key=k&sig=s'", "url='http://h/f?api_key=***&sig=***'"),
        ("http://h/f?access_token=a#frag", "http://h/f?access_token=***#frag"),
        ("https://user:hunter2@h.example/f", "https://user:***@h.example/f"),
        ("http://h/f?monkey=1&keyboard=2", "http://h/f?monkey=1&keyboard=2"),
        ("no url here", "no url here"),
    ],
)
def test_redact_masks_secret_values_only(text: str, masked: str) -> None:
    assert redact(text) == masked


def _broken(handler: BaseHTTPRequestHandler) -> bool:
    handler.send_error(500, "broken")
    return True


def test_no_secret_in_logs_doctor_or_sources(tmp_path: Path, site: SiteServer) -> None:
    page = f"{site.base}/page?sig=SECRET3"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>k</title><item><title>Keyed'
        f"</title><link>{page.replace('&', '&amp;')}</link></item></channel></rss>"
    ).encode()
    site.routes["/keyed/feed.xml"] = lambda h: respond(h, feed)
    site.routes["/broken/feed.xml"] = _broken
    site.routes["/page"] = _broken
    sources = source("refused", "http://127.0.0.1:1/feed.xml?apikey=SECRET1")
    sources += source("broken", f"{site.base}/broken/feed.xml?x=1&token=SECRET2")
    sources += source("keyed", f"{site.base}/keyed/feed.xml?key=SECRET4")
    config = run_config(tmp_path, sources, None)
    run = basewatch("-v", "run", "--once", "--config", str(config))
    assert run.returncode == 1, run.stderr[-3000:]  # two of the three sources failed
    doctor = basewatch("doctor", "--config", str(config), "--timeout", "5")
    shown = basewatch("sources", "--config", str(config))
    for output in (run.stderr, run.stdout, doctor.stdout, doctor.stderr, shown.stdout):
        assert "SECRET" not in output, output[-3000:]
    # the URLs were written, masked: Scrapy's own line, ours, doctor's checks
    assert "Error downloading <GET http://127.0.0.1:1/feed.xml?apikey=***>" in run.stderr
    assert "sig=***" in run.stderr
    assert "apikey=***" in doctor.stdout
    assert "token=***" in doctor.stdout
