"""The weapon of an attack whose evidence names none ("the base came under attack"): the
first sentence of the story that tells of the attack with one, as real reports put it (in
our own words); not a weapon of the story's background. A word for both rockets and missiles
("Raketen") names missiles in a story of Iran's attack, unless rockets are named as such."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

SUNDAY = datetime(2024, 1, 21, 20, 0, tzinfo=IRAQ)
LEAD = (
    "Base near Baghdad airport comes under attack",
    "Victory Base, which hosts US-led coalition troops near Baghdad airport, came under "
    "attack on Sunday, Iraqi security officials said.\n\n"
    "There was no word on casualties.\n\n",
)


@pytest.mark.parametrize(
    ("later", "want"),
    [
        (
            "Guards shot down two drones before they reached their target, one official added.",
            ("drone",),
        ),
        # background: an older run of rocket attacks tells nothing of this one's weapon
        ("The base has been hit by rockets many times since October.", ()),
    ],
)
def test_the_weapon_comes_from_the_story_when_the_evidence_names_none(
    later: str, want: tuple[str, ...]
) -> None:
    d = _match(LEAD[0], LEAD[1] + later, SUNDAY)
    assert d.attack, d.reasons
    assert d.weapons == want


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired Fateh-110 and Qiam projectiles at Ain al-Asad air base on Saturday.",
        "The Guards said Zolfaghar and Kheibar Shekan rounds struck Ain al-Asad on Saturday.",
    ],
)
def test_a_missile_named_by_its_model_is_a_missile(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack, d.reasons
    assert d.weapons == ("missile",)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences at Erbil airport fired interceptor missiles at an incoming drone on "
        "Saturday.",
        "Coalition forces at al-Tanf used surface-to-air missiles to down two drones on Saturday.",
        "A Stinger missile team downed a drone approaching Tower 22 on Saturday.",
        "أسقطت صواريخ باتريوت طائرة مسيرة حاولت استهداف قاعدة عين الأسد يوم السبت.",
    ],
)
def test_the_defenders_missiles_are_no_weapon_fired_at_the_base(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack, d.reasons
    assert d.weapons == ("drone",)


@pytest.mark.parametrize(
    ("language", "text", "weapons"),
    [
        # the Guards claim it further down; the lead's "Raketen" are their missiles
        (
            "de",
            "Raketen schlugen in der Nacht auf dem Stützpunkt Ain al-Asad im Westen des Irak "
            "ein.\n\nDie iranischen Revolutionsgarden erklärten, sie hätten den Angriff "
            "ausgeführt.",
            ("missile",),
        ),
        # a Katyusha named: rockets, whoever claims
        (
            "de",
            "Raketen schlugen in der Nacht auf dem Stützpunkt Ain al-Asad im Westen des Irak "
            "ein.\n\nDie iranischen Revolutionsgarden erklärten, sie hätten den Angriff "
            "ausgeführt.\n\nEs habe sich um Katjuscha-Raketen gehandelt, hieß es.",
            ("rocket",),
        ),
        # no claim by Iran: the militias' rockets
        (
            "de",
            "Raketen schlugen in der Nacht auf dem Stützpunkt Ain al-Asad im Westen des Irak "
            "ein.\n\nZu dem Angriff bekannte sich zunächst niemand.",
            ("rocket",),
        ),
    ],
)
def test_a_word_for_both_in_a_story_of_irans_attack(
    language: str, text: str, weapons: tuple[str, ...]
) -> None:
    d = _match("", text, SUNDAY, language=language)
    assert d.attack, d.reasons
    assert d.weapons == weapons
