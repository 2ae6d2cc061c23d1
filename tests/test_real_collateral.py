"""Homes hit beside the base a salvo struck (in our own words, after real reports of the seven
rockets fired at Balad air base on the evening of 15 March 2021: five fell on open ground by
the base, two damaged houses in a village next to it, no one was hurt). The base is named
first as the target; the houses are what else was hit, not a civilian target instead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

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
