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
from monitor.config import BROWSER_USER_AGENT, Config
from monitor.detect.matcher import Matcher
from monitor.models import Article
from monitor.redact import redact
from monitor.service.identity import feed_mismatch
from monitor.store.archive import REFUSED, Archive

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


def article_of(item: FetchedArticle, now: datetime) -> Article:
    """A fetched article as the matcher takes it: a publication date further ahead than a
    fast clock explains is replaced by the fetch time (it would misdate the attack)."""
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
            "publication date in the future source=%s url=%s published=%s: using the fetch time",
            item.source,
            item.url,
            published.isoformat(),
        )
        published = now
    return Article(
        url=item.url,
        title=item.title,
        text=item.text,
        published=published,
        source=item.source,
        language=item.language,
    )


def _hours(since: str, now: datetime) -> float:
    return (now - datetime.fromisoformat(since)).total_seconds() / 3600


class Pipeline:
    def __init__(self, config: Config, archive: Archive, matcher: Matcher) -> None:
        self.config = config
        self.archive = archive
        self.matcher = matcher
        self.sources = {s.name: s for s in config.sources}

    def process(self, items: Iterable[object], now: datetime) -> CycleReport:
        return self._process(list(items), now)

    def _health(self, poll: PollResult, state: dict[str, Any], now: datetime) -> int:
        """Operator alerts: a source refused by its server `ops_refusals` times in a row, a
        source failing `ops_failures` times in a row (unless that is the refusal already
        told), or silent for `ops_silent_hours`. Each fires once per episode."""
        cfg = self.config.alerts
        refused = state.get("refused_polls") or 0
        if poll.status in REFUSED and refused == cfg.ops_refusals:
            subject, body = self._refusal(poll)
        elif poll.error is not None and state.get("failures") == cfg.ops_failures:
            if refused >= cfg.ops_refusals:
                return 0
            subject = f"basewatch: source {poll.source} failed {cfg.ops_failures} times in a row"
            body = (
                f"Source '{poll.source}' ({poll.url}) has failed {cfg.ops_failures} polls "
                f"in a row; last error: {poll.error}. Check the URL, or set enabled = false "
                "for it in the sources file."
            )
        elif poll.error is None and self._silent(state, now):
            self.archive.mark_silence(poll.source, now)
            subject = (
                f"basewatch: source {poll.source} has brought nothing new for "
                f"{cfg.ops_silent_hours:g} hours"
            )
            body = (
                f"Source '{poll.source}' ({poll.url}) answers but has had no new article "
                f"since {state.get('last_new') or state.get('first_polled')}. The outlet may "
                "have moved its feed: check the URL."
            )
        else:
            return 0
        return self.archive.outbox.queue_ops(subject, redact(body), self.config.channels, cfg, now)

    def _silent(self, state: dict[str, Any], now: datetime) -> bool:
        hours = self.config.alerts.ops_silent_hours
        since = state.get("last_new") or state.get("first_polled")
        return bool(
            hours and since and not state.get("silence_alerted") and _hours(since, now) >= hours
        )

    def _refusal(self, poll: PollResult) -> tuple[str, str]:
        """The operator alert of a source its server refuses: what to try next."""
        n = self.config.alerts.ops_refusals
        source = self.sources.get(poll.source)
        agent = source.user_agent if source else None
        if agent:
            advice = (
                f"Its user_agent is already {agent!r}: the server may refuse this network's "
                "address (outlets often refuse data centres). Try another user_agent, or run "
                "basewatch from another network"
            )
        else:
            advice = (
                "Outlets often refuse user agents that do not look like a browser's: give it "
                f'user_agent = "{BROWSER_USER_AGENT}" in the sources file'
            )
        return (
            f"basewatch: source {poll.source} is refused by its server (HTTP {poll.status})",
            f"Source '{poll.source}' ({poll.url}) was refused (HTTP {poll.status}) {n} polls "
            f"in a row: the server does not accept our requests. {advice}, and check it with "
            f"`basewatch sources check {poll.source}`. If it is still refused, set enabled = "
            "false for it, with its disabled_reason.",
        )

    def _identify(self, poll: PollResult, state: dict[str, Any], now: datetime) -> None:
        """On a source's first successful fetch, record what its document says it is, and
        warn when that is not what the source was added for."""
        source = self.sources.get(poll.source)
        if source is None or poll.error is not None or poll.status == 304:
            return
        if state.get("feed_seen"):
            return
        warning = feed_mismatch(source, poll.title, poll.language)
        self.archive.record_feed(
            poll.source, now, title=poll.title, language=poll.language, warning=warning
        )
        logger.debug(
            "feed identified source=%s title=%r language=%s",
            poll.source,
            poll.title,
            poll.language or "-",
        )
        if warning:
            logger.warning(
                "feed does not match its source source=%s: %s; check the URL, or set the "
                "source's topic and language to what the feed is",
                poll.source,
                warning,
            )

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
            article = article_of(item, now)
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
                last_post=poll.last_post,
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
            self._identify(poll, state, now)
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
