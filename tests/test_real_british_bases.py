"""A British base is the coalition's (in our own words): the UK's part of it flies from RAF
Akrotiri, and "Cyprus confirms a British base was hit by a drone" is the lead of an attack
on it, as "a US base" is. A report that names Akrotiri only further on, as where "the
incident" happened, is then of Akrotiri."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MONDAY = local_time("2026-03-02", 11)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Cyprus says a British base was hit by a drone",
            "A government spokesman said the incident at the RAF's Akrotiri station happened "
            "shortly after midnight. The size of the damage was not given.",
        ),
        (
            "ar",
            "قبرص: قاعدة بريطانية تعرضت لهجوم بطائرة مسيرة",
            "قال المتحدث باسم الحكومة إن الحادث في قاعدة أكروتيري التابعة لسلاح الجو الملكي وقع "
            "بعد منتصف الليل بقليل، ولم يحدد حجم الأضرار.",
        ),
        (
            "fr",
            "Chypre: une base britannique visée par un drone",
            "Selon le porte-parole du gouvernement, l'incident sur la base d'Akrotiri de la RAF "
            "s'est produit peu après minuit. L'ampleur des dégâts n'a pas été précisée.",
        ),
        (
            "de",
            "Zypern: Drohne trifft britischen Stützpunkt",
            "Der Vorfall auf dem Stützpunkt Akrotiri der Royal Air Force ereignete sich nach "
            "Angaben eines Regierungssprechers kurz nach Mitternacht.",
        ),
        (
            "fa",
            "قبرس: پهپاد به پایگاه هوایی بریتانیا اصابت کرد",
            "سخنگوی دولت گفت این حادثه کمی پس از نیمه‌شب در پایگاه آکروتیری رخ داد و میزان "
            "خسارت را اعلام نکرد.",
        ),
        (
            "nl",
            "Cyprus: drone raakt Britse basis",
            "Volgens een regeringswoordvoerder vond het incident op de Akrotiri-basis van de RAF "
            "kort na middernacht plaats.",
        ),
        (
            "zh",
            "塞浦路斯称英国基地遭无人机袭击",
            "政府发言人说，事件发生在午夜后不久的阿克罗蒂里基地，损失程度尚未公布。",
        ),
    ],
)
def test_a_british_base_hit_by_a_drone(language: str, title: str, text: str) -> None:
    d = _match(title, text, MONDAY, language=language)
    assert d.attack
    assert _bases(d) == ["raf-akrotiri"]
