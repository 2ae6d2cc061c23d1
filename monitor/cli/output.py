"""How the listing commands print what they found: `--format table|json|jsonl|csv`
(`monitor.query.formats` holds the contract), and output files that are checked before any
work is done."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from monitor.errors import InputError
from monitor.query.formats import FORMATS, Listing, render


def format_option(*extra: str, default: str = "table") -> Callable[[Any], Any]:
    """--format, one of table, json, jsonl, csv (and `extra`, such as geojson)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice([*FORMATS, *extra]),
        default=default,
        show_default=True,
        help="table for people; json (one document), jsonl (a record a line) or csv.",
    )


def emit(listing: Listing, fmt: str, *, table: str | None = None) -> None:
    """Print `listing` in `fmt`; its note (why it is empty, "1 of 3") goes below a table,
    or to stderr for the other formats. `table` replaces the generic table."""
    if fmt == "table" and table is not None and listing.records:
        click.echo(table)
        return
    shown = render(listing, fmt)
    if shown.text is not None:
        click.echo(shown.text)
    if shown.note:
        click.echo(shown.note, err=True)


def writable(path: Path) -> None:
    """InputError when `path` cannot be written: checked before any work, nothing made."""
    folder = path.parent
    if not folder.is_dir():
        problem, fix = f"no folder {folder}", f"create {folder} first, or write elsewhere"
    elif not os.access(path if path.exists() else folder, os.W_OK):
        problem, fix = "this user may not write there", "choose a file this user may write"
    else:
        return
    raise InputError(f"cannot write {path}: {problem}", hint=fix)


def write_output(path: Path | None, text: str) -> None:
    """`text` on stdout, or in `path` (with a line on stderr saying so)."""
    if path is None:
        click.echo(text)
        return
    try:
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    click.echo(f"wrote {path}", err=True)
