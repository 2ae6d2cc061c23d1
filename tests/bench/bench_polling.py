"""Polling cost, side by side with the feed reader `reader` (when installed:
`pip install reader sgmllib3k`): python -m tests.bench.bench_polling [FEEDS]

The feeds are served by another process from many loopback addresses, so the CPU time
measured here is the poller's alone. Prints wall and CPU time of one cycle over all feeds
when every feed answers 304, and when 10% have a new item; and basewatch's resident memory
after 10 and after 1,000 cycles.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.feedfarm import FeedFarm

MEMORY_CYCLES = 1000
MEMORY_FEEDS = 20


def _farm(feeds: int, commands: Any, replies: Any) -> None:
    with FeedFarm(feeds) as farm:
        replies.put(farm.urls)
        while (command := commands.get()) is not None:
            replies.put([farm.publish(url, item) for url, item in command])


class Farm:
    """The feed farm in its own process."""

    def __init__(self, feeds: int) -> None:
        self.commands: Any = mp.Queue()
        self.replies: Any = mp.Queue()
        self.process = mp.Process(target=_farm, args=(feeds, self.commands, self.replies))
        self.process.start()
        self.urls: list[str] = self.replies.get(timeout=120)

    def publish(self, pairs: list[tuple[str, str]]) -> list[str]:
        self.commands.put(pairs)
        return self.replies.get(timeout=60)

    def close(self) -> None:
        self.commands.put(None)
        self.process.join(30)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def measure(poll: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    await poll()
    return time.perf_counter() - wall, time.process_time() - cpu


def basewatch_side(farm: Farm, tmp: Path) -> None:
    from scrapy.utils.reactor import install_reactor

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor as _reactor

    from monitor.config import ArchiveConfig, Config, CrawlerConfig, SourceConfig
    from monitor.service.daemon import Service

    reactor: Any = _reactor
    sources = [SourceConfig(name=f"feed-{i}", kind="rss", url=u) for i, u in enumerate(farm.urls)]
    config = Config(
        archive=ArchiveConfig(path=tmp / "basewatch.db"),
        crawler=CrawlerConfig(delay=0, retries=0, obey_robots=True),
        sources=sources,
    )

    async def main() -> None:
        service = Service(config)
        await service.poll(sources)  # first poll: keeps every feed's ETag
        wall, cpu = await measure(lambda: service.poll(sources))
        print(f"basewatch: {len(sources)} feeds, all 304: wall {wall:.2f} s, CPU {cpu:.2f} s")
        farm.publish([(u, f"new-{i}") for i, u in enumerate(farm.urls[::10])])
        wall, cpu = await measure(lambda: service.poll(sources))
        print(f"basewatch: {len(sources)} feeds, 10% new: wall {wall:.2f} s, CPU {cpu:.2f} s")
        few = sources[:MEMORY_FEEDS]
        for cycle in range(1, MEMORY_CYCLES + 1):
            await service.poll(few)
            if cycle == 10:
                early = rss_mb()
        late = rss_mb()
        print(
            f"basewatch: resident memory after 10 cycles {early:.0f} MB, after "
            f"{MEMORY_CYCLES} cycles {late:.0f} MB ({(late - early) / early * 100:+.1f}%) "
            f"({MEMORY_FEEDS} feeds a cycle)"
        )
        service.archive.close()

    def done(result: Any) -> None:
        if hasattr(result, "printTraceback"):
            result.printTraceback()
        reactor.stop()

    reactor.callWhenRunning(lambda: deferred_from_coro(main()).addBoth(done))
    reactor.run(installSignalHandlers=False)


def reader_side(farm: Farm, tmp: Path) -> None:
    try:
        from reader import make_reader
    except ImportError:
        print("reader: not installed (pip install reader sgmllib3k): no comparison")
        return
    reader = make_reader(str(tmp / "reader.sqlite"))
    for url in farm.urls:
        reader.add_feed(url)

    def update() -> None:
        reader.update_feeds(workers=16, scheduled=False)

    update()  # first poll: keeps every feed's ETag

    async def timed() -> tuple[float, float]:
        return await measure(lambda: asyncio.to_thread(update))

    wall, cpu = asyncio.run(timed())
    print(f"reader:    {len(farm.urls)} feeds, all 304: wall {wall:.2f} s, CPU {cpu:.2f} s")
    farm.publish([(u, f"reader-{i}") for i, u in enumerate(farm.urls[5::10])])
    wall, cpu = asyncio.run(timed())
    print(f"reader:    {len(farm.urls)} feeds, 10% new: wall {wall:.2f} s, CPU {cpu:.2f} s")
    reader.close()


def main() -> None:
    feeds = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    farm = Farm(feeds)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            reader_side(farm, Path(tmp))  # first: basewatch installs a reactor for good
            basewatch_side(farm, Path(tmp))
    finally:
        farm.close()


if __name__ == "__main__":
    main()
