"""Where a command finds its configuration and its archive.

The configuration: `--config FILE`, else `$BASEWATCH_CONFIG`, else the first that exists of
`./config/basewatch.toml`, `$XDG_CONFIG_HOME/basewatch/basewatch.toml` (`~/.config` when
the variable is unset) and `/etc/basewatch/basewatch.toml`. A command says which it used
(one log line) unless it was named on its command line. The archive: `--archive FILE`,
else `$BASEWATCH_ARCHIVE`, else the configuration's `[archive] path`; a command given an
archive needs no configuration to query it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

import click
from click.core import ParameterSource

logger = logging.getLogger(__name__)
NAME = "basewatch.toml"


def config_places(environ: Mapping[str, str]) -> list[tuple[Path, str]]:
    """Where a configuration is looked for, in order, each with how to name the place."""
    home = environ.get("HOME") or str(Path.home())
    xdg = environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    return [
        (Path("config") / NAME, "./config"),
        (Path(xdg) / "basewatch" / NAME, "XDG_CONFIG_HOME"),
        (Path("/etc/basewatch") / NAME, "/etc/basewatch"),
    ]


def find_config(environ: Mapping[str, str]) -> tuple[Path, str] | None:
    """The first configuration file of `config_places` that exists, and its place."""
    return next(((p, where) for p, where in config_places(environ) if p.is_file()), None)


class ConfigNotFoundError(click.ClickException):
    """No configuration anywhere it is looked for: exit 2, saying where it looked."""

    exit_code = 2

    def __init__(self, environ: Mapping[str, str]) -> None:
        places = ", ".join(
            p.as_posix() if p.is_absolute() else f"./{p}" for p, _ in config_places(environ)
        )
        super().__init__(
            f"no configuration found: looked for {places}\n"
            "Hint: pass --config FILE or set BASEWATCH_CONFIG (config/basewatch.toml in the "
            "source tree documents every option); a query also works with --archive FILE alone"
        )


def resolve_config(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    """The --config option's value: as given, or found (see the module's doc). With an
    archive given, a query needs no configuration: then a missing one is no error here (a
    command that reads it anyway says the file is missing)."""
    name = param.name or "config_path"
    parent = ctx.parent.params if ctx.parent is not None else {}
    if value is None and parent.get(name) is not None:
        return Path(parent[name])  # a group's subcommand: the group's configuration
    archive_given = (ctx.params.get("archive_path") or parent.get("archive_path")) is not None
    if value is not None:
        if ctx.get_parameter_source(name) is ParameterSource.ENVIRONMENT and not archive_given:
            logger.info("configuration path=%s from=BASEWATCH_CONFIG", value)
        return value
    found = find_config(os.environ)
    if found is None:
        if archive_given:
            return config_places(os.environ)[0][0]
        raise ConfigNotFoundError(os.environ)
    path, where = found
    if not archive_given:
        logger.info("configuration path=%s from=%s", path, where)
    return path


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="BASEWATCH_CONFIG",
    callback=resolve_config,
    help="Configuration file [default: $BASEWATCH_CONFIG, else ./config/basewatch.toml, "
    "$XDG_CONFIG_HOME/basewatch/basewatch.toml, /etc/basewatch/basewatch.toml]",
)

archive_option = click.option(
    "--archive",
    "archive_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="BASEWATCH_ARCHIVE",
    is_eager=True,  # known before --config is looked for: a query of it needs none
    help="Archive file [default: $BASEWATCH_ARCHIVE, else [archive] path of the configuration]",
)
