"""Asian term files (Hindi, Indonesian, Chinese, Tamil, Malayalam, Khmer, Gujarati, Burmese,
Korean, Vietnamese, Bengali): a report and a look-alike in each language, written for these
tests after the facts of real attacks, in the forms these papers use (the older Hindi spelling
अमरीकी, Tamil and Malayalam words written joined or in the older script, the latin K1 glued
to Chinese, Korean "hit" and "aimed at"), and the words of one language that must not fire
in another's text."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "hi",
        "जॉर्डन में अमरीकी सैन्य अड्डे पर ड्रोन हमला",
        "अमरीकी केंद्रीय कमान के मुताबिक रविवार को टॉवर 22 नाम की चौकी पर एक ड्रोन टकरा गया, "
        "जिसमें तीन अमरीकी सैनिकों की मृत्यु हो गई और दर्जनों घायल हुए हैं",
        _at("2024-01-29"),
        "tower-22",
        "2024-01-28",
        "drone",
    ),
    (
        "hi",
        "सीरिया में शादादी के पास अमेरिकी ठिकाने की ओर आया ड्रोन मार गिराया गया",
        "अमेरिकी अधिकारियों ने बताया कि शुक्रवार दोपहर सीरिया के शादादी के पास अमेरिकी बलों पर "
        "हमला करने आए एक ड्रोन को मार गिराया गया, किसी के घायल होने की खबर नहीं है",
        _at("2023-11-04"),
        "al-shaddadi",
        "2023-11-03",
        "drone",
    ),
    (
        "id",
        "Dua drone serang Pangkalan Udara Ain al-Asad di Irak barat",
        "Dua pesawat nirawak menyerang Pangkalan Udara Ain al-Asad yang menampung pasukan AS "
        "di Irak barat pada Rabu malam, kata Pentagon. Satu drone ditembak jatuh, yang lain "
        "jatuh di dalam pangkalan dan menyebabkan luka ringan pada beberapa personel.",
        _at("2023-10-19", 8),
        "ain-al-asad",
        "2023-10-18",
        "drone",
    ),
    (
        "zh",
        "伊拉克K1军事基地遭火箭弹袭击 一名美国承包商死亡",
        "伊拉克军方说,27日晚数枚火箭弹落在基尔库克的K1军事基地内,那里驻有以美军为首的联军人员。"
        "袭击造成一名美国承包商死亡,数名美军士兵受伤。",
        _at("2019-12-28"),
        "k1-air-base",
        "2019-12-27",
        "rocket",
    ),
    (
        "zh",
        "巴格达以北塔吉军事基地遭火箭弹袭击",
        "伊拉克安全部门14日晚称,两枚喀秋莎火箭弹当天击中巴格达以北的塔吉军事基地,那里驻有美军和"
        "联军人员,袭击未造成人员伤亡。",
        _at("2020-01-15"),
        "camp-taji",
        "2020-01-14",
        "rocket",
    ),
    (
        "ta",
        "காபூல் விமானநிலையத்தை நோக்கி ராக்கெட்டுகள் வீச்சு",
        "அமெரிக்கப் படைகள் வெளியேறிக் கொண்டிருந்த நிலையில் ஞாயிற்றுக்கிழமை காலை காபூல் "
        "விமானநிலையத்தை நோக்கி ஐந்து ராக்கெட்டுகள் வீசப்பட்டன. அவற்றில் ஒன்றை அமெரிக்க வான் "
        "பாதுகாப்பு அமைப்பு இடைமறித்தது.",
        _at("2021-08-29", 15),
        "hamid-karzai-airport",
        "2021-08-29",
        "rocket",
    ),
    (
        "ml",
        "അമേരിക്കന് സൈനിക താവളത്തിന് നേരെ റോക്കറ്റാക്രമണം",
        "ബഗ്രാമിലെ അമേരിക്കയുടെ ഏറ്റവും വലിയ സൈനിക താവളത്തിന് നേരെ ശനിയാഴ്ച രാവിലെ നിരവധി "
        "റോക്കറ്റുകൾ പതിച്ചു. ആർക്കും പരിക്കില്ലെന്ന് അധികൃതർ അറിയിച്ചു.",
        _at("2020-12-19", 15),
        "bagram-air-base",
        "2020-12-19",
        "rocket",
    ),
    (
        "km",
        "រ៉ុក្កែតត្រូវបានបាញ់ចំមូលដ្ឋានទ័ពអាកាស Ain al-Asad",
        "កងទ័ពចម្រុះដឹកនាំដោយអាមេរិកបាននិយាយថា កាលពីថ្ងៃពុធ រ៉ុក្កែតជាច្រើនគ្រាប់ត្រូវបានបាញ់ចំ"
        "មូលដ្ឋានទ័ពអាកាស Ain al-Asad ក្នុងខេត្ត Anbar ។",
        _at("2021-03-03", 15),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
    (
        "gu",
        "ઉત્તર-પૂર્વ જૉર્ડનમાં અમેરિકી ચેકપોસ્ટ પર ડ્રોન હુમલો",
        "યુએસ સેન્ટ્રલ કમાન્ડે જણાવ્યું કે રવિવારે ઉત્તર-પૂર્વ જૉર્ડનમાં એક બેઝ પર ડ્રોન "
        "હુમલો થયો, જેમાં ત્રણ અમેરિકી સૈનિકોના મોત થયા છે.",
        _at("2024-01-29"),
        "north-east-jordan",
        "2024-01-28",
        "drone",
    ),
    (
        "ko",
        "바레인 미군 기지에 이란 미사일 떨어져",
        "이란이 쏜 미사일이 일요일 바레인에 있는 미군 기지에 떨어졌다고 현지 언론이 전했습니다. "
        "미 중부사령부는 인명 피해는 없다고 밝혔습니다.",
        _at("2026-03-02"),
        "nsa-bahrain",
        "2026-03-01",
        "missile",
    ),
    (
        "ko",
        "이란, 걸프 미군기지 4곳 때려",
        "이란 혁명수비대가 토요일 바레인 미군기지를 미사일로 때렸다고 현지 매체가 보도했습니다. "
        "인명 피해는 아직 알려지지 않았습니다.",
        _at("2026-02-28", 20),
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
    (
        "ko",
        "카타르 알우데이드 공군기지 노려",
        "이란은 23일(현지 시간) 미군 1만 명이 배치된 카타르 알우데이드 공군기지를 노리고 미사일을 "
        "날렸다. 사상자는 없었다고 카타르 정부는 밝혔다.",
        _at("2025-06-24"),
        "al-udeid-air-base",
        "2025-06-23",
        "missile",
    ),
    (
        "bn",
        "বাগদাদের গ্রিন জোনে রকেট হামলা",
        "রবিবার রাতে বাগদাদের গ্রিন জোনে দুটি রকেট হামলা হয়েছে, যেখানে মার্কিন সেনারা অবস্থান "
        "করছে। একটি রকেট আকাশেই ধ্বংস করা হয়।",
        _at("2021-12-20"),
        "baghdad-embassy",
        "2021-12-19",
        "rocket",
    ),
    (
        "my",
        "ဂျော်ဒန်ရှိ အမေရိကန်စစ်စခန်းကို ဒရုန်းဖြင့် တိုက်ခိုက်",
        "ဂျော်ဒန်အရှေ့မြောက်ပိုင်းရှိ အမေရိကန်စစ်စခန်းတစ်ခုကို တနင်္ဂနွေနေ့က ဒရုန်းဖြင့် "
        "တိုက်ခိုက်ခဲ့ပြီး အမေရိကန်စစ်သား သုံးဦး သေဆုံးခဲ့သည်ဟု ပင်တဂွန်က ပြောသည်။",
        _at("2024-01-29"),
        "north-east-jordan",
        "2024-01-28",
        "drone",
    ),
    (
        "vi",
        "Căn cứ Ain al-Asad bị tấn công bằng rocket",
        "Ít nhất mười quả rocket đã rơi xuống căn cứ không quân Ain al-Asad, nơi có binh sĩ Mỹ "
        "đồn trú ở miền tây Iraq, vào sáng thứ Tư, liên quân cho biết.",
        _at("2021-03-03", 15),
        "ain-al-asad",
        "2021-03-03",
        "rocket",
    ),
]

test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        # the US strike is the news; the attacks it answers are background
        "hi",
        "अमेरिकी सेना ने सीरिया में मिलिशिया के ठिकानों पर हमले किए",
        "अमेरिकी सेना ने सोमवार को सीरिया में ईरान समर्थित मिलिशिया के ठिकानों पर हमले किए। "
        "पेंटागन ने कहा कि यह कार्रवाई पिछले दिनों अमेरिकी सैनिकों पर हुए ड्रोन हमलों के जवाब में की "
        "गई।",
        _at("2023-11-13"),
    ),
    (
        "hi",
        "अमरीकी रक्षा मंत्री इराक पहुंचे, सैनिकों से मिले",
        "सप्ताह भर पहले ऐन अल असद एयरबेस पर हुए रॉकेट हमले के बाद अमरीकी रक्षा मंत्री ने "
        "वहां तैनात सैनिकों से मुलाकात की और सुरक्षा का जायजा लिया।",
        _at("2024-02-03"),
    ),
    (
        "id",
        "Iran membantah terlibat serangan drone di Yordania",
        "Misi Iran untuk PBB membantahnya dan menyatakan Teheran tidak terlibat dalam serangan "
        "drone terhadap pangkalan AS di timur laut Yordania. Sejak perang di Gaza dimulai, "
        "milisi telah menyerang pangkalan AS lebih dari 150 kali.",
        _at("2024-01-30"),
    ),
    (
        "zh",
        "阵亡美军灵柩运抵多佛空军基地",
        "上周在伊拉克遭火箭弹袭击身亡的两名美军士兵的灵柩周五运抵多佛空军基地,美国国防部长出席了"
        "迎灵仪式。",
        _at("2024-02-03"),
    ),
    (
        "ml",
        "അബഹ വിമാനത്താവളം ലക്ഷ്യമിട്ട ഡ്രോൺ തകർത്തു",
        "ഹൂതികൾ അയച്ച ഡ്രോൺ അബഹ വിമാനത്താവളത്തിന് നേരെ എത്തും മുമ്പ് തടഞ്ഞു നശിപ്പിച്ചതായി സൗദി "
        "സഖ്യസേന അറിയിച്ചു. ആർക്കും പരിക്കില്ല.",
        _at("2024-02-03"),
    ),
    (
        "my",
        "ဘဂ္ဂဒက်တွင် အမေရိကန်ဒရုန်းတိုက်ခိုက်မှု",
        "ဂျော်ဒန်ရှိ အမေရိကန်စစ်စခန်း တိုက်ခိုက်ခံရမှုအတွက် တာဝန်ရှိသည်ဟု စွပ်စွဲခံရသော "
        "စစ်သွေးကြွခေါင်းဆောင်ကို အမေရိကန်က ဒရုန်းဖြင့် ဘဂ္ဂဒက်မြို့တွင် တိုက်ခိုက်ခဲ့သည်။",
        _at("2024-02-08"),
    ),
    (
        "vi",
        "Mỹ không kích gần sân bay Baghdad",
        "Hoa Kỳ đã thực hiện một cuộc tấn công bằng máy bay không người lái nhằm vào đoàn xe "
        "gần sân bay quốc tế Baghdad, làm thiệt mạng một chỉ huy quân sự Iran.",
        _at("2020-01-03"),
    ),
    (
        "ta",
        "காபூல் விமானநிலைய ராக்கெட் தாக்குதலின் ஆண்டு நிறைவு",
        "கடந்த ஆண்டு அமெரிக்கப் படைகள் வெளியேறிய நாளில் காபூல் விமானநிலையத்தை நோக்கி ராக்கெட்டுகள் "
        "வீசப்பட்டதன் ஆண்டு நிறைவு இன்று நினைவுகூரப்பட்டது.",
        _at("2022-08-30"),
    ),
    (
        "km",
        "កងទ័ពចម្រុះធ្វើសមយុទ្ធនៅមូលដ្ឋានទ័ពអាកាស Ain al-Asad",
        "កងទ័ពចម្រុះដឹកនាំដោយអាមេរិកបានធ្វើសមយុទ្ធបាញ់រ៉ុក្កែតនៅមូលដ្ឋានទ័ពអាកាស Ain al-Asad កាលពីថ្ងៃពុធ។",
        _at("2021-03-04"),
    ),
    (
        "gu",
        "અમેરિકી ચેકપોસ્ટ પર ડ્રોન હુમલાની ધમકી",
        "ઇરાક સમર્થિત જૂથોએ ઉત્તર-પૂર્વ જૉર્ડનમાં અમેરિકી ચેકપોસ્ટ પર ડ્રોન હુમલાની ધમકી આપી છે.",
        _at("2024-02-03"),
    ),
    (
        "ko",
        "이란, 바레인 미군 기지 미사일 공격 경고",
        "이란 혁명수비대는 미국이 공습을 계속하면 바레인에 있는 미군 기지에 "
        "미사일을 쏘겠다고 경고했습니다.",
        _at("2026-02-27"),
    ),
    (
        "bn",
        "গ্রিন জোনে রকেট হামলার এক বছর",
        "গত বছর বাগদাদের গ্রিন জোনে মার্কিন সেনাদের লক্ষ্য করে রকেট হামলা হয়েছিল, সেই ঘটনার বার্ষিকী আজ।",
        _at("2022-12-19"),
    ),
]

test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES)


test_native_forms_are_read = term_cases(
    [
        # the older spelling अमरीकी names US forces as well as अमेरिकी does
        ("अमरीकी सैन्य अड्डे पर हमला हुआ", "अमरीकी सैन्य", "cat:coalition"),
        # "airport" written as one word in Tamil
        ("விமானநிலையத்தை நோக்கி ராக்கெட் வீச்சு", "விமானநிலையத்தை", "cat:base_words"),
        # "more than 60 times since the war in Gaza began": a count of older attacks
        ("Milisi menyerang pangkalan AS lebih dari 60 kali", "kali", "cat:recall"),
    ],
    read=True,
)


test_words_that_do_not_fire = term_cases(
    [
        # the coalition alone in Malayalam is the Saudi-led one in Yemen
        ("സഖ്യസേന വക്താവ് അറിയിച്ചു", "സഖ്യസേന", "cat:coalition"),
        # "more than a dozen strikes were made" is the attack itself, not a count of older ones
        ("अल असद एयरबेस पर दर्जन भर से ज्यादा हमले किए गए", "हमले", "cat:recall"),
    ],
    read=False,
)
