"""German, Dutch and Nordic term files: a report and a look-alike in each language, written
for these tests after the facts of real attacks, and the words of one language that must not
fire in another's text."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import matcher

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
        "Iran bestookt Amerikaanse luchtmachtbasis in Qatar",
        "Iran vuurde maandagavond zes tot tien ballistische raketten af op de luchtmachtbasis "
        "Al Udeid, die door de VS gebruikt wordt. De Qatarese luchtverdediging haalde de "
        "meeste neer.",
        _at("2025-06-24", 8),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "base", "day", "weapon"),
    REPORTS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(REPORTS)],
)
def test_report_in_each_language(
    language: str, title: str, text: str, published: datetime, base: str, day: str, weapon: str
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert [p.id for p in d.bases] == [base]
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == day
    assert d.weapons == (weapon,)


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
]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    LOOK_ALIKES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(LOOK_ALIKES)],
)
def test_look_alike_in_each_language_is_not_taken(language: str, title: str, text: str) -> None:
    d = _match(title, text, _at("2024-02-03"))
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("sentence", "word", "label"),
    [
        ("De raketten waren gericht op de basis.", "gericht", "cat:event"),
    ],
)
def test_words_of_one_language_do_not_fire_in_another(sentence: str, word: str, label: str) -> None:
    reading = matcher().reader.read(1, sentence)
    assert not [h for h in reading.hits if h.label == label and word in h.text]


def test_a_named_place_after_a_launch_site_is_still_a_target() -> None:
    reading = matcher().reader.read(
        1,
        "Die Raketen aus dem Iran waren auf zwei Militärstützpunkte in Al-Asad und Erbil "
        "gerichtet, wo US-Soldaten stationiert sind.",
    )
    assert {e.place.id for e in reading.places} == {"ain-al-asad", "erbil-air-base"}
