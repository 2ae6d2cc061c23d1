"""Telegram channels for the news spider: a channel's preview page, then the pages before it
while more posts came since the last poll than one page holds (at most `channel_pages`
pages). Only posts newer than the last one read become articles: an edited post keeps its
id and address, and a deleted one is simply gone, so neither makes a new report."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.failures import describe, header, retry_after
from crawler.items import FetchedArticle, PollResult, Target
from crawler.telegram import Post, page_before, parse_preview
from monitor.errors import ParseError

logger = logging.getLogger(__name__)
HANDLED = [304, *range(400, 600)]  # statuses the callbacks see themselves


TITLE_WORDS = 4  # a shorter first line ("🚨 Breaking") is a label, not the headline


def post_article(post: Post, target: Target) -> FetchedArticle:
    """A post as an article: its first line of a few words is the title, the other lines
    the text, and where it was forwarded from the last line."""
    lines = post.text.split("\n")
    at = next((i for i, line in enumerate(lines) if len(line.split()) >= TITLE_WORDS), 0)
    rest = "\n".join(lines[:at] + lines[at + 1 :])
    if post.forwarded_from:
        rest = f"{rest}\n\nForwarded from {post.forwarded_from}."
    return FetchedArticle(
        source=target.name,
        url=post.url,
        title=lines[at].strip(),
        text=rest.strip(),
        published=post.published,
        language=target.language,
        extraction="post",
    )


class ChannelReader:
    """Mixed into the news spider, which sets `known`, `channel_pages` and `follow` (False:
    the first page only, as `basewatch sources check` asks)."""

    known: Callable[[list[str]], set[str]]
    channel_pages: int
    follow: bool

    def read_channel(
        self, response: Response, target: Target, first: PollResult, posts: list[Post]
    ) -> Iterator[Any]:
        """The first preview page was read: go back further, or finish the poll."""
        yield from self._walk(response, target, first, {p.id: p for p in posts}, 1, posts)

    def _walk(
        self,
        response: Response,
        target: Target,
        first: PollResult,
        gathered: dict[int, Post],
        pages: int,
        page: list[Post],
    ) -> Iterator[Any]:
        last = target.last_post
        oldest = min((p.id for p in page), default=None)
        more = last is not None and oldest is not None and oldest > last + 1 and self.follow
        if more and pages < self.channel_pages:
            assert oldest is not None
            yield response.follow(
                page_before(target.url, oldest),
                callback=self.parse_channel_page,
                errback=self.channel_page_failed,
                dont_filter=True,
                meta={
                    "target": target,
                    "first": first,
                    "gathered": gathered,
                    "pages": pages + 1,
                    "handle_httpstatus_list": HANDLED,
                },
            )
            return
        if more:
            logger.warning(
                "channel source=%s had more new posts than %d preview pages hold: the older "
                "ones are skipped (raise [crawler] channel_pages, or poll it more often)",
                target.name,
                self.channel_pages,
            )
        yield from self._finish(target, first, gathered)

    def parse_channel_page(self, response: Response) -> Iterator[Any]:
        """An older page of a channel's preview."""
        meta = response.meta
        target: Target = meta["target"]
        if response.status >= 400:
            yield from self._finish(
                target,
                meta["first"],
                meta["gathered"],
                error=f"HTTP {response.status} on an older preview page",
                status=response.status,
                wait=retry_after(header(response, b"Retry-After")),
            )
            return
        try:
            page = parse_preview(response.body, source=target.name, url=response.url)
        except ParseError as exc:
            yield from self._finish(target, meta["first"], meta["gathered"], error=str(exc))
            return
        gathered = {**meta["gathered"], **{p.id: p for p in page}}
        yield from self._walk(response, target, meta["first"], gathered, meta["pages"], page)

    def channel_page_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta  # type: ignore[attr-defined]
        error = describe(failure.value) if failure.value is not None else "unknown error"
        yield from self._finish(
            meta["target"], meta["first"], meta["gathered"], error=error, status=None
        )

    def _finish(
        self,
        target: Target,
        first: PollResult,
        gathered: dict[int, Post],
        *,
        error: str | None = None,
        status: int | None = 200,
        wait: float | None = None,
    ) -> Iterator[Any]:
        """The poll's result and the new posts. The posts read are kept even when an older
        page failed; the last post read then stays where it was, so that the next poll goes
        back to it again."""
        last = target.last_post
        fresh = sorted((p for p in gathered.values() if last is None or p.id > last), key=_id)
        known = self.known([p.url for p in fresh])
        new = [p for p in fresh if p.url not in known and p.text]
        newest = max([*gathered, last or 0]) or None
        yield replace(
            first,
            status=status if error else first.status,
            error=error,
            retry_after=wait,
            entries=len(gathered),
            new=len(new),
            last_post=None if error else newest,
        )
        for post in new:
            yield post_article(post, target)


def _id(post: Post) -> int:
    return post.id
