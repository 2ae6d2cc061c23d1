"""`basewatch sources`: the sources and their state, and what they answer.

A group: `basewatch sources` alone lists the sources from the configuration with their state
in the archive; its subcommands act on them (`check` fetches each once). A subcommand takes
`--config` itself or from the group (`basewatch sources --config F check` works too).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from monitor.cli.common import archive_option, config_option, handle_errors, open_archive
from monitor.cli.sourceviews import poll_json
from monitor.errors import ExitCode
from monitor.redact import redact

FORMATS = click.Choice(["table", "json"])
NOT_FETCHED = ("status", "error", "items", "newest", "title", "language")
CHECK_STATUS = """\b
Exit status:
  0  every source fetched answered
  1  some did not
  2  a configuration error, or no such source
  3  none answered"""


def group_param(ctx: click.Context, name: str) -> Any:
    """A subcommand's option, or the group's when only the group was given it."""
    parent = ctx.parent
    if (
        ctx.get_parameter_source(name) is ParameterSource.DEFAULT
        and parent is not None
        and parent.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)
    ):
        return parent.params[name]
    return ctx.params[name]


@click.group(invoke_without_command=True)
@config_option
@archive_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@handle_errors
def sources(ctx: click.Context, config_path: Path, archive_path: Path | None, fmt: str) -> None:
    """Each source's state: last success, failures in a row, next poll, articles seen and
    matched, what its feed says it is (title, language, and whether that matches what the
    source is for), why a disabled source is off.

    `basewatch sources check` fetches each source once and says what it answered."""
    if ctx.invoked_subcommand is not None:
        return
    from monitor.config import load_config

    config = load_config(config_path)
    with open_archive(config_path, archive_path) as store:
        state = {r["name"]: r for r in store.sources()}
    rows = [_state_row(source, state.get(source.name, {})) for source in config.sources]
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    _state_table(rows)


def _state_row(source: Any, row: dict[str, Any]) -> dict[str, Any]:
    """One source's configuration and state, as `--format json` prints it."""
    return {
        "name": source.name,
        "kind": source.kind,
        "url": source.url,
        "enabled": source.enabled,
        "disabled_reason": source.disabled_reason,
        "last_ok": row.get("last_ok"),
        "failures": row.get("failures") or 0,
        "refused_polls": row.get("refused_polls") or 0,
        "last_error": row.get("last_error"),
        "next_due": row.get("next_due"),
        "articles_seen": row.get("articles_seen") or 0,
        "articles_matched": row.get("articles_matched") or 0,
        "links_refused": row.get("links_refused") or 0,
        "last_refused": row.get("last_refused"),
        "feed_title": row.get("feed_title"),
        "feed_language": row.get("feed_language"),
        "feed_warning": row.get("feed_warning"),
    }


def _state_table(rows: list[dict[str, Any]]) -> None:
    head = (
        f"{'source':<28} {'kind':<7} {'last ok':<20} {'fails':>5} {'next poll':<20} "
        f"{'seen':>6} {'hits':>5} {'refused':>7}"
    )
    click.echo(head)
    click.echo("-" * len(head))
    for r in rows:
        name = r["name"] if r["enabled"] else f"{r['name']} (off)"
        click.echo(
            f"{name:<28.28} {r['kind']:<7} {(r['last_ok'] or 'never')[:19]:<20} "
            f"{r['failures']:>5} {(r['next_due'] or '-')[:19]:<20} "
            f"{r['articles_seen']:>6} {r['articles_matched']:>5} {r['links_refused']:>7}"
        )
        if not r["enabled"] and r["disabled_reason"]:
            click.echo(f"    off: {r['disabled_reason']}")
        if r["feed_title"] or r["feed_language"]:
            click.echo(f"    feed: {r['feed_title'] or '(no title)'} [{r['feed_language'] or '-'}]")
        if r["feed_warning"]:
            click.echo(f"    does not match the source: {r['feed_warning']}")
        if r["last_error"] and r["failures"]:
            click.echo(f"    last error: {redact(r['last_error'])}")
        if r["last_refused"]:
            click.echo(f"    last refused link: {redact(r['last_refused'])}")


@sources.command(epilog=CHECK_STATUS)
@config_option
@click.argument("names", nargs=-1)
@click.option(
    "--include-disabled",
    is_flag=True,
    help="Fetch the disabled sources too: do they answer from this network?",
)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@handle_errors
def check(
    ctx: click.Context, config_path: Path, names: tuple[str, ...], include_disabled: bool, fmt: str
) -> None:
    """Fetch each source (or the NAMES given) once, as the daemon does (its user agent,
    headers and robots.txt), and print what it answered: status, items, the newest item's
    date, the language and title the document gives itself. Nothing is stored; run it after
    installing, or after changing a source. A source named is fetched even when disabled."""
    from monitor.config import load_config
    from monitor.service.probe import probe_sources

    config = load_config(group_param(ctx, "config_path"))
    chosen = _chosen(config.sources, names)
    include_disabled = include_disabled or bool(names)
    off = 0 if include_disabled else sum(not s.enabled for s in chosen)
    click.echo(
        f"fetching {len(chosen) - off} source(s) once" + (f" ({off} disabled)" if off else ""),
        err=True,
    )
    probes = probe_sources(config, chosen, include_disabled=include_disabled)
    if isinstance(probes, int):  # stopped by a signal
        sys.exit(probes)
    if fmt == "json":
        for probe in probes:
            click.echo(json.dumps(_probe_json(probe), ensure_ascii=False))
    else:
        click.echo(probe_table(probes))
    fetched = [p for p in probes if p.fetched]
    answered = sum(p.ok for p in fetched)
    if fetched and not answered:
        click.echo(
            "no source answered: check the network, DNS and any proxy (HTTPS_PROXY)", err=True
        )
        sys.exit(ExitCode.FAILED)
    sys.exit(ExitCode.PARTIAL if answered < len(fetched) else ExitCode.OK)


def _chosen(configured: list[Any], names: tuple[str, ...]) -> list[Any]:
    if not names:
        return configured
    by_name = {s.name: s for s in configured}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise click.BadParameter(
            f"no source named {', '.join(unknown)}; `basewatch sources` lists them",
            param_hint="NAMES",
        )
    return [by_name[n] for n in names]


def _probe_json(p: Any) -> dict[str, Any]:
    poll = p.poll
    answer = poll_json(poll) if poll else dict.fromkeys(NOT_FETCHED)
    return {
        "source": p.source.name,
        "url": p.source.url,
        "enabled": p.source.enabled,
        "fetched": p.fetched,
        **answer,
        "items": poll.entries if p.ok else None,
        "sitemap_index": bool(poll and poll.index),
        "warning": p.warning,
        "took_ms": poll.took_ms if poll else None,
    }


def _cells(p: Any) -> list[str]:
    poll = p.poll
    if poll is None:
        return [p.source.name, "off", "-", "-", "-", "(disabled: not fetched)"]
    status = str(poll.status) if poll.status is not None else "-"
    if poll.error:
        return [p.source.name, status, "-", "-", "-", "-"]
    newest = poll.newest.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if poll.newest else "-"
    title = poll.title or "-"
    title = title if len(title) <= 60 else title[:59] + "…"
    return [p.source.name, status, str(poll.entries), newest, poll.language or "-", title]


def _note(p: Any) -> str | None:
    """What an operator should know of one source's answer, on one line."""
    from monitor.config import BROWSER_USER_AGENT

    name, poll = p.source.name, p.poll
    if poll is None:
        reason = p.source.disabled_reason or "enabled = false"
        return f"{name}: off ({reason}); --include-disabled fetches it"
    if poll.status in (401, 403):
        hint = (
            f'try user_agent = "{BROWSER_USER_AGENT}" for it'
            if not p.source.user_agent
            else "its user_agent is set: the server may refuse this network's address"
        )
        return f"{name}: refused (HTTP {poll.status}): {hint}"
    if poll.error:
        return f"{name}: {poll.error}"
    if p.warning:
        return f"{name}: not what it was added for: {p.warning}"
    if poll.index:
        from crawler.entries import CHILD_SITEMAPS

        return (
            f"{name}: a sitemap index of {poll.entries} sitemaps (the daemon reads the "
            f"newest {CHILD_SITEMAPS})"
        )
    return None


def probe_table(probes: list[Any]) -> str:
    """The probes as a table, then a line for each source an operator should look at, then
    the counts."""
    head = ["source", "status", "items", "newest (UTC)", "lang", "title"]
    rows = [head, *(_cells(p) for p in probes)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head) - 1)]
    lines = []
    for row in rows:
        pairs = enumerate(zip(row[:-1], widths, strict=True))
        cells = [c.rjust(w) if i == 2 else c.ljust(w) for i, (c, w) in pairs]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.insert(1, "-" * max(len(line) for line in lines[:1]))
    notes = [n for n in map(_note, probes) if n]
    fetched = [p for p in probes if p.fetched]
    counts = (
        f"{sum(p.ok for p in fetched)} of {len(fetched)} fetched answered"
        f", {sum(p.warning is not None for p in fetched)} not what they were added for"
        f", {len(probes) - len(fetched)} disabled (not fetched)"
    )
    return "\n".join([*lines, *([""] + notes if notes else []), "", counts])
