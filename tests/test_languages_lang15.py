"""Baltic, Albanian, Catalan, Bosnian and Slovenian term files: a report and a look-alike in
each language, written for these tests after the facts of real attacks, and the words of these
languages that must not fire elsewhere; Lithuanian rockets "fired" (iššautos) at US bases, and
Albanian "Iraqi and American personnel" hurt ("duke lënduar": injuring) in an attack."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "et",
        "Iraagis asuvat õhuväebaasi rünnati rakettidega",
        "Iraani toetatud rühmitus tulistas teisipäeva õhtul kolm raketti Ain al-Asadi "
        "õhuväebaasi pihta, kus paiknevad USA väed. Pentagoni teatel said kaks sõdurit "
        "kergelt viga.",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
    (
        "lt",
        "Irake dronas atakavo JAV karių bazę",
        "Pirmadienį naktį savižudis dronas atakavo Erbilio oro uostą, kuriame dislokuoti JAV "
        "kariai. Pasak pareigūnų, dronas buvo numuštas ir aukų nėra.",
        _at("2024-01-16", 9),
        "erbil-air-base",
        "2024-01-15",
        "drone",
    ),
    (
        "lv",
        "Sīrijā ar raķetēm apšaudīta ASV bāze",
        "Irānas atbalstīti kaujinieki pirmdien apšaudīja al-Tanf bāzi Sīrijas dienvidos, kur "
        "izvietoti ASV karavīri, ar divām raķetēm. Cietušo nav, paziņoja Pentagons.",
        _at("2023-10-24", 9),
        "al-tanf",
        "2023-10-23",
        "rocket",
    ),
    (
        "sq",
        "Raketa godasin bazën pranë aeroportit të Bagdadit",
        "Tri raketa goditën të enjten në mbrëmje bazën ushtarake pranë aeroportit ndërkombëtar "
        "të Bagdadit, ku ndodhen trupat amerikane. Zyrtarët irakianë thanë se askush nuk u plagos.",
        _at("2024-01-05", 9),
        "victory-base",
        "2024-01-04",
        "rocket",
    ),
    (
        "ca",
        "Atac amb míssils contra una base nord-americana a Qatar",
        "L'Iran va llançar dilluns diversos míssils balístics contra la base aèria d'Al Udeid, "
        "que acull tropes dels Estats Units. La defensa antiaèria en va interceptar la majoria i "
        "no hi ha hagut ferits.",
        _at("2025-06-24", 9),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "bs",
        "Dron napao američku bazu na sjeveru Iraka",
        "Naoružani dron gađao je u srijedu uveče vazdušnu bazu Harir na sjeveru Iraka, u kojoj "
        "su stacionirani američki vojnici. Niko nije povrijeđen, saopćili su zvaničnici.",
        _at("2023-11-09", 9),
        "harir-air-base",
        "2023-11-08",
        "drone",
    ),
    (
        "sl",
        "Raketni napad na ameriško oporišče v Iraku",
        "Na letalsko oporišče Ain al Asad v zahodnem Iraku, kjer so nameščeni ameriški vojaki, so "
        "v četrtek zvečer izstrelili več raket. Po navedbah Pentagona žrtev ni bilo.",
        _at("2024-01-20", 9),
        "ain-al-asad",
        "2024-01-18",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "et",
        "USA korraldas vasturünnaku Süürias",
        "USA hävitajad andsid reedel õhulööke Iraani toetatud rühmituste relvaladudele "
        "Ida-Süürias. Vasturünnak oli vastuseks rünnakutele USA baaside vastu.",
    ),
    (
        "lt",
        "Iranas grasina smogti JAV bazėms",
        "Irano karinė vadovybė antradienį perspėjo, kad gali atakuoti JAV bazes regione, jei "
        "Vašingtonas įsitrauks į karą. Pratybų metu buvo paleistos kelios raketos.",
    ),
    (
        "lv",
        "Izraēlas triecieni Libānā",
        "Izraēlas gaisa triecienos otrdien Libānas dienvidos gāja bojā vairāki cilvēki; "
        "Izraēlas armija paziņoja, ka iznīcinājusi raķešu palaišanas iekārtas.",
    ),
    (
        "sq",
        "Përvjetori i sulmit në bazën Ain al-Asad",
        "Sot mbushen pesë vjet nga sulmi me raketa balistike iraniane ndaj bazës ajrore Ain "
        "al-Asad, ku dhjetëra ushtarë amerikanë pësuan dëmtime në tru.",
    ),
    (
        "ca",
        "Els Estats Units bombardegen milícies a Síria",
        "Avions nord-americans van bombardejar dijous dues instal·lacions de milícies proiranianes "
        "a l'est de Síria, en represàlia pels atacs amb drons contra bases nord-americanes.",
    ),
    (
        "bs",
        "Turski dronovi gađali položaje na sjeveru Iraka",
        "Turski dronovi su u utorak gađali položaje PKK u planinama na sjeveru Iraka, saopćilo je "
        "ministarstvo odbrane Turske.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-08-06")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("Il a été soigné dans une province voisine.", "province", "cat:locative"),
        ("He said he would look into it.", "look", "cat:attack"),
        ("Le Premier ministre a pris la parole.", "ministre", "cat:attack"),
        ("Gli Usa hanno detto che la nave era ferma.", "nave", "cat:killed"),
        ("Elle a trouvé un sot dans la rue.", "sot", "date:today"),
    ],
    read=False,
)


test_lithuanian_rockets_fired_at_us_bases_tell_an_attack = term_cases(
    [
        ("Į JAV karines bazes Irake iššautos 22 raketos.", "issautos", "cat:attack"),
        ("Iranas iššovė raketas į amerikiečių bazę.", "issove", "cat:attack"),
    ],
    read=True,
)


test_albanian_personnel_hurt_in_an_attack_are_told = term_cases(
    [
        ("Dy raketa ranë në kamp, duke lënduar tre ushtarë.", "duke lenduar", "cat:injured"),
        (
            "Në kamp shërbejnë personel irakian dhe amerikan.",
            "personel irakian dhe amerikan",
            "cat:coalition",
        ),
    ],
    read=True,
)
