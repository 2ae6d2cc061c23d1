"""Hindi, Bengali, Urdu and Indonesian wordings the term files lacked (in our own words):
"nobody was hurt" in its plain and honorific forms, "four years ago today", drills, the
militias' sites that US strikes hit, "the Guards said they had fired", Harir, Tower 22,
Victory base, the Green Zone and the Diplomatic Support Center under their local names."""

from __future__ import annotations

import pytest

from monitor.detect.text import normalise
from tests.reports import bases, detect, fires, local_time

MONDAY = local_time("2024-01-29")


@pytest.mark.parametrize(
    ("sentence", "word", "label"),
    [
        # nobody hurt, nobody killed
        ("अधिकारियों के अनुसार किसी को चोट नहीं आई।", "किसी को चोट नहीं", "cat:no_casualties"),
        ("कोई भी अमेरिकी सैनिक घायल नहीं हुआ।", "कोई भी अमेरिकी सैनिक घायल नहीं", "cat:no_casualties"),
        ("इस हमले में किसी की जान नहीं गई।", "किसी की जान नहीं", "cat:no_deaths"),
        ("সেনাবাহিনী জানিয়েছে, কেউ আহত হননি।", "কেউ আহত হননি", "cat:no_casualties"),
        ("কর্মকর্তারা জানান, কেউ হতাহত হননি।", "কেউ হতাহত হননি", "cat:no_casualties"),
        ("এতে কেউ নিহত হননি।", "কেউ নিহত হননি", "cat:no_deaths"),
        ("حکام کے مطابق کوئی امریکی فوجی زخمی نہیں ہوا۔", "زخمی نہیں", "cat:no_casualties"),
        ("حملے میں کوئی ہلاک نہیں ہوا۔", "کوئی ہلاک نہیں", "cat:no_deaths"),
        (
            "Tidak ada personel AS yang terluka.",
            "tidak ada personel as yang terluka",
            "cat:no_casualties",
        ),
        ("Tidak ada tentara yang tewas.", "tidak ada tentara yang tewas", "cat:no_deaths"),
        # drills and anniversaries
        ("दोनों देशों के सैनिकों ने एयरबेस पर संयुक्त अभ्यास किया।", "अभ्यास", "cat:drill"),
        ("সেনারা ঘাঁটিতে যৌথ অনুশীলন করেছে।", "অনুশীলন", "cat:drill"),
        ("فوجیوں نے اڈے پر مشترکہ مشق کی۔", "مشترکہ مشق", "cat:drill"),
        ("Tentara menggelar latihan bersama di pangkalan.", "latihan bersama", "cat:drill"),
        ("आज से चार साल पहले मिसाइलें दागी गई थीं।", "साल पहले", "cat:anniversary"),
        ("ঠিক চার বছর আগে এই ঘাঁটিতে হামলা হয়েছিল।", "বছর আগে", "cat:anniversary"),
        ("آج سے چار سال پہلے اڈے پر میزائل داغے گئے تھے۔", "سال پہلے", "cat:anniversary"),
        (
            "Tepat empat tahun lalu, rudal menghantam pangkalan itu.",
            "tepat empat tahun lalu",
            "cat:anniversary",
        ),
        # the US strikes
        (
            "अमेरिका ने एयर स्ट्राइक करके ठिकानों को निशाना बनाया।",
            "अमेरिका ने एयर स्ट्राइक",
            "cat:us_attacker",
        ),
        ("अमेरिकी सैनिकों ने हिज्बुल्लाह के कई अड्डों पर रॉकेट दागे।", "हिज्बुल्लाह के", "cat:us_attacker"),
        ("امریکی فوج نے ملیشیا کے ٹھکانوں پر بمباری کی۔", "ملیشیا کے", "cat:us_attacker"),
        ("যুক্তরাষ্ট্র রবিবার পাল্টা বিমান হামলা চালিয়েছে।", "যুক্তরাষ্ট্র", "cat:us_attacker"),
        # claims
        ("गार्ड्स ने कहा कि उसने ठिकानों पर मिसाइलें दागीं।", "ने कहा कि उसने", "cat:claim"),
        ("پاسداران نے کہا کہ اس نے اڈوں پر میزائل داغے۔", "کہا کہ اس نے", "cat:claim"),
        ("গোষ্ঠীটি বলেছে যে তারা ঘাঁটিতে ড্রোন ছুড়েছে।", "বলেছে যে তারা", "cat:claim"),
        (
            "Kelompok itu mengaku berada di balik serangan tersebut.",
            "mengaku berada di balik",
            "cat:claim",
        ),
    ],
)
def test_the_word_is_read(sentence: str, word: str, label: str) -> None:
    assert fires(sentence, normalise(word), label)


@pytest.mark.parametrize(
    ("language", "title", "text", "base", "day"),
    [
        (
            "hi",
            "हरीर बेस पर रॉकेट हमला",
            "इराक के कुर्दिस्तान क्षेत्र में स्थित हरीर एयर बेस पर रविवार को रॉकेट से हमला किया "
            "गया, जहां अमेरिकी सैनिक तैनात हैं।",
            "harir-air-base",
            "2024-01-28",
        ),
        (
            "bn",
            "হারির ঘাঁটিতে রকেট হামলা",
            "ইরাকের কুর্দিস্তান অঞ্চলের হারির বিমান ঘাঁটিতে রবিবার রকেট হামলা হয়েছে, যেখানে "
            "মার্কিন সেনারা অবস্থান করছে।",
            "harir-air-base",
            "2024-01-28",
        ),
        (
            "ur",
            "اردن میں ڈرون حملہ",
            "اتوار کو اردن میں شام کی سرحد کے قریب ٹاور 22 نامی امریکی چوکی پر ڈرون حملے میں تین "
            "امریکی فوجی ہلاک ہو گئے۔",
            "tower-22",
            "2024-01-28",
        ),
        (
            "ur",
            "بغداد میں سفارتی مرکز پر حملہ",
            "امریکی سفیر نے بتایا کہ اتوار کی صبح بغداد کے ڈپلومیٹک سپورٹ کمپلیکس پر ڈرون حملہ "
            "ہوا، تاہم کوئی ہلاکت یا زخمی نہیں ہوا۔",
            "baghdad-diplomatic-support-center",
            "2024-01-28",
        ),
        (
            "bn",
            "ইরাকে মার্কিন ঘাঁটিতে রকেট হামলা",
            "বাগদাদের বিমানবন্দরের কাছে ভিক্টোরিয়া সামরিক ঘাঁটিতে রবিবার রাতে তিনটি কাতিউশা রকেট আঘাত হেনেছে।",
            "victory-base",
            "2024-01-28",
        ),
        (
            "hi",
            "बगदाद के ग्रीन जोन में रॉकेट गिरे",
            "बगदाद के ग्रीन जोन में रविवार रात दो रॉकेट गिरे, जहां अमेरिकी दूतावास स्थित है। "
            "अमेरिकी सेना ने बताया कि किसी को चोट नहीं आई।",
            "baghdad-embassy",
            "2024-01-28",
        ),
        (
            "ur",
            "گرین زون میں راکٹ",
            "عراقی فوج نے بتایا ہے کہ بغداد کے گرین زون میں اتوار کی رات ایک راکٹ گرا جس سے "
            "ایک عمارت کو معمولی نقصان پہنچا۔ اس علاقے میں امریکی فوجی بھی تعینات ہیں۔",
            "baghdad-embassy",
            "2024-01-28",
        ),
    ],
)
def test_the_base_is_named(language: str, title: str, text: str, base: str, day: str) -> None:
    d = detect(title, text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert bases(d) == [base]
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == day


def test_an_unnamed_base_in_jordan_is_the_north_east() -> None:
    d = detect(
        "মার্কিন ঘাঁটিতে হামলা",
        "জর্ডানে মার্কিন সেনাদের একটি ঘাঁটিতে রবিবার ড্রোন হামলায় তিনজন মার্কিন সেনা নিহত হয়েছেন।",
        MONDAY,
        language="bn",
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["north-east-jordan"]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "hi",
            "कतर के अल उदीद एयरबेस पर मिसाइल हमला",
            "ईरान ने रविवार शाम कतर के अल उदीद एयरबेस पर मिसाइलें दागीं। अधिकारियों ने बताया कि "
            "कोई भी अमेरिकी सैनिक घायल नहीं हुआ और किसी की जान नहीं गई।",
        ),
        (
            "bn",
            "কাতারের আল উদেইদ ঘাঁটিতে ক্ষেপণাস্ত্র হামলা",
            "ইরান রবিবার সন্ধ্যায় কাতারের আল উদেইদ বিমানঘাঁটিতে ক্ষেপণাস্ত্র ছুড়েছে। কর্মকর্তারা "
            "জানিয়েছেন, কেউ হতাহত হননি।",
        ),
        (
            "ur",
            "کویت میں امریکی اڈے پر ڈرون",
            "کویت کے علی السالم ایئر بیس پر اتوار کو دو ڈرون گرے۔ حکام کے مطابق کوئی امریکی فوجی "
            "زخمی نہیں ہوا اور کوئی ہلاک نہیں ہوا۔",
        ),
        (
            "id",
            "Roket hantam pangkalan Harir",
            "Roket menghantam pangkalan udara Harir di wilayah Kurdistan Irak pada Minggu. "
            "Tidak ada personel AS yang terluka.",
        ),
    ],
)
def test_nobody_hurt_is_a_toll_of_none(language: str, title: str, text: str) -> None:
    d = detect(title, text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (0, 0)


@pytest.mark.parametrize(
    ("language", "title", "text", "group"),
    [
        (
            "hi",
            "ईरान ने अमेरिकी ठिकानों पर दागीं मिसाइलें",
            "सोमवार तड़के इराक में ऐन अल-असद और इरबिल के अमेरिकी ठिकानों पर बैलिस्टिक मिसाइलें गिरीं।"
            "\n\nईरान के रिवोल्यूशनरी गार्ड ने कहा कि उसने ही यह कार्रवाई की है।",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "ur",
            "ایران کا امریکی اڈوں پر میزائل حملہ",
            "پیر کی صبح عراق میں عین الاسد اور اربیل کے امریکی اڈوں پر بیلسٹک میزائل گرے۔\n\n"
            "ایران کی پاسداران انقلاب نے کہا ہے کہ اس نے یہ کارروائی کی ہے۔",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "bn",
            "ইরানের ক্ষেপণাস্ত্র হামলা",
            "সোমবার ভোরে ইরাকের আইন আল-আসাদ ও এরবিলে মার্কিন সেনাদের ঘাঁটিতে ব্যালিস্টিক ক্ষেপণাস্ত্র "
            "আঘাত হেনেছে।\n\nইরানের রেভল্যুশনারি গার্ড বলেছে যে তারা এই অভিযান চালিয়েছে।",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "id",
            "Tiga tentara AS tewas di Tower 22",
            "Tiga tentara AS tewas dalam serangan drone di pos Tower 22 di Yordania pada "
            "Minggu.\n\nPerlawanan Islam di Irak, gabungan kelompok bersenjata dukungan Iran, "
            "mengaku berada di balik aksi tersebut.",
            "Islamic Resistance in Iraq",
        ),
    ],
)
def test_the_claimant_is_named(language: str, title: str, text: str, group: str) -> None:
    d = detect(title, text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == group


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # US strikes on the militias
        (
            "hi",
            "इराक में us का हमला, 15 लड़ाके मारे गए",
            "एक सुरक्षा अधिकारी के मुताबिक हमले से कुछ घंटे पहले बगदाद के पास अमेरिकी बलों के एक "
            "ठिकाने के करीब चार रॉकेट आकर गिरे, लेकिन किसी की जान नहीं गई।",
        ),
        (
            "hi",
            "अमेरिकी सैनिकों ने मिलिशिया पर रॉकेट दागे",
            "इराक में अमेरिकी सैनिकों ने कताइब हिज्बुल्लाह के कई अड्डों पर रॉकेट दागे। बुधवार को इराक "
            "में एक अमेरिकी सैन्य अड्डे को रॉकेट से निशाना बनाया गया था।",
        ),
        (
            "hi",
            "सीरिया में अमेरिकी एयर स्ट्राइक",
            "सीरिया में मिलिशिया के अड्डों को अमेरिका ने एयर स्ट्राइक का निशाना बनाया है। इराक में "
            "अमेरिकी सैनिकों के कैंप को ड्रोन से निशाना बनाया गया था।",
        ),
        (
            "ur",
            "امریکی فوج کی جوابی بمباری",
            "امریکی فوج نے اتوار کو عراق اور شام میں ملیشیا کے ٹھکانوں پر وسیع پیمانے پر "
            "بمباری کی۔ یہ کارروائی عین الاسد ایئر بیس پر ڈرون حملے کے جواب میں کی گئی۔",
        ),
        (
            "bn",
            "যুক্তরাষ্ট্রের পাল্টা হামলা",
            "যুক্তরাষ্ট্র রবিবার ইরাক ও সিরিয়ায় মিলিশিয়াদের অবস্থানে পাল্টা বিমান হামলা চালিয়েছে। "
            "টাওয়ার ২২-এ ড্রোন হামলার জবাবে এই অভিযান চালানো হয়।",
        ),
        # strikes planned in answer to an attack
        (
            "hi",
            "जॉर्डन में हमला",
            "अमेरिका ने पिछले रविवार जॉर्डन में टावर 22 पर हुए ड्रोन हमले के जवाब में हमले करने की योजना बनाई है।",
        ),
        (
            "bn",
            "মার্কিন পরিকল্পনা",
            "জর্ডানে টাওয়ার ২২-এ ড্রোন হামলার জবাবে ইরাক ও সিরিয়ায় হামলার পরিকল্পনা অনুমোদন করেছে যুক্তরাষ্ট্র।",
        ),
        # old attacks remembered
        (
            "hi",
            "ऐन अल-असद हमले के चार साल",
            "आज से ठीक चार साल पहले ईरान ने ऐन अल-असद एयरबेस पर बैलिस्टिक मिसाइलें दागी थीं।",
        ),
        (
            "bn",
            "আইন আল-আসাদ হামলার চার বছর",
            "ঠিক চার বছর আগে আজকের দিনে ইরান আইন আল-আসাদ বিমানঘাঁটিতে ব্যালিস্টিক ক্ষেপণাস্ত্র ছুড়েছিল।",
        ),
        (
            "ur",
            "عین الاسد حملے کے چار سال",
            "آج سے ٹھیک چار سال پہلے ایران نے عین الاسد ایئر بیس پر بیلسٹک میزائل داغے تھے۔",
        ),
        (
            "id",
            "Empat tahun serangan Ain al-Asad",
            "Tepat empat tahun lalu hari ini, Iran menembakkan rudal balistik ke Pangkalan "
            "Udara Ain al-Asad.",
        ),
        # drills and threats
        (
            "hi",
            "अल उदीद पर अभ्यास",
            "अल उदीद एयरबेस पर अमेरिकी और कतरी सैनिकों ने ड्रोन हमले से बचाव का संयुक्त अभ्यास किया।",
        ),
        (
            "bn",
            "আল উদেইদে প্রস্তুতি",
            "আল উদেইদ বিমানঘাঁটিতে মার্কিন ও কাতারি সেনারা ড্রোন হামলা প্রতিরোধের যৌথ সামরিক অনুশীলন করেছে।",
        ),
        (
            "ur",
            "العدید پر تیاری",
            "العدید ایئربیس پر امریکی اور قطری فوجیوں نے ڈرون حملے سے بچاؤ کی مشترکہ مشق کی۔",
        ),
        (
            "bn",
            "মিলিশিয়াদের বার্তা",
            "ইরাকি মিলিশিয়ারা সতর্ক করেছে, মার্কিন সেনারা ইরাক না ছাড়লে তারা মার্কিন ঘাঁটিতে রকেট ও ড্রোন হামলা চালাবে।",
        ),
    ],
)
def test_no_new_attack_is_taken(language: str, title: str, text: str) -> None:
    d = detect(title, text, MONDAY, language=language)
    assert not d.attack, d.reasons


def test_a_us_strike_headed_as_serang_is_no_new_attack() -> None:
    # "AS Serang ..." (the US strikes ...) heads the US answer to a drone on Erbil, on a page
    # with no date
    d = detect(
        "AS Serang Basis Milisi yang Didukung Iran di Irak",
        "Jakarta - Militer Amerika Serikat (AS) melakukan serangan ke sejumlah markas milisi "
        "Kataib Hizbullah di Irak.\n\n"
        "Washington menyebutnya balasan karena pada Senin (25/12/2023) sebuah drone menghantam "
        "pangkalan udara AS di Erbil. Tiga tentara terluka.",
        None,
        language="id",
    )
    assert not d.attack, d.reasons
