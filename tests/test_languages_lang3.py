"""Term files of the Nordic languages (Norwegian, Swedish, Danish, Finnish, Icelandic),
Vietnamese and Thai: for each, a report of an attack and a look-alike, written for these tests
after the facts of real attacks; and the words of these files that must not fire in another
language's text."""

from __future__ import annotations

import pytest

from monitor.detect.terms import load_terms
from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import report_cases, term_cases

# language, title, text, publication day, base, attack day, weapon
REPORTS = [
    (
        "no",
        "Raketter slo ned på amerikansk base i Irak",
        "Minst tre raketter slo ned på flybasen Ain al-Asad i det vestlige Irak mandag kveld, "
        "der amerikanske soldater holder til, melder irakiske sikkerhetskilder. Ingen ble skadet.",
        "2021-07-06",
        "ain-al-asad",
        "2021-07-05",
        "rocket",
    ),
    (
        "sv",
        "Robotattack mot amerikansk flygbas i Qatar",
        "Iran avfyrade på måndagskvällen ett flertal robotar mot Al Udeid-basen utanför Doha, där "
        "tusentals amerikanska soldater finns. Enligt Qatars försvarsministerium sköts nästan alla "
        "ner och ingen skadades.",
        "2025-06-24",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "da",
        "Droneangreb mod amerikansk base i Syrien",
        "En amerikansk base ved al-Tanf i det sydlige Syrien blev onsdag ramt af to droner, "
        "oplyser Pentagon. Flere amerikanske soldater fik lettere skader.",
        "2023-10-19",
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
    (
        "fi",
        "Ohjusisku Yhdysvaltain tukikohtaan Qatarissa",
        "Iran ampui maanantai-iltana useita ohjuksia Al Udeidin lentotukikohtaan Qatarissa, jossa "
        "on tuhansia yhdysvaltalaisia sotilaita. Qatarin mukaan ohjukset torjuttiin eikä kukaan "
        "loukkaantunut.",
        "2025-06-24",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "is",
        "Eldflaugaárás á herstöð í Írak",
        "Þremur eldflaugum var skotið á herstöðina Ain al-Asad í vesturhluta Íraks á "
        "mánudagskvöld, þar sem bandarískir hermenn hafast við. Enginn særðist í árásinni.",
        "2021-07-06",
        "ain-al-asad",
        "2021-07-05",
        "rocket",
    ),
    (
        "vi",
        "Rocket rơi xuống căn cứ có lính Mỹ ở Iraq",
        "Ba quả rocket đã rơi xuống căn cứ không quân Ain al-Asad ở miền tây Iraq vào tối thứ "
        "hai, nơi đồn trú của binh sĩ Mỹ, các nguồn tin an ninh Iraq cho biết. Không có ai bị "
        "thương.",
        "2021-07-06",
        "ain-al-asad",
        "2021-07-05",
        "rocket",
    ),
    (
        "th",
        "อิหร่านยิงขีปนาวุธใส่ฐานทัพสหรัฐในกาตาร์",
        "อิหร่านยิงขีปนาวุธหลายลูกไปยังฐานทัพอากาศอัลอูเดดในกาตาร์เมื่อคืนวันจันทร์ "
        "ซึ่งเป็นที่ตั้งของทหารสหรัฐหลายพันนาย กระทรวงกลาโหมกาตาร์ระบุว่าสกัดกั้นได้เกือบทั้งหมด",
        "2025-06-24",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
]

# language, title, text: look-alikes that are no new attack on a coalition base
LOOK_ALIKES = [
    (
        "no",
        "USA angrep militser i Syria",
        "Amerikanske kampfly bombet natt til fredag våpenlagre brukt av iranskstøttede militser "
        "øst i Syria, som svar på rakettangrep mot amerikanske styrker.",
    ),
    (
        "sv",
        "Ryska drönare anföll flygbas i Ukraina",
        "Ryska drönare attackerade under natten en flygbas i västra Ukraina, uppger det ukrainska "
        "flygvapnet. Flera av drönarna sköts ner.",
    ),
    (
        "da",
        "Irak afviser angreb på Ain al-Asad",
        "Det irakiske forsvar afviser at raketter skulle have ramt luftbasen Ain al-Asad natten "
        "til lørdag; der var intet angreb, siger en talsmand.",
    ),
    (
        "fi",
        "Yhdysvallat iski miliisien kohteisiin Syyriassa",
        "Yhdysvaltain hävittäjät pommittivat perjantaina Iranin tukemien miliisien asevarastoja "
        "Itä-Syyriassa kostona tukikohtiin kohdistuneista drooni-iskuista.",
    ),
    (
        "is",
        "Vígamenn hóta árásum á herstöðvar Bandaríkjahers",
        "Vopnaður hópur í Írak hótaði í dag að ráðast á herstöðvar Bandaríkjahers með eldflaugum "
        "og drónum ef hermennirnir yrðu ekki kallaðir heim.",
    ),
    (
        "vi",
        "Mỹ không kích các nhóm vũ trang ở Syria",
        "Quân đội Mỹ không kích kho vũ khí của các nhóm vũ trang thân Iran ở miền đông Syria, "
        "nhằm đáp trả các vụ tấn công bằng máy bay không người lái vào căn cứ của Mỹ.",
    ),
    (
        "th",
        "อิหร่านยิงขีปนาวุธโจมตีฐานทัพอากาศเนวาทิมของอิสราเอล",
        "ภาพถ่ายจากดาวเทียมแสดงให้เห็นความเสียหายที่ฐานทัพอากาศเนวาทิมทางตอนใต้ของอิสราเอล "
        "หลังอิหร่านยิงขีปนาวุธโจมตีเมื่อสัปดาห์ที่แล้ว",
    ),
]


test_report_in_each_language = report_cases(
    [(case[0], *case[1:3], _at(case[3]), *case[4:]) for case in REPORTS]
)


@pytest.mark.parametrize(
    ("title", "text"), [case[1:] for case in LOOK_ALIKES], ids=[case[0] for case in LOOK_ALIKES]
)
def test_look_alike_in_each_language_is_not_taken(title: str, text: str) -> None:
    d = _match(title, text, _at("2024-02-03"))
    assert not d.attack, d.reasons


test_words_of_these_files_do_not_fire_in_another_language = term_cases(
    [
        ("Le sondage publié dimanche donne la gauche en tête.", "sondage", "weekday:6"),
        ("Die Helfer eilen zum Unglücksort.", "eilen", "date:yesterday"),
        ("Minister doda, że rozmowy trwają.", "doda", "cat:killed"),
        ("The ambassador met the base commander.", "ambassador", "cat:base_words"),
        ("La guerra fra Israele e Hamas continua.", "fra", "cat:locative"),
        ("Iskustvo pokazuje da je baza sigurna.", "iskustvo", "cat:attack"),
        ("Operaţiunile au fost calificate drept periculoase.", "drept", "cat:killed"),
    ],
    read=False,
)


def test_nordic_vietnamese_and_thai_term_files_are_loaded() -> None:
    assert {"no", "sv", "da", "fi", "is", "vi", "th"} <= set(load_terms().languages)
