"""Places a story names that are not where its attack was (in our own words, after real
reports): the city a story was filed from, written alone before its text ("(Baghdad) On
Thursday ...", "بغداد - ..."; two words before a dash may be a base's name, and stay), and
the city where a US strike the story recalls took place ("avenging a general a US drone
killed in Baghdad"). A report that names no base and no region of its own gives none."""

from __future__ import annotations

import pytest

from monitor.detect.datelines import strip_dateline
from tests.reports import detect, local_time

FRIDAY = local_time("2024-07-26", 18)


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        ("(Bagdad) ", "Jeudi, deux roquettes ont visé une base."),
        ("بغداد - ", "قالت مصادر أمنية إن صاروخين سقطا قرب قاعدة"),
        ("Bagdad – ", "Zwei Raketen trafen am Donnerstag eine Basis."),
    ],
)
def test_a_city_alone_before_the_text_is_where_it_was_filed(dateline: str, rest: str) -> None:
    assert strip_dateline(dateline + rest) == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "Baghdad said on Friday that two rockets had struck a base.",
        "Ain al-Asad - the largest base in Anbar - was struck by two rockets.",
        "Officials in Baghdad - three of them - said a base was hit.",
        "Baghdad airport – two drones downed at dawn",
    ],
)
def test_a_sentence_that_opens_otherwise_is_read_whole(sentence: str) -> None:
    assert strip_dateline(sentence) == sentence


def test_the_city_a_story_was_filed_from_is_no_region_of_its_attack() -> None:
    d = detect(
        "",
        "(Baghdad) On Thursday and then on Friday, rockets were fired at two bases hosting "
        "coalition forces, one in Iraq and one in Syria, officials said.",
        FRIDAY,
    )
    assert d.attack, d.reasons
    assert d.region is None
    assert not d.bases


def test_where_a_us_strike_killed_a_general_is_no_region_of_the_retaliation() -> None:
    d = detect(
        "",
        "Overnight Iran launched upwards of twelve ballistic missiles at two bases housing "
        "American soldiers, officials said. Tehran called it payback for its general, whom a "
        "US strike killed in Baghdad days before.",
        local_time("2020-01-08"),
    )
    assert d.attack, d.reasons
    assert d.region is None
    assert not d.bases
