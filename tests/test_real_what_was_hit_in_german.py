"""German reports of Iran's answer to the strikes on it (in our own words): "In Reaktion auf
den US-israelischen Angriff haben iranische Streitkräfte Ziele angegriffen" tells Iran
striking targets, not the US striking militia sites; "Betroffen war auch eine US-Marinebasis
in Bahrain" (a US naval base in Bahrain was hit too) tells what was hit."""

from __future__ import annotations

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time, matcher

SATURDAY = local_time("2026-02-28", 18)


def test_irans_answer_and_what_it_hit() -> None:
    d = _match(
        "Iran greift Ziele in der Region an",
        "In Reaktion auf den US-israelischen Angriff haben iranische Streitkräfte am Samstag "
        "Ziele in der ganzen Region angegriffen.\n\n"
        "Betroffen war auch die Juffair-Marinebasis der Fünften US-Flotte in Bahrain. Das "
        "US-Militär bestätigte Schäden durch Raketen.",
        SATURDAY,
        language="de",
    )
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_iranian_forces_striking_targets_is_no_us_strike() -> None:
    reading = matcher().reader.read(
        1,
        "In Reaktion auf den US-israelischen Angriff haben iranische Streitkräfte Ziele in der "
        "ganzen Region angegriffen.",
        lead=True,
        year=2026,
    )
    assert "us_attacker" not in reading.flags


def test_a_us_strike_on_militia_sites_still_is_one() -> None:
    reading = matcher().reader.read(
        1,
        "Nach dem Angriff auf ihre Soldaten haben US-Kampfjets Stellungen der Miliz im Osten "
        "Syriens bombardiert.",
        lead=True,
        year=2026,
    )
    assert "us_attacker" in reading.flags
