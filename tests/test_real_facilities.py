"""A US facility named by what it is (in our own words, after real reports of the drone that
struck a guard tower of the US diplomatic facility at Baghdad airport on 10 March 2026): the
Arabic "منشأة" (facility), like the English "facility", is a word for a base."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import detect as _match
from tests.reports import matcher


@pytest.mark.parametrize(
    "sentence",
    [
        "طائرة مسيرة ضربت منشأة دبلوماسية أميركية في العراق أمس الثلاثاء",
        "A drone struck a major US diplomatic facility in Iraq on Tuesday.",
    ],
    ids=["ar", "en"],
)
def test_a_facility_is_a_word_for_a_base(sentence: str) -> None:
    assert matcher().reader.read(1, sentence).base_word


def test_a_drone_on_a_us_diplomatic_facility_in_iraq_is_an_attack() -> None:
    d = _match(
        "مسيرة تضرب منشأة أميركية",
        "قال مسؤول أمني إن طائرة مسيرة ضربت منشأة دبلوماسية أميركية كبرى في العراق أمس الثلاثاء "
        "وأصابت برج حراسة، فيما طلبت وزارة الخارجية من موظفيها الاحتماء.",
        date(2026, 3, 11),
        language="ar",
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 3, 10)
