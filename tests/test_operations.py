"""The daemon as its operators meet it: quiet logs (one line per expected network failure,
a line per cycle), a stop within 2 seconds whatever is in flight, exit codes that cron can
read, JSON logs, and journald's own timestamps."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

from monitor.cli.logs import fields
from monitor.demo.server import SiteServer
from monitor.errors import ExitCode
from monitor.service.pipeline import CycleReport
from monitor.service.summary import Tally
from tests.conftest import (
    ROOT,
    Tarpit,
    basewatch,
    read_until,
    refused_ports,
    run_config,
    source,
    start_daemon,
)

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d")


def _lines_about(log: str, name: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(rf"source={re.escape(name)}\b", line)]


def test_forty_refused_sources_log_no_traceback_and_at_most_three_lines_each(
    tmp_path: Path,
) -> None:
    with refused_ports(40) as ports:
        names = [f"refused-{i:02d}" for i in range(40)]
        sources = "".join(
            source(name, f"http://127.0.0.1:{port}/feed.xml")
            for name, port in zip(names, ports, strict=True)
        )
        config = run_config(tmp_path, sources, None)
        process = start_daemon(config)
        try:
            lines = read_until(process, r"every source failed")
        finally:
            process.send_signal(signal.SIGTERM)
            rest, _ = process.communicate(timeout=30)
    log = "".join(lines)
    assert "Traceback" not in log
    assert process.returncode == 0, log
    assert f"daemon started config={config} sources=40 channels=0" in log
    assert "no channel configured" in log  # and says where to add one
    for name in names:
        about = _lines_about(log, name)
        assert 1 <= len(about) <= 3, (name, about)
        assert "Connection was refused" in about[0]
    assert re.search(r"cycle polled=40 failed=40 new=0", log)
    (all_failed,) = [line for line in lines if "every source failed" in line]
    assert "check the network, DNS and any proxy" in all_failed
    assert len(lines) <= 3 * 40 + 6  # nothing else: no scheduler chatter, no Scrapy lines


def test_sigint_with_forty_hanging_sources_ends_within_two_seconds(tmp_path: Path) -> None:
    with Tarpit() as tarpit:
        sources = "".join(
            source(f"hangs-{i:02d}", f"{tarpit.base}/{i}/feed.xml") for i in range(40)
        )
        config = run_config(tmp_path, sources, None)
        # the downloads would hang for a minute: only the stop can end them in time
        config.write_text(
            config.read_text().replace('download_timeout = "3s"', 'download_timeout = "60s"')
        )
        process = start_daemon(config)
        read_until(process, r"daemon started")
        assert tarpit.wait_for(40), "the 40 sources were not all fetching"
        took, log = _stop(process, signal.SIGINT)
    assert took < 2.0, log
    assert process.returncode == 0, log
    assert "Traceback" not in log
    assert "CancelledError" not in log
    # all 40 polls were cancelled; other jobs (the alerts' delivery) may run beside them
    assert re.search(r"stopping signal=SIGINT jobs=\d+ polls=40:", log), log
    conn = sqlite3.connect(tmp_path / "a.db")  # the archive is whole, and usable at once
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    assert conn.execute("select count(*) from sources").fetchone() == (40,)
    conn.close()


def _stop(process: subprocess.Popen[str], signum: int) -> tuple[float, str]:
    """Send `signum`; return the seconds until the process ended, and its log."""
    try:
        started = time.monotonic()
        process.send_signal(signum)
        process.wait(30)
        took = time.monotonic() - started
    finally:
        process.kill()
        _, log = process.communicate(timeout=30)
    return took, log


def _stuck(tmp_path: Path, site: SiteServer) -> subprocess.Popen[str]:
    """A daemon whose event loop is stuck: asked to reload, it opens its configuration,
    which has become a FIFO nobody writes to (a hung network file system would do the
    same). Returns once its main thread waits in the kernel."""
    config = run_config(tmp_path, source("gulf-wire", f"{site.base}/gulf-wire/feed.xml"), None)
    process = start_daemon(config)
    read_until(process, r"daemon started")
    config.unlink()
    os.mkfifo(config)
    process.send_signal(signal.SIGHUP)
    wchan = Path(f"/proc/{process.pid}/wchan")
    deadline = time.monotonic() + 30
    while wchan.read_text() != "wait_for_partner":  # the kernel's word for a FIFO's open
        assert time.monotonic() < deadline, f"the daemon did not block: {wchan.read_text()}"
        assert process.poll() is None
        time.sleep(0.01)
    return process


def test_a_stop_ends_the_process_within_two_seconds_even_when_the_loop_is_stuck(
    tmp_path: Path, site: SiteServer
) -> None:
    process = _stuck(tmp_path, site)
    took, log = _stop(process, signal.SIGTERM)
    assert took < 2.0, log
    assert process.returncode == 0, log
    assert "stop took longer than" in log
    assert "Traceback" not in log


def test_a_second_sigint_exits_at_once(tmp_path: Path, site: SiteServer) -> None:
    process = _stuck(tmp_path, site)
    process.send_signal(signal.SIGINT)
    time.sleep(0.2)  # well inside the first stop's deadline
    assert process.poll() is None, "the first stop ended the process already"
    took, log = _stop(process, signal.SIGINT)
    assert took < 0.5, log
    assert process.returncode == 130, log
    assert log.rstrip().splitlines()[-1].endswith("second SIGINT: exiting at once")


def test_run_once_exit_codes_say_what_was_polled(tmp_path: Path, site: SiteServer) -> None:
    good = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    with refused_ports(1) as (port,):
        bad = source("refused", f"http://127.0.0.1:{port}/feed.xml")
        runs = {}
        for case, sources in {"all": good, "some": good + bad, "none": bad}.items():
            folder = tmp_path / case
            folder.mkdir()
            config = run_config(folder, sources, None)
            runs[case] = basewatch("run", "--once", "--config", str(config))
    assert runs["all"].returncode == 0, runs["all"].stderr
    assert runs["some"].returncode == 1, runs["some"].stderr
    assert runs["none"].returncode == 3, runs["none"].stderr
    assert "every source failed polled=1" in runs["none"].stderr
    assert "every source failed" not in runs["some"].stderr
    for run in runs.values():
        assert "Traceback" not in run.stderr
    config = tmp_path / "all" / "c.toml"
    assert basewatch("run", "--once", "--config", str(config), "--bogus").returncode == 2
    config.write_text(config.read_text().replace("retries = 0", "retries = 0\nbogus = 1"))
    assert basewatch("run", "--once", "--config", str(config)).returncode == 2


class Rude(Tarpit):
    """Answers every connection with `reply` and hangs up; with no reply, hangs up with a
    TCP reset."""

    def __init__(self, reply: bytes = b"") -> None:
        super().__init__()
        self.reply = reply

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def handle(self, conn: socket.socket) -> None:
        if self.reply:
            conn.sendall(self.reply)
        else:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


def test_each_kind_of_network_failure_is_one_line(tmp_path: Path, site: SiteServer) -> None:
    with (
        Rude() as resetting,
        Rude(b"HTTP/1.0 400 Bad Request\r\n\r\n") as plain,
        Tarpit() as tarpit,
        refused_ports(1) as (refused,),
    ):
        kinds = {
            "refused": (f"http://127.0.0.1:{refused}/feed.xml", "Connection was refused"),
            "reset": (
                f"http://127.0.0.1:{resetting.port}/feed.xml",
                "reset by peer|ConnectionLost",
            ),
            "timeout": (f"{tarpit.base}/feed.xml", "DownloadTimeoutError"),
            "tls": (f"https://127.0.0.1:{plain.port}/feed.xml", "TLS error: wrong version number"),
            "missing": (f"{site.base}/no-such-outlet/feed.xml", "HTTP 404"),
        }
        sources = "".join(source(name, url) for name, (url, _) in kinds.items())
        result = basewatch("run", "--once", "--config", str(run_config(tmp_path, sources, None)))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    for name, (_, says) in kinds.items():
        (line,) = _lines_about(result.stderr, name)
        assert line.split()[2] == "WARNING", line
        assert re.search(says, line), line


def test_json_log_lines_parse_and_carry_the_fields(tmp_path: Path, site: SiteServer) -> None:
    with refused_ports(1) as (port,):
        sources = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
        sources += source("refused", f"http://127.0.0.1:{port}/feed.xml")
        config = run_config(tmp_path, sources, None)
        result = basewatch("--log-format", "json", "run", "--once", "--config", str(config))
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines()]
    assert all({"time", "level", "logger", "event", "message"} <= r.keys() for r in records)
    polls = {r["source"]: r for r in records if r["event"] == "poll"}
    assert polls["gulf-wire"]["status"] == 200
    assert polls["gulf-wire"]["level"] == "info"
    assert polls["refused"]["level"] == "warning"
    assert "Connection was refused" in polls["refused"]["error"]
    (cycle,) = [r for r in records if r["event"] == "cycle"]
    assert (cycle["polled"], cycle["failed"]) == (2, 1)
    (start,) = [r for r in records if r["event"] == "run once"]
    assert start["config"] == str(config)
    assert start["sources"] == 2


def _under_journal(config: Path, *options: str, same_stream: bool = True) -> str:
    """Run `run --once` with stderr on a pipe that JOURNAL_STREAM names (as systemd does
    for a service whose output goes to the journal), or names another stream."""
    read, write = os.pipe()
    other = os.pipe()
    stat = os.fstat(write if same_stream else other[1])
    for fd in other:
        os.close(fd)
    env = {**os.environ, "JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"}
    command = [sys.executable, "-m", "monitor", *options, "run", "--once", "--config"]
    process = subprocess.Popen([*command, str(config)], cwd=ROOT, stderr=write, env=env)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as stream:
        log = stream.read()
    assert process.wait(120) == 0, log
    return log


def test_under_journald_lines_carry_a_priority_and_no_timestamp(
    tmp_path: Path, site: SiteServer
) -> None:
    config = run_config(tmp_path, source("gulf-wire", f"{site.base}/gulf-wire/feed.xml"), None)
    lines = _under_journal(config).splitlines()
    assert lines
    assert not [line for line in lines if TIMESTAMP.search(line)]
    assert all(re.match(r"<[2-7]>[A-Z]+ ", line) for line in lines), lines
    assert any(line.startswith("<4>WARNING no channel configured") for line in lines)
    assert any(line.startswith("<6>INFO cycle polled=1 failed=0") for line in lines)
    records = [
        json.loads(line)
        for line in _under_journal(config, "--log-format", "json").split("\n")
        if line
    ]
    assert records
    assert not [r for r in records if "time" in r]
    # a variable inherited by a process whose stderr is not the journal changes nothing
    elsewhere = _under_journal(config, same_stream=False).splitlines()
    assert all(TIMESTAMP.match(line) for line in elsewhere), elsewhere


def test_quiet_logs_only_warnings_and_errors(tmp_path: Path, site: SiteServer) -> None:
    good = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    # a channel, never used: the feed's attacks are older than a day
    config = run_config(tmp_path, good, "json://127.0.0.1:9/unused")
    config.write_text(config.read_text().replace("max_age_days = 0", "max_age_days = 1"))
    result = basewatch("-q", "run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    with refused_ports(1) as (port,):
        bad = source("refused", f"http://127.0.0.1:{port}/feed.xml")
        config = run_config(tmp_path, good + bad, None)
        result = basewatch("-q", "run", "--once", "--config", str(config))
    levels = {line.split()[2] for line in result.stderr.splitlines()}
    assert levels == {"WARNING"}, result.stderr


def test_a_cycle_ends_when_every_source_was_polled_or_its_window_passed() -> None:
    def polled(*names: str, failed: int = 0) -> CycleReport:
        return CycleReport(polled=len(names), failed=failed, states={n: {} for n in names})

    active = {"a", "b", "c"}
    tally = Tally()
    tally.add(polled("a", "b"), now=100.0)
    assert not tally.complete(active, window=900, now=200.0)
    tally.add(polled("c", failed=1), now=300.0)
    assert tally.complete(active, window=900, now=300.0)
    assert tally.exit_code() == ExitCode.PARTIAL
    backing_off = Tally()  # "c" fails and is polled less often: the window ends the cycle
    backing_off.add(polled("a", "b"), now=100.0)
    assert backing_off.complete(active, window=900, now=1000.0)
    assert backing_off.exit_code() == ExitCode.OK
    assert not Tally().complete(active, window=900, now=5000.0)  # nothing polled: no line
    none = Tally()
    none.add(polled("a", "b", "c", failed=3), now=0.0)
    assert none.exit_code() == ExitCode.FAILED


def test_log_fields_become_json_keys() -> None:
    event, found = fields(
        "poll source=gulf-wire status=200 took_ms=41 ratio=0.5 "
        "error='DownloadTimeoutError: took longer than 3.0 seconds.' url=http://h:80/x"
    )
    assert event == "poll"
    assert found == {
        "source": "gulf-wire",
        "status": 200,
        "took_ms": 41,
        "ratio": 0.5,
        "error": "DownloadTimeoutError: took longer than 3.0 seconds.",
        "url": "http://h:80/x",
    }
    assert fields("stopping signal=SIGINT jobs=41 polls=40: cancelling them") == (
        "stopping",
        {"signal": "SIGINT", "jobs": 41, "polls": 40},
    )
    assert fields("no channel configured: add one") == ("no channel configured: add one", {})
