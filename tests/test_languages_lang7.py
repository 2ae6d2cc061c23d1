"""Asian term files (Indonesian, Hindi, Korean, Japanese, Chinese, Urdu, Thai): a report and a
look-alike in each language, written for these tests after the facts of real attacks, and the
words of these languages that must not fire elsewhere."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, matcher, report_cases, term_cases

REPORTS = [
    (
        "id",
        "Iran tembakkan rudal ke pangkalan AS di Arab Saudi",
        "Garda Revolusi Iran pada Senin (2/3/2026) menembakkan sejumlah rudal balistik ke "
        "Pangkalan Udara Pangeran Sultan di Arab Saudi, yang menampung pasukan AS. Sebagian "
        "besar rudal berhasil dicegat dan tidak ada korban jiwa, kata seorang pejabat AS.",
        _at("2026-03-03", 8),
        "prince-sultan-air-base",
        "2026-03-02",
        "missile",
    ),
    (
        "id",
        "Rudal Iran hantam pangkalan udara di Kuwait",
        "Militer Iran mengklaim pada Senin (2/3/2026) telah menembakkan rudal jelajah ke "
        "pangkalan udara Ali Al Salem milik AS di Kuwait. Belum ada laporan mengenai korban.",
        _at("2026-03-02", 20),
        "ali-al-salem-air-base",
        "2026-03-02",
        "missile",
    ),
    (
        "ms",
        "Iran lancar peluru berpandu ke pangkalan udara di Arab Saudi",
        "Iran melancarkan beberapa peluru berpandu balistik ke Pangkalan Udara Putera Sultan "
        "yang menempatkan tentera AS pada Isnin, menurut kenyataan Pentagon. Tiada anggota "
        "tentera yang cedera.",
        _at("2026-03-03", 8),
        "prince-sultan-air-base",
        "2026-03-02",
        "missile",
    ),
    (
        "hi",
        "ऐन अल-असद एयरबेस पर रॉकेट हमला",
        "पश्चिमी इराक में ऐन अल-असद एयरबेस पर मंगलवार रात तीन रॉकेट दागे गए, जहां अमेरिकी "
        "सैनिक तैनात हैं। अमेरिकी अधिकारियों के मुताबिक कोई हताहत नहीं हुआ।",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
    (
        "ko",
        "이라크 북부 미군 기지에 자폭 드론",
        "미 중부사령부는 18일 새벽 미군이 주둔하는 이라크 북부 알하리르 공군기지를 향해 "
        "자폭 드론 한 대가 날아들었으나 방공망에 격추됐다고 밝혔다. 인명 피해는 없었다.",
        _at("2023-10-18", 15),
        "harir-air-base",
        "2023-10-18",
        "drone",
    ),
    (
        "ja",
        "イラクのバラド空軍基地にロケット弾",
        "イラク北部のバラド空軍基地に12日夜、ロケット弾3発が撃ち込まれた。治安当局によると、"
        "基地では米国の請負業者が働いているが、死傷者は出なかった。",
        _at("2020-01-13", 9),
        "balad-air-base",
        "2020-01-12",
        "rocket",
    ),
    (
        "zh",
        "叙利亚东北部美军机场遭火箭弹袭击",
        "据叙利亚官方媒体报道，被美军占领并用作基地的Harrab al-Jir机场23日遭到4枚火箭弹"
        "袭击，目前尚无人员伤亡的消息。",
        _at("2021-11-24", 9),
        "rmelan-landing-zone",
        "2021-11-23",
        "rocket",
    ),
    (
        "ur",
        "بگرام میں امریکی اڈے پر راکٹ حملہ",
        "افغان وزارت داخلہ کے ترجمان کے مطابق جمعرات کو صوبہ پروان میں امریکا کے بگرام اڈے "
        "پر پانچ راکٹ داغے گئے، تاہم کوئی جانی نقصان نہیں ہوا۔",
        _at("2020-04-10", 9),
        "bagram-air-base",
        "2020-04-09",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "id",
        "AS balas serang milisi dukungan Iran di Suriah",
        "Militer AS melancarkan serangan udara terhadap dua fasilitas milisi dukungan Iran di "
        "Suriah timur pada Kamis, sebagai balasan atas serangan drone yang melukai tentara AS "
        "di sebuah pangkalan pekan lalu.",
    ),
    (
        "hi",
        "अमेरिका ने सीरिया में ईरान समर्थित गुटों पर हवाई हमले किए",
        "अमेरिका ने शुक्रवार को पूर्वी सीरिया में ईरान समर्थित गुटों पर हवाई हमले किए। यह "
        "कार्रवाई हाल ही में इराक में अमेरिकी ठिकानों पर हुए ड्रोन हमलों के बाद की गई है।",
    ),
    (
        "hi",
        "ईरान समर्थित गुटों की तीन साइटों पर अमेरिकी कार्रवाई",
        "अमेरिकी रक्षा मंत्री ने कहा कि सेना ने इराक में तीन साइटों पर हमले किए। उत्तरी इराक "
        "में ड्रोन हमले में दो अमेरिकी सैनिकों के घायल होने के बाद यह आदेश दिया गया था।",
    ),
    (
        "ko",
        "미국, 이란 핵시설 공습",
        "미국이 21일 저녁 이란 핵시설 세 곳을 공습했다. 이란은 이에 대한 대응을 예고했으며, "
        "중동 지역 미군 기지에는 경계령이 내려졌다.",
    ),
    (
        "ja",
        "イラクの民兵組織、対米攻撃を再開（分析）",
        "民兵組織は半年ほど対米攻撃を控えていたが（研究所報告2024.07.30参照）、7月末には"
        "アイン・アサド基地への攻撃で米兵数人が負傷した。",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-08-06")


def test_thai_iran_names_the_attacker_without_a_weapon() -> None:
    reading = matcher().reader.read(1, "อิหร่านเอาคืน ยิงฐานทัพสหรัฐในคูเวต")
    assert reading.state
    assert reading.strength > 0


def test_korean_satellite_photo_is_not_a_space_story() -> None:
    reading = matcher().reader.read(1, "최근 공격 당한 석유 시설을 인공위성에서 촬영한 모습.")
    assert "other_sense" not in reading.flags


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("Laporan mengenai korban belum diterima.", "mengenai", "cat:attack"),
        ("The bus stopped near the hotel in Bahrain.", "isa", "place:isa-air-base"),
    ],
    read=False,
)
