"""Who attacked, as the evidence tells it in its own voice (in our own words): the group named
first in a sentence that tells its attack after it is the attack's author, as labels and
readers take it; not a group the coalition's name carries, nor one the US struck. And "no one
died" does not unsay a claim."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2020-01-08")


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Iran's Revolutionary Guards launched more than a dozen ballistic missiles at Ain "
            "al-Asad air base early on Wednesday.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "ar",
            "أطلق الحرس الثوري الإيراني فجر اليوم صواريخ باليستية على قاعدة عين الأسد الجوية "
            "غربي العراق.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "en",
            "No one died in the overnight drone attack on Ain al-Asad air base, which the "
            "Islamic Resistance in Iraq claimed on Telegram.",
            "Islamic Resistance in Iraq",
        ),
    ],
)
def test_the_group_that_attacks_is_its_author(language: str, text: str, group: str) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == group


def test_the_enemy_in_the_coalitions_name_is_no_author() -> None:
    d = _match(
        "",
        "The coalition against the Islamic State said two rockets hit Ain al-Asad air base "
        "early on Wednesday, causing no casualties.",
        MORNING,
    )
    assert d.attack, d.reasons
    assert d.claimed_by is None
