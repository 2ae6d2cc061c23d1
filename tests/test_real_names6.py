"""US missions as real reports named them (in our own words, after real reports of 2020-2024):
the United States by its name in the reader's language ("la embajada de Estados Unidos en el
centro de Bagdad", "velvyslanectví Spojených států", Uzbek "AQSh elchixonasi"), Serbian
"američku ambasadu", an embassy the US forces call "their" own in German, and a consulate
named only to say where the attacked airport lies; and bases as the press of Turkish, Uzbek,
Korean, Chinese, Bengali, Serbian, Tamil and Persian spells them ("El Tanıf Garnizonu",
"Ат-Тожий", "샤다디의 미군 기지", "科尼科气田", "তাজি সামরিক ঘাঁটিতে", "Harab el Džair",
"தாஜி ராணுவத்தளம்", "پایگاه تاجی")."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases, look_alike_cases

test_a_us_mission_named_with_the_united_states_in_full = base_cases(
    [
        (
            "es",
            "",
            "Al menos dos cohetes cayeron el jueves sobre la embajada de Estados Unidos en el "
            "centro de Bagdad, según dos fuentes de seguridad iraquíes.",
            date(2022, 1, 13),
            "baghdad-embassy",
            "2022-01-13",
        ),
        (
            "cs",
            "",
            "Nejméně tři rakety dopadly v neděli do zelené zóny v Bagdádu, kde sídlí "
            "velvyslanectví Spojených států, uvedla irácká policie.",
            date(2020, 1, 5),
            "baghdad-embassy",
            "2020-01-05",
        ),
        (
            "de",
            "",
            "In der Nacht zum Dienstag schossen US-Soldaten eine bewaffnete Drohne über ihrer "
            "Botschaft in Bagdad ab.",
            date(2021, 7, 6),
            "baghdad-embassy",
            None,
        ),
        (
            "sr",
            "",
            "Najmanje četiri rakete ispaljene su danas na američku ambasadu u zelenoj zoni "
            "Bagdada, rekli su irački bezbjednosni izvori.",
            date(2022, 1, 13),
            "baghdad-embassy",
            None,
        ),
        (
            "uz",
            "",
            "Noma'lum jangarilar Bogʻdod markazidagi AQSh elchixonasiga bugun tongda raketalar "
            "otdi.",
            date(2023, 12, 8),
            "baghdad-embassy",
            None,
        ),
        (
            "hr",
            "",
            "Dvije rakete ispaljene su u nedjelju navečer na ambasadu SAD-a u Bagdadu, javila "
            "je iračka policija.",
            date(2020, 1, 27),
            "baghdad-embassy",
            None,
        ),
        (
            "sl",
            "",
            "Na veleposlaništvo ZDA v Bagdadu so v nedeljo zvečer izstrelili tri rakete.",
            date(2020, 1, 27),
            "baghdad-embassy",
            None,
        ),
        (
            "bg",
            "",
            "Три ракети удариха в неделя вечерта посолството на САЩ в Багдад.",
            date(2020, 1, 27),
            "baghdad-embassy",
            None,
        ),
        (
            "fr",
            "",
            "Deux roquettes sont tombées lundi soir près du consulat des États-Unis à Erbil, "
            "sans faire de victimes, selon les services de sécurité kurdes.",
            date(2021, 2, 16),
            "erbil-consulate",
            None,
        ),
    ]
)

test_a_consulate_named_only_to_place_the_airport_attacked = base_cases(
    [
        (
            "fr",
            "",
            "Samedi soir, l'aéroport international d'Erbil, situé près du consulat des "
            "États-Unis dans la ville, a été visé par deux drones armés, sans faire de victimes.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
        (
            "pt",
            "",
            "No sábado à noite, dois drones armados atingiram o aeroporto internacional de "
            "Erbil, nas imediações do consulado dos Estados Unidos, sem causar vítimas.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
        (
            "el",
            "",
            "Το διεθνές αεροδρόμιο του Ερμπίλ, κοντά στο προξενείο των Ηνωμένων Πολιτειών, "
            "δέχθηκε το βράδυ του Σαββάτου επίθεση με δύο οπλισμένα drones.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
    ]
)

test_a_base_named_as_the_press_of_each_language_spells_it = base_cases(
    [
        (
            "tr",
            "",
            "Suriye'deki El Tanıf Garnizonu bu sabah üç kamikaze İHA ile hedef alındı; "
            "ikisi düşürüldü.",
            date(2023, 1, 20),
            "al-tanf",
            None,
        ),
        (
            "uz",
            "",
            "Бағдод шимолидаги Ат-Тожий ҳарбий базаси кеча яна ракета ҳужумига нишон бўлди.",
            date(2020, 3, 15),
            "camp-taji",
            None,
        ),
        (
            "ko",
            "",
            "시리아 북동부 샤다디의 미군 기지가 어제 자폭 드론 공격을 받았다.",
            date(2024, 1, 6),
            "al-shaddadi",
            None,
        ),
        (
            "zh",
            "",
            "叙利亚东部科尼科气田的美军基地周一遭到火箭弹袭击。",
            date(2023, 11, 13),
            "conoco-gas-field",
            None,
        ),
        (
            "bn",
            "",
            "বাগদাদের উত্তরে তাজি সামরিক ঘাঁটিতে গতকাল রাতে রকেট হামলা হয়েছে।",
            date(2020, 3, 12),
            "camp-taji",
            None,
        ),
        (
            "sr",
            "",
            "Dron je juče pogodio vojni aerodrom u Harab el Džairu na severoistoku Sirije, gde "
            "su smeštene američke trupe.",
            date(2024, 8, 10),
            "rmelan-landing-zone",
            None,
        ),
        (
            "ta",
            "",
            "பாக்தாத் அருகே உள்ள தாஜி ராணுவத்தளம் மீது நேற்று இரவு ராக்கெட் தாக்குதல் நடந்தது.",
            date(2020, 3, 12),
            "camp-taji",
            None,
        ),
        (
            "bn",
            "",
            "সিরিয়ার হাসাকাহ প্রদেশের আল-শাদ্দাদ শহরে মার্কিন সামরিক ঘাঁটিতে গতকাল ড্রোন হামলা হয়েছে।",
            date(2024, 1, 6),
            "al-shaddadi",
            None,
        ),
        (
            "ru",
            "",
            "Иранские дроны атаковали в субботу базу Аль-Минхад под Дубаем, где размещены "
            "австралийские военные.",
            date(2026, 3, 1),
            "al-minhad-air-base",
            None,
        ),
        (
            "ur",
            "",
            "ایران نے سعودی عرب میں پرنس سلطان ایئر بیس پر بیلسٹک میزائل داغے جہاں امریکی فوجی "
            "تعینات ہیں۔",
            date(2026, 3, 1),
            "prince-sultan-air-base",
            None,
        ),
        (
            "fa",
            "",
            "پایگاه تاجی در شمال بغداد شب گذشته هدف حمله موشکی قرار گرفت.",
            date(2020, 3, 15),
            "camp-taji",
            None,
        ),
    ]
)

# guards: another country's embassy, "sad" as a word, a person or a fleet command named
test_no_us_mission_or_base_in_these = look_alike_cases(
    [
        (
            "es",
            "",
            "Aliado de Estados Unidos, el Reino Unido informó que su embajada en Bagdad fue "
            "alcanzada por un cohete el martes. No hubo heridos.",
        ),
        (
            "en",
            "",
            "Two rockets struck the Turkish embassy in Baghdad, a sad turn for relations, "
            "police said on Wednesday. No one was hurt.",
        ),
        (
            "hr",
            "",
            "Dvije rakete pale su u blizini turske ambasade u Bagdadu, a policija sad istražuje "
            "tko ih je ispalio.",
        ),
        (
            "ru",
            "",
            "Виктория Нуланд обсудила в Багдаде безопасность американских баз в Ираке после "
            "серии атак дронами.",
        ),
        (
            "pl",
            "",
            "Dowództwo Piątej Floty poinformowało, że amerykański niszczyciel zestrzelił we "
            "wtorek drony wystrzelone przez Huti nad Morzem Czerwonym.",
        ),
        (
            "sr",
            "",
            "Cene nafte pale su u utorak uprkos tenzijama oko američke baze Al Tanf u Siriji.",
        ),
        (
            "hr",
            "",
            "Pala je odluka: američke snage do rujna napuštaju bazu Ain al-Asad, potvrdio je u "
            "utorak iračko ministarstvo obrane.",
        ),
    ],
    day="2024-01-10",
)

test_a_mission_struck_beside_another_base_stays_a_target = base_cases(
    [
        (
            "en",
            "",
            "Rockets hit Baghdad airport and fell near the American embassy compound in central "
            "Baghdad on Tuesday night, security sources said.",
            date(2024, 1, 10),
            ["victory-base", "baghdad-embassy"],
            None,
        ),
        (
            "fr",
            "",
            "Des drones ont visé mardi l'aéroport d'Erbil et se sont écrasés près du consulat "
            "américain en construction à Erbil.",
            date(2024, 1, 10),
            ["erbil-air-base", "erbil-consulate"],
            None,
        ),
    ]
)
