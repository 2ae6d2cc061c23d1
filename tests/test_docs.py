"""The README's commands exist and work as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, basewatch

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quickstart_comes_first_and_names_the_two_commands() -> None:
    quickstart = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    for command in ("make demo", "make test", "make run"):
        assert command in quickstart
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "run"):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_every_documented_command_has_help() -> None:
    documented = set(re.findall(r"^\| `basewatch ([a-z-]+(?: [a-z-]+)?)", README, re.M))
    assert {"run", "demo", "check-config", "match", "incidents", "eval"} <= documented
    assert {"status", "channels", "sources add", "sources test"} <= documented
    for command in documented:
        result = basewatch(*command.split(), "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage:" in result.stdout


def test_shell_completion_works_as_the_readme_says() -> None:
    """The console script completes commands and subcommands through click's
    _BASEWATCH_COMPLETE, and prints the script the README tells users to source."""
    assert "_BASEWATCH_COMPLETE=bash_source basewatch" in README
    script = Path(sys.executable).parent / "basewatch"
    env = {**os.environ, "_BASEWATCH_COMPLETE": "bash_complete"}

    def complete(words: str, index: int) -> list[str]:
        result = subprocess.run(
            [str(script)],
            env={**env, "COMP_WORDS": words, "COMP_CWORD": str(index)},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    assert complete("basewatch sta", 1) == ["stats", "status"]
    assert complete("basewatch sources ", 2) == ["add", "check", "test"]
    source = subprocess.run(
        [str(script)],
        env={**os.environ, "_BASEWATCH_COMPLETE": "bash_source"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "complete -o nosort -F _basewatch_completion basewatch" in source.stdout


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
