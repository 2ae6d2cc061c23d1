"""A Chinese wire copy posted again months after its dispatch (in our own words, after a real
page): "新华社大马士革8月14日电" (Xinhua, Damascus, 14 August) heads a page dated in
November. The dispatch's day is the story's, by which its "13日晚" (the evening of the 13th)
is read: the 13th of August, not of November; a story whose page is dated the dispatch's day
reads the same. A dispatch's day is not the attack's when the story gives the day its source
spoke."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

STORY = (
    "新华社大马士革8月14日电 叙利亚国家电视台14日报道说，叙利亚东部代尔祖尔省一处美军基地"
    "13日晚遭到火箭弹袭击。\n\n报道说，4枚火箭弹落入科诺科气田美军基地内，现场传出剧烈爆炸声，"
    "随后有美军直升机在附近上空盘旋。"
)


@pytest.mark.parametrize("published", [date(2024, 11, 18), date(2024, 8, 14)])
def test_the_dispatchs_day_reads_the_storys_days(published: date) -> None:
    d = _match("叙利亚东部美军基地遭火箭弹袭击", STORY, published)
    assert d.attack, d.reasons
    assert _bases(d) == ["conoco-gas-field"]
    assert d.attack_date == date(2024, 8, 13)


def test_a_day_a_group_spoke_beats_the_dispatchs_day() -> None:
    """The dispatch's day and the news item's ("1月15日消息") date the copy; the day the
    armed groups spoke ("14日表示") is the attack's at the latest."""
    text = (
        "中新社北京1月15日电/据外媒1月15日消息，伊拉克伊斯兰抵抗组织14日表示，已用无人机袭击"
        "叙利亚境内鲁迈兰的美军基地。\n\n美方尚未回应。"
    )
    d = _match("伊拉克武装组织称袭击美军基地", text, date(2024, 1, 15))
    assert d.attack, d.reasons
    assert _bases(d) == ["rmelan-landing-zone"]
    assert d.attack_date == date(2024, 1, 14)


def test_a_longer_number_before_the_month_sign_is_no_month() -> None:
    """A date garbled in copying ("23年2025月10日"): "2025月" is no month, and its last
    digit is not read as May, which made the story of Iran's missiles on Al Udeid, published
    on 24 June, an attack of 10 May and so not new. It is taken, dated the day it came out."""
    text = (
        "イランは23年2025月10日、カタールとイラクにある米軍基地へのミサイル攻撃を始めた。\n\n"
        "国営放送によると、弾道ミサイルおよそ20発がカタールのアル・ウデイド空軍基地に向けて"
        "発射された。"
    )
    d = _match("イラン、米軍のカタール基地に攻撃", text, date(2025, 6, 24))
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == date(2025, 6, 24)
