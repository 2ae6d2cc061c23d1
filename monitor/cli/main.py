"""The `basewatch` command. Only here do errors become messages, each saying how to fix it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from monitor.cli.alerts import alerts
from monitor.cli.common import archive_option, config_option, handle_errors
from monitor.cli.glance import channels, status
from monitor.cli.logs import setup_logging
from monitor.cli.match import match
from monitor.cli.newsource import add, test_source
from monitor.cli.output import emit, format_option
from monitor.cli.query import ALL
from monitor.cli.sources import sources
from monitor.errors import BasewatchError
from monitor.redact import redact

logger = logging.getLogger(__name__)


EXIT_STATUS = """\b
Exit status:
  0  everything done: every source polled
  1  some of it failed: some sources (run --once), checks (doctor), channels or
     input lines (match)
  2  usage, configuration or input error, or an archive file refused as it is
     (missing, empty, foreign, newer): nothing was done
  3  nothing could be polled, or the archive could not be opened or written or is
     damaged"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_STATUS)
@click.version_option(package_name="basewatch")
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages too.")
@click.option("-q", "--quiet", is_flag=True, help="Log only warnings and errors.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    envvar="BASEWATCH_LOG_FORMAT",
    help="Log lines for people, or one JSON object a line (or set BASEWATCH_LOG_FORMAT).",
)
def main(verbose: bool, quiet: bool, log_format: str) -> None:
    """basewatch: know within minutes that a base hosting US-led coalition forces was
    attacked, and keep every report of it in a queryable archive.

    Logs go to stderr, one line per event (`event key=value ...`); under systemd without
    timestamps of their own, the journal adds them."""
    if verbose and quiet:
        raise click.UsageError("-v and -q contradict each other: give one")
    setup_logging("verbose" if verbose else "quiet" if quiet else "normal", log_format)


@main.command(epilog=EXIT_STATUS)
@config_option
@archive_option
@click.option("--once", is_flag=True, help="Poll every source once, deliver alerts, exit.")
@handle_errors
def run(config_path: Path, archive_path: Path | None, once: bool) -> None:
    """Run the monitoring daemon (or one cycle with --once).

    SIGINT or SIGTERM stop it within 2 seconds, whatever is in flight (a second Ctrl-C at
    once); SIGHUP reloads the configuration."""
    from monitor.config import load_config
    from monitor.service.daemon import run as run_daemon

    config = load_config(config_path, archive_path)
    sys.exit(run_daemon(config, once=once, config_path=config_path, archive=archive_path))


@main.command("check-config")
@config_option
@handle_errors
def check_config(config_path: Path) -> None:
    """Validate the configuration, its sources files, the gazetteer and the channel URLs
    (with apprise), without running. Exits 2 when something is wrong."""
    from monitor.config import load_config
    from monitor.detect.gazetteer import load_gazetteer

    config = load_config(config_path)
    gazetteer = load_gazetteer(config.matcher.gazetteer)
    unset = [c.name for c in config.channels if c.resolve_url() is None]
    _check_channel_urls(config_path, config)
    click.echo(
        f"{config_path}: OK: {len(config.sources)} sources ({len(config.active_sources())} "
        f"enabled), {len(config.channels)} channels, {len(gazetteer.bases)} bases, "
        f"archive {config.archive.path}"
    )
    for name in unset:
        click.echo(
            f"warning: channel '{name}': its url_env variable is not set; alerts for it will "
            "wait in the outbox until it is",
            err=True,
        )


def _check_channel_urls(config_path: Path, config: Any) -> None:
    """Every channel URL that is set must be one apprise can send to (exit 2 if not)."""
    from monitor.alerts.dispatch import readable_url, service_name
    from monitor.errors import ConfigError

    problems = []
    for i, channel in enumerate(config.channels):
        url = channel.resolve_url()
        if url is not None and not readable_url(url):
            key, what = "url", "this URL"
            if channel.url is None:
                key, what = "url_env", f"the URL in ${channel.url_env}"
            problems.append(
                f"{config_path}: at 'channels[{i}].{key}': apprise cannot send to {what} "
                f"(service '{service_name(url)}'): check it against "
                "https://github.com/caronc/apprise/wiki"
            )
    if problems:
        raise ConfigError(problems)


@main.command()
@click.option(
    "--workdir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("var/demo"),
    show_default=True,
    help="Where the demo archive is written (emptied first).",
)
@handle_errors
def demo(workdir: Path) -> None:
    """Run the whole pipeline offline on bundled sample outlets and show the alerts."""
    from monitor.demo import run_demo

    sys.exit(run_demo(workdir))


@main.command()
@config_option
@archive_option
@handle_errors
def migrate(config_path: Path, archive_path: Path | None) -> None:
    """Create the archive, or bring its schema up to date (`run` does this at start too).

    Refuses, and leaves as it is, a file that is not a basewatch archive (exit 2)."""
    from monitor.cli.common import archive_path_of
    from monitor.store.archive import Archive

    path = archive_path_of(config_path, archive_path)
    existed = path.exists()
    store = Archive(path)
    store.close()
    if not existed:
        click.echo(f"{path}: archive created (schema {store.applied[-1]})")
    elif store.applied:
        click.echo(f"{path}: applied {', '.join(store.applied)}")
    else:
        click.echo(f"{path}: up to date")


@main.command()
@config_option
@archive_option
@click.option("--timeout", default=10.0, show_default=True, help="Seconds per check.")
@format_option()
@handle_errors
def doctor(config_path: Path, archive_path: Path | None, timeout: float, fmt: str) -> None:
    """Check a deployment: the configuration, the archive is sound and writable (never
    created), the channels are set, the sources answer. Exits 1 when a check fails.
    Secrets in URLs are masked."""
    from monitor.query.formats import Column, Listing
    from monitor.service.health import run_checks

    checks = [
        {"ok": ok, "check": redact(line)}
        for ok, line in run_checks(config_path, timeout, archive_path)
    ]
    status = Column("ok", "ok", show=lambda ok: "ok" if ok else "FAIL")
    emit(Listing("checks", checks, (status, Column("check", "check"))), fmt)
    failed = sum(not c["ok"] for c in checks)
    if failed:
        click.echo(f"{failed} check(s) failed", err=True)
        sys.exit(1)


@main.command("test-alert")
@config_option
@click.option("--tag", help="Only channels with this tag.")
@handle_errors
def test_alert(config_path: Path, tag: str | None) -> None:
    """Send a test message through the configured channels and say which ones took it."""
    from monitor.alerts.dispatch import send, service_name
    from monitor.alerts.templates import Message
    from monitor.config import load_config

    config = load_config(config_path)
    channels = [c for c in config.channels if tag is None or tag in c.tags]
    if not channels:
        raise BasewatchError(
            "no channel to test" + (f" with tag '{tag}'" if tag else ""),
            hint="add [[channels]] to the configuration, or check the tag",
        )
    message = Message(
        title="basewatch test alert",
        body="This is a test message from basewatch: this channel will receive its alerts.",
        format="markdown",
    )
    failed = 0
    for channel in channels:
        url = channel.resolve_url()
        ok = bool(url) and send(url, message)  # type: ignore[arg-type]
        failed += not ok
        where = service_name(url) if url else f"${channel.url_env} is not set"
        click.echo(f"{channel.name} ({where}): {'sent' if ok else 'FAILED'}")
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--gazetteer", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option(
    "--cache",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Folder of <id>.txt texts for labels without text (real articles, kept locally).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "holdout"]),
    default=None,
    help="Score only the lines of this split (default: all).",
)
@click.option("--errors", "show_errors", is_flag=True, help="List every wrong decision.")
@click.option("--by-language", is_flag=True, help='Scores per "language" of the lines, as well.')
@format_option()
@click.option(
    "--fit-calibration",
    is_flag=True,
    help="Fit the confidence calibration on these articles and print it (CALIBRATION).",
)
@handle_errors
def evaluate(
    directory: Path,
    gazetteer: Path | None,
    cache: Path | None,
    split: str | None,
    show_errors: bool,
    by_language: bool,
    fmt: str,
    fit_calibration: bool,
) -> None:
    """Score the matcher on labelled articles (*.jsonl in DIRECTORY): precision, recall,
    F1, field accuracies, Brier score and a reliability table.

    \b
    Each line is a JSON object: "title", "text", "published" (ISO date or time) and a
    "label": {"attack": true|false, "bases": [gazetteer ids], "region": id|null,
    "attack_date": "YYYY-MM-DD", "weapons": [...], and optionally "projectiles",
    "intercepted", "killed", "injured", "claimed_by"}. Lines without text take it from
    --cache (tests/data/real: see its README.md).
    """
    from monitor.detect.evaluation import evaluate_corpus, format_report, report_record
    from monitor.detect.gazetteer import load_gazetteer
    from monitor.detect.matcher import Matcher
    from monitor.detect.terms import load_terms
    from monitor.query.formats import Listing

    matcher = Matcher(load_gazetteer(gazetteer), load_terms())
    report = evaluate_corpus(directory, matcher, cache=cache, split=split)
    record = report_record(report, show_errors=show_errors, by_language=by_language)
    measures = [{"measure": k, "value": v} for k, v in record.items() if _scalar(v)]
    listing = Listing("scores", [record], (), rows=measures, document=record)
    table = format_report(report, show_errors=show_errors, by_language=by_language)
    emit(listing, fmt, table=table)
    if fit_calibration:
        from monitor.detect.calibration import CALIBRATION
        from monitor.detect.evaluation import refit

        a, b = refit(report, CALIBRATION)
        click.echo(
            f"fitted: CALIBRATION = ({a:.3f}, {b:.3f})  (monitor/detect/calibration.py)",
            err=fmt != "table",  # beside a document, not in it
        )


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


for _command in (match, status, channels, *ALL, alerts, sources):
    main.add_command(_command)
for _command in (add, test_source):
    sources.add_command(_command)
