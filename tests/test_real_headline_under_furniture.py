"""A headline under page furniture (in our own words, after a real report): when the page's
title names nothing ("Middle East", a section's name) or there is none, the first line that
names something is the story's headline and is read as a title is, its cues counting
anywhere in it. "Baghdad airport attack: three men given life sentences" is a court's news,
as it would be in the title."""

from __future__ import annotations

from tests.reports import detect, local_time

_STORY = (
    "Baghdad airport attack: three men given life sentences\n\n"
    "A criminal court in Baghdad handed three men life sentences on Sunday over the missile "
    "fired at Baghdad International Airport in January, the judiciary said.\n\n"
    "That night the missile damaged two parked passenger planes."
)


def test_a_headline_under_a_section_name_is_read_as_a_title() -> None:
    d = detect("Middle East", _STORY, local_time("2022-08-08"))
    assert not d.attack, d.reasons


def test_a_headline_atop_a_page_without_title_is_read_as_a_title() -> None:
    d = detect("", _STORY, local_time("2022-08-08"))
    assert not d.attack, d.reasons


def test_a_first_line_that_ends_as_a_sentence_is_the_lead_not_a_headline() -> None:
    d = detect(
        "",
        "Rockets struck Baghdad airport on Sunday, where US troops are based, officials said. "
        "A court hearing set for the day was postponed.",
        local_time("2022-08-08"),
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.bases] == ["victory-base"]
