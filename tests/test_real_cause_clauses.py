"""What an attack answers, as Korean and Japanese tell it: a clause closed by its marker
("...에 대한 보복으로", "...への報復として") before the sentence's own event (in our own words,
after real reports of Iran's missiles on Al Udeid in June 2025). What the clause names is the
event answered; the rest of the sentence tells the answer. Spanish opens it with "una venganza
por" or "represalia por" (revenge, reprisal for), after real reports of January 2020."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

JUNE_24 = datetime(2025, 6, 24, 9, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ko",
            "이란, 카타르 미군기지에 미사일 공격",
            "이란은 23일 미국의 핵시설 폭격에 대한 보복으로 카타르 알우데이드 공군기지를 향해 "
            "미사일 여러 발을 발사했다. 미국은 지난 21일 이란 핵시설 세 곳을 폭격했다.",
        ),
        (
            "ja",
            "イラン、カタールの米軍基地にミサイル",
            "イランは23日、米国による核施設への攻撃への報復として、カタールのアルウデイド空軍基地に"
            "向けて弾道ミサイルを発射した。米国は21日、イランの核施設3カ所を攻撃していた。",
        ),
    ],
    ids=["ko", "ja"],
)
def test_the_strike_an_attack_answers_is_neither_its_day_nor_a_recall(
    language: str, title: str, text: str
) -> None:
    d = _match(title, text, JUNE_24, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == date(2025, 6, 23)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ko",
            "미군, 시리아·이라크 공습",
            "미군은 요르단 기지에 대한 드론 공격에 대한 보복으로 2일 시리아와 이라크의 목표물을 "
            "공습했다.",
        ),
        (
            "ja",
            "米軍、シリアを空爆",
            "米軍は2日、ヨルダンの基地への無人機攻撃への報復として、シリアとイラクの拠点を空爆した。",
        ),
    ],
    ids=["ko", "ja"],
)
def test_a_us_strike_answering_an_attack_on_a_base_is_not_one(
    language: str, title: str, text: str
) -> None:
    """A guard: the base in the clause is the attack answered; the answer is the US's."""
    d = _match(title, text, datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ), language=language)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    "text",
    [
        "El Pentágono informó el martes de que Irán disparó más de diez misiles contra dos bases "
        "de Irak con tropas estadounidenses, en lo que parece una venganza por el ataque con "
        "drones que la semana pasada mató a un general iraní.",
        "Teherán lanzó misiles sobre dos bases de Irak que albergan tropas estadounidenses, como "
        "represalia por el bombardeo que la semana pasada mató a un general iraní, informó el "
        "Pentágono.",
    ],
    ids=["venganza", "represalia"],
)
def test_last_week_in_the_spanish_strike_an_attack_avenges_is_not_its_own(text: str) -> None:
    # "una venganza por", "represalia por" (revenge, reprisal for) open the event answered:
    # its "la semana pasada" (last week) does not make the salvo a recall
    d = _match("", text, datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ), language="es")
    assert d.attack, d.reasons
    assert d.attack_date is not None
    assert (date(2020, 1, 8) - d.attack_date).days <= 1
