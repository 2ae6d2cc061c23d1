"""Somali and Hausa term files: a report and a look-alike in each, written for these tests
after the facts of real attacks, as the Somali and Hausa services of international
broadcasters tell them; and their short words that must not fire in other languages' text
(the Hausa "hari" is the Indonesian day). With them, Bosnian and Turkish reports that name a
base in their local spelling, and Persian ones."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "so",
        "Gantaallo lagu garaacay saldhigga Mareykanka ee Cayn al-Asad",
        "Xalay ayaa gantaallo lagu garaacay saldhigga Cayn al-Asad ee galbeedka Ciraaq, halkaas oo "
        "ay ku sugan yihiin ciidamada Mareykanka. Saraakiisha Mareykanka ayaa sheegay in lagu "
        "dhaawacay dhowr askari.",
        _at("2024-08-06", 9),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "so",
        "Diyaarad aan duuliye lahayn oo weerartay saldhig ku yaal Urdun",
        "Diyaarad aan duuliye lahayn ayaa shalay weerartay saldhig ciidan oo ku yaal waqooyi "
        "bariga Urdun, waxaana ku dhintay saddex askari oo Mareykan ah, sida uu sheegay taliska "
        "dhexe ee Mareykanka.",
        _at("2024-01-29", 9),
        "north-east-jordan",
        "2024-01-28",
        "drone",
    ),
    (
        "ha",
        "An kai hari da rokoki kan sansanin sojin Amurka a Iraki",
        "Jiya da dare an harba rokoki kan sansanin Ain al-Asad da ke yammacin Iraki, inda sojojin "
        "Amurka ke zaune. Jami'an Amurka sun ce wasu sojoji sun jikkata.",
        _at("2024-08-06", 9),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "ha",
        "Iran ta harba makamai masu linzami kan sansanin Al Udeid",
        "A yau Iran ta harba makamai masu linzami kan sansanin sojin Al Udeid a Qatar, inda "
        "dakarun Amurka ke zaune. Qatar ta ce an kakkabo mafi yawansu kuma babu wanda ya mutu.",
        _at("2025-06-23", 22),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
]


# Bosnian and Turkish wire copy that names its base in the local spelling: rockets that "fell
# on" Balad, written "Al-Blad"; the Rmelan airfield as "Harab Cebir"
REPORTS += [
    (
        "bs",
        "Rakete pale na aviobazu Al-Blad",
        "Sedam raketa palo je na aviobazu Al-Blad sjeverno od Bagdada, u kojoj su smještene "
        "američke trupe, javlja agencija. Ranjena su četiri iračka vojnika.",
        _at("2020-01-12", 22),
        "balad-air-base",
        "2020-01-12",
        "rocket",
    ),
    (
        "tr",
        "Haseke'de ABD üssüne roketli saldırı",
        "Haseke'deki Harab Cebir Havaalanı'nda bulunan ABD üssüne bugün roketlerle saldırı "
        "düzenlendi. Saldırıda can kaybı olmadığı bildirildi.",
        _at("2023-10-26", 20),
        "rmelan-landing-zone",
        "2023-10-26",
        "rocket",
    ),
    # Persian copy that quotes a satellite channel ("شبکه ماهواره‌ای", not a satellite launch)
    # and puts the base's name in guillemets
    (
        "fa",
        "اصابت راکت به پایگاه نظامی «ویکتوری» در بغداد",
        "شبکه ماهواره‌ای «دجله» عراق امروز گزارش داد که چند راکت کاتیوشا به پایگاه نظامی "
        "«ویکتوری» در نزدیکی فرودگاه بغداد که محل استقرار نظامیان آمریکایی است اصابت کرد.",
        _at("2020-03-03", 21),
        "victory-base",
        "2020-03-03",
        "rocket",
    ),
    # warning sirens ("سامانه‌های هشدار") are not a warning to someone, a threat
    (
        "fa",
        "انفجار در پایگاه ویکتوریا در بغداد",
        "سحرگاه امروز صدای چند انفجار در محل استقرار نظامیان آمریکایی در بغداد شنیده شد. در "
        "پی هدف قرار گرفتن پایگاه ویکتوریا با یک پهپاد، سامانه‌های هشدار خطر به صدا درآمد.",
        _at("2021-06-08", 10),
        "victory-base",
        "2021-06-08",
        "drone",
    ),
]

test_report_in_each_language = report_cases(REPORTS)

LOOK_ALIKES = [
    (
        "so",
        "Mareykanka oo duqeeyay maleeshiyaad ku sugan Suuriya",
        "Mareykanka ayaa duqeeyay goobaha maleeshiyaadka ay Iiraan taageerto ee bariga Suuriya, "
        "kadib weerarradii hore ee lagu qaaday ciidamadiisa.",
        _at("2023-10-27"),
    ),
    (
        "ha",
        "Iran ta musanta hannu a harin da aka kai wa sojojin Amurka",
        "Iran ta musanta cewa tana da hannu a harin jirgi mara matuki da aka kai a makon da ya "
        "gabata, wanda ya kashe sojojin Amurka uku a Jordan.",
        _at("2024-02-05"),
    ),
    # a minister on what Iran could do: "there could be an attack on Incirlik"
    (
        "tr",
        "Bakan: İran tarafından İncirlik'e saldırı olabilir",
        "Bakan, bölgedeki ABD üslerini vuran İran'ın İncirlik Üssü'nü de hedef alabileceğini "
        "söyledi ancak üssün Türkiye'nin kontrolünde olduğunu vurguladı.",
        _at("2026-03-05"),
    ),
    # Washington, which "began hitting" the groups after the attack on its troops: a US strike
    (
        "tr",
        "ABD, Bağdat'ta İHA ile bir komutanı öldürdü",
        "Ürdün sınırında üç ABD askerinin öldürüldüğü saldırının ardından İran destekli grupları "
        "vurmaya başlayan Washington yönetimi, dün gece Bağdat'ta bir İHA saldırısı düzenledi.",
        _at("2024-02-08"),
    ),
]

test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES)


test_words_that_do_not_fire = term_cases(
    [
        # "hari ini" is "today" in Indonesian and Malay, not the Hausa attack
        ("Pada hari ini pasukan AS tiba di pangkalan", "hari", "cat:attack"),
        ("Pada hari Minggu mereka tiba di pangkalan itu", "hari", "cat:attack"),
    ],
    read=False,
)
