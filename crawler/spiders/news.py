"""One spider for all source kinds: it polls feeds, news sitemaps and listing pages with
conditional requests, then follows only the entries not seen before to their article pages."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.entries import gunzip, parse_feed, parse_listing, parse_sitemap, sitemap_children
from crawler.extract import extract_article
from crawler.failures import describe, header, retry_after
from crawler.items import Entry, FetchedArticle, Parsed, PollResult, Refused, Target
from crawler.linkguard import RefusedLink
from crawler.spiders.channels import HANDLED, ChannelReader
from crawler.telegram import parse_preview
from monitor.errors import ParseError


def _refused(failure: Failure, target: Target) -> Refused | None:
    """The link policy's refusal behind `failure`, if that is what it is."""
    exc = failure.value
    return Refused(target.name, exc.url, exc.reason) if isinstance(exc, RefusedLink) else None


def _error_text(failure: Failure) -> str:
    return describe(failure.value) if failure.value is not None else "unknown error"


class NewsSpider(ChannelReader, scrapy.Spider):
    name = "news"

    def __init__(
        self,
        targets: Iterable[Target],
        known: Callable[[list[str]], set[str]],
        max_articles: int = 50,
        follow: bool = True,
        channel_pages: int = 5,
        **kwargs: Any,
    ) -> None:
        """`follow` False fetches each source's own document only: no article page, no
        child sitemap (`basewatch sources check`)."""
        super().__init__(**kwargs)
        self.targets = list(targets)
        self.known = known
        self.max_articles = max_articles
        self.follow = follow
        self.channel_pages = channel_pages

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for target in self.targets:
            headers = dict(target.headers)
            if target.etag:
                headers["If-None-Match"] = target.etag
            if target.last_modified:
                headers["If-Modified-Since"] = target.last_modified
            yield scrapy.Request(
                target.url,
                headers=headers,
                callback=self.parse_source,
                errback=self.source_failed,
                dont_filter=True,
                meta={"target": target, "handle_httpstatus_list": HANDLED, "t0": time.monotonic()},
            )

    def _took(self, meta: dict[str, Any]) -> int:
        return int((time.monotonic() - meta.get("t0", time.monotonic())) * 1000)

    def parse_source(self, response: Response) -> Iterator[Any]:
        target: Target = response.meta["target"]
        took = self._took(response.meta)
        if response.status == 304:
            yield PollResult(target.name, target.url, 304, took_ms=took)
            return
        if response.status >= 400:
            yield PollResult(
                target.name,
                target.url,
                response.status,
                f"HTTP {response.status}",
                took_ms=took,
                retry_after=retry_after(header(response, b"Retry-After")),
            )
            return
        if target.kind == "telegram":
            yield from self._channel(response, target, took)
            return
        if target.kind == "sitemap" and not response.meta.get("child"):
            children = sitemap_children(gunzip(response.body, source=target.name, url=target.url))
            if children:  # an index: its newest sitemaps hold the articles
                yield _fetched(target, response, took, Parsed(()), index=len(children))
                for child in children if self.follow else ():
                    yield response.follow(
                        child,
                        headers=dict(target.headers),
                        callback=self.parse_child,
                        errback=self.child_failed,
                        meta={"target": target, "child": True},
                    )
                return
        try:
            parsed = self._entries(target, response)
        except ParseError as exc:
            yield PollResult(target.name, target.url, response.status, str(exc), took_ms=took)
            return
        new = self._new(list(parsed.entries))
        yield _fetched(target, response, took, parsed, new=len(new))
        yield from self._follow(response, target, new)

    def _channel(self, response: Response, target: Target, took: int) -> Iterator[Any]:
        try:
            posts = parse_preview(response.body, source=target.name, url=response.url)
        except ParseError as exc:
            yield PollResult(target.name, target.url, response.status, str(exc), took_ms=took)
            return
        first = _fetched(target, response, took, Parsed(()))
        yield from self.read_channel(response, target, first, posts)

    def parse_child(self, response: Response) -> Iterator[Any]:
        """A child sitemap of an index: its new entries are followed; the source's poll was
        recorded with the index."""
        target: Target = response.meta["target"]
        try:
            parsed = self._entries(target, response)
        except ParseError as exc:
            self.logger.warning("child sitemap unreadable source=%s: %s", target.name, exc)
            return
        yield from self._follow(response, target, self._new(list(parsed.entries)))

    def child_failed(self, failure: Failure) -> Iterator[Refused]:
        target: Target = failure.request.meta["target"]  # type: ignore[attr-defined]
        refused = _refused(failure, target)
        if refused is not None:
            yield refused
            return
        self.logger.warning(
            "child sitemap failed source=%s error=%r", target.name, _error_text(failure)
        )

    def _new(self, entries: list[Entry]) -> list[Entry]:
        """Entries not in the archive yet, one per URL, at most `max_articles`."""
        known = self.known([e.url for e in entries])
        new: dict[str, Entry] = {}
        for entry in entries:
            if entry.url not in known and entry.url not in new:
                new[entry.url] = entry
        return list(new.values())[: self.max_articles]

    def _follow(self, response: Response, target: Target, new: list[Entry]) -> Iterator[Any]:
        for entry in new if self.follow else ():
            yield response.follow(
                entry.url,
                headers=dict(target.headers),
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"entry": entry, "target": target},
                meta={"target": target},
            )

    def _entries(self, target: Target, response: Response) -> Parsed:
        body, url = response.body, response.url
        if target.kind == "sitemap":
            return parse_sitemap(body, source=target.name, url=url)
        if target.kind == "listing":
            return parse_listing(
                body,
                source=target.name,
                url=url,
                pattern=target.link_pattern,
                selector=target.link_selector,
            )
        return parse_feed(
            body,
            source=target.name,
            url=url,
            content_type=header(response, b"Content-Type") or "",
            content_language=header(response, b"Content-Language") or "",
        )

    def source_failed(self, failure: Failure) -> Iterator[PollResult | Refused]:
        request = failure.request  # type: ignore[attr-defined]
        target: Target = request.meta["target"]
        refused = _refused(failure, target)
        if refused is not None:  # the source's own URL redirected somewhere refused
            yield refused
        yield PollResult(
            target.name, target.url, None, _error_text(failure), took_ms=self._took(request.meta)
        )

    async def parse_article(
        self, response: Response, entry: Entry, target: Target
    ) -> AsyncIterator[FetchedArticle]:
        page = response.text if hasattr(response, "text") else ""
        extracted = await asyncio.to_thread(extract_article, page, response.url)
        if not extracted.text:
            yield _from_summary(entry, target, "no article text found in the page")
            return
        yield FetchedArticle(
            source=target.name,
            url=extracted.canonical,
            title=extracted.title or entry.title,
            text=extracted.text,
            published=entry.published or extracted.published,
            language=extracted.language or target.language,
            extraction="page",
        )

    def article_failed(self, failure: Failure) -> Iterator[FetchedArticle | Refused]:
        """A page that cannot be had is matched on its feed summary; a refused link is
        not stored at all, only counted."""
        kwargs = failure.request.cb_kwargs  # type: ignore[attr-defined]
        refused = _refused(failure, kwargs["target"])
        if refused is not None:
            yield refused
            return
        yield _from_summary(kwargs["entry"], kwargs["target"], _error_text(failure))


def _from_summary(entry: Entry, target: Target, error: str) -> FetchedArticle:
    """When the page cannot be had, the feed's own title and summary still get matched."""
    return FetchedArticle(
        source=target.name,
        url=entry.url,
        title=entry.title,
        text=entry.summary,
        published=entry.published,
        language=target.language,
        extraction="summary",
        error=error,
    )


def _fetched(
    target: Target, response: Response, took: int, parsed: Parsed, *, new: int = 0, index: int = 0
) -> PollResult:
    """A successful poll, with the validators for the next conditional request and what
    the document says it is; `index` counts the child sitemaps of a sitemap index."""
    return PollResult(
        target.name,
        target.url,
        response.status,
        etag=header(response, b"ETag"),
        last_modified=header(response, b"Last-Modified"),
        entries=index or len(parsed.entries),
        new=new,
        took_ms=took,
        title=parsed.title,
        language=parsed.language,
        newest=parsed.newest,
        index=bool(index),
    )
