"""Names and words real reports used that the term files lacked (fixtures in our own words):
the Baghdad Diplomatic Support Center in Hungarian and Hebrew, Erbil's airport "of Iraqi
Erbil" in Russian, a base's name in quotation marks (Greek «Αλ Ασάντ», Bengali ‘আল-ওমর’),
Al Minhad, the Australian headquarters in the UAE; Shaddadi and "US and international forces"
in Bengali; and an escalation that "threatens to set
off a regional war", which is a risk the news brings, not a threat of an attack."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases
from tests.reports import bases as _bases
from tests.reports import detect as _match

test_a_base_named_as_real_reports_name_it = base_cases(
    [
        (
            "ru",
            "Аэропорт иракского Эрбиля обстрелян ракетами",
            "Поздно вечером 15 февраля по иракскому Эрбилю выпустили не менее трёх ракет. По "
            "данным военных, удар был направлен на базу ВВС США возле аэропорта; ранен "
            "американский военнослужащий.",
            date(2021, 2, 16),
            "erbil-air-base",
            None,
        ),
        (
            "hu",
            "",
            "Drón csapódott az Egyesült Államok egyik iraki diplomáciai létesítményébe. Egy "
            "amerikai tisztviselő szerint a drón a bagdadi repülőtér mellett működő diplomáciai "
            "támogató központot találta el, sérült nincs.",
            date(2026, 3, 11),
            "baghdad-diplomatic-support-center",
            None,
        ),
        (
            "he",
            "מתקפת רחפן על מתקן אמריקאי בבגדד",
            "רחפן תקף מתקן דיפלומטי אמריקאי בבגדד, כך נמסר. לפי גורם ביטחוני, המטרה הייתה מרכז "
            "התמיכה הדיפלומטית הסמוך לשדה התעופה של בגדד, ורחפן אחד פגע במגדל שמירה.",
            date(2026, 3, 11),
            "baghdad-diplomatic-support-center",
            None,
        ),
        (
            "el",
            "",
            "Τρεις ρουκέτες έπληξαν τη βάση «Αλ Ασάντ» στο δυτικό Ιράκ, όπου σταθμεύουν "
            "αμερικανοί στρατιώτες.",
            date(2024, 1, 29),
            "ain-al-asad",
            None,
        ),
        (
            "bn",
            "সিরিয়ায় মার্কিন ঘাঁটিতে হামলা",
            "রোববার সন্ধ্যায় ‘আল-ওমর’ তেলক্ষেত্রে মার্কিন বাহিনীর ঘাঁটিতে রকেট হামলা চালানো হয়েছে বলে জানা গেছে।",
            date(2023, 11, 13),
            "al-omar-oil-field",
            None,
        ),
        (
            "bn",
            "",
            "রোববার রাতে আল-শাদ্দাদি এলাকার মার্কিন ঘাঁটিতে রকেট হামলা হয়েছে, তবে কেউ হতাহত হয়নি বলে জানা গেছে।",
            date(2024, 9, 29),
            "al-shaddadi",
            None,
        ),
        (
            "es",
            "",
            "Varios cohetes y drones impactaron el domingo en la base del campo de gas de Conico, "
            "en Deir Ezzor, donde hay tropas estadounidenses.",
            date(2024, 9, 29),
            "conoco-gas-field",
            None,
        ),
        (
            "en",
            "",
            "Australia's defence minister said a drone hit Al Minhad Air Base, south of Dubai, "
            "where the Australian Defence Force keeps its Middle East headquarters, on the first "
            "night of Iran's strikes. All personnel were safe.",
            date(2026, 3, 1),
            "al-minhad-air-base",
            None,
        ),
    ]
)


def test_an_escalation_that_threatens_a_wider_war_is_no_threat_of_an_attack() -> None:
    text = (
        "The uneasy quiet of the Gulf was shattered by a coordinated series of Iranian "
        "ballistic missile strikes, a sharp escalation that threatens to set off an all-out "
        "regional war. In the small hours of March 1, 2026, Iranian state media said the "
        "military had approved a broad attack on US military sites in several Gulf "
        "countries.\n\nThe scale of the strikes points to careful planning. Targets in the "
        "UAE, Bahrain, Qatar and Kuwait were hit almost at once. In Abu Dhabi, huge blasts lit "
        "up the night near Al Dhafra Air Base, a key hub for US and allied air operations."
    )
    d = _match("", text, None)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-dhafra-air-base"]


def test_us_and_international_forces_in_bengali_are_the_coalitions() -> None:
    d = _match(
        "সিরিয়ায় মার্কিন ঘাঁটিতে হামলা",
        "গত ২৪ ঘণ্টায় উত্তর-পূর্ব সিরিয়ায় মার্কিন ও আন্তর্জাতিক বাহিনীকে লক্ষ্য করে কমপক্ষে "
        "চারবার ড্রোন ও রকেট হামলা হয়েছে।",
        date(2023, 11, 13),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "ne-syria"
