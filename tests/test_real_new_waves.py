"""A new wave of attacks is news (in our own words): the Revolutionary Guards' statements of
2026 number their salvos as waves ("a new wave of attacks, this time on a US base in
Bahrain", "una nueva oleada de ataques", "la 14e vague d'attaques"), and so is one launched
("mengumumkan peluncuran gelombang serangan drone": announced the launch of a wave of drone
attacks). "A wave of attacks" on its own still recalls a run of earlier ones."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match
from tests.reports import matcher

TUESDAY = datetime(2026, 3, 3, 12, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "The Revolutionary Guards said on Tuesday morning they had launched a new wave of "
        "attacks, this time with drones against a US military base in Bahrain.",
        "La Guardia Revolucionaria anunció este martes haber lanzado una nueva oleada de "
        "ataques con drones, esta vez contra una base militar de Estados Unidos en Baréin.",
        "Les Gardiens de la révolution ont annoncé mardi une nouvelle vague d'attaques de "
        "drones, cette fois contre une base militaire américaine à Bahreïn.",
        "Le Guardie rivoluzionarie hanno annunciato martedì una nuova ondata di attacchi con "
        "droni contro una base militare americana in Bahrein.",
    ],
)
def test_a_new_wave_of_attacks_is_the_news(text: str) -> None:
    d = _match("", text, TUESDAY)
    assert d.attack
    assert d.region is not None
    assert d.region.id == "gulf"


def test_a_wave_launched_is_the_news_too() -> None:
    d = _match(
        "",
        "Militer Iran mengumumkan peluncuran gelombang serangan drone kamikaze yang menargetkan "
        "pangkalan militer AS di Kuwait, Jumat (6/3) sore waktu setempat.",
        datetime(2026, 3, 7, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2026, 3, 6)


def test_a_numbered_wave_is_the_news_too() -> None:
    reading = matcher().reader.read(
        1,
        "The Guards said their 14th wave of attacks struck a US base in Bahrain with drones.",
        lead=True,
        year=2026,
    )
    assert "recall" not in reading.flags


def test_a_wave_of_attacks_alone_still_recalls_earlier_ones() -> None:
    reading = matcher().reader.read(
        3,
        "The strike is the latest in a wave of attacks on US bases in Bahrain and Kuwait.",
        year=2026,
    )
    assert "recall" in reading.flags
