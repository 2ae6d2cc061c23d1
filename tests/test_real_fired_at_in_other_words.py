"""Attacks told in words the term files lacked (in our own words, after real reports): US
troops who "faced indirect fire"; Polish missiles that "poleciały w stronę" (flew towards)
two US bases; Czech ballistic missiles that "mířily" (were aimed) at a base named before the
verb. A flight or an aim towards a base is read as an attack when a weapon makes it."""

from __future__ import annotations

from datetime import date

from tests.reports import detect as _match
from tests.reports import term_cases

test_words_of_fire_and_flight = term_cases(
    [
        (
            "The news agency said US troops faced indirect fire near the gas field.",
            "faced indirect fire",
            "cat:attack",
        ),
        (
            "Pociski z Iranu poleciały w stronę baz wojsk USA w Iraku.",
            "poleciały",
            "cat:attack",
        ),
        (
            "Právě na tuto leteckou základnu mířily v noci balistické střely.",
            "mirily",
            "cat:attack",
        ),
    ],
    read=True,
)


def test_polish_missiles_flying_towards_two_us_bases_are_an_attack() -> None:
    # the flight is the story's only account of the attack
    d = _match(
        "Irańskie pociski nad Irakiem",
        "W nocy irańskie pociski poleciały w stronę baz Ain al-Asad i Erbil, gdzie stacjonują "
        "wojska USA.\n\n"
        "Polscy żołnierze są bezpieczni, przekazało ministerstwo obrony.",
        date(2020, 1, 8),
        language="pl",
    )
    assert d.attack, d.reasons
    assert sorted(p.id for p in d.places) == ["ain-al-asad", "erbil-air-base"]
