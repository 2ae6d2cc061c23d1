"""Spanish, Italian and Portuguese wordings the term files lacked (in our own words): the
usual ways to say nobody was hurt ("nadie resultó herido", "nessuno è rimasto ferito",
"ninguém ficou ferido"), a claim in the present tense or by "assumiu o ataque", troops
"being evaluated for possible brain injuries", an attack "repelled", a region named by an
adjective ("el noreste sirio", "l'est siriano", "o leste sírio"), a Portuguese weekday
without "-feira" ("na madrugada de sexta"), and the hard negatives of threats ("legitimate
targets", "if we are attacked"), anniversaries of a killing and the fallen flown home; and
elided words written with their apostrophe, as the text has them ("un'altra base")."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import term_cases

MONDAY = datetime(2024, 1, 29, 10, 0, tzinfo=IRAQ)

test_nobody_hurt_is_read = term_cases(
    [
        ("Nadie resultó herido en el ataque.", "nadie resulto herido", "cat:no_casualties"),
        (
            "Los cohetes cayeron sin provocar víctimas.",
            "sin provocar victimas",
            "cat:no_casualties",
        ),
        ("El dron cayó sin dejar víctimas.", "sin dejar victimas", "cat:no_casualties"),
        ("El ataque no dejó ninguna víctima.", "ninguna victima", "cat:no_casualties"),
        ("No se registran heridos ni daños.", "no se registran heridos", "cat:no_casualties"),
        ("Ningún soldado resultó herido.", "ningun soldado resulto herido", "cat:no_casualties"),
        ("Los cohetes cayeron sin causar muertes.", "sin causar muertes", "cat:no_deaths"),
        ("Nessuno è rimasto ferito nell'attacco.", "nessuno e rimasto ferito", "cat:no_casualties"),
        (
            "Non ci sono state vittime tra i soldati.",
            "non ci sono state vittime",
            "cat:no_casualties",
        ),
        (
            "I razzi sono caduti senza provocare vittime.",
            "senza provocare vittime",
            "cat:no_casualties",
        ),
        (
            "Nessun militare è rimasto ferito.",
            "nessun militare e rimasto ferito",
            "cat:no_casualties",
        ),
        ("Per ora non si registrano morti.", "non si registrano morti", "cat:no_deaths"),
        ("Ninguém ficou ferido no ataque.", "ninguem ficou ferido", "cat:no_casualties"),
        ("Os foguetes caíram sem deixar vítimas.", "sem deixar vitimas", "cat:no_casualties"),
        ("Não há registro de feridos.", "nao ha registro de feridos", "cat:no_casualties"),
        (
            "Nenhum soldado morreu ou ficou ferido.",
            "nenhum soldado morreu ou ficou ferido",
            "cat:no_casualties",
        ),
        ("Não houve mortos, segundo a polícia.", "nao houve mortos", "cat:no_deaths"),
    ],
    read=True,
)

test_a_claim_is_read = term_cases(
    [
        ("La milicia asume la autoría del ataque.", "asume la autoria", "cat:claim"),
        ("El grupo se atribuye el lanzamiento del dron.", "se atribuye", "cat:claim"),
        ("Il gruppo si è attribuito l'attacco alla base.", "si e attribuito", "cat:claim"),
        ("Il gruppo afferma di aver lanciato due droni.", "afferma di aver", "cat:claim"),
        ("O grupo assumiu o ataque num comunicado.", "assumiu o ataque", "cat:claim"),
        ("A milícia assume a autoria do ataque.", "assume a autoria", "cat:claim"),
    ],
    read=True,
)

test_a_toll_word_is_read = term_cases(
    [
        (
            "Cuatro militares son evaluados por posibles lesiones cerebrales.",
            "evaluados por posibles",
            "cat:injured",
        ),
        (
            "Quattro militari sono sotto osservazione per traumi cranici.",
            "sotto osservazione per",
            "cat:injured",
        ),
        (
            "Quatro militares são avaliados por possíveis lesões cerebrais.",
            "avaliados por possiveis",
            "cat:injured",
        ),
    ],
    read=True,
)

test_a_repelled_attack_is_read = term_cases(
    [
        ("La coalición repelió un ataque con drones.", "repelio", "cat:intercepted"),
        ("La coalizione ha respinto un attacco con droni.", "ha respinto", "cat:intercepted"),
        ("A coalizão repeliu um ataque com drones.", "repeliu", "cat:intercepted"),
    ],
    read=True,
)

test_a_hard_negative_is_read = term_cases(
    [
        ("Las bases serán objetivos legítimos.", "objetivos legitimos", "cat:threat"),
        ("Si somos atacados, responderemos.", "si somos atacados", "cat:threat"),
        ("L'Iran ha avvertito che le basi saranno colpite.", "ha avvertito che", "cat:threat"),
        ("Le basi saranno bersagli legittimi.", "bersagli legittimi", "cat:threat"),
        ("Se formos atacados, vamos responder.", "se formos atacados", "cat:threat"),
        ("O Irã vai atingir as bases americanas.", "vai atingir", "cat:threat"),
        (
            "Al cumplirse dos años del asesinato del general.",
            "al cumplirse dos anos",
            "cat:anniversary",
        ),
        (
            "Una veglia a quattro anni dall'uccisione del generale.",
            "anni dall'uccisione",
            "cat:anniversary",
        ),
        (
            "Uma vigília pelos dois anos do assassinato do general.",
            "anos do assassinato",
            "cat:anniversary",
        ),
        ("Llegaron los restos de los tres soldados.", "restos de los tres soldados", "cat:event"),
        ("Il presidente ha accolto le salme dei soldati.", "salme", "cat:event"),
        (
            "O presidente recebeu os corpos dos três soldados.",
            "corpos dos tres soldados",
            "cat:event",
        ),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos cohetes cayeron el domingo en la base de Ain al Asad. Nadie resultó herido."),
        ("es", "Dos cohetes cayeron el domingo en la base de Ain al Asad sin dejar víctimas."),
        (
            "it",
            "Due razzi sono caduti domenica sulla base di Ain al Asad. Nessuno è rimasto ferito.",
        ),
        ("pt", "Dois foguetes caíram no domingo na base de Ain al Asad. Ninguém ficou ferido."),
    ],
)
def test_nobody_hurt_gives_no_toll(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert (d.killed, d.injured) == (0, 0)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Cuatro militares estadounidenses están siendo evaluados por posibles lesiones "
            "cerebrales tras un ataque con cohetes contra la base de Ain al Asad el domingo.",
        ),
        (
            "it",
            "Quattro militari americani sono sotto osservazione per possibili traumi cranici "
            "dopo un attacco con razzi contro la base di Ain al Asad domenica.",
        ),
        (
            "pt",
            "Quatro militares americanos estão sendo avaliados por possíveis lesões cerebrais "
            "após um ataque com foguetes contra a base de Ain al Asad no domingo.",
        ),
    ],
)
def test_troops_evaluated_for_brain_injuries_are_counted(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.injured == 4


@pytest.mark.parametrize(
    ("language", "text", "claimant"),
    [
        (
            "pt",
            "Dois drones atingiram no domingo a base de Ain al Asad. Em comunicado divulgado "
            "horas depois, a Resistência Islâmica no Iraque, uma rede de milícias apoiadas pelo "
            "Irão e ativas no Iraque e na Síria, assumiu o ataque.",
            "Islamic Resistance in Iraq",
        ),
        (
            "it",
            "Due droni hanno colpito domenica la base di Ain al Asad. Kataib Hezbollah, una delle "
            "milizie filo-iraniane più potenti e meglio armate del paese, si è attribuita "
            "l'operazione in un comunicato.",
            "Kataib Hezbollah",
        ),
        (
            "es",
            "Dos drones alcanzaron el domingo la base de Ain al Asad. La Resistencia Islámica en "
            "Irak, una red de milicias respaldadas por Irán y activas en Irak y Siria, se "
            "atribuye la operación en un comunicado.",
            "Islamic Resistance in Iraq",
        ),
    ],
)
def test_the_claimant_is_read(language: str, text: str, claimant: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.claimed_by == claimant


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        (
            "es",
            "Un dron atacó el domingo una base que alberga tropas estadounidenses en el "
            "noreste sirio.",
            "ne-syria",
        ),
        (
            "es",
            "Un dron atacó el domingo una base que alberga tropas estadounidenses en el oeste "
            "iraquí.",
            "western-iraq",
        ),
        (
            "it",
            "Un drone ha attaccato domenica una base che ospita truppe americane nell'est siriano.",
            "eastern-syria",
        ),
        (
            "it",
            "Un drone ha attaccato domenica una base che ospita truppe americane nel nord "
            "iracheno.",
            "northern-iraq",
        ),
        (
            "pt",
            "Um drone atacou no domingo uma base que abriga tropas americanas no leste sírio.",
            "eastern-syria",
        ),
        (
            "pt",
            "Um drone atacou no domingo uma base que abriga tropas americanas no oeste iraquiano.",
            "western-iraq",
        ),
        (
            "pt",
            "Drones atacaram no domingo uma base militar situada no sul da Síria, onde há "
            "tropas americanas.",
            "al-tanf",
        ),
    ],
)
def test_a_region_named_by_an_adjective_places_the_attack(
    language: str, text: str, region: str
) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == [region]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dois foguetes caíram na base de Ain al Asad na madrugada de sexta.", date(2024, 1, 26)),
        ("Dois foguetes caíram na base de Ain al Asad na noite de quinta.", date(2024, 1, 25)),
        ("Dois foguetes caíram na base de Ain al Asad na sexta passada.", date(2024, 1, 26)),
    ],
)
def test_a_portuguese_weekday_without_feira_dates_the_attack(text: str, day: date) -> None:
    d = _match("", text, MONDAY, language="pt")
    assert d.attack, d.reasons
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos cohetes cayeron la pasada noche en la base de Ain al Asad."),
        ("it", "Due razzi sono caduti la scorsa notte sulla base di Ain al Asad."),
    ],
)
def test_last_night_is_yesterday(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "es",
            "Biden recibe a los caídos",
            "El presidente asistió a la llegada de los restos de "
            "los tres soldados muertos en el ataque con drones contra la Torre 22 en Jordania.",
        ),
        (
            "it",
            "Biden accoglie i caduti",
            "Il presidente ha accolto le salme dei tre soldati "
            "uccisi nell'attacco con droni contro la Torre 22 in Giordania.",
        ),
        (
            "pt",
            "Biden recebe os corpos",
            "O presidente recebeu os corpos dos três soldados mortos "
            "no ataque com drones contra a Torre 22 na Jordânia.",
        ),
        (
            "it",
            "Iran avverte gli Usa",
            "L'Iran ha avvertito che le basi americane nella regione "
            "saranno obiettivi legittimi in caso di attacco.",
        ),
        (
            "pt",
            "Ministro fala das bases",
            "Se formos atacados, o Irã vai atingir bases americanas, afirmou o ministro da Defesa.",
        ),
    ],
)
def test_a_hard_negative_is_not_taken(language: str, title: str, text: str) -> None:
    d = _match(title, text, MONDAY, language=language)
    assert not d.attack


def test_a_spanish_missile_adjective_names_the_weapon() -> None:
    d = _match(
        "",
        "Un ataque misilístico alcanzó el domingo la base de Ain al Asad.",
        MONDAY,
        language="es",
    )
    assert d.attack, d.reasons
    assert d.weapons == ("missile",)


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        (
            "pt",
            "Um ataque com drones contra a base de Al Tanf causou no domingo a morte de três "
            "militares americanos.",
            3,
            None,
        ),
        (
            "it",
            "Un attacco con droni contro la base di Al Tanf ha causato domenica la morte di tre "
            "militari americani e il ferimento di altri 25.",
            3,
            25,
        ),
    ],
)
def test_the_death_of_and_the_wounding_of_count_the_toll(
    language: str, text: str, killed: int, injured: int | None
) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "es",
            "Tres cohetes cayeron el domingo cerca de la embajada norteamericana en Bagdad.",
            "baghdad-embassy",
        ),
        (
            "es",
            "Tres cohetes cayeron el domingo cerca del consulado norteamericano en Erbil.",
            "erbil-consulate",
        ),
        (
            "es",
            "Tres cohetes cayeron el domingo cerca de la embajada de Washington en Bagdad.",
            "baghdad-embassy",
        ),
        (
            "it",
            "Tre razzi sono caduti domenica vicino all'ambasciata di Washington a Baghdad.",
            "baghdad-embassy",
        ),
        (
            "pt",
            "Três foguetes caíram no domingo perto da embaixada de Washington em Bagdá.",
            "baghdad-embassy",
        ),
    ],
)
def test_the_us_mission_named_by_its_adjective_or_capital(
    language: str, text: str, place: str
) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == [place]


test_having_hit_the_base_is_read = term_cases(
    [
        (
            "I pasdaran hanno reso noto di aver centrato la base aerea di Harir.",
            "aver centrato",
            "cat:attack",
        ),
        (
            "I pasdaran hanno reso noto di aver centrato la base aerea di Harir.",
            "di aver centrato",
            "cat:claim",
        ),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Un attacco con droni contro la Torre 22 in Giordania ha ucciso domenica tre "
            "militari americani e ne ha feriti due dozzine.",
        ),
        (
            "es",
            "Un ataque con drones contra la Torre 22 en Jordania mató el domingo a tres "
            "militares estadounidenses e hirió a decenas de otros.",
        ),
    ],
)
def test_dozens_wounded_are_counted(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert d.injured == 24


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Un ataque con drones mató a tres soldados estadounidenses en la base de Al Tanf el "
            "domingo.",
            3,
            None,
        ),
        (
            "Un ataque con drones hirió a seis soldados estadounidenses en la base de Al Tanf el "
            "domingo.",
            None,
            6,
        ),
        (
            "Un ataque con drones dejó heridos a seis soldados estadounidenses en la base de Al "
            "Tanf el domingo.",
            None,
            6,
        ),
    ],
)
def test_the_spanish_a_before_the_people_is_not_one(
    text: str, killed: int | None, injured: int | None
) -> None:
    d = _match("", text, MONDAY, language="es")
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        (
            "es",
            "El ataque con drones contra la base de Al Tanf costó la vida a tres soldados "
            "estadounidenses el domingo.",
            3,
            None,
        ),
        (
            "es",
            "El ataque con drones contra la base de Al Tanf causó heridas a seis soldados "
            "estadounidenses el domingo.",
            None,
            6,
        ),
        (
            "it",
            "L'attacco con droni contro la base di Al Tanf è costato la vita a tre soldati "
            "americani domenica.",
            3,
            None,
        ),
        (
            "pt",
            "O ataque com drones contra a base de Al Tanf custou a vida de três soldados "
            "americanos no domingo.",
            3,
            None,
        ),
        (
            "es",
            "Una veintena de militares estadounidenses resultaron heridos en el ataque con "
            "drones contra la base de Al Tanf el domingo.",
            None,
            20,
        ),
    ],
)
def test_a_toll_told_by_the_lives_it_cost(
    language: str, text: str, killed: int | None, injured: int | None
) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un dron atacó el domingo una base que aloja a asesores de la coalición en el oeste "
            "de Irak.",
        ),
        (
            "pt",
            "Um drone atacou no domingo uma base que acolhe assessores da coligação no oeste "
            "do Iraque.",
        ),
    ],
)
def test_coalition_advisers_make_the_base_a_coalition_one(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["western-iraq"]


# a word Italian, French and Catalan always elide before a vowel: a term that writes it with
# a space ("l altra base") never matches the text's "l'altra base"
_ELIDED = re.compile(r"(?:^|\s)(?:l|d|dell|all|nell|sull|dall|qu|j|c|m|t|s|n)\s")


@pytest.mark.parametrize("language", ["it", "fr", "ca"])
def test_elided_words_are_written_with_their_apostrophe(language: str) -> None:
    path = Path(__file__).resolve().parents[1] / "monitor/detect/languages" / f"{language}.toml"

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    terms = strings(tomllib.loads(path.read_text(encoding="utf-8")))
    assert len(terms) > 100
    assert [t for t in terms if _ELIDED.search(t)] == []
