"""After a crawl: match each fetched article, store it with its detection and incident in
the archive, then record each source's poll. Runs in a worker thread, one at a time."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from crawler.items import FetchedArticle, PollResult, Refused
from monitor.config import Config
from monitor.detect.matcher import Matcher
from monitor.models import Article
from monitor.redact import redact
from monitor.store.archive import Archive

logger = logging.getLogger(__name__)
# a clock a few hours fast is common; a date further ahead is wrong and would misdate attacks
FUTURE_SLACK = timedelta(hours=14)


@dataclass(frozen=True)
class CycleReport:
    polled: int = 0
    failed: int = 0
    articles: int = 0
    matched: int = 0
    incidents: int = 0
    alerts_queued: int = 0
    # each polled source's state after the poll, with the server's Retry-After if any
    states: dict[str, dict[str, Any]] = field(default_factory=dict)


def _hours(since: str, now: datetime) -> float:
    return (now - datetime.fromisoformat(since)).total_seconds() / 3600


class Pipeline:
    def __init__(self, config: Config, archive: Archive, matcher: Matcher) -> None:
        self.config = config
        self.archive = archive
        self.matcher = matcher

    def process(self, items: Iterable[object], now: datetime) -> CycleReport:
        return self._process(list(items), now)

    def _health(self, poll: PollResult, state: dict[str, Any], now: datetime) -> int:
        """Operator alerts: a source failing `ops_failures` times in a row, or silent for
        `ops_silent_hours`. Each fires once per episode."""
        cfg = self.config.alerts
        if poll.error is not None and state.get("failures") == cfg.ops_failures:
            return self.archive.outbox.queue_ops(
                f"basewatch: source {poll.source} failed {cfg.ops_failures} times in a row",
                redact(
                    f"Source '{poll.source}' ({poll.url}) has failed {cfg.ops_failures} polls "
                    f"in a row; last error: {poll.error}. Check the URL, or set enabled = false "
                    "for it in the sources file."
                ),
                self.config.channels,
                cfg,
                now,
            )
        since = state.get("last_new") or state.get("first_polled")
        if (
            poll.error is None
            and cfg.ops_silent_hours
            and since
            and not state.get("silence_alerted")
            and _hours(since, now) >= cfg.ops_silent_hours
        ):
            self.archive.mark_silence(poll.source, now)
            return self.archive.outbox.queue_ops(
                f"basewatch: source {poll.source} has brought nothing new for "
                f"{cfg.ops_silent_hours:g} hours",
                redact(
                    f"Source '{poll.source}' ({poll.url}) answers but has had no new article "
                    f"since {since}. The outlet may have moved its feed: check the URL."
                ),
                self.config.channels,
                cfg,
                now,
            )
        return 0

    def _process(self, items: list[object], now: datetime) -> CycleReport:
        polls = [i for i in items if isinstance(i, PollResult)]
        fetched = [i for i in items if isinstance(i, FetchedArticle)]
        refused: dict[str, list[str]] = {}
        for item in items:
            if isinstance(item, Refused):
                refused.setdefault(item.source, []).append(f"{item.url}: {item.reason}")
        seen: Counter[str] = Counter()
        matched: Counter[str] = Counter()
        incidents: set[str] = set()
        queued = 0
        for item in fetched:
            if item.error:  # the feed's own summary is what the source gave: an outcome
                logger.info(
                    "article page unavailable source=%s url=%s error=%r: matched on the feed "
                    "summary instead",
                    item.source,
                    item.url,
                    item.error,
                )
            published = item.published
            if published is not None and published > now + FUTURE_SLACK:
                logger.warning(
                    "publication date in the future source=%s url=%s published=%s: using the "
                    "fetch time",
                    item.source,
                    item.url,
                    published.isoformat(),
                )
                published = now
            article = Article(
                url=item.url,
                title=item.title,
                text=item.text,
                published=published,
                source=item.source,
                language=item.language,
            )
            detection = self.matcher.match(article)
            stored = self.archive.store_report(
                article,
                detection,
                now=now,
                channels=self.config.channels,
                alerts=self.config.alerts,
                min_confidence=self.config.matcher.min_confidence,
            )
            seen[item.source] += stored.new
            matched[item.source] += bool(stored.incidents)
            incidents.update(stored.incidents)
            queued += stored.alerts
        states: dict[str, dict[str, Any]] = {}
        for poll in polls:
            state = self.archive.record_poll(
                poll.source,
                now=now,
                status=poll.status,
                error=poll.error,
                etag=poll.etag,
                last_modified=poll.last_modified,
                seen=seen[poll.source],
                matched=matched[poll.source],
                refused=tuple(refused.get(poll.source, ())),
            )
            log = logger.info if poll.error is None else logger.warning
            log(
                "poll source=%s status=%s new=%d matched=%d refused=%d took_ms=%d%s",
                poll.source,
                poll.status if poll.status is not None else "-",
                poll.new,
                matched[poll.source],
                len(refused.get(poll.source, ())),
                poll.took_ms,
                f" error={poll.error!r}" if poll.error else "",
            )
            queued += self._health(poll, state, now)
            states[poll.source] = {**state, "retry_after": poll.retry_after}
        return CycleReport(
            polled=len(polls),
            failed=sum(1 for p in polls if p.error),
            articles=sum(seen.values()),
            matched=sum(matched.values()),
            incidents=len(incidents),
            alerts_queued=queued,
            states=states,
        )
