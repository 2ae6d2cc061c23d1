"""A city named further on from a base, to say where that base is, is not a second target
(in our own words): "the Harir base, 70 km from Erbil", "close to the region's capital
Erbil", "قاعدة حرير بأربيل". A city with a base word of its own, or listed with the base,
still is one.
"""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2023-11-17")


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Drone attack on Harir base foiled",
            "The coalition said it foiled a drone attack on Harir base, close to the Kurdistan "
            "Region's capital Erbil, late on Thursday.\n\nNobody was hurt.",
        ),
        (
            "fr",
            "Attaque de drone contre une base en Irak",
            "Selon des médias kurdes, un drone a frappé jeudi soir une base d'Al-Harir, située à "
            "70 kilomètres (45 miles) d'Erbil vers le nord-est, où stationnent des soldats "
            "américains.\n\nIl n'y a pas eu de victimes.",
        ),
        (
            "sr",
            "Napad dronom na bazu u Iraku",
            "Prema kurdskim medijima, dron je u četvrtak uveče napao bazu Al-Harir, udaljenu "
            "70 kilometara (45 milja) od Erbila, u kojoj su američki vojnici.\n\nNema povređenih.",
        ),
        (
            "ar",
            "مسيرة تستهدف قاعدة حرير",
            "أعلنت المقاومة الإسلامية أنها استهدفت بطائرة مسيرة قاعدة حرير الجوية الأمريكية "
            "بأربيل شمالي العراق مساء الخميس.\n\nولم ترد أنباء عن إصابات.",
        ),
        (
            "fa",
            "پایگاه حریر اربیل هدف پهپاد قرار گرفت",
            "مقاومت اسلامی عراق اعلام کرد که شامگاه پنجشنبه پایگاه آمریکایی را با پهپاد هدف قرار "
            "داده است.\n\nخبری از تلفات منتشر نشده است.",
        ),
    ],
)
def test_a_city_that_places_the_base_is_no_second_target(
    language: str, title: str, text: str
) -> None:
    d = _match(title, text, MORNING, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Drones strike two coalition bases in northern Iraq",
            "Drones struck the Harir and Erbil bases late on Thursday, officials "
            "said.\n\nNobody was hurt.",
        ),
        (
            "ar",
            "مسيرات تستهدف قاعدتين في شمال العراق",
            "استهدفت طائرات مسيرة مساء الخميس قاعدتي حرير وأربيل اللتين تستضيفان قوات "
            "أمريكية.\n\nولم ترد أنباء عن إصابات.",
        ),
    ],
)
def test_a_city_listed_with_the_base_is_a_target(language: str, title: str, text: str) -> None:
    d = _match(title, text, MORNING, language=language)
    assert d.attack, d.reasons
    assert sorted(_bases(d)) == ["erbil-air-base", "harir-air-base"]


def test_a_base_in_a_regions_city_gives_way_to_the_base_named_below() -> None:
    # "the base in northern Iraq's Erbil" names the city an unnamed base is in, the region
    # between; the line below names the base
    d = _match(
        "US base in Iraq's Erbil hit by drone",
        "The base that hosts US and coalition troops in northern Iraq's Erbil came under fire "
        "from a drone carrying explosives on Friday, according to the Kurdish "
        "counter-terrorism service.\n\n"
        "It did not say whether the drone caused damage or casualties at al-Harir base.",
        local_time("2024-01-05", 18),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]
