"""The injured taken to hospital (in our own words, after a Bulgarian follow-up of Iran's
January 2020 missile strike): in eleven languages "hospital" is also a civilian target ("a
rocket hit a hospital"), but "admitted to hospital", "treated in hospital" name no target,
and a toll of troops hospitalised after the strike on their base is a report of it."""

from __future__ import annotations

from datetime import date

from tests.reports import detect as _match
from tests.reports import matcher, term_cases

# troops taken to or treated in hospital, by language: the hospital is no target
TAKEN = [
    (
        "Единадесет американски военни бяха настанени в болница след атаката.",
        "болница",
        "cat:civilian",
    ),
    ("Ранените войници бяха откарани во болница во Германија.", "болница", "cat:civilian"),
    ("Повређени војници су пребачени у болницу у Немачкој.", "болницу", "cat:civilian"),
    ("Ozlijeđeni vojnici prebačeni su u bolnicu u Njemačkoj.", "bolnicu", "cat:civilian"),
    ("Zranění vojáci byli převezeni do nemocnice v Německu.", "nemocnice", "cat:civilian"),
    ("Zranení vojaci boli prevezení do nemocnice v Nemecku.", "nemocnice", "cat:civilian"),
    ("A sebesült katonákat kórházba szállították Németországban.", "korhazba", "cat:civilian"),
    ("De gewonde militairen zijn naar het ziekenhuis gebracht.", "ziekenhuis", "cat:civilian"),
    ("Rannych żołnierzy przewieziono do szpitala w Niemczech.", "szpitala", "cat:civilian"),
    (
        "Os militares feridos foram levados para um hospital na Alemanha.",
        "um hospital",
        "cat:civilian",
    ),
    ("Поранених військових доставили до лікарні в Німеччині.", "лікарні", "cat:civilian"),
]

test_a_hospital_the_injured_are_taken_to_is_no_target = term_cases(TAKEN, read=False)

# a guard: a hospital hit is still a civilian target
test_a_hospital_hit_is_still_a_civilian_target = term_cases(
    [
        ("Rakieta trafiła w szpital w Bagdadzie.", "szpital", "cat:civilian"),
        ("Ракета удари болница в Багдад.", "болница", "cat:civilian"),
    ],
    read=True,
)


def test_troops_hospitalised_after_the_strike_on_their_base_are_its_toll() -> None:
    # a follow-up nine days on: the strike's day is in the story, and its toll is news
    d = _match(
        "Единадесет американски военни с мозъчни травми след иранския удар",
        "Единадесет американски военни, ранени при иранския удар по тяхната база в Ирак, са "
        "настанени в болница с признаци на сътресение, съобщи американски вестник.\n\n"
        "На 8 януари Иран изпрати 22 балистични ракети срещу два обекта на армията на САЩ.",
        date(2020, 1, 17),
        language="bg",
    )
    assert d.attack, d.reasons
    assert "civilian" not in matcher().reader.read(1, d.evidence[0].sentence).flags
