"""A German lead whose subject, the US, stands after its verb or auxiliary, behind a clause
that tells the attack it answers: "Als Antwort auf einen Drohnenangriff auf US-Soldaten hat
das amerikanische Militär eine Miliz angegriffen", "Aus der Luft attackierte das US-Militär
drei Anlagen" (as seen on real reports, in our own words). The US's strike is the news, not
an attack on us; a base the US says was attacked ("angegriffen worden") still is one. A
headline's kicker, before its colon, tells what the strike after it answers ("Raketenhagel auf
US-Basis: Amerikanisches Militär schlägt im Irak zurück").
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
        # the answer told first, its verb last: "hat das US-Militär mit einem Gegenschlag
        # geantwortet", and the attack it answers a line below
        # a German date's day no longer cuts the sentence: "Die USA flogen am 29. Dezember
        # fünf Luftangriffe", the US flying strikes
        "Die USA flogen am 29. Dezember fünf Luftangriffe gegen eine schiitische Miliz im Irak. "
        "Man macht sie für die Raketenangriffe verantwortlich, bei denen ein amerikanischer "
        "Zivilangestellter starb und mehrere US-Soldaten verletzt wurden.",
        "Auf einen Angriff proiranischer Milizen im Irak hat das US-Militär mit einem "
        "Gegenschlag geantwortet. Getroffen wurden drei Einrichtungen einer Miliz, erklärte "
        "das Pentagon. Vor einigen Tagen hatten Kämpfer den Stützpunkt Ain al-Asad mit "
        "mehreren Raketen beschossen.",
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


def test_a_headlines_kicker_tells_what_the_strike_after_its_colon_answers() -> None:
    # "Raketenhagel auf US-Basis: ..." is the kicker; the headline's news is the US strike
    d = _match(
        "Raketenhagel auf US-Basis: Amerikanisches Militär schlägt im Irak zurück",
        "Aus der Luft griff das US-Militär in der Nacht drei Stellungen einer proiranischen "
        "Miliz im Irak an.\n\nDie Angriffe auf US-Truppen in der Region gelten als Antwort auf "
        "die Unterstützung Washingtons für Israel.\n\nLaut Pentagon wurden die Stellungen am "
        "Dienstagabend getroffen.\n\nAm Samstag hatten mehrere Raketen den "
        "Luftwaffenstützpunkt Al Asad im Westirak getroffen, vier US-Soldaten wurden verletzt.",
        date(2024, 1, 24),
    )
    assert not d.attack, d.reasons


def test_a_kicker_that_tells_the_attack_keeps_it() -> None:
    d = _match(
        "Iran fires missiles at Al Udeid: Trump weighs US response",
        "Iran fired several ballistic missiles at Al Udeid air base in Qatar on Monday "
        "evening, Qatari officials said. Air defences intercepted most of them and no one was "
        "hurt, the defence ministry said.",
        date(2025, 6, 24),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
