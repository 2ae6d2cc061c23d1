"""Finding what to poll behind a URL a person gives: is it a feed, a sitemap or a page; the
feeds a page names (`<link rel="alternate">`), the places sites usually keep their feeds
and sitemaps, the sitemaps robots.txt lists, and for a section page without any, a pattern
of its article links. Pure: bytes in, candidates out; nothing here fetches.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from crawler.entries import GZIP_MAGIC

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml")
# where sites usually keep a feed or a sitemap, tried when a page names none
FEED_PATHS = ("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/rss/")
SITEMAP_PATHS = ("/news-sitemap.xml", "/sitemap_news.xml", "/sitemap-news.xml", "/sitemap.xml")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}|\d{4,}", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """Something worth polling: its kind (rss, sitemap, listing), URL and rank (lower is
    better: a feed the page names, then one at a usual place, a news sitemap, a listing)."""

    kind: str
    url: str
    rank: int
    why: str
    link_pattern: str | None = None


def sniff(body: bytes, content_type: str = "") -> str:
    """What a document is: "rss" (RSS, Atom or RDF), "sitemap" (a urlset or an index),
    "html", or "other"."""
    if body[:2] == GZIP_MAGIC:
        return "sitemap" if "xml" in content_type or not content_type else "other"
    head = body[:2048].lstrip().lower()
    if head.startswith(b"<!doctype html") or b"<html" in head:
        return "html"
    try:
        root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return "html" if "html" in content_type else "other"
    name = etree.QName(root).localname.lower() if root is not None else ""
    if name in ("rss", "feed", "rdf"):
        return "rss"
    if name in ("urlset", "sitemapindex"):
        return "sitemap"
    return "other"


def page_candidates(body: bytes, url: str) -> list[Candidate]:
    """The feeds a page names in `<link rel="alternate">`, in its order; then the usual
    feed and sitemap places on its host; and the page itself as a listing, with a pattern
    of its article links when it has some."""
    try:
        doc = html.fromstring(body)
    except (etree.ParserError, ValueError):
        doc = None
    found: list[Candidate] = []
    if doc is not None:
        for link in doc.iter("link"):
            rel = (link.get("rel") or "").lower().split()
            kind = (link.get("type") or "").lower().split(";")[0].strip()
            href = (link.get("href") or "").strip()
            if "alternate" in rel and kind in FEED_TYPES and href:
                found.append(Candidate("rss", urljoin(url, href), 0, "named by the page"))
    root = _origin(url)
    found += [Candidate("rss", root + p, 10, "a usual place for a feed") for p in FEED_PATHS]
    found += [
        Candidate("sitemap", root + p, 20, "a usual place for a sitemap") for p in SITEMAP_PATHS
    ]
    pattern = listing_pattern(doc, url) if doc is not None else None
    if pattern:
        found.append(Candidate("listing", url, 30, "the page's own article links", pattern))
    return _unique(found)


def robots_sitemaps(body: bytes, url: str) -> list[Candidate]:
    """The sitemaps a robots.txt lists (`Sitemap:` lines), news sitemaps first."""
    text = body.decode("utf-8", "replace")
    found = [
        urljoin(url, line.split(":", 1)[1].strip())
        for line in text.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]
    found.sort(key=lambda u: "news" not in u.lower())
    return [Candidate("sitemap", u, 15, "listed in robots.txt") for u in found]


def listing_pattern(doc: html.HtmlElement, url: str) -> str | None:
    """A `link_pattern` for a section page: its links on its own host whose paths look
    like articles (a slug of three words or more, or a long number), under the folder most
    of them share. None when fewer than three links look like articles."""
    host = urlsplit(url).netloc.lower()
    paths = []
    for anchor in doc.iter("a"):
        parts = urlsplit(urljoin(url, anchor.get("href") or ""))
        if parts.netloc.lower() == host and _SLUG.search(parts.path.rsplit("/", 1)[-1] or "-"):
            paths.append(parts.path)
    if len(set(paths)) < 3:
        return None
    folders = Counter(p.split("/")[1] for p in paths if p.count("/") >= 2)
    folder, n = folders.most_common(1)[0] if folders else ("", 0)
    prefix = f"/{re.escape(folder)}/" if folder and n * 2 >= len(paths) else "/"
    slug = r"(?:(?:[a-z0-9]+-){2,}[a-z0-9]+|\d{4,})"
    return f"(?i)^https?://{re.escape(host)}{prefix}[^?#]*{slug}"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _unique(found: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out = []
    for c in found:
        key = f"{c.kind} {c.url.rstrip('/')}"
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
