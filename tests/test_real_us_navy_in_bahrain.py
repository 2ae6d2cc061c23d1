"""The US naval base in Bahrain as Spanish reports name it (in our own words): "una base
naval de EE.UU. en Bahréin" is Naval Support Activity Bahrain, as "la base naval
estadounidense en Bahréin" is; a base of another navy there is not."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

SATURDAY = local_time("2026-02-28", 20)


@pytest.mark.parametrize(
    "text",
    [
        "Irán lanzó misiles contra una base naval de EE.UU. en Bahréin horas después de la "
        "ofensiva contra su territorio.",
        "Irán lanzó misiles contra una base naval de EE. UU. en Baréin horas después de la "
        "ofensiva contra su territorio.",
        "Irán lanzó misiles contra la base naval de Estados Unidos en Bahréin horas después de "
        "la ofensiva contra su territorio.",
        "Irán lanzó misiles contra la base naval norteamericana en Baréin horas después de la "
        "ofensiva contra su territorio.",
    ],
)
def test_the_us_naval_base_in_bahrain(text: str) -> None:
    d = _match("", text, SATURDAY, language="es")
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_another_navys_base_there_is_not_the_us_one() -> None:
    d = _match(
        "",
        "Irán lanzó misiles contra la base naval británica en Bahréin horas después de la "
        "ofensiva contra su territorio.",
        SATURDAY,
        language="es",
    )
    assert "nsa-bahrain" not in _bases(d)
