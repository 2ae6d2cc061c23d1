"""Real parts on loopback: the sample site server, a webhook receiver, an SMTP server, and
the real `basewatch` command as a subprocess."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from monitor.demo.server import SITE, SiteServer, WebhookReceiver

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = tomllib.loads((ROOT / "monitor/demo/expected.toml").read_text(encoding="utf-8"))
# every process the tests start inherits this mark in its environment, grandchildren too
# (a `basewatch serve` whose Datasette outlives it is reparented, but keeps the mark)
MARK = "BASEWATCH_TEST_SESSION"


def pytest_sessionstart(session: pytest.Session) -> None:
    os.environ[MARK] = f"{os.getpid()}-{time.time_ns()}"


def _marked() -> dict[int, str]:
    """Live processes (not zombies) started by this session: pid -> command line."""
    needle = f"{MARK}={os.environ[MARK]}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if state != "Z":
            found[int(entry.name)] = command.strip()
    return found


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the session when a process a test started is still running; then end it."""
    left = _marked()
    if not left:
        return
    lines = "\n".join(f"  pid {pid}: {command[:200]}" for pid, command in sorted(left.items()))
    sys.stderr.write(f"\n{len(left)} process(es) started by the tests still run:\n{lines}\n")
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with SiteServer(SITE) as server:
        yield server


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as server:
        yield server


class Mailbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.changed = threading.Condition()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.changed:
            self.messages.append(message_from_bytes(envelope.content))
            self.changed.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 30) -> list[Message]:
        with self.changed:
            self.changed.wait_for(lambda: len(self.messages) >= count, timeout)
            return list(self.messages)


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    with socket.socket() as probe:  # the Controller checks readiness on a fixed port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


class Tarpit:
    """A TCP server on 127.0.0.1 that accepts every connection and never answers: a source
    that hangs. A subclass may `handle` connections otherwise."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.conns: list[socket.socket] = []
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed: the test is over
                return
            self.handle(conn)

    def handle(self, conn: socket.socket) -> None:
        """Hold the connection open, saying nothing."""
        with self.changed:
            self.conns.append(conn)
            self.changed.notify_all()

    def wait_for(self, count: int, timeout: float = 30) -> bool:
        """True once `count` connections are held open."""
        with self.changed:
            return self.changed.wait_for(lambda: len(self.conns) >= count, timeout)

    def __enter__(self) -> Tarpit:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes accept()
        self.sock.close()
        self.thread.join(10)
        for conn in self.conns:
            conn.close()


@contextlib.contextmanager
def refused_ports(count: int) -> Iterator[list[int]]:
    """Ports on 127.0.0.1 that refuse connections: bound, never listening, so no other
    process can take them while the test runs."""
    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        yield [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def basewatch(
    *args: str,
    stdin: str | bytes | None = None,
    timeout: float = 120,
    user: tuple[str, ...] = (),
    **env: str,
):
    """Run the real `basewatch` command (as another user: `user`, a command prefix such as
    `other_user()`); returns the CompletedProcess (stdout and stderr as text)."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run(
        [*user, sys.executable, "-m", "monitor", *args],
        input=data,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, **env},
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def demo_archive(tmp_path_factory: pytest.TempPathFactory, name: str = "demo") -> Path:
    """An archive built by the real pipeline: `basewatch demo` in a folder of its own."""
    workdir = tmp_path_factory.mktemp(name) / "demo"
    result = basewatch("demo", "--workdir", str(workdir), timeout=120)
    assert result.returncode == 0, result.stderr
    return workdir / "demo.db"


def other_user() -> tuple[str, ...]:
    """A command prefix that runs as a user without this one's rights: `nobody`, when the
    tests run as root (whom no file mode stops); else nothing, and the test takes the
    rights away with chmod."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to run a command as another user"
    return (setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups")


def start_daemon(config: Path, *options: str, **env: str) -> subprocess.Popen[str]:
    """The real daemon (`basewatch [OPTIONS] run`) as a subprocess; stderr is piped for
    the log."""
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", *options, "run", "--config", str(config)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1", **env},
    )


def read_until(process: subprocess.Popen[str], pattern: str) -> list[str]:
    """Read the daemon's log until a line matches (an event, not a sleep); returns the
    lines read, the matching one last."""
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        if re.search(pattern, line):
            return lines
    pytest.fail(f"the daemon ended before logging {pattern!r}:\n{''.join(lines)[-3000:]}")


def write_config(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def demo_sources(base: str) -> str:
    """[[sources]] tables for every outlet of the sample site."""
    return "\n".join(
        f'[[sources]]\nname = "{feed.parent.name}"\nkind = "rss"\n'
        f'url = "{base}/{feed.parent.name}/feed.xml"\nevery = "5m"\n'
        for feed in sorted(SITE.glob("*/feed.xml"))
    )


FAST_CRAWLER = """
[crawler]
delay = 0
download_timeout = "3s"
retries = 0
"""


def source(name: str, url: str, kind: str = "rss", **options: str) -> str:
    """One [[sources]] table."""
    lines = [f'name = "{name}"', f'kind = "{kind}"', f'url = "{url}"']
    lines += [f'{key} = "{value}"' for key, value in options.items()]
    return "[[sources]]\n" + "\n".join(lines) + "\n"


def run_config(
    tmp_path: Path, sources: str, channel_url: str | None, extra: str = "", crawler: str = ""
) -> Path:
    """A run's configuration: an archive in tmp_path, every attack alerted whatever its
    age, a fast crawler (with `crawler` options added), the given sources, one "chat"
    channel, and `extra` tables."""
    channel = (
        f'[[channels]]\nname = "chat"\nurl = "{channel_url}"\ntags = ["chat"]\n'
        if channel_url
        else ""
    )
    return write_config(
        tmp_path / "c.toml",
        f'[archive]\npath = "{tmp_path / "a.db"}"\n[alerts]\nmax_age_days = 0\n'
        f"{FAST_CRAWLER}{crawler}\n{sources}\n{channel}{extra}",
    )
