"""Reprisals, threats, other owners' bases and homecomings, as real reports of 2019-2024 told
them (in our own words): the US's "payback for" a drone attack, "Washington launched a
reprisal operation", "the US army killed 15 militants", "the US army, in response to attacks,
targeted their headquarters", a strike on the Guards' "infrastructure facilities", a
militia's own base hit by a drone, an attack recalled "two weeks ago", a threat "if Washington
tries to avenge", Turkish "aggression" that is no attack, "Army reservists" of a US paper,
"the Israel-Hamas war" that names a war, Guard soldiers who "come home", and the remains of the
fallen flown back. And the attacks told beside such words, which stay attacks: a rocket's
remains, rockets launched from a militia base, a militia's "reprisal operation", a claim of
"shelling the US army", US troops killed at a base."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases, look_alike_cases, term_cases
from tests.reports import detect as _match

test_a_reprisal_or_a_threat_is_no_new_attack = look_alike_cases(
    [
        (
            "en",
            "US opens air campaign on militia sites in Iraq and Syria",
            "On Friday the US military began an air campaign on scores of sites in Iraq and "
            "Syria that Iran-backed militias use, the opening salvo of payback for the drone "
            "attack that killed three US troops in Jordan last weekend.",
            date(2024, 2, 2),
        ),
        (
            "en",
            "Senators file resolution condemning proxy attacks on US forces",
            "Three senators have put forward a resolution that condemns the attacks of Iran's "
            "proxies on US troops in Iraq and Syria.\n\nTwo weeks ago, a drone attack by a "
            "militia tied to Iran on the Erbil Air Base in northern Iraq wounded three US "
            "service members.",
            date(2024, 1, 11),
        ),
        (
            "en",
            "Drone strikes base of Iran-backed militia in northern Iraq",
            "Shortly after midnight on Friday a drone dropped two grenades on a base of "
            "Iran-backed paramilitary forces in northern Iraq, wounding two advisers, "
            "officials said. The Pentagon said US forces were not involved.",
            date(2019, 7, 19),
        ),
        (
            "ar",
            "",
            "قتل الجيش الأمريكي أمس خمسة عشر مسلحاً خلال ضربه خمس قواعد لكتائب حزب الله في "
            "العراق وسوريا، بعد يومين من هجوم بقذائف على قاعدة عسكرية في كركوك. وقال "
            "المتحدث باسم البنتاغون إن الضربات جاءت رداً على هجمات متكررة للكتائب. وأوضح أن "
            "ثلاثة من المواقع في العراق واثنين في سوريا، وأنها مخازن أسلحة ومقرات. واتهم "
            "المتحدث باسم البنتاغون الكتائب بقصف القاعدة العسكرية في كركوك يوم الجمعة "
            "بثلاثين قذيفة، ما أدى إلى مقتل متعاقد أمريكي.",
            date(2019, 12, 30),
        ),
        (
            "fa",
            "",
            "ارتش آمریکا در پاسخ به حملات گروه‌های مورد حمایت ایران، سه مقر آنان در عراق را هدف "
            "حمله قرار داد.\n\nاین حملات چند ساعت پس از آن انجام شد که آمریکا اعلام کرد "
            "شبه‌نظامیان دو حمله پهپادی به پایگاه هوایی عین الاسد انجام داده‌اند.",
            date(2024, 1, 24),
        ),
        (
            "fr",
            "Jeudi soir, Washington a lancé une opération de représailles dans plusieurs "
            "régions d'Irak, après les roquettes qui ont tué trois personnes mercredi sur une "
            "base de la coalition.",
            "",
            date(2020, 3, 13),
        ),
        (
            "de",
            "",
            "Nach eigenen Angaben hat das US-Militär am Dienstag in Deir al-Zor "
            "Infrastruktureinrichtungen angegriffen, die den iranischen Revolutionsgarden "
            "zugerechnet werden. Die Schläge sollten US-Personal schützen, hieß es.",
            date(2022, 8, 24),
        ),
        (
            "pt",
            "",
            "Caso Washington tente vingar seus três soldados mortos num posto na Jordânia, a "
            "milícia Kataib Hezbollah está pronta para retaliar em qualquer lugar, disse um "
            "porta-voz.\n\nNo domingo, um ataque de drone contra um posto militar na Jordânia "
            "matou três militares dos EUA.",
            date(2024, 1, 31),
        ),
        (
            "tr",
            "",
            "Halkevleri, Malatya'ya Patriot hava savunma sistemlerinin konuşlandırılmasının "
            "ardından, güvenliğin emperyalist saldırganlığa hizmet eden Kürecik Radar Üssü'nün "
            "kapatılmasıyla sağlanacağını söyledi.",
            date(2026, 3, 10),
        ),
        (
            "en",
            "Arizona Guard soldiers come home after surviving deadly Jordan drone attack",
            "Soldiers of the Arizona National Guard are home for the first time in months; "
            "some were wounded in the deadly drone attack in Jordan in January.\n\nDozens of "
            "Arizona National Guardsmen hurt in Jordan drone attack\n\nFamilies filled the "
            "hangar on Saturday to welcome them.",
            date(2024, 8, 10),
        ),
        (
            "en",
            "President at Dover as three soldiers killed in Jordan drone strike come back",
            "On Friday the president stood on the tarmac as the remains of three Army Reserve "
            "soldiers killed by a drone at a remote outpost in Jordan were carried off a "
            "transport plane.",
            date(2024, 2, 2),
        ),
        (
            "en",
            "Iran's Revolutionary Guards strike Erbil",
            "Revolutionary Guardsmen fired missiles at Erbil on Saturday, targeting what Iran "
            "called an Israeli spy headquarters.",
            date(2024, 1, 15),
        ),
        (
            "en",
            "Families and comrades gather at Fort Moore memorial ceremony on Saturday to honor "
            "three Army Reserve soldiers killed by drone attack on Tower 22 in Jordan",
            "Three soldiers were killed when a drone struck Tower 22 in Jordan.",
            date(2024, 2, 17),
        ),
    ]
)


test_aggression_is_no_attack_word_in_turkish = term_cases(
    [
        ("emperyalist saldırganlığa hizmet eden Kürecik Radar Üssü", "saldirganliga", "cat:attack"),
        ("bir saldırgan Kürecik'e yürüdü", "saldirgan", "cat:attack"),
    ],
    read=False,
)

test_attack_words_in_turkish_stay = term_cases(
    [
        ("Kürecik Radar Üssü'ne füze saldırısı düzenlendi", "saldirisi", "cat:attack"),
        ("İHA'lar üsse saldırdı", "saldirdi", "cat:attack"),
        ("üsse saldıran İHA düşürüldü", "saldiran", "cat:attack"),
    ],
    read=True,
)


def test_army_reservists_killed_in_a_war_that_names_israel_are_us_troops() -> None:
    d = _match(
        "Jordan drone attack kills three Army reservists from Georgia",
        "Three Army reservists from Georgia died and more than 40 others were hurt in "
        "Sunday's drone attack in northeastern Jordan, which makes it harder to keep the "
        "Israel-Hamas war from spreading across the region.",
        date(2024, 1, 29),
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["north-east-jordan"]
    assert d.attack_date == date(2024, 1, 28)


test_an_attack_told_beside_those_words_stays_an_attack = base_cases(
    [
        (
            "en",
            "",
            "Remains of a Katyusha rocket were found near the US embassy in Baghdad on Saturday "
            "after a rocket attack, police said.",
            date(2023, 12, 9),
            "baghdad-embassy",
            None,
        ),
        (
            "en",
            "",
            "Rockets were launched at Ain al-Asad air base on Saturday from a militia base near "
            "Hit, officials said.",
            date(2021, 3, 6),
            "ain-al-asad",
            None,
        ),
        (
            "en",
            "",
            "Three US troops were killed at Tower 22 in Jordan on Saturday, prompting US drone "
            "strikes on militia sites.",
            date(2024, 1, 28),
            "tower-22",
            None,
        ),
        (
            "en",
            "",
            "CENTCOM said that in retaliation for US strikes on Kataib Hezbollah, militants "
            "fired rockets at Ain al-Asad air base on Saturday.",
            date(2024, 1, 20),
            "ain-al-asad",
            None,
        ),
        (
            "ar",
            "",
            "أعلنت المقاومة الإسلامية في العراق، السبت، قصف الجيش الأمريكي في قاعدة عين الأسد "
            "غربي العراق بالطائرات المسيرة.",
            date(2024, 1, 20),
            "ain-al-asad",
            None,
        ),
        (
            "fr",
            "",
            "Les milices pro-iraniennes ont mené samedi une opération de représailles contre la "
            "base d'Aïn al-Assad à l'aide de drones.",
            date(2024, 1, 20),
            "ain-al-asad",
            None,
        ),
        (
            "de",
            "",
            "Am Samstag hat das US-Militär einen Drohnenangriff auf den Stützpunkt Tower 22 in "
            "Jordanien gemeldet.",
            date(2024, 1, 28),
            "tower-22",
            None,
        ),
        (
            "en",
            "",
            "Drones struck homes in war-torn Syria near al-Tanf on Saturday, and one hit the "
            "garrison where US troops are based.",
            date(2023, 10, 21),
            "al-tanf",
            None,
        ),
    ]
)
