"""Every language's terms are matched together, so a word of one language must not misread
another's: Tagalog "nasa" (in, at) is no space agency. And verbs the Slovenian press uses for
missiles that hit or fell near a base. In our own words, after real reports of 2020."""

from __future__ import annotations

from datetime import date

from tests.reports import detect as _match
from tests.reports import fires


def test_tagalog_nasa_is_a_preposition_not_the_space_agency() -> None:
    sentence = "Tumama ang mga rocket ng Iran sa isang army base ng Amerika na nasa Iraq."
    assert not fires(sentence, "nasa", "cat:other_sense")
    assert fires("NASA launched a rocket to the space station.", "nasa", "cat:other_sense")


def test_a_tagalog_report_of_rockets_at_a_us_army_base() -> None:
    d = _match(
        "",
        "MANILA – Nakahinga nang maluwag ang mga Pinoy sa Iraq matapos hindi tumama ang mga "
        "rocket na pinakawalan ng Iran patungo sa ilang army base ng Amerika na nasa Iraq "
        "kaninang madaling araw.",
        date(2020, 1, 8),
        language="tl",
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


def test_slovenian_missiles_that_hit_or_fell_near_a_base() -> None:
    assert fires("Sedemnajst raket je zadelo oporišče Ain al Asad.", "zadelo", "cat:attack")
    assert fires("Pet raket je padlo v bližini letališča Erbil.", "padlo v blizini", "cat:attack")
