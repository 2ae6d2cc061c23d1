"""The daemon's presence, for `basewatch status`: a small JSON file beside the archive
(`ARCHIVE.daemon.json`) that the daemon rewrites when it starts, every HEARTBEAT seconds,
after each cycle of polls and when it stops.

Whether a daemon is up is read from it: its process is alive and its heartbeat is recent.
A heartbeat that stopped while the process lives is a daemon not responding (an event
loop stuck, or its pid taken by another process after a crash); a file that says nothing
of a stop, whose process is gone, is a daemon that died (kill -9, a power cut). Only the
daemon writes the file (`run --once` does not: its polls are in the archive).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)
HEARTBEAT = 30.0  # seconds between two writes of a running daemon
STALE = 3 * HEARTBEAT  # a heartbeat older than this: the daemon does not respond


def presence_path(archive: Path) -> Path:
    """Where the daemon of the archive at `archive` says it is up."""
    return archive.with_name(archive.name + ".daemon.json")


class Presence:
    """The daemon's side: writes the file (atomically: a reader never sees half of it). A
    failed write (a full disk) is one warning and the daemon goes on: the file tells, it
    does not decide anything."""

    def __init__(self, archive: Path, config: Path | None, now: datetime) -> None:
        self.path = presence_path(archive)
        self.warned = False
        self.data: dict[str, Any] = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "config": str(config) if config else None,
            "started": now.isoformat(),
            "heartbeat": now.isoformat(),
            "stopped": None,
            "last_cycle": None,
        }
        self._write()

    def beat(self, now: datetime) -> None:
        self.data["heartbeat"] = now.isoformat()
        self._write()

    def cycle(self, now: datetime, counts: dict[str, int]) -> None:
        """A cycle of polls ended with these counts (polled, failed, new, ...)."""
        self.data["last_cycle"] = {"at": now.isoformat(), **counts}
        self.beat(now)

    def stopped(self, now: datetime) -> None:
        self.data["stopped"] = now.isoformat()
        self.beat(now)

    async def keep_beating(self, clock: Callable[[], datetime], stop: asyncio.Event) -> None:
        """Beat every HEARTBEAT seconds until `stop` is set."""
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), HEARTBEAT)
            except TimeoutError:
                self.beat(clock())

    def _write(self) -> None:
        spare = self.path.with_name(self.path.name + ".new")
        try:
            spare.write_text(json.dumps(self.data), encoding="utf-8")
            os.replace(spare, self.path)
        except OSError as exc:
            if not self.warned:
                logger.warning(
                    "cannot write the daemon's status file path=%s error=%r: `basewatch "
                    "status` will not know the daemon is up",
                    self.path,
                    exc.strerror or str(exc),
                )
            self.warned = True
            return
        self.warned = False


@dataclass(frozen=True)
class DaemonState:
    """What `basewatch status` tells of the daemon. `state` is one of: running, not
    responding, stopped (it said so), died (it did not), unknown (no file: it never ran
    with this archive, or ran with an older basewatch)."""

    state: str
    pid: int | None = None
    host: str | None = None
    started: str | None = None
    heartbeat: str | None = None
    heartbeat_age_s: float | None = None
    stopped: str | None = None
    last_cycle: dict[str, Any] | None = field(default=None)

    @property
    def running(self) -> bool:
        return self.state == "running"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def read_presence(archive: Path, now: datetime) -> DaemonState:
    """The daemon's state as its file tells it, read at `now`."""
    try:
        data = json.loads(presence_path(archive).read_text(encoding="utf-8"))
        heartbeat = datetime.fromisoformat(data["heartbeat"])
    except (OSError, ValueError, KeyError, TypeError):
        return DaemonState("unknown")
    age = (now - heartbeat).total_seconds()
    here = data.get("host") == socket.gethostname()
    if data.get("stopped"):
        state = "stopped"
    elif here and not _alive(int(data.get("pid") or 0)):
        state = "died"
    else:  # on another host only the heartbeat tells
        state = "running" if age <= STALE else "not responding"
    return DaemonState(
        state=state,
        pid=data.get("pid"),
        host=data.get("host"),
        started=data.get("started"),
        heartbeat=data.get("heartbeat"),
        heartbeat_age_s=round(age, 1),
        stopped=data.get("stopped"),
        last_cycle=data.get("last_cycle"),
    )
