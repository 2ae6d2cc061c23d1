"""Romance term files (French, Spanish, Italian, Portuguese, Romanian): a report and a
look-alike in each language, written for these tests after the facts of real attacks, and the
words of one language that must not fire in another's text."""

from __future__ import annotations

from tests.reports import local_time as _at
from tests.reports import look_alike_cases, report_cases, term_cases

REPORTS = [
    (
        "fr",
        "Des missiles balistiques visent une base en Irak",
        "Plusieurs missiles balistiques ont été lancés samedi soir sur la base "
        "aérienne d'Al-Assad, dans l'ouest de l'Irak, où sont stationnés des soldats "
        "américains, selon le commandement central américain. La plupart ont été interceptés.",
        _at("2024-01-21", 10),
        "ain-al-asad",
        "2024-01-20",
        "missile",
    ),
    (
        "es",
        "Drones suicidas contra una base estadounidense en Siria",
        "Un enjambre de drones suicidas atacó el miércoles la base estadounidense del campo "
        "petrolero de Al Omar, en el este de Siria, según fuentes locales, que no informaron "
        "de heridos entre las tropas de la coalición.",
        _at("2024-02-08", 10),
        "al-omar-oil-field",
        "2024-02-07",
        "drone",
    ),
    (
        "it",
        "Missili iraniani contro la base aerea Prince Sultan",
        "Sabato sera l'Iran ha lanciato sei missili balistici contro la base aerea Prince "
        "Sultan, a sud di Riad, che ospita militari americani; la difesa aerea saudita li ha "
        "intercettati tutti, ha reso noto il ministero della Difesa.",
        _at("2026-03-08", 10),
        "prince-sultan-air-base",
        "2026-03-07",
        "missile",
    ),
    (
        "pt",
        "Arábia Saudita interceta mísseis dirigidos a base aérea",
        "A defesa aérea saudita intercetou no sábado três mísseis que se dirigiam para a base "
        "aérea do Príncipe Sultan, perto de Riad, que acolhe militares norte-americanos, "
        "informou o Ministério da Defesa. Não houve feridos.",
        _at("2026-03-08", 10),
        "prince-sultan-air-base",
        "2026-03-07",
        "missile",
    ),
    (
        "ro",
        "Sediul Flotei a 5-a din Bahrain, ținta unui atac",
        "O bază militară a SUA din Bahrain a fost ținta unui atac cu rachete balistice sâmbătă "
        "dimineață, au anunțat autoritățile, iar sediul Flotei a 5-a a Marinei americane a fost "
        "lovit. Nu se cunoaște încă dacă există victime.",
        _at("2026-02-28", 18),
        "nsa-bahrain",
        "2026-02-28",
        "missile",
    ),
]


test_report_in_each_language = report_cases(REPORTS)


LOOK_ALIKES = [
    (
        "fr",
        "Un drone frappe un pétrolier en mer Rouge",
        "Un drone a frappé dans la nuit un pétrolier battant pavillon grec en mer Rouge, au "
        "large du Yémen, a indiqué l'agence britannique de sécurité maritime; aucun membre "
        "d'équipage n'a été blessé.",
    ),
    (
        "es",
        "Las milicias y las bases estadounidenses en Irak",
        "Desde hace meses, las milicias proiraníes lanzan cohetes contra la base aérea de Ain "
        "al Asad, que alberga tropas estadounidenses, según un informe del Pentágono sobre la "
        "presencia militar en Irak.",
    ),
    (
        "it",
        "Il Pentagono rafforza le difese della Tower 22",
        "Da allora il Pentagono ha inviato nuovi sistemi antidrone alla base Tower 22 in "
        "Giordania, dove un drone uccise tre soldati americani nel mese di gennaio.",
    ),
    (
        "pt",
        "Restos mortais de militares chegam aos EUA",
        "Os restos mortais dos militares norte-americanos mortos no Kuwait chegaram à base "
        "aérea de Dover, numa cerimónia com a presença do secretário da Defesa.",
    ),
    (
        "ro",
        "O dronă a lovit un petrolier în Marea Roșie",
        "O dronă a lovit în timpul nopții un petrolier sub pavilion grec în Marea Roșie, în "
        "largul Yemenului; nimeni nu a fost rănit, a anunțat agenția britanică de securitate "
        "maritimă.",
    ),
]


test_look_alike_in_each_language_is_not_taken = look_alike_cases(LOOK_ALIKES, "2024-02-03")


test_words_of_one_language_do_not_fire_in_another = term_cases(
    [
        ("Os restos mortais chegaram à base.", "mortais", "weapon:mortar"),
        ("Un dron suicida cayó sobre la base.", "suicida", "cat:other_weapon"),
        ("Una base en un campo petrolero del este de Siria.", "petrolero", "cat:civilian"),
        ("Le champ pétrolier abrite des soldats.", "petrolier", "cat:civilian"),
        ("Baza se află lângă un câmp petrolier.", "petrolier", "cat:civilian"),
    ],
    read=False,
)
