"""Sources with no feed: listing pages (link pattern or CSS selector) and news sitemaps,
including sitemap indexes and gzip sitemaps, fetched by the real crawl."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from monitor.demo.server import SiteServer, WebhookReceiver, respond
from tests.conftest import basewatch, run_config, source, write_config


def test_listing_and_sitemap_index_sources(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    base = site.base
    listing = b"""<html><body>
      <nav><a href="/levant-monitor/al-tanf-rockets.html">Al-Tanf</a></nav>
      <section><h3>
        <a href="/gulf-wire/ain-al-asad-rockets.html?utm_source=home">Rockets</a>
      </h3></section>
    </body></html>"""
    child = f"""<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>{base}/tigris-post/rocket-attack-ain-al-asad-anbar.html</loc>
        <news:news><news:publication_date>2024-07-26T10:15:00+03:00</news:publication_date>
        <news:title>Rockets fired at Ain al-Asad</news:title></news:news></url>
    </urlset>""".encode()
    index = f"""<?xml version="1.0" encoding="UTF-8"?>
    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>{base}/sitemaps/2019.xml</loc><lastmod>2019-01-01</lastmod></sitemap>
      <sitemap><loc>{base}/sitemaps/2021.xml</loc><lastmod>2021-01-01</lastmod></sitemap>
      <sitemap><loc>{base}/sitemaps/2020.xml</loc><lastmod>2020-01-01</lastmod></sitemap>
      <sitemap><loc>{base}/sitemaps/news.xml.gz</loc><lastmod>2024-07-26</lastmod></sitemap>
    </sitemapindex>""".encode()
    site.routes.update(
        {
            "/listing/index.html": lambda h: respond(h, listing, ctype="text/html"),
            "/sitemaps/index.xml": lambda h: respond(h, index),
            "/sitemaps/news.xml.gz": lambda h: respond(
                h, gzip.compress(child), ctype="application/x-gzip"
            ),
        }
    )
    sources = source(
        "home-page",
        f"{base}/listing/index.html",
        kind="listing",
        link_selector="h3 a",
        link_pattern="/gulf-wire/",
    ) + source("news-sitemap", f"{base}/sitemaps/index.xml", kind="sitemap")
    config = run_config(tmp_path, sources, receiver.url())
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "a.db")
    urls = {r[0] for r in conn.execute("select url from articles")}
    conn.close()
    assert urls == {
        f"{base}/gulf-wire/ain-al-asad-rockets.html",  # tracking parameter dropped
        f"{base}/tigris-post/rocket-attack-ain-al-asad-anbar.html",
    }
    fetched = {path for _, path, _ in site.requests}
    assert "/sitemaps/2019.xml" not in fetched  # only the newest three children are read
    assert "/sitemaps/2021.xml" in fetched
    titles = [a["title"] for a in receiver.wait_for(1)]
    assert titles == ["Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-25"]


def test_a_bad_selector_is_a_config_error(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "c.toml",
        '[[sources]]\nname = "x"\nkind = "listing"\nurl = "https://example.org/"\n'
        'link_selector = "h3 >> a["\n',
    )
    result = basewatch("check-config", "--config", str(config))
    assert result.returncode == 2
    assert "at 'sources[0].link_selector': Value error, not a CSS selector" in result.stderr
