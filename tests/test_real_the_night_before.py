"""The night before, named without "yesterday" (in our own words): "the rockets were fired
the previous evening", "la noche anterior", "la notte precedente", "am Vorabend". A report
published the next day dates its attack by it, as it does by "last night"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

TUESDAY = datetime(2023, 3, 14, 11, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets were fired at the Green Village base in eastern Syria the previous evening, "
        "and fell near coalition troops without hurting anyone, the coalition confirmed.",
        "Two rockets struck the Green Village base of the coalition in eastern Syria the night "
        "before, local sources said.",
        "Dos cohetes impactaron la noche anterior en la base de Green Village, donde hay tropas "
        "de la coalición, en el este de Siria.",
        "Due razzi hanno colpito la notte precedente la base di Green Village, che ospita "
        "truppe della coalizione nell'est della Siria.",
        "Deux roquettes ont frappé la nuit précédente la base de Green Village, où sont "
        "stationnées des troupes de la coalition, dans l'est de la Syrie.",
        "Am Vorabend schlugen zwei Raketen auf dem Stützpunkt Green Village der Koalition im "
        "Osten Syriens ein.",
        "Dwie rakiety spadły poprzedniej nocy na bazę Green Village, w której stacjonują "
        "żołnierze koalicji na wschodzie Syrii.",
        "Dois foguetes atingiram na noite anterior a base de Green Village, onde há tropas da "
        "coalizão, no leste da Síria.",
        "سقط صاروخان في الليلة السابقة على قاعدة القرية الخضراء التي تستضيف قوات التحالف "
        "الدولي شرقي سوريا.",
    ],
)
def test_the_night_before_dates_the_attack_a_day_back(text: str) -> None:
    d = _match("", text, TUESDAY)
    assert d.attack
    assert _bases(d) == ["green-village"]
    assert d.attack_date == date(2023, 3, 13)


def test_a_story_that_names_no_night_keeps_its_own_day() -> None:
    d = _match(
        "",
        "Rockets were fired at the Green Village base in eastern Syria and fell near coalition "
        "troops without hurting anyone, the coalition confirmed.",
        TUESDAY,
    )
    assert d.attack
    assert d.attack_date == date(2023, 3, 14)
