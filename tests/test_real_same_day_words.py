"""Words real reports use to join a base struck the same day to the salvo (in our own words):
"during the same day", "about an hour after the strike on", "at the same time", "other
two rockets", "likewise", a group that "further claimed" a second target, and a base
struck on the day the story tells of, said in so many words.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

MORNING = datetime(2023, 10, 26, 9, 0, tzinfo=IRAQ)
# three quiet paragraphs keep the second base out of the lead
QUIET = (
    "No one was hurt, officials said.\n\n"
    "The base lies in the desert far from any town.\n\n"
    "Coalition troops have trained local forces there for years.\n\n"
)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Drones target al-Tanf",
            "Two drones targeted the al-Tanf garrison in southern Syria, the Pentagon said.\n\n"
            + QUIET
            + "The group further claimed a drone strike on Ain al-Asad air base in western Iraq.",
        ),
        (
            "it",
            "Droni contro al-Tanf",
            "Due droni hanno colpito la guarnigione di al-Tanf, nel sud della Siria, ha detto il "
            "Pentagono.\n\nNon ci sono stati feriti, secondo i funzionari.\n\nLa base si trova "
            "nel deserto, lontano da ogni città.\n\nLe truppe della coalizione vi addestrano "
            "da anni le forze locali.\n\n"
            "Nella stessa giornata un altro drone ha colpito la base di Ain al-Asad, in Iraq.",
        ),
        (
            "ar",
            "مسيرات تستهدف قاعدة التنف",
            "استهدفت طائرتان مسيرتان قاعدة التنف في جنوب سوريا، وفق ما أعلنت وزارة الدفاع "
            "الأمريكية.\n\nولم تسجل أي إصابات بحسب المسؤولين.\n\nوتقع القاعدة في منطقة "
            "صحراوية بعيدة عن المدن.\n\nوتدرب قوات التحالف فيها القوات المحلية منذ سنوات.\n\n"
            "وخلال اليوم ذاته، استهدفت طائرة مسيرة قاعدة عين الأسد غربي العراق.",
        ),
        (
            "ar",
            "مسيرات تستهدف قاعدة التنف",
            "استهدفت طائرتان مسيرتان قاعدة التنف في جنوب سوريا، وفق ما أعلنت وزارة الدفاع "
            "الأمريكية.\n\nولم تسجل أي إصابات بحسب المسؤولين.\n\nوتقع القاعدة في منطقة "
            "صحراوية بعيدة عن المدن.\n\nوتدرب قوات التحالف فيها القوات المحلية منذ سنوات.\n\n"
            "وبعد نحو ساعة من الهجوم الأول، هاجمت مسيرة قاعدة عين الأسد غربي العراق.",
        ),
        (
            "ro",
            "Drone asupra bazei al-Tanf",
            "Două drone au lovit garnizoana al-Tanf din sudul Siriei, a anunțat Pentagonul.\n\n"
            "Nu au fost răniți, potrivit oficialilor.\n\nBaza se află în deșert, departe de "
            "orice oraș.\n\nTrupele coaliției instruiesc acolo forțele locale de ani de zile.\n\n"
            "Tot atunci, o dronă a lovit baza Ain al-Asad din vestul Irakului.",
        ),
        (
            "pt",
            "Drones atingem al-Tanf",
            "Dois drones atingiram a guarnição de al-Tanf, no sul da Síria, disse o "
            "Pentágono.\n\nNão houve feridos, segundo as autoridades.\n\nA base fica no deserto, "
            "longe de qualquer cidade.\n\nAs tropas da coalizão treinam ali as forças locais há "
            "anos.\n\n"
            "Na mesma noite, outros dois foguetes atingiram a base de Ain al-Asad, no Iraque.",
        ),
        (
            "zh",
            "无人机袭击坦夫基地",
            "美国国防部表示，两架无人机袭击了叙利亚南部的坦夫基地。\n\n官员说，没有人员受伤。\n\n"
            "该基地位于远离城镇的沙漠中。\n\n联军多年来一直在那里训练当地部队。\n\n"
            "伊拉克西部的阿萨德空军基地同样遭到无人机袭击。",
        ),
    ],
)
def test_a_same_day_word_names_the_second_base(language: str, title: str, text: str) -> None:
    d = _match(title, text, MORNING, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf", "ain-al-asad"]


def test_a_base_struck_on_the_day_said_is_of_the_same_salvo() -> None:
    """No same-day word: the weekday itself, the day of the story's attack, says so."""
    text = (
        "Two drones targeted the al-Tanf garrison in southern Syria on Wednesday, the "
        "Pentagon said.\n\n" + QUIET + "On Wednesday, a drone struck Ain al-Asad air base in "
        "western Iraq."
    )
    d = _match("Drones target al-Tanf", text, MORNING)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf", "ain-al-asad"]


@pytest.mark.parametrize(
    "last",
    [
        # a pluperfect tells of before: an attack of its own, earlier that day
        "On Wednesday, a drone had been launched at Ain al-Asad air base in western Iraq.",
        # another weapon: another attack
        "On Wednesday, rockets struck Ain al-Asad air base in western Iraq.",
        # another day
        "On Monday, a drone struck Ain al-Asad air base in western Iraq.",
    ],
)
def test_a_base_struck_otherwise_is_not_of_the_salvo(last: str) -> None:
    text = (
        "Two drones targeted the al-Tanf garrison in southern Syria on Wednesday, the "
        "Pentagon said.\n\n" + QUIET + last
    )
    d = _match("Drones target al-Tanf", text, MORNING)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
