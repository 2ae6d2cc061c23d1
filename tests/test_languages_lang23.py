"""Kabul's airport as the Portuguese, Italian, Croatian, Dutch, Polish, Czech, Hungarian and
Urdu press name it: the rockets fired at it on the last day of the evacuation were missed in
these languages. Reports written for these tests after the facts of that attack."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import report_cases

KABUL = "hamid-karzai-airport"
MONDAY = _at("2021-08-30", 14)

REPORTS = [
    (
        "pt",
        "Foguetes disparados contra o aeroporto de Cabul",
        "Cinco foguetes foram disparados nesta segunda-feira contra o aeroporto internacional "
        "de Cabul e interceptados pelo sistema antimísseis das forças americanas.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "it",
        "Razzi contro aeroporto Kabul, intercettati dalla difesa americana",
        "Lunedì mattina alcuni razzi sono stati lanciati contro l'aeroporto internazionale di "
        "Kabul, dove restano le truppe americane; la difesa antimissile li ha intercettati.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "hr",
        "Rakete ispaljene na zračnu luku u Kabulu",
        "U ponedjeljak je pet raketa ispaljeno na zračnu luku u Kabulu, gdje su još američki "
        "vojnici; američki proturaketni sustav ih je presreo.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "nl",
        "Raketten afgevuurd op luchthaven van Kabul",
        "Maandagochtend zijn vijf raketten afgevuurd op de luchthaven van Kabul, waar nog "
        "Amerikaanse troepen zijn. Het Amerikaanse afweersysteem onderschepte ze.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "pl",
        "Rakiety wystrzelone w kierunku lotniska w Kabulu",
        "W poniedziałek rano pięć rakiet wystrzelono na lotnisko w Kabulu, gdzie wciąż "
        "przebywają amerykańscy żołnierze; amerykański system obrony je przechwycił.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "cs",
        "Na letiště v Kábulu vypálili rakety",
        "V pondělí ráno bylo na letiště v Kábulu, kde jsou ještě američtí vojáci, vypáleno pět "
        "raket. "
        "Americká protiraketová obrana je sestřelila.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "hu",
        "Rakétákat lőttek ki a kabuli repülőtérre",
        "Hétfő reggel öt rakétát lőttek ki a kabuli repülőtérre, ahol még amerikai katonák "
        "vannak; az amerikai rakétavédelem elfogta őket.",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
    (
        "ur",
        "کابل ایئرپورٹ پر راکٹ حملہ",
        "پیر کی صبح کابل کے بین الاقوامی ہوائی اڈے پر پانچ راکٹ فائر کیے گئے جہاں امریکی فوجی "
        "موجود ہیں، امریکی دفاعی نظام نے انہیں روک لیا۔",
        MONDAY,
        KABUL,
        "2021-08-30",
        "rocket",
    ),
]

test_report_in_each_language = report_cases(REPORTS)
