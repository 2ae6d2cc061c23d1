"""Hasakah as Urdu and Persian spell it (in our own words): "الحسکہ" with the Urdu final
letter, "حسکه" without the article. A US base there is in north-eastern Syria, as "a US
base in Hasakah" is in English."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time

SUNDAY = local_time("2023-11-05", 20)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ur", "شام کے صوبہ الحسکہ میں امریکی فوجی اڈے پر اتوار کو ڈرون حملہ کیا گیا۔"),
        ("ur", "مغربی حسکہ میں امریکی فوجی اڈے پر ڈرون حملہ ہوا ہے۔"),
        ("fa", "یک پایگاه نظامی آمریکا در حسکه سوریه هدف حمله پهپادی قرار گرفت."),
    ],
)
def test_a_us_base_in_hasakah_is_in_north_eastern_syria(language: str, text: str) -> None:
    d = _match("", text, SUNDAY, language=language)
    assert d.attack
    assert d.region is not None
    assert d.region.id == "ne-syria"
