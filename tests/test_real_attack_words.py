"""Words for a strike that real reports used and the term files lacked (in our own words):
the sentence names the base and the weapon, and only this word says the weapon hit it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

WEDNESDAY = date(2021, 3, 3)


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("zh", "安全消息人士说，阿萨德空军基地今天上午被十枚火箭弹轰击。", "ain-al-asad"),
        ("ja", "アサド空軍基地が今朝、ロケット弾十発に見舞われた。", "ain-al-asad"),
        (
            "is",
            "Í morgun var tíu eldflaugum stefnt að Ain al-Asad herstöðinni í Írak.",
            "ain-al-asad",
        ),
        (
            "sl",
            "Rakete so zjutraj na oporišče Ain al Asad, kjer so nastanjeni koalicijski vojaki, "
            "padle ob sedmih.",
            "ain-al-asad",
        ),
        (
            "en",
            "Ten rockets slam into Ain al-Asad air base in western Iraq.",
            "ain-al-asad",
        ),
        (
            "bg",
            "Авиобазата Ain al-Asad е поразена тази сутрин от десет ракети.",
            "ain-al-asad",
        ),
        (
            "es",
            "Los cohetes dieron de lleno en la base aérea de Ain al Asad esta mañana.",
            "ain-al-asad",
        ),
        ("ur", "آج صبح عین الاسد ایئر بیس پر دس راکٹ گرنے سے نقصان ہوا۔", "ain-al-asad"),
        (
            "pt",
            "Dez foguetes visaram esta manhã a base aérea de Ain al-Asad, no oeste do Iraque.",
            "ain-al-asad",
        ),
        ("ku", "Îro sibê wan bi roketan li baregaha Ain al-Asad xistiye.", "ain-al-asad"),
        ("zh", "民兵今天上午向阿萨德空军基地打出六枚迫击炮弹。", "ain-al-asad"),
        ("ja", "今朝、アサド空軍基地を目がけてドローン二機が飛ばされた。", "ain-al-asad"),
        (
            "en",
            "Militants are launching rockets at Ain al-Asad air base this morning, officials say.",
            "ain-al-asad",
        ),
    ],
)
def test_the_word_for_the_strike_takes_the_report(language: str, text: str, base: str) -> None:
    d = _match("", text, WEDNESDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == [base]


def test_arabic_passive_was_attacked() -> None:
    d = _match(
        "",
        "قال مسؤولون أمريكيون إن خمسة جنود جرحوا الاثنين حين هوجمت قاعدة عين الأسد غربي العراق.",
        date(2024, 8, 6),
        language="ar",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.injured == 5


def test_korean_names_the_asad_air_base_without_al() -> None:
    d = _match(
        "", "이라크 서부 아사드 공군기지가 수요일 로켓 공격을 받았다.", WEDNESDAY, language="ko"
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
