"""European term files (German, Spanish, Portuguese, French, Italian, Norwegian, Danish,
Swedish, Serbian, Slovenian, Turkish, Ukrainian, Russian): a report and a look-alike in each
language, written for these tests after the facts of real attacks. The look-alikes are the ways
these newsrooms tell of something else: a US counter-strike, a threat, a test of the air
defences, a link to another story, an attack remembered as background."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "de",
        "Drohnenangriff auf US-Stützpunkt in Syrien",
        "Eine Drohne hat am Montagabend den Militärstützpunkt al-Tanf im Südosten Syriens "
        "angegriffen, auf dem US-Truppen stationiert sind. Verletzt wurde nach Angaben des "
        "Pentagons niemand.",
        _at("2024-04-02", 8),
        "al-tanf",
        "2024-04-01",
        "drone",
    ),
    (
        "es",
        "Cohetes contra la base de Ain al Asad en Irak",
        "Varios cohetes impactaron el lunes en la base aérea de Ain al Asad, en el oeste de "
        "Irak, que alberga tropas estadounidenses, según fuentes de seguridad iraquíes. No se "
        "reportaron heridos.",
        _at("2024-08-06", 8),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "fr",
        "Des roquettes tirées sur la base d'Aïn al-Assad",
        "Deux roquettes ont frappé lundi soir la base aérienne d'Aïn al-Assad, dans l'ouest de "
        "l'Irak, où sont stationnés des soldats américains, ont indiqué des sources de "
        "sécurité.",
        _at("2024-08-06", 8),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "it",
        "Razzi contro l'ambasciata Usa a Baghdad",
        "Tre razzi sono caduti domenica sera vicino all'ambasciata degli Stati Uniti a Baghdad, "
        "nella Zona verde. Il sistema di difesa C-Ram ne ha intercettato uno, secondo fonti di "
        "sicurezza irachene.",
        _at("2020-01-27", 8),
        "baghdad-embassy",
        "2020-01-26",
        "rocket",
    ),
    (
        "no",
        "Missiler mot base med norske soldater i Irak",
        "Iran avfyrte natt til onsdag flere missiler mot Ain al-Asad-basen i Irak, der rundt 70 "
        "norske soldater er stasjonert. Forsvaret bekrefter at ingen nordmenn er skadet.",
        _at("2020-01-08", 9),
        "ain-al-asad",
        "2020-01-08",
        "missile",
    ),
    (
        "da",
        "Raketter ramte luftbase med danske soldater",
        "Omkring ti raketter blev onsdag morgen affyret mod Al-Asad-basen i det vestlige Irak, "
        "hvor der er amerikanske og danske soldater. Forsvaret oplyser, at de danske soldater "
        "er uskadte.",
        _at("2021-03-03", 15),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "sr",
        "Rakete ispaljene ka američkoj bazi u Siriji",
        "Najmanje četiri rakete ispaljene su danas ka američkoj vojnoj bazi na severoistoku "
        "Sirije, javili su izvori iz bezbednosnih službi. Nije bilo izveštaja o žrtvama.",
        _at("2024-04-21", 18),
        "ne-syria",
        "2024-04-21",
        "rocket",
    ),
    (
        "sl",
        "Ameriški pogodbenik umrl v napadu drona v Siriji",
        "V napadu brezpilotnega letalnika na bazo koalicije na severovzhodu Sirije je v četrtek "
        "umrl ameriški pogodbenik, več pripadnikov ameriške vojske pa je bilo ranjenih, je "
        "sporočil Pentagon.",
        _at("2023-03-24", 8),
        "ne-syria",
        "2023-03-23",
        "drone",
    ),
    (
        "tr",
        "Devrim Muhafızları Bahreyn'i hedef aldı",
        "Devrim Muhafızları bu sabah yaptığı açıklamada, Bahreyn'deki Selman Limanı'nda bulunan "
        "ABD askeri depolarını insansız hava araçlarıyla vurduğunu duyurdu.",
        _at("2026-03-07", 12),
        "nsa-bahrain",
        "2026-03-07",
        "drone",
    ),
    (
        "uk",
        "Ракети влучили в базу Айн аль-Асад",
        "У понеділок увечері кілька ракет влучили в авіабазу Айн аль-Асад на заході Іраку, де "
        "розміщені американські військові, повідомили джерела в силах безпеки.",
        _at("2024-08-06", 8),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "ru",
        "Ракеты ударили по базе Айн-эль-Асад",
        "В понедельник вечером несколько ракет попали в авиабазу Айн-эль-Асад на западе Ирака, "
        "где размещены американские военные, сообщили источники в силах безопасности.",
        _at("2024-08-06", 8),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "pt",
        "Drones atingem base com tropas americanas na Síria",
        "Dois drones atingiram na quarta-feira a base de Al-Tanf, no sudeste da Síria, que "
        "abriga militares norte-americanos, informou o Pentágono. Houve ferimentos leves.",
        _at("2023-10-19", 8),
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
    (
        "sv",
        "Raketer mot flygbas med amerikanska soldater i Irak",
        "Flera raketer avfyrades på måndagskvällen mot flygbasen Ain al-Asad i västra Irak, där "
        "amerikanska soldater är stationerade, uppger irakiska säkerhetskällor.",
        _at("2024-08-06", 8),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        # who did not do it: the attack is the day before's
        "de",
        "Iran bestreitet Beteiligung an Drohnenangriff auf US-Stützpunkt",
        "Die iranische Vertretung bei den Vereinten Nationen wies am Montag zurück, mit dem "
        "Drohnenangriff auf US-Soldaten in Jordanien etwas zu tun zu haben.",
    ),
    (
        "es",
        "Irán niega estar detrás del ataque con dron contra la base de EEUU",
        "La misión iraní ante la ONU aseguró el lunes que Teherán no tuvo nada que ver con el "
        "ataque con dron que mató a tres soldados estadounidenses en Jordania.",
    ),
    (
        "fr",
        "Barrage de missiles américains sur des cibles en Irak et en Syrie",
        "Un barrage de missiles américains s'est abattu vendredi sur des cibles en Irak et en "
        "Syrie, en réponse à l'attaque de drone qui a tué trois soldats américains en Jordanie.",
    ),
    (
        "de",
        "US-Militär reagiert mit Gegenschlag im Irak",
        "US-Militär reagiert mit Gegenschlag auf Raketenhagel gegen die US-Basis Al Asad: Die "
        "USA griffen in der Nacht drei Einrichtungen proiranischer Milizen im Irak an.",
    ),
    (
        "es",
        "Estados Unidos lanzó ataques aéreos contra milicias",
        "Estados Unidos lanzó ataques aéreos el domingo por la noche contra depósitos de "
        "milicias en la frontera entre Irak y Siria usados para atacar con drones la base de "
        "Ain al Asad.",
    ),
    (
        "fr",
        "L'Iran pourrait attaquer des bases américaines",
        "L'Iran pourrait attaquer des bases américaines dans la région en cas d'agression, a "
        "déclaré le ministre iranien des Affaires étrangères.",
    ),
    (
        "it",
        "Baghdad, l'ambasciata Usa prova le difese antimissile",
        "L'ambasciata degli Stati Uniti a Baghdad ha attivato oggi il sistema C-Ram contro razzi "
        "e mortai per testarlo, e i residenti hanno sentito forti esplosioni.",
    ),
    (
        "no",
        "USA angriper militser i Irak",
        "Luftangrepene i natt er et svar på et angrep lørdag på Ain al-Asad-basen, der "
        "raketter såret fire amerikanske soldater.",
    ),
    (
        "da",
        "Vil Iran angribe igen?",
        "Vil Iran affyre flere missiler mod Al-Asad-basen, hvor danske soldater stadig er "
        "udstationeret? Der gives ingen garanti, siger ambassaden.",
    ),
    (
        "uk",
        "Вибух на військовій базі на південь від Багдада",
        "Потужний вибух стався на базі Кальсу, де розташований штаб іракських воєнізованих "
        "формувань. Читайте також: дрони атакували американську військову базу в Йорданії.",
    ),
    (
        "ru",
        "Взрыв на военной базе в Ираке",
        "На базе Кальсу к югу от Багдада прогремел взрыв, погиб один человек. Читайте также: "
        "беспилотники атаковали американскую военную базу в Иордании.",
    ),
    (
        "tr",
        "Irak'taki grup İsrail'e İHA saldırısı düzenledi",
        "Irak İslami Direniş Hareketi, İsrail'deki bir hedefe insansız hava aracıyla saldırdığını "
        "açıkladı. Dün gece de Ürdün'deki ABD üssüne yapılan İHA saldırısında üç ABD askeri "
        "ölmüştü.",
    ),
    (
        "pt",
        "Explosões em cerimônia no Irã",
        "O assassinato de Soleimani pelos EUA em um ataque de drones no aeroporto de Bagdá, e a "
        "resposta de Teerã com mísseis contra bases que abrigam tropas americanas, quase "
        "levaram os dois países à guerra.",
    ),
    (
        "sv",
        "USA angriper miliser i Irak",
        "Flyganfallen i natt är ett svar på en attack i lördags mot Ain al-Asad-basen, där "
        "raketer skadade fyra amerikanska soldater.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-01-29")


test_word_is_not_read_as = term_cases(
    [
        ("Pogodbenik je delal v bazi.", "pogodbenik", "cat:event"),
    ],
    read=False,
)


test_link_to_another_story_is_read_as_a_caption = term_cases(
    [
        ("Lesen Sie auch: Drohnen greifen US-Basis in Syrien an", "lesen sie auch", "cat:caption"),
        ("Czytaj też: Drony zaatakowały bazę w Jordanii", "czytaj", "cat:caption"),
        ("Lire aussi : des roquettes tirées sur une base", "lire aussi", "cat:caption"),
        ("Прочетете още: Дронове удариха база в Йордания", "прочетете още", "cat:caption"),
    ],
    read=True,
)
