"""Words of one language that read as another's cue once accents go (in our own words,
after real reports): Urdu "فضائی اڈہ" (air base) is not Persian "فضایی" (space), Icelandic
"rýmd" (evacuated) is not Swedish "rymd" (space), Indonesian "kontraktor" (a contractor) is
not a Scandinavian "kontrakt", French "davantage" is not a Turkish "dava" (court case),
Polish "a nie" (and not) is not French "a nié" (denied), English "mortar" is not Portuguese
"morta" (dead), Turkish "misilleme" (retaliation) is no Indonesian "misil", and a missile
defence in one word ("rakettskjold", "raketafweer") fires no rocket. Urdu air strikes are
still a state's, not an attack on a base."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("title", "text", "published", "base", "day"),
    [
        (
            "عراق میں امریکی اڈے پر راکٹ حملہ",
            "عراق کے صوبہ الانبار میں واقع عین الاسد فضائی اڈے کو پیر کے روز دو کاٹیوشا راکٹوں "
            "سے نشانہ بنایا گیا، جس میں کئی امریکی اہلکار زخمی ہوئے۔",
            datetime(2024, 8, 6, 9, 0, tzinfo=IRAQ),
            "ain-al-asad",
            date(2024, 8, 5),
        ),
        (
            "Serangan drone hantam pangkalan AS di Suriah",
            "Seorang kontraktor Amerika tewas ketika sebuah drone menghantam pangkalan udara Ain "
            "al-Asad di Irak pada Kamis, kata Pentagon.",
            datetime(2023, 3, 24, 9, 0, tzinfo=IRAQ),
            "ain-al-asad",
            date(2023, 3, 23),
        ),
        (
            "Davantage d'attaques contre les soldats américains en Syrie",
            "Davantage de drones visent les soldats américains : deux d'entre eux ont frappé "
            "jeudi la base d'Al-Tanf, dans le sud de la Syrie.",
            datetime(2023, 10, 20, 9, 0, tzinfo=IRAQ),
            "al-tanf",
            date(2023, 10, 19),
        ),
        (
            "Atak dronów na bazę Ain al-Asad",
            "Drony zaatakowały w sobotę żołnierzy amerykańskich, a nie irackich, jak podawano "
            "wcześniej: celem była baza Ain al-Asad.",
            datetime(2024, 1, 21, 9, 0, tzinfo=IRAQ),
            "ain-al-asad",
            date(2024, 1, 20),
        ),
    ],
)
def test_another_languages_word_is_no_cue(
    title: str, text: str, published: datetime, base: str, day: date
) -> None:
    d = _match(title, text, published)
    assert d.attack
    assert _bases(d) == [base]
    assert d.attack_date == day


def test_urdu_air_strikes_are_a_states_not_an_attack_on_a_base() -> None:
    d = _match(
        "",
        "امریکی وزیر دفاع کے بقول یہ فضائی حملے مشرقی شام میں ان تنصیبات پر کیے گئے جو "
        "ایران کے حامی گروہ استعمال کرتے ہیں، اور یہ آج امریکی اڈے پر ہونے والے ڈرون حملے کا "
        "جواب ہیں۔",
        datetime(2023, 3, 24, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_english_mortars_are_not_portuguese_dead() -> None:
    # Portuguese "morta*" (dead) once took "mortar": three mortar rounds read as three killed
    d = _match(
        "Mortars hit Iraqi base hosting US troops",
        "Three mortar rounds struck Balad air base north of Baghdad on Monday, security "
        "sources said. Two mortars landed near the runway.",
        datetime(2020, 1, 13, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.weapons == ("mortar",)
    assert d.killed is None


def test_turkish_retaliation_is_no_missile() -> None:
    # Indonesian "misil*" once took Turkish "misilleme" (retaliation)
    d = _match(
        "Ayn el-Esed üssüne roket saldırısı",
        "Irak’taki Ayn el-Esed üssüne pazartesi günü misilleme amacıyla üç roket atıldı.",
        datetime(2021, 1, 5, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.weapons == ("rocket",)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Droner skutt ned over Ain al-Asad",
            "Rakettskjoldet skjøt søndag ned to droner over basen Ain al-Asad, der amerikanske "
            "soldater er stasjonert.",
        ),
        (
            "Drones onderschept boven Ain al-Asad",
            "De raketafweer onderschepte zondag twee drones boven de basis Ain al-Asad, waar "
            "Amerikaanse militairen zijn gelegerd.",
        ),
    ],
)
def test_a_missile_defence_in_one_word_names_no_weapon_fired(title: str, text: str) -> None:
    # "rakettskjold", "raketafweer" begin with other languages' word for rockets
    d = _match(title, text, datetime(2024, 1, 21, 20, 0, tzinfo=IRAQ))
    assert d.attack
    assert d.weapons == ("drone",)
    assert d.intercepted
