"""Civilians beside an attack on the coalition (in our own words, after real reports):
- homes hit beside the base a salvo struck (the seven rockets fired at Balad air base on the
  evening of 15 March 2021: five fell on open ground by the base, two damaged houses in a
  village next to it): the base is named first as the target, the houses are what else was
  hit;
- a civilian the attack killed (the rockets on the US base at Erbil on 15 February 2021 killed
  a civilian contractor and hurt six, a US soldier among them): its victim, not a target;
- a Peshmerga base "where French troops are also stationed" (the two drones that hit the base
  at Mala Qara near Erbil on 12 March 2026, wounding six French soldiers): the coalition's too;
- Israel beside the US ("set off when the US and Israel struck Iran", after the missile that
  hit the Fifth Fleet's headquarters in Bahrain on 28 February 2026): its ally in the strike,
  neither a civilian target nor another attacker ("ABD ve İsrail saldırılarına karşılık");
- a city that only says where the base stands (the ballistic missile Saudi Arabia said was
  fired toward Prince Sultan Air Base, in Al-Kharj southeast of Riyadh, on 7 March 2026, and
  came down on empty ground): the base's place, not a target, though the story never names
  the US.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher

US_FORCES = "US forces and contractors have used the base for years."


@pytest.mark.parametrize(
    ("title", "text", "language", "published", "day", "bases"),
    [
        (
            "伊拉克安全動態",
            "根據外媒報導,伊拉克的巴拉德空軍基地15日晚間遭到7枚火箭彈攻擊,其中5枚落在基地西北"
            "方的空地,另外2枚擊中基地旁村莊的民宅,沒有造成傷亡。美國軍隊曾長期駐守該基地。",
            "zh",
            date(2021, 3, 16),
            date(2021, 3, 15),
            ["balad-air-base"],
        ),
        (
            "Iraq security update",
            "Seven rockets struck the air base at Balad on Monday evening and two of them "
            "damaged homes in a village beside it, security sources said. No one was hurt. "
            + US_FORCES,
            "en",
            date(2021, 3, 16),
            date(2021, 3, 15),
            ["balad-air-base"],
        ),
        (
            "Tote und Verletzte in Erbil",
            "In der nordirakischen Stadt Erbil ist am Montagabend bei einem Raketenangriff auf "
            "einen US-Militärstützpunkt ein Zivilist ums Leben gekommen. Sechs weitere Menschen "
            "wurden verletzt, unter ihnen ein US-Soldat.",
            "de",
            date(2021, 2, 16),
            date(2021, 2, 15),
            None,
        ),
        (
            "One dead in Kurdish north",
            "A rocket attack on a US military base in Iraq's Kurdish north on Monday evening "
            "killed a civilian contractor and wounded six people, a US soldier among them.",
            "en",
            date(2021, 2, 16),
            date(2021, 2, 15),
            None,
        ),
        (
            "Военные из Франции ранены в Ираке",
            "По военной базе курдских сил «Пешмерга», где размещены также военные из Франции, в "
            "четверг нанесли удар два беспилотника. Пострадали шестеро французских "
            "военнослужащих, сообщил губернатор Эрбиля.",
            "ru",
            date(2026, 3, 13),
            date(2026, 3, 12),
            None,
        ),
        (
            "Gulf escalation",
            "On Saturday a missile strike hit a US base in Bahrain, an escalation set off when "
            "the US and Israel struck Iran. The site serves as the headquarters of the US Navy's "
            "Fifth Fleet.",
            "en",
            date(2026, 2, 28),
            date(2026, 2, 28),
            None,
        ),
        (
            "Saudi defences busy again",
            "Saudi Arabia's defence ministry said on Saturday that a ballistic missile launched "
            "toward Prince Sultan Air Base, some 80 km southeast of Riyadh, came down on empty "
            "ground. No one was injured, and the ministry reported no damage.",
            "en",
            date(2026, 3, 7),
            date(2026, 3, 7),
            ["prince-sultan-air-base"],
        ),
    ],
    ids=[
        "homes-zh",
        "homes-en",
        "victim-de",
        "victim-en",
        "hosting-ru",
        "beside-us-en",
        "where-it-stands-en",
    ],
)
def test_an_attack_with_civilians_beside_it_is_taken(
    title: str,
    text: str,
    language: str,
    published: date,
    day: date,
    bases: list[str] | None,
) -> None:
    d = _match(title, text, published, language=language)
    assert d.attack, d.reasons
    assert d.attack_date == day
    if bases is not None:
        assert _bases(d) == bases


def test_homes_hit_near_a_base_named_after_them_stay_civilian() -> None:
    d = _match(
        "Rockets hit village homes",
        "Two rockets damaged homes in a village near Balad air base on Monday evening, "
        "security sources said. No one was hurt. " + US_FORCES,
        date(2021, 3, 16),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("sentence", "civilian"),
    [
        # a civilian the attack killed or hurt is its victim; homes or an airliner hit, targets
        ("A rocket attack on a US base killed a civilian contractor.", False),
        ("Bei dem Raketenangriff auf einen US-Stützpunkt kam ein Zivilist ums Leben.", False),
        ("Rockets aimed at a US base hit homes, killing two people.", True),
        ("Rockets aimed at a US base hit a civilian airliner on the runway.", True),
        # a target that hosts troops of the coalition, named by their country
        ("Two drones hit a Peshmerga base, where French troops are also stationed.", False),
        ("Two drones hit a Peshmerga post; French troops at a base nearby were unhurt.", True),
        # the French "où" (where) before its verb, not "ou" (or)
        ("Deux drones ont frappé des habitations, où sont logés des militaires français.", False),
        ("Deux drones ont frappé des habitations ou des militaires français.", True),
        # Israel named with the US: its ally in the strike, or a target beside it
        ("A missile hit a US base in Bahrain after the US and Israel struck Iran.", False),
        ("Iran struck a US base in Bahrain in reply to the US-Israeli strikes.", False),
        ("Ракета поразила базу США в Бахрейне после ударов США и Израиля по Ирану.", False),
        ("Iran zaatakował bazę USA w Bahrajnie po atakach USA i Izraela na Iran.", False),
        ("Iranian missiles hit a hospital in Israel, and a US base was put on alert.", True),
        # a city that says where the base named before it stands; not one a weapon headed for
        ("A missile fired toward Prince Sultan Air Base, southeast of Riyadh, fell short.", False),
        ("Drones heading for Riyadh were shot down near Prince Sultan Air Base.", True),
        # the weapon's way after the base ("heading for") names where it went, not where the
        # base stands: a civilian airport there is the target told
        ("Drones flew over Ali Al Salem Air Base heading for Kuwait International Airport.", True),
    ],
)
def test_whose_civilians_the_words_name(sentence: str, civilian: bool) -> None:
    assert ("civilian" in matcher().reader.read(1, sentence).flags) is civilian


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Tahran'ın ABD ve İsrail saldırılarına karşılık olarak başlattığı füze "
            "operasyonunda Bahreyn'deki ABD Donanması üssü vuruldu.",
            False,
        ),
        ("İsrail saldırıları Suriye'deki bir askeri üssü vurdu.", True),
    ],
    ids=["beside-us", "alone"],
)
def test_israel_named_with_the_us_is_no_other_attacker(sentence: str, other: bool) -> None:
    assert ("other_attacker" in matcher().reader.read(1, sentence).flags) is other
