"""A weekday of the event an attack follows ("the attack comes after the US killed a general
on Thursday", "dopo il raid di sabato notte") is not the attack's day, as seen on real
reports (in our own words); "after midnight on Tuesday" still is."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

SATURDAY = datetime(2020, 1, 4, 21, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rockets hit Iraqi base housing US troops",
            "Two rockets landed inside Balad air base north of Baghdad, which hosts American "
            "contractors, security sources said.\n\nNo group said it fired them.\n\n"
            "Iraqi forces searched the area.\n\nThe attack comes after the US killed an "
            "Iranian general in a drone strike in Baghdad on Thursday.",
        ),
        (
            "Razzi contro la base di Balad",
            "Due razzi sono caduti nella base aerea di Balad, a nord di Baghdad, che ospita "
            "contractor americani, secondo fonti della sicurezza.\n\nNessun gruppo li ha "
            "rivendicati.\n\nLe forze irachene hanno perlustrato la zona.\n\n"
            "Il lancio arriva dopo il raid americano di giovedì notte a Baghdad.",
        ),
    ],
)
def test_the_day_of_an_earlier_event_is_not_the_attacks(title: str, text: str) -> None:
    d = _match(title, text, SATURDAY)
    assert d.attack
    assert d.attack_date == date(2020, 1, 4)


def test_after_midnight_on_a_weekday_is_the_attacks_day() -> None:
    d = _match(
        "Rockets hit Iraqi base housing US troops",
        "Two rockets landed inside Balad air base north of Baghdad, which hosts American "
        "contractors, security sources said.\n\nThe rockets fell shortly after midnight on "
        "Thursday, a source added.",
        SATURDAY,
    )
    assert d.attack
    assert d.attack_date == date(2020, 1, 2)
