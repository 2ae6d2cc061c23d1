"""What every `basewatch` command shares: options, logging, and turning errors into
messages that say how to fix them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor.errors import ArchiveError, BasewatchError, ConfigError, CorpusError, ExitCode
from monitor.redact import redact

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


def open_archive(config_path: Path, archive_path: Path | None) -> Any:
    from monitor.config import load_config
    from monitor.store.archive import Archive

    if archive_path is None:
        archive_path = load_config(config_path).archive.path
    if not archive_path.exists():
        raise BasewatchError(
            f"no archive at {archive_path}",
            hint="run `basewatch run --once` first, or pass --archive PATH",
        )
    return Archive(archive_path)


archive_option = click.option(
    "--archive",
    "archive_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Archive file (default: [archive] path of the configuration).",
)


def exit_code(exc: BasewatchError) -> ExitCode:
    if isinstance(exc, ConfigError | CorpusError):  # nothing was done with what was given
        return ExitCode.USAGE
    if isinstance(exc, ArchiveError):
        return ExitCode.FAILED
    return ExitCode.PARTIAL


def handle_errors(func: F) -> F:
    """Turn basewatch errors into a message and an exit code (2 for configuration, 3 for
    the archive)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BasewatchError as exc:
            click.echo(f"Error: {redact(str(exc))}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            sys.exit(exit_code(exc))

    return wrapper  # type: ignore[return-value]
