"""What an attack answers, told first: "In retaliation for the US killing of Soleimani, Iran
fired missiles at the base" is an attack on the base, in every language that opens the
sentence with the cause; "Iran retaliates", "the retaliatory strike over the Suleimani
killing" are Iran's. A US strike that answers an attack stays the US's."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

JAN_8 = datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "title",
    [
        "In retaliation for the US killing of Qassem Soleimani, Iran launched ballistic "
        "missiles at Ain al-Asad air base",
        "In response to American strikes, militia fighters fired rockets at Ain al-Asad air base",
        "En représailles à la mort de Soleimani, tué par une frappe de drone américaine, "
        "l'Iran a visé la base d'Aïn al-Assad avec des missiles",
        "En represalia por la muerte de Soleimani en un bombardeo estadounidense, Irán atacó "
        "con misiles la base de Ain al Asad",
        "Als Vergeltung für den Tod Soleimanis bei einem US-Drohnenangriff hat der Iran den "
        "Stützpunkt Ain al-Asad mit Raketen beschossen",
        "ردا على مقتل سليماني بغارة أمريكية، استهدفت إيران قاعدة عين الأسد بالصواريخ",
    ],
)
def test_an_opening_clause_gives_the_us_strike_the_attack_answers(title: str) -> None:
    d = _match(title, "The base in Anbar province hosts American troops.", JAN_8)
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["ain-al-asad"]
    assert d.weapons == ("missile",) or d.weapons == ("rocket",)
    assert d.attack_date == JAN_8.date()


def test_a_retaliation_for_soleimanis_killing_is_irans() -> None:
    d = _match(
        "Pentagon revises toll: the retaliatory strike over the Suleimani killing hurt troops",
        "The Pentagon said on Thursday that 11 American service members had been treated for "
        "concussion after the Iranian missile strike on a base in western Iraq.\n\n"
        "\u201cNo US troops were killed in the January 8 attack on Al Asad air base, but "
        "several were treated for symptoms of concussion,\u201d a Central Command spokesman said.",
        datetime(2020, 1, 16, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["ain-al-asad"]
    assert d.attack_date == JAN_8.date()


def test_a_retaliation_owned_by_iran_is_no_us_strike() -> None:
    d = _match(
        "Iran retaliates for the killing of its general with missiles on Ain al-Asad air base",
        "Ballistic missiles slammed into the base in western Iraq, which hosts US forces, in "
        "the early hours of Wednesday.",
        JAN_8,
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["ain-al-asad"]


def test_a_us_strike_that_answers_an_attack_stays_the_uss() -> None:
    d = _match(
        "US hits back",
        "In response to the drone attack on Tower 22 that killed three US soldiers, US forces "
        "struck 85 targets in Iraq and Syria on Friday.",
        datetime(2024, 2, 2, 23, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
