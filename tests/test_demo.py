"""`basewatch demo` runs offline, ends by itself, and shows one alert per sample incident."""

from __future__ import annotations

import re
import socket
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from monitor.demo.server import SiteServer
from tests.conftest import EXPECTED, basewatch


def test_demo_shows_alerts_and_fills_the_archive(tmp_path: Path) -> None:
    result = basewatch("demo", "--workdir", str(tmp_path / "demo"), timeout=60)
    assert result.returncode == 0, result.stderr
    # a healthy run says nothing alarming: the sample page that is gone (a 404) is an
    # outcome, matched on its feed summary, not a warning
    assert not re.search(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback", result.stderr), result.stderr
    assert "article page unavailable source=defence-desk" in result.stderr
    expected = EXPECTED["incidents"]
    assert f"{len(expected)} alert(s) received by the webhook" in result.stdout
    for incident in expected:
        assert incident["attack_date"] in result.stdout
    conn = sqlite3.connect(tmp_path / "demo" / "demo.db")
    found = {r[0] for r in conn.execute("select place_id from incidents")}
    conn.close()
    assert found == {i["base"] for i in expected}


def test_local_servers_bind_without_asking_dns_their_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # the benches bind a server on each of a thousand loopback addresses; a reverse look-up
    # per bind waits out the resolver's timeout on a machine whose resolver does not answer
    def no_lookup(name: str = "") -> str:
        raise AssertionError(f"reverse DNS look-up of {name!r}")

    monkeypatch.setattr(socket, "getfqdn", no_lookup)
    with SiteServer(host="127.1.2.3") as site:
        assert site.httpd.server_name == "127.1.2.3"
        with urllib.request.urlopen(f"{site.base}/robots.txt", timeout=5) as reply:
            assert reply.status == 200
