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
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from crawler.items import Target
from crawler.settings import crawl_settings
from crawler.spiders.news import NewsSpider
from monitor.alerts import DispatchReport, dispatch
from monitor.archive import Archive
from monitor.config import Config, SourceConfig
from monitor.gazetteer import load_gazetteer
from monitor.matcher import Matcher
from monitor.pipeline import CycleReport, Pipeline
from monitor.terms import load_terms

logger = logging.getLogger(__name__)
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
STOP_TIMEOUT = 60  # seconds stop() waits for running jobs; systemd's TimeoutStopSec is longer


def utcnow() -> datetime:
    return datetime.now(UTC)


class Service:
    """Everything the daemon holds: config, archive, matcher, the crawler runner."""

    def __init__(self, config: Config) -> None:
        from scrapy.crawler import AsyncCrawlerRunner

        self.config = config
        self.running: set[asyncio.Task[Any]] = set()  # jobs in flight, awaited on stop
        self.delivering = asyncio.Lock()  # one dispatcher at a time: no alert sent twice
        gazetteer = load_gazetteer(config.matcher.gazetteer)
        self.archive = Archive(config.archive.path)
        self.archive.sync_bases(gazetteer)
        self.archive.sync_sources(config.sources)
        self.pipeline = Pipeline(config, self.archive, Matcher(gazetteer, load_terms()))
        c = config.crawler
        self.runner = AsyncCrawlerRunner(
            crawl_settings(
                user_agent=c.user_agent,
                download_timeout=c.download_timeout,
                max_size_mb=c.max_size_mb,
                obey_robots=c.obey_robots,
                delay=c.delay,
                retries=c.retries,
                crawl_timeout=c.crawl_timeout,
            )
        )

    def _target(self, source: SourceConfig) -> Target:
        state = self.archive.source_state(source.name)
        return Target(
            name=source.name,
            kind=source.kind,
            url=source.url,
            etag=state.get("etag"),
            last_modified=state.get("last_modified"),
            language=source.language,
            link_pattern=source.link_pattern,
        )

    async def poll(self, sources: list[SourceConfig]) -> CycleReport:
        """Crawl `sources` once, then match and store what came back."""
        from scrapy import signals

        items: list[object] = []

        def collect(item: object, **_: Any) -> None:
            items.append(item)

        crawler = self.runner.create_crawler(NewsSpider)
        # signals hold weak references: `collect` lives until the crawl is over
        crawler.signals.connect(collect, signal=signals.item_scraped)
        await self.runner.crawl(
            crawler,
            targets=[self._target(s) for s in sources],
            known=self.archive.known_urls,
            max_articles=self.config.crawler.max_articles,
        )
        return await asyncio.to_thread(self.pipeline.process, items, utcnow())

    async def poll_and_deliver(self, sources: list[SourceConfig]) -> None:
        """A scheduled poll: alerts it queued go out at once, not at the next delivery."""
        report = await self.poll(sources)
        if report.alerts_queued:
            await self.deliver()

    async def deliver(self) -> DispatchReport:
        async with self.delivering:
            return await asyncio.to_thread(
                dispatch, self.archive, self.config.channels, self.config.alerts, utcnow()
            )

    async def run_once(self) -> int:
        sources = self.config.active_sources()
        report = await self.poll(sources)
        sent = await self.deliver()
        logger.info(
            "cycle done sources=%d failed=%d articles=%d matched=%d incidents=%d "
            "alerts_sent=%d alerts_failed=%d",
            report.polled,
            report.failed,
            report.articles,
            report.matched,
            report.incidents,
            sent.sent,
            sent.failed + sent.dead,
        )
        return 0

    async def run_forever(self) -> int:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        scheduler = AsyncIOScheduler(
            event_loop=loop,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 120},
        )
        timeout = self.config.crawler.crawl_timeout + 60
        for source in self.config.active_sources():
            scheduler.add_job(
                self._guarded(f"poll {source.name}", timeout, self.poll_and_deliver, [source]),
                "interval",
                seconds=source.every,
                jitter=min(60, source.every / 10),
                next_run_time=utcnow(),
                id=f"poll:{source.name}",
            )
        scheduler.add_job(
            self._guarded("deliver alerts", 600, self.deliver),
            "interval",
            seconds=15,
            next_run_time=utcnow(),
            id="deliver",
        )
        scheduler.start()
        logger.info("daemon started sources=%d", len(self.config.active_sources()))
        await stop.wait()
        logger.info("stopping: waiting for running jobs jobs=%d", len(self.running))
        scheduler.shutdown(wait=False)
        await self.runner.stop()
        if self.running:  # in-flight writes and sends finish before the archive closes
            await asyncio.wait(set(self.running), timeout=STOP_TIMEOUT)
        return 0

    def _guarded(
        self, what: str, timeout: float, job: Callable[..., Awaitable[Any]], *args: Any
    ) -> Callable[[], Awaitable[None]]:
        """A job that never raises and never hangs (a hung job with max_instances=1 would
        never run again), and that stop() waits for."""

        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self.running.add(task)
            try:
                await asyncio.sleep(random.uniform(0, 0.5))
                await asyncio.wait_for(job(*args), timeout)
            except TimeoutError:
                logger.error("job timed out job=%r after_s=%d", what, timeout)
            except Exception:
                logger.exception("job failed job=%r", what)
            finally:
                self.running.discard(task)

        return run


def run(config: Config, *, once: bool) -> int:
    """Start the reactor, run the service, stop. Returns the exit code."""
    from scrapy.utils.reactor import install_reactor

    install_reactor(REACTOR)
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor as _reactor

    reactor: Any = _reactor

    outcome: dict[str, Any] = {"code": 1}

    async def main() -> None:
        service = Service(config)
        try:
            outcome["code"] = await (service.run_once() if once else service.run_forever())
        finally:
            service.archive.close()

    def finished(result: Any) -> None:
        if hasattr(result, "getTraceback"):
            outcome["error"] = result.value
        reactor.stop()

    def start() -> None:
        deferred_from_coro(main()).addBoth(finished)

    reactor.callWhenRunning(start)
    reactor.run(installSignalHandlers=False)
    if "error" in outcome:
        raise outcome["error"]
    return int(outcome["code"])
