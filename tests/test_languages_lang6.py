"""Slavic, Greek and Hungarian term files read the way their press writes: a US air base named
by its adjective and country ("americkou leteckou základnu v Bahrajnu"), bases spelled with
their case endings, the Fifth Fleet, recalls of last week's or January's attack. A report and
a look-alike in each language, written for these tests after the facts of real attacks."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import report_cases

REPORTS = [
    (
        "cs",
        "Revoluční gardy: drony zasáhly americkou základnu v Bahrajnu",
        "Íránské revoluční gardy v úterý ráno oznámily, že provedly dronový útok na americkou "
        "leteckou základnu v Bahrajnu a zničily tam sklady paliva. Spojené státy útok zatím "
        "nekomentovaly.",
        _at("2026-03-03", 11),
        "gulf",
        "2026-03-03",
        "drone",
    ),
    (
        "sk",
        "Iránska balistická raketa dopadla na americkú leteckú základňu v Katare",
        "Iránska armáda v pondelok večer vystrelila dve balistické rakety na americkú leteckú "
        "základňu v Katare. Jednu zostrelila protivzdušná obrana, druhá zasiahla základňu, "
        "uviedlo katarské ministerstvo obrany. Nikto nebol zranený.",
        _at("2026-03-03", 9),
        "al-udeid-air-base",
        "2026-03-02",
        "missile",
    ),
    (
        "ru",
        "Беспилотник атаковал базу Телль-Бейдар в Сирии",
        "В понедельник утром беспилотник-камикадзе атаковал базу Телль-Бейдар на северо-востоке "
        "Сирии, где размещены американские военные. По данным источника, аппарат упал на "
        "территории базы, о пострадавших не сообщается.",
        _at("2023-11-06", 15),
        "tal-baydar",
        "2023-11-06",
        "drone",
    ),
    (
        "el",
        "Επίθεση με drone στην αεροπορική βάση Χαρίρ",
        "Μη επανδρωμένο αεροσκάφος έπληξε την Τετάρτη την αεροπορική βάση Χαρίρ στο Ιρακινό "
        "Κουρδιστάν, όπου σταθμεύουν αμερικανοί στρατιώτες, σύμφωνα με το Πεντάγωνο. Δεν "
        "αναφέρθηκαν τραυματίες.",
        _at("2023-10-19", 10),
        "harir-air-base",
        "2023-10-18",
        "drone",
    ),
    (
        "pl",
        "Irańskie rakiety balistyczne spadły na bazę Al-Udeid",
        "Iran wystrzelił w poniedziałek wieczorem kilka rakiet balistycznych na bazę lotniczą "
        "Al-Udeid w Katarze, wykorzystywaną przez amerykańskie lotnictwo. Większość pocisków "
        "przechwyciła obrona powietrzna, podało ministerstwo obrony Kataru.",
        _at("2025-06-24", 8),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "hr",
        "Iranska balistička raketa pogodila sjedište Pete flote u Bahreinu",
        "Iranska balistička raketa jutros je pogodila sjedište Pete flote američke mornarice u "
        "Manami, potvrdila je državna agencija. Podaci o žrtvama zasad nisu objavljeni.",
        _at("2026-02-28", 14),
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
]


test_report_in_each_language = report_cases(REPORTS)

LOOK_ALIKES = [
    (
        "cs",
        "Pentagon: vojáci v Iráku jsou připraveni na útok íránských dronů",
        "Americké jednotky na základnách v Iráku jsou připraveny na případný útok íránských dronů "
        "a raket, uvedl v pondělí mluvčí Pentagonu. K žádnému útoku zatím nedošlo.",
        _at("2024-02-03"),
    ),
    (
        "sk",
        "Ukrajinské drony zasiahli ruskú leteckú základňu",
        "Ukrajinské drony v noci zasiahli ruskú leteckú základňu na Kryme a zničili dve "
        "lietadlá, oznámila ukrajinská armáda.",
        _at("2024-02-03"),
    ),
    (
        "ru",
        "Американские самолеты нанесли удары по объектам в Сирии",
        "Американские истребители нанесли удары по складам проиранских формирований на востоке "
        "Сирии в ответ на атаки на базу Эт-Танф, сообщил Пентагон.",
        _at("2024-02-03"),
    ),
    (
        "el",
        "Ο υπουργός Άμυνας των ΗΠΑ επισκέφθηκε αμερικανούς στρατιώτες στο Ιράκ",
        "Ο υπουργός Άμυνας των ΗΠΑ επισκέφθηκε την Τρίτη αμερικανούς στρατιώτες στο Ιρακινό "
        "Κουρδιστάν. Την περασμένη εβδομάδα η βάση Χαρίρ είχε δεχθεί επίθεση με drone.",
        _at("2023-10-31"),
    ),
    (
        "pl",
        "Styczniowy atak rakietowy: ponad sto przypadków urazów mózgu",
        "U ponad stu amerykańskich żołnierzy rozpoznano urazy mózgu po styczniowym ataku "
        "rakietowym Iranu na bazy USA w Iraku, podał Pentagon.",
        _at("2020-02-11"),
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "published"), LOOK_ALIKES)
def test_look_alike_in_each_language_is_not_taken(
    language: str, title: str, text: str, published: datetime
) -> None:
    d = _match(title, text, published)
    assert not d.attack, d.reasons
