"""European term files (Portuguese, Dutch, Polish, Romanian, Hungarian, Czech, Slovak,
Croatian, Serbian, Slovenian, Bulgarian, Macedonian, Ukrainian) and the Greek places: a report
and a look-alike in each language, written for these tests after the facts of real attacks, and the
words of one language that must not fire in another's text."""

from __future__ import annotations

from monitor.detect.terms import load_terms
from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "pt",
        "Dois drones lançados contra a base aérea de Ain al-Asad, no oeste do Iraque",
        "Dois drones foram lançados na noite de terça-feira contra a base aérea de Ain al-Asad, "
        "que abriga tropas norte-americanas no oeste do Iraque, informou o Pentágono. Um dos "
        "aparelhos foi abatido pela defesa aérea e o outro caiu dentro da base, com danos "
        "mínimos. Não houve feridos.",
        _at("2024-07-17", 8),
        "ain-al-asad",
        "2024-07-16",
        "drone",
    ),
    (
        "nl",
        "Amerikaanse aannemer gedood bij droneaanval in Noordoost-Syrië",
        "Bij een aanval met een drone op een basis bij Hasakah waar Amerikaanse troepen "
        "gelegerd zijn, is donderdag een Amerikaanse aannemer om het leven gekomen. Vijf "
        "Amerikaanse militairen raakten gewond, meldt het Pentagon.",
        _at("2023-03-24"),
        "hasakah-coalition-base",
        "2023-03-23",
        "drone",
    ),
    (
        "pl",
        "Rakiety balistyczne wystrzelone w stronę bazy Ain al-Asad",
        "W sobotę wieczorem bojownicy wspierani przez Iran wystrzelili kilka rakiet "
        "balistycznych w kierunku bazy lotniczej Ain al-Asad w zachodnim Iraku, gdzie "
        "stacjonują żołnierze amerykańscy. Większość z nich przechwyciła obrona powietrzna "
        "bazy, podało Centralne Dowództwo USA.",
        _at("2024-01-21", 10),
        "ain-al-asad",
        "2024-01-20",
        "missile",
    ),
    (
        "ro",
        "Rachete lansate asupra ambasadei americane din Bagdad",
        "Trei rachete au lovit duminică seara ambasada SUA din Bagdad, situată în Zona Verde, a "
        "anunțat o sursă din serviciile de securitate. Una dintre ele a căzut pe cantina "
        "misiunii diplomatice.",
        _at("2020-01-27", 8),
        "baghdad-embassy",
        "2020-01-26",
        "rocket",
    ),
    (
        "hu",
        "Irán ballisztikus rakétákkal támadta az al-Udeid légibázist",
        "Irán hétfő este ballisztikus rakétákat indított az amerikai katonák által használt "
        "katari al-Udeid légibázis ellen. A katari légvédelem a rakéták többségét elfogta, "
        "áldozatok nincsenek.",
        _at("2025-06-24", 7),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "cs",
        "Írán zaútočil balistickými raketami na americkou základnu Al Udeid",
        "Íránské balistické střely v pondělí večer zamířily na leteckou základnu Al Udeid v "
        "Kataru, kde je umístěno zhruba deset tisíc amerických vojáků. Katarská protivzdušná "
        "obrana většinu z nich zachytila, nikdo nebyl zraněn.",
        _at("2025-06-24", 7),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "sk",
        "Dron zasiahol americkú základňu Tower 22 v Jordánsku",
        "Pri útoku dronu na základňu Tower 22 na severovýchode Jordánska zahynuli v nedeľu ráno "
        "traja americkí vojaci a desiatky ďalších boli zranené, oznámil Pentagón.",
        _at("2024-01-28", 20),
        "tower-22",
        "2024-01-28",
        "drone",
    ),
    (
        "hr",
        "Dron napao zračnu luku Erbil u kojoj su američke snage",
        "Dron napunjen eksplozivom u srijedu navečer pogodio je vojni dio zračne luke Erbil na "
        "sjeveru Iraka, gdje su smještene snage međunarodne koalicije. Nitko nije ozlijeđen.",
        _at("2021-04-15"),
        "erbil-air-base",
        "2021-04-14",
        "drone",
    ),
    (
        "sl",
        "Droni napadli ameriško letalsko bazo Ain al-Asad v Iraku",
        "Dva drona sta v sredo napadla letalsko bazo Ain al-Asad na zahodu Iraka, kjer so "
        "nameščeni ameriški vojaki. Enega je zračna obramba sestrelila, drugi je povzročil "
        "manjšo škodo, so sporočili iz Pentagona.",
        _at("2023-10-19", 8),
        "ain-al-asad",
        "2023-10-18",
        "drone",
    ),
    (
        "bg",
        "Атака с дрон срещу американската база в Ербил",
        "Дрон атакува в понеделник сутринта летището в Ербил, където са разположени американски "
        "войници от международната коалиция. Трима военнослужещи са ранени, съобщи Пентагонът.",
        _at("2023-12-25", 20),
        "erbil-air-base",
        "2023-12-25",
        "drone",
    ),
    (
        "mk",
        "Балистичка ракета ја погоди базата Ал-Удеид во Катар",
        "Иран во вторник навечер лансираше две балистички ракети кон американската воена база "
        "Ал-Удеид, соопшти катарското Министерство за одбрана. Едната беше пресретната, а "
        "втората ја погоди базата без да предизвика жртви.",
        _at("2026-03-04"),
        "al-udeid-air-base",
        "2026-03-03",
        "missile",
    ),
    (
        "uk",
        "По авіабазі Айн аль-Асад в Іраку випустили балістичні ракети",
        "У суботу ввечері проіранські бойовики випустили кілька балістичних ракет по авіабазі "
        "Айн аль-Асад на заході Іраку, де розміщені американські військові. Більшість ракет "
        "перехопила протиповітряна оборона бази, повідомило Центральне командування США.",
        _at("2024-01-21"),
        "ain-al-asad",
        "2024-01-20",
        "missile",
    ),
    (
        "sr",
        "Ракетни напад на америчку базу у Сирији",
        "Америчка база на нафтном пољу Конико у источној Сирији гађана је у уторак увече са "
        "најмање осам ракета, саопштили су локални извори. Нико није повређен.",
        _at("2024-10-02", 9),
        "conoco-gas-field",
        "2024-10-01",
        "rocket",
    ),
    (
        "el",
        "Ρουκέτες έπληξαν την πρεσβεία των ΗΠΑ στη Βαγδάτη",
        "Τρεις ρουκέτες έπληξαν την Κυριακή το βράδυ την πρεσβεία των ΗΠΑ στη Βαγδάτη, σύμφωνα "
        "με πηγή των υπηρεσιών ασφαλείας. Η μία έπεσε στην καφετέρια του συγκροτήματος.",
        _at("2020-01-27", 8),
        "baghdad-embassy",
        "2020-01-26",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "pt",
        "EUA lançam ataques aéreos contra milícias no leste da Síria",
        "Aviões de combate norte-americanos bombardearam nesta sexta-feira depósitos de armas de "
        "milícias apoiadas pelo Irã perto de Albu Kamal, em retaliação ao ataque com drones "
        "contra a base de Al-Tanf.",
    ),
    (
        "nl",
        "Drones gespot boven vliegbasis Volkel",
        "Bewakers zagen vrijdagavond enkele drones boven vliegbasis Volkel. Defensie zette "
        "wapens in om ze te verjagen; de toestellen verdwenen en werden niet teruggevonden.",
    ),
    (
        "pl",
        "USA przeprowadziły naloty odwetowe w Iraku",
        "Amerykańskie lotnictwo zbombardowało w piątek magazyny broni proirańskich milicji w "
        "zachodnim Iraku w odwecie za atak dronów na bazę Tower 22.",
    ),
    (
        "ro",
        "Rusia a lansat un atac masiv cu drone asupra unui aerodrom din vestul Ucrainei",
        "Peste patru sute de drone rusești au vizat în timpul nopții un aerodrom militar din "
        "vestul Ucrainei, iar apărarea aeriană ucraineană a doborât majoritatea dintre ele.",
    ),
    (
        "hu",
        "Ukrán drónok támadták meg az orosz Engelsz légibázist",
        "Ukrán drónok csapódtak be kedd éjjel az oroszországi Engelsz légibázison, ahol "
        "stratégiai bombázók állomásoznak.",
    ),
    (
        "cs",
        "Ukrajinské drony zasáhly ruskou leteckou základnu za polárním kruhem",
        "Útok ukrajinských dronů v neděli zasáhl ruskou leteckou základnu Olenja, uvedl "
        "gubernátor Murmanské oblasti.",
    ),
    (
        "sk",
        "Irak poprel, že raketa zasiahla základňu Ain al-Asad",
        "Irak poprel správy, podľa ktorých raketa v noci zasiahla leteckú základňu Ain al-Asad; "
        "k žiadnemu útoku nedošlo, uviedlo velenie armády.",
    ),
    (
        "hr",
        "Jordanski zrakoplovi presreli iranske dronove",
        "Jordanski borbeni zrakoplovi u nedjelju su presreli desetke iranskih dronova iznad "
        "jordanskog teritorija tijekom iranskog napada na Izrael.",
    ),
    (
        "sl",
        "Po napadu drona zagorel rezervoar za gorivo ob letališču v Dubaju",
        "Po napadu drona je ponoči zagorel rezervoar za gorivo ob mednarodnem letališču v Dubaju; "
        "žrtev ni bilo, civilno letalstvo je začasno ustavilo lete.",
    ),
    (
        "bg",
        "Иракското командване отрече, че ракети са паднали в базата Айн ал Асад",
        "Иракското командване отрече съобщенията, че ракети са паднали в базата Айн ал Асад; "
        "няма атака, заяви говорителят.",
    ),
    (
        "mk",
        "Руски дронови нападнаа аеродром во западна Украина",
        "Руски дронови во текот на ноќта нападнаа воен аеродром во западна Украина, соопштија "
        "украинските воздухопловни сили.",
    ),
    (
        "uk",
        "Ворожі дрони атакували аеродром на заході України",
        "Вночі ворожі дрони атакували військовий аеродром на заході України, більшість з них "
        "збила протиповітряна оборона.",
    ),
    (
        "sr",
        "Руски дронови напали аеродром у западној Украјини",
        "Руски дронови су током ноћи напали војни аеродром у западној Украјини, а већину је "
        "оборила противваздушна одбрана, саопштило је украјинско ваздухопловство.",
    ),
    (
        "el",
        "Τουρκικό drone έπληξε θέση του PKK στο βόρειο Ιράκ",
        "Τουρκικό drone έπληξε την Κυριακή θέση του PKK κοντά στο Σιντζάρ στο βόρειο Ιράκ, "
        "σκοτώνοντας τρεις ενόπλους.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("De dronken bestuurder reed tegen het hek van de basis.", "dronken", "weapon:drone"),
        ("The contractor was ultimately paid for the work.", "contractor", "cat:event"),
        ("The contractor was ultimately paid for the work.", "ultimately", "cat:threat"),
        ("Pesawat itu mendarat di pangkalan udara pada pagi hari.", "udara", "cat:attack"),
        ("Egy borzalmas vihar érte a falut.", "borzalmas", "cat:other_sense"),
        ("La société veut racheter la base logistique.", "racheter", "weapon:rocket"),
        ("Что угодно может случиться.", "угодно", "cat:event"),
        ("Это случилось на прошлой неделе.", "неделе", "weekday:6"),
        ("Среди раненых были дети.", "среди", "weekday:2"),
        ("Ambasadorul a vizitat orașul.", "ambasadorul", "cat:base_words"),
        ("Rząd popiera ten plan.", "popiera", "cat:denial"),
        ("Peshmerga forces guarded the road.", "peshmerga", "cat:civilian"),
    ],
    read=False,
)


def test_european_term_files_are_loaded() -> None:
    added = {"pt", "nl", "pl", "ro", "hu", "cs", "sk", "hr", "sl", "bg", "mk", "uk", "sr"}
    assert added <= set(load_terms().languages)
