"""`basewatch demo` runs offline, ends by itself, and shows one alert per sample incident."""

from __future__ import annotations

import re
import socket
import sqlite3
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.demo.server import LoopbackServer, SiteServer, respond, serving
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


def test_many_local_servers_are_served_by_one_thread_and_closed_after() -> None:
    # the real-report bench serves one outlet per loopback address (thousands): one thread
    # serves them all, and leaving the block closes every one
    class Hello(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the handler's method name)
            respond(self, self.server.server_name.encode(), ctype="text/plain")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    hosts = [f"127.1.9.{i}" for i in range(1, 41)]
    servers = [LoopbackServer((host, 0), Hello) for host in hosts]
    before = threading.active_count()
    with serving(servers):
        assert threading.active_count() == before + 1
        for server in servers:
            host, port = server.server_address[:2]
            with urllib.request.urlopen(f"http://{host}:{port}/", timeout=5) as reply:
                assert reply.read().decode() == host
    for server in servers:
        host, port = server.server_address[:2]
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((host, port), timeout=5).close()
