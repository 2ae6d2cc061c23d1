"""Erbil in Chinese reports (in our own words): "埃尔比勒基地" (the Erbil base) beside Al
Asad is the air base at Erbil's airport, as "the Erbil base" is in English; the city alone,
with no base word or US forces beside it, is no base; and "埃尔比勒地区的哈里尔空军基地"
(the Harir air base of the Erbil region) and "位於埃爾比勒的哈里爾軍事基地" (the Harir military
base in Erbil) name Erbil only to place Harir."""

from __future__ import annotations

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

WEDNESDAY = local_time("2020-01-08", 10)


def test_the_erbil_base_beside_al_asad() -> None:
    d = _match(
        "",
        "周三凌晨,美军驻伊拉克的阿萨德空军基地和埃尔比勒基地遭到导弹袭击。",
        WEDNESDAY,
        language="zh",
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad", "erbil-air-base"]


def test_the_city_alone_is_no_base() -> None:
    d = _match(
        "",
        "周三凌晨,阿萨德空军基地遭到导弹袭击。当天夜里,埃尔比勒的居民也报告听到了爆炸声。",
        WEDNESDAY,
        language="zh",
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]


def test_the_region_that_places_harir_is_no_target() -> None:
    d = _match(
        "",
        "同日,位于埃尔比勒地区的哈里尔空军基地遭到两架武装无人机攻击,无人受伤。",
        local_time("2023-11-09", 18),
        language="zh",
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


def test_harir_in_traditional_characters_placed_in_erbil() -> None:
    d = _match(
        "",
        "據當地電視台報道,遭到無人機襲擊的是位於埃爾比勒的哈里爾軍事基地,無人受傷。",
        local_time("2021-07-24", 18),
        language="zh",
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]
