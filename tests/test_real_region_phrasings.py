"""Regions told with "the north of", "the east of" and the like (in our own words), as
"northern Iraq" and "eastern Syria" are; "north of Iraq's capital" still places no base."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2024-01-04")


@pytest.mark.parametrize(
    ("where", "region"),
    [
        ("in the north of Iraq", "northern-iraq"),
        ("in Iraq's north", "northern-iraq"),
        ("in the west of Iraq", "western-iraq"),
        ("in the east of Syria", "eastern-syria"),
        ("in the north-east of Syria", "ne-syria"),
        ("in the south of Syria", "southern-syria"),
    ],
)
def test_a_region_told_with_of(where: str, region: str) -> None:
    d = _match("", f"Two rockets hit a US base {where} late on Wednesday, officials said.", MORNING)
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == region


def test_north_of_the_capital_is_no_region() -> None:
    d = _match(
        "",
        "Two rockets hit a US base 80 km north of Iraq's capital late on Wednesday, officials "
        "said.",
        MORNING,
    )
    assert d.region is None or d.region.id != "northern-iraq"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "イランは未明、バーレーンにある米軍の拠点に向けて弾道ミサイルを発射した。"),
        ("es", "Irán lanzó esta madrugada misiles contra instalaciones estadounidenses en Baréin."),
        ("ko", "이란이 새벽 바레인에 있는 미군 시설을 향해 탄도미사일을 발사했다."),
    ],
)
def test_a_gulf_host_state_in_its_own_spelling(language: str, text: str) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "gulf"
