"""Phrasings a systematic probe of the term files found missing, in our own words: in twenty
European languages what a newsroom writes of an attack (crash verbs, present-tense headline
verbs, "the forces of the coalition" in genitive order, US marines and contingents,
anti-missile defence); in twenty more, the same and the US's own names (CENTCOM spelled out,
contractors, Patriot batteries); and in twenty-seven, the US as the one striking
("Washington bombed", "CENTCOM struck", B-52s, joint US-British strikes). Each is read as the
term it is."""

from __future__ import annotations

from tests.reports import term_cases

test_these_phrasings_are_read = term_cases(
    [
        ("удрят базата", "удря", "cat:attack"),  # bg
        ("падат ракети", "падат ракети", "cat:attack"),  # bg
        ("síly koalice", "sil", "cat:coalition"),  # cs
        ("dron narazil do základny", "narazil", "cat:attack"),  # cs
        ("skyder ned", "skyder ned", "cat:intercepted"),  # da
        ("opfanget", "opfanget", "cat:intercepted"),  # da
        ("eine Rakete landete", "landete", "cat:attack"),  # de
        ("Drohnenbeschuss", "drohnenbeschuss", "cat:attack"),  # de
        ("καταρρίπτει", "καταρριπτ", "cat:intercepted"),  # el
        ("πέφτουν ρουκέτες", "πεφτουν", "cat:attack"),  # el
        ("la base fue objetivo de varios drones", "fue objetivo de", "cat:attack"),  # es
        ("interceptan", "intercepta", "cat:intercepted"),  # es
        ("Yhdysvaltain joukot", "yhdysvaltain jouk", "cat:coalition"),  # fi
        ("amerikkalainen tukikohta", "amerikkalai", "cat:coalition"),  # fi
        ("ciblant la base", "ciblant", "cat:attack"),  # fr
        ("la DCA", "dca", "cat:intercepted"),  # fr
        ("raketirali", "raketiral", "cat:attack"),  # hr
        ("presrela", "presrel", "cat:intercepted"),  # hr
        ("ágyúzták", "agyuz", "cat:attack"),  # hu
        ("amerikai tengerészgyalogosok", "amerikai tengereszgyalogos", "cat:coalition"),  # hu
        ("cadono razzi", "cadono", "cat:attack"),  # it
        ("un drone si è schiantato sulla base", "schiantat", "cat:attack"),  # it
        ("raketten vielen op de basis", "raketten vielen", "cat:attack"),  # nl
        ("raketbeschietingen", "raketbeschieting", "cat:attack"),  # nl
        ("raketter falt", "raketter falt", "cat:attack"),  # no
        ("USA-ledet koalisjon", "usa ledet koalisjon", "cat:coalition"),  # no
        ("siły amerykańskie", "sił", "cat:coalition"),  # pl
        ("amerykańscy żołnierze", "amerykansc", "cat:coalition"),  # pl
        ("um drone colidiu com a base", "colidiu com", "cat:attack"),  # pt
        ("a base foi golpeada", "golpead", "cat:attack"),  # pt
        ("interceptarea", "interceptar", "cat:intercepted"),  # ro
        ("apărării antiaeriene", "aparar", "cat:intercepted"),  # ro
        ("nálet", "nalet", "cat:attack"),  # sk
        ("zachytáva", "zachytav", "cat:intercepted"),  # sk
        ("ameriški marinci", "amerisk", "cat:coalition"),  # sl
        ("protizračna obramba", "protizracn", "cat:intercepted"),  # sl
        ("raketer träffar basen", "raketer traffar", "cat:attack"),  # sv
        ("raketer föll", "raketer foll", "cat:attack"),  # sv
        ("дрон врізався в базу", "врізав", "cat:attack"),  # uk
        ("протиракетна оборона", "протиракетн", "cat:intercepted"),  # uk
    ],
    read=True,
)

test_these_phrasings_in_more_languages_are_read = term_cases(
    [
        ("أحبطت الهجوم", "احبط", "cat:intercepted"),  # ar
        ("bazaya endirilən zərbə", "endirilən zərbə", "cat:attack"),  # az
        ("আক্রান্ত হয়েছে", "আক্রান্ত", "cat:attack"),  # bn
        ("پەلاماری دا", "پهلامار", "cat:attack"),  # ckb
        (
            "the coalition against the Islamic State",
            "coalition against the islamic state",
            "cat:coalition",
        ),  # en
        ("حمله‌ی پهپادی", "حمله ي پهپادي", "cat:attack"),  # fa
        ("כוחות ארצות הברית", "כוחות ארצות הברית", "cat:coalition"),  # he
        ("बेस पर ड्रोन से वार किया", "वार किया", "cat:attack"),  # hi
        ("mencegatnya", "mencegat", "cat:intercepted"),  # id
        ("無人機が基地に衝突", "冲突", "cat:attack"),  # ja
        ("미 해병대", "미 해병대", "cat:coalition"),  # ko
        ("Navenda Fermandariya Amerîkî", "navenda fermandariya amerik", "cat:coalition"),  # ku
        ("anggota perkhidmatan AS", "anggota perkhidmatan as", "cat:coalition"),  # ms
        ("هدف وګرځول شوه", "هدف وګرځول", "cat:attack"),  # ps
        ("американцы", "американц", "cat:coalition"),  # ru
        ("ยิงร่วง", "ยงรวง", "cat:intercepted"),  # th
        ("Amerikalıların bulunduğu üs", "amerikalilarin bulundugu", "cat:coalition"),  # tr
        ("اڈے کو ہدف بنایا", "ہدف بنا", "cat:attack"),  # ur
        ("liên quân do Mỹ đứng đầu", "do my đung đau", "cat:coalition"),  # vi
        ("基地被炸", "被炸", "cat:attack"),  # zh
        ("قاذفات بي-1", "قاذفات بي 1", "cat:us_attacker"),  # ar
        ("americké útoky", "americk", "cat:us_attacker"),  # cs
        ("USA svarede med luftangreb", "usa svarede med", "cat:us_attacker"),  # da
        ("von einer US-Drohne getötet", "von einer us drohne", "cat:us_attacker"),  # de
        ("επιδρομή αμερικανικών ειδικών δυνάμεων", "επιδρομ", "cat:us_attacker"),  # el
        ("US struck back", "us struck back", "cat:us_attacker"),  # en
        ("EEUU responde con bombardeos", "eeuu responde con", "cat:us_attacker"),  # es
        ("بمباران‌های آمریکا", "بمباران هاي امريكا", "cat:us_attacker"),  # fa
        ("une attaque américaine", "attaque", "cat:us_attacker"),  # fr
        ("תקיפות אוויריות אמריקניות", "תקיפות אוויריות אמריק", "cat:us_attacker"),  # he
        ("बी-1 बमवर्षक", "बी 1 बमवर्षक", "cat:us_attacker"),  # hi
        ("B-1-es bombázók", "b 1 es bombazo", "cat:us_attacker"),  # hu
        ("pasukan Amerika menyerang", "amerika menyerang", "cat:us_attacker"),  # id
        ("gli Usa hanno effettuato raid", "usa hanno effettuato", "cat:us_attacker"),  # it
        ("米国による攻撃", "米国による攻撃", "cat:us_attacker"),  # ja
        ("미국이 이라크를 공습했다", "미국이", "cat:us_attacker"),  # ko
        (
            "het Amerikaanse leger bombardeerde",
            "amerikaanse leger bombardeerde",
            "cat:us_attacker",
        ),  # nl
        ("Washington slår tilbake", "washington slar tilbake", "cat:us_attacker"),  # no
        ("zginął w ataku amerykańskiego drona", "atak", "cat:us_attacker"),  # pl
        ("o Pentágono disse ter atingido", "pentagono", "cat:us_attacker"),  # pt
        ("Statele Unite au bombardat", "statele unite au bombardat", "cat:us_attacker"),  # ro
        ("бомбардировщики B-52", "бомбардировщик", "cat:us_attacker"),  # ru
        ("B-1-bombplan", "b 1 bombplan", "cat:us_attacker"),  # sv
        ("Pentagon 85 hedefi vurduğunu açıkladı", "pentagon", "cat:us_attacker"),  # tr
        ("американська армія завдала удару", "американська армія завдала", "cat:us_attacker"),  # uk
        ("امریکہ نے جوابی حملہ کیا", "امريكہ نے جوابي", "cat:us_attacker"),  # ur
        ("美军无人机击毙", "美军无人机击毙", "cat:us_attacker"),  # zh
    ],
    read=True,
)

# a weapon's flight towards a target, in the 27 languages that had no such words: read as the
# attack it is when the sentence names the weapon
test_a_weapons_flight_towards_a_target_is_read_as_an_attack = term_cases(
    [
        ("bazaya gedən yolunda raket", "yolunda", "cat:attack"),  # az
        ("дроновете летели към базата", "летели към", "cat:attack"),  # bg
        ("موشەکێک کە بەرەو بنکەکە دەچوو خرایە خوارەوە", "بهرهو", "cat:attack"),  # ckb
        ("blížící se k základně dron", "blizici se k", "cat:attack"),  # cs
        ("en drone i retning af basen", "i retning af", "cat:attack"),  # da
        ("ρουκέτα κατευθυνόμενη προς τη βάση", "κατευθυνομεν", "cat:attack"),  # el
        ("پهپاد در مسیر پایگاه سرنگون شد", "در مسير", "cat:attack"),  # fa
        ("drooneja matkalla kohti tukikohtaa", "kohti", "cat:attack"),  # fi
        ("טילים בדרכם לבסיס", "בדרכמ", "cat:attack"),  # he
        ("बेस की ओर बढ़ रहे ड्रोन", "की ओर बढ़", "cat:attack"),  # hi
        ("dronovi u pravcu baze", "u pravcu", "cat:attack"),  # hr
        ("a bázis felé szálló rakéta", "fele szall", "cat:attack"),  # hu
        ("drone dalam perjalanan ke pangkalan dicegat", "dalam perjalanan ke", "cat:attack"),  # id
        ("基地の方向へ飛行するドローン", "方向へ飞行", "cat:attack"),  # ja
        ("기지를 향해 발사된 로켓", "향해 발사", "cat:attack"),  # ko
        ("droneke li ser riya baregehê hat xistin", "li ser riya", "cat:attack"),  # ku
        ("dron dalam perjalanan ke pangkalan dipintas", "dalam perjalanan ke", "cat:attack"),  # ms
        ("raketten vliegend richting de basis", "vliegend richting", "cat:attack"),  # nl
        ("en drone på vei mot basen ble skutt ned", "pa vei mot", "cat:attack"),  # no
        ("rakieta zmierzała w stronę bazy", "zmierzał", "cat:attack"),  # pl
        ("dronele zburau către aeroport", "zbura", "cat:attack"),  # ro
        ("blížiaci sa k základni dron", "bliziac", "cat:attack"),  # sk
        ("drönarna flög mot basen", "flog mot", "cat:attack"),  # sv
        ("дрон летів у бік аеродрому", "летів у бік", "cat:attack"),  # uk
        ("ڈرون ہوائی اڈے کی جانب جا رہا تھا", "كي جانب جا", "cat:attack"),  # ur
        ("UAV bay về hướng căn cứ", "bay ve huong", "cat:attack"),  # vi
        ("无人机飞往美军基地", "飞往", "cat:attack"),  # zh
    ],
    read=True,
)
