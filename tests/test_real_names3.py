"""Base names as the press of other scripts writes them, each seen on a real page (fixtures in
our own words): Balad, Bagram, Shuaiba and K1 in Chinese, Japanese, Korean, Thai and
Vietnamese, Conoco and the Omar field in Japanese and Vietnamese, Taji in Korean; Balad in
Russian, Tal Baydar in Turkish, Harir in Hindi and Persian, Conoco in Hebrew."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("title", "text", "when", "base"),
    [
        (
            "多枚火箭弹袭击伊拉克巴拉德空军基地",
            "伊拉克安全部门称,周日晚有多枚火箭弹落入驻有美国承包商的巴拉德空军基地,造成两人受伤。",
            datetime(2021, 4, 18, 23, 0, tzinfo=IRAQ),
            "balad-air-base",
        ),
        (
            "バグラム空軍基地にロケット弾",
            "アフガニスタンのバグラム空軍基地に木曜日、ロケット弾5発が撃ち込まれた。米軍に死傷者はいなかった。",
            datetime(2020, 4, 9, 18, 0, tzinfo=IRAQ),
            "bagram-air-base",
        ),
        (
            "이라크 타지 기지에 로켓 공격",
            "바그다드 북쪽 타지 기지에 수요일 로켓 여러 발이 떨어져 미군 병사 2명이 숨졌다.",
            datetime(2020, 3, 11, 23, 0, tzinfo=IRAQ),
            "camp-taji",
        ),
        (
            "ฐานทัพอากาศบากรัมถูกโจมตีด้วยจรวด",
            "จรวดห้าลูกตกใส่ฐานทัพอากาศบากรัมของสหรัฐฯ ในอัฟกานิสถานเมื่อวันพฤหัสบดี ไม่มีผู้บาดเจ็บ",
            datetime(2020, 4, 9, 18, 0, tzinfo=IRAQ),
            "bagram-air-base",
        ),
        (
            "Căn cứ Mỹ gần mỏ khí Conoco bị tấn công bằng rocket",
            "Nhiều quả rocket đã rơi xuống căn cứ của lực lượng Mỹ tại mỏ khí Conoco ở Deir ez-Zor "
            "vào tối thứ Hai, không có thương vong.",
            datetime(2023, 10, 23, 22, 0, tzinfo=IRAQ),
            "conoco-gas-field",
        ),
        (
            "シリア東部の米軍拠点にドローン攻撃",
            "シリア東部のコノコガス田にある米軍拠点が月曜日、ドローンによる攻撃を受けた。負傷者はいない。",
            datetime(2023, 10, 23, 22, 0, tzinfo=IRAQ),
            "conoco-gas-field",
        ),
        (
            "クウェートのシュアイバ港に無人機攻撃",
            "米軍が使うシュアイバ港の施設に日曜、無人機が突入し、米兵数人が死傷した。",
            datetime(2026, 3, 1, 20, 0, tzinfo=IRAQ),
            "shuaiba-port",
        ),
        (
            "Ракетный обстрел американской базы Балад",
            "В воскресенье вечером несколько ракет упали на территории базы ВВС Балад к северу от "
            "Багдада, где работают американские подрядчики; ранены четыре человека.",
            datetime(2021, 4, 18, 23, 0, tzinfo=IRAQ),
            "balad-air-base",
        ),
        (
            "Suriye'deki ABD üssüne İHA saldırısı",
            "Haseke kırsalındaki Tel Beyder üssüne pazar günü bir insansız hava aracıyla saldırı "
            "düzenlendi; ABD güçleri aracı düşürdü.",
            datetime(2023, 11, 5, 20, 0, tzinfo=IRAQ),
            "tal-baydar",
        ),
        (
            "हरीर एयरबेस पर ड्रोन हमला",
            "इराक के कुर्दिस्तान में अमेरिकी सैनिकों वाले हरीर एयरबेस पर बुधवार को ड्रोन से हमला किया गया।",
            datetime(2023, 10, 18, 20, 0, tzinfo=IRAQ),
            "harir-air-base",
        ),
        (
            "תקיפה בשדה הגז קוניקו",
            'רקטות נורו ביום שני לעבר בסיס כוחות ארה"ב בשדה הגז קוניקו במזרח סוריה, ללא נפגעים.',
            datetime(2023, 10, 23, 22, 0, tzinfo=IRAQ),
            "conoco-gas-field",
        ),
        (
            "حمله پهپادی به پایگاه الحریر",
            "پایگاه نظامی الحریر در اقلیم کردستان عراق که نیروهای آمریکایی در آن مستقرند، روز "
            "چهارشنبه هدف حمله پهپادی قرار گرفت.",
            datetime(2023, 10, 18, 20, 0, tzinfo=IRAQ),
            "harir-air-base",
        ),
    ],
)
def test_a_base_named_as_the_press_of_its_language_writes_it(
    title: str, text: str, when: datetime, base: str
) -> None:
    d = _match(title, text, when)
    assert d.attack, d.reasons
    assert base in _bases(d)
    assert d.attack_date == when.date()
