"""The suite leaves nothing running: a session in which a test leaves a process behind
fails, names the process and ends it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

LEAKY = """
import subprocess
import sys


def test_starts_a_process_and_forgets_it():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
"""


def test_a_session_that_leaves_a_process_running_fails(tmp_path: Path) -> None:
    (tmp_path / "test_leaky.py").write_text(LEAKY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest"]
        + ["--rootdir", str(tmp_path), str(tmp_path / "test_leaky.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "1 passed" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 process(es) started by the tests still run" in result.stderr
    assert "time.sleep(300)" in result.stderr
