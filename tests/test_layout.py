"""The house: monitor/ shows its stages as subpackages that say what they own, and no
module grows past what one idea needs."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

STAGES = ("cli", "demo", "service", "alerts", "query", "store", "detect")


def test_every_stage_says_what_it_owns_and_what_it_may_import() -> None:
    for stage in STAGES:
        init = ROOT / "monitor" / stage / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc, f"{init} has no docstring"
        assert "Owns:" in doc, init
        assert "May import:" in doc, init


def test_no_module_over_400_lines() -> None:
    for package in ("monitor", "crawler"):
        for path in (ROOT / package).rglob("*.py"):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= 400, f"{path.relative_to(ROOT)}: {lines} lines"
