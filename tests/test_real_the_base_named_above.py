"""The base a lead names, then "the base" hit a line below (in our own words): "The coalition
handed its part of Besmaya base to Iraqi forces." "On Friday the base was hit by several
Katyusha rockets." tells an attack on Besmaya, though the lead that names it tells none; a
story whose lead names a base and whose "base" below is hit by nothing stays untaken."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

SATURDAY = local_time("2020-07-25", 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "A coligação internacional liderada pelos EUA entregou às forças iraquianas o setor "
            "da base de Besmayah que controlava.\n\nNesta sexta-feira, a base foi atingida por "
            "vários rockets Katyusha, sem feridos.",
        ),
        (
            "en",
            "The US-led coalition handed its sector of Besmaya base over to Iraqi forces on "
            "Saturday.\n\nOn Friday the base was hit by several Katyusha rockets, with no one "
            "hurt.",
        ),
    ],
)
def test_the_base_below_a_lead_that_names_it(language: str, text: str) -> None:
    d = _match("", text, SATURDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["besmaya"]
    assert d.attack_date == date(2020, 7, 24)


def test_a_lead_that_names_a_base_and_no_attack_stays_untaken() -> None:
    d = _match(
        "",
        "The US-led coalition handed its sector of Besmaya base over to Iraqi forces on "
        "Saturday.\n\nThe base trained a fifth of Iraq's security forces since 2014, a "
        "coalition spokesman said.",
        SATURDAY,
    )
    assert not d.attack
