"""The commands that query the archive: incidents, show, search, stats, export, rematch."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor.cli.common import (
    archive_option,
    archive_path_of,
    config_option,
    handle_errors,
    open_archive,
)
from monitor.cli.output import emit, format_option, writable, write_output
from monitor.config import WEAPONS, load_config
from monitor.errors import ArchiveRefusedError, BasewatchError, InputError
from monitor.query.exports import to_geojson
from monitor.query.formats import Listing, render
from monitor.query.queries import Filters
from monitor.query.records import incident_document, incident_listing, search_listing, stats_listing
from monitor.store.archivefile import CREATE_HINT

T = TypeVar("T")
FILTERS = ("since", "until", "base", "country", "weapon", "min_confidence")


def _day(_: Any, __: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: write YYYY-MM-DD") from None


def filter_options(func: Any) -> Any:
    options = [
        click.option("--since", callback=_day, help="Attacks on or after this date (YYYY-MM-DD)."),
        click.option("--until", callback=_day, help="Attacks on or before this date."),
        click.option("--base", help="A base id (ain-al-asad) or part of its name (Asad)."),
        click.option("--country", help="Country of the base, e.g. Iraq."),
        click.option("--weapon", type=click.Choice(WEAPONS), help="Only this weapon."),
        click.option("--min-confidence", type=float, default=0.0, show_default=True),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(kw: dict[str, Any], limit: int | None) -> Filters:
    return Filters(
        since=kw["since"],
        until=kw["until"],
        base=kw["base"],
        country=kw["country"],
        weapon=kw["weapon"],
        min_confidence=kw["min_confidence"],
        limit=limit,
    )


def _ask(config_path: Path, archive_path: Path | None, question: Callable[[Any], T]) -> T:
    """`question(db)` asked of the archive, opened read-only."""
    with open_archive(config_path, archive_path) as store:
        return question(store.db)


def _said(kw: dict[str, Any]) -> str:
    """The filters given, as they were written on the command line."""
    given = [f"--{k.replace('_', '-')} {kw[k]}" for k in FILTERS if kw.get(k)]
    return " ".join(given)


def _incidents(
    config_path: Path, archive_path: Path | None, kw: dict[str, Any], limit: int
) -> Listing:
    """The incidents the filters ask for, as a listing that says "N of M" and, when empty,
    what was filtered out of how many."""
    from monitor.query import queries

    f = _filters(kw, limit or None)
    if f.since and f.until and f.since > f.until:
        raise click.BadParameter(
            f"{f.since} is after --until {f.until}: no day is in both", param_hint="--since"
        )

    def question(db: Any) -> tuple[list[dict[str, Any]], int, int]:
        found = queries.incidents(db, f)
        total = queries.incident_count(db, f) if limit else len(found)
        return found, total, queries.incident_count(db) if not found else total

    found, total, everything = _ask(config_path, archive_path, question)
    empty = ""
    if everything and _said(kw):
        empty = (
            f"No incidents match {_said(kw)} ({everything} in the archive without these filters)."
        )
    return incident_listing(found, total=total, empty=empty)


@click.command()
@config_option
@archive_option
@filter_options
@click.option("--limit", default=50, show_default=True, help="Most incidents shown (0: all).")
@format_option("geojson")
@handle_errors
def incidents(
    config_path: Path, archive_path: Path | None, limit: int, fmt: str, **kw: Any
) -> None:
    """List incidents, newest attack first, filtered by date, base, country, weapon and
    confidence: e.g. `basewatch incidents --base erbil --since 2024-01-01`."""
    listing = _incidents(config_path, archive_path, kw, limit)
    if fmt == "geojson":
        click.echo(to_geojson(listing.records))
    else:
        emit(listing, fmt)


@click.command()
@config_option
@archive_option
@click.argument("incident_id")
@format_option()
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@handle_errors
def show(
    config_path: Path, archive_path: Path | None, incident_id: str, fmt: str, as_json: bool
) -> None:
    """One incident: its facts, every source with when it was fetched, what each said.
    With --format csv, one row per report."""
    from monitor.query import queries
    from monitor.query.views import incident_detail

    found = _ask(config_path, archive_path, lambda db: queries.incident(db, incident_id))
    if found is None:
        raise InputError(
            f"no incident {incident_id!r}",
            hint="`basewatch incidents` lists the ids (e.g. 2024-07-25-ain-al-asad)",
        )
    emit(incident_document(found), "json" if as_json else fmt, table=incident_detail(found))


@click.command()
@config_option
@archive_option
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="Most articles shown (0: all).")
@format_option()
@handle_errors
def search(config_path: Path, archive_path: Path | None, query: str, limit: int, fmt: str) -> None:
    """Full-text search over every stored article, best match first, matches [in brackets].

    \b
    The syntax is SQLite FTS5's, the same as the web view's "Search articles":
      Katyusha rockets      both words
      "Ain al-Asad"         the phrase
      drone OR rocket       either
      rocket NOT drill      the first without the second
      rock*                 words that begin so
      NEAR(drone Erbil, 5)  within 5 words
      title:drone           in the title
    A word with punctuation inside (al-Asad, U.S.) is read as a phrase of its parts."""
    from monitor.query import search as fulltext

    def question(db: Any) -> tuple[list[dict[str, Any]], int]:
        hits = fulltext.search(db, query, limit or -1)
        return hits, fulltext.count(db, query) if limit else len(hits)

    hits, total = _ask(config_path, archive_path, question)
    emit(search_listing(hits, total=total, query=query), fmt)


@click.command()
@config_option
@archive_option
@format_option()
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@handle_errors
def stats(config_path: Path, archive_path: Path | None, fmt: str, as_json: bool) -> None:
    """Incident counts by base, country, weapon and month, and the time from an attack's
    first published report to its first alert (median, 95th percentile, longest)."""
    from monitor.query import queries

    def question(db: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        return queries.stats(db), queries.alert_delays(db)

    counts, delays = _ask(config_path, archive_path, question)
    emit(stats_listing(counts, delays), "json" if as_json else fmt)


@click.command()
@config_option
@archive_option
@filter_options
@format_option("geojson", default="csv")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File (default: stdout).",
)
@handle_errors
def export(
    config_path: Path, archive_path: Path | None, fmt: str, output: Path | None, **kw: Any
) -> None:
    """Export incidents, with base coordinates, as CSV, JSON, JSON Lines, GeoJSON or a
    table; the same filters as `incidents`, no limit."""
    if output is not None:
        writable(output)  # before any work
    listing = _incidents(config_path, archive_path, kw, 0)
    if fmt == "geojson":
        write_output(output, to_geojson(listing.records))
        return
    shown = render(listing, fmt)
    write_output(output, shown.text or "")
    if shown.note and (fmt != "table" or output is not None):
        click.echo(shown.note, err=True)


@click.command()
@config_option
@archive_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option(
    "--allow-sql", is_flag=True, help="Let visitors run their own SQL (hidden tables stay hidden)."
)
@handle_errors
def serve(
    config_path: Path, archive_path: Path | None, host: str, port: int, allow_sql: bool
) -> None:
    """Browse and map the archive in Datasette (needs `pip install basewatch[web]`).

    Read-only: incidents, articles and bases are shown; sources and the alert outbox are
    not; visitors run only the canned queries unless --allow-sql. Stops on SIGTERM or
    Ctrl-C."""
    from monitor.query.web import beyond_loopback
    from monitor.query.web import serve as serve_web

    if beyond_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach port {port} can read the "
            "archive; put a proxy with authentication in front, or keep the default "
            "--host 127.0.0.1",
            err=True,
        )
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise BasewatchError(
            "Datasette is not installed", hint="pip install 'basewatch[web]'"
        ) from None
    path = archive_path_of(config_path, archive_path)
    if not path.is_file():  # never created here: exit 2, as for every query
        raise ArchiveRefusedError(f"no archive at {path}", hint=CREATE_HINT)
    serve_web(path, host=host, port=port, allow_sql=allow_sql)


@click.command()
@config_option
@archive_option
@click.option("--rebuild-index", is_flag=True, help="Also rebuild the full-text index.")
@handle_errors
def rematch(config_path: Path, archive_path: Path | None, rebuild_index: bool) -> None:
    """Match every stored article again with this version of the detector and regroup the
    incidents (no alert is sent); shows progress."""
    from monitor.detect.gazetteer import load_gazetteer
    from monitor.detect.matcher import Matcher
    from monitor.detect.terms import load_terms
    from monitor.service.daemon import utcnow
    from monitor.store.rematching import rematch as rematch_all

    config = load_config(config_path)
    matcher = Matcher(load_gazetteer(config.matcher.gazetteer), load_terms())
    with open_archive(config_path, archive_path, write=True) as store:
        total = store.counts()["articles"]
        if rebuild_index:
            click.echo(f"rebuilding the full-text index of {total} articles ...", err=True)
            store.rebuild_index()
        with click.progressbar(length=total, label="re-matching", file=sys.stderr) as bar:
            attacks = rematch_all(
                store,
                matcher.match,
                min_confidence=config.matcher.min_confidence,
                now=utcnow(),
                progress=bar.update,
            )
        live = len(_live_incidents(store))
    click.echo(f"{total} articles re-matched: {attacks} report an attack; {live} incidents")


def _live_incidents(store: Any) -> list[Any]:
    from monitor.query import queries

    return queries.incidents(store.db, Filters())


ALL = (incidents, show, search, stats, export, serve, rematch)
