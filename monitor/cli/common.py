"""What every `basewatch` command shares: options, logging, and turning errors into
messages that say how to fix them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor.cli.finding import archive_option, config_option
from monitor.errors import (
    ArchiveError,
    ArchiveRefusedError,
    BasewatchError,
    ConfigError,
    CorpusError,
    ExitCode,
    InputError,
)
from monitor.redact import redact

F = TypeVar("F", bound=Callable[..., Any])
__all__ = ["archive_option", "archive_path_of", "config_option", "handle_errors", "open_archive"]


def archive_path_of(config_path: Path, archive_path: Path | None) -> Path:
    """--archive, or else the configuration's [archive] path."""
    from monitor.config import load_config

    return archive_path if archive_path is not None else load_config(config_path).archive.path


@contextmanager
def open_archive(
    config_path: Path, archive_path: Path | None, *, write: bool = False
) -> Iterator[Any]:
    """An existing archive with the current schema, read-only unless `write`: commands
    never create, migrate or replace one (ArchiveRefusedError, exit 2). A damaged file
    met while using it comes out as ArchiveDamagedError (exit 3). Closed at the end."""
    from monitor.store.archive import Archive
    from monitor.store.dbutil import sqlite_errors

    path = archive_path_of(config_path, archive_path)
    store = Archive(path, mode="write" if write else "read")
    try:
        with sqlite_errors(path):
            yield store
    finally:
        store.close()


def exit_code(exc: BasewatchError) -> ExitCode:
    # nothing was done with what was given: a file that is not an archive to use is left as is
    if isinstance(exc, ConfigError | CorpusError | InputError | ArchiveRefusedError):
        return ExitCode.USAGE
    if isinstance(exc, ArchiveError):
        return ExitCode.FAILED
    return ExitCode.PARTIAL


def handle_errors(func: F) -> F:
    """Turn basewatch errors into a message and their exit code (2 for configuration and
    for an archive that must not be used, 3 for an archive that failed)."""

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
