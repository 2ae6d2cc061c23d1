"""`basewatch sources add URL` and `basewatch sources test NAME|URL` against real HTTP
servers on loopback: what is found behind a page (a feed it names, a usual place, a
sitemap robots.txt lists, its own article links), what is appended where, what is refused,
and what a source polled once would store and match, storing nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from crawler.discovery import page_candidates, sniff
from monitor.cli.newsource import name_for
from monitor.demo.server import SITE, SiteServer
from tests.conftest import basewatch, refused_ports, run_config, source, write_config

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Courier - Region</title><language>en</language>
<item><title>Port authority opens a second grain terminal</title>
<link>{{BASE}}/region/grain-terminal-opens.html</link>
<pubDate>Tue, 02 Jul 2024 08:00:00 GMT</pubDate></item>
<item><title>Ferry timetable changes for the summer season</title>
<link>{{BASE}}/region/ferry-timetable-summer.html</link>
<pubDate>Mon, 01 Jul 2024 09:30:00 GMT</pubDate></item>
</channel></rss>
"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{{BASE}}/stories/market-hall-reopens-after-repairs</loc>
<news:news><news:publication_date>2024-07-03T10:00:00Z</news:publication_date>
<news:title>Market hall reopens after repairs</news:title></news:news></url>
</urlset>
"""


def _page(head: str = "", body: str = "<p>Welcome to the Harbour Courier.</p>") -> str:
    head = f"<head><title>Harbour Courier</title>{head}</head>"
    return f"<!doctype html><html>{head}<body>{body}</body></html>"


SECTION = _page(
    body="".join(
        f'<a href="/region/{slug}">{slug}</a>'
        for slug in (
            "council-votes-on-new-bridge",
            "school-year-starts-early-this-autumn",
            "fishing-fleet-returns-with-record-catch",
            "about",
        )
    )
    + '<a href="/contact">contact</a>'
)


@pytest.fixture
def outlet(tmp_path: Path) -> Iterator[tuple[SiteServer, Path]]:
    """An outlet's site of its own (its own robots.txt and usual places), in tmp_path."""
    root = tmp_path / "outlet"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    with SiteServer(root) as server:
        yield server, root


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _config(tmp_path: Path, existing: str = "") -> tuple[Path, Path]:
    """A configuration whose sources file holds `existing` (and a comment to keep)."""
    sources = write_config(tmp_path / "sources.toml", f"# outlets we watch\n{existing}")
    config = run_config(tmp_path, "", None, extra="")
    config.write_text(f'sources_files = ["sources.toml"]\n{config.read_text()}')
    return config, sources


def _add(config: Path, url: str, *args: str):
    return basewatch("sources", "add", url, "--config", str(config), *args)


def _added(sources: Path) -> list[dict]:
    return tomllib.loads(sources.read_text(encoding="utf-8"))["sources"]


def test_a_feed_the_page_names_is_found_polled_and_appended(
    tmp_path: Path, outlet: tuple[SiteServer, Path]
) -> None:
    server, root = outlet
    link = (
        '<link rel="alternate" type="application/rss+xml" title="Region" href="/region/feed.xml">'
    )
    _write(root, {"index.html": _page(link), "region/feed.xml": FEED})
    config, sources = _config(tmp_path)
    result = _add(config, f"{server.base}/index.html")
    assert result.returncode == 0, result.stderr
    assert "named by the page" in result.stdout
    assert "2 items" in result.stdout
    (added,) = _added(sources)
    assert added["url"] == f"{server.base}/region/feed.xml"
    assert added["kind"] == "rss"
    assert added["language"] == "en"  # as the feed says
    assert added["every"] == "15m"
    assert sources.read_text().startswith("# outlets we watch\n")  # the file's own text kept
    assert "Harbour Courier - Region" in sources.read_text()  # the comment above the table
    check = basewatch("check-config", "--config", str(config))
    assert check.returncode == 0, check.stderr
    # the feed is polled through the daemon's crawler: robots.txt asked, feed fetched once
    asked = [path for method, path, _ in server.requests if method == "GET"]
    assert "/robots.txt" in asked
    assert asked.count("/region/feed.xml") == 1


def test_the_same_source_twice_is_refused_and_the_file_left_alone(
    tmp_path: Path, outlet: tuple[SiteServer, Path]
) -> None:
    server, root = outlet
    _write(root, {"feed.xml": FEED})
    config, sources = _config(tmp_path, source("courier", f"{server.base}/feed.xml"))
    before = sources.read_bytes()
    again = _add(config, f"{server.base}/feed.xml/")
    assert again.returncode == 2
    assert "already watched as source 'courier'" in again.stderr
    link = '<link rel="alternate" type="application/atom+xml" href="/feed.xml">'
    _write(root, {"index.html": _page(link)})
    behind = _add(config, f"{server.base}/index.html")  # the page leads to the same feed
    assert behind.returncode == 2
    assert "already watched as source 'courier'" in behind.stderr
    assert sources.read_bytes() == before


def test_a_usual_place_a_robots_sitemap_and_a_listing_are_found_in_that_order(
    tmp_path: Path, outlet: tuple[SiteServer, Path]
) -> None:
    server, root = outlet
    _write(root, {"index.html": SECTION})
    config, sources = _config(tmp_path)
    listing = _add(config, f"{server.base}/index.html", "--dry-run", "--format", "json")
    assert listing.returncode == 0, listing.stderr
    found = json.loads(listing.stdout)
    assert found["added"] is False  # --dry-run
    assert found["source"]["kind"] == "listing"
    assert found["found"]["items"] == 3  # the three article links, not about nor contact
    assert sources.read_text() == "# outlets we watch\n"
    _write(
        root, {"robots.txt": "User-agent: *\nSitemap: /maps/news.xml\n", "maps/news.xml": SITEMAP}
    )
    by_robots = json.loads(
        _add(config, f"{server.base}/index.html", "--dry-run", "--format", "json").stdout
    )
    assert by_robots["source"]["kind"] == "sitemap"
    assert by_robots["found"]["why"] == "listed in robots.txt"
    _write(root, {"rss.xml": FEED})
    usual = _add(config, f"{server.base}/index.html", "--name", "harbour-courier")
    assert usual.returncode == 0, usual.stderr
    (added,) = _added(sources)
    assert added == {
        "name": "harbour-courier",
        "kind": "rss",
        "url": f"{server.base}/rss.xml",
        "every": "15m",
        "language": "en",
    }


def test_a_feed_on_an_internal_address_named_by_a_page_is_never_fetched(
    tmp_path: Path, outlet: tuple[SiteServer, Path]
) -> None:
    server, root = outlet
    with SiteServer(root, host="127.0.0.2") as inside:
        _write(root, {"feed.xml": FEED})
        link = f'<link rel="alternate" type="application/rss+xml" href="{inside.base}/feed.xml">'
        _write(root, {"index.html": _page(link)})
        config, sources = _config(tmp_path)
        result = _add(config, f"{server.base}/index.html", "--dry-run", "--format", "json")
    found = json.loads(result.stdout)
    tried = {t["url"]: t for t in found["tried"]}
    assert "link refused" in tried[f"{inside.base}/feed.xml"]["error"]
    assert inside.requests == []  # not even its robots.txt
    assert found["source"]["url"] == f"{server.base}/feed.xml"  # the page's own host is fine


def test_a_url_that_does_not_answer_or_leads_nowhere_adds_nothing(
    tmp_path: Path, outlet: tuple[SiteServer, Path]
) -> None:
    server, root = outlet
    config, sources = _config(tmp_path)
    with refused_ports(1) as (port,):
        down = _add(config, f"http://127.0.0.1:{port}/")
    assert down.returncode == 3
    assert "could not be fetched: DownloadConnectionRefusedError" in down.stderr
    assert "Traceback" not in down.stderr
    _write(root, {"index.html": _page()})
    nowhere = _add(config, f"{server.base}/index.html")
    assert nowhere.returncode == 1
    assert "nothing to poll behind" in nowhere.stderr
    assert "/feed.xml: HTTP 404" in nowhere.stderr  # what was tried is listed
    assert sources.read_text() == "# outlets we watch\n"
    assert _add(config, "ftp://example.org/feed").returncode == 2


def test_add_to_a_file_of_its_own(tmp_path: Path, outlet: tuple[SiteServer, Path]) -> None:
    server, root = outlet
    _write(root, {"feed.xml": FEED})
    config = run_config(tmp_path, "", None)  # no sources_files
    none = _add(config, f"{server.base}/feed.xml")
    assert none.returncode == 2
    assert "--to FILE" in none.stderr
    other = tmp_path / "more-sources.toml"
    result = _add(config, f"{server.base}/feed.xml", "--to", str(other), "--every", "1h")
    assert result.returncode == 0, result.stderr
    assert "is not among the sources_files" in result.stderr
    (added,) = _added(other)
    assert added["name"] == "harbour-courier"  # an address names nothing: the feed's title does
    assert added["every"] == "1h"
    assert added["url"] == f"{server.base}/feed.xml"  # a feed given is taken as it is


def test_candidates_of_a_page() -> None:
    page = _page('<link rel="alternate" type="application/rss+xml" href="news.xml">')
    found = page_candidates(page.encode(), "https://courier.example/home/")
    assert found[0].url == "https://courier.example/home/news.xml"
    assert found[0].rank == 0
    assert {"https://courier.example/feed", "https://courier.example/sitemap.xml"} <= {
        c.url for c in found
    }
    assert sniff(FEED.encode()) == "rss"
    assert sniff(SITEMAP.encode()) == "sitemap"
    assert sniff(SECTION.encode(), "text/html") == "html"


def test_source_names_come_from_the_host() -> None:
    assert name_for("https://www.gulf-wire.example/rss", "rss", set()) == "gulf-wire"
    assert (
        name_for("https://feeds.news.example.co/x", "rss", {"news-example"}) == "news-example-rss"
    )
    assert name_for("http://10.0.0.5/feed", "rss", set(), "Tigris Post - Iraq") == "tigris-post"
    with pytest.raises(click.BadParameter):
        name_for("https://a.example/", "rss", {"a", "a-rss"})


@pytest.fixture
def demo_site(tmp_path: Path) -> Iterator[SiteServer]:
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    with SiteServer(root) as server:
        yield server


def test_sources_test_shows_what_would_be_stored_and_matched(
    tmp_path: Path, demo_site: SiteServer
) -> None:
    config = run_config(tmp_path, source("gulf-wire", f"{demo_site.base}/gulf-wire/feed.xml"), None)
    result = basewatch("sources", "test", "gulf-wire", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "HTTP 200: 4 items, 0 already in the archive, 4 fetched" in result.stdout
    assert "ATTACK" in result.stdout
    assert "Ain al-Asad Air Base (Iraq), 2024-07-25" in result.stdout
    assert "no attack" in result.stdout  # the handover ceremony
    assert "nothing was stored" in result.stdout
    assert not (tmp_path / "a.db").exists()  # no archive made
    found = json.loads(
        basewatch(
            "sources", "test", "gulf-wire", "--config", str(config), "--format", "json"
        ).stdout
    )
    attacks = [a for a in found["articles"] if a["incident"]]
    assert {a["detection"]["bases"][0]["id"] for a in attacks} >= {"ain-al-asad"}
    assert all(a["detection"]["attack"] is True for a in attacks)


def test_sources_test_leaves_what_the_archive_holds_and_never_writes_it(
    tmp_path: Path, demo_site: SiteServer
) -> None:
    config = run_config(tmp_path, source("gulf-wire", f"{demo_site.base}/gulf-wire/feed.xml"), None)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    archive = tmp_path / "a.db"
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    held = json.loads(
        basewatch(
            "sources", "test", "gulf-wire", "--config", str(config), "--format", "json"
        ).stdout
    )
    assert held["known"] == 4
    assert held["articles"] == []
    again = json.loads(
        basewatch(
            "sources", "test", "gulf-wire", "--all", "--config", str(config), "--format", "json"
        ).stdout
    )
    assert len(again["articles"]) == 4
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before


def test_sources_test_takes_a_url_or_says_what_it_does_not_know(
    tmp_path: Path, demo_site: SiteServer
) -> None:
    config = run_config(tmp_path, "", None)
    by_url = basewatch(
        "sources", "test", f"{demo_site.base}/tigris-post/feed.xml", "--config", str(config)
    )
    assert by_url.returncode == 0, by_url.stderr
    assert "Anbar" in by_url.stdout
    with refused_ports(1) as (port,):
        down = basewatch("sources", "test", f"http://127.0.0.1:{port}/", "--config", str(config))
    assert down.returncode == 3
    assert "could not be fetched" in down.stderr
    unknown = basewatch("sources", "test", "no-such-outlet", "--config", str(config))
    assert unknown.returncode == 2
    assert "no source named 'no-such-outlet'" in unknown.stderr
