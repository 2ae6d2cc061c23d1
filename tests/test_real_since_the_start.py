"""A date set off by commas after "since the start" ("Tower 22's first hit since the start, on
October 17, of the militia campaign"), or followed by a word that says "since"
after its date (Turkish "17 Ekim'den beri"), opens a stretch of time, as "since October 17"
does: it is not the day of the attack the story tells, which stays new. A base "also targeted"
in such a stretch is the story's background, whichever side of it "since" stands."""

from __future__ import annotations

from tests.reports import bases, detect, local_time, report_cases

_LEAD = {
    "en": "A drone hit a small US outpost in the far north-east of Jordan, killing "
    "three American soldiers, US Central Command said. ",
    "es": "Tres soldados murieron por un ataque con dron a una pequeña base estadounidense en "
    "Jordania, junto a la frontera siria, informó el Comando Central. ",
    "it": "Un drone ha colpito una piccola base americana in Giordania, non lontano dalla "
    "frontiera siriana, uccidendo tre soldati, ha comunicato il Comando centrale. ",
}

test_a_date_the_stretch_of_attacks_started = report_cases(
    [
        (
            "en",
            "Drone kills three US soldiers at Jordan outpost",
            _LEAD["en"] + "Officials called it Tower 22's first hit since the start, on "
            "October 17, of the militia campaign against American forces.",
            local_time("2024-01-28", 21),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
        (
            "es",
            "Mueren tres soldados de EEUU por un dron en Jordania",
            _LEAD["es"] + "Según los funcionarios, la Torre 22 no había sido blanco desde el "
            "comienzo, el 17 de octubre, de la campaña de las milicias contra las tropas.",
            local_time("2024-01-28", 21),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
        (
            "it",
            "Drone uccide tre soldati americani in Giordania",
            _LEAD["it"] + "Per i funzionari la Torre 22 non era mai stata colpita dall'avvio, il "
            "17 ottobre, della campagna delle milizie contro le truppe.",
            local_time("2024-01-28", 21),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
    ]
)

test_a_date_a_word_after_it_makes_the_start_of_a_stretch = report_cases(
    [
        (
            "tr",
            "Ürdün'de ABD üssüne İHA saldırısı: 3 asker öldü",
            "ABD Merkez Kuvvetler Komutanlığı, Ürdün'ün Suriye sınırındaki bir ABD üssüne "
            "düzenlenen insansız hava aracı saldırısında üç Amerikan askerinin hayatını "
            "kaybettiğini açıkladı. Saldırıya uğrayan Tower 22 üssü, 17 Ekim'den beri bölgedeki "
            "ABD üslerini hedef alan 150'yi aşkın saldırının hiçbirinde vurulmamıştı.",
            local_time("2024-01-28", 21),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
    ]
)


def test_a_base_also_hit_since_the_war_began_is_background() -> None:
    # Turkish puts "since" after what it counts from ("savaş başladığından bu yana"): the
    # second base "also targeted since the war began" is the story's background, as it is
    # when "since" comes first
    d = detect(
        "",
        "Harir hava üssü Salı gecesi iki İHA ile vuruldu, koalisyon açıkladı.\n\n"
        "Ayrıca Ayn el-Esed üssü savaş başladığından bu yana İHA ile hedef alındı.",
        local_time("2023-10-25"),
        language="tr",
    )
    assert d.attack, d.reasons
    assert bases(d) == ["harir-air-base"]
