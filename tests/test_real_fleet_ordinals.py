"""An ordinal written with a full stop before the fleet it numbers (in our own words):
Turkish "ABD Donanması'na bağlı 5. Filo'nun hizmet merkezi" and German "das Hauptquartier
der 5. Flotte" go on past the stop, as a German date does ("am 29. Dezember"); cut there,
the sentence lost the Fifth Fleet's name from its attack. A count that ends a sentence
still ends it."""

from __future__ import annotations

import pytest

from monitor.detect.text import sentences
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

SATURDAY = local_time("2026-02-28", 18)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "tr",
            "Bahreyn Haber Ajansı, ABD Donanması'na bağlı 5. Filo'nun hizmet merkezinin füze "
            "saldırısına maruz kaldığını bildirdi.",
        ),
        (
            "de",
            "Nach Angaben Bahrains wurde das Hauptquartier der 5. Flotte der US-Marine von einer "
            "Rakete getroffen.",
        ),
    ],
)
def test_the_fifth_fleet_numbered_with_a_stop(language: str, text: str) -> None:
    assert len(sentences(text)) == 1
    d = _match("", text, SATURDAY, language=language)
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_a_count_that_ends_a_sentence_still_ends_it() -> None:
    assert sentences("Die Zahl der Verletzten stieg auf 5. Flugzeuge wurden umgeleitet.") == [
        "Die Zahl der Verletzten stieg auf 5.",
        "Flugzeuge wurden umgeleitet.",
    ]
