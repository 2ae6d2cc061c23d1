"""The README's commands exist and work as written."""

from __future__ import annotations

import re

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
    documented = set(re.findall(r"^\| `basewatch ([a-z-]+)", README, re.M))
    assert {"run", "demo", "check-config", "match", "incidents", "eval"} <= documented
    for command in documented:
        result = basewatch(command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage:" in result.stdout


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
