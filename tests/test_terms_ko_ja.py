"""Korean and Japanese wordings the term files lacked (in our own words): tolls and "no one
was hurt" as headlines and wire copy put them, the character 美 for the US in Korean
headlines, spellings of Conoco, Ali Al Salem and Bahrain's base, "in Jordan" with its
particle and US troops counted as the dead ("미군 3명이 사망"), Iran's retaliation for a
strike on its own soil (which is no recall of an older attack); and the hard negatives: an
anniversary written with its number ("4년 전 오늘"), a risk or a plan, a lawsuit, attack
aircraft parked at a base, a US response to an attack already told, and an official who
"asked not to be named" (no threat); and an attack said to answer the US strike a clause
before its marker names ("…に対する報復だとして", "…에 대한 보복이라고")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import detect, local_time, look_alike_cases, report_cases, term_cases

MONDAY = "2024-01-29"
PUBLISHED = local_time(MONDAY)

test_the_term_is_read = term_cases(
    [
        ("미군 2명이 중상을 입었다.", "중상을", "cat:injured"),
        ("미군 3명이 희생됐다.", "희생됐다", "cat:killed"),
        ("미군 여러 명이 뇌진탕 증세를 보였다.", "뇌진탕", "cat:injured"),
        ("미군 5명이 치료를 받았다.", "치료를 받았다", "cat:injured"),
        ("사망자는 없었다.", "사망자는 없었다", "cat:no_deaths"),
        ("인명 피해는 보고되지 않았다.", "보고되지 않았다", "cat:no_casualties"),
        ("이라크 美대사관 인근에 로켓 공격", "美대사관", "cat:coalition"),
        ("이란이 미군 기지 공격을 준비하고 있다.", "공격을 준비", "cat:threat"),
        ("미군 기지는 드론 공격에 취약하다.", "취약하다", "cat:threat"),
        ("4년 전 오늘 이란은 기지에 미사일을 쐈다.", "4년 전 오늘", "cat:anniversary"),
        ("공격 4주년을 맞았다.", "4주년을", "cat:anniversary"),
        ("米兵3人が命を落とした。", "命を落と", "cat:killed"),
        ("米兵5人が手当てを受けた。", "手当てを受け", "cat:injured"),
        ("負傷者は報告されていない。", "されていない", "cat:no_casualties"),
        ("死者は出ていない。", "死者は出ていない", "cat:no_deaths"),
        ("基地にカチューシャが撃ち込まれた。", "カチューシャ", "weapon:rocket"),
        ("基地には攻撃機が並んでいる。", "攻撃", "cat:other_sense"),
        ("シリアの駐屯地に無人機が突入した。", "が突入", "cat:attack"),
        ("シリア東部のコノコ天然ガス田が狙われた。", "コノコ天然ガス", "place:conoco-gas-field"),
    ],
    read=True,
)

# "신원을 밝히지 말 것을 요청한": an official who asked not to be named threatens nothing
test_the_term_is_not_read = term_cases(
    [("신원을 밝히지 말 것을 요청한 당국자가 전했다.", "말 것을", "cat:threat")],
    read=False,
)

test_the_report_is_taken = report_cases(
    [
        (
            # "in Jordan" with its locative particle, and US troops counted as the dead
            "ko",
            "",
            "요르단에서 드론 공격으로 미군 3명이 사망하고 30여 명이 다쳤다고 미 당국자들이 "
            "28일 밝혔다.",
            PUBLISHED,
            "north-east-jordan",
            "2024-01-28",
            "drone",
        ),
        (
            "ko",
            "이라크 美대사관 인근에 로켓 공격…인명피해 없어",
            "이라크 바그다드 그린존에 28일 밤 로켓 2발이 떨어졌다.",
            PUBLISHED,
            "baghdad-embassy",
            "2024-01-28",
            "rocket",
        ),
        (
            "ko",
            "시리아 미군기지 피격",
            "시리아 코노코 유전 미군기지에 28일 로켓이 떨어졌다.",
            PUBLISHED,
            "conoco-gas-field",
            "2024-01-28",
            "rocket",
        ),
        (
            "ko",
            "중동 미군기지에 미사일",
            "이란이 쏜 미사일이 28일 바레인 소재 미군 기지로 떨어졌다.",
            PUBLISHED,
            "nsa-bahrain",
            "2024-01-28",
            "missile",
        ),
        (
            "ko",
            "시리아 미군기지 드론 공격…여러 명 부상",
            "로이터는 신원을 밝히지 말 것을 요청한 미국 당국자를 인용해, 28일 시리아 "
            "알탄프 기지가 드론 공격을 받아 여러 명이 다쳤다고 전했다.",
            PUBLISHED,
            "al-tanf",
            "2024-01-28",
            "drone",
        ),
        (
            "ja",
            "クウェートの米軍基地に無人機",
            "クウェートのアリ・アルサレム空軍基地に28日、ドローンが飛来した。",
            PUBLISHED,
            "ali-al-salem-air-base",
            "2024-01-28",
            "drone",
        ),
        (
            "ja",
            "",
            "イランは28日、米国が同国の核施設を攻撃したことへの報復措置として、カタールの"
            "ウデイド米空軍基地を弾道ミサイルで攻撃した。",
            PUBLISHED,
            "al-udeid-air-base",
            "2024-01-28",
            "missile",
        ),
    ]
)

test_the_look_alike_is_not_taken = look_alike_cases(
    [
        (
            "ko",
            "이란 미사일 공격 4년",
            "4년 전 오늘 이란은 아인 알아사드 공군기지에 탄도미사일을 쐈다.",
        ),
        (
            "ko",
            "4주년",
            "이란의 아인 알아사드 기지 미사일 공격 4주년을 맞아 이란에서 기념 행사가 열렸다.",
        ),
        (
            "ko",
            "분석: 중동 미군기지 위험",
            "전문가들은 이라크와 시리아의 미군 기지가 드론 공격에 취약하다고 분석했다.",
        ),
        (
            "ko",
            "이란, 미군기지 공격 계획",
            "이란이 중동 미군기지에 대한 미사일 공격을 준비하고 있다고 미 정보당국이 밝혔다.",
        ),
        (
            "ja",
            "解説：中東の米軍基地",
            "イラクの民兵組織が米軍基地を無人機で攻撃する可能性があると専門家はみている。",
        ),
        ("ja", "試験", "米軍はアサド空軍基地で迎撃ミサイルの試験を行った。"),
        (
            "ja",
            "米裁判所、基地攻撃の被害者訴訟",
            "米連邦地裁は、アサド空軍基地へのミサイル攻撃で負傷した米兵らがイランを相手に"
            "起こした訴訟で、原告勝訴の判決を出した。",
        ),
        (
            "ja",
            "ヨルダンの基地に攻撃機",
            "衛星写真では、ヨルダンのムワファク・サルティ基地に60機を超える攻撃機が並んでいる。",
        ),
        (
            "ja",
            "米政権、報復を検討",
            "米政権は、ヨルダンにある米軍基地が無人機で攻撃されたことへの報復として、"
            "どのような手段を取るかを検討している。",
        ),
    ],
    day=MONDAY,
)


def test_no_deaths_leaves_the_injured_unsaid() -> None:
    d = detect(
        "",
        "이라크 아인 알아사드 공군기지에 28일 로켓 3발이 떨어졌다. 사망자는 없었다.",
        PUBLISHED,
    )
    assert d.attack
    assert (d.killed, d.injured) == (0, None)


def test_no_injuries_reported_is_no_casualties() -> None:
    d = detect(
        "",
        "イラクのアサド空軍基地に28日、ロケット弾3発が着弾した。負傷者は報告されていない。",
        PUBLISHED,
    )
    assert d.attack
    assert (d.killed, d.injured) == (0, 0)


def test_lost_their_lives_is_a_toll() -> None:
    d = detect(
        "",
        "ヨルダンのタワー22に28日、無人機が突っ込み、米兵3人が命を落とした。",
        PUBLISHED,
    )
    assert d.attack
    assert d.killed == 3


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the speaker's day comes between it and what it said; the attack's day is the other
        (
            "米国防総省は29日、イラクのアサド空軍基地が28日にロケット弾攻撃を受けたと明らかにした。",
            28,
        ),
        ("미 국방부는 29일 이라크 아인 알아사드 공군기지가 28일 로켓 공격을 받았다고 밝혔다.", 28),
        # the attacker's day, with the day of what it answers after it
        (
            "イランは28日、カタールの米軍基地をミサイルで攻撃し、27日の米国の空爆への報復だとした。",
            28,
        ),
    ],
)
def test_the_day_the_speaker_spoke_is_not_the_attacks(text: str, day: int) -> None:
    d = detect("", text, PUBLISHED)
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, day)


def test_the_day_of_the_us_strike_an_attack_answers_is_not_the_attacks() -> None:
    # "the claim is that it answers the US air strikes on three nuclear sites on the evening
    # of the 21st": that day is the US strike's; the story gives none of its own
    d = detect(
        "이란, 카타르 미군 기지에 미사일 공격",
        "이란이 카타르의 알우데이드 미군 기지를 탄도미사일로 공격했다고 카타르 국방부가 "
        "밝혔다. 미사일 대부분은 요격됐고 사상자는 없었다.\n\n이란 측은 이번 공격이 "
        "21일(현지시간) 저녁 미국이 이란 핵시설 3곳을 공습한 데 따른 보복이라고 주장했다.",
        date(2025, 6, 23),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2025, 6, 23)


# a cause clause that says the attack "answers" the US strike it names, closed by its marker
# ("…に対する報復だとして", "…에 대한 보복이라고"): the US strike is the cause, not the story
test_an_attack_said_to_answer_a_us_strike = report_cases(
    [
        (
            "ja",
            "イラン、カタールにある米軍拠点へミサイル",
            "イランの革命防衛隊は23日、自国の核施設への米軍の攻撃に対する報復だとして、カタール国内に"
            "ある米軍の拠点にミサイルを撃ち込んだと発表した。\n\n"
            "カタール外務省によると、ミサイルは迎撃され、けが人はいない。\n\n"
            "攻撃の対象は米軍が使うアルウデイド空軍基地とみられる。",
            local_time("2025-06-23", 22),
            "al-udeid-air-base",
            "2025-06-23",
            "missile",
        ),
        (
            "ko",
            "이란, 카타르 미군 기지 공격",
            "이란 혁명수비대는 23일 카타르에 있는 미군 기지를 미사일로 공격했으며, 미국이 자국 "
            "핵시설을 공습한 데 대한 보복이라고 밝혔다.\n\n"
            "카타르 국방부는 미사일을 모두 요격했으며 사상자는 없다고 밝혔다.\n\n"
            "공격 대상은 알우데이드 공군기지였다.",
            local_time("2025-06-23", 22),
            "al-udeid-air-base",
            "2025-06-23",
            "missile",
        ),
    ]
)
