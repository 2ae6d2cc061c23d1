"""Counts of weapons in Chinese, Japanese and Korean, written with a classifier before the
weapon or after it (in our own words): "5枚火箭弹", "十余枚导弹", "ミサイル2発", "로켓 3발"."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2024-01-21")


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("zh", "据安全消息人士说，阿萨德空军基地今天上午遭到5枚火箭弹袭击。", 5),
        ("zh", "伊朗向阿萨德空军基地发射了十二枚弹道导弹。", 12),
        ("ja", "アサド空軍基地に今朝、ロケット弾3発が撃ち込まれた。", 3),
        ("ko", "아인 알아사드 공군기지에 오늘 아침 로켓 4발이 떨어졌다.", 4),
    ],
)
def test_the_classifier_gives_the_count(language: str, text: str, count: int) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.projectiles == count


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("ja", "ヨルダンの米軍拠点に無人機攻撃があり、米兵3人が死亡し、34人が負傷した。", 3, 34),
        ("zh", "无人机袭击约旦的美军据点，造成3名美军士兵死亡，至少34人受伤。", 3, 34),
        ("ko", "요르단의 미군 기지에 드론 공격이 있었고 미군 3명이 숨지고 34명이 다쳤다.", 3, 34),
    ],
)
def test_people_counted_with_a_classifier(
    language: str, text: str, killed: int, injured: int
) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)
