"""What every crawl shares, the daemon's polls and `basewatch sources check` alike: the
Scrapy runner built from the configuration, a source as the spider's target, one crawl that
collects what the spider yields, and the reactor the crawls run on.

The reactor is started once per process and never restarted (that is what raises
ReactorNotRestartable); crawls are run as often as needed through the same runner.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

from crawler.items import Target
from crawler.settings import crawl_settings
from crawler.spiders.news import NewsSpider
from monitor.config import Config, SourceConfig

T = TypeVar("T")
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def make_runner(config: Config, *, retries: int | None = None) -> Any:
    """A Scrapy AsyncCrawlerRunner with the settings of `[crawler]` (`retries` instead of
    its own when given) and the link policy of the configured sources, whose guard it
    installs in the reactor's name resolver (again on every reload)."""
    from scrapy.crawler import AsyncCrawlerRunner
    from twisted.internet import reactor

    from crawler.addresses import trusted_hosts
    from crawler.linkguard import GuardedResolver

    c = config.crawler
    trusted = trusted_hosts(
        [s.url for s in config.sources], [h for s in config.sources for h in s.allowed_hosts]
    )
    GuardedResolver.install(reactor, trusted, c.allow_private_links)
    return AsyncCrawlerRunner(
        crawl_settings(
            user_agent=c.user_agent,
            download_timeout=c.download_timeout,
            max_size_mb=c.max_size_mb,
            obey_robots=c.obey_robots,
            delay=c.delay,
            retries=c.retries if retries is None else retries,
            crawl_timeout=c.crawl_timeout,
            allow_private_links=c.allow_private_links,
            trusted_hosts=tuple(sorted(trusted)),
        )
    )


def make_target(source: SourceConfig, state: dict[str, Any] | None = None) -> Target:
    """A source as the spider polls it, with the validators of its last fetch (`state`,
    its row in the archive) for a conditional request."""
    state = state or {}
    return Target(
        name=source.name,
        kind=source.kind,
        url=source.url,
        etag=state.get("etag"),
        last_modified=state.get("last_modified"),
        language=source.language,
        link_pattern=source.link_pattern,
        link_selector=source.link_selector,
        allowed_hosts=tuple(source.allowed_hosts),
        headers=tuple(source.request_headers().items()),
        last_post=state.get("last_post"),
    )


async def crawl(
    runner: Any,
    targets: Iterable[Target],
    *,
    known: Callable[[list[str]], set[str]],
    max_articles: int,
    follow: bool = True,
    channel_pages: int = 5,
) -> list[object]:
    """Run one crawl of `targets`; returns every item the spider yielded, in order."""
    return await collect(
        runner,
        NewsSpider,
        targets=list(targets),
        known=known,
        max_articles=max_articles,
        follow=follow,
        channel_pages=channel_pages,
    )


async def collect(runner: Any, spider: type, **arguments: Any) -> list[object]:
    """Run one crawl of `spider` with these arguments; every item it yielded, in order."""
    from scrapy import signals

    items: list[object] = []

    def on_item(item: object, **_: Any) -> None:
        items.append(item)

    crawler = runner.create_crawler(spider)
    # signals hold weak references: `on_item` lives until the crawl is over
    crawler.signals.connect(on_item, signal=signals.item_scraped)
    await runner.crawl(crawler, **arguments)
    task = asyncio.current_task()
    if task is not None and task.cancelling():  # a stop Scrapy's engine did not pass on
        raise asyncio.CancelledError
    return items


def run_stoppable(work: Callable[[], Coroutine[Any, Any, T]]) -> T | int:
    """Run `work` on the reactor for a command: what it returns, or, when SIGINT or SIGTERM
    stopped it, the exit status (128 + the signal's number) at once. Starts the reactor, so
    it can run once per process."""
    from monitor.errors import ExitCode
    from monitor.service.stopping import Stop, end_process

    found: dict[str, Any] = {}

    async def main() -> int:
        stop = found["stop"] = Stop(asyncio.get_running_loop(), code=None)
        task = asyncio.ensure_future(work())
        if await stop.first(task):
            return stop.exit_code
        found["result"] = task.result()
        return ExitCode.OK

    def done(code: int) -> None:
        if found["stop"].event.is_set():  # a DNS lookup in a thread would hold the exit
            end_process(code)

    try:
        code = run_on_reactor(main, done=done)
    finally:
        if "stop" in found:
            found["stop"].close()
    return found["result"] if code == ExitCode.OK and "result" in found else code


def run_on_reactor(
    main: Callable[[], Coroutine[Any, Any, int]], *, done: Callable[[int], None] | None = None
) -> int:
    """Install the asyncio reactor, run `main` on it and stop; returns what `main` returned
    and raises what it raised. `done` is called with the result before the reactor stops."""
    from scrapy.utils.reactor import install_reactor

    install_reactor(REACTOR)
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor as _reactor

    reactor: Any = _reactor
    outcome: dict[str, Any] = {}

    def finished(result: Any) -> None:
        if hasattr(result, "getTraceback"):
            outcome["error"] = result.value
        else:
            outcome["code"] = result
            if done is not None:
                done(int(result))
        reactor.stop()

    def start() -> None:
        deferred_from_coro(main()).addBoth(finished)

    reactor.callWhenRunning(start)
    reactor.run(installSignalHandlers=False)
    if "error" in outcome:
        raise outcome["error"]
    return int(outcome["code"])
