"""Sources as outlets serve them: a server that refuses our default user agent, a feed that
is not what its source was added for, a disabled source, repeated refusals, and `basewatch
sources check`, all on loopback against a real HTTP server and the real command."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.config import BROWSER_USER_AGENT, SourceConfig, load_config
from monitor.demo.server import SiteServer, WebhookReceiver, respond
from monitor.service.identity import feed_mismatch, language_code
from tests.conftest import (
    ROOT,
    Tarpit,
    basewatch,
    read_until,
    refused_ports,
    run_config,
    start_daemon,
    write_config,
)

BROWSER = "Mozilla/5.0 (compatible; harbour-test)"


def feed(base: str, title: str, language: str = "en", slug: str = "ferry-terminal") -> bytes:
    """An RSS feed in our own words with one story, served at {base}/harbour/{slug}.html."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>{title}</title>
  <link>{base}/harbour/</link>
  <description>News from the harbour towns.</description>
  <language>{language}</language>
  <item>
    <title>Aqaba opens a second ferry terminal for the summer season</title>
    <link>{base}/harbour/{slug}.html</link>
    <pubDate>Tue, 10 Jun 2025 09:30:00 GMT</pubDate>
    <description>The port authority said it doubles the crossings to Taba.</description>
  </item>
</channel></rss>""".encode()


STORY = b"""<html><head><title>Aqaba opens a second ferry terminal</title></head><body>
<article><h1>Aqaba opens a second ferry terminal for the summer season</h1>
<p>AQABA - The port authority opened a second passenger terminal on Tuesday, saying the
crossings to Taba would double before the summer holidays begin.</p>
<p>Officials said the older hall would be repainted and reopened in the autumn, and that
ticket prices would stay as they were last year.</p></article></body></html>"""


class Picky:
    """Routes of a server that refuses (403) any user agent that does not look like a
    browser's, recording what each request carried."""

    def __init__(self, site: SiteServer, body: bytes, path: str = "/harbour/feed.xml") -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        site.routes[path] = self.route(body, "application/rss+xml")
        site.routes["/harbour/ferry-terminal.html"] = self.route(STORY, "text/html")

    def route(self, body: bytes, ctype: str) -> Callable[[BaseHTTPRequestHandler], bool]:
        def answer(handler: BaseHTTPRequestHandler) -> bool:
            agent = handler.headers.get("User-Agent") or ""
            self.seen.append((handler.path, agent, dict(handler.headers)))
            if not agent.startswith("Mozilla/5.0"):
                return respond(handler, b"Access denied", status=403, ctype="text/plain")
            return respond(handler, body, ctype=ctype)

        return answer


def toml_source(name: str, url: str, *lines: str) -> str:
    """One [[sources]] table; `lines` are raw TOML (lists, tables, booleans)."""
    return "\n".join(["[[sources]]", f'name = "{name}"', 'kind = "rss"', f'url = "{url}"', *lines])


def _count(site: SiteServer, path: str) -> int:
    return sum(1 for _, p, _ in site.requests if p == path)


def test_a_source_refused_with_the_default_user_agent_answers_its_own(
    tmp_path: Path, site: SiteServer
) -> None:
    picky = Picky(site, feed(site.base, "Harbour Herald - Region"))
    url = f"{site.base}/harbour/feed.xml"
    config = run_config(tmp_path, toml_source("harbour-herald", url), None)
    refused = basewatch("run", "--once", "--config", str(config))
    assert refused.returncode == 3, refused.stderr
    assert "poll source=harbour-herald status=403" in refused.stderr
    assert [agent for _, agent, _ in picky.seen] == [
        "basewatch/0.1 (+https://github.com/basewatch/basewatch)"
    ]

    own = toml_source(
        "harbour-herald",
        url,
        f'user_agent = "{BROWSER}"',
        'headers = {Accept-Language = "en", X-Desk = "harbour"}',
    )
    config = run_config(tmp_path, own, None)
    answered = basewatch("run", "--once", "--config", str(config))
    assert answered.returncode == 0, answered.stderr
    assert "poll source=harbour-herald status=200 new=1" in answered.stderr
    later = picky.seen[1:]
    assert [path for path, _, _ in later] == ["/harbour/feed.xml", "/harbour/ferry-terminal.html"]
    for _, agent, headers in later:  # the story page too, not only the feed
        assert agent == BROWSER
        assert headers["X-Desk"] == "harbour"
        assert headers["Accept-Language"] == "en"
    conn = sqlite3.connect(tmp_path / "a.db")
    (text,) = conn.execute("select text from articles").fetchone()
    conn.close()
    assert "second passenger terminal" in text  # the page itself, not the feed's summary
    doctor = basewatch("doctor", "--config", str(config))
    assert "ok    source harbour-herald answers (HTTP 200)" in doctor.stdout, doctor.stdout
    assert picky.seen[-1][1] == BROWSER  # doctor asks with the source's own agent too


@pytest.mark.parametrize(
    ("title", "language", "source", "expected"),
    [
        ("Harbour Herald - Region", "en-US", {"language": "en"}, None),
        ("Harbour Herald - Sports", "en", {"language": "en"}, "names a section without news"),
        ("الرياضة", "ar", {"language": "ar"}, "names a section without news (الرياضة)"),
        ("Harbour Herald", "English", {"language": "ar"}, "its language is 'English'"),
        ("Harbour Herald - Sports", None, {"topic": ["Sports"]}, None),
        ("Harbour Herald - Middle East", "en", {"topic": ["middle east"]}, None),
        ("Harbour Herald - Business", "en", {"topic": ["Middle East", "MENA"]}, "names none"),
        ("Phenomena weekly", "en", {"topic": ["MENA"]}, "names none"),  # whole words only
        (None, None, {"language": "en", "topic": ["Iraq"]}, None),  # says nothing of itself
        ("Harbour Herald", "x-klingon", {"language": "en"}, None),  # no language code
    ],
)
def test_what_a_source_was_added_for(
    title: str | None, language: str | None, source: dict, expected: str | None
) -> None:
    config = SourceConfig(name="s", kind="rss", url="https://example.org/feed", **source)
    found = feed_mismatch(config, title, language)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert expected in found, found


def test_language_codes() -> None:
    assert [language_code(v) for v in ("en-gb", "AR_ae", "Persian", "fr", "", "123")] == [
        "en",
        "ar",
        "fa",
        "fr",
        None,
        None,
    ]


def test_a_feed_that_is_not_what_its_source_is_for_is_warned_of_once(
    tmp_path: Path, site: SiteServer
) -> None:
    base = site.base
    site.routes["/harbour/sports.xml"] = lambda h: respond(h, feed(base, "Harbour Herald - Sports"))
    site.routes["/harbour/english.xml"] = lambda h: respond(
        h, feed(base, "Harbour Herald", "en-GB", slug="english-story")
    )
    sources = "\n".join(
        [
            toml_source("harbour-region", f"{base}/harbour/sports.xml", 'topic = ["Middle East"]'),
            toml_source("harbour-arabic", f"{base}/harbour/english.xml", 'language = "ar"'),
            toml_source("gulf-wire", f"{base}/gulf-wire/feed.xml", 'language = "en"'),
        ]
    )
    config = run_config(tmp_path, sources, None)
    first = basewatch("run", "--once", "--config", str(config))
    warned = [line for line in first.stderr.splitlines() if "feed does not match" in line]
    assert len(warned) == 2, first.stderr
    assert (
        "source=harbour-region: its title 'Harbour Herald - Sports' names none of its topic"
        in warned[0] + warned[1]
    )
    assert (
        "source=harbour-arabic: the feed says its language is 'en-GB', the source says 'ar'"
        in warned[0] + warned[1]
    )
    second = basewatch("run", "--once", "--config", str(config))
    assert second.returncode in (0, 1), second.stderr
    assert "feed does not match" not in second.stderr  # recorded on the first fetch only

    listing = basewatch("sources", "--config", str(config))
    assert listing.returncode == 0, listing.stderr
    assert "feed: Gulf Wire - World News [en-gb]" in listing.stdout
    assert "feed: Harbour Herald - Sports [en]" in listing.stdout
    assert listing.stdout.count("does not match the source:") == 2
    rows = [
        json.loads(line)
        for line in basewatch(
            "sources", "--config", str(config), "--format", "jsonl"
        ).stdout.splitlines()
    ]
    by_name = {r["name"]: r for r in rows}
    assert by_name["gulf-wire"]["feed_warning"] is None
    assert by_name["harbour-region"]["feed_title"] == "Harbour Herald - Sports"
    assert "names none of its topic" in by_name["harbour-region"]["feed_warning"]


def test_a_changed_url_is_identified_again(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from monitor.store.archive import Archive

    now = datetime(2026, 11, 30, tzinfo=UTC)
    archive = Archive(tmp_path / "a.db")
    try:
        old = SourceConfig(name="desk", kind="rss", url="https://example.org/old.xml")
        archive.sync_sources([old])
        archive.record_poll("desk", now=now, status=200, error=None, etag='"v1"')
        archive.record_feed("desk", now, title="Desk - Sports", language="en", warning="sports")
        archive.sync_sources([old])  # the same URL keeps what it knows
        assert archive.source_state("desk")["feed_title"] == "Desk - Sports"
        archive.sync_sources([old.model_copy(update={"url": "https://example.org/new.xml"})])
        state = archive.source_state("desk")
    finally:
        archive.close()
    assert (state["etag"], state["feed_seen"], state["feed_warning"]) == (None, None, None)


def test_a_disabled_source_is_never_fetched(tmp_path: Path, site: SiteServer) -> None:
    site.routes["/harbour/off.xml"] = lambda h: respond(h, feed(site.base, "Off Desk"))
    sources = "\n".join(
        [
            toml_source("gulf-wire", f"{site.base}/gulf-wire/feed.xml", 'every = "1m"'),
            toml_source(
                "off-desk",
                f"{site.base}/harbour/off.xml",
                "enabled = false",
                'disabled_reason = "refuses clients from data centres (HTTP 403)"',
            ),
        ]
    )
    config = run_config(tmp_path, sources, None)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    process = start_daemon(config)
    try:
        read_until(process, r"cycle polled=1 ")
    finally:
        process.terminate()
        process.communicate(timeout=30)
    checked = basewatch("sources", "check", "--config", str(config))
    assert checked.returncode == 0, checked.stderr
    assert "off-desk: off (refuses clients from data centres (HTTP 403))" in checked.stdout
    assert _count(site, "/harbour/off.xml") == 0
    assert _count(site, "/gulf-wire/feed.xml") == 3  # run --once, the daemon, the check
    listing = basewatch("sources", "--config", str(config))
    assert "off-desk (off)" in listing.stdout
    assert "off: refuses clients from data centres (HTTP 403)" in listing.stdout
    # asked for, an operator on another network can see whether it answers there
    tried = basewatch("sources", "check", "--include-disabled", "--config", str(config))
    assert tried.returncode == 0, tried.stderr
    assert _count(site, "/harbour/off.xml") == 1


def test_repeated_refusals_give_one_operator_alert_that_suggests_the_user_agent(
    tmp_path: Path, site: SiteServer, receiver: WebhookReceiver
) -> None:
    Picky(site, feed(site.base, "Harbour Herald"))
    site.routes["/harbour/stubborn.xml"] = lambda h: respond(h, b"no", status=403)  # whoever asks
    with refused_ports(1) as (port,):
        sources = "\n".join(
            [
                toml_source("harbour-herald", f"{site.base}/harbour/feed.xml"),
                toml_source(
                    "stubborn-desk",
                    f"{site.base}/harbour/stubborn.xml",
                    f'user_agent = "{BROWSER}"',
                ),
                toml_source("gone-desk", f"http://127.0.0.1:{port}/feed.xml"),
            ]
        )
        ops = f'[[channels]]\nname = "operators"\nurl = "{receiver.url("ops")}"\ntags = ["ops"]\n'
        config = run_config(tmp_path, sources, None, ops)
        config.write_text(
            config.read_text().replace(
                "max_age_days = 0", "max_age_days = 0\nops_refusals = 2\nops_failures = 3"
            )
        )
        counts = []
        for _ in range(4):
            run = basewatch("run", "--once", "--config", str(config))
            assert run.returncode == 3, run.stderr
            counts.append(len(receiver.received))
    assert counts == [0, 2, 3, 3]  # refusals at the second poll, the dead one at its third
    by_title = {a["title"]: a["message"] for a in receiver.received}
    assert sorted(by_title) == [
        "basewatch: source gone-desk failed 3 times in a row",
        "basewatch: source harbour-herald is refused by its server (HTTP 403)",
        "basewatch: source stubborn-desk is refused by its server (HTTP 403)",
    ]
    herald = by_title["basewatch: source harbour-herald is refused by its server (HTTP 403)"]
    assert "refused (HTTP 403) 2 polls in a row" in herald
    assert f'user_agent = "{BROWSER_USER_AGENT}"' in herald
    assert "basewatch sources check harbour-herald" in herald
    stubborn = by_title["basewatch: source stubborn-desk is refused by its server (HTTP 403)"]
    assert f"Its user_agent is already '{BROWSER}'" in stubborn
    assert "another network" in stubborn


def test_sources_check_prints_a_table_of_what_each_source_answered(
    tmp_path: Path, site: SiteServer
) -> None:
    base = site.base
    Picky(site, feed(base, "Harbour Herald"))
    site.routes["/harbour/sports.xml"] = lambda h: respond(h, feed(base, "Harbour Herald - Sports"))
    site.routes["/harbour/news.xml"] = lambda h: respond(
        h,
        f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{base}/harbour/ferry-terminal.html</loc><news:news>
    <news:publication><news:name>Harbour Herald</news:name>
      <news:language>en</news:language></news:publication>
    <news:publication_date>2025-06-10T12:30:00+03:00</news:publication_date>
    <news:title>Aqaba opens a second ferry terminal</news:title></news:news></url>
</urlset>""".encode(),
    )
    site.routes["/harbour/index.xml"] = lambda h: respond(
        h,
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/harbour/news.xml</loc><lastmod>2025-06-10</lastmod></sitemap>
  <sitemap><loc>{base}/harbour/2024.xml</loc><lastmod>2024-12-31</lastmod></sitemap>
</sitemapindex>""".encode(),
    )
    sources = "\n".join(
        [
            toml_source("gulf-wire", f"{base}/gulf-wire/feed.xml"),
            toml_source("harbour-herald", f"{base}/harbour/feed.xml"),
            toml_source("harbour-index", f"{base}/harbour/index.xml").replace('"rss"', '"sitemap"'),
            toml_source("harbour-sports", f"{base}/harbour/sports.xml", 'topic = ["Middle East"]'),
            toml_source("harbour-sitemap", f"{base}/harbour/news.xml").replace(
                '"rss"', '"sitemap"'
            ),
            toml_source("off-desk", f"{base}/harbour/off.xml", "enabled = false"),
        ]
    )
    config = write_config(
        tmp_path / "c.toml", f'[archive]\npath = "{tmp_path / "a.db"}"\n{sources}\n'
    )
    result = basewatch("sources", "check", "--config", str(config))
    assert result.returncode == 1, result.stderr  # one source was refused
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["source", "status", "items", "newest", "(UTC)", "lang", "title"]
    rows = {line.split()[0]: line.split() for line in lines[2:8]}
    assert rows["gulf-wire"] == [
        "gulf-wire",
        "200",
        "4",
        "2024-07-26",
        "03:40",
        "en-gb",
        "Gulf",
        "Wire",
        "-",
        "World",
        "News",
    ]
    assert rows["harbour-herald"][:3] == ["harbour-herald", "403", "-"]
    assert rows["harbour-sports"][1:7] == ["200", "1", "2025-06-10", "09:30", "en", "Harbour"]
    assert rows["harbour-sitemap"][1:8] == [
        "200",
        "1",
        "2025-06-10",
        "09:30",
        "en",
        "Harbour",
        "Herald",
    ]
    assert rows["off-desk"][:2] == ["off-desk", "off"]
    assert rows["harbour-index"][1:6] == ["200", "2", "-", "-", "-"]
    notes = "\n".join(lines[8:])
    assert "harbour-index: a sitemap index of 2 sitemaps (the daemon reads the newest 3)" in notes
    assert (
        f'harbour-herald: refused (HTTP 403): try user_agent = "{BROWSER_USER_AGENT}" for it'
        in notes
    )
    assert (
        "harbour-sports: not what it was added for: its title 'Harbour Herald - Sports' names "
        "none of its topic ('Middle East')"
    ) in notes
    assert "off-desk: off (enabled = false); --include-disabled fetches it" in notes
    assert (
        lines[-1]
        == "4 of 5 fetched answered, 1 not what they were added for, 1 disabled (not fetched)"
    )
    assert not (tmp_path / "a.db").exists()  # nothing stored
    fetched = {path for _, path, _ in site.requests}
    assert "/gulf-wire/ain-al-asad-rockets.html" not in fetched  # nothing followed
    assert "/harbour/off.xml" not in fetched
    assert _count(site, "/harbour/news.xml") == 1  # the sitemap source, not the index's child

    # the group's --config reaches the subcommand; JSON Lines has one object a line
    as_json = basewatch(
        "sources", "--config", str(config), "check", "gulf-wire", "--format", "jsonl"
    )
    assert as_json.returncode == 0, as_json.stderr
    (row,) = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert (row["source"], row["items"], row["fetched"]) == ("gulf-wire", 4, True)
    assert (row["newest"], row["language"]) == ("2024-07-26T03:40:00+00:00", "en-gb")

    unknown = basewatch("sources", "check", "no-such-desk", "--config", str(config))
    assert unknown.returncode == 2
    assert "no source named no-such-desk" in unknown.stderr


@pytest.mark.parametrize(
    ("line", "path", "message"),
    [
        ('headers = {User-Agent = "x"}', "sources[0].headers", "use the source's user_agent key"),
        ('headers = {"Bad Name" = "x"}', "sources[0].headers", "is not a header name"),
        ('headers = {X-Desk = "a\\nb"}', "sources[0].headers", "one line of printable text"),
        ('user_agent = "  "', "sources[0].user_agent", "one line of printable text"),
        ('topic = ["Middle East", ""]', "sources[0].topic", "none of them empty"),
    ],
)
def test_check_config_names_a_bad_source_key(
    tmp_path: Path, line: str, path: str, message: str
) -> None:
    config = write_config(
        tmp_path / "c.toml", toml_source("desk", "https://example.org/feed.xml", line) + "\n"
    )
    result = basewatch("check-config", "--config", str(config))
    assert result.returncode == 2
    assert f"at '{path}'" in result.stderr, result.stderr
    assert message in result.stderr, result.stderr


def test_the_seed_list_keeps_what_was_checked() -> None:
    """The shipped sources: the refusing ones disabled with their reason, the State
    Department with a browser-like user agent, the moved feeds at their new addresses, and a
    comment per source that says what was checked and when."""
    seeds = {s.name: s for s in load_config(ROOT / "config/basewatch.toml").sources}
    assert len(seeds) == 64
    off = {name for name, s in seeds.items() if not s.enabled}
    assert off == {"al-arabiya-en", "al-arabiya-ar", "ap-middle-east"}
    assert all(seeds[name].disabled_reason for name in off)
    assert seeds["state-dept-press-releases"].user_agent == BROWSER_USER_AGENT
    assert seeds["dod-news"].url.startswith("https://www.war.gov/DesktopModules/ArticleCS/")
    assert seeds["dod-releases"].url.startswith("https://www.war.gov/DesktopModules/ArticleCS/")
    assert seeds["jordan-times-local"].url == "https://jordantimes.com/taxonomy/term/24"
    assert seeds["sky-news-arabia"].url == "https://www.skynewsarabia.com/rss"
    assert seeds["arab-news-middle-east"].topic == ["Middle East"]
    text = (ROOT / "seeds/sources.toml").read_text(encoding="utf-8")
    blocks = text.split("\n[[sources]]\n")[1:]
    assert len(blocks) == 64
    for block in blocks:
        assert "checked 2026-11-30" in block, block[:200]


def test_every_source_key_is_documented() -> None:
    telegram_only = {"channel"}  # documented with the channels, in seeds/telegram.toml
    for file, keys in (
        ("config/basewatch.toml", set(SourceConfig.model_fields)),
        ("seeds/sources.toml", set(SourceConfig.model_fields) - telegram_only),
        ("seeds/telegram.toml", telegram_only),
    ):
        text = (ROOT / file).read_text(encoding="utf-8")
        for key in sorted(keys):
            assert key in text, (file, key)


def test_sources_check_stops_at_once_on_ctrl_c(tmp_path: Path) -> None:
    with Tarpit() as tarpit:
        sources = "\n".join(toml_source(f"hangs-{i}", f"{tarpit.base}/{i}.xml") for i in range(5))
        config = write_config(tmp_path / "c.toml", sources + "\n")
        process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "sources", "check", "--config", str(config)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            # one host: its robots.txt is asked for first, and hangs like the rest
            assert tarpit.wait_for(1), "nothing was fetched"
            started = time.monotonic()
            process.send_signal(signal.SIGINT)
            process.wait(30)
            took = time.monotonic() - started
        finally:
            process.kill()
            out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert took < 2.0, err
    assert "Traceback" not in err
    assert out == ""  # no table of a check that did not end
