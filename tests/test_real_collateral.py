"""Civilians beside an attack on the coalition (in our own words, after real reports). Homes
hit beside the base a salvo struck (the seven rockets fired at Balad air base on the evening of
15 March 2021: five fell on open ground by the base, two damaged houses in a village next to
it): the base is named first as the target, the houses are what else was hit. And a civilian
the attack killed (the rockets on the US base at Erbil on 15 February 2021 killed a civilian
contractor and hurt six, a US soldier among them): its victim, not a civilian target. And a
Peshmerga base "where French troops are also stationed" (the two drones that hit the base at
Mala Qara near Erbil on 12 March 2026, wounding six French soldiers): a base of the coalition's
too. Israel beside the US ("set off when the US and Israel struck Iran", after the missile
that hit the Fifth Fleet's headquarters in Bahrain on 28 February 2026): its ally in the
strike, not a civilian target."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher

MARCH_16 = date(2021, 3, 16)
US_FORCES = "US forces and contractors have used the base for years."


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "伊拉克安全動態",
            "根據外媒報導,伊拉克的巴拉德空軍基地15日晚間遭到7枚火箭彈攻擊,其中5枚落在基地西北"
            "方的空地,另外2枚擊中基地旁村莊的民宅,沒有造成傷亡。美國軍隊曾長期駐守該基地。",
            "zh",
        ),
        (
            "Iraq security update",
            "Seven rockets struck the air base at Balad on Monday evening and two of them "
            "damaged homes in a village beside it, security sources said. No one was hurt. "
            + US_FORCES,
            "en",
        ),
    ],
    ids=["zh", "en"],
)
def test_homes_hit_beside_the_base_struck_leave_the_base_the_target(
    title: str, text: str, language: str
) -> None:
    d = _match(title, text, MARCH_16, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["balad-air-base"]
    assert d.attack_date == date(2021, 3, 15)


def test_homes_hit_near_a_base_named_after_them_stay_civilian() -> None:
    d = _match(
        "Rockets hit village homes",
        "Two rockets damaged homes in a village near Balad air base on Monday evening, "
        "security sources said. No one was hurt. " + US_FORCES,
        MARCH_16,
    )
    assert not d.attack, d.reasons


FEB_16 = date(2021, 2, 16)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Tote und Verletzte in Erbil",
            "In der nordirakischen Stadt Erbil ist am Montagabend bei einem Raketenangriff auf "
            "einen US-Militärstützpunkt ein Zivilist ums Leben gekommen. Sechs weitere Menschen "
            "wurden verletzt, unter ihnen ein US-Soldat.",
        ),
        (
            "One dead in Kurdish north",
            "A rocket attack on a US military base in Iraq's Kurdish north on Monday evening "
            "killed a civilian contractor and wounded six people, a US soldier among them.",
        ),
    ],
    ids=["de", "en"],
)
def test_a_civilian_the_attack_on_the_base_killed_is_its_victim(title: str, text: str) -> None:
    d = _match(title, text, FEB_16)
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 2, 15)


@pytest.mark.parametrize(
    ("sentence", "civilian"),
    [
        ("A rocket attack on a US base killed a civilian contractor.", False),
        ("Bei dem Raketenangriff auf einen US-Stützpunkt kam ein Zivilist ums Leben.", False),
        ("Rockets aimed at a US base hit homes, killing two people.", True),
        ("Rockets aimed at a US base hit a civilian airliner on the runway.", True),
    ],
)
def test_civilian_words_are_a_target_unless_the_attack_killed_or_hurt_them(
    sentence: str, civilian: bool
) -> None:
    assert ("civilian" in matcher().reader.read(1, sentence).flags) is civilian


MARCH_13 = date(2026, 3, 13)


def test_a_peshmerga_base_where_french_troops_are_stationed_is_the_coalitions_too() -> None:
    d = _match(
        "Военные из Франции ранены в Ираке",
        "По военной базе курдских сил «Пешмерга», где размещены также военные из Франции, в "
        "четверг нанесли удар два беспилотника. Пострадали шестеро французских "
        "военнослужащих, сообщил губернатор Эрбиля.",
        MARCH_13,
        language="ru",
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "civilian"),
    [
        ("Two drones hit a Peshmerga base, where French troops are also stationed.", False),
        ("Two drones hit a Peshmerga post; French troops at a base nearby were unhurt.", True),
    ],
)
def test_a_target_that_hosts_coalition_troops_is_no_civilian_one(
    sentence: str, civilian: bool
) -> None:
    assert ("civilian" in matcher().reader.read(1, sentence).flags) is civilian


def test_israel_beside_the_us_is_its_ally_not_a_civilian_target() -> None:
    d = _match(
        "Gulf escalation",
        "On Saturday a missile strike hit a US base in Bahrain, an escalation set off when the "
        "US and Israel struck Iran. The site serves as the headquarters of the US Navy's Fifth "
        "Fleet.",
        date(2026, 2, 28),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("sentence", "civilian"),
    [
        ("A missile hit a US base in Bahrain after the US and Israel struck Iran.", False),
        ("Iran struck a US base in Bahrain in reply to the US-Israeli strikes.", False),
        ("Ракета поразила базу США в Бахрейне после ударов США и Израиля по Ирану.", False),
        ("Iran zaatakował bazę USA w Bahrajnie po atakach USA i Izraela na Iran.", False),
        ("Iranian missiles hit a hospital in Israel, and a US base was put on alert.", True),
    ],
)
def test_israel_named_with_the_us_is_on_its_side(sentence: str, civilian: bool) -> None:
    assert ("civilian" in matcher().reader.read(1, sentence).flags) is civilian
