"""`basewatch serve`: the archive in Datasette, loaded in a real headless Chromium and by a
visitor's HTTP requests: what it shows, what it hides, how it opens the file and stops."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from monitor.query.chart import colour, monday
from tests.conftest import EXPECTED, ROOT, basewatch, other_user
from tests.png import colours

DB = "demo"  # the archive's name in the web view: its file's stem
INCIDENTS = sorted(f"{i['attack_date']}-{i['base']}" for i in EXPECTED["incidents"])

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
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("web")
    result = basewatch("demo", "--workdir", str(workdir / "demo"), timeout=120)
    assert result.returncode == 0, result.stderr
    return workdir / "demo" / f"{DB}.db"


@pytest.fixture
def archive(demo_archive: Path, tmp_path: Path) -> Path:
    """A copy of the demo archive of this test's own."""
    copy = tmp_path / demo_archive.name
    shutil.copy(demo_archive, copy)
    return copy


@pytest.fixture(scope="module")
def server(demo_archive: Path) -> Iterator[str]:
    process, base = _start(demo_archive)
    yield base
    process.terminate()
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


def _screenshot(url: str, tmp_path: Path, name: str) -> Path:
    """A PNG of the page as headless Chromium draws it, kept under the test's tmp_path."""
    chromium = shutil.which("chromium")
    assert chromium, "Chromium is missing: `make test` installs Debian's chromium package"
    shot = tmp_path / name
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
        + ["--window-size=1000,1100", f"--screenshot={shot}", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.is_file(), result.stderr[-2000:]
    return shot


def test_incidents_page_charts_incidents_per_week_by_country(server: str, tmp_path: Path) -> None:
    status, body = _get(f"{server}/{DB}/incidents.json?_shape=array&_col=attack_date&_col=country")
    assert status == 200, body[:300]
    rows = json.loads(body)
    weeks = Counter((monday(date.fromisoformat(r["attack_date"])), r["country"]) for r in rows)
    assert len(weeks) >= 2  # the demo's attacks fall in different weeks
    dom = _dom(f"{server}/{DB}/incidents", tmp_path)
    assert "Incidents per week, by country" in dom
    bars = re.findall(
        r'<rect class="bar"[^>]*data-week="([\d-]+)" data-country="([^"]+)" data-count="(\d+)"',
        dom,
    )
    drawn = Counter({(date.fromisoformat(w), c): int(n) for w, c, n in bars})
    assert drawn == weeks  # one bar a week and country, as tall as its incidents
    assert "leaflet-container" in dom  # beside the map
    assert not re.search(r'<script[^>]+src="https?://(?!127\.0\.0\.1)', dom)  # all local
    countries = sorted({c for _, c in weeks}, key=lambda c: (-weeks_of(weeks, c), c))
    painted = colours(_screenshot(f"{server}/{DB}/incidents", tmp_path, "incidents.png"))
    for country in countries:  # each country's bars are on the screen, in its colour
        assert painted[colour(tuple(countries), country)] > 500, (country, painted.most_common(8))


def weeks_of(weeks: Counter[tuple[date, str]], country: str) -> int:
    return sum(n for (_, c), n in weeks.items() if c == country)


def test_canned_search_finds_and_highlights(server: str, tmp_path: Path) -> None:
    dom = _dom(f"{server}/demo/search_articles?q=Katyusha", tmp_path)
    assert "[Katyusha]" in dom
    assert "ain-al-asad-rockets.html" in dom


@pytest.mark.parametrize(
    "query", ["drone OR rocket", "rock*", '"air base" NOT Erbil', "Ain al-Asad", "U.S."]
)
def test_the_web_search_reads_queries_as_the_cli_does(
    server: str, demo_archive: Path, query: str
) -> None:
    q = urllib.parse.quote(query)
    status, body = _get(f"{server}/{DB}/search_articles.json?_shape=array&q={q}")
    assert status == 200, body[:500]
    web = [(row["id"], row["snippet"]) for row in json.loads(body)]
    cli = basewatch(
        "search", query, "--archive", str(demo_archive), "--limit", "50", "--format", "json"
    )
    assert cli.returncode == 0, cli.stderr
    assert web == [(hit["id"], hit["snippet"]) for hit in json.loads(cli.stdout)]
    assert web  # each query finds something in the sample outlets


def _start(archive: Path, *args: str, prefix: tuple[str, ...] = ()) -> tuple[Any, str]:
    """`basewatch serve` on a free loopback port; returns it and its base URL once up."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", "monitor", "serve", "--archive", str(archive)]
        + ["--port", str(port), *args],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if "Uvicorn running" in line:
            return process, f"http://127.0.0.1:{port}"
    pytest.fail("basewatch serve ended before serving")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _ids(base: str) -> list[str]:
    status, body = _get(f"{base}/{DB}/incidents.json?_shape=array&_col=id&_size=max")
    assert status == 200, body[:500]
    return [row["id"] for row in json.loads(body)]


def test_a_visitor_reads_incidents_articles_and_bases(server: str) -> None:
    assert sorted(_ids(server)) == INCIDENTS
    for table in ("articles", "bases", "detections", "incident_articles"):
        status, body = _get(f"{server}/{DB}/{table}.json?_shape=array")
        assert status == 200, (table, body[:300])
        assert json.loads(body), table
    status, body = _get(f"{server}/{DB}/latest_incidents.json?_shape=array")
    assert status == 200
    assert len(json.loads(body)) == len(EXPECTED["incidents"])


@pytest.mark.parametrize(
    "path",
    [
        "sources.json",
        "alerts.json",
        "reports.json",
        "_sqlite_migrations.json",
        "sources.csv",
        "sources/gulf-wire.json",
        "alerts/1.json",
        "incidents.json?_where=1%3D1",
        ".json?sql=select+1",
        ".json?sql=select+url+from+sources",
    ],
)
def test_a_visitor_cannot_read_hidden_tables_nor_run_sql(server: str, path: str) -> None:
    url = f"{server}/{DB}{path}" if path.startswith(".") else f"{server}/{DB}/{path}"
    status, body = _get(url)
    assert status == 403, (path, status, body[:300])
    assert "feed.xml" not in body


def test_hidden_tables_are_not_listed_nor_downloadable(server: str) -> None:
    status, body = _get(f"{server}/{DB}.json")
    assert status == 200
    listed = {t["name"] for t in json.loads(body)["tables"]}
    assert {"incidents", "articles", "bases"} <= listed
    assert not listed & {"sources", "alerts", "reports", "_sqlite_migrations"}
    assert _get(f"{server}/{DB}.db")[0] == 403  # the file holds the hidden tables too
    assert "feed.xml" not in _get(f"{server}/-/metadata.json")[1]


def test_allow_sql_runs_queries_but_hidden_tables_stay_unreadable(archive: Path) -> None:
    process, base = _start(archive, "--allow-sql")
    try:
        status, body = _get(
            f"{base}/{DB}.json?sql=select+count(*)+as+n+from+incidents&_shape=array"
        )
        assert status == 200, body[:300]
        assert json.loads(body) == [{"n": len(EXPECTED["incidents"])}]
        for sql in ("select url from sources", "select * from alerts", "select * from reports"):
            status, body = _get(f"{base}/{DB}.json?sql={urllib.parse.quote(sql)}")
            assert status == 400, (sql, body[:300])
            assert "is prohibited" in body  # SQLite's answer to the authorizer
            assert "feed.xml" not in body
    finally:
        process.terminate()
        process.communicate(timeout=30)


def _holding(path: Path) -> list[int]:
    """Processes whose command line names `path`."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if proc.name.isdigit() and str(path).encode() in cmdline:
            found.append(int(proc.name))
    return found


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_on_sigterm_and_ctrl_c(archive: Path, sig: signal.Signals) -> None:
    process, base = _start(archive)
    assert _get(f"{base}/{DB}.json")[0] == 200
    process.send_signal(sig)
    process.communicate(timeout=10)
    assert process.returncode == 0
    port = int(base.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass
    assert _holding(archive) == []  # no Datasette left behind


def test_serve_never_writes_the_archive(archive: Path) -> None:
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    process, base = _start(archive)
    try:
        _ids(base)
        _get(f"{base}/{DB}/search_articles.json?q=rockets")
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before


def test_serve_warns_when_listening_beyond_loopback(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    wide = basewatch("serve", "--host", "0.0.0.0", "--archive", missing)
    assert "warning: listening on 0.0.0.0" in wide.stderr
    assert wide.returncode == 2  # no archive there: refused, as by every query command
    assert "no archive at" in wide.stderr
    local = basewatch("serve", "--archive", missing)
    assert "warning" not in local.stderr


@pytest.fixture
def shared(archive: Path) -> Iterator[Path]:
    """The archive in a folder other users may read but not write (outside the tests'
    own, which only their owner may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="basewatch-shared-"))
    folder.chmod(0o755)
    copy = folder / archive.name
    shutil.copy(archive, copy)
    copy.chmod(0o644)
    yield copy
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _reader(folder: Path) -> tuple[str, ...]:
    """A user who cannot write `folder`."""
    user = other_user()
    if not user:
        folder.chmod(0o555)
    return user


def _wait_for(process: Any, text: str) -> None:
    for line in process.stderr:
        if text in line:
            return
    pytest.fail(f"basewatch serve ended before saying {text!r}")


def test_a_user_who_cannot_write_the_folder_reads_the_archive_live(shared: Path) -> None:
    """No writer: SQLite cannot make the -shm, so a snapshot is served; once the daemon
    opens the archive the view reads it live, and goes on after the daemon closes it."""
    process, base = _start(shared, prefix=_reader(shared.parent))
    try:
        assert sorted(_ids(base)) == INCIDENTS
        assert not Path(f"{shared}-shm").exists()  # the reader made nothing
        shared.parent.chmod(0o755)  # the daemon's user may write its folder
        daemon = sqlite3.connect(shared)
        daemon.execute(
            "insert into incidents (id, place_id, place_name, attack_date) "
            "values ('2099-01-01-test-base', 'test-base', 'Test Base', '2099-01-01')"
        )
        daemon.commit()
        _wait_for(process, "reading it live")
        _wait_for(process, "Uvicorn running")
        assert "2099-01-01-test-base" in _ids(base)
        daemon.close()
        assert "2099-01-01-test-base" in _ids(base)
    finally:
        process.terminate()
        process.communicate(timeout=30)
