"""Slovene and Croatian words the term files lacked (in our own words, after real reports):
missiles that "poletele nad" (flew at) US bases, read as an attack when a weapon makes the
flight, as the Polish and Czech flights are; and Croatian personnel "pod vodstvom SAD-a"
(under US command), the coalition's."""

from __future__ import annotations

from datetime import date

from tests.reports import detect, term_cases

test_a_flight_at_bases_and_us_command = term_cases(
    [
        (
            "Ponoči so iranske rakete poletele nad ameriška oporišča v Iraku.",
            "poletele nad",
            "cat:attack",
        ),
        (
            "Pogođene su dvije baze na kojima je osoblje pod vodstvom SAD-a.",
            "pod vodstvom sad a",
            "cat:coalition",
        ),
    ],
    read=True,
)


def test_slovene_missiles_that_flew_at_us_bases_are_an_attack() -> None:
    # the flight is the story's only account of the attack
    d = detect(
        "",
        "V sredo pred zoro so balistične rakete iz Irana poletele nad oporišča ameriške "
        "vojske v zahodnem Iraku.\n\n"
        "Slovenski vojaki so varni, je sporočilo ministrstvo.",
        date(2020, 1, 8),
        language="sl",
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "western-iraq"
