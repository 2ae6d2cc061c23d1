"""Who attacked, as the evidence tells it in its own voice (in our own words): the group named
first in a sentence that tells its attack after it is the attack's author, as labels and
readers take it; not a group the coalition's name carries, nor one the US struck. And "no one
died" does not unsay a claim."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2020-01-08")


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Iran's Revolutionary Guards launched more than a dozen ballistic missiles at Ain "
            "al-Asad air base early on Wednesday.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "ar",
            "أطلق الحرس الثوري الإيراني فجر اليوم صواريخ باليستية على قاعدة عين الأسد الجوية "
            "غربي العراق.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "en",
            "No one died in the overnight drone attack on Ain al-Asad air base, which the "
            "Islamic Resistance in Iraq claimed on Telegram.",
            "Islamic Resistance in Iraq",
        ),
    ],
)
def test_the_group_that_attacks_is_its_author(language: str, text: str, group: str) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == group


def test_the_enemy_in_the_coalitions_name_is_no_author() -> None:
    d = _match(
        "",
        "The coalition against the Islamic State said two rockets hit Ain al-Asad air base "
        "early on Wednesday, causing no casualties.",
        MORNING,
    )
    assert d.attack, d.reasons
    assert d.claimed_by is None


# Iran's attacks on the bases are operations of its Revolutionary Guards, who announce them
IRAN_FIRED = (
    "Iran fired a volley of ballistic missiles at Al Udeid air base in Qatar late on Monday, "
    "officials said."
)


@pytest.mark.parametrize(
    ("told", "author"),
    [
        (
            "The Revolutionary Guards named the operation Glad Tidings of Victory, state "
            "television reported.",
            "Islamic Revolutionary Guard Corps",
        ),
        # the Guards as a strike's object: Iran still
        (
            "The salvo came a week after an American strike on the IRGC headquarters near "
            "the border.",
            "Iran",
        ),
        ("Qatar said its air defences intercepted most of the missiles.", "Iran"),
    ],
)
def test_iran_that_fired_is_the_revolutionary_guards_the_story_names(
    told: str, author: str
) -> None:
    d = _match("", f"{IRAN_FIRED}\n\n{told}", local_time("2025-06-24"))
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.claimed_by == author


@pytest.mark.parametrize(
    "said",
    [
        "the Islamic Resistance in Iraq declared that it had launched a drone",
        "the Islamic Resistance in Iraq stated it had fired a drone",
    ],
)
def test_a_group_that_declares_or_states_it_attacked_claims_it(said: str) -> None:
    d = _match("", f"On Friday {said} at Ain al-Asad air base in Anbar.", MORNING)
    assert d.attack, d.reasons
    assert d.claimed_by == "Islamic Resistance in Iraq"


def test_an_attack_said_endorsed_by_a_group_is_its_claim() -> None:
    d = _match(
        "",
        "Two rockets struck Ain al-Asad air base on Tuesday. The attack was endorsed by a "
        "group calling itself the Islamic Resistance in Iraq.",
        MORNING,
    )
    assert d.attack, d.reasons
    assert d.claimed_by == "Islamic Resistance in Iraq"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Am Mittwoch bekannte sich der Islamische Widerstand im Irak zu einem "
            "Drohnenangriff auf den Luftwaffenstützpunkt Ain al-Asad.",
        ),
        (
            "es",
            "Dos drones atacaron el miércoles la base aérea de Ain al-Asad. Se adjudicó el "
            "ataque la llamada Resistencia Islámica en Irak.",
        ),
        (
            "it",
            "L'attacco con droni alla base di Ain al-Asad di mercoledì è stato rivendicato "
            "dalle fazioni della Resistenza islamica in Iraq.",
        ),
        (
            "fr",
            "Des drones ont visé mercredi la base aérienne d'Ain al-Asad. La responsabilité "
            "de l'attaque a été assumée par des formations du groupe de la Résistance "
            "islamique en Irak.",
        ),
        (
            "tr",
            "Ayn el-Esed Hava Üssü çarşamba günü roketlerle vuruldu. Saldırıyı Irak'taki "
            "İslami Direniş Örgütü'nün gerçekleştirdiği ifade edildi.",
        ),
        (
            "ru",
            "В среду беспилотники атаковали авиабазу Айн-эль-Асад. Ответственность за эту "
            "атаку взяло на себя движение «Исламское сопротивление Ирака».",
        ),
    ],
)
def test_a_claim_whose_verb_comes_before_the_group(language: str, text: str) -> None:
    """German, Spanish and Italian may put the claim before who made it; Turkish ends the
    sentence with it ("gerçekleştirdiği ifade edildi", it was said that it carried it out)."""
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == "Islamic Resistance in Iraq"


@pytest.mark.parametrize(
    "said",
    [
        "The Kurdish-led forces said they had detained a senior ISIS official nearby.",
        "Washington says its forces are in Iraq to combat ISIS.",
    ],
)
def test_a_group_after_words_of_speech_is_what_was_said_of(said: str) -> None:
    d = _match("", f"Two rockets hit Ain al-Asad air base early on Wednesday. {said}", MORNING)
    assert d.attack, d.reasons
    assert d.claimed_by is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "et",
            "Iraani toetatud rühmitus tulistas teisipäeva õhtul kolm raketti Ain al-Asadi "
            "õhuväebaasi pihta, kus paiknevad USA väed.",
        ),
        (
            "lv",
            "Irānas atbalstīti kaujinieki otrdien apšaudīja Ain al-Asad bāzi, kur izvietoti ASV "
            "karavīri, ar trim raķetēm.",
        ),
    ],
)
def test_groups_iran_backs_are_not_iran(language: str, text: str) -> None:
    """ "Iran-backed" in Estonian and Latvian: the group fired, not Iran, and its rockets stay
    rockets."""
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by != "Iran"
    assert d.weapons == ("rocket",)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ku",
            "Baregeha Eyn el-Esed a Amerîkî bi dronan hat hedefgirtin. Grûpa Berxwedana Îslamî "
            "li Iraqê bi daxuyaniyekê eşkere kir ku wê baregeh hedef girtiye.",
        ),
        (
            "ckb",
            "بنکەی عەین ئەسەدی ئەمریکی بە درۆن هێرشی کرایە سەر. بەرخۆدانی ئیسلامی عێڕاق لە "
            "بەیاننامەیەکدا ئاشکرای کرد کە هێرشەکەی ئەنجامداوە.",
        ),
        # Korean writes its name with or without spaces: "이라크이슬람저항군"
        (
            "ko",
            "이라크 아인 알아사드 공군기지가 수요일 드론 공격을 받았다. 친이란 무장단체 "
            "이라크이슬람저항군은 텔레그램 성명에서 공격을 주장했다.",
        ),
    ],
)
def test_the_resistance_named_in_kurdish_or_korean_claims(language: str, text: str) -> None:
    """Kurmanji "Berxwedana Îslamî li Iraqê", Sorani "بەرخۆدانی ئیسلامی", Korean
    "이라크이슬람저항군": the Islamic Resistance in Iraq, which said in a statement that it
    struck."""
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == "Islamic Resistance in Iraq"
