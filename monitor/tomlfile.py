"""Reading a TOML file of the configuration (the main file, a sources file, the gazetteer)
with every way it can fail said as a ConfigError that names the file and the fix."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError


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
