"""A German lead whose subject, the US, stands after its verb or auxiliary, behind a clause
that tells the attack it answers: "Als Antwort auf einen Drohnenangriff auf US-Soldaten hat
das amerikanische Militär eine Miliz angegriffen", "Aus der Luft attackierte das US-Militär
drei Anlagen" (as seen on real reports, in our own words). The US's strike is the news, not
an attack on us; a base the US says was attacked ("angegriffen worden") still is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match

TUESDAY = date(2023, 12, 26)


@pytest.mark.parametrize(
    "text",
    [
        "Als Antwort auf einen Drohnenangriff auf US-Soldaten im Nordirak hat das amerikanische "
        "Militär eine schiitische Miliz aus der Luft angegriffen.",
        "Nachdem bei einem Drohnenangriff im Nordirak drei US-Soldaten verletzt wurden, haben "
        "die Vereinigten Staaten Stellungen einer Miliz aus der Luft angegriffen.",
        "Nach einem Drohnenangriff auf US-Soldaten im Nordirak attackierte das US-Militär in der "
        "Nacht drei Anlagen einer Miliz.",
    ],
)
def test_the_us_strike_after_a_fronted_clause_is_no_attack_on_us(text: str) -> None:
    d = _match("", text, TUESDAY, language="de")
    assert not d.attack, d.reasons


def test_a_base_the_us_says_was_attacked_is_an_attack() -> None:
    d = _match(
        "",
        "Nach Angaben des US-Militärs hat das Pentagon bestätigt, dass der Stützpunkt Harir "
        "am Montag von zwei Drohnen angegriffen worden ist.",
        TUESDAY,
        language="de",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]
