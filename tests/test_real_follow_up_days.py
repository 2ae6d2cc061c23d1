"""A follow-up whose evidence gives no day takes the day another sentence gives the attack
it follows ("the troops hurt in Iran's Jan. 8 missile attack on Ain al-Asad"), within
FOLLOW_UP_DAYS, as seen on real reports (in our own words)."""

from __future__ import annotations

from datetime import date, datetime

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match


def test_a_follow_up_takes_the_day_of_the_attack_it_follows() -> None:
    d = _match(
        "Pentagon: eleven soldiers treated for concussion at Iraqi base",
        "Eleven American soldiers were treated for concussion symptoms after the missile "
        "attack on Ain al-Asad air base, the Pentagon said.\n\n"
        "Some were flown to Germany for checks.\n\n"
        "Others stayed on duty.\n\nThe US troops were hurt in Iran's Jan. 8 missile strike, "
        "which first reports said had wounded no one.",
        datetime(2020, 1, 17, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


def test_an_attack_dated_beyond_the_follow_up_window_is_old() -> None:
    d = _match(
        "Pentagon: more soldiers treated for concussion at Iraqi base",
        "More American soldiers were treated for concussion symptoms after the missile "
        "attack on Ain al-Asad air base, the Pentagon said.\n\n"
        "Some were flown to Germany for checks.\n\n"
        "Others stayed on duty.\n\nThe US troops were hurt in Iran's Jan. 8 missile strike, "
        "which first reports said had wounded no one.",
        datetime(2020, 2, 10, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
