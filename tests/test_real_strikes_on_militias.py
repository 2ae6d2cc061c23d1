"""A US strike told by what it hit (in our own words, after real reports): "US forces carried
out strikes on three facilities", "ضربات جوية استهدفت مواقع لكتائب حزب الله", "bombardé des
installations": the militias' sites, depots and headquarters are no coalition base, so the
story is the strike, and the attack it answers is its background; so is a German sentence
whose US subject's verb comes last ("Die USA haben ... angegriffen"). Rockets fired at two
sites where US troops are based are still an attack."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "",
            "On Tuesday US forces carried out unilateral strikes on three facilities used by an "
            "Iran-backed militia group in Iraq, US Central Command said.\n\n"
            "Central Command said the strikes came at 1 am Wednesday Iraq time and hit three "
            "facilities of the Kataib Hezbollah militia.\n\n"
            "The strikes answered recent attacks by the group, among them the attack on Al Asad "
            "air base in western Iraq on Jan. 20.\n\n"
            '"We hit their headquarters and the sites where they keep rockets, missiles and '
            'attack drones," the command said.',
            datetime(2024, 1, 24, 9, 0, tzinfo=IRAQ),
        ),
        (
            "Washington answers the Jordan attack",
            "Page tools: share, print\n\n"
            "On Friday the US military opened a wave of air strikes against dozens of sites in "
            "Iraq and Syria used by Iran's Revolutionary Guards, its first answer to the drone "
            "attack that killed three soldiers in Jordan.\n\n"
            "The strikes hit more than 80 targets, among them depots for drones and rockets.",
            datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "نفذ الجيش الأمريكي مساء الأحد ضربات جوية استهدفت مواقع لكتائب حزب الله في العراق "
            "وسوريا.\n\nوأدى القصف الأمريكي إلى سقوط قتلى من عناصر الكتائب، خلال الضربات التي "
            "وجهها الجيش الأمريكي إلى مواقعها بمنطقة القائم قرب الحدود السورية.\n\n"
            "ونقلت وكالة أنباء عن البنتاغون أن الضربات الأمريكية طالت مواقع للكتائب في العراق "
            "وسوريا، وجاءت عقب مقتل مواطن أمريكي في هجوم على قاعدة في كركوك.\n\n"
            "وأضافت أن الضربات نفذت بطائرات مسيرة.",
            datetime(2019, 12, 30, 9, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_a_strike_on_the_militias_sites_is_no_attack_on_a_base(
    title: str, text: str, published: datetime
) -> None:
    assert not _match(title, text, published).attack


def test_rockets_fired_at_sites_where_us_troops_are_based_are_an_attack() -> None:
    d = _match(
        "Rockets target US-held sites in eastern Syria",
        "Rockets and drones targeted two sites in eastern Syria on Wednesday, the Conoco gas "
        "field and Green Village, where US troops are based, the coalition said.",
        datetime(2022, 8, 24, 21, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert set(_bases(d)) == {"conoco-gas-field", "green-village"}


@pytest.mark.parametrize(
    "text",
    [
        "Das US-Militär hat als Antwort auf einen Drohnenangriff gegen US-Soldaten im Nordirak "
        "eine schiitische Miliz aus der Luft angegriffen.",
        "Washington: Die USA haben einen Drohnenangriff auf einen ihrer Stützpunkte in Erbil "
        "mit einem Gegenschlag beantwortet.",
    ],
)
def test_a_german_us_subject_strikes_though_its_verb_comes_last(text: str) -> None:
    # German puts the verb of "Die USA haben ..." at the end, after the attack it answers
    assert not _match("", text, datetime(2023, 12, 26, 9, 0, tzinfo=IRAQ)).attack


def test_a_german_attack_on_us_troops_is_still_an_attack() -> None:
    d = _match(
        "",
        "Am Sonntag haben mehrere Drohnen den US-Stützpunkt Ain al-Asad im Irak angegriffen.",
        datetime(2024, 1, 21, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
