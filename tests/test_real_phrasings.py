"""Common phrasings the term files lacked, as seen on real reports (in our own words): a US
base "militar estadounidense", "degli Stati Uniti", "militară americană"; Nynorsk "råka";
rockets that "pogodile" a runway or "sono piovuti" on an airport; the US embassy as a
"representação diplomática americana"; US strikes told after "following the deaths of" the
soldiers an attack killed, and "attackierten die USA"."""

from __future__ import annotations

from tests.reports import base_cases, local_time, look_alike_cases, term_cases

test_reports_in_these_phrasings_are_taken = base_cases(
    [
        (
            "nn",
            "Åtak mot amerikansk base i Irak",
            "Tysdag vart Ain al-Asad-basen vest i Irak råka av fleire rakettar, stadfestar "
            "forsvaret. Ingen norske soldatar kom til skade.",
            local_time("2021-03-02", 18),
            "ain-al-asad",
            "2021-03-02",
        ),
        (
            "pt",
            "Foguete cai perto de embaixada em Bagdá",
            "Nesta segunda-feira (23), um foguete caiu ao lado da representação diplomática "
            "americana em Bagdá, informou uma fonte de segurança. Ninguém ficou ferido.",
            local_time("2019-09-23", 20),
            "baghdad-embassy",
            "2019-09-23",
        ),
        (
            "es",
            "Ataque con cohetes en Irak",
            "Hoy una base militar estadounidense en Irak recibió el impacto de al menos ocho "
            "cohetes, según fuentes de seguridad. No se conocen víctimas.",
            local_time("2020-03-11", 20),
            [],
            "2020-03-11",
        ),
        (
            "it",
            "Razzi contro una base in Iraq",
            "Oggi tre razzi sono caduti su una base militare degli Stati Uniti nel nord "
            "dell'Iraq, hanno riferito fonti locali. Non si segnalano feriti.",
            local_time("2020-03-11", 20),
            [],
            "2020-03-11",
        ),
        (
            "ro",
            "Atac cu drone în Siria",
            "Astăzi o bază militară americană din estul Siriei a fost lovită de două drone, "
            "au anunțat surse locale. Nu au fost raportate victime.",
            local_time("2023-10-19", 20),
            [],
            "2023-10-19",
        ),
        (
            "bs",
            "Rakete na zračnu bazu u Iraku",
            "Sedam raketa ispaljeno je u nedjelju na aviobazu Balad sjeverno od Bagdada. Rakete "
            "su pogodile pistu, a četiri iračka vojnika su ranjena.",
            local_time("2020-01-12", 21),
            "balad-air-base",
            "2020-01-12",
        ),
        (
            "it",
            "Razzi su Erbil",
            "Lunedì sera sull'aeroporto di Erbil, dove si trovano i soldati della coalizione, "
            "sono piovuti almeno tre razzi. Un civile è morto.",
            local_time("2021-02-15", 23),
            "erbil-air-base",
            "2021-02-15",
        ),
    ]
)


test_us_strikes_after_an_attack_are_no_attack = look_alike_cases(
    [
        (
            "en",
            "US hits back at militias",
            "Following the deaths of three American soldiers in Jordan last week, the US has "
            "launched retaliatory strikes on Iran-backed militias in Iraq and Syria.\n\n"
            "Dozens more troops were hurt when a drone struck the Tower 22 outpost near the "
            "Syrian border.\n\nThe strikes hit more than 80 targets, officials said.",
        ),
    ],
    day="2024-02-03",
)

test_the_us_named_in_these_phrasings_is_read = term_cases(
    [
        (
            "Na Pentagonie potwierdzono, że żołnierze amerykańscy są bezpieczni.",
            "amerykansc",
            "cat:coalition",
        ),
        (
            "Laut Pentagon attackierten die USA am Dienstagabend drei Anlagen der Miliz.",
            "attackierten die usa",
            "cat:us_attacker",
        ),
    ],
    read=True,
)

test_the_hasakah_base_by_the_city_it_lies_close_to = base_cases(
    [
        (
            "en",
            "Contractor killed in drone strike in Syria",
            "On Thursday a drone crashed into a military base close to Al-Hasakah in "
            "north-eastern Syria, killing a US contractor and wounding five US troops.",
            local_time("2023-03-23", 22),
            "hasakah-coalition-base",
            "2023-03-23",
        ),
        (
            "de",
            "US-Vertragsarbeiter bei Drohnenangriff getötet",
            "Die Drohne, die am Donnerstag den Stützpunkt nahe Al-Hassaka im Nordosten Syriens "
            "traf, tötete einen amerikanischen Vertragsarbeiter.",
            local_time("2023-03-23", 22),
            "hasakah-coalition-base",
            "2023-03-23",
        ),
        (
            "ko",
            "시리아 미군 기지 드론 공격",
            "23일 시리아 북동부 하사카에 있는 미군 주도 연합군 기지가 자폭 드론의 공격을 받아 "
            "계약업자 1명이 숨졌다.",
            local_time("2023-03-23", 22),
            "hasakah-coalition-base",
            "2023-03-23",
        ),
    ]
)

test_persian_words_joined_or_spaced_read_alike = term_cases(
    [
        # the term is written with a space; the page joins with a zero-width non-joiner
        ("شلیک موشک\u200cهای کاتیوشا به پایگاه", "موشك هاي كاتيوشا", "weapon:rocket"),
        ("سه موشک\u200cهای بالستیک به پایگاه اصابت کرد", "موشك هاي بالستيك", "weapon:missile"),
    ],
    read=True,
)

# a test in the accusative, unmarked ("أجرت اختبارا"), and a new system tried out ("تجرّب منظومة")
test_a_test_of_a_defence_system_is_read_as_one = term_cases(
    [
        ("أجرت السفارة اختبارا لمنظومة جديدة", "اختبارا", "cat:drill"),
        ("السفارة الأمريكية تجرّب منظومة جديدة", "تجرب منظومه", "cat:drill"),
    ],
    read=True,
)

# the US as the one striking, with words between the subject and its verb
test_us_strikes_told_with_words_between_are_read = term_cases(
    [
        (
            "CENTCOM said US forces on Friday carried out strikes in Syria.",
            "us forces on friday carried out",
            "cat:us_attacker",
        ),
        (
            "Das US-Militär schlägt in Syrien zurück.",
            "militar schlagt in syrien zuruck",
            "cat:us_attacker",
        ),
        (
            "Nesta sexta, os Estados Unidos deram início a ataques aéreos.",
            "estados unidos deram inicio a",
            "cat:us_attacker",
        ),
        (
            "L'armée américaine a annoncé avoir effectué des frappes en Syrie.",
            "americaine a annonce avoir effectue",
            "cat:us_attacker",
        ),
    ],
    read=True,
)

test_a_missile_heading_for_incirlik_in_turkish_is_an_attack = base_cases(
    [
        (
            "tr",
            "Adana'da siren sesleri",
            "Gece saat 03.25'te Adana'da sirenler çaldı ve bir patlama duyuldu.\n\nİncirlik "
            "Üssü alarma geçti; vatandaşlar İncirlik Üssü'ne doğru ilerleyen bir füzeyi "
            "görüntüledi.\n\nFüzenin havada imha edildiği bildirildi.",
            local_time("2026-03-13", 6),
            "incirlik-air-base",
            "2026-03-13",
        ),
    ]
)
