"""Who strikes whom, as real reports put it (in our own words): a militia's drones against
"a US base in Syria in retaliation for" a US strike is an attack on the base; US forces
that strike "in retaliation for" an attack are the attacker, whether the cue comes after
them or starts with them."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

WEDNESDAY = datetime(2024, 2, 7, 22, 0, tzinfo=IRAQ)


def test_a_base_before_a_retaliation_cue_is_the_target() -> None:
    d = _match(
        "Militias send a drone swarm against a US base in Syria",
        "HASAKAH (local agency) - Militias backed by Iran sent a swarm of explosive drones on "
        "Wednesday against a U.S. base in Syria in retaliation for the Baghdad airstrike, local "
        "sources said.\n\nExplosions were heard around the base for half an hour.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US strikes militia sites",
            "U.S. forces struck three militia sites near al-Qaim on Wednesday in retaliation "
            "for the drone attack that wounded troops at a base in Syria.",
        ),
        (
            "Nach Raketenhagel auf US-Basis: US-Militär reagiert mit Gegenschlag im Irak",
            "Kampfflugzeuge der US-Streitkräfte griffen am Mittwoch drei Stellungen einer Miliz "
            "im Irak an.\n\nNach einem Angriff auf einen US-Luftwaffenstützpunkt bei Bagdad am "
            "Wochenende, bei dem mehrere US-Soldaten verletzt wurden, griff das US-Militär an.\n\n"
            "Am Samstag war der Stützpunkt Al Asad von mehreren Raketen getroffen worden.",
        ),
    ],
)
def test_us_forces_before_or_at_the_start_of_a_strike_cue_are_the_attacker(
    title: str, text: str
) -> None:
    d = _match(title, text, WEDNESDAY)
    assert not d.attack, d.reasons
