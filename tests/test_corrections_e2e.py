"""The real daemon tells a channel when later reports move an alerted attack to another day:
one outlet's first report dates the rockets by its own evening, three later ones give the
night before."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from monitor.demo.server import SiteServer, WebhookReceiver
from tests.conftest import FAST_CRAWLER, basewatch, source, write_config

FIRST = (
    "wire-a",
    "Fri, 26 Jul 2024 02:10:00 GMT",
    "Rockets strike Ain al-Asad air base",
    "Several rockets struck Ain al-Asad air base in western Iraq, which hosts US troops, late "
    "on Thursday, a security source said. There was no word yet of casualties.",
)
LATER = [
    (
        outlet,
        "Fri, 26 Jul 2024 09:00:00 GMT",
        "Three rockets fell on Ain al-Asad base",
        f"Three rockets fell on Ain al-Asad air base, home to US and coalition troops in "
        f"Anbar, on Wednesday night, {who} said on Friday. Nobody was hurt.",
    )
    for outlet, who in (
        ("wire-b", "Iraqi security officials"),
        ("wire-c", "the provincial police"),
        ("wire-d", "two officials at the base"),
    )
]


def _publish(site: Path, outlet: str, stories: list[tuple[str, str, str, str]], base: str) -> None:
    """The outlet's feed with `stories`, and a page for each."""
    folder = site / outlet
    folder.mkdir(parents=True, exist_ok=True)
    items = []
    for n, (_, published, title, text) in enumerate(stories):
        page = f"{base}/{outlet}/story-{n}.html"
        (folder / f"story-{n}.html").write_text(
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title></head><body><article><h1>{escape(title)}</h1><p>{escape(text)}</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
        items.append(
            f"<item><title>{escape(title)}</title><link>{page}</link><guid>{page}</guid>"
            f"<pubDate>{published}</pubDate></item>"
        )
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{outlet}</title><link>{base}/{outlet}/</link>{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )


def test_the_channel_is_told_the_day_was_wrong(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    with SiteServer(site_dir) as site, WebhookReceiver() as receiver:
        outlets = ["wire-a", *(story[0] for story in LATER)]
        _publish(site_dir, "wire-a", [FIRST], site.base)
        for outlet in outlets[1:]:
            _publish(site_dir, outlet, [], site.base)
        config = write_config(
            tmp_path / "basewatch.toml",
            f'[archive]\npath = "{tmp_path / "archive.db"}"\n[alerts]\nmax_age_days = 0\n'
            f"{FAST_CRAWLER}\n"
            + "".join(source(o, f"{site.base}/{o}/feed.xml") for o in outlets)
            + f'[[channels]]\nname = "chat"\nurl = "{receiver.url("hook")}"\n',
        )
        assert basewatch("run", "--once", "--config", str(config)).returncode == 0
        (first,) = receiver.wait_for(1)
        assert first["title"] == "Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-25"

        for story in LATER:
            _publish(site_dir, story[0], [story], site.base)
        assert basewatch("run", "--once", "--config", str(config)).returncode == 0
        told = receiver.wait_for(2)
    assert [t["title"] for t in told[1:]] == [
        "Corrected: Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-24, "
        "not 2024-07-25 as told before"
    ]
    assert "4 report(s)" in told[1]["message"]
    assert "injured: 0" in told[1]["message"]  # "Nobody was hurt"
    listed = basewatch("incidents", "--archive", str(tmp_path / "archive.db"), "--format", "jsonl")
    assert [
        (i["id"], i["attack_date"], i["reports"])
        for i in map(json.loads, listed.stdout.splitlines())
    ] == [("2024-07-25-ain-al-asad", "2024-07-24", 4)]
