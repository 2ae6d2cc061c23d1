"""Attacks told as repeated since a war began are a recall (in our own words), in Portuguese
and Spanish as in English ("several times", "since the start of"): "Desde o início da
campanha, foram intercetados drones por diversas vezes sobre Erbil, que alberga um consulado
dos EUA" does not make the consulate the target of the day's drones at Erbil airport."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time, matcher

MONDAY = local_time("2026-03-02", 12)


def test_a_consulate_named_in_a_run_of_interceptions_is_no_target() -> None:
    d = _match(
        "Explosões ouvidas perto do aeroporto de Erbil",
        "Explosões foram ouvidas hoje perto do aeroporto de Erbil, que alberga tropas da "
        "coligação liderada pelos EUA. Os sistemas de defesa aérea abateram drones.\n\n"
        "Desde o início da campanha contra o Irão, foram intercetados drones por diversas vezes "
        "sobre Erbil, uma cidade que alberga um importante consulado dos EUA.",
        MONDAY,
        language="pt",
    )
    assert d.attack
    assert _bases(d) == ["erbil-air-base"]


@pytest.mark.parametrize(
    "text",
    [
        "Desde o início da guerra, drones foram abatidos por diversas vezes sobre a base.",
        "Desde el inicio de la guerra, la base fue atacada con drones en varias ocasiones.",
    ],
)
def test_repeated_attacks_since_a_war_began_are_a_recall(text: str) -> None:
    reading = matcher().reader.read(5, text, year=2026)
    assert "recall" in reading.flags
