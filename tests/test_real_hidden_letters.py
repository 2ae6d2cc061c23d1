"""Letters a page writes in another form than the terms (in our own words): Turkish dotless
ı in lower case ("saldırı", written "saldiri" in some terms) and capitals ("SALDIRI"); soft
hyphens and zero-width spaces inside words; full-width Latin letters in Chinese and Japanese
pages; Arabic presentation forms.
"""

from __future__ import annotations

from monitor.detect.text import normalise
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

NIGHT = local_time("2020-01-08")


def test_the_forms_normalise_alike() -> None:
    assert normalise("SALDIRI") == normalise("saldırı") == "saldiri"
    assert normalise("Drohnen\u00adangriff") == "drohnenangriff"
    assert normalise("Stütz\u200bpunkt") == "stutzpunkt"
    assert normalise("ＡＩＮ ＡＬ－ＡＳＡＤ") == "ain al asad"
    assert normalise("ﻗﺎﻋﺪﺓ") == normalise("قاعدة")


def test_a_soft_hyphen_inside_the_weapon_word() -> None:
    d = _match(
        "",
        "In der Nacht schlugen zehn Ra\u00adke\u00adten auf dem Stütz\u00adpunkt Ain al-Asad "
        "im Westen des Irak ein, teilte das Pentagon mit.",
        NIGHT,
        language="de",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.weapons == ("rocket",)


def test_a_base_named_in_full_width_letters() -> None:
    d = _match(
        "",
        "美国国防部表示，伊拉克西部的ＡＩＮ ＡＬ－ＡＳＡＤ空军基地今天凌晨遭到十多枚弹道导弹袭击。",
        NIGHT,
        language="zh",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_hebrew_gershayim_reads_as_the_quote_pages_also_write() -> None:
    assert normalise("כטב״ם") == normalise('כטב"ם')
    assert normalise("צה׳ל") == normalise("צה'ל")
    # "mortar shells" (פצמ"ר) and "US forces" (כוחות ארה"ב), written with gershayim
    d = _match(
        "",
        "שלושה פצמ״רים נפלו הלילה בבסיס עין אל-אסד שבמערב עיראק, שבו מוצבים כוחות ארה״ב.",
        NIGHT,
        language="he",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.weapons == ("mortar",)
