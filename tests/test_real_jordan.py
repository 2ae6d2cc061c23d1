"""Jordan alone is where its attacks were: a report that says only that a drone hit US
troops "in Jordan" places the attack in north-eastern Jordan, where every attack on the
coalition in Jordan has been (Tower 22, January 2024), in the languages of the real reports
that said so (in our own words). The US strikes that answered it are not an attack on us.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

MONDAY = datetime(2024, 1, 29, 9, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "it",
            "Attacco con droni, uccisi tre soldati americani",
            "Un attacco con droni in Giordania ha ucciso domenica tre soldati americani e ne "
            "ha feriti almeno trenta, ha reso noto il Pentagono.",
        ),
        (
            "es",
            "Mueren tres militares estadounidenses",
            "Tres militares estadounidenses murieron el domingo y otros treinta resultaron "
            "heridos en el ataque de un dron contra un puesto en Jordania, según el Pentágono.",
        ),
        (
            "fr",
            "Trois soldats américains tués par un drone",
            "Une attaque de drone a tué dimanche trois soldats américains et blessé une "
            "trentaine d'autres sur un poste militaire en Jordanie, a indiqué le Pentagone.",
        ),
        (
            "de",
            "Drei US-Soldaten bei Drohnenangriff getötet",
            "Bei einem Drohnenangriff auf einen Stützpunkt in Jordanien sind am Sonntag drei "
            "US-Soldaten getötet und etwa dreißig verletzt worden, teilte das Pentagon mit.",
        ),
        (
            "id",
            "Tiga tentara AS tewas",
            "Serangan drone terhadap sebuah pos militer di Yordania menewaskan tiga tentara AS "
            "dan melukai sekitar tiga puluh lainnya pada hari Minggu, kata Pentagon.",
        ),
    ],
)
def test_an_attack_in_jordan_is_placed_in_its_north_east(
    language: str, title: str, text: str
) -> None:
    d = _match(title, text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "north-east-jordan"
    assert not d.bases
    assert d.attack_date == date(2024, 1, 28)


def test_the_us_strikes_that_answered_it_are_not_an_attack() -> None:
    d = _match(
        "Estados Unidos responde",
        "Según funcionarios estadounidenses, las fuerzas armadas estadounidenses emprendieron "
        "el viernes una serie de bombardeos con drones sobre decenas de emplazamientos en Siria "
        "e Irak que usan milicias, como represalia por el ataque que mató a tres militares en "
        "Jordania.",
        datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ),
        language="es",
    )
    assert not d.attack


@pytest.mark.parametrize(
    "attack",
    [
        "On Sunday, a drone attack on a military outpost in northeastern Jordan killed three US "
        "troops.",
        "On Sunday, a drone struck Tower 22 in Jordan, killing three US troops.",
    ],
)
def test_a_threat_told_days_after_the_attack_is_no_new_attack(attack: str) -> None:
    d = _match(
        "",
        "If Washington tries to avenge its three soldiers, Kataib Hezbollah is ready to "
        f"retaliate anywhere, a spokesman said on Wednesday.\n\n{attack}",
        date(2024, 1, 31),
    )
    assert not d.attack, d.reasons


def test_a_threat_beside_that_days_attack_leaves_the_attack_new() -> None:
    d = _match(
        "",
        "Kataib Hezbollah is ready to retaliate anywhere, a spokesman said on Monday.\n\n"
        "Early on Monday, a drone struck Tower 22 in Jordan, killing three US troops.",
        date(2024, 1, 29),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 29)
