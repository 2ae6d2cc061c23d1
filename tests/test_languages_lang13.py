"""South Asian term files (Tamil, Telugu, Kannada, Malayalam, Marathi, Nepali, Punjabi in
Gurmukhi and Shahmukhi, Sinhala): a report and a look-alike in each language, written for
these tests after the facts of real attacks, and the spellings these scripts allow."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import matcher

REPORTS = [
    (
        "ta",
        "ஐன் அல்-அசாத் தளம் மீது ஏவுகணைத் தாக்குதல்",
        "மேற்கு ஈராக்கில் உள்ள ஐன் அல்-அசாத் விமானப்படை தளத்தின் மீது சனிக்கிழமை மாலை ஈரான் "
        "ஆதரவு ஆயுதக் குழுக்கள் பல பாலிஸ்டிக் ஏவுகணைகளை ஏவின. பெரும்பாலான ஏவுகணைகள் "
        "இடைமறிக்கப்பட்டன என்றும் சில அமெரிக்க வீரர்களுக்கு மூளைக் காயம் ஏற்பட்டிருக்கலாம் "
        "என்றும் அமெரிக்க மத்திய கட்டளை தெரிவித்தது.",
        _at("2024-01-21", 9),
        "ain-al-asad",
        "2024-01-20",
        "missile",
    ),
    (
        "te",
        "బగ్దాద్‌లో అమెరికా రాయబార కార్యాలయంపై రాకెట్ దాడి",
        "బగ్దాద్‌లోని అమెరికా రాయబార కార్యాలయంపై ఆదివారం రాత్రి ఐదు రాకెట్లు పడ్డాయి. గ్రీన్ జోన్‌లో "
        "పేలుళ్ల శబ్దం వినిపించిందని, ఎవరూ గాయపడలేదని ఇరాక్ భద్రతా వర్గాలు తెలిపాయి.",
        _at("2020-01-27", 9),
        "baghdad-embassy",
        "2020-01-26",
        "rocket",
    ),
    (
        "kn",
        "ಇರಾಕ್‌ನ ಅಮೆರಿಕ ನೆಲೆ ಮೇಲೆ ರಾಕೆಟ್ ದಾಳಿ",
        "ಪಶ್ಚಿಮ ಇರಾಕ್‌ನ ಐನ್ ಅಲ್ ಅಸದ್ ವಾಯುನೆಲೆಯ ಮೇಲೆ ಸೋಮವಾರ ಎರಡು ಕತ್ಯೂಷಾ ರಾಕೆಟ್‌ಗಳನ್ನು "
        "ಹಾರಿಸಲಾಗಿದ್ದು, ಹಲವು ಅಮೆರಿಕ ಸೈನಿಕರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ ಎಂದು ಅಮೆರಿಕದ ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
        _at("2024-08-06", 9),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "ml",
        "ഖത്തറിലെ യുഎസ് താവളത്തിന് നേരെ ഇറാന്റെ മിസൈലാക്രമണം",
        "ഖത്തറിലെ അല്‍ ഉദൈദ് വ്യോമതാവളത്തിന് നേരെ ഇറാൻ തിങ്കളാഴ്ച രാത്രി ആറ് മിസൈലുകൾ തൊടുത്തു. "
        "മിസൈലുകളെ വ്യോമപ്രതിരോധ സംവിധാനം തടഞ്ഞെന്നും ആർക്കും പരിക്കില്ലെന്നും ഖത്തർ അറിയിച്ചു.",
        _at("2025-06-24", 9),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "mr",
        "कतारमधील अमेरिकी हवाई तळावर इराणचा क्षेपणास्त्र हल्ला",
        "इराणने सोमवारी रात्री कतारमधील अल उदेद हवाई तळावर सहा क्षेपणास्त्रे डागली. कतारच्या "
        "हवाई संरक्षण यंत्रणेने ती हवेतच रोखली असून कोणतीही जीवितहानी झाली नाही.",
        _at("2025-06-24", 9),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "ne",
        "इरबिलमा अमेरिकी सैन्य अड्डामा ड्रोन आक्रमण",
        "उत्तरी इराकको इरबिल विमानस्थलमा रहेको अमेरिकी सैन्य अड्डालाई लक्ष्य गरेर बुधबार राति "
        "दुईवटा ड्रोन प्रहार गरिएको छ। अमेरिकी सेनाले दुवै ड्रोन खसालेको जनाएको छ।",
        _at("2023-10-19", 9),
        "erbil-air-base",
        "2023-10-18",
        "drone",
    ),
    (
        "pa",
        "ਇਰਾਕ ਵਿੱਚ ਅਮਰੀਕੀ ਏਅਰਬੇਸ 'ਤੇ ਰਾਕੇਟ ਹਮਲਾ",
        "ਪੱਛਮੀ ਇਰਾਕ ਦੇ ਐਨ ਅਲ-ਅਸਦ ਏਅਰਬੇਸ 'ਤੇ ਸੋਮਵਾਰ ਰਾਤ ਦੋ ਰਾਕੇਟ ਦਾਗੇ ਗਏ, ਜਿੱਥੇ ਅਮਰੀਕੀ ਫ਼ੌਜੀ "
        "ਤਾਇਨਾਤ ਹਨ। ਅਮਰੀਕੀ ਅਧਿਕਾਰੀਆਂ ਮੁਤਾਬਕ ਕਈ ਫ਼ੌਜੀ ਜ਼ਖ਼ਮੀ ਹੋਏ।",
        _at("2024-08-06", 9),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "pa",
        "عین الاسد ہوائی اڈے اتے راکٹ حملہ",
        "سوموار دی رات مغربی عراق دے عین الاسد ہوائی اڈے اتے دو راکٹ ڈِگے، جتھے امریکی فوجیاں "
        "رہندیاں نیں۔ امریکی عہدیداراں مطابق کئی فوجی زخمی ہوئے۔",
        _at("2024-08-06", 9),
        "ain-al-asad",
        "2024-08-05",
        "rocket",
    ),
    (
        "si",
        "ඉරාකයේ ඇමෙරිකානු කඳවුරකට රොකට් ප්රහාර",
        "බැග්ඩෑඩ් ගුවන් තොටුපළ අසල ඇමෙරිකානු හමුදා රැඳී සිටින කඳවුරට අඟහරුවාදා රොකට් ප්රහාර "
        "තුනක් එල්ල විය. කිසිවකුටත් හානියක් සිදු නොවූ බව ඒකාබද්ධ හමුදා ප්‍රකාශකයා පැවසීය.",
        _at("2021-01-06", 9),
        "victory-base",
        "2021-01-05",
        "rocket",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "base", "day", "weapon"),
    REPORTS,
    ids=[f"{r[0]}-{r[4]}" for r in REPORTS],
)
def test_report_in_each_language(
    language: str, title: str, text: str, published: datetime, base: str, day: str, weapon: str
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert [p.id for p in d.bases] == [base]
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == day
    assert d.weapons == (weapon,)


LOOK_ALIKES = [
    (
        "ta",
        "சிரியாவில் ஈரான் ஆதரவு குழுக்கள் மீது அமெரிக்கா வான்வழித் தாக்குதல்",
        "கிழக்கு சிரியாவில் ஈரான் ஆதரவு குழுக்களின் இரண்டு ஆயுதக் கிடங்குகள் மீது அமெரிக்க போர் "
        "விமானங்கள் வெள்ளிக்கிழமை வான்வழித் தாக்குதல் நடத்தின. அமெரிக்க தளங்கள் மீது நடந்த ட்ரோன் "
        "தாக்குதல்களுக்கு பதிலடியாக இது நடத்தப்பட்டது என பென்டகன் கூறியது.",
    ),
    (
        "te",
        "అమెరికా స్థావరాలపై దాడి చేస్తామని ఇరాన్ హెచ్చరిక",
        "అమెరికా తమపై దాడి చేస్తే గల్ఫ్ దేశాల్లోని అమెరికా సైనిక స్థావరాలపై క్షిపణులతో దాడి చేస్తామని ఇరాన్ సైన్యం హెచ్చరించింది.",
    ),
    (
        "kn",
        "ಐನ್ ಅಲ್ ಅಸದ್ ದಾಳಿಗೆ ಐದು ವರ್ಷ",
        "ಐದು ವರ್ಷಗಳ ಹಿಂದೆ ಇದೇ ದಿನ ಇರಾನ್ ಪಶ್ಚಿಮ ಇರಾಕ್‌ನ ಐನ್ ಅಲ್ ಅಸದ್ ವಾಯುನೆಲೆಯ ಮೇಲೆ ಕ್ಷಿಪಣಿ "
        "ದಾಳಿ ನಡೆಸಿತ್ತು. ಆ ದಾಳಿಯ ವಾರ್ಷಿಕೋತ್ಸವದಂದು ಅಮೆರಿಕದ ಸೈನಿಕರು ಗಾಯಾಳುಗಳನ್ನು ಸ್ಮರಿಸಿದರು.",
    ),
    (
        "ml",
        "സിറിയയിൽ ഇറാൻ അനുകൂല സംഘങ്ങൾക്ക് നേരെ യുഎസ് വ്യോമാക്രമണം",
        "കിഴക്കൻ സിറിയയിൽ ഇറാൻ അനുകൂല സംഘങ്ങളുടെ രണ്ട് ആയുധപ്പുരകൾക്ക് നേരെ യുഎസ് യുദ്ധവിമാനങ്ങൾ "
        "വ്യോമാക്രമണം നടത്തി. യുഎസ് താവളങ്ങൾക്ക് നേരെയുണ്ടായ ഡ്രോൺ ആക്രമണങ്ങൾക്കുള്ള മറുപടിയാണിതെന്ന് "
        "പെന്റഗൺ അറിയിച്ചു.",
    ),
    (
        "mr",
        "अमेरिकेचे इराणच्या अणुस्थळांवर हवाई हल्ले",
        "अमेरिकेच्या लढाऊ विमानांनी रविवारी पहाटे इराणच्या तीन अणुस्थळांवर हवाई हल्ले केले. "
        "यानंतर इराणने आखाती देशांतील अमेरिकी तळांवर क्षेपणास्त्र हल्ला करू अशी धमकी दिली.",
    ),
    (
        "ne",
        "कतारस्थित अमेरिकी अड्डामा आक्रमण गर्ने इरानको धम्की",
        "अमेरिकाले आक्रमण गरे कतारस्थित अमेरिकी सैन्य अड्डामा मिसाइल प्रहार गर्ने धम्की इरानले दिएको छ।",
    ),
    (
        "pa",
        "ਅਮਰੀਕੀ ਹਵਾਈ ਹਮਲਿਆਂ ਵਿੱਚ ਸੀਰੀਆ ਦੇ ਹਥਿਆਰ ਡਿਪੂ ਤਬਾਹ",
        "ਅਮਰੀਕੀ ਹਵਾਈ ਹਮਲਿਆਂ ਵਿੱਚ ਪੂਰਬੀ ਸੀਰੀਆ ਵਿੱਚ ਈਰਾਨ ਸਮਰਥਿਤ ਗੁੱਟਾਂ ਦੇ ਦੋ ਹਥਿਆਰ ਡਿਪੂ ਤਬਾਹ ਹੋ ਗਏ। "
        "ਪੈਂਟਾਗਨ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਕਾਰਵਾਈ ਅਮਰੀਕੀ ਫੌਜੀ ਅੱਡਿਆਂ ਉੱਤੇ ਹੋਏ ਡਰੋਨ ਹਮਲਿਆਂ ਦੇ ਜਵਾਬ ਵਿੱਚ ਕੀਤੀ ਗਈ।",
    ),
    (
        "si",
        "ඇමරිකානු කඳවුරුවලට මිසයිල එල්ල කරන බව ඉරානයේ තර්ජනය",
        "ඇමරිකාව ප්‍රහාර එල්ල කළහොත් කලාපයේ ඇමරිකානු හමුදා කඳවුරුවලට මිසයිල ප්‍රහාර එල්ල කරන බව ඉරානය අනතුරු ඇඟවීය.",
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "text"), LOOK_ALIKES, ids=[r[0] for r in LOOK_ALIKES]
)
def test_look_alike_in_each_language_is_not_taken(language: str, title: str, text: str) -> None:
    d = _match(title, text, _at("2024-08-06"))
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the joiner in a Sinhala conjunct is written or left out
        ("ඩ්‍රෝන ප්‍රහාරයක්", "weapon:drone"),
        ("ඩ්රෝන ප්රහාරයක්", "weapon:drone"),
        # a Malayalam word ending in a virama or a chillu takes a vowel before its ending
        ("റോക്കറ്റുകൾ", "weapon:rocket"),
        ("ഡ്രോണുകൾ", "weapon:drone"),
        ("മിസൈലാക്രമണം", "weapon:missile"),
        # a Telugu or Kannada loan word and its ending, with or without the joiner
        ("ఖతార్‌లోని అమెరికా స్థావరంపై", "place:al-udeid-air-base"),
        ("ఖతార్లోని అమెరికా స్థావరంపై", "place:al-udeid-air-base"),
        ("ಕತಾರ್‌ನಲ್ಲಿರುವ ಅಮೆರಿಕದ ವಾಯುನೆಲೆ", "place:al-udeid-air-base"),
    ],
)
def test_spellings_of_one_word_are_read_alike(sentence: str, label: str) -> None:
    reading = matcher().reader.read(1, sentence)
    assert [h for h in reading.hits if h.label == label], reading.hits


@pytest.mark.parametrize(
    ("sentence", "word", "label"),
    [
        # Tamil தளபதி (commander) is not a base, Kannada ಹತ್ತು (ten) no death
        ("ஈரானின் புரட்சிப்படை தளபதி கொல்லப்பட்டார்.", "தளபதி", "cat:base_words"),
        ("ಹತ್ತು ಜನರು ಬಂದರು.", "ಹತ್ತು", "cat:killed"),
        # Malayalam വീണ്ടും (again) is no fall, Punjabi ਦੌਰਾਨ (during) no visit
        ("ഇറാഖിൽ വീണ്ടും ആക്രമണം", "വീണ്ടും", "cat:attack"),
        ("ਜੰਗ ਦੌਰਾਨ ਹਮਲਾ ਹੋਇਆ", "ਦੌਰਾਨ", "cat:event@anywhere"),
        # Hindi "करारा जवाब" (a stinging reply) is no agreement, nor "मे" (में) the month of May
        ("ईरान का करारा जवाब", "करारा", "cat:event@anywhere"),
        ("इराक मे अमेरिकी बेस पर हमला", "मे", "month:4"),
    ],
)
def test_words_of_one_sense_do_not_fire_in_another(sentence: str, word: str, label: str) -> None:
    reading = matcher().reader.read(1, sentence)
    assert not [h for h in reading.hits if h.label == label and word in h.text]
