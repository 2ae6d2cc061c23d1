"""A headline read once. An article page's extracted text often opens with its headline
again, and a feed or a post may give as its title its lead cut short. Read twice, the
headline pushed the sentence that named the base out of the lead; on the 2,215 restated dev
articles served as pages, 20 verdicts went the other way from the same articles matched
directly."""

from __future__ import annotations

import html
from datetime import datetime

import pytest

from crawler.extract import extract_article
from monitor.detect.text import said_once
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

PUBLISHED = datetime(2024, 1, 3, 12, 0, tzinfo=IRAQ)
TITLE = "Blasts heard near an airbase in western Iraq"
BODY = (
    "Residents of a town in Anbar said they woke to loud blasts before dawn.\n"
    "The province has seen a string of security incidents this winter.\n"
    "Two rockets landed inside Ain al-Asad air base, which hosts US troops, early on "
    "Tuesday, a security source said.\n"
    "No one was hurt, he added."
)
LEAD = (
    "Sirens wailed for five minutes over Adana at about 3.25 am and a blast followed. "
    "Incirlik air base went on alert, and residents filmed an object they took for a "
    "missile flying towards the base."
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the headline again, as the page's first paragraph: said once
        (TITLE, f"{TITLE}\n{BODY}", (TITLE, BODY)),
        (TITLE, f"\n  {TITLE.upper()} \n\n{BODY}", (TITLE, BODY)),
        # the page's title adds the outlet's name to the headline its text opens with
        (f"{TITLE} | Daily Courier", f"{TITLE}\n{BODY}", (f"{TITLE} | Daily Courier", BODY)),
        # the title is the lead cut short, with or without an ellipsis: no headline
        (LEAD[:60] + "...", LEAD, ("", LEAD)),
        (LEAD[:70], LEAD, ("", LEAD)),
        # and so when the page opens with that cut title too
        (LEAD[:70], f"{LEAD[:70]}\n{LEAD}", ("", LEAD)),
        # a short headline that happens to start the lead is a headline of its own
        ("Sirens in Adana", "Sirens in Adana woke the city at night.", None),
        # nothing repeated
        (TITLE, BODY, None),
        ("", BODY, None),
        (TITLE, "", None),
    ],
)
def test_said_once(title: str, text: str, expected: tuple[str, str] | None) -> None:
    assert said_once(title, text) == (expected or (title, text))


def test_a_headline_repeated_atop_the_text_leaves_the_lead_as_it_was() -> None:
    told = _match(TITLE, f"{TITLE}\n{BODY}", PUBLISHED)
    assert told.attack
    assert _bases(told) == ["ain-al-asad"]
    assert (told.attack, told.confidence, told.attack_date) == (
        (d := _match(TITLE, BODY, PUBLISHED)).attack,
        d.confidence,
        d.attack_date,
    )


def test_an_article_page_is_read_as_its_title_and_text() -> None:
    # the page as outlets serve it: the headline in <title> and again in the article's <h1>
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in BODY.splitlines())
    page = (
        f'<html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f"<article><h1>{TITLE}</h1>{paragraphs}</article></body></html>"
    )
    extracted = extract_article(page, "http://127.0.0.1:9/a/1.html")
    assert extracted.text.startswith(TITLE)  # what the extraction gives
    read = _match(extracted.title, extracted.text, PUBLISHED)
    assert read.attack
    assert _bases(read) == ["ain-al-asad"]


def test_a_post_titled_with_its_lead_cut_short_reads_as_its_lead() -> None:
    cut = _match(LEAD[:70], f"{LEAD[:70]}\n{LEAD}", PUBLISHED)
    whole = _match("", LEAD, PUBLISHED)
    assert cut.attack
    assert whole.attack
    assert (cut.confidence, _bases(cut), cut.attack_date) == (
        whole.confidence,
        _bases(whole),
        whole.attack_date,
    )
