"""US strikes, counts of attacks and the places of unnamed bases, as the press told them (in
our own words, after real reports of 2020-2024): where rockets were launched from is no
target; "airstrikes against Kata'ib Hezbollah" and "with a counter-strike, the US military
..." are the US's; "38 drone and rocket attacks in three weeks" is a tally; and "soldiers
killed in an attack on a base in northeast Jordan" is the attack, its base unnamed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import fires, matcher


def test_where_rockets_were_launched_from_is_no_target_of_a_us_strike() -> None:
    title = (
        "Rockets launched from a 'void' area near positions of several forces, the "
        "Nineveh command says"
    )
    text = (
        "On Wednesday evening six rockets were fired toward Erbil International Airport, "
        "where coalition troops are based; the command said the launch site lay in an "
        "uninhabited strip between several forces' positions."
    )
    d = _match(title, text, date(2020, 9, 30))
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Three reservists who died in the drone strike in Jordan are named",
            "The Defense Department named on Tuesday the three US Army Reserve soldiers "
            "killed on Sunday in an attack on a base in northeast Jordan, near the Syrian "
            "border. All three came from Georgia.",
            "en",
        ),
        (
            "Дрон атаковал американских военных в Иордании",
            "Беспилотник нанес удар по американским вооружённым формированиям на "
            "северо-востоке иорданского государства, недалеко от границы с Сирией. Трое "
            "военных погибли.",
            "ru",
        ),
        (
            "Tre soldater drept i droneangrep",
            "Presidenten sier at angrepet ble utført med en drone mot amerikanske styrker "
            "som er utplassert nordøst i Jordan, nær grensen mot Syria. Tre soldater døde.",
            "no",
        ),
    ],
)
def test_an_attack_on_an_unnamed_base_in_north_east_jordan(
    title: str, text: str, language: str
) -> None:
    d = _match(title, text, date(2024, 1, 29), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == []
    assert d.region is not None
    assert d.region.id == "north-east-jordan"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Sunday the United States struck back with airstrikes against Kata'ib "
            "Hezbollah in Iraq and Syria. The strikes answered the group's rocket attack on "
            "Friday against a US base outside Kirkuk, which killed a contractor. The attack on "
            "the shared base was the eleventh on US forces in two months.",
            "en",
        ),
        (
            "Siły zbrojne USA podały, że w czwartek uderzyły na obiekty we wschodniej Syrii "
            "używane przez milicję wspieraną przez Iran, w odpowiedzi na niedawne ataki "
            "rakietowe na amerykańskich żołnierzy w Iraku. Na polecenie prezydenta "
            "amerykańskie wojsko zbombardowało dziś wieczorem infrastrukturę tych grup – "
            "przekazał rzecznik.",
            "pl",
        ),
        (
            "BAGDAD (dpa) - Mit einem Gegenschlag hat das US-Militär im Irak auf einen Angriff "
            "proiranischer Milizen reagiert. Aus der Luft seien drei Einrichtungen der Miliz "
            "angegriffen worden. Vor einigen Tagen hatten Kämpfer mehrere Raketen auf den "
            "Stützpunkt Ain al-Asad abgefeuert.",
            "de",
        ),
    ],
)
def test_a_us_strike_answering_an_attack_is_the_uss(text: str, language: str) -> None:
    title, _, body = text.partition(". ")  # the first sentence is the headline
    d = _match(title, body, date(2021, 2, 26), language=language)
    assert not d.attack, d.reasons


def test_a_count_of_attacks_is_a_tally_not_news() -> None:
    text = (
        "In less than three weeks, US troops and their allies in Iraq and Syria have come "
        "under 38 drone and rocket attacks, the Pentagon said, 20 of them in Iraq."
    )
    d = _match("", text, date(2023, 11, 7))
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("sentence", "recall"),
    [
        ("US forces in the region have now faced 150 attacks, officials said.", True),
        ("Las tropas estadounidenses han sufrido 38 ataques con drones y cohetes.", True),
        ("Ten rockets struck Ain al-Asad air base on Wednesday.", False),
        ("The rocket attack wounded 12 people in an attack on the base.", False),
        ("In 2024 attacks on the base grew.", False),
        # one night's attacks are news; a "today" that is the statement's is not that night
        ("The Pentagon said today that US forces had faced 38 drone and rocket attacks.", True),
        ("Erbil was targeted by 17 drone attacks last night, the governor said.", False),
        ("استهدفت أربيل الليلة الماضية بـ17 هجوما بطائرات مسيرة.", False),
    ],
)
def test_a_count_goes_with_the_attack_noun_not_the_projectiles(sentence: str, recall: bool) -> None:
    assert ("recall" in matcher().reader.read(1, sentence).flags) is recall


def test_a_strike_against_an_armed_group_by_name_is_the_uss() -> None:
    struck = "The United States struck back with airstrikes against Kata'ib Hezbollah on Sunday."
    assert fires(struck, "against", "cat:us_attacker")
    claimed = "The drone attack Kata'ib Hezbollah claimed on Sunday hit the base."
    assert not fires(claimed, "attack", "cat:us_attacker")


def test_us_bombings_against_a_group_by_name_lead_a_us_strike_story() -> None:
    """The jets come first and the group they bombed long after them; the rocket attack the
    strikes answer is told below as their reason."""
    d = _match(
        "",
        "Over the weekend US Air Force jets flew a series of bombing runs in Syria and Iraq "
        "against Kataib Hezbollah, a militia tied to Iran's Revolutionary Guards.\n\n"
        "The defense secretary called the raids defensive: they answered a rocket attack on a "
        "base near Kirkuk where American troops serve. Rockets struck that base, K1, on "
        "Friday, killing a US contractor.",
        date(2019, 12, 30),
    )
    assert not d.attack, d.reasons
