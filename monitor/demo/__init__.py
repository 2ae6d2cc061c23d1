"""`basewatch demo`: the whole pipeline, offline, on bundled sample outlets.

A local server on 127.0.0.1 serves the outlets' feeds and pages (monitor/demo/site, written
for this project), a local webhook receiver stands in for a chat channel, and one full cycle
runs: poll, fetch, extract, match, store, group, alert.

Owns: the demo's run (`__init__`), its local outlets and webhook receiver (`server`, also used
by the tests) and what the demo must find (`expected.toml`).

May import: `monitor.service`, `monitor.query`, `monitor.alerts`, `monitor.store` and below.

Used by: `monitor.cli` (`demo`) and the tests.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from monitor.config import (
    AlertsConfig,
    ArchiveConfig,
    ChannelConfig,
    Config,
    CrawlerConfig,
    SourceConfig,
)
from monitor.demo.server import SITE, SiteServer, WebhookReceiver


def demo_config(site_base: str, archive: Path, channel_url: str, site: Path = SITE) -> Config:
    """A configuration that polls every outlet of the sample site once."""
    sources = [
        SourceConfig(
            name=feed.parent.name, kind="rss", url=f"{site_base}/{feed.parent.name}/feed.xml"
        )
        for feed in sorted(site.glob("*/feed.xml"))
    ]
    return Config(
        archive=ArchiveConfig(path=archive),
        crawler=CrawlerConfig(delay=0, download_timeout=10, retries=0),
        alerts=AlertsConfig(max_age_days=0),
        sources=sources,
        channels=[ChannelConfig(name="demo-webhook", url=channel_url, tags=["chat"])],
    )


def _command() -> str:
    """How this `basewatch` was called, to print commands the user can paste."""
    called = Path(sys.argv[0])
    if called.name != "basewatch" or not called.exists():
        return "basewatch"
    if called.is_absolute() and called.is_relative_to(Path.cwd()):
        return str(called.relative_to(Path.cwd()))
    return str(called)


def run_demo(workdir: Path) -> int:
    from monitor.query.views import incident_table
    from monitor.service.daemon import run

    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    archive = workdir / "demo.db"
    with SiteServer() as site, WebhookReceiver() as receiver:
        config = demo_config(site.base, archive, receiver.url("demo"))
        click.secho(
            f"Sample outlets served at {site.base}; alerts go to a local webhook receiver.",
            bold=True,
        )
        code = run(config, once=True)
        alerts = list(receiver.received)
    click.secho(f"\n{len(alerts)} alert(s) received by the webhook:", bold=True)
    for alert in alerts:
        click.echo(f"\n--- {alert.get('title', '')}")
        click.echo(alert.get("message", json.dumps(alert)))
    from monitor.store.archive import Archive

    store = Archive(archive, mode="read")
    try:
        click.secho("\nThe archive (basewatch incidents):", bold=True)
        click.echo(incident_table(store.incidents()))
        counts = store.counts()
    finally:
        store.close()
    command = _command()
    click.echo(
        f"\nArchive {archive}: {counts['articles']} articles, {counts['incidents']} incidents, "
        f"{counts['alerts']} alerts. Query it with:\n"
        f"  {command} incidents --archive {archive}\n"
        f"  {command} show 2024-07-25-ain-al-asad --archive {archive}\n"
        f"  {command} search Katyusha --archive {archive}"
    )
    return code
