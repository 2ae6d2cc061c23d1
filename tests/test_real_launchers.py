"""A rocket launcher is a "launch pad" in militia attack reports ("the rockets were fired from
a launch pad mounted on a truck", "fırlatma rampası taşıyan bir araçtan"): not a space launch,
as seen on real reports (in our own words). A story of a space launch stays no attack.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

TUESDAY = date(2024, 8, 6)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Rockets target Ain al-Asad air base",
            "Two rockets were fired at Ain al-Asad air base in western Iraq on Tuesday, hurting "
            "several US troops.\n\nThe rockets were launched from a launch pad mounted on a "
            "truck near the town of Hit, security sources said.",
        ),
        (
            "tr",
            "Ayn el-Esad Üssü'ne roket saldırısı",
            "ABD askerlerinin bulunduğu Ayn el-Esad Üssü'ne salı günü iki roket düştü.\n\n"
            "Roketler, Hit kasabası yakınında fırlatma rampası taşıyan bir araçtan atıldı.",
        ),
    ],
)
def test_a_launch_pad_on_a_truck_is_the_attackers(language: str, title: str, text: str) -> None:
    d = _match(title, text, TUESDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.confidence >= 0.9


def test_a_space_launch_is_no_attack() -> None:
    d = _match(
        "Rocket lifts off",
        "The rocket left the launch pad at dawn and put a weather satellite into orbit, the "
        "space agency said.",
        TUESDAY,
    )
    assert not d.attack
