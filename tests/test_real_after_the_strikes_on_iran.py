"""What came before the news, as Chinese closes it with "后" (in our own words):
"美国与以色列对伊朗发动空袭后，中东局势骤然升温" (after the US and Israel launched air strikes on
Iran, tensions rose) opens a story of Iran's answer; it does not make the story a US strike,
as "after the US strikes" in English does not."""

from __future__ import annotations

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time, matcher

SATURDAY = local_time("2026-02-28", 20)


def test_the_strike_on_iran_a_clause_closes_is_what_came_before() -> None:
    d = _match(
        "",
        "美國與以色列對伊朗發動空襲後，中東情勢急遽升溫，德黑蘭同時對多個駐有美軍的國家展開報復。\n\n"
        "一枚伊朗彈道飛彈擊中了美國海軍第五艦隊駐巴林總部。",
        SATURDAY,
        language="zh",
    )
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_a_us_strike_told_as_the_news_still_is_one() -> None:
    reading = matcher().reader.read(
        1, "美国与以色列周六对伊朗发动空袭,打击了多处军事设施。", lead=True, year=2026
    )
    assert "us_attacker" in reading.flags
