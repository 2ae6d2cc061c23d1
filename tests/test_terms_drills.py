"""Military exercises in the languages whose term files had no drill words: "the blasts
heard at Ain al-Asad came from a military exercise" is no attack, in Korean, Greek,
Hungarian, Romanian, Ukrainian, Bulgarian, Croatian, Bosnian, Serbian, Slovenian and
Macedonian (in our own words). And a term file's list written outside its table is an error
that says where it belongs, not a list silently left unread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from monitor.detect.terms import load_terms
from monitor.errors import ConfigError
from tests.reports import LOCAL as IRAQ
from tests.reports import detect

WEDNESDAY = datetime(2024, 1, 24, 10, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # ko
            "아인알아사드 기지서 폭발음",
            "화요일 미군이 주둔한 아인알아사드 공군기지에서 들린 "
            "폭발음은 군사훈련 때문이었다고 관계자들이 밝혔다.",
        ),
        (  # el
            "Εκρήξεις στη βάση Αΐν αλ Ασάντ",
            "Οι εκρήξεις που ακούστηκαν την Τρίτη στην αεροπορική βάση "
            "Αΐν αλ Ασάντ, όπου σταθμεύουν Αμερικανοί στρατιώτες, "
            "προήλθαν από στρατιωτική άσκηση, ανέφεραν αξιωματούχοι.",
        ),
        (  # hu
            "Robbanások az Ain al-Aszad légibázison",
            "A kedden hallott robbanások az amerikai katonáknak otthont "
            "adó Ain al-Aszad légibázison hadgyakorlat miatt voltak, "
            "közölték tisztviselők.",
        ),
        (  # ro
            "Explozii la baza Ain al-Asad",
            "Exploziile auzite marți la baza aeriană Ain al-Asad, unde "
            "sunt staționați militari americani, au provenit dintr-un "
            "exercițiu militar, au declarat oficialii.",
        ),
        (  # uk
            "Вибухи на базі Айн аль-Асад",
            "Вибухи, які пролунали у вівторок на авіабазі Айн аль-Асад, "
            "де розміщені американські військові, були частиною "
            "військових навчань, заявили посадовці.",
        ),
        (  # bg
            "Експлозии в базата Айн ал Асад",
            "Експлозиите, чути във вторник във военновъздушната база Айн "
            "ал Асад, където са разположени американски войници, са били "
            "от военно учение, съобщиха служители.",
        ),
        (  # hr
            "Eksplozije u bazi Ain al-Asad",
            "Eksplozije čute u utorak u zračnoj bazi Ain al-Asad, gdje su"
            " smješteni američki vojnici, bile su dio vojne vježbe, rekli"
            " su dužnosnici.",
        ),
        (  # sr
            "Eksplozije u bazi Ain al-Asad",
            "Eksplozije koje su se čule u utorak u vazduhoplovnoj bazi "
            "Ain al-Asad, gde su stacionirani američki vojnici, bile su "
            "deo vojne vežbe, rekli su zvaničnici.",
        ),
        (  # sl
            "Eksplozije v oporišču Ain al Asad",
            "Eksplozije, ki so jih v torek slišali v letalskem oporišču "
            "Ain al Asad, kjer so nameščeni ameriški vojaki, so bile del "
            "vojaške vaje, so sporočili uradniki.",
        ),
        (  # mk
            "Експлозии во базата Аин ал Асад",
            "Експлозиите што се слушнаа во вторник во воздухопловната "
            "база Аин ал Асад, каде што се стационирани американски "
            "војници, биле дел од воена вежба, соопштија официјални лица.",
        ),
    ],
)
def test_blasts_from_a_military_exercise_are_no_attack(title: str, text: str) -> None:
    d = detect(title, text, WEDNESDAY)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "아인알아사드 기지에 로켓",
            "화요일 밤 미군이 주둔한 아인알아사드 공군기지에 로켓 세 발이 떨어졌다.",
        ),
        (
            "Ρουκέτες στη βάση Αΐν αλ Ασάντ",
            "Τρεις ρουκέτες έπληξαν την Τρίτη την αεροπορική βάση Αΐν αλ Ασάντ, όπου σταθμεύουν "
            "Αμερικανοί στρατιώτες.",
        ),
    ],
)
def test_an_attack_in_those_languages_is_still_one(title: str, text: str) -> None:
    d = detect(title, text, WEDNESDAY)
    assert d.attack, d.reasons


def test_a_list_outside_the_terms_table_is_an_error_that_says_where(tmp_path: Path) -> None:
    (tmp_path / "xx.toml").write_text(
        'language = "xx"\ndrill = ["military exercise"]\n[terms]\nattack = ["hit"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_terms(tmp_path)
    assert "xx.toml" in str(caught.value)
    assert "'drill'" in str(caught.value)
    assert "[terms]" in str(caught.value)
