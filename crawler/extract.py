"""Article text from a page: trafilatura for the body, the page's own metadata for the
title, canonical URL and date. CPU-bound: callers run it off the event loop."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import html

from crawler.urls import canonical_url

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str
    canonical: str
    published: datetime | None
    language: str | None


def _meta(doc: html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = doc.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if found and str(found[0]).strip():
                return str(found[0]).strip()
    return None


def _published(doc: html.HtmlElement) -> datetime | None:
    raw = _meta(doc, "article:published_time", "datePublished", "pubdate", "date")
    if not raw:
        times = doc.xpath("//time/@datetime")
        raw = str(times[0]) if times else None
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else None


def _canonical(doc: html.HtmlElement, url: str) -> str:
    links = doc.xpath("//link[@rel='canonical']/@href")
    if links:
        candidate = urljoin(url, str(links[0]))
        # a canonical link on another host is not trusted: it could hijack the URL
        if urlsplit(candidate).netloc == urlsplit(url).netloc:
            return canonical_url(candidate)
    return canonical_url(url)


def extract_article(page: str, url: str) -> Extracted:
    """The article in an HTML page. An empty `text` means nothing could be extracted."""
    try:
        doc = html.fromstring(page)
    except (ValueError, html.etree.ParserError):
        return Extracted("", "", canonical_url(url), None, None)
    text = trafilatura.extract(
        page, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    title = _meta(doc, "og:title") or (doc.findtext(".//title") or "").strip()
    lang = doc.get("lang")
    return Extracted(
        text=text or "",
        title=title,
        canonical=_canonical(doc, url),
        published=_published(doc),
        language=lang.split("-")[0].lower() if lang else None,
    )
