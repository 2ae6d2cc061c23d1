"""`basewatch demo` runs offline, ends by itself, and shows one alert per sample incident."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.conftest import EXPECTED, basewatch


def test_demo_shows_alerts_and_fills_the_archive(tmp_path: Path) -> None:
    result = basewatch("demo", "--workdir", str(tmp_path / "demo"), timeout=60)
    assert result.returncode == 0, result.stderr
    # a healthy run says nothing alarming: the sample page that is gone (a 404) is an
    # outcome, matched on its feed summary, not a warning
    assert not re.search(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback", result.stderr), result.stderr
    assert "article page unavailable source=defence-desk" in result.stderr
    expected = EXPECTED["incidents"]
    assert f"{len(expected)} alert(s) received by the webhook" in result.stdout
    for incident in expected:
        assert incident["attack_date"] in result.stdout
    conn = sqlite3.connect(tmp_path / "demo" / "demo.db")
    found = {r[0] for r in conn.execute("select place_id from incidents")}
    conn.close()
    assert found == {i["base"] for i in expected}
