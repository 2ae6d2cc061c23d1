"""German, Dutch and Nordic term files: a report and a look-alike in each language, written
for these tests after the facts of real attacks, and the words of one language that must not
fire in another's text."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, matcher, report_cases, term_cases

REPORTS = [
    (
        "de",
        "Erneut Raketen auf von den USA genutzten Stützpunkt im Irak",
        "Auf dem Militärstützpunkt Tadschi, der von US-Truppen und Soldaten der Koalition "
        "genutzt wird, sind am Samstagmorgen mehrere Katjuscha-Raketen eingeschlagen. Irakische "
        "Sicherheitskreise sprachen von zwei leicht verletzten Soldaten.",
        _at("2020-03-14", 15),
        "camp-taji",
        "2020-03-14",
        "rocket",
    ),
    (
        "de",
        "US-Luftwaffenstützpunkt im Irak beschossen",
        "Vergangene Nacht fielen zwei Raketen auf das Gelände des Luftwaffenstützpunkts Balad, "
        "der vom US-Militär genutzt wird. Verletzt wurde nach ersten Angaben niemand.",
        _at("2021-04-05", 9),
        "balad-air-base",
        "2021-04-04",
        "rocket",
    ),
    (
        "nl",
        "Iran slaat terug",
        "Iran vuurde maandagavond zes tot tien ballistische raketten af op de luchtmachtbasis "
        "Al Udeid, die door de VS gebruikt wordt. De Qatarese luchtverdediging haalde de "
        "meeste neer.",
        _at("2025-06-24", 8),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "sv",
        "Raketer slog ner på Ain al-Asad",
        "Flera raketer slog ner på Ain al-Asad i västra Irak på onsdagsmorgonen, där "
        "amerikanska soldater är stationerade. Ingen kom till skada, uppger koalitionen.",
        _at("2021-03-03", 14),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "no",
        "Droner styrtet ved al-Tanf",
        "To droner styrtet ned ved al-Tanf i Sørøst-Syria i går kveld, der amerikanske "
        "styrker holder til. Den ene ble skutt ned av luftvernet, melder Pentagon.",
        _at("2023-10-19", 9),
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
    (
        "da",
        "Droner faldt ned ved lufthavnen i Erbil",
        "To droner med sprængstof faldt i går aftes ned ved lufthavnen i Erbil, hvor den "
        "USA-ledede koalition holder til. Ingen kom til skade.",
        _at("2021-09-12", 8),
        "erbil-air-base",
        "2021-09-11",
        "drone",
    ),
    (
        "fi",
        "Iranin ohjus osui Yhdysvaltain laivaston tukikohtaan",
        "Iranin ballistinen ohjus osui lauantaina Yhdysvaltain laivaston tukikohtaan "
        "Bahrainissa, kertoi Pentagon. Alueelta nousi savua.",
        _at("2026-02-28", 18),
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
    (
        "is",
        "Sprengjudróni sprakk á herstöð í Vestur-Írak",
        "Sprengjudróni sprakk inni á herstöðinni Ain al-Asad í Vestur-Írak í gærkvöldi, þar "
        "sem bandarískir hermenn eru. Annar dróni var skotinn niður. Enginn særðist.",
        _at("2024-07-17", 9),
        "ain-al-asad",
        "2024-07-16",
        "drone",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "de",
        "Bundeswehr übt Drohnenabwehr auf dem Fliegerhorst",
        "Auf dem Fliegerhorst bei Köln hat die Luftwaffe am Dienstag die Abwehr feindlicher "
        "Drohnen geübt. Bei dem Manöver wurden mehrere Drohnen abgefangen, wie ein Sprecher "
        "sagte.",
    ),
    (
        "de",
        "US-Armee bombardiert Milizstellungen im Irak",
        "Als Vergeltung für frühere Raketenangriffe auf einen von den USA genutzten Stützpunkt "
        "haben US-Kampfjets in der Nacht Stellungen einer Miliz im Irak bombardiert.",
    ),
    (
        "nl",
        "Amerikaanse vergeldingsaanvallen op milities in Irak",
        "Amerikaanse gevechtsvliegtuigen hebben luchtaanvallen uitgevoerd op milities in Irak, "
        "als vergelding voor eerdere raketaanvallen op een basis die door de VS gebruikt wordt.",
    ),
    (
        "sv",
        "Ett år sedan robotattacken mot Ain al-Asad",
        "Det har gått ett år sedan Iran avfyrade robotar mot flygbasen Ain al-Asad, där "
        "amerikanska soldater är stationerade. Veteraner samlades till en minnesceremoni.",
    ),
    (
        "no",
        "Militsen truer med nye angrep",
        "En irakisk milits truer med nye rakettangrep mot baser som brukes av amerikanske "
        "styrker, dersom USA ikke trekker seg ut av landet.",
    ),
    (
        "da",
        "USA bombede militser i Irak",
        "USA bombede i nat militser i Irak som gengæld for droneangreb mod baser, der bruges "
        "af amerikanske soldater.",
    ),
    (
        "fi",
        "Yhdysvallat iski miliisien kohteisiin",
        "Yhdysvallat iski yöllä miliisien kohteisiin Irakissa kostoksi drooni-iskuista "
        "tukikohtiin, joissa on amerikkalaissotilaita.",
    ),
    (
        "is",
        "Vígamenn hóta árásum á herstöðvar",
        "Vígamenn í Írak hótuðu í dag drónaárásum á herstöðvar Bandaríkjahers ef herliðið "
        "yfirgefur ekki landið.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("De raketten waren gericht op de basis.", "gericht", "cat:event"),
    ],
    read=False,
)


def test_a_named_place_after_a_launch_site_is_still_a_target() -> None:
    reading = matcher().reader.read(
        1,
        "Die Raketen aus dem Iran waren auf zwei Militärstützpunkte in Al-Asad und Erbil "
        "gerichtet, wo US-Soldaten stationiert sind.",
    )
    assert {e.place.id for e in reading.places} == {"ain-al-asad", "erbil-air-base"}
