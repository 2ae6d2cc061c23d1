"""An attack feared is not one made (in our own words, after a real report): the night Iran's
missiles struck Al Udeid, the air defences at Ain al-Asad were readied too, "da man einen
Angriff befürchtete" (as an attack was feared); English "fearing an attack" likewise.
The base braced for an attack is not a second target."""

from __future__ import annotations

import pytest

from tests.reports import bases, detect, local_time


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Am Montagabend schlugen iranische Raketen in Katar auf dem Stützpunkt Al Udeid der "
            "US-Luftwaffe ein, meldeten Agenturen.\n\n"
            "Da man auch dort einen Angriff befürchtete, ging die Flugabwehr der US-Basis Ain "
            "al-Asad im Irak ebenfalls in Bereitschaft.",
        ),
        (
            "en",
            "Iran struck the US air base of Al Udeid in Qatar with missiles on Monday evening, "
            "agencies reported.\n\n"
            "Fearing an attack, the US air base of Ain al-Asad in Iraq also turned on its air "
            "defences.",
        ),
    ],
)
def test_a_base_that_braced_for_an_attack_is_no_second_target(language: str, text: str) -> None:
    d = detect("", text, local_time("2025-06-23", 23), language=language)
    assert d.attack, d.reasons
    assert bases(d) == ["al-udeid-air-base"]
