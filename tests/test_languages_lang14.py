"""Khmer, Burmese (Unicode and Zawgyi), Lao and Tagalog term files: a report and a look-alike
in each language, written for these tests after the facts of real attacks, and the short words
of the scripts without spaces that must not be read inside other words; Khmer and Thai words
for a base under fire, the troops hit and north-eastern Jordan, as real reports put them."""

from __future__ import annotations

from monitor.detect.text import normalise
from tests.reports import local_time as _at
from tests.reports import look_alike_cases, matcher, report_cases, term_cases

REPORTS = [
    (
        "km",
        "អ៊ីរ៉ង់បាញ់មីស៊ីលទៅលើមូលដ្ឋានទ័ពអាកាសអាល់អ៊ូដេដ នៅកាតា",
        "កងឆ្មាំបដិវត្តន៍អ៊ីរ៉ង់ បានបាញ់គ្រាប់មីស៊ីលផ្លោងជាច្រើនគ្រាប់ទៅលើមូលដ្ឋានទ័ពអាកាស"
        "អាល់អ៊ូដេដ ដែលមានទាហានអាមេរិកឈរជើង កាលពីថ្ងៃច័ន្ទ។ ប្រព័ន្ធការពារដែនអាកាសរបស់កាតា"
        "បានស្ទាក់ចាប់មីស៊ីលភាគច្រើន ហើយគ្មាននរណាម្នាក់រងរបួសនោះទេ។",
        _at("2025-06-24", 9),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "km",
        "មូលដ្ឋានទ័ព Ain al-Asad រងការវាយប្រហារដោយរ៉ុក្កែត",
        "គ្រាប់រ៉ុក្កែតចំនួន ១០ គ្រាប់ បានធ្លាក់ចូលមូលដ្ឋានទ័ពអាកាស Ain al-Asad នៅភាគខាងលិច"
        "អ៊ីរ៉ាក់ ដែលមានកងទ័ពអាមេរិកឈរជើង នៅព្រឹកថ្ងៃទី 3 ខែមីនា។",
        _at("2021-03-04", 9),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "my",
        "အီရတ်ရှိ အိန်းအယ်လ်အာဆဒ် စစ်စခန်းကို ဒုံးပျံများဖြင့် တိုက်ခိုက်",
        "အီရတ်အနောက်ပိုင်းရှိ အမေရိကန်တပ်ဖွဲ့များ တပ်စွဲထားသည့် အိန်းအယ်လ်အာဆဒ် လေတပ်စခန်းကို "
        "ဗုဒ္ဓဟူးနေ့ နံနက်က ဒုံးပျံ ၁၀ စင်း ပစ်ခတ်ခဲ့သည်။ အမေရိကန် ကန်ထရိုက်တာ တစ်ဦး "
        "နှလုံးရောဂါဖြင့် သေဆုံးခဲ့ကြောင်း ပင်တဂွန်က ပြောသည်။",
        _at("2021-03-04", 9),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "my",  # in the Zawgyi encoding
        "အီရတ္ရွိ အေမရိကန္စစ္စခန္းကို ဒ႐ုန္းျဖင့္ တိုက္ခိုက္",
        "အီရတ္ေျမာက္ပိုင္း အာဘီလ္ေလဆိပ္ရွိ အေမရိကန္တပ္ဖြဲ႕မ်ား အေျခစိုက္စခန္းကို ဗုဒၶဟူးေန႔ည က "
        "ဒ႐ုန္းတစ္စင္းျဖင့္ တိုက္ခိုက္ခဲ့ေၾကာင္း ေျပာသည္။ ထိခိုက္ေသဆုံးမႈ မရွိေၾကာင္း သိရသည္။",
        _at("2021-04-15", 9),
        "erbil-air-base",
        "2021-04-14",
        "drone",
    ),
    (
        "lo",
        "ໂດຣນໂຈມຕີຖານທັບສະຫະລັດໃນຈໍແດນ ທະຫານເສຍຊີວິດ 3 ຄົນ",
        "ໂດຣນລຳໜຶ່ງໄດ້ໂຈມຕີຖານທັບທາວເວີ 22 ຂອງສະຫະລັດ ໃກ້ຊາຍແດນຈໍແດນກັບຊີເຣຍ ໃນວັນອາທິດ "
        "ເຮັດໃຫ້ທະຫານສະຫະລັດເສຍຊີວິດ 3 ຄົນ ແລະ ບາດເຈັບອີກຫຼາຍສິບຄົນ ອີງຕາມທຳນຽບຫ້າແຈ.",
        _at("2024-01-29", 9),
        "tower-22",
        "2024-01-28",
        "drone",
    ),
    (
        "tl",
        "Mga rocket, tumama sa embahada ng US sa Baghdad",
        "Tatlong Katyusha rocket ang bumagsak sa loob ng embahada ng US sa Baghdad noong Linggo "
        "ng gabi, ayon sa isang opisyal ng seguridad ng Iraq. Isa ang nasugatan sa pag-atake.",
        _at("2020-01-27", 9),
        "baghdad-embassy",
        "2020-01-26",
        "rocket",
    ),
    (
        "tl",
        "Drone, tumama sa base ng US sa paliparan ng Erbil",
        "Isang drone na may pampasabog ang tumama sa base militar ng koalisyong pinamumunuan ng "
        "US sa paliparan ng Erbil sa hilagang Iraq noong ika-14 ng Abril. Walang nasugatan.",
        _at("2021-04-16", 9),
        "erbil-air-base",
        "2021-04-14",
        "drone",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "km",
        "អាមេរិកវាយប្រហារតាមអាកាសលើក្រុមសកម្មប្រយុទ្ធនៅស៊ីរី",
        "យន្តហោះចម្បាំងអាមេរិកបានវាយប្រហារទីតាំងពីរនៃក្រុមសកម្មប្រយុទ្ធដែលគាំទ្រដោយអ៊ីរ៉ង់ "
        "នៅភាគខាងកើតស៊ីរី កាលពីថ្ងៃសុក្រ ដើម្បីសងសឹកការវាយប្រហារដោយដ្រូនលើមូលដ្ឋានទ័ពអាមេរិក "
        "កាលពីសប្តាហ៍មុន។",
    ),
    (
        "my",
        "အမေရိကန်စခန်းများကို တိုက်ခိုက်မည်ဟု အီရန် ခြိမ်းခြောက်",
        "အမေရိကန်က အီရန်ကို ထပ်မံတိုက်ခိုက်ပါက ပင်လယ်ကွေ့ဒေသရှိ အမေရိကန်စစ်စခန်းအားလုံးကို "
        "ဒုံးကျည်များဖြင့် တိုက်ခိုက်မည်ဟု အီရန်တော်လှန်ရေးအစောင့်တပ် တပ်မှူးက တနင်္ဂနွေနေ့တွင် "
        "သတိပေးခဲ့သည်။",
    ),
    (
        "my",  # Myanmar's own war, reported in the same words
        "စစ်ကောင်စီ စခန်းကို ဒရုန်းဖြင့် တိုက်ခိုက်",
        "ပြည်သူ့ကာကွယ်ရေးတပ်က စစ်ကောင်စီ၏ စစ်စခန်းတစ်ခုကို တနင်္လာနေ့က ဒရုန်းများဖြင့် တိုက်ခိုက်ခဲ့ရာ စစ်သား ၅ ဦး သေဆုံးခဲ့သည်။",
    ),
    (
        "lo",
        "ສະຫະລັດໂຈມຕີກຸ່ມຕິດອາວຸດໃນຊີເຣຍ",
        "ເຮືອບິນຮົບສະຫະລັດໄດ້ໂຈມຕີສອງເປົ້າໝາຍຂອງກຸ່ມຕິດອາວຸດທີ່ອີຣານໜູນຫຼັງ ຢູ່ພາກຕາເວັນອອກຂອງ"
        "ຊີເຣຍ ໃນວັນສຸກ ເພື່ອຕອບໂຕ້ການໂຈມຕີດ້ວຍໂດຣນຕໍ່ຖານທັບສະຫະລັດ ເມື່ອສັບປະດາທີ່ແລ້ວ.",
    ),
    (
        "tl",
        "Isang taon matapos ang pag-atake ng Iran sa Ain al-Asad",
        "Isang taon na ang nakalipas mula nang paulanan ng mga ballistic missile ng Iran ang Ain "
        "al-Asad air base sa kanlurang Iraq, kung saan mahigit isang daang sundalong Amerikano "
        "ang nagtamo ng pinsala sa utak.",
    ),
    (
        "tl",
        "Binomba ng US ang mga pasilidad ng milisya sa Syria",
        "Binomba ng US ang dalawang pasilidad ng mga milisyang suportado ng Iran sa silangang "
        "Syria noong Biyernes, bilang ganti sa mga pag-atake ng drone sa mga base ng US.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-08-06")


test_short_words_are_not_read_inside_others = term_cases(
    [
        # "របស់" (of) and "ផ្ទះ" (house) read as "របួស" (wound) and "ផ្ទុះ" (explode) once
        # their marks are stripped; "មូស្លីម" (Muslim) starts like "មីស៊ីល" (missile)
        ("សៀវភៅរបស់គាត់នៅក្នុងផ្ទះ", "របស", "cat:injured"),
        ("សៀវភៅរបស់គាត់នៅក្នុងផ្ទះ", "ផទះ", "cat:attack"),
        ("សហគមន៍មូស្លីមនៅទីក្រុង", "មសល", "weapon:missile"),
        # "ဒီနေရာ" (this place) starts like "ဒီနေ့" (today)
        ("ဒီနေရာမှာ လူများစွာ ရှိသည်", "ဒနေ", "date:today"),
        # "ໂດນ" (be hit) is not a drone
        ("ລາວໂດນຝົນ", "ໂດນ", "weapon:drone"),
    ],
    read=False,
)


def test_zawgyi_and_unicode_missile_read_alike() -> None:
    unicode = matcher().reader.read(1, "မစ်ဇိုင်းဖြင့် တိုက်ခိုက်")
    zawgyi = matcher().reader.read(1, "မစ္ဇိုင္းျဖင့္ တိုက္ခိုက္")
    assert unicode.weapons == zawgyi.weapons == ("missile",)
    assert unicode.attack
    assert zawgyi.attack


test_khmer_and_thai_words_for_fire_troops_and_places = term_cases(
    [
        # Khmer: a base "came under fire" from rockets, and the coalition "under American
        # command"; the words as the reader spells them once the marks are stripped
        (
            "មូលដ្ឋានមួយរបស់យោធានៅអាន់បារបានរងការបាញ់ដោយរ៉ុក្កែត។",
            normalise("រងការបាញ់"),
            "cat:attack",
        ),
        (
            "ក្រុមសម្ព័ន្ធមិត្តក្រោមការបញ្ជារបស់អាមេរិកបានបញ្ជាក់ពីការវាយប្រហារ។",
            normalise("សម្ព័ន្ធមិត្តក្រោមការបញ្ជារបស់អាមេរិក"),
            "cat:coalition",
        ),
        # Thai: "the US's personnel" and "soldiers from the US", with a word between
        ("โดรนพุ่งชนที่พักของกำลังพลของสหรัฐฯ", normalise("กำลังพลของสหรัฐ"), "cat:coalition"),
        ("ทหารจากสหรัฐฯ สองนายได้รับบาดเจ็บ", normalise("ทหารจากสหรัฐ"), "cat:coalition"),
        # north-eastern Jordan said as "Jordan's east, toward the north"
        (
            "ฐานเล็กๆ ในจอร์แดนแถบตะวันออกค่อนไปทางเหนือ",
            normalise("จอร์แดนแถบตะวันออก"),
            "region:north-east-jordan",
        ),
    ],
    read=True,
)
