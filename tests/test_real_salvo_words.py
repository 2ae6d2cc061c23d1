"""More of the words real reports use to join a second base to the salvo (in our own words):
"was struck as well", "was targeted too", "one of the attacks", "another target was",
"among the targets were also", and Turkish's "de" after the base's name.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

NIGHT = datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ)
# an English lead, and three quiet paragraphs before the second base
EN_LEAD = (
    "Iran fired more than a dozen ballistic missiles at Ain al-Asad air base overnight, the "
    "Pentagon said.\n\nNo casualties were reported at first.\n\nThe base lies in the desert "
    "of Anbar province.\n\nIt has hosted coalition troops for years.\n\n"
)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Missiles strike Ain al-Asad",
            EN_LEAD + "The coalition base in Erbil was struck as well.",
        ),
        (
            "en",
            "Missiles strike Ain al-Asad",
            EN_LEAD + "The US official said Erbil air base was targeted too.",
        ),
        (
            "en",
            "Missiles strike Ain al-Asad",
            EN_LEAD + "One of the attacks was aimed at Erbil air base in the north.",
        ),
        (
            "nl",
            "Raketten op Ain al-Asad",
            "Iran heeft in de nacht meer dan tien raketten afgevuurd op de luchtmachtbasis Ain "
            "al-Asad, meldt het Pentagon.\n\nEr zijn voor zover bekend geen "
            "slachtoffers.\n\nDe basis ligt in de woestijn van Anbar.\n\nEr zijn al jaren "
            "troepen van de coalitie.\n\n"
            "Een van de aanvallen had de luchthaven van Erbil als doelwit.",
        ),
        (
            "id",
            "Rudal hantam Ain al-Asad",
            "Iran menembakkan lebih dari selusin rudal balistik ke Pangkalan Udara Ain al-Asad "
            "pada malam hari, kata Pentagon.\n\nBelum ada laporan korban.\n\nPangkalan "
            "itu terletak di gurun Anbar.\n\nPasukan koalisi sudah bertahun-tahun berada di "
            "sana.\n\n"
            "Sasaran lainnya adalah bandara Erbil di utara Irak.",
        ),
        (
            "tr",
            "Ayn el-Esad'a füze saldırısı",
            "İran gece Ayn el-Esad Hava Üssü'ne ondan fazla balistik füze fırlattı, Pentagon "
            "açıkladı.\n\nHenüz herhangi bir kayıp ya da hasar bildirilmedi, yetkililer "
            "ayrıntı vermedi.\n\nÜs, Anbar vilayetinin geniş çölünde, Bağdat'ın batısında "
            "bulunuyor.\n\nKoalisyon askerleri yıllardır bu üste eğitim ve danışmanlık görevi "
            "yürütüyor.\n\n"
            "Kuzeydeki Erbil Havalimanı'nın de saldırıya uğradığı bildirildi.",
        ),
    ],
)
def test_a_word_of_the_salvo_names_the_second_base(language: str, title: str, text: str) -> None:
    d = _match(title, text, NIGHT, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad", "erbil-air-base"]
