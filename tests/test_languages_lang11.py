"""Asian term files, second round (Japanese, Chinese, Korean, Indonesian, Vietnamese, Thai):
reports and look-alikes written for these tests after the facts of real attacks, for the
regions, base spellings, attack words and US-strike cues these languages' press uses."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, matcher, report_cases

REPORTS = [
    (
        "ja",
        "シリアの米軍拠点に無人機とロケット弾",
        "シリア南部にある米軍の駐留拠点に20日、無人機とロケット弾による攻撃があった。"
        "米国防総省によると、米兵に負傷者はいなかった。",
        _at("2021-10-21", 9),
        "southern-syria",
        "2021-10-20",
        ("rocket", "drone"),
    ),
    (
        "ja",
        "シリアの米軍飛行場にロケット弾5発",
        "シリア国営通信によると、ハサカ県にあるハラブ・アル・ジル基地の飛行場に24日、"
        "ロケット弾5発が撃ち込まれた。死傷者の報告はない。",
        _at("2022-11-25", 9),
        "rmelan-landing-zone",
        "2022-11-24",
        ("rocket",),
    ),
    (
        "ja",
        "ヨルダンの米軍拠点に無人機攻撃、米兵3人死亡",
        "米国防総省は28日、シリア国境に近いヨルダンの米軍拠点が無人機による攻撃を受け、"
        "米兵3人が死亡したと発表した。",
        _at("2024-01-29", 9),
        "north-east-jordan",
        "2024-01-28",
        ("drone",),
    ),
    (
        "zh",
        "叙利亚美军基地遭无人机袭击",
        "据报道，当地时间20日，美驻叙利亚阿特坦夫军事基地遭到多架无人机袭击，美方称暂无人员伤亡。",
        _at("2021-10-21", 9),
        "al-tanf",
        "2021-10-20",
        ("drone",),
    ),
    (
        "zh",
        "叙利亚东北部美军机场遭无人机打击",
        "当地消息人士说，哈塞克省哈拉卜阿勒吉尔机场的美军基地30日遭到无人机打击，暂无伤亡报告。",
        _at("2023-12-31", 9),
        "rmelan-landing-zone",
        "2023-12-30",
        ("drone",),
    ),
    (
        "ko",
        "이라크 알발라드 공군기지에 로켓포 공격",
        "이라크 국방부는 12일 미군 교관이 머무는 알발라드 공군기지에 로켓포 8발이 떨어져 "
        "이라크군 병사 4명이 다쳤다고 밝혔다.",
        _at("2020-01-13", 9),
        "balad-air-base",
        "2020-01-12",
        ("rocket",),
    ),
    (
        "id",
        "Drone serang pangkalan AS di Yordania",
        "Tiga tentara AS tewas pada Minggu (28/1/2024) ketika sebuah drone menghantam pangkalan "
        "militer AS di Yordania dekat perbatasan Suriah, kata Pentagon.",
        _at("2024-01-29", 9),
        "north-east-jordan",
        "2024-01-28",
        ("drone",),
    ),
    (
        "ko",
        "이란, 쿠웨이트 미군기지에 탄도미사일",
        "이란 혁명수비대는 1일 쿠웨이트의 캠프 아리프잔을 향해 탄도미사일 여러 발을 발사했다고 "
        "밝혔다. 미 중부사령부는 일부가 요격됐다고 전했다.",
        _at("2026-03-01", 20),
        "camp-arifjan",
        "2026-03-01",
        ("missile",),
    ),
    (
        "th",
        "จรวดถล่มฐานทัพอากาศในอิรัก",
        "เมื่อวันพุธ จรวดอย่างน้อย 14 ลูกถูกระดมยิงเข้าใส่ฐานทัพอากาศ อิน อัล-อะซาด "
        "ทางตะวันตกของอิรัก ซึ่งมีทหารสหรัฐฯ ประจำการอยู่ ทหารได้รับบาดเจ็บเล็กน้อย 2 นาย",
        _at("2021-07-08", 9),
        "ain-al-asad",
        "2021-07-07",
        ("rocket",),
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        # a US air strike story that names the attack it answers
        "ja",
        "米軍、シリアの親イラン派拠点へ報復攻撃",
        "米軍は23日、シリア東部の親イラン派の拠点に空爆を加えた。国防総省によると、"
        "これに先立ちシリア北東部の有志連合の拠点が無人機による攻撃を受けていた。",
        _at("2023-03-26", 9),
    ),
    (
        # a build-up at a Jordanian base: attack aircraft parked, no attack on it
        "ja",
        "ヨルダンの空軍基地で米軍機が急増",
        "衛星写真によると、ムワッファク・サルティ基地には攻撃機50機以上が駐機しており、"
        "米軍はイランの反撃に備えて新たな防空システムを設置した。",
        _at("2026-02-22", 9),
    ),
    (
        "zh",
        "美军对伊拉克民兵设施发动空袭",
        "美国国防部22日宣布，美军对伊拉克境内两处民兵设施发动空袭，"
        "以回应此前针对阿萨德空军基地的导弹袭击。",
        _at("2023-11-23", 9),
    ),
    (
        "id",
        "AS balas dengan serangan drone",
        "Militer AS mengklaim telah menewaskan seorang anggota ISIS melalui serangan udara "
        "menggunakan drone, sebagai balasan atas pengeboman di Bandara Kabul pekan lalu.",
        _at("2021-08-28", 9),
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES)


def test_chinese_last_friday_is_a_day_not_a_recall() -> None:
    sentence = "五角大楼表示，叙利亚一处美军基地上周五遭无人机袭击，8名士兵受伤。"
    reading = matcher().reader.read(1, sentence)
    assert "recall" not in reading.flags


def test_japanese_rockets_in_retaliation_for_a_us_strike_lead_the_story() -> None:
    reading = matcher().reader.read(0, "有志連合の基地にロケット弾、米兵負傷 米軍の空爆に報復か")
    assert "us_attacker" not in reading.flags
    assert reading.weapons == ("rocket",)
