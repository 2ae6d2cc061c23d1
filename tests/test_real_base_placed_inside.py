"""A lead that names no base, and a sentence below that places "the base" by the larger
facility and the smaller one inside it (in our own words, after a real report): "the base
is at al-Omar's oil field, in Green Village" is Green Village, as a report that names
both in its account of the attack is."""

from __future__ import annotations

from tests.reports import bases, detect, local_time


def test_the_base_placed_in_a_field_and_the_camp_inside_it() -> None:
    d = detect(
        "",
        "Late on Tuesday three rockets slammed into the command post of American forces in "
        "Syria's east, the channel reported.\n\n"
        "Its reporter said this base sits at al-Omar oil field, inside Green Village.",
        local_time("2023-12-13"),
    )
    assert d.attack, d.reasons
    assert bases(d) == ["green-village"]


def test_two_bases_the_story_only_names_still_place_no_attack() -> None:
    d = detect(
        "",
        "Late on Tuesday three rockets slammed into the command post of American forces in "
        "Syria's east, the channel reported.\n\n"
        "American soldiers are based both at al-Omar oil field and at Conoco gas field.",
        local_time("2023-12-13"),
    )
    assert d.attack, d.reasons
    assert not d.bases
    assert d.region is not None
    assert d.region.id == "eastern-syria"
