"""US missions as real reports named them (in our own words, after real reports of 2020-2022):
the United States by its name in the reader's language ("la embajada de Estados Unidos en el
centro de Bagdad", "velvyslanectví Spojených států"), an embassy the US forces call "their"
own in German, and a consulate named only to say where the attacked airport lies."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases

test_a_us_mission_named_with_the_united_states_in_full = base_cases(
    [
        (
            "es",
            "",
            "Al menos dos cohetes cayeron el jueves sobre la embajada de Estados Unidos en el "
            "centro de Bagdad, según dos fuentes de seguridad iraquíes.",
            date(2022, 1, 13),
            "baghdad-embassy",
            "2022-01-13",
        ),
        (
            "cs",
            "",
            "Nejméně tři rakety dopadly v neděli do zelené zóny v Bagdádu, kde sídlí "
            "velvyslanectví Spojených států, uvedla irácká policie.",
            date(2020, 1, 5),
            "baghdad-embassy",
            "2020-01-05",
        ),
        (
            "de",
            "",
            "In der Nacht zum Dienstag schossen US-Soldaten eine bewaffnete Drohne über ihrer "
            "Botschaft in Bagdad ab.",
            date(2021, 7, 6),
            "baghdad-embassy",
            None,
        ),
        (
            "fr",
            "",
            "Deux roquettes sont tombées lundi soir près du consulat des États-Unis à Erbil, "
            "sans faire de victimes, selon les services de sécurité kurdes.",
            date(2021, 2, 16),
            "erbil-consulate",
            None,
        ),
    ]
)

test_a_consulate_named_only_to_place_the_airport_attacked = base_cases(
    [
        (
            "fr",
            "",
            "Samedi soir, l'aéroport international d'Erbil, situé près du consulat des "
            "États-Unis dans la ville, a été visé par deux drones armés, sans faire de victimes.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
        (
            "pt",
            "",
            "No sábado à noite, dois drones armados atingiram o aeroporto internacional de "
            "Erbil, nas imediações do consulado dos Estados Unidos, sem causar vítimas.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
        (
            "el",
            "",
            "Το διεθνές αεροδρόμιο του Ερμπίλ, κοντά στο προξενείο των Ηνωμένων Πολιτειών, "
            "δέχθηκε το βράδυ του Σαββάτου επίθεση με δύο οπλισμένα drones.",
            date(2021, 9, 12),
            "erbil-air-base",
            None,
        ),
    ]
)
