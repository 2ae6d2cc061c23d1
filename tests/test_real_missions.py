"""A lead that tells an attack on a city, whose US mission the story says was the target
further down (in our own words, after real reports of Iran's missiles on Erbil on 13 March
2022): the mission is the attack's target. The city's air base is not taken that way: Iran's
missiles on houses in Erbil are told beside news of its airport. And "their embassy", a few
words after US forces, is the US embassy."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

MARCH_13 = datetime(2022, 3, 13, 10, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Revolutionary Guards say they were behind the strike on Erbil",
            "Iran's Revolutionary Guards said they carried out the missile attack that hit sites "
            "in the city of Erbil before dawn on Sunday. Their statement called the target an "
            "Israeli strategic centre. Kurdish officials said twelve ballistic missiles fired "
            "from outside Iraq were aimed at the US consulate in Erbil and the homes around it.",
        ),
        (
            "الحرس الثوري يعلن مسؤوليته عن قصف أربيل",
            "أعلن الحرس الثوري الإيراني مسؤوليته عن القصف الصاروخي الذي استهدف فجر الأحد مواقع "
            "في مدينة أربيل. وقال مسؤولون أكراد إن 12 صاروخا باليستيا أطلقت من خارج العراق "
            "واستهدفت القنصلية الأمريكية في أربيل والحي السكني المجاور لها.",
        ),
        (
            "",
            "Bij een raketaanval op de stad Erbil zijn geen Nederlandse militairen gewond "
            "geraakt, meldt Defensie. Volgens Koerdische veiligheidsdiensten werd Erbil "
            "getroffen door twaalf ballistische raketten, die op het Amerikaanse consulaat "
            "waren gericht.",
        ),
    ],
)
def test_a_city_hit_in_the_lead_is_the_mission_the_story_names_attacked(
    title: str, text: str
) -> None:
    d = _match(title, text, MARCH_13)
    assert d.attack, d.reasons
    assert "erbil-consulate" in _bases(d)
    assert d.attack_date == MARCH_13.date()


def test_a_city_hit_in_the_lead_is_not_the_air_base_named_further_down() -> None:
    """A guard: Iran's missiles on a house in Erbil, and a drone downed near the airport."""
    text = (
        "Iran's Revolutionary Guards fired missiles at the city of Erbil overnight, saying they "
        "hit an Israeli spy centre; a businessman's home was destroyed and four people died. "
        "Kurdish officials called the claim baseless. Earlier in the week a drone was shot "
        "down near Erbil air base, which hosts troops of the US-led coalition."
    )
    d = _match("", text, MARCH_13)
    assert not d.attack, d.reasons


def test_a_mission_the_us_is_said_to_own_is_theirs() -> None:
    """ "Their embassy", a few words after US forces: the US embassy."""
    text = (
        "US forces shot down an armed drone above their embassy in Baghdad late on Monday, "
        "Iraqi security officials said. Nobody was hurt."
    )
    d = _match("", text, datetime(2021, 7, 6, 9, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("Rockets slammed into central Baghdad late on Sunday.\n\nTwo of them landed inside the "
         "US embassy compound, Iraqi security officials said.", "baghdad-embassy"),
        ("On Sunday Iran fired a dozen ballistic missiles at Erbil in northern Iraq.\n\nKurdish "
         "officials said the missiles landed close to a new U.S. consulate building.",
         "erbil-consulate"),
    ],
)  # fmt: skip
def test_a_us_mission_below_a_lead_that_names_its_city(text: str, mission: str) -> None:
    # the city is told once, in the lead; the mission a line below, without it
    d = _match("", text, datetime(2022, 3, 13, 10, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == [mission]
