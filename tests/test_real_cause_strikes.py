"""The US strike a cause names is what the attack answered, not the news: "Iran fired missiles
at Al Udeid, days after US airstrikes hit its nuclear sites", "het lijkt een vergelding voor
Amerikaanse bombardementen" (as seen on real reports, in our own words), where nothing
before the cause names the base. A US strike told after the cause's own words is the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

MONDAY = date(2025, 6, 23)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Iranian missile barrage, days after US airstrikes on nuclear sites, was aimed "
            "at Al Udeid Air Base in Qatar on Monday evening.",
        ),
        (
            "nl",
            "De Iraanse aanval oogt als een vergelding voor Amerikaanse bombardementen van "
            "eerder deze week.\n\nZes Iraanse raketten werden maandag afgevuurd op de Al Udeid "
            "Air Base in Qatar.",
        ),
    ],
)
def test_the_us_strike_a_cause_names_is_not_the_news(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]


def test_a_us_strike_told_after_the_cause_is_the_news() -> None:
    d = _match(
        "",
        "In retaliation for the drone attack that killed three American soldiers in Jordan last "
        "week, the US has carried out retaliatory strikes against 85 targets in Iraq and Syria.",
        date(2024, 2, 3),
    )
    assert not d.attack, d.reasons
