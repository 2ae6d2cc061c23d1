"""Names and words the term files lacked (in our own words, after real reports): Camp Taji
as Persian and Urdu write it with "military base" and "air base" (پایگاه نظامی تاجی, تاجی
ایئر بیس); Baghdad's airport, where Camp Victory lies, as "the international airport of
Baghdad" and in Danish; Japanese "attacked" in its polite past (襲いました), and a training
facility (訓練施設) a drone hit, which is no drill. The words are matched as the reader
normalises them: Persian and Urdu yeh as Arabic's, Japanese kanji in simplified form."""

from __future__ import annotations

from tests.reports import detect, local_time, term_cases

test_names_of_taji_and_the_airport = term_cases(
    [
        ("چند راکت به پایگاه نظامی تاجی در شمال بغداد اصابت کرد", "تاجي", "place:camp-taji"),
        ("دیشب پایگاه هوایی تاجی هدف حمله راکتی قرار گرفت", "تاجي", "place:camp-taji"),
        ("تاجی ایئر بیس پر رات گئے کئی راکٹ گرے", "تاجي", "place:camp-taji"),
        (
            "On Monday two drones fell to air defences by the international airport of Baghdad.",
            "airport of baghdad",
            "place:victory-base",
        ),
        (
            "Mandag faldt to droner tæt på den internationale lufthavn i Bagdad.",
            "lufthavn i bagdad",
            "place:victory-base",
        ),
        ("未明、無人機二機が米軍拠点を襲いました。", "袭い", "cat:attack"),
    ],
    read=True,
)

test_a_training_facility_is_no_drill = term_cases(
    [("米軍の訓練施設を無人機一機が襲いました。", "训练", "cat:threat")],
    read=False,
)


def test_a_drone_that_hit_a_training_facility_at_al_omar() -> None:
    d = detect(
        "",
        "6日未明、アル・オマール油田に置かれた米軍の訓練施設を、無人機一機が襲いました。"
        "場所はシリア東部です。",
        local_time("2024-02-06"),
        language="ja",
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.bases] == ["al-omar-oil-field"]
