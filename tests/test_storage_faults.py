"""The archive's faults on real files, with the real daemon: a lock held by another
process, a disk that fills up (SQLite's page limit; the daemon's file size limit, as a
small filesystem would do it), a page-corrupted, a truncated and an empty file. In each:
no alert arrives twice at the webhook, and nothing is lost once the fault clears."""

from __future__ import annotations

import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor.config import AlertsConfig
from monitor.demo.server import SiteServer, WebhookReceiver
from monitor.errors import ArchiveUnwritableError
from monitor.models import Article, Detection, Place
from monitor.store.archive import Archive
from tests.conftest import EXPECTED, basewatch, demo_sources, run_config, start_daemon

INCIDENTS = len(EXPECTED["incidents"])
UNLIMITED = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("create table other_program (x)")  # a write of its own, undone below
conn.execute("drop table other_program")
print("locked", flush=True)
time.sleep(float(sys.argv[2])) if len(sys.argv) > 2 else sys.stdin.readline()
conn.execute("COMMIT")
"""


@contextmanager
def lock_held(db: Path, *seconds: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the archive's write lock until the block ends (or for
    `seconds`), then committing a write of its own."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(db), *seconds],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    try:
        yield holder
    finally:
        holder.communicate("\n", timeout=30)


def _config(tmp_path: Path, site: SiteServer, hook: WebhookReceiver, extra: str = "") -> Path:
    ops = f'[[channels]]\nname = "ops"\nurl = "{hook.url("ops")}"\ntags = ["ops"]\n'
    return run_config(tmp_path, demo_sources(site.base), hook.url("chat"), ops + extra)


def _alerts(hook: WebhookReceiver, path: str) -> Counter[str]:
    return Counter(a["title"] for a in hook.received if a["path"] == f"/{path}")


def _first_alerts(hook: WebhookReceiver) -> list[str]:
    """The chat channel's first alerts, without the updates that a later report may call for."""
    return [t for t in _alerts(hook, "chat") if not t.startswith(("Update:", "Confirmed:"))]


def _wait_for_first_alerts(hook: WebhookReceiver, count: int, timeout: float) -> None:
    """Wait on the first alerts themselves: waiting on a number of messages returned early
    when an update came in before the last first alert."""
    with hook.changed:
        hook.changed.wait_for(lambda: len(_first_alerts(hook)) >= count, timeout)


class Log:
    """A daemon's log, read by a thread of its own as the daemon writes it, so that a test
    can wait for a line with a time limit."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self.read = 0  # lines already matched past
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()
        with self.changed:
            self.lines.append("")  # the end
            self.changed.notify_all()

    def wait_for(self, pattern: str, timeout: float = 90) -> str:
        """The next line (after the last one waited for) that matches `pattern`."""

        def found() -> bool:
            while self.read < len(self.lines):
                if re.search(pattern, self.lines[self.read]) or self.lines[self.read] == "":
                    return True
                self.read += 1
            return False

        with self.changed:
            if self.changed.wait_for(found, timeout) and self.lines[self.read]:
                self.read += 1
                return self.lines[self.read - 1]
        pytest.fail(f"no line matching {pattern!r} in the log:\n{self.text()[-3000:]}")

    def stop(self, *, once: bool = False) -> str:
        """The whole log once the daemon has ended (`once`: by itself; else on SIGTERM)."""
        if self.process.poll() is None and not once:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.thread.join(30)
        return self.text()

    def text(self) -> str:
        with self.changed:
            return "".join(self.lines)


def _stored_urls(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    urls = {r[0] for r in conn.execute("select url from articles")}
    conn.close()
    return urls


def test_a_write_waits_for_another_process_lock(tmp_path: Path) -> None:
    """Without BEGIN IMMEDIATE the write would fail at once with "database is locked"
    as soon as the other process commits."""
    archive = Archive(tmp_path / "a.db")
    asad = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)
    with lock_held(tmp_path / "a.db", "1.5"):
        t0 = time.monotonic()
        stored = archive.store_report(
            Article(url="https://a.example/1", title="t", text="Rockets hit Ain al-Asad."),
            Detection(attack=True, confidence=0.9, bases=(asad,), attack_date=date(2026, 1, 2)),
            now=datetime.now(UTC),
            channels=[],
            alerts=AlertsConfig(max_age_days=0),
            min_confidence=0.5,
        )
        waited = time.monotonic() - t0
    assert waited > 1.0  # it waited for the other process's commit, then wrote
    assert stored.new
    assert stored.incidents == ("2026-01-02-ain-al-asad",)
    archive.close()


def test_an_archive_at_sqlites_page_limit_is_full_and_loses_nothing(tmp_path: Path) -> None:
    """SQLite's own page limit (PRAGMA max_page_count) as a full disk: the store fails as
    a whole with a clear error, the probe says so, and both work once there is room."""
    archive = Archive(tmp_path / "a.db")
    asad = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)

    def store(n: int) -> object:
        return archive.store_report(
            Article(url=f"https://a.example/{n}", title="t", text="Rockets hit the base. " * 900),
            Detection(attack=True, confidence=0.9, bases=(asad,), attack_date=date(2026, 1, 2)),
            now=datetime.now(UTC),
            channels=[],
            alerts=AlertsConfig(max_age_days=0),
            min_confidence=0.5,
        )

    store(1)
    (pages,) = archive.db.execute("pragma page_count").fetchone()
    archive.db.execute(f"pragma max_page_count = {pages}")
    with pytest.raises(ArchiveUnwritableError, match="the disk is full"):
        store(2)
    with pytest.raises(ArchiveUnwritableError):
        archive.probe(datetime.now(UTC))
    counts = archive.counts()
    assert (counts["articles"], counts["detections"]) == (1, 1)  # nothing half-written
    archive.db.execute(f"pragma max_page_count = {pages * 10}")  # room again
    archive.probe(datetime.now(UTC))
    store(2)
    assert archive.known_urls(["https://a.example/2"]) == {"https://a.example/2"}
    archive.close()


@pytest.mark.parametrize("once", [True, False], ids=["run --once", "run"])
def test_start_waits_for_a_lock_held_by_another_process(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, once: bool
) -> None:
    config = _config(tmp_path, site, receiver)
    assert basewatch("migrate", "--config", str(config)).returncode == 0
    args = [sys.executable, "-m", "monitor", "run", "--config", str(config)]
    with lock_held(tmp_path / "a.db"):
        process = subprocess.Popen(
            [*args, "--once"] if once else args,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        daemon = Log(process)
        try:
            line = daemon.wait_for(r"archive locked by another process")
        except BaseException:
            daemon.stop()
            raise
        assert "waiting for it up to 60 s" in line
    try:
        if not once:
            daemon.wait_for(r"daemon started")
        assert len(receiver.wait_for(INCIDENTS, timeout=60)) == INCIDENTS
    finally:
        log = daemon.stop(once=once)
    assert process.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[log.find("Traceback") - 1500 :]
    assert log.count("archive locked by another process") == 1
    assert _alerts(receiver, "chat").most_common(1)[0][1] == 1


def test_a_lock_held_past_the_start_up_wait_is_one_clear_error(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _config(tmp_path, site, receiver)
    assert basewatch("migrate", "--config", str(config)).returncode == 0
    config.write_text(config.read_text().replace("[archive]\n", '[archive]\nlock_wait = "1s"\n'))
    with lock_held(tmp_path / "a.db"):
        result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 3
    assert "stayed locked by another process for 1 s" in result.stderr
    assert "raise [archive] lock_wait" in result.stderr
    assert "Traceback" not in result.stderr
    assert receiver.received == []


def _full_disk() -> None:
    """In the daemon's process: no file may grow (writes fail as on a full filesystem)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))


def test_a_disk_full_at_start_pauses_tells_the_operators_once_and_resumes(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _config(tmp_path, site, receiver)
    assert basewatch("migrate", "--config", str(config)).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--config", str(config)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        preexec_fn=_full_disk,  # noqa: PLW1509 (the child's own limit, set before exec)
    )
    daemon = Log(process)
    try:
        daemon.wait_for(r"archive cannot be written")
        ops = receiver.wait_for(1)
        assert [a["path"] for a in ops] == ["/ops"]
        assert "the archive cannot be written" in ops[0]["title"]
        resource.prlimit(process.pid, resource.RLIMIT_FSIZE, UNLIMITED)  # space freed
        daemon.wait_for(r"archive writable again|daemon started")
        _wait_for_first_alerts(receiver, INCIDENTS, timeout=90)
    finally:
        log = daemon.stop()
    assert process.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[log.find("Traceback") - 1500 :]
    assert sum(_alerts(receiver, "ops").values()) == 1
    chat = _alerts(receiver, "chat")
    # one first alert per attack; an update that a later report's facts call for (polls
    # resume one source at a time) is a message of its own, and nothing is sent twice
    assert len(_first_alerts(receiver)) == INCIDENTS
    assert set(chat.values()) == {1}


def test_a_disk_full_while_sending_never_sends_an_alert_twice(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    """The first alert is taken by the channel while the disk fills up, so its record as
    sent fails: it must not be sent again, then or after the disk has room again."""
    config = _config(tmp_path, site, receiver)
    receiver.gate.set()
    daemon = Log(start_daemon(config))
    try:
        assert receiver.at_gate.wait(60)
        resource.prlimit(daemon.process.pid, resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
        receiver.release.set()  # the channel takes the first alert
        daemon.wait_for(r"archive cannot be written")
        with receiver.changed:
            assert receiver.changed.wait_for(lambda: _alerts(receiver, "ops"), timeout=60)
        resource.prlimit(daemon.process.pid, resource.RLIMIT_FSIZE, UNLIMITED)
        daemon.wait_for(r"archive writable again")
        with receiver.changed:
            assert receiver.changed.wait_for(
                lambda: len(_alerts(receiver, "chat")) == INCIDENTS, timeout=90
            )
        polled: set[str] = set()  # each source is polled again at once
        while len(polled) < 5:
            polled.add(re.findall(r"source=(\S+)", daemon.wait_for(r"poll source=\S+"))[0])
    finally:
        log = daemon.stop()
    assert daemon.process.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[log.find("Traceback") - 1500 :]
    assert set(_alerts(receiver, "chat").values()) == {1}  # each alert exactly once
    assert sum(_alerts(receiver, "ops").values()) == 1
    conn = sqlite3.connect(tmp_path / "a.db")
    statuses = [r[0] for r in conn.execute("select status from alerts where kind = 'new'")]
    conn.close()
    assert statuses == ["sent"] * INCIDENTS
    assert len(_stored_urls(tmp_path / "a.db")) == 20  # every outlet's four articles


def _corrupt(path: Path, how: str) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        if how == "truncated":
            fh.truncate(size // 2)
        else:  # three pages in the middle of the file overwritten
            fh.seek(size // 2 // 4096 * 4096)
            fh.write(bytes(range(256)) * 48)


def _fill(tmp_path: Path, config: Path, site: SiteServer, hook: WebhookReceiver) -> Path:
    """A first run that stores the sample outlets and alerts their incidents, and enough
    unmatched articles that the middle of the file is full of pages that matter."""
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert len(hook.wait_for(INCIDENTS)) == INCIDENTS
    archive = Archive(tmp_path / "a.db")
    for i in range(300):
        archive.store_report(
            Article(url=f"https://calm.example/{i}", title="Calm", text="Nothing to see. " * 60),
            Detection(attack=False, confidence=0.01),
            now=datetime.now(UTC),
            channels=[],
            alerts=AlertsConfig(),
            min_confidence=0.5,
        )
    archive.close()
    backup = tmp_path / "backup.db"
    shutil.copy(tmp_path / "a.db", backup)
    return backup


@pytest.mark.parametrize("how", ["page-corrupted", "truncated"])
def test_run_once_on_a_damaged_archive_stops_loudly_and_a_backup_loses_nothing(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver, how: str
) -> None:
    config = _config(tmp_path, site, receiver)
    backup = _fill(tmp_path, config, site, receiver)
    _corrupt(tmp_path / "a.db", how)
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 3
    assert "is damaged" in result.stderr
    assert "restore the archive from a backup" in result.stderr
    assert "Traceback" not in result.stderr
    ops = _alerts(receiver, "ops")
    assert len(ops) == 1
    assert "stopped: its archive is damaged" in next(iter(ops))
    doctor = basewatch("doctor", "--config", str(config))
    assert doctor.returncode == 1
    assert re.search(r"^FAIL  the archive \S+ is damaged", doctor.stdout, re.M)
    shutil.copy(backup, tmp_path / "a.db")  # the operator restores the backup
    again = basewatch("run", "--once", "--config", str(config))
    assert again.returncode == 0, again.stderr
    assert set(_alerts(receiver, "chat").values()) == {1}  # nothing sent again
    assert len(_alerts(receiver, "chat")) == INCIDENTS


def test_an_archive_damaged_while_the_daemon_runs_stops_it_loudly(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _config(tmp_path, site, receiver)
    config.write_text(config.read_text().replace("[archive]\n", '[archive]\ncheck_every = "10s"\n'))
    _fill(tmp_path, config, site, receiver)
    daemon = Log(start_daemon(config))
    try:
        daemon.wait_for(r"daemon started")
        conn = sqlite3.connect(tmp_path / "a.db")
        conn.execute("pragma wal_checkpoint(TRUNCATE)")  # every page in the main file
        conn.close()
        _corrupt(tmp_path / "a.db", "page-corrupted")
        assert daemon.process.wait(timeout=90) == 3
    finally:
        log = daemon.stop()
    assert "Traceback" not in log, log[log.find("Traceback") - 1500 :]
    assert log.count("archive damaged: stopping") == 1, log[-3000:]
    assert sum(_alerts(receiver, "ops").values()) == 1
    assert set(_alerts(receiver, "chat").values()) == {1}


def test_an_empty_archive_is_refused_and_old_alerts_are_not_sent_again(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    config = _config(tmp_path, site, receiver)
    backup = _fill(tmp_path, config, site, receiver)
    (tmp_path / "a.db").write_bytes(b"")  # a disk or an operator emptied the file
    for args in (["run", "--once"], ["run"]):
        result = basewatch(*args, "--config", str(config), timeout=60)
        assert result.returncode == 2, result.stderr
        assert "is an empty file (0 bytes)" in result.stderr
        assert "Traceback" not in result.stderr
    assert (tmp_path / "a.db").stat().st_size == 0
    shutil.copy(backup, tmp_path / "a.db")
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    assert set(_alerts(receiver, "chat").values()) == {1}
    assert len(_alerts(receiver, "chat")) == INCIDENTS
    assert _alerts(receiver, "ops") == Counter()
