"""The base a lead names, then "the base" hit a line below (in our own words): "The coalition
handed its part of Besmaya base to Iraqi forces." "On Friday the base was hit by several
Katyusha rockets." tells an attack on Besmaya, though the lead that names it tells none; a
story whose lead names a base and whose "base" below is hit by nothing stays untaken. "This
base" is the one the sentence before names, though the story names others ("It was this base
that a missile struck", below the Fifth Fleet's headquarters, above blasts heard near Al
Udeid)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

SATURDAY = local_time("2020-07-25", 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "A coligação internacional liderada pelos EUA entregou às forças iraquianas o setor "
            "da base de Besmayah que controlava.\n\nNesta sexta-feira, a base foi atingida por "
            "vários rockets Katyusha, sem feridos.",
        ),
        (
            "en",
            "The US-led coalition handed its sector of Besmaya base over to Iraqi forces on "
            "Saturday.\n\nOn Friday the base was hit by several Katyusha rockets, with no one "
            "hurt.",
        ),
    ],
)
def test_the_base_below_a_lead_that_names_it(language: str, text: str) -> None:
    d = _match("", text, SATURDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["besmaya"]
    assert d.attack_date == date(2020, 7, 24)


def test_a_lead_that_names_a_base_and_no_attack_stays_untaken() -> None:
    d = _match(
        "",
        "The US-led coalition handed its sector of Besmaya base over to Iraqi forces on "
        "Saturday.\n\nThe base trained a fifth of Iraq's security forces since 2014, a "
        "coalition spokesman said.",
        SATURDAY,
    )
    assert not d.attack


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Les bases américaines du Golfe dans le viseur de l'Iran",
            "Plusieurs installations américaines de la région pourraient subir des représailles."
            "\n\nBahreïn\n\nLe royaume abrite le quartier général de la Cinquième flotte "
            "américaine, un grand port militaire. C'est cette base qu'un missile a frappée "
            "samedi, selon les autorités du royaume.\n\nQatar\n\nDes explosions ont été "
            "entendues samedi près d'Al-Udeid, la plus grande base américaine de la région.",
        ),
        (
            "en",
            "The US bases in the Gulf within Iran's reach",
            "Several American sites in the region could face reprisals.\n\nBahrain\n\nThe "
            "kingdom is home to a large naval base, the Fifth Fleet headquarters. It was this "
            "base that a missile struck on Saturday, the kingdom's authorities said.\n\n"
            "Qatar\n\nBlasts were heard on Saturday near Al Udeid, the largest US air base in "
            "the region.",
        ),
    ],
)
def test_this_base_is_the_one_the_sentence_before_names(
    language: str, title: str, text: str
) -> None:
    d = _match(title, text, local_time("2026-02-28", 18), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["nsa-bahrain"]
    assert d.attack_date == date(2026, 2, 28)
