"""A lead that names no base, and a sentence below that places "the base" by the larger
facility and the smaller one inside it (in our own words, after a real report): "the base
lies in the al-Omar oil field, in Green Village" is Green Village, as a report that names
both in its account of the attack is."""

from __future__ import annotations

from tests.reports import bases, detect, local_time


def test_the_base_placed_in_a_field_and_the_camp_inside_it() -> None:
    d = detect(
        "",
        "Three rockets struck the operations headquarters of US troops in eastern Syria "
        "on Tuesday night, the channel reported.\n\n"
        "According to its correspondent, that base lies inside the al-Omar oil field, in "
        "the area known as Green Village.",
        local_time("2023-12-13"),
    )
    assert d.attack, d.reasons
    assert bases(d) == ["green-village"]


def test_two_bases_the_story_only_names_still_place_no_attack() -> None:
    d = detect(
        "",
        "Three rockets struck the operations headquarters of US troops in eastern Syria "
        "on Tuesday night, the channel reported.\n\n"
        "US troops are also stationed at the al-Omar oil field and at the Conoco gas field.",
        local_time("2023-12-13"),
    )
    assert d.attack, d.reasons
    assert not d.bases
    assert d.region is not None
    assert d.region.id == "eastern-syria"
