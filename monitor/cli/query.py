"""The commands that query the archive: incidents, show, search, stats, export, rematch."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from monitor.cli.common import (
    archive_option,
    archive_path_of,
    config_option,
    handle_errors,
    open_archive,
)
from monitor.config import WEAPONS, load_config
from monitor.errors import ArchiveRefusedError, BasewatchError
from monitor.query.exports import FORMATS
from monitor.query.queries import Filters
from monitor.store.archivefile import CREATE_HINT


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


def _query(config_path: Path, archive_path: Path | None, f: Filters) -> list[dict[str, Any]]:
    from monitor.query import queries

    with open_archive(config_path, archive_path) as store:
        return queries.incidents(store.db, f)


@click.command()
@config_option
@archive_option
@filter_options
@click.option("--limit", default=50, show_default=True, help="Most incidents shown (0: all).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table"
)
@handle_errors
def incidents(
    config_path: Path, archive_path: Path | None, limit: int, fmt: str, **kw: Any
) -> None:
    """List incidents, newest attack first, filtered by date, base, country, weapon and
    confidence: e.g. `basewatch incidents --base erbil --since 2024-01-01`."""
    from monitor.query.views import incident_table

    found = _query(config_path, archive_path, _filters(kw, limit or None))
    if fmt == "table":
        click.echo(incident_table(found))
    elif fmt == "json":
        for row in found:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        click.echo(FORMATS[fmt](found))


@click.command()
@config_option
@archive_option
@click.argument("incident_id")
@click.option("--json", "as_json", is_flag=True, help="Print it as JSON.")
@handle_errors
def show(config_path: Path, archive_path: Path | None, incident_id: str, as_json: bool) -> None:
    """One incident: its facts, every source with when it was fetched, what each said."""
    from monitor.query import queries
    from monitor.query.views import incident_detail

    with open_archive(config_path, archive_path) as store:
        found = queries.incident(store.db, incident_id)
    if found is None:
        raise BasewatchError(
            f"no incident {incident_id!r}",
            hint="`basewatch incidents` lists the ids (e.g. 2024-07-25-ain-al-asad)",
        )
    click.echo(
        json.dumps(found, ensure_ascii=False, indent=2) if as_json else incident_detail(found)
    )


@click.command()
@config_option
@archive_option
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@handle_errors
def search(config_path: Path, archive_path: Path | None, query: str, limit: int) -> None:
    """Full-text search over every stored article; every word must appear.
    Matches are shown [in brackets]."""
    from monitor.query import queries

    with open_archive(config_path, archive_path) as store:
        hits = queries.search(store.db, query, limit)
    if not hits:
        click.echo("No article matches.")
    for hit in hits:
        click.echo(f"{hit['published'] or '':<25.25}  {hit['source']:<20.20}  {hit['title']}")
        click.echo(f"    {hit['snippet']}")
        click.echo(f"    {hit['url']}")


@click.command()
@config_option
@archive_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@handle_errors
def stats(config_path: Path, archive_path: Path | None, as_json: bool) -> None:
    """Incident counts by base, country, weapon and month, and the time from an attack's
    first published report to its first alert."""
    from monitor.query import queries
    from monitor.query.views import duration

    with open_archive(config_path, archive_path) as store:
        counts = queries.stats(store.db)
        delays = queries.alert_delays(store.db)
    if as_json:
        click.echo(json.dumps({**counts, "time_to_alert": delays}, ensure_ascii=False, indent=2))
        return
    for name, table in counts.items():
        click.secho(f"by {name}", bold=True)
        for row in table:
            click.echo(f"  {row['incidents']:>6}  {row['key']}")
    click.secho("time to alert (first report published -> first alert sent)", bold=True)
    if not delays["incidents"]:
        click.echo("  no incident has both yet")
        return
    click.echo(
        f"  {delays['incidents']:>6}  incidents: median {duration(delays['p50_s'])}, "
        f"95th percentile {duration(delays['p95_s'])}, longest {duration(delays['max_s'])}"
    )


@click.command()
@config_option
@archive_option
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default="csv", show_default=True
)
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
    """Export incidents, with base coordinates, as CSV, JSON or GeoJSON."""
    text = FORMATS[fmt](_query(config_path, archive_path, _filters(kw, None)))
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


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
