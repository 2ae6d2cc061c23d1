"""`basewatch sources add URL` and `basewatch sources test NAME|URL`: a source added
without editing TOML by hand, and a source tried once before (or after) it is added.

Both fetch through the daemon's crawler (`monitor.service.discovery`); `add` appends a
`[[sources]]` table to a sources file (`--to FILE`, or the first of `sources_files`),
keeping what the file holds, and refuses a source already watched.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from crawler.addresses import literal_ip
from monitor.cli.common import config_option, handle_errors, open_archive
from monitor.cli.sources import FORMATS, group_param
from monitor.cli.sourceviews import found_json, found_line, trial_json, trial_table
from monitor.errors import BasewatchError, ConfigError, ExitCode

ADD_STATUS = """\b
Exit status:
  0  a source was found, polled once and added (or shown, with --dry-run)
  1  the URL answered, but nothing behind it could be polled
  2  a usage or configuration error: a source already watched, a name taken, no file
  3  the URL did not answer"""


def same_url(a: str, b: str) -> bool:
    """Do two URLs name one document (scheme and host in any case, a trailing slash)?"""
    pa, pb = urlsplit(a.strip()), urlsplit(b.strip())
    return (pa.scheme.lower(), pa.netloc.lower(), pa.path.rstrip("/"), pa.query) == (
        pb.scheme.lower(),
        pb.netloc.lower(),
        pb.path.rstrip("/"),
        pb.query,
    )


def refuse_watched(config: Any, url: str) -> None:
    """A usage error when a configured source already polls `url`."""
    for source in config.sources:
        if same_url(source.url, url):
            raise click.BadParameter(
                f"{url} is already watched as source '{source.name}'; `basewatch sources` "
                "lists the sources",
                param_hint="URL",
            )


def name_for(url: str, kind: str, taken: set[str], title: str | None = None) -> str:
    """A source name from the URL's host ("www.gulf-wire.example" -> "gulf-wire"), or from
    the feed's title when the host is an address; with the kind added when that is taken;
    a usage error when both are."""
    host = (urlsplit(url).hostname or "source").lower()
    labels = [x for x in host.split(".") if x not in ("www", "feeds", "rss", "m")]
    if literal_ip(host) is not None:
        labels = [(title or "").split(" - ")[0].lower()] if title else labels
    elif len(labels) > 1:
        labels = labels[:-1]  # the top-level domain says little
    base = re.sub(r"[^a-z0-9-]+", "-", "-".join(labels)).strip("-") or "source"
    for name in (base, f"{base}-{kind}"):
        if name not in taken:
            return name
    raise click.BadParameter(f"the names {base!r} and {base}-{kind!r} are taken: give --name")


def toml_table(source: dict[str, Any], note: str) -> str:
    """A [[sources]] table, its strings in TOML's basic form (JSON's escapes are TOML's)."""
    lines = [f"# {note}", "[[sources]]"]
    lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in source.items()]
    return "\n".join(lines) + "\n"


def append_source(file: Path, table: str, config_path: Path) -> None:
    """Append `table` to `file` (made when missing), keeping its mode; then the file and
    the whole configuration must still load, or the file is put back as it was."""
    old = file.read_text(encoding="utf-8") if file.exists() else None
    sep = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
    spare = file.with_name(f".{file.name}.new")
    try:
        spare.write_text((old or "") + sep + table, encoding="utf-8")
        if old is not None:
            os.chmod(spare, file.stat().st_mode & 0o7777)
        os.replace(spare, file)
    except OSError as exc:
        spare.unlink(missing_ok=True)
        raise BasewatchError(
            f"cannot write {file}: {exc.strerror or exc}",
            hint="check the file's folder and mode, or name another file with --to",
        ) from None
    try:
        _still_loads(file, config_path)
    except ConfigError:
        if old is None:
            file.unlink()
        else:
            file.write_text(old, encoding="utf-8")
        raise


def _still_loads(file: Path, config_path: Path) -> None:
    """ConfigError when `file` or the configuration no longer loads."""
    from pydantic import ValidationError

    from monitor.config import SourceConfig, load_config, read_toml

    for i, entry in enumerate(read_toml(file).get("sources", [])):
        try:
            SourceConfig.model_validate(entry)
        except ValidationError as exc:
            raise ConfigError([f"{file}: at 'sources[{i}]': {exc.errors()[0]['msg']}"]) from None
    load_config(config_path)


def target_file(config: Any, config_path: Path, to: Path | None) -> Path:
    if to is not None:
        if to.resolve() not in {p.resolve() for p in config.sources_files}:
            click.echo(
                f"warning: {to} is not among the sources_files of {config_path}: name it "
                "there for the daemon to poll what it holds",
                err=True,
            )
        return to
    if not config.sources_files:
        raise click.UsageError(
            f"{config_path} names no sources_files: give the file to add the source to with "
            "--to FILE (and name it in sources_files)"
        )
    return Path(config.sources_files[0])


@click.command(epilog=ADD_STATUS)
@config_option
@click.argument("url")
@click.option("--name", help="The source's name (default: from the URL's host).")
@click.option(
    "--to",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The sources file to add it to (default: the first of sources_files).",
)
@click.option("--every", default="15m", show_default=True, help="How often to poll it.")
@click.option("--language", help="ISO 639-1 code of its content (default: what the feed says).")
@click.option("--dry-run", is_flag=True, help="Find and poll it, show the table, write nothing.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@handle_errors
def add(
    ctx: click.Context,
    config_path: Path,
    url: str,
    name: str | None,
    to: Path | None,
    every: str,
    language: str | None,
    dry_run: bool,
    fmt: str,
) -> None:
    """Find the feed, news sitemap or listing behind URL (a feed the page names, the usual
    places, the sitemaps robots.txt lists, the page's own article links), poll it once as
    the daemon would, and append it as a [[sources]] table to a sources file. A URL
    already watched is refused. The daemon polls it after a reload (SIGHUP)."""
    from monitor.config import load_config
    from monitor.service.discovery import discover

    config_path = group_param(ctx, "config_path")
    config = load_config(config_path)
    if not re.match(r"^https?://[^/\s]+", url):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    refuse_watched(config, url)
    file = target_file(config, config_path, to)
    taken = {s.name for s in config.sources}
    if name in taken:
        raise click.BadParameter(f"a source is already named {name!r}", param_hint="--name")
    found = discover(config, url)
    if isinstance(found, int):
        sys.exit(found)
    best = found.found
    if best is None:
        _nothing_found(found, fmt)
        return
    refuse_watched(config, best.candidate.url)
    source = _entry(
        best, name or name_for(url, best.candidate.kind, taken, best.poll.title), every, language
    )
    today = datetime.now(UTC).date().isoformat()
    table = toml_table(source, f"{best.poll.title or url} (added {today}: {best.candidate.why})")
    if not dry_run:
        append_source(file, table, config_path)
    _report_added(found, best, source, file, table, dry_run, fmt)


def _entry(best: Any, name: str, every: str, language: str | None) -> dict[str, Any]:
    """The [[sources]] entry of the candidate found, checked as the configuration would."""
    from pydantic import ValidationError

    from monitor.config import SourceConfig
    from monitor.service.identity import language_code

    source: dict[str, Any] = {
        "name": name,
        "kind": best.candidate.kind,
        "url": best.candidate.url,
        "every": every,
    }
    code = language or language_code(best.poll.language)
    if code:
        source["language"] = code
    if best.candidate.link_pattern:
        source["link_pattern"] = best.candidate.link_pattern
    try:
        SourceConfig.model_validate(source)
    except ValidationError as exc:
        problems = [f"at '{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors()]
        raise click.UsageError(
            "; ".join(problems) + ": check --name, --every and --language"
        ) from None
    return source


def _nothing_found(found: Any, fmt: str) -> None:
    """The URL could not be fetched (exit 3), or nothing behind it can be polled (exit 1)."""
    if found.page.error:
        click.echo(f"Error: {found.url} could not be fetched: {found.page.error}", err=True)
        click.echo(
            "Hint: check the URL in a browser, and the network (`basewatch doctor`)", err=True
        )
        sys.exit(ExitCode.FAILED)
    if fmt == "json":
        tried = [found_json(t) for t in found.tried]
        click.echo(json.dumps({"added": False, "found": None, "tried": tried}, indent=2))
    else:
        click.echo(f"nothing to poll behind {found.url}; tried:", err=True)
        for t in found.tried:
            click.echo(found_line(t), err=True)
        click.echo(
            "Hint: give the URL of the outlet's RSS feed or news sitemap if you know it, or "
            "write a listing source with a link_pattern by hand",
            err=True,
        )
    sys.exit(ExitCode.PARTIAL)


def _report_added(
    found: Any, best: Any, source: dict[str, Any], file: Path, table: str, dry: bool, fmt: str
) -> None:
    if fmt == "json":
        report = {
            "added": not dry,
            "file": str(file),
            "source": source,
            "found": found_json(best),
            "tried": [found_json(t) for t in found.tried],
        }
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo(f"found ({best.candidate.why}):")
    click.echo(found_line(best))
    click.echo(f"\n{'would add' if dry else 'added'} to {file}:\n\n{table}")
    if not dry:
        click.echo(
            f"The daemon polls it after a reload (systemctl reload basewatch, or SIGHUP); "
            f"`basewatch sources test {source['name']}` shows what it would store."
        )


TEST_STATUS = """\b
Exit status:
  0  the source answered (whatever its articles are)
  1  the URL answered, but nothing behind it could be polled
  2  a usage or configuration error: no such source
  3  the source did not answer"""


@click.command("test", epilog=TEST_STATUS)
@config_option
@click.argument("source")
@click.option("--limit", default=10, show_default=True, help="Most new articles fetched.")
@click.option("--all", "fetch_all", is_flag=True, help="Fetch articles the archive holds too.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@handle_errors
def test_source(
    ctx: click.Context, config_path: Path, source: str, limit: int, fetch_all: bool, fmt: str
) -> None:
    """Poll SOURCE (a configured name, or a URL as `sources add` would find it) once,
    fetch its new articles and show what would be stored and matched: titles, dates,
    detections. Nothing is stored; articles the archive holds are not fetched (--all
    fetches them too)."""
    from monitor.config import load_config
    from monitor.service.discovery import Discovery, trial

    config_path = group_param(ctx, "config_path")
    config = load_config(config_path)
    chosen = _source_to_test(config, source)
    with _known_urls(config_path, config, fetch_all) as known:
        tried = trial(config, chosen, known=known, limit=limit, now=lambda: datetime.now(UTC))
    if isinstance(tried, int):
        sys.exit(tried)
    if isinstance(tried, Discovery):  # a URL that failed, or with nothing behind it
        _nothing_found(tried, fmt)
        return
    minimum = config.matcher.min_confidence
    if fmt == "json":
        click.echo(json.dumps(trial_json(tried, minimum), ensure_ascii=False, indent=2))
    else:
        click.echo(trial_table(tried, minimum))
    answered = tried.poll is not None and tried.poll.error is None
    sys.exit(ExitCode.OK if answered else ExitCode.FAILED)


def _source_to_test(config: Any, given: str) -> Any:
    """A configured source by name, or the URL given (found behind it when polled)."""
    by_name = {s.name: s for s in config.sources}
    if given in by_name:
        return by_name[given]
    if re.match(r"^https?://[^/\s]+", given):
        watched = [s for s in config.sources if same_url(s.url, given)]
        return watched[0] if watched else given
    raise click.BadParameter(
        f"no source named {given!r}: give a name `basewatch sources` lists, or a URL",
        param_hint="SOURCE",
    )


@contextmanager
def _known_urls(
    config_path: Path, config: Any, fetch_all: bool
) -> Iterator[Callable[[list[str]], set[str]]]:
    """Which article URLs the archive holds already (none with --all, or no archive)."""
    path = config.archive.path
    if fetch_all or not path.exists():
        yield lambda urls: set()
        return
    with open_archive(config_path, path) as store:
        yield store.known_urls
