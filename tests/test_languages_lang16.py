"""Term files of Pashto, Azerbaijani, Armenian, Georgian, Kazakh, Uzbek and Swahili: a report
and a look-alike in each language, written for these tests after the facts of real attacks, and
the words of these languages that must not fire elsewhere."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "ps",
        "پر عین الاسد هوايي اډه راکټي برید",
        "د عراق په لویدیځ کې پر عین الاسد هوايي اډه، چې امریکايي ځواکونه پکې مېشت دي، د سه "
        "شنبې په شپه درې راکټونه وویشتل شول. امریکايي چارواکو ویلي چې تر اوسه د کومې مرګ "
        "ژوبلې خبر نشته.",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
    (
        "ps",
        "پر بګرام هوايي اډه توغندي ولګېدل",
        "د پروان ولایت چارواکي وايي چې د جمعې په شپه پر بګرام هوايي اډه، چې د امریکا ځواکونه "
        "پکې مېشت دي، دوه توغندي وتوغول شول او یو یې د اډې دننه ولګېد.",
        _at("2020-03-21", 9),
        "bagram-air-base",
        "2020-03-20",
        "missile",
    ),
    (
        "az",
        "Qətərdəki Əl-Udeyd bazasına ballistik raketlərlə zərbə",
        "İran çərşənbə axşamı Qətərdəki Əl-Udeyd hava bazasına ballistik raketlərlə zərbə "
        "endirib. Bazada ABŞ hərbçiləri yerləşir. Qətər Müdafiə Nazirliyinin məlumatına görə, "
        "xəsarət alan olmayıb.",
        _at("2026-03-04", 9),
        "al-udeid-air-base",
        "2026-03-03",
        "missile",
    ),
    (
        "az",
        "Suriyada ABŞ bazası dron hücumuna məruz qalıb",
        "Suriyanın şimal-şərqində Şəddadə şəhərindəki ABŞ hərbi bazası cümə günü dron "
        "hücumuna məruz qalıb. Hücum nəticəsində iki amerikalı hərbçi yüngül xəsarət alıb.",
        _at("2023-11-11", 9),
        "al-shaddadi",
        "2023-11-10",
        "drone",
    ),
    (
        "hy",
        "Անօդաչու սարքը հարվածել է Իրաքում ամերիկյան ավիաբազային",
        "Չորեքշաբթի երեկոյան անօդաչու թռչող սարքը հարվածել է Իրաքի հյուսիսում գտնվող Հարիրի "
        "ավիաբազային, որտեղ տեղակայված են ամերիկյան զորքեր։ Պենտագոնի տվյալներով՝ զոհեր և "
        "վիրավորներ չկան։",
        _at("2023-11-16", 9),
        "harir-air-base",
        "2023-11-15",
        "drone",
    ),
    (
        "ka",
        "სირიაში აშშ-ის ბაზაზე სარაკეტო თავდასხმა განხორციელდა",
        "ოთხშაბათს სირიის ჩრდილო-აღმოსავლეთში, ამერიკულ სამხედრო ბაზაზე, რომელიც "
        "ალ-შადადიში მდებარეობს, რამდენიმე რაკეტა ჩამოვარდა. პენტაგონის ცნობით, არავინ "
        "დაშავებულა.",
        _at("2023-11-09", 9),
        "al-shaddadi",
        "2023-11-08",
        "rocket",
    ),
    (
        "kk",
        "Ирактағы АҚШ базасына зымыран атылды",
        "Сейсенбі күні Ирактың батысындағы Айн әл-Асад әуе базасына үш зымыран атылды, онда "
        "АҚШ әскерилері орналасқан. Америкалық шенеуніктердің айтуынша, зардап шеккендер жоқ.",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
    (
        "uz",
        "Iroqdagi AQSH bazasiga raketa hujumi",
        "Seshanba kuni Iroqning gʻarbidagi Ayn al-Asad havo bazasiga uchta raketa otildi, u "
        "yerda AQSH harbiylari joylashgan. Amerikalik rasmiylarga koʻra, qurbonlar yoʻq.",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
    (
        "sw",
        "Kambi ya jeshi la Marekani nchini Iraq yashambuliwa kwa roketi",
        "Roketi tatu zilirushwa Jumanne usiku katika kambi ya jeshi la anga ya Ain al-Asad "
        "magharibi mwa Iraq, ambayo inahifadhi wanajeshi wa Marekani. Maafisa wa Marekani "
        "walisema hakuna aliyejeruhiwa.",
        _at("2024-08-07", 9),
        "ain-al-asad",
        "2024-08-06",
        "rocket",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "ps",
        "امریکا په سوریه کې پر ایران پلوه ډلو هوايي بریدونه وکړل",
        "د امریکا پوځ د جمعې په ورځ د سوریې په ختیځ کې د ایران پلوه ډلو پر دوو مرکزونو هوايي "
        "بریدونه وکړل. دا بریدونه تېره اونۍ پر امریکايي اډو د ډرون بریدونو په ځواب کې وشول.",
    ),
    (
        "ps",
        "ټرمپ: موږ بګرام هوايي اډه بېرته غواړو",
        "د امریکا ولسمشر وویل چې واشنګټن هڅه کوي د بګرام هوايي اډه بېرته ترلاسه کړي، هغه اډه "
        "چې امریکايي ځواکونو پنځه کاله وړاندې پرېښوده.",
    ),
    (
        "az",
        "ABŞ İraqda silahlı qruplara zərbə endirib",
        "ABŞ ordusu bazar günü İraqın qərbində İranın dəstəklədiyi qrupların iki obyektinə hava "
        "zərbələri endirib. Pentaqon bunu ötən həftə Əyn əl-Əsəd bazasına edilən dron "
        "hücumlarına cavab olaraq açıqlayıb.",
    ),
    (
        "hy",
        "ԱՄՆ-ը հարվածներ է հասցրել Սիրիայում",
        "ԱՄՆ-ի զինված ուժերը ուրբաթ օրը ավիահարվածներ են հասցրել Սիրիայի արևելքում Իրանի "
        "աջակցությունը վայելող խմբավորումների երկու պահեստի։ Պենտագոնի խոսքով՝ դա պատասխան էր "
        "անցյալ շաբաթ ամերիկյան բազաների վրա անօդաչուների հարձակումներին։",
    ),
    (
        "ka",
        "აშშ-მა ერაყში დაჯგუფებებს საჰაერო დარტყმა მიაყენა",
        "ამერიკულმა ავიაციამ კვირა ღამით ერაყის დასავლეთში ირანის მხარდაჭერილი დაჯგუფებების "
        "ორ საწყობს დაარტყა. ვაშინგტონის თქმით, ეს იყო პასუხი გასულ კვირას აინ ალ-ასადის "
        "ბაზაზე დრონებით თავდასხმაზე.",
    ),
    (
        "kk",
        "АҚШ Сирияда топтарға соққы берді",
        "АҚШ әскері жұма күні Сирияның шығысында Иран қолдайтын топтардың екі қоймасына әуе "
        "соққысын жасады. Пентагон мұны өткен аптада америкалық базаларға жасалған дрон "
        "шабуылдарына жауап ретінде атады.",
    ),
    (
        "uz",
        "AQSH Suriyada guruhlarga zarba berdi",
        "AQSH harbiylari juma kuni Suriyaning sharqida Eron qoʻllab-quvvatlayotgan guruhlarning "
        "ikki omboriga havo zarbalari berdi. Pentagon buni oʻtgan hafta Amerika bazalariga "
        "qilingan dron hujumlariga javob tariqasida izohladi.",
    ),
    (
        "sw",
        "Marekani yashambulia makundi yanayoungwa mkono na Iran",
        "Jeshi la Marekani lilifanya mashambulizi ya anga Ijumaa dhidi ya maghala mawili ya "
        "makundi yanayoungwa mkono na Iran mashariki mwa Syria, kujibu mashambulizi ya droni "
        "dhidi ya kambi za Marekani wiki iliyopita.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-08-06")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        # Pashto "برید" (attack) is Arabic "بريد" (mail)
        ("أرسل الطلب عبر بريد إلكتروني إلى القاعدة.", "بريد", "cat:attack"),
        # Persian "می" must not read as the Pashto month of May
        ("این پایگاه می تواند هدف قرار گیرد.", "مي", "month:4"),
        # Azerbaijani "ölüb" (died) would be "olub"; "bazar" is a market
        ("Bazar yaxınlığında yeni baza tikilib, orada heç nə olub.", "olub", "cat:killed"),
        # Uzbek "sud" (court) is French "south"
        ("Des roquettes sont tombées au sud de la base.", "sud", "cat:event"),
        # Swahili "leo" (today) is Spanish "I read"; "jana" is a Czech name
        ("Leo el informe sobre la base aérea.", "leo", "date:today"),
        ("Jana Nováková řekla, že základna byla zasažena.", "jana", "date:yesterday"),
        # Kazakh "той" (feast) is Russian "that"
        ("По той базе ударили ракетами.", "той", "cat:other_sense"),
        # Uzbek "kema" (ship) must not take the Turkish name Kemal
        ("Kemal Bey üsse yapılan saldırıyı anlattı.", "kemal", "cat:civilian"),
    ],
    read=False,
)
