"""`basewatch sources add` and `basewatch sources test`, through the daemon's own crawler
(its settings, user agent, robots.txt and link policy).

Adding: the URL a person gives is fetched with its robots.txt; a feed or a sitemap is taken
as it is; a page is searched for what to poll (`crawler.discovery`: the feeds it names,
the usual places, the sitemaps robots.txt lists, its own article links); each candidate is
then polled once, exactly as the daemon would poll it, and the best that answered with
items wins. A candidate on another host is a link of the URL given, judged by the link
policy like any other (it may not lead to an internal address).

Testing: a source is polled once, its new articles fetched and matched, and what would be
stored is returned; nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from crawler.discovery import Candidate, page_candidates, robots_sitemaps, sniff
from crawler.items import Document, FetchedArticle, PollResult, Refused, Target
from crawler.spiders.document import DocumentSpider
from monitor.config import Config, SourceConfig
from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article, Detection
from monitor.service.crawl import collect, crawl, make_runner, make_target, run_stoppable
from monitor.service.pipeline import article_of


@dataclass(frozen=True)
class Tried:
    """One candidate polled once: what it answered, or why the link policy refused it."""

    candidate: Candidate
    poll: PollResult
    refused: str | None = None

    @property
    def ok(self) -> bool:
        return self.refused is None and self.poll.error is None and self.poll.entries > 0


@dataclass(frozen=True)
class Discovery:
    """What was found behind a URL: the page it answered with, every candidate tried (best
    rank first) and the one to poll, if any."""

    url: str
    page: Document
    tried: tuple[Tried, ...] = ()

    @property
    def found(self) -> Tried | None:
        return next((t for t in self.tried if t.ok), None)

    def source(self, name: str = "new-source") -> SourceConfig:
        """The source to poll: the best candidate found (there must be one)."""
        best = self.found
        assert best is not None
        c = best.candidate
        return SourceConfig(name=name, kind=c.kind, url=c.url, link_pattern=c.link_pattern)


def trusting(config: Config, url: str) -> Config:
    """`config` with a source at `url`, so that its host is trusted as a configured
    source's is (by the resolver guard too)."""
    probe = SourceConfig(name="new-source", kind="rss", url=url)
    return config.model_copy(update={"sources": [*config.sources, probe]})


def discover(config: Config, url: str) -> Discovery | int:
    """Find what to poll behind `url` (the exit status instead when a signal stopped it)."""
    return run_stoppable(lambda: _discover(config, url))


async def _discover(config: Config, url: str) -> Discovery:
    runner = make_runner(trusting(config, url), retries=0)
    parts = urlsplit(url)
    robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
    docs = await collect(
        runner,
        DocumentSpider,
        targets=[Target("page", "rss", url), Target("robots", "rss", robots)],
    )
    found = {d.source: d for d in docs if isinstance(d, Document)}
    page = found.get("page") or Document("page", url, None, error="no answer")
    if page.error:
        return Discovery(url, page)
    kind = sniff(page.body, page.content_type)
    candidates: list[Candidate] = []
    if kind in ("rss", "sitemap"):
        candidates = [Candidate(kind, url, 0, "the URL itself")]
    elif kind == "html":
        listed = found.get("robots")
        candidates = page_candidates(page.body, page.url)
        if listed is not None and not listed.error:
            candidates += robots_sitemaps(listed.body, listed.url)
        candidates.sort(key=lambda c: c.rank)
    targets = [
        Target(f"candidate-{i}", c.kind, c.url, link_pattern=c.link_pattern, origin=page.url)
        for i, c in enumerate(candidates)
    ]
    items = await crawl(runner, targets, known=lambda urls: set(), max_articles=0, follow=False)
    polls = {i.source: i for i in items if isinstance(i, PollResult)}
    refusals = {i.source: i.reason for i in items if isinstance(i, Refused)}
    tried = tuple(
        Tried(
            c,
            polls.get(t.name) or PollResult(t.name, t.url, None, "no answer"),
            refusals.get(t.name),
        )
        for c, t in zip(candidates, targets, strict=True)
    )
    return Discovery(url, page, tried)


@dataclass(frozen=True)
class Checked:
    """An article the source would bring, and what the matcher makes of it."""

    article: Article
    detection: Detection
    extraction: str  # page | summary (the page could not be had: `error` says why)
    error: str | None = None


@dataclass(frozen=True)
class Trial:
    """A source polled once: its answer, its new articles matched, the links refused, and
    how many of its entries the archive already holds (not fetched again)."""

    source: SourceConfig
    poll: PollResult | None
    checked: tuple[Checked, ...]
    refused: tuple[Refused, ...]
    known: int


def trial(
    config: Config,
    source: SourceConfig | str,
    *,
    known: Callable[[list[str]], set[str]],
    limit: int,
    now: Callable[[], datetime],
) -> Trial | Discovery | int:
    """Poll `source` (or what `discover` finds behind a URL) once and match up to `limit`
    of its new articles; nothing is stored. The Discovery when nothing to poll was found
    behind the URL; the exit status when a signal stopped it."""
    seen: set[str] = set()

    def remember(urls: list[str]) -> set[str]:
        found = known(urls)
        seen.update(found)
        return found

    async def poll() -> tuple[SourceConfig, list[object]] | Discovery:
        chosen = source
        if isinstance(chosen, str):
            found = await _discover(config, chosen)
            if found.found is None:
                return found
            chosen = found.source()
        runner = make_runner(trusting(config, chosen.url), retries=0)
        targets = [make_target(chosen)]
        return chosen, await crawl(runner, targets, known=remember, max_articles=limit)

    outcome = run_stoppable(poll)
    if isinstance(outcome, int | Discovery):
        return outcome
    chosen, items = outcome
    matcher = Matcher(load_gazetteer(config.matcher.gazetteer), load_terms())
    checked = []
    for item in items:
        if isinstance(item, FetchedArticle):
            article = article_of(item, now())
            checked.append(Checked(article, matcher.match(article), item.extraction, item.error))
    checked.sort(key=lambda c: c.article.published or datetime.min.replace(tzinfo=UTC))
    return Trial(
        source=chosen,
        poll=next((i for i in items if isinstance(i, PollResult)), None),
        checked=tuple(reversed(checked)),  # newest first
        refused=tuple(i for i in items if isinstance(i, Refused)),
        known=len(seen),
    )
