"""The date of another war told just before the evidence is not its attack's (in our own
words): "After Israel began its assault on Gaza on 7 October, attacks on bases hosting the
coalition go on", then "Ain al-Asad air base was attacked by an armed drone", in a report of
23 January 2024, had dated the drone by the Gaza war and thrown the report away as old. A
line just before that dates the attack on the base still does ("On Jan. 8, 2020, Iran fired
missiles." "Eleven struck Ain al-Asad.")."""

from __future__ import annotations

from datetime import date

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time


def test_the_gaza_wars_date_before_the_evidence_is_not_the_attacks() -> None:
    d = _match(
        "Drone attack on Iraq's Ain al-Asad air base",
        "After Israel began its assault on the Gaza Strip on 7 October, attacks on bases "
        "hosting the US-led coalition in Iraq and Syria go on.\n\n"
        "An armed drone attacked Ain al-Asad air base in Anbar province, in western Iraq.\n\n"
        "Iraqi security sources said air defences downed two drones before they reached the "
        "base.",
        local_time("2024-01-23", 15),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 1, 23)


def test_the_line_that_dates_the_attack_on_the_base_still_does() -> None:
    d = _match(
        "Months on, troops recall the night of the missiles",
        "On Jan. 8, 2020, Iran fired more than a dozen ballistic missiles at bases in Iraq.\n\n"
        "Eleven of them struck Ain al-Asad air base, where US troops were stationed.",
        local_time("2020-06-02", 12),
    )
    assert not d.attack
