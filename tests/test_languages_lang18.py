"""Asian term files, third round (Korean, Indonesian, Hindi, Urdu, Chinese): reports and
look-alikes written for these tests after the facts of real attacks, for the base names,
embassy phrasings and US-forces cues these languages' press uses."""

from __future__ import annotations

from tests.reports import assert_report, detect, look_alike_cases, matcher, report_cases
from tests.reports import local_time as _at

REPORTS = [
    (
        "ko",
        "시리아 루말린 착륙장에 드론 공격",
        "미국 당국자는 9일 시리아 북동부 루말린 착륙장에 있는 미군을 겨냥해 드론 한 대가 "
        "날아들었으며 초기 보고로는 다친 장병이 없다고 밝혔다.",
        _at("2024-08-10", 9),
        "rmelan-landing-zone",
        "2024-08-09",
        ("drone",),
    ),
    (
        "ko",
        "하사카 연합군 기지에 자폭 드론, 미국 계약업자 숨져",
        "미 국방부는 23일 시리아 하사카의 연합군 기지 정비 시설이 이란제 자폭 드론의 공격을 "
        "받아 미국 계약업자 1명이 숨지고 장병 5명이 다쳤다고 발표했다.",
        _at("2023-03-24", 9),
        "hasakah-coalition-base",
        "2023-03-23",
        ("drone",),
    ),
    (
        "id",
        "Drone berisi bahan peledak ditembak jatuh di atas Kedubes Amerika di Baghdad",
        "Sistem pertahanan udara menembak jatuh sebuah drone berisi bahan peledak yang mengarah "
        "ke kedutaan besar Amerika di Baghdad pada Senin (5/7/2021) malam, kata sumber keamanan "
        "Irak.",
        _at("2021-07-06", 9),
        "baghdad-embassy",
        "2021-07-05",
        ("drone",),
    ),
    (
        "id",
        "Dua drone bersenjata hantam bandara di Irak utara",
        "Dua drone bersenjata menghantam bandara internasional dekat konsulat AS di Irak utara "
        "pada Sabtu (11/9/2021), kata pasukan keamanan Kurdi. Tidak ada korban jiwa.",
        _at("2021-09-12", 9),
        "erbil-air-base",
        "2021-09-11",
        ("drone",),
    ),
    (
        "hi",
        "बगदाद के पास अल-ताजी सैन्य अड्डे पर दो रॉकेट गिरे",
        "इराकी सुरक्षा सूत्रों के अनुसार मंगलवार शाम अल-ताजी सैन्य अड्डे पर दो कात्युशा रॉकेट "
        "गिरे, जहां अमेरिकी सैनिक तैनात हैं। किसी के घायल होने की खबर नहीं है।",
        _at("2020-01-15", 9),
        "camp-taji",
        "2020-01-14",
        ("rocket",),
    ),
    (
        "hi",
        "बगदाद में स्थित अमेरिकी दूतावास पर रॉकेट हमला",
        "गुरुवार को बगदाद में स्थित अमेरिकी दूतावास को निशाना बनाकर तीन रॉकेट दागे गए, "
        "इराकी अधिकारियों ने बताया।",
        _at("2022-01-14", 9),
        "baghdad-embassy",
        "2022-01-13",
        ("rocket",),
    ),
    (
        "ur",
        "العمر تیل کے میدان میں امریکی اڈے پر راکٹ حملہ",
        "شامی خبر رساں ادارے کے مطابق اتوار کو العمر تیل کے میدان میں امریکی فوجی اڈے پر کئی "
        "راکٹ داغے گئے۔",
        _at("2021-07-12", 9),
        "al-omar-oil-field",
        "2021-07-11",
        ("rocket",),
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        # a commander's visit to the Hasakah base
        "ko",
        "미 중부사령관, 하사카 연합군 기지 방문",
        "미 중부사령관이 12일 시리아 하사카의 연합군 기지를 방문해 장병들을 격려하고 "
        "드론 방어 체계를 점검했다.",
        _at("2024-05-13", 9),
    ),
    (
        # the embassy denies a rumour of rockets
        "id",
        "Kedubes Amerika di Baghdad bantah kabar serangan roket",
        "Kedutaan besar Amerika di Baghdad membantah kabar yang beredar di media sosial bahwa "
        "roket menghantam kompleksnya pada Kamis malam. Tidak ada serangan, katanya.",
        _at("2022-09-09", 9),
    ),
    (
        # the handover of Camp Taji to the Iraqi army
        "hi",
        "अल-ताजी सैन्य अड्डा इराकी सेना को सौंपा गया",
        "अमेरिकी नेतृत्व वाले गठबंधन ने रविवार को एक समारोह में अल-ताजी सैन्य अड्डे का "
        "हस्तांतरण इराकी सेना को किया। पिछले महीने यहां रॉकेट हमले हुए थे।",
        _at("2020-08-24", 9),
    ),
    (
        # the PMF's own losses in a strike near Baghdad airport
        "zh",
        "巴格达机场附近车队遭空袭 人民动员组织高层丧生",
        "伊拉克人民动员组织称，其一名高层在巴格达国际机场附近的车队遭空袭时丧生。",
        _at("2020-01-03", 9),
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES)


def test_hindi_kirkuk_province_and_rockets_launched() -> None:
    # a base placed only by its province, Kirkuk, is in northern Iraq
    d = detect(
        "",
        "बगदाद: किरकुक प्रांत में स्थित एक सैन्य ठिकाने पर गुरुवार रात कत्युशा रॉकेट से हमला किया "
        "गया। सुरक्षा सूत्रों ने बताया कि इस ठिकाने पर अमेरिकी सैनिक तैनात हैं।",
        _at("2020-02-14", 9),
    )
    assert_report(d, "northern-iraq", "2020-02-13", "rocket")
    # "रॉकेट लॉन्च किए गए": rockets were launched
    reading = matcher().reader.read(3, "अधिकारी ने कहा कि ठिकाने से आठ किमी दूर से 13 रॉकेट लॉन्च किए गए।")
    assert reading.attack


def test_hindi_fresh_is_not_camp_taji() -> None:
    # "ताजी" alone is "fresh" in Hindi: only its phrases with a base word name Camp Taji
    reading = matcher().reader.read(1, "ताजी खबर के अनुसार बगदाद में रॉकेट गिरे।")
    assert "camp-taji" not in [e.place.id for e in reading.places]


def test_korean_earlier_attack_is_a_recall_and_a_contractor_no_contract() -> None:
    reader = matcher().reader
    earlier = reader.read(3, "앞서 지난 5일에는 하사카의 연합군 기지에 드론 공격이 있었다.")
    assert "recall" in earlier.flags
    victim = reader.read(1, "드론 공격으로 미국인 계약업자 1명이 숨졌다.")
    assert "event" not in victim.flags
