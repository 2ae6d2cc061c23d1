"""`basewatch status` and `basewatch channels`: a deployment at a glance, read from the real
daemon's status file and archive, and the channels with their secrets masked."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.demo.server import SiteServer
from monitor.service.heartbeat import STALE, presence_path, read_presence
from tests.conftest import basewatch, read_until, refused_ports, run_config, source, start_daemon


def _status(config: Path, *args: str) -> tuple[int, dict]:
    result = basewatch("status", "--config", str(config), "--format", "json", *args)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_status_of_a_running_daemon_then_of_a_stopped_one(tmp_path: Path, site: SiteServer) -> None:
    with refused_ports(2) as (port, channel_port):
        sources = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml") + source(
            "dead-outlet", f"http://127.0.0.1:{port}/feed.xml"
        )
        # a channel that refuses: its alerts wait in the outbox
        config = run_config(tmp_path, sources, f"json://127.0.0.1:{channel_port}/hook")
        daemon = start_daemon(config)
        try:
            read_until(daemon, r"cycle polled=2 failed=1")
            code, found = _status(config)
            table = basewatch("status", "--config", str(config))
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.communicate(timeout=30)
    assert code == 0
    assert found["daemon"]["state"] == "running"
    assert found["daemon"]["pid"] == daemon.pid
    assert found["daemon"]["last_cycle"]["polled"] == 2
    assert found["daemon"]["last_cycle"]["failed"] == 1
    assert [s["name"] for s in found["failing_sources"]] == ["dead-outlet"]
    alerts = found["alerts"]
    assert alerts["waiting"] == alerts["pending"] + alerts["failed"] > 0
    assert alerts["oldest_waiting"] is not None
    assert found["archive"]["incidents"] > 0
    assert found["archive"]["bytes"] >= (tmp_path / "a.db").stat().st_size
    assert table.returncode == 0
    assert f"running: pid {daemon.pid}" in table.stdout
    assert "polled 2, failed 1" in table.stdout
    assert "1 source(s): dead-outlet (1 in a row" in table.stdout
    assert "Connection was refused" in table.stdout
    code, found = _status(config)
    assert code == 1  # stopped: cron and monitoring can tell
    assert found["daemon"]["state"] == "stopped"
    assert found["daemon"]["last_cycle"]["polled"] == 2  # what it did last is kept
    assert "not running: stopped at" in basewatch("status", "--config", str(config)).stdout


def test_status_says_when_the_daemon_died_without_stopping(
    tmp_path: Path, site: SiteServer
) -> None:
    config = run_config(tmp_path, source("gulf-wire", f"{site.base}/gulf-wire/feed.xml"), None)
    daemon = start_daemon(config)
    try:
        read_until(daemon, r"cycle polled=1")
    finally:
        daemon.kill()
        daemon.communicate(timeout=30)
    code, found = _status(config)
    assert code == 1
    assert found["daemon"]["state"] == "died"
    table = basewatch("status", "--config", str(config)).stdout
    assert "it ended without stopping (killed or crashed)" in table


def _presence(archive: Path, **data: object) -> None:
    now = datetime.now(UTC)
    record = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": now.isoformat(),
        "heartbeat": now.isoformat(),
        "stopped": None,
        "last_cycle": None,
        **data,
    }
    presence_path(archive).write_text(json.dumps(record), encoding="utf-8")


def test_a_live_process_whose_heartbeat_stopped_is_not_responding(tmp_path: Path) -> None:
    archive = tmp_path / "a.db"
    old = (datetime.now(UTC) - timedelta(seconds=STALE + 5)).isoformat()
    _presence(archive, heartbeat=old)  # this test's own process: alive, not beating
    assert read_presence(archive, datetime.now(UTC)).state == "not responding"
    _presence(archive)
    assert read_presence(archive, datetime.now(UTC)).state == "running"
    _presence(archive, host="another-machine", heartbeat=old)  # no pid to ask there
    assert read_presence(archive, datetime.now(UTC)).state == "not responding"
    presence_path(archive).write_text("{half a file", encoding="utf-8")
    assert read_presence(archive, datetime.now(UTC)).state == "unknown"


def test_status_without_a_daemon_reads_the_archive_only(tmp_path: Path, site: SiteServer) -> None:
    config = run_config(tmp_path, source("gulf-wire", f"{site.base}/gulf-wire/feed.xml"), None)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    archive = tmp_path / "a.db"
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    code, found = _status(config)
    assert code == 1
    assert found["daemon"]["state"] == "unknown"
    assert found["last_poll"]["sources"] == 1
    table = basewatch("status", "--archive", str(archive), "--config", str(tmp_path / "none.toml"))
    assert "it has not run on this archive" in table.stdout
    assert "1 source(s) polled (from the archive)" in table.stdout
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    assert not presence_path(archive).exists()  # run --once keeps no status file


def test_status_of_a_missing_archive_is_a_clear_error(tmp_path: Path) -> None:
    result = basewatch("status", "--archive", str(tmp_path / "none.db"))
    assert result.returncode != 0
    assert "no archive at" in result.stderr
    assert "Traceback" not in result.stderr


CHANNELS = """
[[channels]]
name = "team-chat"
url = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general"
tags = ["chat"]
min_confidence = 0.7
countries = ["Iraq", "Syria"]
weapons = ["drone"]

[[channels]]
name = "operators"
url_env = "BW_TEST_OPS_URL"
tags = ["ops"]
digest = "daily"

[[channels]]
name = "pager"
url_env = "BW_TEST_UNSET_URL"
"""


def test_channels_lists_names_tags_filters_with_secrets_masked(tmp_path: Path) -> None:
    config = run_config(tmp_path, "", None, extra=CHANNELS)
    env = {"BW_TEST_OPS_URL": "json://ops:hunter2@127.0.0.1:9/hook?+X-Token=sekrit"}
    table = basewatch("channels", "--config", str(config), **env)
    assert table.returncode == 0, table.stderr
    for secret in ("TIiajkdnlazkcOXrIdevi7FQ", "hunter2", "sekrit", "A1BRTD4JD"):
        assert secret not in table.stdout
    lines = {line.split()[0]: line for line in table.stdout.splitlines()[2:]}
    assert lines.keys() == {"team-chat", "operators", "pager"}
    assert "countries Iraq,Syria; weapons drone" in lines["team-chat"]
    assert "confidence >= 0.7" in lines["team-chat"]
    assert "slack://T...2/A...D/T...Q" in lines["team-chat"]
    assert "daily digest; operator alerts" in lines["operators"]
    assert "json://ops:***@127.0.0.1:9/hook  (from $BW_TEST_OPS_URL)" in lines["operators"]
    assert "$BW_TEST_UNSET_URL is not set" in lines["pager"]
    found = json.loads(
        basewatch("channels", "--config", str(config), "--format", "json", **env).stdout
    )
    assert [c["name"] for c in found] == ["team-chat", "operators", "pager"]
    assert found[1]["operator_alerts"] is True
    assert found[2]["url_set"] is False
    assert found[2]["url"] is None
    assert "sekrit" not in json.dumps(found)


def test_channels_without_any_says_where_to_add_them(tmp_path: Path) -> None:
    config = run_config(tmp_path, "", None)
    result = basewatch("channels", "--config", str(config))
    assert result.returncode == 0
    assert f"add [[channels]] to {config}" in result.stdout
    assert (
        json.loads(basewatch("channels", "--config", str(config), "--format", "json").stdout) == []
    )
