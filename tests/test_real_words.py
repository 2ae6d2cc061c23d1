"""Words real reports use for an attack, and names that carry a target word (in our own
words): Dutch drones "shot out of the air" and "the interception", English rockets that
"land" in the Green Zone or "came down within" it, and Kuwait's "civilian port" of Shuaiba,
where a strike killed US soldiers: the port's name, not a civilian target; "a logistics
support base (located) in Jordan", as the press called Tower 22 before naming it; German drones
"fetched from the sky" and Urdu drones that "struck" (وار کیا)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


def test_dutch_drones_shot_out_of_the_air_over_the_base_are_an_attack() -> None:
    d = _match(
        "Drones boven Iraakse basis neergehaald",
        "Zondag zijn twee drones uit de lucht geschoten boven een Iraakse basis met Amerikaanse "
        "militairen.\n\nHet onderscheppen gebeurde bij zonsopgang boven de luchtmachtbasis Ain "
        "al-Assad in de westelijke woestijn, aldus het Iraakse leger.",
        datetime(2021, 6, 6, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2021, 6, 6)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Two Katyusha rockets land in Baghdad's Green Zone",
            "Sirens sounded at the US embassy, police sources said; the army said nobody was hurt.",
        ),
        (
            "",
            "Katyusha rockets came down within Baghdad's Green Zone late on Wednesday, police "
            "sources said, and sirens sounded at the US embassy.",
        ),
    ],
)
def test_rockets_that_land_or_came_down_within_the_green_zone_are_an_attack(
    title: str, text: str
) -> None:
    d = _match(title, text, datetime(2020, 1, 8, 23, 30, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]


@pytest.mark.parametrize(
    "text",
    [
        "A direct hit by an Iranian missile on a makeshift operations centre inside the Shuaiba "
        "civilian port killed six US soldiers on Sunday, the Pentagon said.",
        "قال البنتاغون إن صاروخا إيرانيا أصاب يوم الأحد مركز عمليات مؤقتا داخل ميناء الشعيبة "
        "المدني وقتل ستة جنود أمريكيين.",
    ],
)
def test_the_civilian_port_of_shuaiba_is_the_ports_name_not_a_civilian_target(text: str) -> None:
    d = _match("", text, datetime(2026, 3, 1, 20, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["shuaiba-port"]
    assert d.attack_date == date(2026, 3, 1)


def test_the_logistics_support_base_in_jordan_is_tower_22() -> None:
    d = _match(
        "US troops at Jordan logistics base hit in drone attack",
        "A one-way attack drone struck a logistics support base in Jordan close to the Syrian "
        "border early on Sunday, killing three US soldiers, US Central Command said.",
        datetime(2024, 1, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == date(2024, 1, 28)


def test_the_logistics_base_located_in_jordan_is_tower_22() -> None:
    # the outpost is never named: "located" stands between the base and its country
    d = _match(
        "Three US soldiers killed in drone strike",
        "Three US soldiers died on Sunday when a drone struck their logistics support base "
        "located in Jordan, by the Syrian border, the Pentagon said.",
        datetime(2024, 1, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Drohne über US-Botschaft in Bagdad zum Absturz gebracht",
            "Am frühen Dienstag holte die Abwehranlage der US-Botschaft in Bagdad eine bewaffnete "
            "Drohne vom Himmel, teilte die Botschaft mit.",
        ),
        (
            "",
            "بغداد: منگل کو تین ڈرونز نے بغداد میں امریکی سفارت خانے پر وار کیا، حکام نے بتایا۔",
        ),
    ],
)
def test_a_drone_fetched_from_the_sky_or_drones_that_struck_the_embassy(
    title: str, text: str
) -> None:
    d = _match(title, text, datetime(2021, 7, 6, 18, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2021, 7, 6)
