"""Configuration files: reading TOML with a message that says what is wrong with the file,
the sources files a configuration names, and pydantic's errors as problems with their key
paths ("FILE: at 'sources[3].every': ..."). monitor.config uses them to load a run."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from monitor.errors import ConfigError


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def problems_of(file: Path, exc: ValidationError) -> list[str]:
    problems = []
    for err in exc.errors():
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key; check its spelling against config/basewatch.toml"
        elif err["type"] == "missing":
            msg = "required key is missing"
        problems.append(f"{file}: at '{_loc(err['loc'])}': {msg}")
    return problems


def read_toml(file: Path, missing: str = "file not found; pass --config PATH") -> dict[str, Any]:
    """A TOML file's data; ConfigError saying what is wrong with the file (`missing` when
    there is none) and how to fix it."""
    try:
        with file.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        problem = missing
    except IsADirectoryError:
        problem = "is a folder, not a file: name the TOML file in it"
    except PermissionError:
        problem = "this user may not read it: check its owner and mode"
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc}): check the path"
    except UnicodeDecodeError as exc:
        problem = (
            f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}): "
            "save it as UTF-8"
        )
    except tomllib.TOMLDecodeError as exc:
        problem = f"not valid TOML: {exc}"
    raise ConfigError([f"{file}: {problem}"])


def sources_files(file: Path, value: Any) -> tuple[list[Path], list[str]]:
    """The sources files `sources_files` names, relative to `file`, and its problems."""
    if not isinstance(value, list):
        return [], [f"{file}: at 'sources_files': must be a list of paths, e.g. [\"sources.toml\"]"]
    paths: list[Path] = []
    problems: list[str] = []
    for i, rel in enumerate(value):
        if not isinstance(rel, str) or not rel.strip():
            problems.append(f"{file}: at 'sources_files[{i}]': must be a path in quotes")
            continue
        paths.append(file.parent / rel if not Path(rel).is_absolute() else Path(rel))
    return paths, problems
