"""Term files of Asian and Middle Eastern languages: for each, a report of an attack and a
hard negative, in our own words (the facts follow real reports, the sentences do not).

Japanese and Chinese reports are dated by their publication day: the date reader does not yet
read "6月23日" or a weekday in unspaced text, so their fixtures report an attack of that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at

# language, title, text, publication day, base (or region), attack day, weapon
ATTACKS = [
    (
        "id",
        "Dua roket hantam pangkalan udara Ain al-Asad",
        "Dua roket menghantam Pangkalan Udara Ain al-Asad di provinsi Anbar, Irak barat, pada "
        "Selasa malam, menurut seorang pejabat militer AS. Tidak ada korban jiwa dalam serangan "
        "itu, tambahnya.",
        "2024-07-17",
        "ain-al-asad",
        "2024-07-16",
        "rocket",
    ),
    (
        "ms",
        "Dron bersenjata serang lapangan terbang Erbil",
        "Dua dron bersenjata menyerang lapangan terbang antarabangsa Erbil yang menempatkan "
        "tentera gabungan pimpinan AS malam tadi, kata pegawai keselamatan wilayah Kurdistan. "
        "Tiada kecederaan dilaporkan.",
        "2021-09-12",
        "erbil-air-base",
        "2021-09-11",
        "drone",
    ),
    (
        "he",
        "רקטות נורו לעבר בסיס עין אל אסד",
        "שלוש רקטות נורו אמש (שלישי) לעבר בסיס עין אל אסד שבמערב עיראק, שבו מוצבים חיילים "
        "אמריקנים, כך מסר גורם אמריקני. לא היו נפגעים.",
        "2024-07-17",
        "ain-al-asad",
        "2024-07-16",
        "rocket",
    ),
    (  # כטב"ם: the drone's acronym with a final mem
        "he",
        'כטב"ם תקף את בסיס טאוור 22 בירדן',
        'שלושה חיילים אמריקנים נהרגו ביום ראשון כשכטב"ם פגע במגורים בבסיס Tower 22 שבצפון '
        "מזרח ירדן, כך מסר הפנטגון.",
        "2024-01-29",
        "tower-22",
        "2024-01-28",
        "drone",
    ),
    (
        "ur",
        "اربیل ہوائی اڈے پر ڈرون حملہ",
        "عراق کے شمالی علاقے میں اربیل ہوائی اڈے پر منگل کی صبح دو ڈرونز سے حملہ کیا گیا جہاں "
        "امریکی زیر قیادت اتحادی فوج موجود ہے، حکام کے مطابق کوئی جانی نقصان نہیں ہوا۔",
        "2023-11-08",
        "erbil-air-base",
        "2023-11-07",
        "drone",
    ),
    (
        "hi",
        "बहरीन में अमेरिकी नौसेना के पांचवें बेड़े के मुख्यालय पर मिसाइल हमला",
        "ईरान ने शनिवार दोपहर बहरीन में अमेरिकी नौसेना के पांचवें बेड़े के मुख्यालय को "
        "मिसाइलों से निशाना बनाया, बहरीन सरकार ने बताया।",
        "2026-03-01",
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
    # the Fifth Fleet written with the figure and the English word
    (
        "hi",
        "खाड़ी में अमेरिकी ठिकानों पर ईरानी मिसाइलें",
        "बहरीन सरकार के अनुसार शनिवार को ईरानी मिसाइलें मनामा में 5वें फ्लीट के मुख्यालय पर गिरीं।",
        "2026-03-01",
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
    (
        "gu",
        "કતારમાં અલ-ઉદેદ એરબેઝ પર ઈરાનનો મિસાઈલ હુમલો",
        "ઈરાને ગઈકાલે રાત્રે કતારમાં આવેલા અલ-ઉદેદ એરબેઝ પર છ મિસાઈલ છોડી, જ્યાં હજારો અમેરિકી "
        "સૈનિકો તૈનાત છે, એમ કતારના સંરક્ષણ મંત્રાલયે જણાવ્યું.",
        "2025-06-24",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "bn",
        "কুয়েতের আলি আল সালেম বিমান ঘাঁটিতে ক্ষেপণাস্ত্র হামলা",
        "ইরান শনিবার কুয়েতের আলি আল সালেম বিমান ঘাঁটিতে দুটি ক্ষেপণাস্ত্র ছুড়েছে, যেখানে মার্কিন "
        "সেনারা অবস্থান করছে; কেউ হতাহত হয়নি।",
        "2026-03-01",
        "ali-al-salem-air-base",
        "2026-02-28",
        "missile",
    ),
    (
        "ml",
        "ജോർദാനിലെ യു.എസ് താവളത്തിൽ ഡ്രോൺ ആക്രമണം",
        "വടക്കുകിഴക്കൻ ജോർദാനിലെ യു.എസ് സൈനിക താവളത്തിന് നേരെ ഞായറാഴ്ച ഡ്രോൺ ആക്രമണം ഉണ്ടായി, "
        "മൂന്ന് യു.എസ് സൈനികർ കൊല്ലപ്പെട്ടു.",
        "2024-01-29",
        "north-east-jordan",
        "2024-01-28",
        "drone",
    ),
    (
        "ja",
        "イラン、カタールの米軍基地にミサイル攻撃",
        "イラン革命防衛隊は、カタールにあるアルウデイド空軍基地に向けて弾道ミサイルを発射したと"
        "発表した。カタール国防省によると、ミサイルの大半は迎撃され、死傷者は出ていない。",
        "2025-06-23",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "zh",
        "伊朗向驻卡塔尔美军基地发射导弹",
        "伊朗革命卫队宣布，向乌代德空军基地发射了多枚弹道导弹。卡塔尔国防部表示，绝大多数导弹被"
        "拦截，没有人员伤亡。",
        "2025-06-23",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "zh-hant",
        "伊朗向駐卡達美軍基地發射飛彈",
        "伊朗革命衛隊宣布，向烏代德空軍基地發射多枚彈道飛彈，卡達國防部表示大部分飛彈遭攔截，"
        "無人員傷亡。",
        "2025-06-23",
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "ko",
        "이라크 아인 알아사드 기지에 로켓 공격",
        "이라크 서부 안바르주의 아인 알아사드 공군기지에 어제 밤 로켓 3발이 떨어졌다고 미 "
        "국방부가 밝혔다. 인명 피해는 없었다.",
        "2024-06-24",
        "ain-al-asad",
        "2024-06-23",
        "rocket",
    ),
    (
        "ckb",
        "هێرشی درۆن بۆ سەر فڕۆکەخانەی هەولێر",
        "دوێنێ شەو دوو درۆن هێرشیان کردە سەر بنکەی هاوپەیمانان لە فڕۆکەخانەی نێودەوڵەتی هەولێر، "
        "بەرپرسێکی ئەمەریکی ڕایگەیاند کە هیچ زیانێکی گیانی لێنەکەوتەوە.",
        "2023-11-08",
        "erbil-air-base",
        "2023-11-07",
        "drone",
    ),
    (
        "fa",
        "اصابت دو موشک کاتیوشا به پایگاه عینالاسد",
        "منابع امنیتی عراق گفتند دو موشک کاتیوشا بامداد امروز به پایگاه هوایی عینالاسد در استان "
        "الانبار اصابت کرد که محل استقرار نیروهای آمریکایی است.",
        "2021-05-04",
        "ain-al-asad",
        "2021-05-04",
        "rocket",
    ),
    (
        "tr",
        "Suriye'deki ABD üssüne roket saldırısı",
        "Suriye'nin kuzeydoğusunda ABD askerlerinin bulunduğu Harap el-Cir Üssü'ne dün gece "
        "beş roket fırlatıldığı bildirildi. Can kaybı yaşanmadı.",
        "2024-04-22",
        "rmelan-landing-zone",
        "2024-04-21",
        "rocket",
    ),
]

# language, title, text, publication day: look-alikes that are no attack on a coalition base
NEGATIVES = [
    (
        "id",
        "Militer AS lancarkan serangan udara balasan di Suriah",
        "Militer AS melancarkan serangan udara balasan terhadap gudang senjata milisi di Suriah "
        "timur pada Kamis, setelah serangkaian serangan roket terhadap pasukan AS di pangkalan "
        "mereka.",
        "2024-02-02",
    ),
    (
        "ms",
        "Houthi lancar peluru berpandu ke arah kapal dagang di Laut Merah",
        "Kumpulan Houthi melancarkan serangan peluru berpandu ke atas sebuah kapal dagang di Laut "
        "Merah pada hari Isnin, kata tentera AS. Tiada kecederaan dilaporkan.",
        "2024-02-19",
    ),
    (
        "he",
        "רקטה יורטה מעל הגליל",
        "רקטה ששוגרה מלבנון לעבר יישובי הגליל יורטה הבוקר על ידי כיפת ברזל, ולא דווח על נפגעים.",
        "2025-03-22",
    ),
    (
        "ur",
        "حوثیوں کا بحیرہ احمر میں تجارتی جہاز پر میزائل حملہ",
        "یمن کے حوثیوں نے بحیرہ احمر میں ایک تجارتی بحری جہاز پر دو میزائل داغے، امریکی فوج نے "
        "بتایا کہ جہاز کو معمولی نقصان پہنچا۔",
        "2024-02-19",
    ),
    (
        "hi",
        "सैटेलाइट तस्वीरों में दिखा नेवातिम एयरबेस पर ईरानी मिसाइल हमले का असर",
        "नई सैटेलाइट तस्वीरों से पता चला है कि पिछले हफ्ते ईरानी मिसाइलों ने इजरायल के नेवातिम "
        "एयरबेस के एक हैंगर को नुकसान पहुंचाया।",
        "2024-10-09",
    ),
    (
        "gu",
        "ઈરાન સમર્થિત જૂથની અમેરિકી ઠેકાણાઓ પર હુમલાની ધમકી",
        "ઈરાન સમર્થિત એક જૂથે ધમકી આપી છે કે તે ઇરાકમાં અમેરિકી ઠેકાણાઓ પર ડ્રોન હુમલા કરશે.",
        "2024-08-06",
    ),
    (
        "bn",
        "লোহিত সাগরে বাণিজ্যিক জাহাজে ড্রোন হামলা",
        "হুতিরা লোহিত সাগরে একটি বাণিজ্যিক জাহাজে ড্রোন দিয়ে হামলা চালিয়েছে বলে মার্কিন সামরিক বাহিনী জানিয়েছে।",
        "2024-01-15",
    ),
    (
        "ml",
        "ചെങ്കടലിൽ കപ്പലിന് നേരെ ഹൂതി മിസൈൽ ആക്രമണം",
        "ചെങ്കടലിൽ ഒരു ചരക്ക് കപ്പലിന് നേരെ ഹൂതികൾ മിസൈൽ തൊടുത്തതായി യു.എസ് സൈന്യം അറിയിച്ചു.",
        "2024-01-15",
    ),
    (
        "ja",
        "米軍、シリア東部の親イラン組織の拠点を空爆",
        "米軍は、シリア東部で親イラン武装組織が使う拠点を空爆したと発表した。イラクの米軍基地へのロ"
        "ケット弾攻撃に対する報復だという。",
        "2021-02-26",
    ),
    (
        "zh",
        "美军空袭叙利亚东部亲伊朗武装设施",
        "美国国防部表示，美军对叙利亚东部亲伊朗武装使用的设施发动空袭，以回应近期针对驻伊美军的"
        "火箭弹袭击。",
        "2021-02-26",
    ),
    (
        "zh-hant",
        "衛星影像揭烏代德空軍基地圓頂建築遭飛彈擊毀",
        "最新衛星影像顯示，烏代德空軍基地內一座圓頂建築上月遭伊朗飛彈擊中後已經消失。",
        "2025-07-13",
    ),
    (
        "ko",
        "북한, 동해상으로 탄도미사일 발사",
        "북한이 오늘 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다. 군은 "
        "주한미군과 함께 경계를 강화했다.",
        "2024-06-24",
    ),
    (
        "ckb",
        "درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک سلێمانی کردە ئامانج",
        "ئەمڕۆ درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک شاری سلێمانی کردە ئامانج و دوو کەس کوژران.",
        "2024-06-24",
    ),
    (
        "tr",
        "İncirlik Üssü'ne oyuncak drone düştü",
        "Adana'daki İncirlik Üssü'nün bahçesine basit bir drone düştü. Polis drone'u kimin "
        "uçurduğunu araştırıyor.",
        "2020-12-23",
    ),
]


@pytest.mark.parametrize(
    ("title", "text", "published", "place", "day", "weapon"),
    [case[1:] for case in ATTACKS],
    ids=[case[0] for case in ATTACKS],
)
def test_an_attack_report_in_the_language(
    title: str, text: str, published: str, place: str, day: str, weapon: str
) -> None:
    d = _match(title, text, _at(published))
    assert d.attack, d.reasons
    named = [p.id for p in d.bases] or [d.region.id if d.region else None]
    assert named == [place]
    assert d.attack_date == date.fromisoformat(day)
    assert weapon in d.weapons


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [case[1:] for case in NEGATIVES],
    ids=[case[0] for case in NEGATIVES],
)
def test_a_hard_negative_in_the_language(title: str, text: str, published: str) -> None:
    d = _match(title, text, _at(published))
    assert not d.attack, d.reasons
