"""A base the story names only as the target of an earlier attack is not the salvo's: a
sentence in the past perfect ("the base had been targeted the day before", "وكانت القاعدة
... قد تعرضت") or one the story's attack came after ("a day after rockets hit Balad", "غداة
استهداف", Spanish "llega a los pocos días de que") names background, as seen on real reports
(in our own words). The same sentence still joins the salvo when it says the attack's own day,
when it reports what was said in a past perfect ("the official said that drones had hit"), and
when Arabic's past perfect is of what was announced ("وكانت المقاومة قد أعلنت").
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

WEDNESDAY = datetime(2023, 11, 22, 10, 0, tzinfo=IRAQ)

# a lead on Harir, then a sentence on another base's older attack
EARLIER = [
    (
        "en",
        "Drone attack targets Harir air base",
        "Two drones targeted Harir air base, which hosts US troops, on Wednesday morning, a "
        "Kurdish security official said.\n\n"
        "It came in the wake of a rocket attack on Ain al-Asad air base, where US troops are "
        "stationed.",
    ),
    (
        "en",
        "Drone attack targets Harir air base",
        "Two drones targeted Harir air base, which hosts US troops, on Wednesday morning, a "
        "Kurdish security official said.\n\n"
        "Rockets had struck Ain al-Asad air base in western Iraq, where US forces are "
        "stationed, in an attack claimed by an armed faction.",
    ),
    (
        "ar",
        "هجوم بطائرتين مسيرتين على قاعدة حرير",
        "استهدفت طائرتان مسيرتان صباح الأربعاء قاعدة حرير الجوية التي تضم قوات أمريكية في "
        "إقليم كردستان، بحسب مسؤول أمني.\n\n"
        "وكانت قاعدة عين الأسد الجوية، الواقعة في محافظة الأنبار، قد تعرضت لقصف صاروخي "
        "تبنته فصائل مسلحة.",
    ),
    (
        "ar",
        "هجوم بطائرتين مسيرتين على قاعدة حرير",
        "استهدفت طائرتان مسيرتان صباح الأربعاء قاعدة حرير الجوية التي تضم قوات أمريكية في "
        "إقليم كردستان، بحسب مسؤول أمني.\n\n"
        "ويأتي الهجوم غداة استهداف قاعدة عين الأسد الجوية بصواريخ كاتيوشا.",
    ),
    (
        "fr",
        "Des drones visent la base de Harir",
        "Deux drones ont visé mercredi matin la base aérienne de Harir, qui accueille des "
        "soldats américains, selon un responsable kurde.\n\n"
        "La base d'Aïn al-Assad, dans l'ouest de l'Irak, avait été visée par des roquettes "
        "lors d'une attaque revendiquée par une faction armée.",
    ),
    (
        "de",
        "Drohnen greifen Stützpunkt Harir an",
        "Zwei Drohnen haben am Mittwochmorgen den Luftwaffenstützpunkt Harir angegriffen, auf "
        "dem US-Soldaten stationiert sind, sagte ein kurdischer Sicherheitsbeamter.\n\n"
        "Einen Tag nach dem Raketenangriff auf den Stützpunkt Ain al-Asad, wo US-Soldaten "
        "stationiert sind, trafen die Drohnen Harir.",
    ),
    (
        "de",
        "Drohnen greifen Stützpunkt Harir an",
        "Zwei Drohnen haben am Mittwochmorgen den Luftwaffenstützpunkt Harir angegriffen, auf "
        "dem US-Soldaten stationiert sind, sagte ein kurdischer Sicherheitsbeamter.\n\n"
        "Der Stützpunkt Ain al-Asad im Westen des Irak war mit Raketen beschossen worden.",
    ),
    (
        "tr",
        "Harir Üssü'ne İHA saldırısı",
        "ABD askerlerinin bulunduğu Harir Hava Üssü'ne çarşamba sabahı iki İHA ile saldırı "
        "düzenlendi, Kürt bir güvenlik yetkilisi açıkladı.\n\n"
        "Irak'ın batısındaki Ayn el-Esad Hava Üssü de roketli saldırıya uğramıştı.",
    ),
    (
        "fa",
        "حمله پهپادی به پایگاه حریر",
        "دو پهپاد صبح چهارشنبه پایگاه هوایی حریر را که میزبان نیروهای آمریکایی است هدف قرار "
        "دادند.\n\n"
        "این حمله در پی حمله راکتی به پایگاه عین‌الاسد در استان الانبار صورت گرفت.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), EARLIER, ids=[e[0] for e in EARLIER])
def test_a_base_of_an_earlier_attack_is_not_the_salvos(
    language: str, title: str, text: str
) -> None:
    d = _match(title, text, WEDNESDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]
    assert d.attack_date == date(2023, 11, 22)


def test_a_base_of_the_same_days_earlier_attack_joins_the_salvo() -> None:
    d = _match(
        "Drone attack targets Harir air base",
        "Two drones targeted Harir air base, which hosts US troops, on Wednesday morning, a "
        "Kurdish security official said.\n\n"
        "Earlier on Wednesday, rockets had also struck Ain al-Asad air base in western Iraq, "
        "he said.",
        WEDNESDAY,
    )
    assert _bases(d) == ["harir-air-base", "ain-al-asad"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Drones and rockets target two US bases in Iraq",
            "Two drones targeted Harir air base, which hosts US troops, on Wednesday morning, "
            "and rockets were fired at Ain al-Asad air base, a US official said.\n\n"
            "The official said that the rockets had landed outside Ain al-Asad air base.",
        ),
        (
            "هجمات على قاعدتين أمريكيتين في العراق",
            "استهدفت طائرتان مسيرتان صباح الأربعاء قاعدة حرير الجوية وقاعدة عين الأسد الجوية "
            "اللتين تضمان قوات أمريكية، بحسب مسؤول أمني.\n\n"
            "وكانت المقاومة الإسلامية في العراق قد أعلنت أنها قصفت قاعدة عين الأسد بالصواريخ.",
        ),
    ],
    ids=["reported speech", "announced"],
)
def test_what_was_said_in_a_past_perfect_is_not_an_earlier_attack(title: str, text: str) -> None:
    d = _match(title, text, WEDNESDAY)
    assert d.attack, d.reasons
    assert set(_bases(d)) == {"harir-air-base", "ain-al-asad"}


def test_a_tally_since_an_old_day_does_not_date_the_attack() -> None:
    # the day a count of attacks starts from is no attack's day: the story's drone attack,
    # told without a day, is of the day it came out
    d = _match(
        "Iran-backed factions hit the largest coalition base in Syria",
        "Drones sent by the Islamic Resistance in Iraq struck the US troops based at the "
        "al-Omar oil field and caused casualties, the monitoring group said.\n\n"
        "Coalition helicopters circled the base after the attack.\n\n"
        "By the group's count, US bases in Syria have come under 75 attacks since October 19, "
        "2023, the al-Omar field taking the most of them, 18.",
        datetime(2024, 1, 4, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field"]
    assert d.attack_date == date(2024, 1, 4)


def test_what_a_group_had_claimed_the_day_before_is_an_earlier_attack_in_french() -> None:
    # "avait révélé vendredi avoir visé": the claim, and the attack on Harir it told, came
    # before
    d = _match(
        "",
        "La Résistance islamique en Irak a revendiqué samedi une attaque de drone contre la "
        "base américaine d'Aïn al-Assad.\n\n"
        "Une vidéo accompagne le communiqué du groupe, qui avait révélé vendredi avoir visé "
        "avec deux drones la base américaine de Harir, dans le Kurdistan irakien.",
        None,  # a page with no date: only the past perfect says Harir's attack came before
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_a_base_hit_the_day_before_the_salvo_is_not_the_salvos() -> None:
    # "la veille" (the day before) is the day before the story's attack, not the day before
    # the page: on a page of Monday about Sunday's rockets, Saturday's blast at Conoco
    d = _match(
        "Syrie : roquettes sur la base américaine du champ d'al-Omar",
        "Dimanche, des roquettes ont frappé la base qui abrite des soldats américains dans le "
        "champ pétrolifère d'al-Omar, à l'est de Deir ez-Zor, a rapporté l'agence SANA.\n\n"
        "La veille, une explosion avait déjà secoué l'usine à gaz de Conoco, où stationne "
        "aussi une garnison américaine.",
        datetime(2021, 7, 12, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field"]


def test_the_place_of_what_a_spanish_attack_came_days_after_is_not_its_region() -> None:
    # "llega a los pocos días de que ..." (comes a few days after ...): Baghdad, where the
    # strike it came after fell, is not where the two unnamed bases are
    d = _match(
        "",
        "Una docena de misiles iraníes cayó sobre dos bases de Irak que albergan tropas "
        "estadounidenses, informó el Pentágono. El ataque llega a los pocos días de que "
        "Washington matara a un general iraní con un bombardeo en Bagdad.",
        datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
        language="es",
    )
    assert d.attack, d.reasons
    assert d.places == ()
