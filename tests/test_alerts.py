"""The outbox: failures are kept and retried, the CLI shows and retries them, test alerts
reach the channels, and no secret reaches a log."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from monitor.demo.server import SiteServer, WebhookReceiver
from tests.conftest import ROOT, basewatch, run_config, source


def _config(tmp_path: Path, site: SiteServer, url: str, extra: str = "") -> Path:
    feed = source("levant-monitor", f"{site.base}/levant-monitor/feed.xml")
    return run_config(tmp_path, feed, url, extra)


def _undelivered(tmp_path: Path, site: SiteServer, receiver: WebhookReceiver) -> Path:
    """A run whose two alerts failed: the channel was down. Returns its configuration."""
    config = _config(tmp_path, site, receiver.url())
    receiver.failing.set()
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    return config


def test_alerts_wait_out_a_channel_outage_and_arrive_once(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _undelivered(tmp_path, site, receiver)
    listed = basewatch("alerts", "--config", str(config), "--status", "failed")
    assert listed.returncode == 0, listed.stderr
    failed = [line for line in listed.stdout.splitlines() if " failed " in line]
    assert len(failed) == 2  # the Erbil drone and the al-Tanf rockets

    receiver.failing.clear()
    retried = basewatch("alerts", "--config", str(config), "--retry-all")
    assert "2 alert(s) due again" in retried.stdout
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert len(receiver.wait_for(2)) == 2
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert len(receiver.received) == 2  # sent ones are never sent again
    conn = sqlite3.connect(tmp_path / "a.db")
    assert {r[0] for r in conn.execute("select status from alerts")} == {"sent"}
    conn.close()


def _statuses(config: Path) -> dict[int, str]:
    listed = basewatch("alerts", "--config", str(config), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    return {alert["id"]: alert["status"] for alert in json.loads(listed.stdout)}


def test_retry_refuses_alerts_that_are_not_there_or_were_sent(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _undelivered(tmp_path, site, receiver)
    before = _statuses(config)
    assert sorted(before.values()) == ["failed", "failed"]
    first, second = sorted(before)
    missing = basewatch("alerts", "--config", str(config), "--retry", "99")
    assert missing.returncode == 2
    assert "nothing retried: alert 99 does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
    mixed = basewatch("alerts", "--config", str(config), "--retry", str(first), "--retry", "99")
    assert mixed.returncode == 2
    assert _statuses(config) == before  # one bad id: none retried

    receiver.failing.clear()
    one = basewatch("alerts", "--config", str(config), "--retry", str(first))
    assert one.returncode == 0, one.stderr
    assert "1 alert(s) due again" in one.stdout
    assert _statuses(config) == {first: "pending", second: "failed"}
    pending = basewatch("alerts", "--config", str(config), "--retry", str(first))
    assert pending.returncode == 2
    assert f"alert {first} is pending" in pending.stderr
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert _statuses(config)[first] == "sent"
    sent = basewatch("alerts", "--config", str(config), "--retry", str(first))
    assert sent.returncode == 2
    assert f"nothing retried: alert {first} was sent at " in sent.stderr
    assert "only failed and dead alerts are" in sent.stderr


def test_test_alert_reports_each_channel(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    extra = '[[channels]]\nname = "email"\nurl_env = "BASEWATCH_TEST_UNSET"\ntags = ["email"]\n'
    config = _config(tmp_path, site, receiver.url(), extra)
    result = basewatch("test-alert", "--config", str(config))
    assert result.returncode == 1
    assert "chat (json): sent" in result.stdout
    assert "email ($BASEWATCH_TEST_UNSET is not set): FAILED" in result.stdout
    assert receiver.wait_for(1)[0]["title"] == "basewatch test alert"
    only_chat = basewatch("test-alert", "--config", str(config), "--tag", "chat")
    assert only_chat.returncode == 0


def test_no_secret_reaches_the_log(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    secret = "s3cr3t-T0KEN-4242"
    host_port = receiver.url().split("//", 1)[1]
    channel = '[[channels]]\nname = "chat"\nurl_env = "BASEWATCH_CHAT_URL"\n'
    config = run_config(
        tmp_path, source("levant-monitor", f"{site.base}/levant-monitor/feed.xml"), None, channel
    )
    url = f"json://user:{secret}@{host_port}"
    result = basewatch("-v", "run", "--once", "--config", str(config), BASEWATCH_CHAT_URL=url)
    assert result.returncode == 0, result.stderr
    assert len(receiver.wait_for(2)) == 2
    assert "DEBUG" in result.stderr  # verbose logging was on
    assert secret not in result.stderr
    assert secret not in result.stdout


def test_sigkill_mid_dispatch_loses_no_alert(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    """The daemon is killed while a send hangs; after a restart every alert arrives, once."""
    config = _config(tmp_path, site, receiver.url())
    receiver.holding.set()
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--once", "--config", str(config)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert receiver.held.wait(60), "the daemon never tried to send"
    finally:
        process.kill()  # SIGKILL: no clean-up runs
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    receiver.holding.clear()
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    titles = sorted(a["title"] for a in receiver.wait_for(2))
    assert len(titles) == 2
    assert len(set(titles)) == 2


def _ops(receiver: WebhookReceiver) -> list[dict]:
    return [a for a in receiver.received if a["path"] == "/ops"]


def test_operator_alerts_for_a_failing_source_and_a_dead_channel(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    extra = (
        f'[[sources]]\nname = "broken"\nkind = "rss"\nurl = "{site.base}/missing/feed.xml"\n'
        f'[[channels]]\nname = "operators"\nurl = "{receiver.url("ops")}"\ntags = ["ops"]\n'
    )
    config = _config(tmp_path, site, receiver.url("chat"), extra)
    text = config.read_text().replace(
        "max_age_days = 0", "max_age_days = 0\nops_failures = 2\nmax_tries = 1\nretry_base = 1"
    )
    config.write_text(text)
    receiver.failing.set()  # the chat channel is down: its alerts die after one try
    # each run exits 1: the broken source failed, the good one was polled
    assert basewatch("run", "--once", "--config", str(config)).returncode == 1
    receiver.failing.clear()
    assert basewatch("run", "--once", "--config", str(config)).returncode == 1
    subjects = sorted(a["title"] for a in _ops(receiver))
    assert "basewatch: source broken failed 2 times in a row" in subjects
    assert subjects.count("basewatch: channel chat is failing") == 2  # one per dead alert
    assert basewatch("run", "--once", "--config", str(config)).returncode == 1
    assert len(_ops(receiver)) == len(subjects)  # the third failure raises nothing new
    chat = [a for a in receiver.received if a["path"] == "/chat"]
    assert chat == []  # operators' notices never go to the attack channel, and vice versa


def test_a_silent_source_raises_one_operator_alert(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    extra = f'[[channels]]\nname = "operators"\nurl = "{receiver.url("ops")}"\ntags = ["ops"]\n'
    config = _config(tmp_path, site, receiver.url("chat"), extra)
    config.write_text(
        config.read_text().replace(
            "max_age_days = 0", "max_age_days = 0\nops_silent_hours = 0.0001"
        )
    )
    for _ in range(3):
        assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    titles = [a["title"] for a in _ops(receiver)]
    assert titles == ["basewatch: source levant-monitor has brought nothing new for 0.0001 hours"]


def test_a_digest_channel_gets_one_summary(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _config(tmp_path, site, receiver.url("chat"))
    config.write_text(
        config.read_text().replace('tags = ["chat"]', 'tags = ["chat"]\ndigest = "daily"')
    )
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    (message,) = receiver.wait_for(1)
    assert message["title"] == "basewatch daily digest: 2 attack(s)"
    assert "Erbil" in message["message"]
    assert "Tanf" in message["message"]
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert len(receiver.received) == 1
