"""`basewatch doctor`: checks of a deployment, each a line a person can act on."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlite_utils import Database

from monitor.alerts.dispatch import readable_url
from monitor.config import Config, SourceConfig, load_config
from monitor.detect.gazetteer import load_gazetteer
from monitor.errors import ArchiveError, BasewatchError
from monitor.store.archivefile import connect, inspect, integrity_problems, pending
from monitor.store.dbutil import DAMAGED_HINT

Check = tuple[bool, str]
PREVIEW_BYTES = 5_000_000  # a channel's preview page is far smaller


def _archive(config: Config) -> Iterator[Check]:
    """The archive as the daemon will find it, opened read-only: never created or changed."""
    path = config.archive.path
    if not path.exists():
        folder = next((p for p in path.absolute().parents if p.exists()), Path("/"))
        if os.access(folder, os.W_OK):
            yield True, f"archive {path} does not exist yet: `basewatch migrate` creates it"
        else:
            yield False, f"archive {path} cannot be created: {folder} is not writable"
        return
    try:
        inspect(path)
        conn = connect(path, readonly=True)
        try:
            todo = pending(Database(conn), path)
        finally:
            conn.close()
        problems = integrity_problems(path)
    except ArchiveError as exc:
        yield False, f"{exc}; {exc.hint}"
        return
    if problems:
        found = "; ".join(problems)
        yield False, f"the archive {path} is damaged (quick_check: {found}); {DAMAGED_HINT}"
        return
    later = f"; {len(todo)} migration(s) to apply: `basewatch migrate`" if todo else ""
    yield True, f"archive {path} passes its integrity check{later}"
    if os.access(path, os.W_OK) and os.access(path.absolute().parent, os.W_OK):
        yield True, f"archive {path} is writable by this user"
    else:
        yield False, f"archive {path} is not writable by this user: check its owner and mode"


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


def run_checks(config_path: Path, timeout: float, archive: Path | None = None) -> Iterator[Check]:
    """The checks, in order; `archive` in place of the configuration's [archive] path."""
    try:
        config = load_config(config_path, archive)
        gazetteer = load_gazetteer(config.matcher.gazetteer)
    except BasewatchError as exc:
        yield False, f"configuration: {exc}"
        return
    yield (
        True,
        f"configuration {config_path}: {len(config.sources)} sources, {len(gazetteer.bases)} bases",
    )
    yield from _archive(config)
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
