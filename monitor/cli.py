"""The `basewatch` command. Only here do errors become messages, each saying how to fix it."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor.errors import BasewatchError, ConfigError

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_CONFIG = Path(os.environ.get("BASEWATCH_CONFIG", "config/basewatch.toml"))

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_CONFIG,
    show_default=True,
    help="Configuration file (or set BASEWATCH_CONFIG).",
)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Scrapy is chatty at INFO; apprise logs whole service URLs, secrets included, at DEBUG
    logging.getLogger("scrapy").setLevel(logging.INFO if verbose else logging.WARNING)
    logging.getLogger("apprise").setLevel(logging.INFO)
    for noisy in ("trafilatura", "htmldate", "filelock", "asyncio", "py.warnings"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def handle_errors(func: F) -> F:
    """Turn basewatch errors into a message and an exit code (2 for configuration)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            click.echo(f"Error: {exc}", err=True)
            click.echo(f"Hint: {exc.hint}", err=True)
            sys.exit(2)
        except BasewatchError as exc:
            click.echo(f"Error: {exc}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="basewatch")
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
def main(verbose: bool) -> None:
    """basewatch: know within minutes that a base hosting US-led coalition forces was
    attacked, and keep every report of it in a queryable archive."""
    setup_logging(verbose)


@main.command()
@config_option
@click.option("--once", is_flag=True, help="Poll every source once, deliver alerts, exit.")
@handle_errors
def run(config_path: Path, once: bool) -> None:
    """Run the monitoring daemon (or one cycle with --once)."""
    from monitor.config import load_config
    from monitor.daemon import run as run_daemon

    config = load_config(config_path)
    sys.exit(run_daemon(config, once=once))


@main.command("check-config")
@config_option
@handle_errors
def check_config(config_path: Path) -> None:
    """Validate the configuration, its sources files and the gazetteer, without running."""
    from monitor.config import load_config
    from monitor.gazetteer import load_gazetteer

    config = load_config(config_path)
    gazetteer = load_gazetteer(config.matcher.gazetteer)
    unset = [c.name for c in config.channels if c.resolve_url() is None]
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


def _published(value: Any) -> datetime | date | None:
    if not value:
        return None
    text = str(value).replace("Z", "+00:00")
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return None


@main.command()
@click.option(
    "--gazetteer",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Bases gazetteer (default: seeds/bases.toml).",
)
@click.option("--explain", is_flag=True, help="Add the reasons for each decision.")
@handle_errors
def match(gazetteer: Path | None, explain: bool) -> None:
    """Match articles given as JSON Lines on stdin; write one JSON line per input line.

    Input: {"id", "url", "title", "published", "text"}. Output: {"id", "attack",
    "confidence", "bases", "attack_date", "weapons", "evidence", ...}.
    """
    from monitor.gazetteer import load_gazetteer
    from monitor.matcher import Matcher
    from monitor.models import Article
    from monitor.reports import detection_json
    from monitor.terms import load_terms

    matcher = Matcher(load_gazetteer(gazetteer), load_terms())
    out = sys.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            article = Article(
                id=str(raw.get("id", number)),
                url=str(raw.get("url") or ""),
                title=str(raw.get("title") or ""),
                text=str(raw.get("text") or ""),
                published=_published(raw.get("published")),
            )
        except (ValueError, AttributeError) as exc:
            error = f"line {number}: not a JSON object ({exc}); one article per line"
            out.write(json.dumps({"id": None, "attack": False, "error": error}) + "\n")
            continue
        detection = matcher.match(article)
        result = detection_json(article.id, detection)
        if explain:
            result["reasons"] = list(detection.reasons)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()


@main.command()
@config_option
@click.option(
    "--archive",
    "archive_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Archive file (default: [archive] path of the configuration).",
)
@click.option("--limit", default=50, show_default=True, help="Most incidents shown.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def incidents(config_path: Path, archive_path: Path | None, limit: int, fmt: str) -> None:
    """List incidents in the archive, newest attack first."""
    from monitor.archive import Archive
    from monitor.config import load_config
    from monitor.reports import incident_table

    if archive_path is None:
        archive_path = load_config(config_path).archive.path
    if not archive_path.exists():
        raise BasewatchError(
            f"no archive at {archive_path}",
            hint="run `basewatch run --once` first, or pass --archive PATH",
        )
    store = Archive(archive_path)
    try:
        rows = store.incidents(limit=limit)
    finally:
        store.close()
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps({**row, "weapons": json.loads(row["weapons"])}))
    else:
        click.echo(incident_table(rows))


@main.command("eval")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--gazetteer", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option("--errors", "show_errors", is_flag=True, help="List every wrong decision.")
@handle_errors
def evaluate(directory: Path, gazetteer: Path | None, show_errors: bool) -> None:
    """Score the matcher on labelled articles (*.jsonl in DIRECTORY): precision, recall,
    F1 and field accuracies."""
    from monitor.evaluation import evaluate_corpus, format_report
    from monitor.gazetteer import load_gazetteer
    from monitor.matcher import Matcher
    from monitor.terms import load_terms

    matcher = Matcher(load_gazetteer(gazetteer), load_terms())
    report = evaluate_corpus(directory, matcher)
    click.echo(format_report(report, show_errors=show_errors))
