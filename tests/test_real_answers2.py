"""What an attack answers, told inside an opening clause or after the attack (in our own
words, after real reports of Iran's missiles on Al Udeid in June 2025 and on the Gulf bases in
2026): "With tension rising after the US struck Iran's nuclear sites, Tehran fired missiles
at Al Udeid" and "Iran fired drones at the Fifth Fleet's base in retaliation for US strikes on
Iranian targets" are attacks on the bases; the US strikes are what they answer."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

JUNE_23 = datetime(2025, 6, 23, 23, 0, tzinfo=IRAQ)
BODY = "Qatar said its air defences shot down most of the missiles and nobody was hurt."


@pytest.mark.parametrize(
    "text",
    [
        "With tension across the region climbing after the US struck three Iranian nuclear "
        "sites late last week, Tehran on Monday hit back at American forces by firing "
        "missiles at Qatar's Al Udeid Air Base.",
        "In a long-awaited answer to the US strikes on its nuclear sites the day before, Iran "
        "on Monday fired missiles at Al Udeid Air Base in Qatar.",
        "Iran on Monday fired a wave of missiles at Al Udeid Air Base in Qatar in retaliation "
        "for joint US-Israeli attacks on Iranian targets.",
    ],
)
def test_the_us_strike_an_attack_answers_does_not_make_the_us_the_attacker(text: str) -> None:
    d = _match("", f"{text} {BODY}", JUNE_23)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.weapons == ("missile",)
    assert d.attack_date == JUNE_23.date()


def test_a_us_strike_told_after_the_attack_it_answers_stays_the_uss() -> None:
    """A guard: the attack after the cause clause is the US's own."""
    text = (
        "With tension across the region climbing after the US struck Iranian nuclear sites, "
        "American jets on Monday struck Revolutionary Guard missile launchers in Iran."
    )
    d = _match("", text, JUNE_23)
    assert not d.attack, d.reasons


JAN_5 = datetime(2020, 1, 5, 20, 0, tzinfo=IRAQ)


def test_a_story_whose_only_weapon_is_the_uss_tells_no_attack_on_its_forces() -> None:
    """Iraq's parliament on the US troops, after the US drone strike on Soleimani: the one
    weapon told is the US's, though US troops come first in the sentence."""
    text = (
        "Iraq's parliament has called for US troops to leave the country after General Qassem "
        "Soleimani was killed in a US drone strike in Baghdad on Friday, saying their presence "
        "now breaks the agreement under which they came to fight ISIS."
    )
    d = _match("", text, JAN_5)
    assert not d.attack, d.reasons


def test_a_weapon_fired_at_us_forces_beside_the_us_strike_is_still_an_attack() -> None:
    """A guard: the rockets are the militias', the drone strike the US's."""
    text = (
        "Two rockets struck a base hosting US troops north of Baghdad on Sunday, two days after "
        "General Qassem Soleimani was killed in a US drone strike."
    )
    d = _match("", text, JAN_5)
    assert d.attack, d.reasons


@pytest.mark.parametrize(
    "strike",
    [
        "The United States on Saturday night struck from the air no fewer than three of Iran's "
        "nuclear sites.",
        "The US on Saturday night bombed from the air at least three Iranian nuclear sites.",
    ],
)
def test_the_day_the_us_struck_first_is_not_the_attacks(strike: str) -> None:
    """The US, then the day of its strike, then the verb: that day is the strike's."""
    blasts = (
        "Several blasts were heard over Doha as Iranian missiles flew toward Al Udeid Air Base."
    )
    text = f"{blasts} {strike}"
    d = _match("Iran fires missiles at Qatar base hosting US troops", text, JUNE_23)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == JUNE_23.date()
