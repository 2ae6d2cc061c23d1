"""Commands that show a deployment at a glance: `status` (is the daemon up, its last
cycle, failing sources, alerts waiting, the archive) and `channels` (where alerts go)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from monitor.cli.common import archive_option, config_option, handle_errors, open_archive
from monitor.cli.output import emit, format_option
from monitor.errors import BasewatchError, ExitCode
from monitor.query.formats import Listing
from monitor.redact import redact

FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for people, or one JSON document.",
)
STATUS_EXIT = """\b
Exit status:
  0  the daemon is running
  1  it is not running, or not responding
  2  a configuration error
  3  the archive could not be read"""


def when(value: str | None, now: datetime) -> str:
    """An ISO time as a short local time with its age: '2026-11-30 04:19 (3 min ago)'."""
    if not value:
        return "never"
    at = datetime.fromisoformat(value)
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return f"{at.astimezone().strftime('%Y-%m-%d %H:%M')} ({ago((now - at).total_seconds())})"


def ago(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return f"{max(0, int(seconds))} s ago"


def _archive_and_sources(config_path: Path, archive_path: Path | None) -> tuple[Path, Any]:
    """The archive to read, and the names of the configured sources (None when only
    --archive is known: then every source in the archive counts)."""
    from monitor.config import load_config

    try:
        config = load_config(config_path)
    except BasewatchError:
        if archive_path is None:
            raise
        return archive_path, None
    return archive_path or config.archive.path, {s.name for s in config.sources}


def gather(config_path: Path, archive_path: Path | None, now: datetime) -> dict[str, Any]:
    """Everything `basewatch status` shows, as its JSON document."""
    from dataclasses import asdict

    from monitor.query import status
    from monitor.service.heartbeat import read_presence

    path, names = _archive_and_sources(config_path, archive_path)
    with open_archive(config_path, path) as store:
        archive = {"path": str(path), "bytes": status.archive_bytes(path)}
        found = {
            "last_poll": status.last_polls(store.db),
            "failing_sources": status.failing_sources(store.db, names),
            "alerts": status.outbox_counts(store.db),
            "archive": {**archive, **status.contents(store.db)},
        }
    daemon = read_presence(path, now)
    return {"daemon": {**asdict(daemon), "running": daemon.running}, **found}


def _daemon_line(d: dict[str, Any], now: datetime) -> str:
    state = d["state"]
    if state == "running":
        return (
            f"running: pid {d['pid']} on {d['host']} since {when(d['started'], now)}, "
            f"heartbeat {ago(d['heartbeat_age_s'])}"
        )
    if state == "not responding":
        return (
            f"NOT RESPONDING: pid {d['pid']} on {d['host']}, last heartbeat "
            f"{ago(d['heartbeat_age_s'])}; its loop may be stuck: restart it "
            "(systemctl restart basewatch)"
        )
    if state == "stopped":
        return f"not running: stopped at {when(d['stopped'], now)}"
    if state == "died":
        return (
            f"not running: it ended without stopping (killed or crashed) after "
            f"{when(d['heartbeat'], now)}; its log says why (journalctl -u basewatch)"
        )
    return "not running: it has not run on this archive (`basewatch run` starts it)"


def _cycle_line(found: dict[str, Any], now: datetime) -> str:
    cycle = found["daemon"]["last_cycle"]
    if cycle:
        counts = ", ".join(
            f"{key.replace('_', ' ')} {cycle[key]}"
            for key in ("polled", "failed", "new", "matched", "alerts_queued")
        )
        return f"{when(cycle['at'], now)}: {counts}"
    poll = found["last_poll"]
    if not poll["at"]:
        return "no source polled yet"
    return f"{when(poll['at'], now)}: {poll['sources']} source(s) polled (from the archive)"


def _failing_line(failing: list[dict[str, Any]], now: datetime) -> str:
    if not failing:
        return "none"
    shown = [
        f"{r['name']} ({r['failures']} in a row, "
        + (f"last ok {when(r['last_ok'], now)}" if r["last_ok"] else "never answered")
        + f": {redact(r['last_error'] or '?')})"
        for r in failing[:5]
    ]
    more = f"; and {len(failing) - 5} more (`basewatch sources`)" if len(failing) > 5 else ""
    return f"{len(failing)} source(s): " + "; ".join(shown) + more


def _alerts_line(a: dict[str, Any], now: datetime) -> str:
    line = f"{a['waiting']} waiting ({a['pending']} pending, {a['failed']} failed)"
    if a["oldest_waiting"]:
        line += f", the oldest since {when(a['oldest_waiting'], now)}"
    line += f"; {a['dead']} dead; {a['sent']} sent"
    if a.get("merged"):
        line += f"; {a['merged']} not sent, their incidents merged into others alerted"
    return line + ("  (`basewatch alerts` lists them)" if a["waiting"] or a["dead"] else "")


def status_table(found: dict[str, Any], now: datetime) -> str:
    archive = found["archive"]
    newest = f", newest attack {archive['newest_attack']}" if archive["newest_attack"] else ""
    lines = [
        ("daemon", _daemon_line(found["daemon"], now)),
        ("last cycle", _cycle_line(found, now)),
        ("failing", _failing_line(found["failing_sources"], now)),
        ("alerts", _alerts_line(found["alerts"], now)),
        (
            "archive",
            f"{archive['path']}: {archive['bytes'] / 1e6:.1f} MB, {archive['articles']} "
            f"articles, {archive['incidents']} incidents{newest}",
        ),
    ]
    return "\n".join(f"{name:<11} {text}" for name, text in lines)


@click.command(epilog=STATUS_EXIT)
@config_option
@archive_option
@FORMAT
@handle_errors
def status(config_path: Path, archive_path: Path | None, fmt: str) -> None:
    """At a glance: is the daemon up (from the status file it keeps beside the archive),
    its last cycle of polls, the sources failing now, the alerts waiting to be sent and
    the archive's size. Reads only; exits 1 when the daemon is not running."""
    now = datetime.now(UTC)
    found = gather(config_path, archive_path, now)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        click.echo(status_table(found, now))
    sys.exit(ExitCode.OK if found["daemon"]["running"] else ExitCode.PARTIAL)


def channel_row(channel: Any, ops_tag: str) -> dict[str, Any]:
    """One channel as `channels --format json` gives it: its URL masked."""
    from monitor.alerts.dispatch import masked_url, service_name

    url = channel.resolve_url()
    return {
        "name": channel.name,
        "service": service_name(url) if url else None,
        "url": masked_url(url) if url else None,
        "url_env": channel.url_env,
        "url_set": url is not None,
        "tags": list(channel.tags),
        "operator_alerts": ops_tag in channel.tags,
        "min_confidence": channel.min_confidence,
        "countries": list(channel.countries),
        "bases": list(channel.bases),
        "weapons": list(channel.weapons),
        "digest": channel.digest,
    }


def _filters(row: dict[str, Any]) -> str:
    parts = [f"confidence >= {row['min_confidence']:g}"]
    parts += [
        f"{key} {','.join(row[key])}" for key in ("countries", "bases", "weapons") if row[key]
    ]
    if row["digest"]:
        parts.append(f"{row['digest']} digest")
    if row["operator_alerts"]:
        parts.append("operator alerts")
    return "; ".join(parts)


def channels_table(found: list[dict[str, Any]]) -> str:
    head = ["channel", "service", "tags", "alerts on", "url"]
    table = [head]
    for row in found:
        url = row["url"] or f"${row['url_env']} is not set: its alerts wait in the outbox"
        if row["url"] and row["url_env"]:
            url += f"  (from ${row['url_env']})"
        tags = ",".join(row["tags"]) or "-"
        table.append([row["name"], row["service"] or "-", tags, _filters(row), url])
    widths = [max(len(r[i]) for r in table) for i in range(len(head) - 1)]
    lines = [
        "  ".join([*(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)), r[-1]])
        for r in table
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(line.rstrip() for line in lines)


@click.command()
@config_option
@format_option()
@handle_errors
def channels(config_path: Path, fmt: str) -> None:
    """The alert channels: name, service, tags, what each is sent (its filters, digest,
    operator alerts) and its URL with secrets masked (`test-alert` sends to them)."""
    from monitor.config import load_config

    config = load_config(config_path)
    found = [channel_row(c, config.alerts.ops_tag) for c in config.channels]
    empty = f"No channel: alerts wait in the outbox; add [[channels]] to {config_path}"
    listing = Listing("channels", found, (), empty=empty)
    emit(listing, fmt, table=channels_table(found))
