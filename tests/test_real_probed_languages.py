"""Phrasings a probe of real Hungarian, Hindi and Bengali reports found missing (in our own
words, after reports of Iran's strike on the Fifth Fleet's base in Bahrain on 28 February 2026,
of the rockets on Erbil airport on 15 February 2021 and on Camp Taji on 11 March 2020): "an
American naval base", "the US-led military coalition" (अमेरिका नीत), "the US and the joint
force" (যৌথবাহিনী) and "the soldiers of the UK"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import detect as _match
from tests.reports import term_cases

test_these_phrasings_are_read = term_cases(
    [
        ("egy amerikai haditengerészeti bázisra", "amerikai haditengereszeti", "cat:coalition"),
        ("अमेरिका नीत सैन्य गठबंधन के एक सदस्य", "अमेरिका नीत", "cat:coalition"),
        ("মার্কিন যুক্তরাষ্ট্র ও যৌথবাহিনীকে লক্ষ্য করে", "যৌথবাহিনী", "cat:coalition"),
        ("যুক্তরাজ্যের সৈন্যের মৃত্যু", "যুক্তরাজ্যের সৈন্য", "cat:coalition"),
    ],
    read=True,
)

# the joint army and police forces of Bangladesh's own news are no coalition
test_these_are_not = term_cases(
    [("ঢাকায় যৌথবাহিনীর অভিযান", "যৌথবাহিনী", "cat:coalition")],
    read=False,
)


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "day"),
    [
        (
            "hu",
            "Irán visszavágott",
            "Iráni közlés szerint rakétákkal csapást mértek egy amerikai haditengerészeti "
            "bázisra Bahreinben szombaton. A bázis közelében fekete füst szállt fel.",
            date(2026, 2, 28),
            "2026-02-28",
        ),
        (
            "hi",
            "इरबिल में हमला",
            "उत्तरी इराक में इरबिल हवाईअड्डे के पास सोमवार रात रॉकेट हमले में अमेरिका नीत सैन्य "
            "गठबंधन के एक ठेकेदार की मौत हो गई।",
            date(2021, 2, 16),
            "2021-02-15",
        ),
        (
            "bn",
            "ইরাকে রকেট হামলা",
            "বুধবার ইরাকে মার্কিন যুক্তরাষ্ট্র ও যৌথবাহিনীকে লক্ষ্য করে চালানো রকেট হামলায় "
            "যুক্তরাজ্যের সৈন্যসহ তিনজন নিহত হয়েছেন।",
            date(2020, 3, 12),
            "2020-03-11",
        ),
    ],
)
def test_reports_in_these_words_are_taken(
    language: str, title: str, text: str, published: date, day: str
) -> None:
    d = _match(title, text, published, language=language)
    assert d.attack, d.reasons
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == day
