"""Erbil in Chinese reports (in our own words): "埃尔比勒基地" (the Erbil base) beside Al
Asad is the air base at Erbil's airport, as "the Erbil base" is in English; the city alone,
with no base word or US forces beside it, is no base; and "埃尔比勒地区的哈里尔空军基地"
(the Harir air base of the Erbil region) and "位於埃爾比勒的哈里爾軍事基地" (the Harir military
base in Erbil) name Erbil only to place Harir."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time


@pytest.mark.parametrize(
    ("day", "text", "bases"),
    [
        (  # the Erbil base beside Al Asad
            "2020-01-08",
            "周三凌晨,美军驻伊拉克的阿萨德空军基地和埃尔比勒基地遭到导弹袭击。",
            ["ain-al-asad", "erbil-air-base"],
        ),
        (  # the city alone is no base
            "2020-01-08",
            "周三凌晨,阿萨德空军基地遭到导弹袭击。当天夜里,埃尔比勒的居民也报告听到了爆炸声。",
            ["ain-al-asad"],
        ),
        (  # the region that places Harir is no target
            "2023-11-09",
            "同日,位于埃尔比勒地区的哈里尔空军基地遭到两架武装无人机攻击,无人受伤。",
            ["harir-air-base"],
        ),
        (  # Harir in traditional characters, placed in Erbil
            "2021-07-24",
            "據當地電視台報道,遭到無人機襲擊的是位於埃爾比勒的哈里爾軍事基地,無人受傷。",
            ["harir-air-base"],
        ),
    ],
)
def test_erbil_and_harir_in_chinese(day: str, text: str, bases: list[str]) -> None:
    d = _match("", text, local_time(day, 10), language="zh")
    assert d.attack
    assert _bases(d) == bases
