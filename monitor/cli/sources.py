"""`basewatch sources`: the sources and their state, and what they answer.

A group: `basewatch sources` alone lists the sources with their state in the archive (see
`monitor.query.sourcelist`); its subcommands act on them (`check` fetches each once). A
subcommand takes `--config` itself or from the group (`basewatch sources --config F check`
works too).
"""

from __future__ import annotations

import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from monitor.cli.common import archive_option, config_option, handle_errors, open_archive
from monitor.cli.output import emit, format_option
from monitor.cli.sourceviews import poll_json
from monitor.errors import ConfigError, ExitCode
from monitor.query.formats import Listing

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


def _configured(config_path: Path, archive_path: Path | None) -> list[Any] | None:
    """The configured sources, when the archive listed is the configuration's own (None
    for another archive, or when --archive is given and no configuration can be read)."""
    from monitor.config import load_config

    if archive_path is None:
        return list(load_config(config_path).sources)
    try:
        config = load_config(config_path)
    except ConfigError:
        return None
    if config.archive.path.resolve() != archive_path.resolve():
        return None
    return list(config.sources)


@click.group(invoke_without_command=True)
@config_option
@archive_option
@format_option()
@click.pass_context
@handle_errors
def sources(ctx: click.Context, config_path: Path, archive_path: Path | None, fmt: str) -> None:
    """Each source's state: last success, failures in a row, next poll, articles seen and
    matched, links refused by the link policy, what its feed says it is (title, language,
    and whether that matches what the source is for), why a disabled source is off.

    Lists every source the archive has polled, and the configured ones it has not polled
    yet when the archive is the configuration's. `basewatch sources check` fetches each
    source once and says what it answered."""
    if ctx.invoked_subcommand is not None:
        return
    from monitor.query.sourcelist import source_listing

    configured = _configured(config_path, archive_path)
    with open_archive(config_path, archive_path) as store:
        states = store.sources()
    emit(source_listing(states, configured), fmt)


@sources.command(epilog=CHECK_STATUS)
@config_option
@click.argument("names", nargs=-1)
@click.option(
    "--include-disabled",
    is_flag=True,
    help="Fetch the disabled sources too: do they answer from this network?",
)
@format_option()
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
    answers = [_probe_json(probe) for probe in probes]
    emit(Listing("sources", answers, ()), fmt, table=probe_table(probes))
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
