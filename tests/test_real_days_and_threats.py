"""Days and threats as real reports give them (fixtures in our own words): a Japanese wire
dateline "7月4日(AFP):" is the dispatch's day, and "Thursday night" in it the attack's; an
Arabic lead's "dawn on Sunday" at "the airport of the city of Erbil" dates the attack, not
Saturday's earlier attack told further down; Iran "will hit US bases if attacked" and US
bases are "legitimate targets if military conflict breaks out" are threats; "a year has
passed since the attack" is an anniversary; Hebrew "last night the US army struck", its verb
first, tells a US strike."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "アルビル(イラク)、7月4日(AFP):米主導の有志連合が駐留するイラク北部のアルビル空港の"
            "近くで、木曜の夜遅くに無人機が撃墜されたと、クルド当局が明らかにした。死傷者はいない。",
            date(2025, 7, 5),
            date(2025, 7, 3),
        ),
        (
            "سقطت طائرة مسيرة، فجر الأحد، قرب مطار مدينة أربيل في إقليم كردستان، حيث تتمركز "
            "قوات أمريكية، وفق مصادر محلية.\n\nوكانت سلطات الإقليم قد أعلنت، السبت، أنها أسقطت "
            "عدة طائرات مسيرة وصواريخ استهدفت مطار أربيل.",
            date(2026, 3, 1),
            date(2026, 3, 1),
        ),
    ],
)
def test_the_attacks_day_beside_a_dispatchs_or_an_earlier_attacks(
    text: str, published: date, day: date
) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Iran says it will hit US bases in the region if attacked, raising tension across "
            "the Gulf",
            "Iran has said publicly that it will strike United States military bases and allied "
            "facilities across the Middle East if Washington launches any attack on Tehran.",
            date(2026, 1, 20),
        ),
        (
            "Iran tells UN that US bases in the Middle East are 'legitimate targets' if military "
            "conflict breaks out",
            "In a letter to the UN Secretary-General, Iran's envoy said American military bases, "
            "facilities and assets across the region would be treated as legitimate targets.",
            date(2026, 2, 10),
        ),
        (
            "",
            "Ha transcurrido un año desde el ataque con misiles de Irán contra la base Ain "
            "al-Asad en Irak, y los soldados estadounidenses aún sufren pesadillas, según un "
            "reportaje.",
            date(2021, 1, 11),
        ),
    ],
)
def test_a_threat_or_an_anniversary_is_no_new_attack(
    title: str, text: str, published: date
) -> None:
    assert not _match(title, text, published).attack


def test_a_us_strike_told_verb_first_in_hebrew_is_no_attack_on_a_base() -> None:
    text = (
        'אמש תקף צבא ארה"ב מטרות של גדודי חיזבאללה בעיראק, לאחר שמתקפת כטב"ם על הבסיס '
        "בארביל פצעה שלושה חיילים אמריקנים.\n\nלפי הודעת הצבא, התקיפות בוצעו בלילה והושמדו "
        "כמה מתקנים של הארגון."
    )
    assert not _match("", text, date(2023, 12, 26)).attack
