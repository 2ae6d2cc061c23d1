"""Attacks "in recent days" on US bases are background to the story's news (a threat, a
warning, a vote), not a new attack, in the languages real reports used (in our own words). A
story's own attack beside such a sentence is still taken, with its base.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

MONDAY = date(2024, 1, 8)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A coalition of Iran-backed militias told US forces to leave Iraq at once, warning "
            "of more to come.\n\nIn recent days armed groups have fired rockets and drones at US "
            "bases in Iraq and Syria, most of them claimed by the Islamic Resistance in Iraq.",
        ),
        (
            "ar",
            "طالب تحالف فصائل مسلحة القوات الأمريكية بمغادرة العراق فوراً.\n\nوفي الأيام "
            "الأخيرة أطلقت فصائل مسلحة صواريخ وطائرات مسيرة على قواعد أمريكية في العراق وسوريا.",
        ),
        (
            "fr",
            "Une coalition de milices a sommé les forces américaines de quitter l'Irak sans "
            "délai.\n\nCes derniers jours, des groupes armés ont tiré des roquettes et des drones "
            "sur des bases américaines en Irak et en Syrie.",
        ),
    ],
)
def test_attacks_in_recent_days_are_background(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert not d.attack, d.reasons


def test_the_days_attack_beside_them_is_taken() -> None:
    d = _match(
        "",
        "Two rockets struck Ain al-Asad air base in western Iraq on Monday morning, a US "
        "official said.\n\nIn recent days armed groups have fired rockets and drones at US "
        "bases in Iraq and Syria.",
        MONDAY,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
