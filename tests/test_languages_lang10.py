"""Russian, Ukrainian, Polish, Serbian (Latin script), Slovak and Hungarian reports as newer
outlets write them: a report and a look-alike in each language, written for these tests after
the facts of real attacks, and forms of one language that must not fire in another's text."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        # the day before, a statement: the attack is of the day of publication
        "ru",
        "Беспилотник со взрывчаткой упал на базе Харир в Эрбиле",
        "В четверг начиненный взрывчаткой беспилотник упал и взорвался на территории базы "
        "Харир, где размещены американские военные, сообщили курдские силовики. Накануне "
        "премьер-министр Ирака заявил, что организаторы нападений на базы будут наказаны.",
        _at("2023-11-09", 15),
        "harir-air-base",
        "2023-11-09",
        "drone",
    ),
    (
        "ru",
        "Две ракеты упали на территории лагеря Бесмая",
        "Вечером в понедельник две ракеты упали на учебной базе Бесмая, где размещены "
        "инструкторы международной коалиции, сообщил источник в иракских силовых структурах. "
        "Пострадавших нет.",
        _at("2020-03-17", 9),
        "besmaya",
        "2020-03-16",
        "rocket",
    ),
    (
        "uk",
        "Іран випустив балістичні ракети по американській базі в Катарі",
        "У понеділок увечері Іран випустив балістичні ракети по американській базі в Катарі, "
        "де розміщені американські військові. Більшість ракет перехопила протиповітряна "
        "оборона Катару, постраждалих немає.",
        _at("2025-06-24", 8),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "pl",
        "Dwie rakiety spadły na bazę Basmaja pod Bagdadem",
        "W poniedziałek wieczorem dwie rakiety spadły na teren bazy szkoleniowej Basmaja na "
        "wschód od Bagdadu, w której stacjonują żołnierze koalicji. Nikt nie został ranny.",
        _at("2020-03-17", 9),
        "besmaya",
        "2020-03-16",
        "rocket",
    ),
    (
        "sr",
        "Oborene dve bespilotne letelice iznad baze sa američkim vojnicima",
        "Dve bespilotne letelice oborene su u ponedeljak ujutru iznad vojne baze u blizini "
        "međunarodnog aerodroma u Bagdadu, u kojoj se nalaze američke snage, saopštili su "
        "irački bezbednosni izvori. Nema povređenih.",
        _at("2022-01-04", 9),
        "victory-base",
        "2022-01-03",
        "drone",
    ),
    (
        "sk",
        "Dron zaútočil na americkú základňu pri Irbile",
        "Bezpilotné lietadlo v nedeľu zaútočilo na americkú základňu pri Irbile, uviedli "
        "kurdské bezpečnostné zložky. Dron bol zostrelený a nikto nebol zranený.",
        _at("2023-12-31", 18),
        "erbil-air-base",
        "2023-12-31",
        "drone",
    ),
    (
        # a follow-up nine days on: blast injuries made known since
        "hu",
        "",
        "Irán január 8-án hajnalban ballisztikus rakétákat lőtt ki az amerikai erők által "
        "használt Ain al-Aszad légibázisra. Tizenegy amerikai katona légnyomást kapott a "
        "támadáskor, írja egy amerikai hírportál a Pentagonra hivatkozva.",
        _at("2020-01-17", 9),
        "ain-al-asad",
        "2020-01-08",
        "missile",
    ),
]


test_report_as_newer_outlets_write_it = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "ru",
        "Багдад пообещал найти организаторов обстрелов американских баз",
        "Накануне премьер-министр Ирака пообещал наказать виновных в ракетных обстрелах баз, "
        "где размещены войска США. Напомним, с середины октября такие базы подвергались "
        "атакам более сорока раз.",
    ),
    (
        "uk",
        "Іран пригрозив ударити по американських базах у Перській затоці",
        "Тегеран попередив, що американські бази в країнах Перської затоки стануть цілями "
        "ракетних ударів, якщо США приєднаються до атак на Іран.",
    ),
    (
        "pl",
        "Szef MON z wizytą w bazie Basmaja",
        "Minister obrony odwiedził w czwartek polskich instruktorów w bazie Basmaja, w której "
        "stacjonują żołnierze koalicji. Rozmawiano o zagrożeniu atakami rakietowymi.",
    ),
    (
        "sr",
        "Iran preti napadima na američke baze",
        "Iranski zvaničnici zapretili su da će američke baze u regionu biti meta raketa ako "
        "snage SAD napadnu Iran.",
    ),
    (
        "hu",
        "Öt éve érte rakétatámadás az Ain al-Aszad légibázist",
        "Öt évvel ezelőtt Irán ballisztikus rakétákkal támadta az amerikai katonák által "
        "használt Ain al-Aszad légibázist; az évfordulón megemlékezést tartottak.",
    ),
]


test_look_alike_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("Президент Таджикистана прибыл с визитом.", "таджик", "place:camp-taji"),
        ("I preti della parrocchia hanno pregato.", "preti", "cat:threat"),
        ("Sad je vreme da vojnici odu kući.", "sad", "cat:coalition"),
        ("Накануне министр заявил о переговорах.", "накануне", "date:yesterday"),
    ],
    read=False,
)
