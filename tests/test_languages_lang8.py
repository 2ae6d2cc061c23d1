"""German, Dutch and Nordic term files, second pass: a report and a look-alike in each
language, written for these tests after the facts of real attacks (a US strike told after the
attack that set it off, present-tense and separable attack verbs, Danish and Norwegian troops
at a coalition base), and the words of these languages that must not fire elsewhere."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import matcher, report_cases, term_cases

REPORTS = [
    (
        "de",
        "Drohne greift US-Außenposten Tower 22 an",
        "In der Nacht zum Sonntag sind drei US-Angehörige in Jordanien getötet worden. Dutzende "
        "weitere wurden verletzt, teilte das Pentagon mit.",
        _at("2024-01-28", 20),
        "tower-22",
        "2024-01-28",
        "drone",
    ),
    (
        "nl",
        "Aanval op legerpost in Jordanië",
        "Een drone viel zondag een legerpost aan in het noordoosten van Jordanië, waar "
        "Amerikanen zijn gestationeerd. Er raakte niemand gewond, meldt een woordvoerder.",
        _at("2024-01-28", 20),
        "north-east-jordan",
        "2024-01-28",
        "drone",
    ),
    (
        "da",
        "Raketter rammer luftbase med danske soldater",
        "Omkring ti raketter slog onsdag morgen ned på luftbasen Ain al-Asad i det vestlige "
        "Irak. Der er ingen meldinger om dræbte eller sårede, oplyser Forsvaret.",
        _at("2021-03-03", 14),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "no",
        "Raketter rammer flybase med norske soldater",
        "Minst ti raketter slo onsdag morgen ned på flybasen Ain al-Asad i Vest-Irak. Forsvaret "
        "opplyser at ingen ble skadet.",
        _at("2021-03-03", 14),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "sv",
        "Iran angriper flygbasen al-Udeid i Qatar",
        "Iran avfyrar robotar mot al-Udeid, uppger Qatars försvarsministerium på "
        "måndagskvällen. Enligt ministeriet skadades ingen.",
        _at("2025-06-23", 21),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "fi",
        "Ain al-Asadin lentotukikohtaan iskettiin raketeilla",
        "Ain al-Asadin lentotukikohtaan Länsi-Irakissa iskettiin keskiviikkoaamuna ainakin "
        "kymmenellä raketilla. Tukikohdassa on Yhdysvaltain asevoimien sotilaita.",
        _at("2021-03-03", 14),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)

LOOK_ALIKES = [
    (
        "de",
        "Luftangriffe auf Milizstellungen im Irak",
        "Als Reaktion auf den Angriff auf US-Soldaten am Flughafen Erbil hat die US-Luftwaffe in "
        "der Nacht drei Stellungen einer Miliz bombardiert. Drei US-Soldaten waren bei dem "
        "Drohnenangriff verletzt worden.",
    ),
    (
        "nl",
        "Luchtaanvallen op milities in Syrië",
        "Als reactie op een droneaanval op een legerbasis in het noordoosten van Syrië, waar "
        "Amerikaanse militairen zijn gestationeerd, hebben gevechtsvliegtuigen donderdagnacht "
        "doelen van milities gebombardeerd.",
    ),
    (
        "da",
        "Militser bombet i Irak",
        "Som svar på droneangrebet mod en base med amerikanske soldater i Erbil har kampfly "
        "natten til tirsdag bombet tre mål i Irak.",
    ),
    (
        "no",
        "Luftangrep mot militser i Irak",
        "Som svar på angrepet med droner mot en base i Erbil, der tre amerikanske soldater ble "
        "skadet, har USA gjennomført luftangrep mot tre mål i Irak.",
    ),
    (
        "sv",
        "Miliser bombade i Irak",
        "Som svar på drönarattacken mot en amerikansk bas i norra Irak har stridsflygplan under "
        "natten bombat tre anläggningar som används av en milis.",
    ),
    (
        "fi",
        "Ilmaiskuja miliisin kohteisiin Irakissa",
        "Vastauksena iskuun, jossa drooni haavoitti kolmea sotilasta Erbilin tukikohdassa, "
        "Yhdysvaltain asevoimat pommittivat yöllä kolmea miliisin kohdetta Irakissa.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    LOOK_ALIKES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(LOOK_ALIKES)],
)
def test_look_alike_in_each_language_is_not_taken(language: str, title: str, text: str) -> None:
    d = _match(title, text, _at("2023-12-26"))
    assert not d.attack, d.reasons


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        # Swedish "träffar" is also "meets": not an attack word
        ("Statsministern träffar soldaterna på basen i Erbil.", "traffar", "cat:attack"),
        # Norwegian "treffer" is also "meets"
        ("Forsvarsministeren treffer soldatene på basen.", "treffer", "cat:attack"),
        # a revenge strike may be Iran's: not the US's without its name
        ("Iranin kostoisku osui tukikohtaan.", "kostoisku", "cat:us_attacker"),
    ],
    read=False,
)


def test_danish_troops_at_a_base_are_coalition_forces() -> None:
    reading = matcher().reader.read(
        1, "Raketter ramte luftbasen, hvor der er udsendt danske soldater."
    )
    assert reading.coalition
    assert reading.attack


def test_no_one_hurt_in_dutch_and_swedish() -> None:
    for title, text, day in (
        (
            "Raketten op de luchtmachtbasis Ain al-Asad",
            "Op de luchtmachtbasis Ain al-Asad zijn woensdag raketten ingeslagen waar "
            "Amerikaanse militairen zijn gestationeerd. Er raakte niemand gewond.",
            "2021-03-03",
        ),
        (
            "Raketer mot flygbasen Ain al-Asad",
            "Raketer avfyrades på onsdagen mot flygbasen Ain al-Asad där amerikanska soldater "
            "finns. Enligt koalitionen skadades ingen.",
            "2021-03-03",
        ),
    ):
        d = _match(title, text, _at(day, 15))
        assert d.attack, d.reasons
        assert d.injured == 0
