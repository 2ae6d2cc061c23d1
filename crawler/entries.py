"""Turning a fetched feed, news sitemap or listing page into article entries. Pure: bytes in,
entries out; feedparser parses bytes and never fetches anything itself (it has no timeout)."""

from __future__ import annotations

import calendar
import contextlib
import re
import zlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
from lxml import etree, html

from crawler.items import Entry, Parsed
from crawler.urls import canonical_url
from monitor.errors import ParseError

_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True
)


def _when(raw: Any, struct: Any) -> datetime | None:
    """An entry's time in the zone the feed gives it in ("Mon, 29 Jan 2024 06:00:00 +1100"),
    which tells the writer's calendar day; from feedparser's UTC reading when the text is in
    a form or a named zone only feedparser knows."""
    if isinstance(raw, str) and raw.strip():
        text = raw.strip()
        with contextlib.suppress(TypeError, ValueError, IndexError):
            value = parsedate_to_datetime(text)
            if value.tzinfo is not None:
                return value
        if (written := _iso(text)) is not None:
            return written
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _stamp(entry: Any) -> tuple[Any, Any]:
    """An entry's publication time as written and as feedparser read it; its update time
    when it gives none (asked only then: feedparser warns of "updated" read as "published")."""
    key = "published" if "published" in entry else "updated"
    return entry.get(key), entry.get(f"{key}_parsed")


def _text(value: Any) -> str | None:
    """A title or language as the document gives it: one line, or None when empty."""
    text = " ".join(str(value or "").split())
    return text or None


def parse_feed(
    body: bytes, *, source: str, url: str, content_type: str = "", content_language: str = ""
) -> Parsed:
    """Entries of an RSS or Atom feed, with the feed's own title and language; ParseError
    when the bytes are no feed at all."""
    headers = {"content-type": content_type} if content_type else {}
    if content_language:
        headers["content-language"] = content_language
    parsed = feedparser.parse(body, response_headers=headers)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "args", ["not a feed"])[0]
        raise ParseError(
            f"malformed feed: {reason}",
            source=source,
            url=url,
            hint="check that the URL serves RSS or Atom, not an HTML page",
        )
    entries = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link.startswith(("http://", "https://")):
            link = urljoin(url, link) if link else ""
        if not link:
            continue
        entries.append(
            Entry(
                url=canonical_url(link),
                title=(e.get("title") or "").strip(),
                published=_when(*_stamp(e)),
                summary=html.fromstring(e.get("summary") or "<p></p>").text_content().strip()
                if e.get("summary")
                else "",
            )
        )
    feed = parsed.get("feed", {})
    return Parsed(tuple(entries), _text(feed.get("title")), _text(feed.get("language")))


def _iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


GZIP_MAGIC = b"\x1f\x8b"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
CHILD_SITEMAPS = 3  # of a sitemap index, the newest few are followed


def gunzip(body: bytes, *, source: str, url: str, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """A .xml.gz file's content, refusing to inflate past `limit` (a gzip bomb)."""
    if not body.startswith(GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit)
    except zlib.error as exc:
        raise ParseError(f"corrupt gzip data: {exc}", source=source, url=url) from None
    if inflater.unconsumed_tail:
        raise ParseError(
            f"compressed sitemap inflates past {limit // 1_000_000} MB: refused",
            source=source,
            url=url,
        )
    return out


def sitemap_children(body: bytes) -> list[str]:
    """For a sitemap index, the URLs of its newest child sitemaps; else []."""
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None or etree.QName(root).localname != "sitemapindex":
        return []
    children = [
        (node.findtext("{*}lastmod") or "", node.findtext("{*}loc") or "")
        for node in root.iter("{*}sitemap")
    ]
    children.sort(reverse=True)
    return [loc.strip() for _, loc in children if loc.strip()][:CHILD_SITEMAPS]


def parse_sitemap(body: bytes, *, source: str, url: str) -> Parsed:
    """Entries of a news sitemap (or a plain sitemap of article URLs), with the name and
    language of the publication a news sitemap names."""
    body = gunzip(body, source=source, url=url)
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed sitemap: {exc}", source=source, url=url) from None
    if root is None:
        raise ParseError("empty sitemap", source=source, url=url)
    entries = []
    for node in root.iter("{*}url"):
        loc = node.findtext("{*}loc")
        if not loc:
            continue
        entries.append(
            Entry(
                url=canonical_url(loc),
                title=(node.findtext(".//{*}title") or "").strip(),
                published=_iso(
                    node.findtext(".//{*}publication_date") or node.findtext("{*}lastmod")
                ),
            )
        )
    return Parsed(
        tuple(entries),
        _text(root.findtext(".//{*}publication/{*}name")),
        _text(root.findtext(".//{*}publication/{*}language")),
    )


def parse_listing(
    body: bytes, *, source: str, url: str, pattern: str | None, selector: str | None = None
) -> Parsed:
    """Links on a section page: those `selector` picks (CSS), whose absolute URL matches
    `pattern`; with the page's title and language."""
    try:
        doc = html.fromstring(body)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unreadable listing page: {exc}", source=source, url=url) from None
    rx = re.compile(pattern) if pattern else None
    seen: dict[str, Entry] = {}
    anchors = doc.cssselect(selector) if selector else doc.iter("a")
    for a in anchors:
        href = a.get("href")
        if not href:
            continue
        link = canonical_url(urljoin(url, href))
        if rx is not None and not rx.search(link):
            continue
        if link not in seen:
            seen[link] = Entry(url=link, title=a.text_content().strip())
    language = doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang")
    return Parsed(tuple(seen.values()), _text(doc.findtext(".//title")), _text(language))
