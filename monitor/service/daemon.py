"""The one long-lived process: the asyncio Twisted reactor, one Scrapy AsyncCrawlerRunner
for every crawl, and APScheduler's AsyncIOScheduler on the same event loop.

The reactor is started once and never restarted (that is what raises ReactorNotRestartable);
crawls are run as often as needed through the same runner.
"""

from __future__ import annotations

import asyncio
import logging
import random
import signal
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.alerts.dispatch import DispatchReport, dispatch
from monitor.config import Config, SourceConfig, load_config
from monitor.detect.gazetteer import Gazetteer, load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.errors import ArchiveError, BasewatchError, ExitCode
from monitor.service.crawl import crawl, make_runner, make_target, run_on_reactor
from monitor.service.heartbeat import Presence
from monitor.service.notify import Notifier
from monitor.service.pipeline import CycleReport, Pipeline
from monitor.service.stopping import GRACE, Stop, end_process
from monitor.service.storage import StorageGuard, open_when_writable
from monitor.service.summary import Tally, log_cycle, log_start
from monitor.store.archive import Archive

logger = logging.getLogger(__name__)
MAX_BACKOFF = 86400.0  # a failing source is still polled at least once a day
STALL_SECONDS = 1800  # no job finished for this long: stop pinging the watchdog
POLL = "poll "  # how a source's job is named, before the source: "poll gulf-wire"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Service:
    """Everything the daemon holds: config, archive, matcher, the crawler runner."""

    def __init__(
        self, config: Config, config_path: Path | None = None, archive: Path | None = None
    ) -> None:
        self.config_path = config_path  # re-read on SIGHUP
        self.archive_given = archive  # --archive: in place of the file's [archive] path
        # jobs in flight, awaited on stop, each with what it does ("poll gulf-wire")
        self.running: dict[asyncio.Task[Any], str] = {}
        self.delivering = asyncio.Lock()  # one dispatcher at a time: no alert sent twice
        self.progress = time.monotonic()  # when a job last finished, for the watchdog
        self.scheduler: Any = None
        self.presence: Presence | None = None  # the daemon's status file (not run --once)
        self.tally = Tally()  # polls since the last cycle line
        self.archive = Archive(config.archive.path, lock_wait=config.archive.lock_wait)
        self.storage = StorageGuard(self.archive, lambda: self.config, on_resume=self._resume)
        self._apply(config, load_gazetteer(config.matcher.gazetteer))
        self.storage.sync(self.gazetteer, config.sources)

    def _apply(self, config: Config, gazetteer: Gazetteer) -> None:
        """Use `config`: its sources, channels, detector and crawler settings."""
        self.config = config
        self.gazetteer = gazetteer
        self.pipeline = Pipeline(config, self.archive, Matcher(gazetteer, load_terms()))
        self.runner = make_runner(config)

    def reload(self) -> None:
        """SIGHUP: read the configuration again and reschedule; a bad one is refused and
        the running one kept."""
        if self.config_path is None:
            logger.warning("reload asked, but the daemon was not started from a file")
            return
        try:
            config = load_config(self.config_path, self.archive_given)
            gazetteer = load_gazetteer(config.matcher.gazetteer)
        except BasewatchError as exc:
            problems = "; ".join(getattr(exc, "problems", [str(exc)]))
            logger.error("reload refused, the running configuration stays: %s", problems)
            return
        if config.archive.path != self.config.archive.path:
            logger.warning("[archive] path changed: it takes effect at the next restart")
            config = config.model_copy(update={"archive": self.config.archive})
        self._apply(config, gazetteer)
        self.storage.sync(gazetteer, config.sources)
        self._schedule_sources()
        logger.info(
            "configuration reloaded sources=%d channels=%d",
            len(config.active_sources()),
            len(config.channels),
        )

    async def _resume(self) -> None:
        """The archive can be written again: record what was sent, poll every source now."""
        await self.deliver()
        for job in self.scheduler.get_jobs() if self.scheduler else []:
            if job.id.startswith("poll:"):
                job.modify(next_run_time=utcnow())

    def _schedule_sources(self) -> None:
        """One job per enabled source; jobs of sources no longer configured go."""
        wanted = {f"poll:{s.name}": s for s in self.config.active_sources()}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("poll:") and job.id not in wanted:
                job.remove()
        timeout = self.config.crawler.crawl_timeout + 60
        for job_id, source in wanted.items():
            existing = self.scheduler.get_job(job_id)
            self.scheduler.add_job(
                self._guarded(POLL + source.name, timeout, self.poll_and_deliver, [source]),
                "interval",
                seconds=source.every,
                jitter=min(60, source.every / 10),
                next_run_time=existing.next_run_time if existing else utcnow(),
                id=job_id,
                replace_existing=True,
            )

    async def poll(self, sources: list[SourceConfig]) -> CycleReport:
        """Crawl `sources` once, then match and store what came back."""
        items = await crawl(
            self.runner,
            [make_target(s, self.archive.source_state(s.name)) for s in sources],
            known=self.storage.known_urls,
            max_articles=self.config.crawler.max_articles,
            channel_pages=self.config.crawler.channel_pages,
        )
        if self.storage.paused:  # nothing stored, nothing recorded: polled again later
            return CycleReport()
        return await asyncio.to_thread(self.pipeline.process, items, utcnow())

    async def poll_and_deliver(self, sources: list[SourceConfig]) -> None:
        """A scheduled poll: alerts it queued go out at once, not at the next delivery; a
        failing source backs off."""
        if self.storage.paused:
            return
        report = await self.poll(sources)
        for source in sources:
            self._reschedule(source, report.states.get(source.name, {}))
        self._count(report)
        if report.alerts_queued:
            await self.deliver()

    def _count(self, report: CycleReport) -> None:
        """Add a poll to the cycle; log the cycle's line when it is complete."""
        now = time.monotonic()
        self.tally.add(report, now)
        active = self.config.active_sources()
        window = min((s.every for s in active), default=900.0)
        if self.tally.complete({s.name for s in active}, window, now):
            if self.presence is not None:
                self.presence.cycle(utcnow(), self.tally.counts())
            log_cycle(self.tally)
            self.tally = Tally()

    def _reschedule(self, source: SourceConfig, state: dict[str, Any]) -> None:
        job = self.scheduler.get_job(f"poll:{source.name}") if self.scheduler else None
        if job is None:
            return
        failures = state.get("failures") or 0
        if failures:
            delay = backoff(source.every, failures, state.get("retry_after"))
            job.modify(next_run_time=utcnow() + timedelta(seconds=delay))
            logger.info(
                "source backs off source=%s failures=%d next_in_s=%d", source.name, failures, delay
            )
        self.archive.set_next_due(source.name, job.next_run_time)

    async def deliver(self) -> DispatchReport:
        async with self.delivering:
            if self.storage.paused:
                return DispatchReport()
            c, unrecorded = self.config, self.storage.unrecorded
            return await asyncio.to_thread(
                dispatch, self.archive, c.channels, c.alerts, utcnow(), unrecorded
            )

    async def run_once(self, stop: Stop) -> int:
        """One cycle: 0 every source polled, 1 some failed, 3 none; 2 when no source is
        enabled; 128 + the signal's number when stopped."""
        log_start("run once", self.config, self.config_path)
        sources = self.config.active_sources()
        if not sources:
            logger.error("no enabled source: add [[sources]] or sources_files to the configuration")
            return ExitCode.USAGE
        cycle = asyncio.ensure_future(self._cycle(sources))
        if await stop.first(cycle):
            logger.warning("stopped before the cycle ended; run it again to poll every source")
            return stop.exit_code
        return cycle.result()

    async def _cycle(self, sources: list[SourceConfig]) -> int:
        try:  # when the archive fails at start, the crawl stores nothing and this ends in 3
            report = await self.poll(sources)
            sent = await self.deliver()
            await self.storage.maintain(self.config.archive)
        except ArchiveError as exc:
            self.storage.report(exc)
        if self.storage.paused:
            await self.storage.drain()
            return ExitCode.FAILED
        tally = Tally()
        tally.add(report, time.monotonic())
        log_cycle(
            tally,
            incidents=report.incidents,
            alerts_sent=sent.sent,
            alerts_failed=sent.failed + sent.dead,
        )
        return tally.exit_code()

    async def run_forever(self, stop: Stop) -> int:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGHUP, self.reload)
        scheduler = self.scheduler = AsyncIOScheduler(
            event_loop=loop,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 120},
        )
        self._schedule_sources()
        scheduler.add_job(
            self._guarded("deliver alerts", 600, self.deliver),
            "interval",
            seconds=15,
            next_run_time=utcnow(),
            id="deliver",
        )
        self.storage.schedule(scheduler, self._guarded, self.config.archive)
        self.storage.on_damaged = lambda: stop.end(ExitCode.FAILED)
        scheduler.start()
        notifier = Notifier()
        watchdog = asyncio.create_task(self._watchdog(notifier, stop.event))
        self.presence = Presence(self.config.archive.path, self.config_path, utcnow())
        beating = asyncio.create_task(self.presence.keep_beating(utcnow, stop.event))
        notifier.notify("READY=1", f"STATUS=watching {len(self.config.active_sources())} sources")
        log_start("daemon started", self.config, self.config_path)
        await stop.event.wait()
        notifier.notify("STOPPING=1")
        self.presence.stopped(utcnow())
        watchdog.cancel()
        beating.cancel()
        await self._halt(stop)
        await self.storage.drain()
        return stop.exit_code

    async def _halt(self, stop: Stop) -> None:
        """No new job; the running ones (crawls, writes, sends) cancelled and given GRACE
        seconds. A write in a worker thread ends its transaction before the archive
        closes; an alert not yet marked sent stays in the outbox."""
        name = signal.Signals(stop.signum).name if stop.signum else "stop"
        polls = sum(what.startswith(POLL) for what in self.running.values())
        logger.info(
            "stopping signal=%s jobs=%d polls=%d: cancelling them (again to exit at once)",
            name,
            len(self.running),
            polls,
        )
        self.scheduler.shutdown(wait=False)
        running = set(self.running)
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running, timeout=GRACE)
        logger.info("stopped jobs_left=%d", len(self.running))

    async def _watchdog(self, notifier: Notifier, stop: asyncio.Event) -> None:
        """Ping systemd's watchdog while jobs make progress: a loop that is blocked, or jobs
        that stopped finishing, make systemd restart the service."""
        if notifier.watchdog_interval is None:
            return
        stall = max(STALL_SECONDS, 3 * self.config.crawler.crawl_timeout)
        while not stop.is_set():
            idle = time.monotonic() - self.progress
            if idle < stall and self.storage.damaged is None:
                notifier.notify("WATCHDOG=1")
            else:
                logger.error("no job finished for %d s: not pinging the watchdog", idle)
            await asyncio.sleep(notifier.watchdog_interval / 3)

    def _guarded(
        self, what: str, timeout: float, job: Callable[..., Awaitable[Any]], *args: Any
    ) -> Callable[[], Awaitable[None]]:
        """A job that never raises and never hangs (a hung job with max_instances=1 would
        never run again), and that stop() waits for."""

        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self.running[task] = what
            try:
                await asyncio.sleep(random.uniform(0, 0.5))
                await asyncio.wait_for(job(*args), timeout)
            except asyncio.CancelledError:  # the daemon is stopping: that is not a failure
                logger.debug("job cancelled job=%r", what)
            except TimeoutError:
                logger.error("job timed out job=%r after_s=%d", what, timeout)
            except ArchiveError as exc:
                self.storage.report(exc)
            except Exception:
                logger.exception("job failed job=%r", what)
            finally:
                self.running.pop(task, None)
                self.progress = time.monotonic()

        return run


def backoff(every: float, failures: int, retry_after: float | None = None) -> float:
    """Seconds until a failing source is polled again: its interval, doubled with each
    failure in a row after the first, at least what Retry-After asked, at most a day. A
    source is never given up on."""
    if failures <= 0:
        return every
    delay = every * 2 ** min(failures - 1, 20)
    return min(MAX_BACKOFF, max(delay, retry_after or 0.0))


def run(
    config: Config, *, once: bool, config_path: Path | None = None, archive: Path | None = None
) -> int:
    """Start the reactor, run the service, stop. Returns the exit code. `archive` says
    that the configuration's [archive] path was given as --archive: a reload keeps it."""
    held: dict[str, Stop] = {}

    async def main() -> int:
        stop = held["stop"] = Stop(asyncio.get_running_loop(), code=None if once else 0)
        service = await open_when_writable(
            lambda: Service(config, config_path, archive), config, wait=not once
        )
        try:
            return await (service.run_once if once else service.run_forever)(stop)
        finally:
            service.storage.close()

    def done(code: int) -> None:
        if held["stop"].event.is_set():
            # stopped by a signal, the archive closed: nothing left worth waiting for (a
            # DNS lookup or an alert send stuck in a worker thread would hold the exit)
            end_process(code)

    try:
        return run_on_reactor(main, done=done)
    finally:
        if "stop" in held:
            held["stop"].close()
