"""`basewatch sources check`: each source fetched once, the way the daemon fetches it (the
same crawler, its user agent and headers, robots.txt), and what came back: the status, how
many items, the newest item's date, and what the document says it is (title, language),
held against what the source was added for. Nothing is followed and nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import PollResult
from monitor.config import Config, SourceConfig
from monitor.service.crawl import crawl, make_runner, make_target, run_stoppable
from monitor.service.identity import feed_mismatch


@dataclass(frozen=True)
class Probe:
    """One source's answer to one fetch: `poll` is None for a disabled source that was not
    fetched; `warning` says why the document is not what the source was added for."""

    source: SourceConfig
    poll: PollResult | None = None
    warning: str | None = None

    @property
    def fetched(self) -> bool:
        return self.poll is not None

    @property
    def ok(self) -> bool:
        return self.poll is not None and self.poll.error is None


def _probe(source: SourceConfig, poll: PollResult | None) -> Probe:
    if poll is None:  # the crawl ended before this source answered (its time limit)
        error = "no answer before the crawl's time limit ([crawler] crawl_timeout)"
        return Probe(source, PollResult(source.name, source.url, None, error))
    if poll.error:
        return Probe(source, poll)
    return Probe(source, poll, feed_mismatch(source, poll.title, poll.language))


async def _fetch(config: Config, sources: list[SourceConfig]) -> dict[str, PollResult]:
    items = await crawl(
        make_runner(config, retries=0),  # once: what a poll's first try gets
        [make_target(s) for s in sources],  # no validators: the whole document comes back
        known=lambda urls: set(),
        max_articles=0,
        follow=False,
    )
    return {i.source: i for i in items if isinstance(i, PollResult)}


def probe_sources(
    config: Config, sources: list[SourceConfig], *, include_disabled: bool = False
) -> list[Probe] | int:
    """Fetch every enabled source of `sources` once (disabled ones too with
    `include_disabled`; else they are listed, not fetched); one Probe per source, in order.
    Starts the reactor, so it can run once per process. A stop signal ends it early:
    returns the exit status (128 + the signal's number) instead."""
    wanted = [s for s in sources if s.enabled or include_disabled]
    polls = run_stoppable(lambda: _fetch(config, wanted)) if wanted else {}
    if isinstance(polls, int):
        return polls
    fetched = {s.name for s in wanted}
    return [_probe(s, polls.get(s.name)) if s.name in fetched else Probe(s) for s in sources]
