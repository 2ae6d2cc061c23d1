"""`basewatch doctor`: checks of a deployment, each a line a person can act on."""

from __future__ import annotations

import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from monitor.alerts.dispatch import readable_url
from monitor.config import Config, SourceConfig, load_config
from monitor.detect.gazetteer import load_gazetteer
from monitor.errors import BasewatchError

Check = tuple[bool, str]
PREVIEW_BYTES = 5_000_000  # a channel's preview page is far smaller


def _archive(config: Config) -> Check:
    path = config.archive.path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=5)
        conn.execute("create table if not exists _doctor (x)")
        conn.execute("drop table _doctor")
        conn.close()
    except (OSError, sqlite3.Error) as exc:
        return False, f"archive {path} is not writable: {exc}; check [archive] path"
    return True, f"archive {path} is writable"


def _channel(source: SourceConfig, body: bytes) -> Check:
    """A Telegram channel answers with its preview, or with a page about something else
    (t.me shows its own page for a private or unknown channel)."""
    from crawler.telegram import parse_preview
    from monitor.errors import ParseError

    try:
        posts = parse_preview(body, source=source.name, url=source.url)
    except ParseError as exc:
        return False, f"source {source.name}: {exc}; {exc.hint}"
    return True, f"source {source.name} shows its preview ({len(posts)} posts)"


def _source(source: SourceConfig, user_agent: str, timeout: float) -> Check:
    headers = {"User-Agent": user_agent, **source.request_headers()}
    request = urllib.request.Request(source.url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            if source.kind == "telegram":
                return _channel(source, response.read(PREVIEW_BYTES))
            return True, f"source {source.name} answers (HTTP {response.status})"
    except urllib.error.HTTPError as exc:
        return False, f"source {source.name} answers HTTP {exc.code}: check {source.url}"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return False, f"source {source.name} unreachable ({reason}): check {source.url}"


def run_checks(config_path: Path, timeout: float) -> Iterator[Check]:
    try:
        config = load_config(config_path)
        gazetteer = load_gazetteer(config.matcher.gazetteer)
    except BasewatchError as exc:
        yield False, f"configuration: {exc}"
        return
    yield (
        True,
        f"configuration {config_path}: {len(config.sources)} sources, {len(gazetteer.bases)} bases",
    )
    yield _archive(config)
    if not config.channels:
        yield False, "no [[channels]]: alerts would stay in the outbox"
    for channel in config.channels:
        url = channel.resolve_url()
        if url and not readable_url(url):
            yield False, f"channel {channel.name}: apprise cannot send to its URL: check its syntax"
        elif url:
            yield True, f"channel {channel.name} has its URL (`basewatch test-alert` sends a test)"
        else:
            yield False, f"channel {channel.name}: ${channel.url_env} is not set in the environment"
    active = config.active_sources()
    with ThreadPoolExecutor(max_workers=16) as pool:
        yield from pool.map(lambda s: _source(s, config.crawler.user_agent, timeout), active)
