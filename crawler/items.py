"""What the crawl hands back to the monitor: plain frozen dataclasses (Scrapy accepts them
as items)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Target:
    """One source to poll, with the validators kept from its last successful fetch."""

    name: str
    kind: str  # rss | sitemap | listing | telegram
    url: str
    etag: str | None = None
    last_modified: str | None = None
    language: str | None = None
    link_pattern: str | None = None
    link_selector: str | None = None
    allowed_hosts: tuple[str, ...] = ()  # hosts its links may use besides its own
    headers: tuple[tuple[str, str], ...] = ()  # its own request headers, User-Agent too
    # the URL whose host its links may use freely; its own when None. A URL found behind
    # another (`basewatch sources add`) is judged as a link of that one, not trusted itself
    origin: str | None = None
    last_post: int | None = None  # telegram: the newest post read before


@dataclass(frozen=True)
class Entry:
    """A link to an article found in a feed, sitemap or listing page."""

    url: str
    title: str = ""
    published: datetime | None = None
    summary: str = ""


@dataclass(frozen=True)
class Parsed:
    """A feed, sitemap or listing page read: its entries, and what it says it is (a feed's
    own title and language, a news sitemap's publication, a page's title and lang)."""

    entries: tuple[Entry, ...]
    title: str | None = None
    language: str | None = None

    @property
    def newest(self) -> datetime | None:
        dates = [e.published for e in self.entries if e.published is not None]
        return max(dates) if dates else None


@dataclass(frozen=True)
class PollResult:
    """The outcome of fetching one source's feed, sitemap or listing."""

    source: str
    url: str
    status: int | None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    entries: int = 0
    new: int = 0
    took_ms: int = 0
    retry_after: float | None = None  # seconds the server asked us to wait (429, 503)
    title: str | None = None  # what the document says it is (see Parsed)
    language: str | None = None
    newest: datetime | None = None  # the newest entry's date
    index: bool = False  # a sitemap index: `entries` counts its child sitemaps
    last_post: int | None = None  # telegram: the newest post read now; None keeps the last


@dataclass(frozen=True)
class FetchedArticle:
    """An article page fetched and its text extracted (or the feed summary, when the page
    could not be had: `extraction` says which)."""

    source: str
    url: str
    title: str
    text: str
    published: datetime | None
    language: str | None
    extraction: str  # "page" | "summary" | "post" (a channel's post, whole on its preview)
    error: str | None = None


@dataclass(frozen=True)
class Refused:
    """A link of a source that the link policy refused: never fetched, never stored."""

    source: str
    url: str
    reason: str


@dataclass(frozen=True)
class Document:
    """A document fetched as it is, for a person looking for what to poll behind a URL
    (`basewatch sources add`): `body` is empty when it could not be had (`error` says why)."""

    source: str
    url: str
    status: int | None
    content_type: str = ""
    body: bytes = b""
    error: str | None = None
