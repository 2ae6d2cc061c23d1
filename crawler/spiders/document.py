"""A spider that fetches documents as they are, through the daemon's download path (its
settings, the link policy, robots.txt): the page behind a URL a person gives, and its
robots.txt, so that `crawler.discovery` can read them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.failures import describe
from crawler.items import Document, Target


class DocumentSpider(scrapy.Spider):
    name = "document"

    def __init__(self, targets: Iterable[Target], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets = list(targets)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for target in self.targets:
            yield scrapy.Request(
                target.url,
                headers=dict(target.headers),
                callback=self.parse_document,
                errback=self.document_failed,
                dont_filter=True,
                meta={"target": target, "handle_httpstatus_all": True},
            )

    def parse_document(self, response: Response) -> Iterator[Document]:
        target: Target = response.meta["target"]
        ctype = response.headers.get(b"Content-Type") or b""
        error = f"HTTP {response.status}" if response.status >= 400 else None
        yield Document(
            target.name,
            response.url,
            response.status,
            ctype.decode("latin-1"),
            b"" if error else response.body,
            error,
        )

    def document_failed(self, failure: Failure) -> Iterator[Document]:
        target: Target = failure.request.meta["target"]  # type: ignore[attr-defined]
        error = describe(failure.value) if failure.value is not None else "unknown error"
        yield Document(target.name, target.url, None, error=error)
