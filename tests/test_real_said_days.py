"""Days a real report gives beside what was said of them (in our own words): "on Sunday
morning the army admitted that its base had been hit on Saturday evening" dates the attack
Saturday; an opening "Coming after a string of similar incidents, ..." leaves the day that
follows it ("the attack late on Feb. 15") to the attack."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

SUNDAY = datetime(2024, 1, 21, 10, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "Dimanche matin, le commandement américain a admis que la base aérienne d'Ain al-Asad "
        "avait été touchée, samedi en soirée, par des roquettes et des missiles balistiques "
        "tirés depuis l'Irak.",
        "On Sunday morning the US command admitted that Ain al-Asad air base had been struck "
        "on Saturday evening by rockets and ballistic missiles fired from inside Iraq.",
        "Am Sonntagmorgen räumte das US-Kommando ein, dass der Stützpunkt Ain al-Asad am "
        "Samstagabend von Raketen getroffen worden war, die aus dem Irak abgefeuert wurden.",
    ],
)
def test_a_weekday_after_what_was_said_is_the_attacks(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 1, 20)


def test_a_weekday_before_a_plain_statement_is_still_the_statements() -> None:
    # one weekday only: the day the command spoke is the latest the attack can be
    d = _match(
        "",
        "On Sunday morning the US command admitted that Ain al-Asad air base had been struck "
        "by rockets and ballistic missiles fired from inside Iraq.",
        datetime(2024, 1, 22, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 21)


def test_an_opening_clause_of_what_came_before_leaves_the_day_to_the_attack() -> None:
    d = _match(
        "Contractor killed as rockets strike Iraqi Kurdish airbase",
        "Rockets fired at an airbase in Iraq's Kurdistan region killed a foreign contractor "
        "and wounded five people, the coalition said.\n\n"
        "Coming after a string of similar incidents, the attack late on Feb. 15 was the first "
        "in almost two months on Western military or diplomatic sites.\n\n"
        "Most coalition troops are housed at the Erbil airport military complex.",
        datetime(2021, 2, 16, 14, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2021, 2, 15)


def test_a_figure_released_on_a_weekday_does_not_date_the_attack() -> None:
    d = _match(
        "Brain injuries from Iraq base attack climb",
        "At least four US troops have brain injuries after a base in western Iraq came under "
        "attack on Saturday, a Pentagon spokesman said on Tuesday.\n\n"
        "The count doubles the one officials released Monday, after militants backed by Iran "
        "struck Ain al-Asad air base with rockets and ballistic missiles.",
        datetime(2024, 1, 23, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 20)
