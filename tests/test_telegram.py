"""Public Telegram channels as sources: the preview markup read into posts, the source's
configuration, and the real crawl on 127.0.0.1 reading each new post once, paging back when
more came between two polls than a page holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.items import Target
from crawler.spiders.channels import post_article
from crawler.telegram import Post, page_before, parse_preview
from monitor.config import SourceConfig
from monitor.errors import ParseError
from tests.channels import PER_PAGE, ChannelSite
from tests.conftest import ROOT, basewatch, run_config, source

PREVIEW = ROOT / "tests/data/telegram/preview.html"


def _posts() -> dict[int, Post]:
    posts = parse_preview(PREVIEW.read_bytes(), source="wire", url="https://t.me/s/x")
    return {p.id: p for p in posts}


def test_the_preview_markup_gives_each_post_with_its_id_time_and_text() -> None:
    posts = _posts()
    assert list(posts) == [102, 103, 104, 105, 106, 107]  # the service message is no post
    claim = posts[102]
    assert claim.url == "https://t.me/front_line_wire/102"
    assert claim.published == datetime(2026, 11, 28, 21, 40, 12, tzinfo=UTC)
    assert claim.text.split("\n") == [
        "🚨 عاجل",
        "المقاومة الإسلامية في العراق تعلن استهداف قاعدة حرير الجوية بطائرة مسيّرة",
        "#عاجل",
    ]
    assert claim.links == ()  # a hashtag search is no link
    assert not claim.edited


def test_a_reply_caption_forward_edit_and_link_preview_are_read() -> None:
    posts = _posts()
    assert posts[103].text == "Update: no word yet from Erbil on damage."  # not the quote
    assert posts[104].text.startswith("Smoke seen north of the airport road")  # a caption
    assert posts[105].forwarded_from == "Other Desk"
    assert posts[105].edited
    linked = posts[106]
    assert linked.links == ("https://news.example.org/2026/11/28/harir",)
    assert "What we know about the night at Harir" in linked.text
    assert "officials have not said\nwhat caused it." in linked.text
    assert posts[107].text == ""  # a photo alone


def test_a_post_becomes_an_article_titled_by_its_first_line_of_words() -> None:
    target = Target(name="wire", kind="telegram", url="https://t.me/s/x", language="ar")
    article = post_article(_posts()[102], target)
    assert article.url == "https://t.me/front_line_wire/102"
    assert article.title.startswith("المقاومة الإسلامية في العراق تعلن")
    assert article.text == "🚨 عاجل\n#عاجل"
    assert article.language == "ar"
    assert article.published == datetime(2026, 11, 28, 21, 40, 12, tzinfo=UTC)
    forwarded = post_article(_posts()[105], target)
    assert forwarded.text.endswith("Forwarded from Other Desk.")


def test_a_page_that_is_no_channel_preview_is_a_parse_error_that_says_what_to_check() -> None:
    page = b"<html><body><div class='tgme_page'><div class='tgme_page_title'>x</div></body></html>"
    with pytest.raises(ParseError) as info:
        parse_preview(page, source="wire", url="https://t.me/s/x")
    assert "not a Telegram channel preview" in str(info.value)
    assert info.value.hint
    assert "t.me/s/NAME" in info.value.hint
    empty = b"<html><body><section class='tgme_channel_history'></section></body></html>"
    assert parse_preview(empty, source="wire", url="https://t.me/s/x") == []


def test_older_pages_are_asked_for_with_before() -> None:
    assert page_before("https://t.me/s/wire", 120) == "https://t.me/s/wire?before=120"
    assert page_before("http://127.0.0.1:9/s/wire?before=99", 80).endswith("/s/wire?before=80")


def test_a_telegram_source_names_its_channel_or_gives_its_preview_url() -> None:
    named = SourceConfig(name="saree", kind="telegram", channel="army21ye", every="30s")
    assert named.url == "https://t.me/s/army21ye"
    assert named.every == 30
    given = SourceConfig(name="local", kind="telegram", url="http://127.0.0.1:8/s/wire")
    assert given.url == "http://127.0.0.1:8/s/wire"
    for bad in (
        {"name": "x", "kind": "telegram"},
        {"name": "x", "kind": "rss", "url": "https://a.example/feed", "channel": "army21ye"},
        {"name": "x", "kind": "telegram", "channel": "no spaces allowed"},
        {"name": "x", "kind": "telegram", "channel": "army21ye", "every": "20s"},
    ):
        with pytest.raises(ValueError, match="telegram|channel|30"):
            SourceConfig.model_validate(bad)


# --- the real crawl on 127.0.0.1 ------------------------------------------------------


@pytest.fixture
def channels() -> Iterator[ChannelSite]:
    with ChannelSite() as site:
        yield site


def _stored(tmp_path: Path) -> list[str]:
    conn = sqlite3.connect(tmp_path / "a.db")
    urls = [r[0] for r in conn.execute("select url from articles order by url")]
    conn.close()
    return urls


def _note(site: ChannelSite, n: int) -> None:
    """`n` posts of routine news, each different."""
    for i in range(n):
        site.post("desk", f"Weather desk {i}\nClear skies and light winds expected, item {i}.")


def test_more_posts_than_a_page_between_two_polls_are_all_read_once(
    tmp_path: Path, channels: ChannelSite
) -> None:
    _note(channels, 5)
    config = run_config(
        tmp_path, source("desk", channels.url("desk"), kind="telegram", language="en"), None
    )
    first = basewatch("run", "--once", "--config", str(config))
    assert first.returncode == 0, first.stderr
    assert len(_stored(tmp_path)) == 5
    assert channels.paged("desk") == []  # a first poll reads one page: no history

    _note(channels, 2 * PER_PAGE + 5)  # posts 6..50: more than two pages
    second = basewatch("run", "--once", "--config", str(config))
    assert second.returncode == 0, second.stderr
    stored = _stored(tmp_path)
    assert len(stored) == len(set(stored)) == 50
    assert channels.paged("desk") == [31, 11]  # pages back until the last post read

    channels.edit("desk", 50, "Weather desk 44\nCorrected: rain expected after all.")
    channels.delete("desk", 49)
    third = basewatch("run", "--once", "--config", str(config))
    assert third.returncode == 0, third.stderr
    assert _stored(tmp_path) == stored  # an edit or a deletion is no new post
    assert channels.paged("desk") == [31, 11]
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select last_post from sources where name = 'desk'").fetchone() == (50,)
    conn.close()


def test_paging_back_stops_at_the_limit_and_says_so(tmp_path: Path, channels: ChannelSite) -> None:
    _note(channels, 1)
    extra = "[crawler]\nchannel_pages = 2\n"
    body = source("desk", channels.url("desk"), kind="telegram")
    config = run_config(tmp_path, body, None)
    config.write_text(config.read_text().replace("[crawler]\n", extra, 1))
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    _note(channels, 3 * PER_PAGE)  # posts 2..61: three pages
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert len(_stored(tmp_path)) == 1 + 2 * PER_PAGE  # two pages read, the rest skipped
    assert "more new posts than 2 preview pages hold" in result.stderr
    assert result.stderr.count("Traceback") == 0


def test_a_channel_without_a_preview_fails_its_poll_in_one_line(
    tmp_path: Path, channels: ChannelSite
) -> None:
    config = run_config(
        tmp_path, source("gone", f"{channels.base}/s/no_such_channel", kind="telegram"), None
    )
    result = basewatch("run", "--once", "--config", str(config))
    assert result.returncode == 3
    lines = [line for line in result.stderr.splitlines() if "source=gone" in line]
    assert len(lines) == 1
    assert "HTTP 404" in lines[0]
    assert "Traceback" not in result.stderr


def test_the_telegram_seeds_load_and_are_off_unless_included(tmp_path: Path) -> None:
    from monitor.config import load_config

    default = load_config(ROOT / "config/basewatch.toml")
    assert not [s for s in default.sources if s.kind == "telegram"]
    config = tmp_path / "c.toml"
    config.write_text(f'sources_files = ["{ROOT / "seeds/telegram.toml"}"]\n')
    seeds = load_config(config).sources
    assert len(seeds) >= 12
    assert {s.kind for s in seeds} == {"telegram"}
    assert all(s.url == f"https://t.me/s/{s.channel}" for s in seeds)
    assert {s.language for s in seeds} <= {"ar", "fa", "en"}
    assert [s for s in seeds if not s.enabled]  # the ones not verified wait for the operator


def test_doctor_says_whether_a_channel_shows_its_preview(
    tmp_path: Path, channels: ChannelSite
) -> None:
    _note(channels, 3)
    # t.me answers for a channel that has no preview with a page of its own, status 200
    channels.pages["/s/private_room"] = b"<html><body><div class='tgme_page'>Join</div></html>"
    sources = source("desk", channels.url("desk"), kind="telegram") + source(
        "private", f"{channels.base}/s/private_room", kind="telegram"
    )
    config = run_config(tmp_path, sources, "json://127.0.0.1:9/x")
    result = basewatch("doctor", "--config", str(config))
    assert "source desk shows its preview (3 posts)" in result.stdout
    assert "source private: not a Telegram channel preview" in result.stdout
    assert "check the channel name" in result.stdout
    assert result.returncode == 1
