"""The daemon as a service: the systemd unit, the notification protocol, reloading on
SIGHUP, backing off failing sources, `basewatch sources` and `basewatch doctor`."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.demo.server import SiteServer, WebhookReceiver, respond
from monitor.service.daemon import MAX_BACKOFF, backoff
from tests.conftest import ROOT, basewatch, read_until, run_config, source, start_daemon

UNIT = ROOT / "systemd" / "basewatch.service"


def _analyze() -> str:
    tool = shutil.which("systemd-analyze")
    assert tool, "systemd-analyze is missing: `make test` installs Debian's systemd package"
    return tool


@pytest.fixture
def unit(tmp_path: Path) -> Path:
    """The unit as installed, its ExecStart pointing at this checkout's basewatch."""
    exe = shutil.which("basewatch") or str(Path(__import__("sys").executable).parent / "basewatch")
    text = UNIT.read_text().replace("/opt/basewatch/.venv/bin/basewatch", exe)
    path = tmp_path / "basewatch.service"
    path.write_text(text)
    return path


def test_unit_verifies_without_a_warning(unit: Path) -> None:
    result = subprocess.run(
        [_analyze(), "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert result.stderr.strip() == ""  # verify exits 0 on unknown keys: any output fails


def test_unit_exposure_is_2_or_lower(unit: Path) -> None:
    result = subprocess.run(
        [_analyze(), "security", "--offline=yes", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d)", result.stdout)
    assert found, result.stdout[-2000:]
    assert float(found.group(1)) <= 2.0


def test_backoff_doubles_honours_retry_after_and_is_capped() -> None:
    assert backoff(900, 0) == 900
    assert backoff(900, 1) == 900
    assert backoff(900, 3) == 3600
    assert backoff(900, 1, retry_after=7200) == 7200
    assert backoff(900, 40) == MAX_BACKOFF  # capped at a day, never given up


def _config(tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, sources: str) -> Path:
    return run_config(tmp_path, sources, receiver.url())


def _source(name: str, url: str) -> str:
    return source(name, url, every="10m")


def _wait_for_line(process: subprocess.Popen[str], pattern: str) -> str:
    return read_until(process, pattern)[-1]


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify.sock"))
    sock.settimeout(60)
    yield sock
    sock.close()


def test_ready_watchdog_and_stopping_reach_systemd(
    tmp_path: Path,
    site: SiteServer,
    receiver: WebhookReceiver,
    notify_socket: socket.socket,
) -> None:
    config = _config(
        tmp_path, site, receiver, _source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    )
    process = start_daemon(
        config, NOTIFY_SOCKET=notify_socket.getsockname(), WATCHDOG_USEC="300000"
    )
    try:
        messages = [notify_socket.recv(4096).decode()]
        assert messages[0].startswith("READY=1")
        messages.append(notify_socket.recv(4096).decode())
        assert messages[1] == "WATCHDOG=1"
    finally:
        process.send_signal(signal.SIGTERM)
    while (message := notify_socket.recv(4096).decode()) == "WATCHDOG=1":
        pass
    assert message == "STOPPING=1"
    assert process.wait(60) == 0


def test_sighup_reloads_sources_and_refuses_a_bad_config(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    first = _source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    config = _config(tmp_path, site, receiver, first)
    process = start_daemon(config)
    try:
        _wait_for_line(process, r"poll source=gulf-wire status=200")
        second = _source("levant-monitor", f"{site.base}/levant-monitor/feed.xml")
        config.write_text(config.read_text() + second)
        process.send_signal(signal.SIGHUP)
        _wait_for_line(process, r"configuration reloaded sources=2")
        _wait_for_line(process, r"poll source=levant-monitor status=200")
        config.write_text(config.read_text() + "\n[crawler]\nbogus = 1\n")
        process.send_signal(signal.SIGHUP)
        line = _wait_for_line(process, r"reload refused")
        assert "bogus" in line or "crawler" in line
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    assert process.returncode == 0


def test_a_rate_limited_source_backs_off_as_retry_after_asks(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    def limited(handler: BaseHTTPRequestHandler) -> bool:
        return respond(handler, b"", status=429, headers={"Retry-After": "7200"})

    site.routes["/busy/feed.xml"] = limited
    config = _config(tmp_path, site, receiver, _source("busy", f"{site.base}/busy/feed.xml"))
    process = start_daemon(config)
    try:
        line = _wait_for_line(process, r"source backs off source=busy")
        assert "failures=1 next_in_s=7200" in line
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    shown = basewatch("sources", "--config", str(config))
    assert shown.returncode == 0, shown.stderr
    assert "last error: HTTP 429" in shown.stdout
    listed = basewatch("sources", "--config", str(config), "--format", "json")
    (busy,) = [row for row in json.loads(listed.stdout) if row["name"] == "busy"]
    assert busy["failures"] == 1  # one failure in a row


def test_doctor_checks_a_deployment(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    sources = _source("gulf-wire", f"{site.base}/gulf-wire/feed.xml") + _source(
        "gone", f"{site.base}/gone/feed.xml"
    )
    config = _config(tmp_path, site, receiver, sources)
    result = basewatch("doctor", "--config", str(config))
    assert result.returncode == 1
    assert "ok    archive" in result.stdout
    assert "ok    source gulf-wire answers (HTTP 200)" in result.stdout
    assert "FAIL  source gone answers HTTP 404" in result.stdout
    config.write_text(config.read_text().replace(_source("gone", f"{site.base}/gone/feed.xml"), ""))
    assert basewatch("doctor", "--config", str(config)).returncode == 0
