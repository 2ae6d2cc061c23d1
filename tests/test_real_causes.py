"""A clause that gives the cause of the attack told before it ("in retaliation for the
killing of Soleimani in a US drone strike at Baghdad airport") tells an earlier event: its
base, weapon and dead are not the attack's, as seen on real reports (in our own words)."""

from __future__ import annotations

from datetime import date, datetime

from tests.reports import LOCAL as IRAQ
from tests.reports import base_cases
from tests.reports import bases as _bases
from tests.reports import detect as _match

WEDNESDAY = datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ)


def test_the_place_and_weapon_of_the_cause_are_not_the_attacks() -> None:
    d = _match(
        "Iran fires missiles at US forces in Iraq",
        "Iran fired more than a dozen ballistic missiles at Ain al-Asad air base and a "
        "facility in Erbil early on Wednesday in retaliation for the killing of General "
        "Qassem Soleimani in a US drone strike at Baghdad airport last week.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons
    assert {b.id for b in d.bases} == {"ain-al-asad", "erbil-air-base"}
    assert d.weapons == ("missile",)
    assert d.killed is None


def test_a_relative_clause_of_the_cause_stays_in_it() -> None:
    # the comma before "who" does not end the cause
    d = _match(
        "Iranian missiles hit Iraqi bases hosting US-led troops",
        "Iran launched 15 missiles at US targets in Iraq early on Wednesday. State television "
        "said the attack on Ain al-Asad and Erbil was a response to the death of Qassem "
        "Soleimani, who was killed in a US drone strike on Friday at Baghdad's international "
        "airport.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons
    assert {b.id for b in d.bases} == {"ain-al-asad", "erbil-air-base"}
    assert d.attack_date == date(2020, 1, 8)


def test_days_after_a_us_strike_names_the_strikes_place() -> None:
    d = _match(
        "Iraqi group says it hit Harir base",
        "The Islamic Resistance in Iraq said in a statement that it attacked Harir base in "
        "Erbil with a drone on Saturday, hours after US retaliatory strikes for the killing "
        "of three soldiers at Tower 22 in Jordan.",
        datetime(2024, 2, 4, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["harir-air-base"]


def test_a_cause_before_the_attack_is_read_as_the_sentence_says() -> None:
    # fronted, the cause clause comes before the attack it explains: nothing is dropped
    d = _match(
        "Missiles hit Ain al-Asad",
        "In retaliation for the killing of its general, Iran fired ballistic missiles at Ain "
        "al-Asad air base early on Wednesday.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["ain-al-asad"]


def test_the_cause_in_french_spanish_german_and_arabic() -> None:
    reports = (
        "Irán lanzó el miércoles misiles contra la base de Ain al Asad en represalia por el "
        "asesinato del general Soleimani en un ataque con dron estadounidense en el "
        "aeropuerto de Bagdad.",
        "Iran hat am Mittwoch ballistische Raketen auf den Stützpunkt Ain al-Asad "
        "abgefeuert, als Vergeltung für die Tötung von General Soleimani durch eine US-Drohne "
        "am Flughafen Bagdad.",
        "أطلق الحرس الثوري الإيراني فجر الأربعاء صواريخ على قاعدة عين الأسد ردا على اغتيال "
        "قاسم سليماني بطائرة مسيرة أمريكية قرب مطار بغداد.",
    )
    for text in reports:
        d = _match("", text, WEDNESDAY)
        assert d.attack, (text, d.reasons)
        assert [b.id for b in d.bases] == ["ain-al-asad"], text
        assert d.weapons == ("missile",), text


def test_what_the_attack_came_after_is_another_event() -> None:
    d = _match(
        "Rockets target Kabul airport as US pullout nears end",
        "Five rockets were fired at Kabul airport early on Monday, a US official said, but a "
        "missile defence system intercepted them. The attack came a day after a US drone "
        "strike destroyed a car packed with explosives in the city, and four days after a "
        "suicide bombing at one of the airport's gates killed 13 US service members.",
        datetime(2021, 8, 30, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["hamid-karzai-airport"]
    assert d.weapons == ("rocket",)
    assert d.killed is None  # the 13 died in the bombing four days before


def test_an_attack_days_before_this_one_is_another() -> None:
    d = _match(
        "Rockets fired at US base in Syria",
        "Ten rockets were fired at the Green Village base in eastern Syria on Friday, "
        "injuring one US service member, a day after a drone attack near Hasakah killed an "
        "American contractor.",
        datetime(2023, 3, 25, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["green-village"]
    assert d.weapons == ("rocket",)
    assert d.attack_date == date(2023, 3, 24)


def test_an_attack_weeks_before_the_news_is_no_new_one() -> None:
    d = _match(
        "Brain injury count climbs",
        "The rise in reported injuries comes about three weeks after the Iranian missile "
        "attack on Ain al-Asad air base, where no one was killed.",
        datetime(2020, 1, 29, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_coming_after_a_time_of_day_keeps_the_day() -> None:
    d = _match(
        "Rockets hit Ain al-Asad",
        "At least ten rockets struck Ain al-Asad air base in western Iraq.\n\nThe barrage "
        "came shortly after dawn on Wednesday, the coalition said.",
        datetime(2021, 3, 4, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 3, 3)


def test_after_us_forces_downed_a_drone_is_the_same_salvo() -> None:
    # only a US strike, killing or a day's distance makes what came before another event
    d = _match(
        "Rockets hit Harir",
        "Rockets hit Harir air base on Saturday after US forces shot down a drone over Erbil "
        "airport.",
        datetime(2024, 1, 28, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert set(_bases(d)) == {"harir-air-base", "erbil-air-base"}


def test_resistance_against_us_forces_is_no_attack_told_before_a_cause() -> None:
    """A group's claim: "resistance against American forces" names no attack, so the
    "in response to" that follows opens no cause clause over the rockets it then tells."""
    d = _match(
        "Iran-backed militants claim rocket fire at US base in Syria",
        "The Islamic Resistance in Iraq said it had launched two rocket attacks on US forces in "
        "Syria on Monday.\n\n"
        "The attack is the 164th on US personnel in Syria and Iraq since mid-October.\n\n"
        '"Keeping up our resistance against American forces in Iraq and the region, and in '
        "response to the occupation's crimes against the people of Gaza, our fighters fired "
        'several rockets at the American base in the Conoco oil field in eastern Deir Ezzor," '
        "the group said.",
        date(2024, 1, 22),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["conoco-gas-field"]


def test_the_day_of_what_the_attack_hit_back_at_is_not_its_day() -> None:
    """ "Today Iran fired missiles at Ain al-Asad and Erbil, hitting back at the president
    for ordering the January 3 killing": the attack is today's."""
    d = _match(
        "Iran's revenge raises fears for troops abroad",
        "Today Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in "
        "western Iraq and at the Erbil base in Iraqi Kurdistan, hitting back at the US "
        "president for ordering the January 3 killing.",
        date(2020, 1, 8),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


def test_hitting_back_at_us_forces_names_the_bases_hit() -> None:
    """ "Hitting back at" is no cause: what follows it is the attack's target."""
    d = _match(
        "",
        "Iran fired missiles at US bases in Iraq on Wednesday, hitting back at American forces "
        "at Ain al-Asad and Erbil.",
        date(2020, 1, 8),
    )
    assert d.attack, d.reasons
    assert set(_bases(d)) == {"ain-al-asad", "erbil-air-base"}


def test_the_cause_given_to_the_attack_just_told_is_no_us_strike() -> None:
    """ "State media said the attack was revenge for the US killing of ...": the clause after
    "the attack was" gives its cause; the US drone strike it tells is not the news, and
    Baghdad airport, where it struck, is no base attacked."""
    d = _match(
        "",
        "Iranian state media said the attack was revenge for the US killing of General "
        "Qassem Soleimani in a drone strike near Baghdad airport last week. Iran fired more "
        "than a dozen ballistic missiles at US forces at Ain al-Asad air base in western "
        "Iraq, officials said.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert "the US or the coalition is the attacker in the lead" not in d.reasons


# the cause given to "the attack" ends where the sentence goes on with the attack or its
# claim; a relative clause of the cause ("..., whose death ...") is still the cause
test_the_cause_given_to_the_attack_ends_at_its_comma = base_cases(
    [
        (
            "en",
            "",
            "The attack was in response to US support for Israel, the Islamic Resistance in "
            "Iraq said, claiming a drone strike on Harir air base on Monday.",
            date(2024, 1, 30),
            "harir-air-base",
            "2024-01-29",
        ),
        (
            "en",
            "",
            "The attack came in response to the US assassination of Soleimani at Baghdad "
            "airport, said the statement, after rockets hit Ain al-Asad air base on Monday.",
            date(2024, 1, 30),
            "ain-al-asad",
            "2024-01-29",
        ),
        (
            "en",
            "",
            "Rockets hit Ain al-Asad air base on Monday. The group said the attack was revenge "
            "for the killing of its commander, whose car was hit by a US drone strike near "
            "Baghdad airport last month.",
            date(2024, 1, 30),
            "ain-al-asad",
            "2024-01-29",
        ),
    ]
)

# without a copula ("the attack was ..."), a cause inside the sentence of the attack ("the
# drone attack in response to ... killed three US soldiers at Tower 22") is cut only as
# before: the attack, its base and its day stay
test_a_cause_told_inside_the_attack_sentence_leaves_the_attack = base_cases(
    [
        (
            "en",
            "",
            "The drone attack in response to Israel's war on Gaza killed three US soldiers at "
            "Tower 22 in Jordan on Sunday, officials said.",
            date(2024, 1, 29),
            "tower-22",
            "2024-01-28",
        ),
        (
            "en",
            "",
            "A rocket attack a day after the US killed a militia leader in Baghdad hit the Ain "
            "al-Asad base on Friday, officials said.",
            date(2024, 1, 5),
            "ain-al-asad",
            "2024-01-05",
        ),
        (
            "en",
            "",
            "A drone attack following the killing of a Hezbollah commander targeted Erbil "
            "airport on Tuesday night.",
            date(2024, 1, 10),
            "erbil-air-base",
            "2024-01-09",
        ),
        (
            "en",
            "",
            "Militants said the rocket attack was payback for the Baghdad strike and hit Ain "
            "al-Asad air base late on Tuesday.",
            date(2024, 1, 10),
            "ain-al-asad",
            "2024-01-09",
        ),
    ]
)

# a headline that opens with the US strike the attack answers ("after the US killed the
# commander, Iran strikes the US bases"), in Italian and Portuguese as in English
test_a_headline_that_opens_with_the_strike_the_attack_answers = base_cases(
    [
        (
            "it",
            "DOPO CHE GLI STATI UNITI HANNO UCCISO IL COMANDANTE, TEHERAN COLPISCE LE BASI "
            "AMERICANE IN IRAQ",
            "Teheran ha lanciato missili balistici contro due basi irachene con soldati americani "
            "e italiani.\n\nI missili sono caduti su Ain al-Asad e su Erbil; nessun militare "
            "italiano è rimasto ferito.",
            datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
            ["ain-al-asad", "erbil-air-base"],
            "2020-01-08",
        ),
        (
            "pt",
            "Depois que os EUA mataram o comandante, o Irã ataca bases americanas no Iraque",
            "Teerã disparou mísseis balísticos contra duas bases iraquianas com militares "
            "americanos.\n\nOs mísseis caíram em Ain al-Asad e em Erbil, sem feridos, segundo o "
            "Pentágono.",
            datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
            ["ain-al-asad", "erbil-air-base"],
            "2020-01-08",
        ),
    ]
)
