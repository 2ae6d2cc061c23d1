"""Kurmanji and Sorani Kurdish, Arabic, Turkish, Persian and Hebrew term files: a report and a
look-alike in each language, written for these tests after the facts of real attacks, and the
words of one language that must not fire in another's text."""

from __future__ import annotations

from monitor.detect.terms import load_terms
from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "ku",
        "Êrîşa bi dronan li ser baregeha hêzên Amerîkî li Rimêlanê",
        "Roja Yekşemê dronek bi teqemenî li baregeha hêzên Amerîkî ya li Rimêlanê ket. Li gor "
        "Pentagonê du leşkerên Amerîkî bi sivikî birîndar bûn û ziyan gihîşt avahiyekê.",
        _at("2024-08-12", 10),
        "rmelan-landing-zone",
        "2024-08-11",
        "drone",
    ),
    (
        "ckb",
        "بنکەی ئاسمانیی هەریر بە درۆن کراوەتە ئامانج",
        "ئەمڕۆ سێشەممە بنکەی ئاسمانیی هەریر، کە هێزێکی ئەمریکی تێدایە، بە دوو درۆن کراوەتە "
        "ئامانج. بەرپرسانی ناوچەکە دەڵێن هیچ کەسێک بریندار نەبووە.",
        _at("2023-10-24", 18),
        "harir-air-base",
        "2023-10-24",
        "drone",
    ),
    (
        "ar",
        "قصف صاروخي على قاعدة الاحتلال الأمريكي في حقل العمر",
        "تعرضت قاعدة الاحتلال الأمريكي في حقل العمر النفطي بريف دير الزور مساء الأحد لقصف بعدة "
        "صواريخ، وسمعت أصوات انفجارات من داخل القاعدة بحسب مصادر محلية.",
        _at("2024-02-05", 10),
        "al-omar-oil-field",
        "2024-02-04",
        "rocket",
    ),
    (
        "ar",
        "إسقاط مسيرة فوق قاعدة الأسد الجوية غرب العراق",
        "قالت مصادر في الجيش العراقي إن الدفاعات الجوية أسقطت مساء الخميس طائرة مسيرة مسلحة فوق "
        "قاعدة الأسد الجوية التي تستضيف قوات أمريكية وقوات من التحالف الدولي في محافظة الأنبار.",
        _at("2023-12-29", 10),
        "ain-al-asad",
        "2023-12-28",
        "drone",
    ),
    (
        "tr",
        "İncirlik Üssü'ne yönelen füze havada imha edildi",
        "Salı gecesi İran'dan ateşlenen balistik bir füzenin ABD askerlerine ev sahipliği yapan "
        "İncirlik Üssü'ne doğru yöneldiği ve NATO hava savunma unsurlarınca havada imha edildiği "
        "bildirildi.",
        _at("2026-03-11", 9),
        "incirlik-air-base",
        "2026-03-10",
        "missile",
    ),
    (
        "fa",
        "حمله پهپادی به پایگاه اشغالگران آمریکایی در شمال الحسکه",
        "امروز یک پهپاد انتحاری پایگاه اشغالگران آمریکایی در نزدیکی روستای قصرک در شمال الحسکه "
        "را هدف قرار داد و صدای چند انفجار در منطقه شنیده شد.",
        _at("2023-11-07", 15),
        "qasrak",
        "2023-11-07",
        "drone",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "ku",
        "Firokeyên Amerîkî pêgehên mîlîşyayan bombebaran kirin",
        "Firokeyên şer ên Amerîkî duhî pêgehên hêzên ser bi Îranê ve li rojhilatê Sûrîyê "
        "bombebaran kirin. Pentagonê got ev wek bersiva êrîşên li ser baregehên Amerîkî ye.",
    ),
    (
        "ckb",
        "گرووپێکی چەکدار هەڕەشەی هێرش دەکات",
        "گرووپێکی چەکداری نزیک لە ئێران هەڕەشە دەکات کە بنکەکانی ئەمەریکا لە عێراق بکاتە "
        "ئامانج ئەگەر هێرشەکانی ئیسرائیل بەردەوام بن.",
    ),
    (
        "ar",
        "طائرات أمريكية مسيرة تقصف مواقع فصيل مسلح",
        "قصفت طائرات أمريكية مسيرة مساء الثلاثاء مواقع لفصيل مسلح قرب الحدود العراقية السورية، "
        "يُشار إلى أن الفصيل متهم بقصف مطار أربيل قبل أيام.",
    ),
    (
        "tr",
        "ABD misilleme operasyonu başlattı",
        "ABD, Ürdün'deki üsse yapılan saldırının ardından Irak ve Suriye'de misilleme operasyonu "
        "başlattı; milis gruplarına ait hedefler savaş uçaklarıyla vuruldu.",
    ),
    (
        "he",
        "נערכים לתקיפה באיראן? אנשי צבא אמריקנים הונחו לעזוב את בסיס אל-עודייד",
        "חלק מאנשי הצבא האמריקני בבסיס אל-עודייד בקטאר הונחו לעזוב את הבסיס לקראת תקיפה "
        "אפשרית באיראן, כך מסרו מקורות דיפלומטיים.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("De dronken bestuurder reed tegen het hek van de basis.", "dronken", "weapon:drone"),
        ("He wore a red jacket to the base.", "red", "cat:denial"),
        ("Le camp du Nord a perdu du terrain.", "du", "cat:attack"),
        ("Nisan ayında üsse bir ziyaret yapıldı.", "nisan", "cat:recall"),
    ],
    read=False,
)


def test_kurmanji_term_file_is_loaded() -> None:
    assert "ku" in load_terms().languages
