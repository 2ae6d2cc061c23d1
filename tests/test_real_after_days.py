"""A weekday of the event an attack follows ("the attack comes after the US killed a general
on Thursday", "dopo il raid di sabato notte") is not the attack's day, as seen on real
reports (in our own words); "after midnight on Tuesday" still is."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

SATURDAY = datetime(2020, 1, 4, 21, 0, tzinfo=IRAQ)
MONDAY = datetime(2025, 6, 23, 23, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text", "published", "day"),
    [
        (
            "Rockets hit Iraqi base housing US troops",
            "Two rockets landed inside Balad air base north of Baghdad, which hosts American "
            "contractors, security sources said.\n\nNo group said it fired them.\n\n"
            "Iraqi forces searched the area.\n\nThe attack comes after the US killed an "
            "Iranian general in a drone strike in Baghdad on Thursday.",
            SATURDAY,
            date(2020, 1, 4),
        ),
        (
            "Razzi contro la base di Balad",
            "Due razzi sono caduti nella base aerea di Balad, a nord di Baghdad, che ospita "
            "contractor americani, secondo fonti della sicurezza.\n\nNessun gruppo li ha "
            "rivendicati.\n\nLe forze irachene hanno perlustrato la zona.\n\n"
            "Il lancio arriva dopo il raid americano di giovedì notte a Baghdad.",
            SATURDAY,
            date(2020, 1, 4),
        ),
        # the US bombing an attack answers
        (
            "Missili iraniani contro la base di Al Udeid",
            "L'Iran ha lanciato missili balistici contro la base aerea americana di Al Udeid "
            "in Qatar, ha detto il ministero della Difesa di Doha.\n\nI lanci seguono i "
            "bombardamenti di sabato notte sui siti nucleari iraniani.",
            MONDAY,
            date(2025, 6, 23),
        ),
        (
            "Иран выпустил ракеты по базе Эль-Удейд",
            "Иран выпустил баллистические ракеты по американской авиабазе Эль-Удейд в Катаре, "
            "сообщило министерство обороны Катара.\n\nУдар нанесён в ответ на бомбардировку "
            "иранских ядерных объектов в субботу.",
            MONDAY,
            date(2025, 6, 23),
        ),
    ],
)
def test_the_day_of_an_earlier_event_is_not_the_attacks(
    title: str, text: str, published: datetime, day: date
) -> None:
    d = _match(title, text, published)
    assert d.attack
    assert d.attack_date == day


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


@pytest.mark.parametrize(
    "text",
    [
        "Doha, 23 de junio de 2025 - Irán lanzó varios misiles balísticos contra Al Udeid, la "
        "base aérea estadounidense en Qatar, como represalia por el bombardeo de sus "
        "instalaciones nucleares del sábado.",
        "Doha, 23 juin 2025 - L'Iran a tiré plusieurs missiles balistiques sur Al Udeid, la "
        "base aérienne américaine au Qatar, en représailles au bombardement de ses sites "
        "nucléaires samedi.",
        "Doha, 23 giugno 2025 - L'Iran ha lanciato diversi missili balistici contro Al Udeid, "
        "la base aerea americana in Qatar, in risposta ai bombardamenti dei suoi siti nucleari "
        "di sabato.",
    ],
)
def test_a_weekday_the_attack_answers_leaves_the_dateline_its_day(text: str) -> None:
    # the dateline's full date is the attack's: the Saturday is the bombing it answers
    d = _match("Iranian missiles fired at Al Udeid", text, MONDAY)
    assert d.attack
    assert d.attack_date == date(2025, 6, 23)
