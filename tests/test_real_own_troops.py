"""A report in a coalition partner's language often names only its own troops at the base
(in our own words): "Bundeswehrsoldaten", "militari italiani", "Nederlandse militairen",
"internationale troepen". They are coalition forces, as "Dutch troops" is in English.
"""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2022-01-04")


@pytest.mark.parametrize(
    ("language", "title", "text", "base"),
    [
        (
            "de",
            "Raketenangriff auf Erbil",
            "Bei einem Raketenangriff auf Erbil sind in der Nacht keine Bundeswehrsoldaten im "
            "Nordirak verletzt worden, teilte das Einsatzführungskommando mit.",
            "erbil-air-base",
        ),
        (
            "it",
            "Razzi su Erbil",
            "Un attacco con razzi su Erbil nella notte non ha coinvolto i militari italiani "
            "nel nord dell'Iraq, ha fatto sapere il ministero della Difesa.",
            "erbil-air-base",
        ),
        (
            "nl",
            "Raketten op Erbil",
            "Een aanval met raketten op Erbil heeft vannacht de Nederlandse militairen die in "
            "Noord-Irak actief zijn niet geraakt, meldt het ministerie van Defensie.",
            "erbil-air-base",
        ),
    ],
)
def test_the_outlets_own_troops_are_coalition_forces(
    language: str, title: str, text: str, base: str
) -> None:
    d = _match(title, text, MORNING, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == [base]


def test_one_soldier_of_a_partner_is_coalition_forces() -> None:
    # "a Scottish soldier", "a British soldier": one of the partner's troops, named by the
    # outlet at home, whose base the story names further down
    d = _match(
        "Scottish medic, 26, dies as rockets pound base north of Baghdad",
        "A Scottish soldier was among three killed when more than a dozen rockets struck a "
        "military base north of Baghdad on Wednesday, the Ministry of Defence said.\n\n"
        "She was one of some 200 British personnel training Iraqi forces at Camp Taji.",
        local_time("2020-03-12"),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]
