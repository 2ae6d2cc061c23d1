"""Bases near each other, in real reports (in our own words): a sentence on another base's
attack gives its day to the story's attack only when the two lie within a city's reach
(Baghdad airport and the compounds by it), or are bases the press mixes up (Harir, placed
"near Erbil airport"); Camp Taji, 26 km from Baghdad airport, has its own attacks."""

from __future__ import annotations

from datetime import date

from monitor.detect.gazetteer import load_gazetteer
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time


def test_the_day_before_at_baghdad_airport_is_not_the_day_camp_taji_was_hit() -> None:
    # the lead gives no day; a line below it tells the previous day's rockets near Baghdad
    # airport: that is another attack, on another base, and its Friday is its own
    d = _match(
        "Rockets land on base near Baghdad that hosts coalition troops",
        "A pair of Katyusha rockets landed inside Camp Taji, a base shared with coalition "
        "soldiers, according to security sources.\n\n"
        "Nobody was hurt, though coalition forces had now been targeted two days in a row.\n\n"
        "Washington holds Iran-aligned militias to account for the busiest week of strikes "
        "on American sites across Iraq in months.\n\n"
        "On Friday, three rockets struck near Baghdad airport, next to a base used by "
        "American forces.\n\n"
        "That salvo caused no injuries either, officials said.",
        local_time("2020-08-15", 10),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]
    assert d.attack_date == date(2020, 8, 15)


def test_bases_the_press_mixes_up_are_mixed_up_both_ways() -> None:
    """The gazetteer gives Harir's; Erbil air base and its consulate have it back."""
    places = load_gazetteer().by_id()
    assert set(places["harir-air-base"].mixed_up_with) == {"erbil-air-base", "erbil-consulate"}
    assert places["erbil-air-base"].mixed_up_with == ("harir-air-base",)
    assert places["erbil-consulate"].mixed_up_with == ("harir-air-base",)
    assert places["camp-taji"].mixed_up_with == ()
