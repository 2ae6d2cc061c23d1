"""Where commands find their configuration and their archive: --config, $BASEWATCH_CONFIG,
./config, $XDG_CONFIG_HOME, /etc/basewatch, in that order, with a line saying which;
--archive and $BASEWATCH_ARCHIVE on every command that opens the archive; and `sources`
showing what the archive holds."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.demo.server import SiteServer
from tests.conftest import basewatch, demo_archive, run_config, source, write_config

ETC = Path("/etc/basewatch/basewatch.toml")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_archive(tmp_path_factory, "finding")


def _in(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`basewatch ARGS` run in `cwd`, with a home and XDG folder of the test's own (and no
    BASEWATCH_* variables but those given)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")}
    clean.pop("XDG_CONFIG_HOME", None)
    clean["HOME"] = str(cwd / "home")
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**clean, "BASEWATCH_TEST_SESSION": os.environ["BASEWATCH_TEST_SESSION"], **env},
        check=False,
    )


def _config(folder: Path, archive: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_config(folder / "basewatch.toml", f'[archive]\npath = "{archive}"\n')


def _count(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, result.stderr
    return len(json.loads(result.stdout))


def test_a_query_of_a_named_archive_needs_no_configuration(tmp_path: Path, demo: Path) -> None:
    by_option = _in(tmp_path, "incidents", "--archive", str(demo), "--format", "json")
    assert _count(by_option) == 3
    assert by_option.stderr == ""
    by_variable = _in(tmp_path, "stats", "--format", "json", BASEWATCH_ARCHIVE=str(demo))
    assert by_variable.returncode == 0, by_variable.stderr
    assert sum(row["incidents"] for row in json.loads(by_variable.stdout)["country"]) == 3


def test_without_any_configuration_it_says_where_it_looked(tmp_path: Path) -> None:
    result = _in(tmp_path, "incidents")
    if ETC.is_file():  # an installed basewatch: the last place looked holds one
        assert "from=/etc/basewatch" in result.stderr
        return
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (
        f"no configuration found: looked for ./config/basewatch.toml, "
        f"{tmp_path}/home/.config/basewatch/basewatch.toml, {ETC}" in result.stderr
    )
    assert "BASEWATCH_CONFIG" in result.stderr
    assert "--archive" in result.stderr


def test_the_configuration_is_found_in_order_and_named(tmp_path: Path, demo: Path) -> None:
    empty = tmp_path / "empty.db"
    shutil.copy(demo, empty)
    conn = sqlite3.connect(empty)
    conn.execute("delete from incidents")
    conn.commit()
    conn.close()
    xdg = tmp_path / "xdg"
    _config(xdg / "basewatch", demo)  # three incidents
    found = _in(tmp_path, "incidents", "--format", "json", XDG_CONFIG_HOME=str(xdg))
    assert _count(found) == 3
    assert f"configuration path={xdg}/basewatch/basewatch.toml from=XDG_CONFIG_HOME" in (
        found.stderr
    )
    # ~/.config when XDG_CONFIG_HOME is not set
    _config(tmp_path / "home" / ".config" / "basewatch", demo)
    assert "from=XDG_CONFIG_HOME" in _in(tmp_path, "incidents").stderr
    # ./config comes first
    _config(tmp_path / "config", empty)
    local = _in(tmp_path, "incidents", "--format", "json", XDG_CONFIG_HOME=str(xdg))
    assert _count(local) == 0
    assert "configuration path=config/basewatch.toml from=./config" in local.stderr
    # $BASEWATCH_CONFIG before any place, --config before the variable
    variable = {"BASEWATCH_CONFIG": str(xdg / "basewatch/basewatch.toml")}
    named = _in(tmp_path, "incidents", "--format", "json", **variable)
    assert _count(named) == 3
    assert "from=BASEWATCH_CONFIG" in named.stderr
    given = _in(
        tmp_path, "incidents", "--config", "config/basewatch.toml", "--format", "json", **variable
    )
    assert _count(given) == 0
    assert "configuration path=" not in given.stderr  # named on the command line: known
    quiet = _in(tmp_path, "-q", "incidents", "--format", "json")
    assert "configuration path=" not in quiet.stderr  # an INFO line: -q leaves it out


def test_run_and_doctor_take_the_archive(tmp_path: Path, site: SiteServer) -> None:
    feed = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    config = run_config(tmp_path, feed, None)
    other = tmp_path / "other.db"
    result = basewatch("run", "--once", "--config", str(config), "--archive", str(other))
    assert result.returncode == 0, result.stderr
    assert f"archive={other}" in result.stderr
    assert not (tmp_path / "a.db").exists()  # the configuration's archive is left alone
    assert _count(basewatch("incidents", "--archive", str(other), "--format", "json")) >= 1
    doctor = basewatch(
        "doctor", "--config", str(config), "--format", "json", BASEWATCH_ARCHIVE=str(other)
    )
    checks = json.loads(doctor.stdout)
    assert any(c["check"].startswith(f"archive {other}") for c in checks), checks


def _sources(*args: str) -> dict[str, dict[str, object]]:
    result = basewatch("sources", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return {row["name"]: row for row in json.loads(result.stdout)}


def test_sources_shows_what_the_archive_holds(tmp_path: Path, site: SiteServer) -> None:
    polled = source("gulf-wire", f"{site.base}/gulf-wire/feed.xml")
    later = source("tigris-post", f"{site.base}/tigris-post/feed.xml")
    config = run_config(tmp_path, polled, None)
    assert basewatch("run", "--once", "--config", str(config)).returncode == 0
    # the configuration now lists another source, and no longer the polled one
    config.write_text(config.read_text().replace(polled, later), encoding="utf-8")
    listed = _sources("--config", str(config))
    assert set(listed) == {"gulf-wire", "tigris-post"}
    assert listed["gulf-wire"]["configured"] is False
    assert listed["gulf-wire"]["articles_seen"] == 4
    assert listed["tigris-post"]["configured"] is True
    assert listed["tigris-post"]["last_ok"] is None  # never polled
    table = basewatch("sources", "--config", str(config)).stdout
    assert "gulf-wire (not configured)" in table
    assert table.splitlines()[0].split()[:3] == ["source", "kind", "last"]
    # another archive than the configuration's: its own sources, none of the configured
    copy = tmp_path / "copy.db"
    shutil.copy(tmp_path / "a.db", copy)
    elsewhere = _sources("--config", str(config), "--archive", str(copy))
    assert set(elsewhere) == {"gulf-wire"}
    assert elsewhere["gulf-wire"]["configured"] is None
    # the configuration's own archive named with --archive is the same listing
    assert _sources("--config", str(config), "--archive", str(tmp_path / "a.db")) == listed
