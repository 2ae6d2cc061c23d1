"""Romance term files (French, Spanish, Italian, Portuguese, Romanian), second round: reports
and look-alikes written for these tests after the facts of real attacks, in the words the
newer outlets use (the unnamed US base of southern Syria, Green Village by its translated
name, the US bases of the Gulf, a base hosting US aircraft), and the words of one language
that must not fire in another's text."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time as _at
from tests.reports import look_alike_cases, matcher, report_cases

REPORTS = [
    (
        "fr",
        "Syrie : des drones visent une base américaine",
        "Deux drones ont visé mercredi une base militaire américaine dans le sud de la Syrie, "
        "ont indiqué des responsables du Pentagone. L'un des appareils a été abattu, l'autre a "
        "causé des blessures légères à plusieurs militaires.",
        _at("2023-10-19", 10),
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
    (
        "es",
        "Drones suicidas contra la Villa Verde en el este de Siria",
        "Varios drones suicidas impactaron el lunes por la noche en la Villa Verde, donde están "
        "estacionadas tropas estadounidenses en la provincia de Deir ez Zor, según un "
        "corresponsal de la televisión local, que habló de fuertes explosiones.",
        _at("2024-02-06", 10),
        "green-village",
        "2024-02-05",
        "drone",
    ),
    (
        "es",
        "Cohetes contra una base iraquí con aviones estadounidenses",
        "Cuatro cohetes cayeron el domingo en una base aérea iraquí que alberga aviones "
        "estadounidenses, al norte de Bagdad, y uno alcanzó el comedor de una empresa "
        "contratista, informó una fuente de seguridad. La base de Balad acoge cazas F-16.",
        _at("2021-04-19", 10),
        "balad-air-base",
        "2021-04-18",
        "rocket",
    ),
    (
        "pt",
        "Base dos EUA no sul da Síria atacada por drones",
        "Uma base militar no sul da Síria, onde militares norte-americanos treinam forças locais, "
        "foi atacada por dois drones na quarta-feira, disseram autoridades dos EUA. Um dos "
        "aparelhos foi abatido e o outro causou ferimentos leves.",
        _at("2023-10-19", 10),
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
    (
        "ro",
        "Bază americană din sudul Siriei, atacată cu drone",
        "O bază militară din sudul Siriei, unde sunt staționați militari americani, a fost "
        "atacată miercuri cu două drone, au declarat oficiali americani. Una dintre drone a "
        "fost doborâtă, iar cealaltă a provocat răniri ușoare.",
        _at("2023-10-19", 10),
        "al-tanf",
        "2023-10-18",
        "drone",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


def test_the_us_bases_of_the_gulf_in_italian_are_the_gulf() -> None:
    d = _match(
        "Missili iraniani sulle basi Usa nel Golfo",
        "Nella notte di domenica Teheran ha lanciato missili balistici contro le basi Usa nel "
        "Golfo, che ospitano migliaia di militari americani; la difesa aerea ne ha intercettati "
        "diversi, secondo fonti della sicurezza.",
        _at("2025-06-23", 10),
    )
    assert d.attack, d.reasons
    assert d.bases == ()
    assert d.region is not None
    assert d.region.id == "gulf"
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == "2025-06-22"
    assert d.weapons == ("missile",)


LOOK_ALIKES = [
    (
        "fr",
        "Les États-Unis frappent des positions du Kataeb Hezbollah",
        "Les États-Unis frappent cinq positions du Kataeb Hezbollah en Irak et en Syrie, en "
        "réponse aux tirs de roquettes contre une base abritant des soldats américains près de "
        "Kirkouk, a annoncé le Pentagone.",
    ),
    (
        "fr",
        "Washington riposte après l'attaque d'Erbil",
        "L'armée américaine a procédé à des frappes sur trois installations utilisées par des "
        "milices en Irak, une réponse à l'attaque de drone contre la base aérienne d'Erbil qui "
        "avait blessé trois militaires américains.",
    ),
    (
        "it",
        "Convoglio della coalizione colpito vicino a Taji",
        "Un convoglio logistico della coalizione internazionale è stato colpito da razzi nei "
        "pressi della base di Taji, a nord di Baghdad; un camion ha preso fuoco e non ci sono "
        "feriti, secondo l'esercito iracheno.",
    ),
    (
        "it",
        "Milley in visita ad Al Tanf",
        "Il capo di Stato maggiore americano è arrivato ad Al Tanef, dove la stessa base di Al "
        "Tanf è stata attaccata dai droni delle milizie nelle ultime settimane.",
    ),
    (
        "es",
        "Las milicias prometen vengar a su comandante",
        "Las milicias proiraníes prometieron vengar la muerte de su comandante atacando la base "
        "de Ain al Asad, que alberga tropas estadounidenses, con cohetes y drones.",
    ),
    (
        "pt",
        "Há cinco anos, mísseis iranianos contra Ain al-Asad",
        "Há cinco anos, o Irã disparou mísseis balísticos contra a base aérea de Ain al-Asad, "
        "que abriga tropas norte-americanas, em resposta à morte do general Soleimani.",
    ),
    (
        "ro",
        "Milițiile promit să atace bazele americane",
        "Milițiile susținute de Iran au promis să atace cu rachete și drone baza aeriană Ain "
        "al-Asad, unde sunt staționați militari americani, dacă trupele nu se retrag.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a town's name ("Villa Verde", "Vila Verde") is Green Village only beside a base word
        # or with US forces named
        ("Un dron cayó en Villa Verde, un pueblo de la provincia.", []),
        ("Um drone caiu em Vila Verde, no norte de Portugal.", []),
        ("Un dron impactó en la base de Villa Verde, en Siria.", ["green-village"]),
        ("Drones atacaron la Villa Verde, que usa el ejército estadounidense.", ["green-village"]),
    ],
)
def test_a_translated_base_name_needs_a_base_word(sentence: str, places: list[str]) -> None:
    reading = matcher().reader.read(1, sentence)
    assert [e.place.id for e in reading.places] == places
