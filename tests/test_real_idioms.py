"""A category's word inside a phrase in which it tells something else. An attack word:
"against" in the fight, war, coalition or sanctions against someone (in English, the Romance
and Germanic languages, the Slavic ones, Turkish and Indonesian: "la lucha contra el Estado
Islámico", "der Einsatz gegen den IS", "коалиция против ИГ"), and Spanish and Italian "salvo"
(except, safe), which the English "salvo" of rockets would read. A civilian word that names no
target ("heading home"); a denial of casualties, not of the attack ("denies any casualties").
Seen on real reports (in our own words): a withdrawal story that kept troops "salvo" at one
base, a Balad rocket report that opened with the 2014 return of US troops to Iraq, read
as an old attack, a soldier hurt in a drone attack "heading home" for care, and a claim of
rockets on an airport headlined over the US denying any casualties."""

from __future__ import annotations

from monitor.detect.text import normalise
from tests.reports import fires, local_time, look_alike_cases, report_cases, term_cases

test_an_attack_word_in_a_phrase_that_tells_none = term_cases(
    [
        ("The coalition against the Islamic State keeps troops there.", "against", "cat:attack"),
        ("Washington imposed new sanctions against Tehran.", "against", "cat:attack"),
        ("La coalición contra el Estado Islámico sigue en Irak.", "contra", "cat:attack"),
        ("Os EUA voltaram em 2014 para a luta contra os jihadistas.", "contra", "cat:attack"),
        ("Par contre, la base reste ouverte.", "contre", "cat:attack"),
        ("Der Einsatz gegen den IS geht weiter.", "gegen", "cat:attack"),
        ("Los soldados están a salvo, dijo el ministerio.", "salvo", "cat:attack"),
        ("Коалиция против ИГ сохраняет войска на базе.", "против", "cat:attack"),
        ("IŞİD'e karşı koalisyonun üssü Irak'ta.", "karsi", "cat:attack"),
        ("De strijd tegen IS gaat door.", "tegen", "cat:attack"),
        ("Koalicja przeciwko Państwu Islamskiemu zostaje w Iraku.", "przeciwko", "cat:attack"),
        ("I militari italiani sono stati messi in salvo.", "salvo", "cat:attack"),
    ],
    read=False,
)


def test_the_same_words_still_tell_an_attack_elsewhere() -> None:
    assert fires("Tres cohetes contra la base de Ain al Asad.", "contra", "cat:attack")
    assert fires("A salvo of rockets hit the base.", "salvo", "cat:attack")
    assert fires("Three rockets were fired against the base overnight.", "against", "cat:attack")
    assert fires("Ракеты выпущены против американской базы.", "против", "cat:attack")


test_troops_kept_at_a_base_except_are_no_attack = look_alike_cases(
    [
        (
            "es",
            "Irak dice adiós a las unidades de combate extranjeras",
            "El portavoz militar iraquí dijo que los soldados extranjeros de combate "
            "extranjeras terminarán de salir del país en dos semanas. Según su portavoz, esas "
            "tropas ya no tienen bases propias, salvo un pequeño contingente que seguirá en "
            "Ain al Asad, en la provincia de Anbar.",
        ),
    ],
    "2021-12-10",
)

test_a_report_that_opens_with_the_fight_against_a_group = report_cases(
    [
        (
            "pt",
            "Foguetes atingem base no Iraque",
            "Os americanos regressaram ao Iraque em 2014 para a luta contra os jihadistas.\n\n"
            "Segundo a agência France-Presse, uma base iraquiana que abriga aviões americanos foi "
            "atingida neste domingo por cinco foguetes.\n\n"
            "O comandante de Balad, base aérea ao norte de Bagdá, disse que dois funcionários de "
            "uma empresa americana ficaram feridos.",
            local_time("2021-04-18", 20),
            "balad-air-base",
            "2021-04-18",
            "rocket",
        ),
    ]
)


def test_a_soldier_heading_home_is_no_civilian_target() -> None:
    assert not fires(
        "A US soldier hurt in the drone attack is heading home.", "home", "cat:civilian"
    )
    assert fires("A drone hit a home near the base.", "home", "cat:civilian")
    assert fires("A US soldier was hurt in the drone attack.", "us soldier", "cat:coalition")


test_a_soldier_hurt_in_an_attack_days_before = report_cases(
    [
        (
            "en",
            "Soldier wounded at Erbil on Christmas Day heading home for treatment",
            "On Thursday the Defense Department said it will move the American soldier gravely "
            "wounded in the drone attack of Christmas Day to a hospital in the United States."
            "\n\n"
            "The soldier has been in a military hospital in Germany since the strike.\n\n"
            "A one-way drone hit Erbil air base that morning, one of scores of strikes on "
            "American troops since mid-October.",
            local_time("2024-01-04", 20),
            "erbil-air-base",
            "2023-12-25",
            "drone",
        ),
    ]
)


def test_a_denial_of_casualties_is_no_denial_of_the_attack() -> None:
    assert not fires("البنتاغون ينفي سقوط ضحايا في الهجوم", normalise("ينفي"), "cat:denial")
    assert not fires("The Pentagon denied reports of casualties.", "denied reports", "cat:denial")
    assert fires(
        "The Pentagon denied reports of an attack on the base.", "denied reports", "cat:denial"
    )


test_a_claim_over_a_denial_of_casualties = report_cases(
    [
        (
            "ar",
            "فصيل عراقي يتبنى قصف قاعدة عين الأسد والبنتاغون ينفي سقوط ضحايا",
            "قال مسؤول أمريكي إن ثلاثة صواريخ سقطت داخل قاعدة عين الأسد الجوية فجر اليوم.\n\n"
            "وأضاف أن الدفاعات الجوية اعترضت صاروخا رابعا.",
            local_time("2023-11-20", 12),
            "ain-al-asad",
            "2023-11-20",
            "rocket",
        ),
    ]
)
