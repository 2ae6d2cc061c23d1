"""Bases beyond the Gulf that Iran struck in 2026 (in our own words, after real reports): a
drone on RAF Akrotiri in Cyprus, where the coalition's British jets fly from, shortly after
midnight on Monday 2 March; two ballistic missiles fired at Diego Garcia in the Indian Ocean
on 20 March, one failing in flight, neither hitting. And the bases aircraft take off from,
which are no targets: "Typhoons flying from Akrotiri shot down the drones"."""

from __future__ import annotations

from monitor.detect.gazetteer import hosted_in, load_gazetteer
from tests.reports import bases as _bases
from tests.reports import by_language, local_time, report_cases
from tests.reports import detect as _match

MARCH_2 = local_time("2026-03-02", 11)
MARCH_21 = local_time("2026-03-21", 11)

test_a_drone_on_akrotiri_and_missiles_at_diego_garcia_are_taken = report_cases(
    [
        (
            "en",
            "Suspected drone hits British air base in Cyprus",
            "A suspected drone struck RAF Akrotiri in Cyprus shortly after midnight on Monday, "
            "causing limited damage and no casualties, the Ministry of Defence said. People "
            "living near the base were told to stay indoors.",
            MARCH_2,
            "raf-akrotiri",
            "2026-03-02",
            "drone",
        ),
        (
            "fr",
            "Un drone frappe une base britannique à Chypre",
            "Un drone a touché la base aérienne d'Akrotiri, à Chypre, peu après minuit lundi, "
            "sans faire de victimes, a indiqué le gouvernement chypriote. Les dégâts sont "
            "limités.",
            MARCH_2,
            "raf-akrotiri",
            "2026-03-02",
            "drone",
        ),
        (
            "el",
            "Drone έπληξε τη βρετανική βάση στην Κύπρο",
            "Drone έπληξε τη βάση του Ακρωτηρίου λίγο μετά τα μεσάνυχτα της Δευτέρας, "
            "προκαλώντας περιορισμένες ζημιές χωρίς θύματα, ανακοίνωσε ο κυβερνητικός "
            "εκπρόσωπος.",
            MARCH_2,
            "raf-akrotiri",
            "2026-03-02",
            "drone",
        ),
        (
            "ru",
            "Беспилотник атаковал британскую базу на Кипре",
            "В понедельник вскоре после полуночи беспилотник атаковал авиабазу Акротири на "
            "Кипре, ущерб ограничен, пострадавших нет, сообщило министерство обороны "
            "Великобритании.",
            MARCH_2,
            "raf-akrotiri",
            "2026-03-02",
            "drone",
        ),
        (
            "en",
            "Iran fires two ballistic missiles at Diego Garcia",
            "Iran fired two intermediate-range ballistic missiles at the joint US-British base "
            "on Diego Garcia on Friday, US officials said. One failed in flight and a US warship "
            "fired an interceptor at the other; neither hit the base.",
            MARCH_21,
            "diego-garcia",
            "2026-03-20",
            "missile",
        ),
        (
            "es",
            "Irán lanza misiles contra la base de Diego García",
            "Irán disparó el viernes dos misiles balísticos contra la base de Diego García, en "
            "el océano Índico, según funcionarios estadounidenses. Ninguno alcanzó la isla.",
            MARCH_21,
            "diego-garcia",
            "2026-03-20",
            "missile",
        ),
        (
            "ar",
            "إيران تطلق صاروخين على دييغو غارسيا",
            "أطلقت إيران يوم الجمعة صاروخين باليستيين على قاعدة دييغو غارسيا الأمريكية "
            "البريطانية في المحيط الهندي، ولم يصب أي منهما القاعدة، بحسب مسؤولين أمريكيين.",
            MARCH_21,
            "diego-garcia",
            "2026-03-20",
            "missile",
        ),
        (
            "zh",
            "伊朗向迪戈加西亚发射导弹",
            "美国官员说,伊朗3月20日向美英在印度洋的迪戈加西亚基地发射了两枚中程弹道导弹,"
            "一枚在飞行中失灵,另一枚遭美国军舰拦截,均未击中基地。",
            MARCH_21,
            "diego-garcia",
            "2026-03-20",
            "missile",
        ),
        (  # the island named, with the base word some words before it
            "ro",
            "Iranul a tras două rachete spre Diego Garcia",
            "Vineri, Iranul a lansat două rachete balistice cu rază intermediară asupra bazei "
            "navale comune americano-britanice de pe insula Diego Garcia; niciuna nu și-a "
            "atins ținta.",
            MARCH_21,
            "diego-garcia",
            "2026-03-20",
            "missile",
        ),
        (  # the base of the British air force at Akrotiri, with the base word far before it
            "el",
            "Ιρανικό drone στη βρετανική βάση της Κύπρου",
            "Ένα ιρανικό drone καμικάζι χτύπησε λίγο μετά τα μεσάνυχτα τον διάδρομο στη βάση της "
            "Βρετανικής Πολεμικής Αεροπορίας στο Ακρωτήρι, χωρίς θύματα.",
            MARCH_2,
            "raf-akrotiri",
            "2026-03-02",
            "drone",
        ),
    ]
)


@by_language(
    ("language", "title", "text", "base"),
    [
        (
            "en",
            "RAF jets shoot down Iranian drones over Jordan",
            "British Typhoons flying from RAF Akrotiri shot down several Iranian drones over "
            "Jordan on Monday night, the defence secretary said.",
            None,
        ),
        (
            "en",
            "Drones target Harir base",
            "Drones attacked the Harir base on Monday night, hours after American fighter jets "
            "flying out of Al Udeid struck militia depots near the border.",
            "harir-air-base",
        ),
        (
            "fr",
            "Des Rafale abattent des drones",
            "Des Rafale décollant de la base d'Akrotiri ont abattu lundi des drones iraniens "
            "au-dessus de l'Irak.",
            None,
        ),
    ],
)
def test_a_base_aircraft_took_off_from_is_no_target(
    language: str, title: str, text: str, base: str | None
) -> None:
    d = _match(title, text, MARCH_2)
    assert "raf-akrotiri" not in _bases(d)
    assert "al-udeid-air-base" not in _bases(d)
    if base is not None:
        assert _bases(d) == [base], d.reasons


def test_a_drone_flying_from_elsewhere_to_the_base_still_hits_it() -> None:
    d = _match(
        "Drone hits British base",
        "A drone flying from Lebanon struck RAF Akrotiri shortly after midnight on Monday, "
        "causing limited damage, officials said.",
        MARCH_2,
    )
    assert _bases(d) == ["raf-akrotiri"], d.reasons


def test_a_man_named_diego_garcia_is_no_base() -> None:
    d = _match(
        "Misiles iraníes contra Al Udeid",
        "Misiles iraníes alcanzaron el lunes la base aérea de Al Udeid, en Catar, según "
        "informó desde Doha el corresponsal Diego García.",
        MARCH_2,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]


def test_akrotiri_hosts_the_coalition_since_2014_and_diego_garcia_the_us_since_1971() -> None:
    hosted = {e.place.id: e.hosted for e in load_gazetteer().bases}
    assert hosted_in(hosted["raf-akrotiri"], 2015)
    assert not hosted_in(hosted["raf-akrotiri"], 1986)  # Libyan militants' attack, pre-coalition
    assert hosted_in(hosted["diego-garcia"], 2026)
