"""Dutch, Hungarian and Greek wordings the term files lacked (in our own words): Hungarian
tolls whose verb an article follows ("három katona meghalt a ..."), "no casualties" and
"no deaths" forms, bases named by their country ("egy jordániai amerikai támaszpont") or in
Hungarian spelling (Tadzsi, Ali al-Szálem), a Greek claim that puts the group last ("την
ευθύνη ανέλαβε η ..."), attack verbs ("csaptak le", "uitgeschakeld"), and stories that are
no new attack: a US strike ordered or carried out after an attack, a Dutch opening clause
of the attack that came before ("Na een drone-aanval ..."), and a memorial a year after."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match
from tests.reports import term_cases

MONDAY = datetime(2024, 1, 29, 10, 0, tzinfo=IRAQ)
TUESDAY_2020 = datetime(2020, 7, 28, 10, 0, tzinfo=IRAQ)  # US troops were still at Taji

test_the_term_is_read = term_cases(
    [
        (
            "Bahrein is de thuisbasis van een marinebasis van de Amerikanen.",
            "marinebasis van de amerikanen",
            "cat:coalition",
        ),
        (
            "Slachtoffers werden niet gemeld.",
            "slachtoffers werden niet gemeld",
            "cat:no_casualties",
        ),
        ("Er vielen geen doden.", "geen doden", "cat:no_deaths"),
        ("Személyi sérülés nem történt.", "szemelyi serules nem tortent", "cat:no_casualties"),
        ("A támadásban senki sem halt meg.", "senki sem halt meg", "cat:no_deaths"),
        ("Δεν σημειώθηκαν θύματα.", "δεν σημειωθηκαν θυματα", "cat:no_casualties"),
        (
            "Η ομάδα δήλωσε ότι εξαπέλυσε drones κατά της βάσης.",
            "δηλωσε οτι εξαπελυσε",
            "cat:claim",
        ),
        ("Δεν υπάρχουν νεκροί.", "δεν υπαρχουν νεκροι", "cat:no_deaths"),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the verb of the toll is followed by the article "a", not by a count
        (
            "Vasárnap három amerikai katona meghalt a jordániai támaszpont elleni dróntámadásban.",
            3,
            None,
        ),
        (
            "Az erbili légibázis elleni rakétatámadásban öt amerikai katona megsebesült a "
            "Pentagon közlése szerint.",
            None,
            5,
        ),
        (
            "Vasárnap rakéták csapódtak be az Ain al-Aszad légibázison. Halálos áldozat nincs.",
            0,
            None,
        ),
        (
            "Vasárnap rakéták csapódtak be az Ain al-Aszad légibázison. Senki sem sebesült meg.",
            0,
            0,
        ),
        ("Την Κυριακή ρουκέτες έπληξαν τη βάση Αϊν αλ Ασαντ, χωρίς να υπάρξουν θύματα.", 0, 0),
        ("Την Κυριακή ρουκέτες έπληξαν τη βάση Αϊν αλ Ασαντ. Δεν υπάρχουν νεκροί.", 0, None),
        ("Zondag zijn raketten ingeslagen op de basis Ain al-Asad. Er vielen geen doden.", 0, None),
        (
            "Zondag zijn raketten ingeslagen op de basis Ain al-Asad. Slachtoffers werden niet "
            "gemeld.",
            0,
            0,
        ),
    ],
)
def test_the_toll_is_read(text: str, killed: int | None, injured: int | None) -> None:
    d = _match("", text, MONDAY)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "base", "published"),
    [
        (
            "Vasárnap dróntámadás ért egy jordániai amerikai támaszpontot a szíriai határ "
            "közelében.",
            "north-east-jordan",
            MONDAY,
        ),
        (
            "Hétfőn négy rakéta csapódott be a Tadzsi támaszpontra, ahol amerikai katonák is "
            "állomásoznak.",
            "camp-taji",
            TUESDAY_2020,
        ),
        (
            "Vasárnap egy drón csapódott be az Ali al-Szálem légibázison Kuvaitban.",
            "ali-al-salem-air-base",
            MONDAY,
        ),
    ],
)
def test_the_base_is_named(text: str, base: str, published: datetime) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == [base]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Drones έπληξαν την Κυριακή μια αμερικανική βάση στην Ιορδανία. Την ευθύνη ανέλαβε η "
            "Ισλαμική Αντίσταση στο Ιράκ.",
            "Islamic Resistance in Iraq",
        ),
    ],
)
def test_the_claim_is_read(text: str, group: str) -> None:
    d = _match("", text, MONDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == group


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Biden beveelt aanvallen",
            "President Biden heeft opdracht gegeven voor aanvallen op milities, nadat drie "
            "Amerikaanse militairen in Jordanië omkwamen bij een drone-aanval.",
        ),
        (
            "",
            "Na een drone-aanval die twee Amerikaanse militairen verwondde, hebben de Verenigde "
            "Staten zondag doelen in Irak bestookt als vergelding.",
        ),
        (
            "Biden csapásokat rendelt el",
            "Biden elnök csapásokat rendelt el milíciák ellen, miután három amerikai katona "
            "meghalt egy jordániai dróntámadásban.",
        ),
        (
            "Az USA visszavág",
            "Az Egyesült Államok vasárnap légicsapásokat hajtott végre Irakban és Szíriában a "
            "Tower 22 elleni támadás megtorlásaként.",
        ),
        (
            "",
            "Egy évvel a Tower 22 elleni halálos dróntámadás után megemlékezést tartottak az "
            "elesett katonákról.",
        ),
        (
            "Ο Μπάιντεν διέταξε πλήγματα",
            "Ο πρόεδρος Μπάιντεν διέταξε πλήγματα κατά πολιτοφυλακών, μετά τον θάνατο τριών "
            "Αμερικανών στρατιωτών στην Ιορδανία από επίθεση με drone.",
        ),
        (
            "",
            "Ένα χρόνο μετά τη φονική επίθεση με drone στον Πύργο 22 τελέστηκε μνημόσυνο για "
            "τους τρεις στρατιώτες.",
        ),
    ],
)
def test_no_new_attack_is_taken(title: str, text: str) -> None:
    d = _match(title, text, MONDAY)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Drónnal csaptak le vasárnap az erbili légibázisra.", "erbil-air-base"),
        ("Twee drones zijn zondag boven de basis Ain al-Asad uitgeschakeld.", "ain-al-asad"),
    ],
)
def test_the_attack_is_taken(text: str, base: str) -> None:
    d = _match("", text, MONDAY)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == [base]


@pytest.mark.parametrize(
    "text",
    [
        "Amerikaanse functionarissen meldden maandag dat zondag raketten zijn ingeslagen op de "
        "basis Ain al-Asad in het westen van Irak.",
        "Amerikai tisztviselők hétfőn azt közölték, hogy vasárnap rakéták csapódtak be az Ain "
        "al-Aszad légibázisra Nyugat-Irakban.",
        "Αμερικανοί αξιωματούχοι ανέφεραν τη Δευτέρα ότι ρουκέτες έπληξαν την Κυριακή τη βάση "
        "Ain al-Asad στο δυτικό Ιράκ.",
    ],
)
def test_the_day_officials_spoke_is_not_the_attacks(text: str) -> None:
    # Monday is when the officials spoke; the rockets fell on Sunday
    d = _match("", text, MONDAY)
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Vasárnap drónok támadták meg az Ain al-Aszad légibázist Nyugat-Irakban. Az Iraki "
            "Iszlám Ellenállás vállalta a támadást.",
            "Islamic Resistance in Iraq",
        ),
        (
            "Drones troffen zondag de basis Ain al-Asad in het westen van Irak. De Iraanse "
            "Revolutionaire Garde eiste de verantwoordelijkheid op.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "Drones χτύπησαν την Κυριακή τη βάση Ain al-Asad στο δυτικό Ιράκ. Την ευθύνη "
            "ανέλαβαν οι Φρουροί της Επανάστασης.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "Drones χτύπησαν την Κυριακή τη βάση Ain al-Asad στο δυτικό Ιράκ. Την ευθύνη "
            "ανέλαβε η Κατάιμπ Χεζμπολάχ.",
            "Kataib Hezbollah",
        ),
    ],
)
def test_the_group_is_known_by_its_name_in_the_language(text: str, group: str) -> None:
    d = _match("", text, MONDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == group
