"""Whether the daemon may go on using its archive.

While the archive cannot be written (disk full, I/O error, read-only file, a lock held too
long), collection and delivery pause, the operators are told once, straight through
apprise (the outbox lives in the archive that failed), and a probe write, soon and then
less often, resumes them by itself once writing works. Nothing is lost meanwhile: a poll
whose articles were not stored leaves its source's ETag as it was, so the next poll
fetches them again.

A damaged archive (corrupt pages, a failed integrity check) is another matter: the
daemon must not go on writing into it. It stops loudly: one log line, an operator alert,
no more watchdog pings, a non-zero exit.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from monitor.alerts.dispatch import Unrecorded, notify_operators
from monitor.alerts.templates import Message
from monitor.config import ArchiveConfig, Config, SourceConfig
from monitor.detect.gazetteer import Gazetteer
from monitor.errors import (
    ArchiveDamagedError,
    ArchiveError,
    ArchiveLockedError,
    ArchiveUnwritableError,
)
from monitor.service.notify import Notifier
from monitor.store.archive import Archive
from monitor.store.archivefile import check_integrity

logger = logging.getLogger(__name__)
T = TypeVar("T")
FIRST_PROBE = 2.0  # seconds before the first probe write; doubles up to LAST_PROBE
LAST_PROBE = 60.0
FLAP = 3600.0  # a fault back within this long after resuming is the same episode: no alert


def damaged_message(exc: ArchiveError) -> Message:
    return Message(
        title=f"basewatch on {socket.gethostname()} stopped: its archive is damaged",
        body=f"{exc}\n\nbasewatch stopped rather than write more into a damaged file. "
        f"To do: {exc.hint}.",
        format="markdown",
    )


def unwritable_message(exc: ArchiveError) -> Message:
    return Message(
        title=f"basewatch on {socket.gethostname()}: the archive cannot be written",
        body=f"{exc}\n\nPolling and alert delivery are paused; they resume by themselves "
        "once the archive can be written again, and the feeds are read again then, so "
        f"nothing is lost. To do: {exc.hint}.",
        format="markdown",
    )


async def open_when_writable(open_: Callable[[], T], config: Config, *, wait: bool) -> T:
    """`open_()`, which opens the archive. A damaged archive is told to the operators and
    raised; one that cannot be written (a disk full at start) is told once and, when
    `wait`, opened again and again (soon, then less often) until it can: systemd hears
    the daemon is up, waiting, and gets its watchdog pings meanwhile."""
    delay, told = FIRST_PROBE, False
    notifier = Notifier()
    while True:
        try:
            return open_()
        except ArchiveDamagedError as exc:
            await tell_operators(config, damaged_message(exc))
            raise
        except ArchiveLockedError:
            raise
        except ArchiveUnwritableError as exc:
            if not told:
                logger.error("archive cannot be written at start error=%r", str(exc))
                await tell_operators(config, unwritable_message(exc))
                notifier.notify("READY=1", "STATUS=waiting for the archive to be writable")
                told = True
            if not wait:
                raise
        notifier.notify("WATCHDOG=1")
        await asyncio.sleep(delay)
        delay = min(LAST_PROBE, delay * 2)


async def tell_operators(config: Config, message: Message) -> int:
    """Send an operator alert off the event loop; how many channels took it."""
    return await asyncio.to_thread(notify_operators, config.channels, config.alerts, message)


class StorageGuard:
    """The archive's state as the daemon sees it: usable, paused (cannot be written), or
    damaged. `report` is called with every ArchiveError a job meets."""

    def __init__(
        self,
        archive: Archive,
        config: Callable[[], Config],
        *,
        on_resume: Callable[[], Awaitable[None]],
        on_damaged: Callable[[], None] = lambda: None,
    ) -> None:
        self.archive = archive
        self.config = config
        self.on_resume = on_resume
        self.on_damaged = on_damaged
        self.fault: ArchiveError | None = None  # why writing is paused
        self.damaged: ArchiveDamagedError | None = None
        self.paused_at = 0.0
        self.resumed_at: float | None = None
        self.sending: set[asyncio.Task[Any]] = set()  # operator alerts on their way
        self.probing: asyncio.Task[None] | None = None
        self.checked_at = time.monotonic()  # opening the archive checked its integrity
        self.unrecorded: Unrecorded = {}  # alerts sent whose record failed: never sent again
        self.synced: tuple[Gazetteer, list[SourceConfig]] | None = None

    def sync(self, gazetteer: Gazetteer, sources: list[SourceConfig]) -> None:
        """Write the gazetteer and the sources into the archive; while it cannot be
        written, everything pauses, and the daemon syncs again when it resumes."""
        self.synced = (gazetteer, sources)  # what to sync again on resuming
        try:
            self.archive.sync_bases(gazetteer)
            self.archive.sync_sources(sources)
        except ArchiveError as exc:
            self.report(exc)

    def known_urls(self, urls: list[str]) -> set[str]:
        """The spider's question to the archive. While the archive fails, every URL counts
        as known (nothing is fetched) and the poll is not recorded: it is asked again."""
        if not self.paused:
            try:
                return self.archive.known_urls(urls)
            except ArchiveError as exc:
                self.report(exc)
        return set(urls)

    def close(self) -> None:
        """Close the archive; alerts sent but still unrecorded are said."""
        if self.unrecorded:
            logger.warning(
                "alerts sent but not recorded as sent ids=%s: a restart may send them again",
                ",".join(str(i) for i in sorted(self.unrecorded)),
            )
        self.archive.close()

    @property
    def paused(self) -> bool:
        return self.fault is not None or self.damaged is not None

    def report(self, exc: ArchiveError) -> None:
        """A job met `exc`: stop for a damaged archive, pause for an unwritable one."""
        if isinstance(exc, ArchiveDamagedError):
            if self.damaged is None:
                self.damaged = exc
                logger.critical("archive damaged: stopping error=%r hint=%r", str(exc), exc.hint)
                self._tell(damaged_message(exc))
                self.on_damaged()
            return
        if self.fault is not None or self.damaged is not None:
            return  # paused already: the probe is on it
        self.fault = exc
        self.paused_at = time.monotonic()
        logger.error(
            "archive cannot be written: polling and delivery paused until it can error=%r",
            str(exc),
        )
        flapping = self.resumed_at is not None and self.paused_at - self.resumed_at < FLAP
        if not flapping:
            self._tell(unwritable_message(exc))
        self.probing = asyncio.ensure_future(self._probe())

    async def _probe(self) -> None:
        delay = FIRST_PROBE
        while True:
            await asyncio.sleep(delay)
            delay = min(LAST_PROBE, delay * 2)
            try:
                await asyncio.to_thread(self.archive.probe, datetime.now(UTC))
                break
            except ArchiveDamagedError as exc:
                self.report(exc)
                return
            except ArchiveError as exc:
                logger.debug("archive still cannot be written: %s", exc)
        logger.info(
            "archive writable again: polling and delivery resume paused_s=%d",
            time.monotonic() - self.paused_at,
        )
        self.fault = None
        self.resumed_at = time.monotonic()
        self.probing = None
        if self.synced is not None:
            self.sync(*self.synced)
        try:
            if not self.paused:
                await self.on_resume()
        except ArchiveError as exc:
            self.report(exc)

    def schedule(self, scheduler: Any, guarded: Callable[..., Any], cfg: ArchiveConfig) -> None:
        """The archive's care as a job of the daemon's scheduler (`guarded` wraps it), every
        `check_every`, first within a minute of the start."""
        first = datetime.now(UTC) + timedelta(seconds=min(60, cfg.check_every))
        job = guarded("maintain archive", 6 * 3600, self.maintain, cfg)
        scheduler.add_job(job, "interval", seconds=cfg.check_every, next_run_time=first)

    async def maintain(self, cfg: ArchiveConfig) -> None:
        """The daemon's periodic care of its archive: an integrity check (when the last
        one is `check_every` old; one ran when it was opened), then pruning."""
        if self.paused:
            return
        if time.monotonic() - self.checked_at >= cfg.check_every * 0.9:
            await asyncio.to_thread(check_integrity, self.archive.path)
            self.checked_at = time.monotonic()
            await asyncio.to_thread(self.archive.record_check, datetime.now(UTC), [])
            logger.info("archive integrity checked: ok")
        if cfg.keep_unmatched_days:
            pruned = await asyncio.to_thread(
                self.archive.prune_unmatched, cfg.keep_unmatched_days, datetime.now(UTC)
            )
            if pruned:
                logger.info(
                    "archive pruned articles=%d keep_unmatched_days=%d",
                    pruned,
                    cfg.keep_unmatched_days,
                )

    def _tell(self, message: Message) -> None:
        task = asyncio.ensure_future(tell_operators(self.config(), message))
        self.sending.add(task)
        task.add_done_callback(self.sending.discard)

    async def drain(self, timeout: float = 60) -> None:
        """Stop probing; let operator alerts on their way arrive (before the process
        exits)."""
        if self.probing is not None:
            self.probing.cancel()
        if self.sending:
            await asyncio.wait(set(self.sending), timeout=timeout)
