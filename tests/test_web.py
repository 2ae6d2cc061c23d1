"""`basewatch serve`: the archive in Datasette, loaded in a real headless Chromium."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXPECTED, ROOT, basewatch

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=15000",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("web")
    result = basewatch("demo", "--workdir", str(workdir / "demo"), timeout=120)
    assert result.returncode == 0, result.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "monitor",
            "serve",
            "--archive",
            str(workdir / "demo" / "demo.db"),
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:  # wait for the server to say it is up
        if "Uvicorn running" in line:
            break
    else:
        pytest.fail("basewatch serve ended before serving")
    yield f"http://127.0.0.1:{port}"
    process.terminate()  # `basewatch serve` passes it on to Datasette and waits for it
    process.communicate(timeout=30)


def _dom(url: str, tmp_path: Path) -> str:
    chromium = shutil.which("chromium")
    assert chromium, "Chromium is missing: `make test` installs Debian's chromium package"
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_incidents_page_shows_the_table_and_a_map(server: str, tmp_path: Path) -> None:
    dom = _dom(f"{server}/demo/incidents", tmp_path)
    assert "One row per attack" in dom  # the table's description from the metadata
    for incident in EXPECTED["incidents"]:
        assert incident["attack_date"] in dom
    assert "leaflet-container" in dom  # the map was drawn
    assert dom.count('class="leaflet-marker-icon') == len(EXPECTED["incidents"])


def test_canned_search_finds_and_highlights(server: str, tmp_path: Path) -> None:
    dom = _dom(f"{server}/demo/search_articles?q=Katyusha", tmp_path)
    assert "&lt;b&gt;Katyusha&lt;/b&gt;" in dom or "<b>Katyusha</b>" in dom
    assert "ain-al-asad-rockets.html" in dom
