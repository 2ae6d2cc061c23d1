"""Days written out in full: "July 25", "25 de julio", "2025年6月23日", "2024-07-25", "Senin (2/3)".

Each parser takes a sentence's normalised text and the publication day, and gives the date the
sentence writes, or None; `dates` decides which of them dates the attack.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from monitor.detect.lexicon import Hit
from monitor.detect.text import SPACELESS

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DAY_AFTER = re.compile(rf"(?:\.\s?|\s){_DAY}(?!\d)(?:,?\s{_YEAR})?")
# "25 July", "25 de julio", and with a dot as Czech, Croatian or Slovene write it: "23. června"
_DAY_BEFORE = re.compile(rf"(?<!\d){_DAY}\.?\s(?:de\s|d\s)?$")
_YEAR_AFTER = re.compile(rf"\s(?:de\s)?{_YEAR}")
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[- ](?P<month>[01]\d)[- ](?P<day>[0-3]\d)(?!\d)")
_DMY = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)")
# "联军周日确认" (the coalition confirmed on Sunday), "周二(12月14日)最新报道": Chinese and
# Japanese put the verb of saying right after the day
SAID_AFTER = re.compile(
    r"\s?(?:[(（][^)）]{0,12}[)）])?[)）]?\s?(?:最新)?"
    r"(?:确认|證實|证实|表示|宣布|宣佈|声明|聲明|称|稱|说|說|指出|报道|報道|报导|報導|援引|电|電|消息|讯|訊|"
    r"発表|明らか)"
)


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def in_year_before(pub: date | None, month: int, day: int) -> date | None:
    """The date with this month and day on or just after `pub`, else a year earlier."""
    if pub is None:
        return None
    found = valid_date(pub.year, month, day)
    if found and found > pub + timedelta(days=1):
        found = valid_date(pub.year - 1, month, day)
    return found


def label_index(hit: Hit) -> int:
    return int(hit.label.split(":", 1)[1])


def month_day(norm: str, hit: Hit, pub: date | None) -> date | None:
    """ "July 25", "25 July 2024", "Jan. 28", "25 de julio", "25 تموز"."""
    month = label_index(hit) + 1
    after = DAY_AFTER.match(norm, hit.end)
    if after:
        year = after["year"]
        day = int(after["day"])
    else:
        before = _DAY_BEFORE.search(norm, max(0, hit.start - 9), hit.start)
        if not before:
            return None
        day = int(before["day"])
        year_m = _YEAR_AFTER.match(norm, hit.end)
        year = year_m["year"] if year_m else None
    return valid_date(int(year), month, day) if year else in_year_before(pub, month, day)


# Chinese and Japanese: 2025年6月23日, 6月23日, 23日; Korean: 2025년 6월 23일, 23일
_CJK = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s?[年년]\s?)?(?:(?<!\d)(?P<month>[01]?\d)\s?[月월]\s?)?"
    r"(?<!\d)(?P<day>[0-3]?\d)\s?[日일]"
)

_STAMP_CLOSE = re.compile(r"\s?\)\s*$")
# "16日までに米当局者が明らかにした", Korean "16일까지 밝혔다": by the 16th, the day the news
# was given by at the latest
_BY_THEN = re.compile(r"\s?(?:までに|까지)")


# the day a subject spoke, between it and what it said: "米国防総省は29日、基地が28日に",
# "국방부는 29일 ... 28일 로켓 공격을 받았다고 밝혔다"
_TOPIC = re.compile(r"(?:は|는|은)\s?$")
_PAUSE = re.compile(r"[、,，]|\s")
_SUBJECT = re.compile(r"(?:は|が|는|은|가|이)\s?$")
_ABOUT = re.compile(r"について|に関し|에\s?대해|에\s?대한|와\s?관련|과\s?관련")
# ... and a verb of saying closing the sentence: the subject is who spoke, not who attacked
_SPOKE_LAST = re.compile(
    r"(?:明らかにした|明らかにしました|発表した|発表しました|述べた|伝えた|밝혔다|발표했다|전했다|말했다)"
    r"[。.]?\s?$"
)

# a wire dateline's day, the agency in brackets after it: "アルビル(イラク)、7月4日(AFP):", or
# with it inside lenticular brackets: "【11月18日 AFP】17日夜、…"
_DISPATCHED = re.compile(r"\s?[(（][^)）]{1,12}[)）]\s?[:：]|\s?[^\s】]{0,12}\s?】")


# a Chinese wire dispatch's "电" (dispatched) after its dateline's day: "新华社大马士革8月14日电"
_WIRE_SENT = re.compile(r"\s?电")
# ... and any dispatch's or news item's: "1月15日電", "1月15日消息", "15日讯"
_DISPATCH_AFTER = re.compile(r"\s?(?:电|電|消息|讯|訊)")


def dispatch_date(norm: str, pub: date) -> date | None:
    """The day a Chinese wire dispatch's dateline gives, with its month, or None."""
    if "电" not in norm:
        return None
    m = next(
        (m for m in _CJK.finditer(norm) if m["month"] and _WIRE_SENT.match(norm, m.end())), None
    )
    return _cjk_day(m, pub) if m else None


def cjk(norm: str, pub: date | None, weekdays: bool = False) -> date | None:
    """A day written the Chinese, Japanese or Korean way; a bare day or month-day in the year (and
    month) of publication, or the one before when that would be after it."""
    # "...狙ったか(2021年2月16日)": a full date in brackets closing a headline is its stamp
    written = [
        m
        for m in _CJK.finditer(norm)
        if not (m["year"] and _STAMP_CLOSE.match(norm, m.end()) and "(" in norm[: m.start()])
    ]
    if not written:
        return None
    # "8月10日电", "10日援引 ... 报道说": the day of the dispatch or the report, when the
    # sentence gives another for the attack ("基地9日遭无人机袭击")
    told = [
        m
        for m in written
        if not (
            SAID_AFTER.match(norm, m.end())
            or _DISPATCHED.match(norm, m.end())
            or _BY_THEN.match(norm, m.end())
            or (
                _TOPIC.search(norm, max(0, m.start() - 3), m.start())
                and _PAUSE.match(norm, m.end())
                and _SPOKE_LAST.search(norm) is not None
            )
            # "米中央軍が23日、今月20日に起きたロケット弾攻撃について": who spoke, the day
            # they spoke, and then the day of what they spoke of (not "イランは28日、…攻撃し、
            # 27日の空爆への報復だとした", the day of what the attack answers)
            or (
                _SUBJECT.search(norm, max(0, m.start() - 3), m.start())
                and _PAUSE.match(norm, m.end())
                and any(o.start() > m.end() and _ABOUT.search(norm, o.end()) for o in written)
            )
        )
    ]
    if not told and weekdays:
        return None  # "路透社7日报道 ... 当地时间周二": the weekday is the attack's
    # "北京1月15日電/…1月15日消息, 武装组织14日表示": a day the armed groups spoke gives the
    # attack's at the latest, where a dispatch's gives only the copy's
    spoken = [m for m in written if not _DISPATCH_AFTER.match(norm, m.end())]
    return _cjk_day((told or spoken or written)[0], pub)


def _cjk_day(m: re.Match[str], pub: date | None) -> date | None:
    """The date a match of `_CJK` writes: in full, or by the publication day's year (and
    month)."""
    day = int(m["day"])
    if m["year"] and m["month"]:
        return valid_date(int(m["year"]), int(m["month"]), day)
    if pub is None:
        return None
    if m["month"]:
        return in_year_before(pub, int(m["month"]), day)
    return in_month_before(pub, day)


def in_month_before(pub: date, day: int) -> date | None:
    """The day of this number in the month of `pub`, or of the month before when that would
    be after it; the 1st of the next month when `pub` ends its month (a writer a few hours
    ahead of the page's date: "1일(현지시간)" on a page dated 30 September)."""
    found = valid_date(pub.year, pub.month, day)
    if found is None or found > pub + timedelta(days=1):
        earlier = pub.replace(day=1) - timedelta(days=1)
        found = valid_date(earlier.year, earlier.month, day)
    if day == 1 and (pub + timedelta(days=1)).day == 1:
        found = pub + timedelta(days=1)
    return found


# Chinese and Japanese write a month and day as "1/28" (normalised "1 28"), then the news;
# only a day over 12 tells the order, and a counter after it makes it a number ("28名")
_SLASH = re.compile(
    r"(?<![\d.])(?P<month>1[0-2]|0?[1-9])\s(?P<day>1[3-9]|2\d|3[01])"
    r"(?=[\u3040-\u30ff\u4e00-\u9fff])(?![名人枚发發个個架颗顆])"
)


# Indonesian, Malay and Vietnamese write a day and month as "Senin (2/3)", "ngày 20/1",
# "hôm 4/4", "sáng 1/3" (the morning of 1 March), normalised with spaces
_DAY_SLASH_WORDS = ("ngay ", "hom ", "sang ", "trua ", "chieu ", "toi ", "dem ")
_DAY_SLASH = re.compile(
    rf"(?:\((?=[0-3]?\d\s[01]?\d[\s)])|\b(?:{'|'.join(w.strip() for w in _DAY_SLASH_WORDS)})\s)"
    r"(?P<day>[0-3]?\d)\s(?P<month>1[0-2]|0?[1-9])(?:\s(?P<year>(?:19|20)\d\d))?(?![\d])"
)


# "في الـ15 من الشهر الحالي" (on the 15th of this month), "من الشهر الماضي" (of last month)
_OF_THIS_MONTH = re.compile(
    r"(?<!\d)(?:ال)?(?P<day>[0-3]?\d)\s(?:من\s)?(?:الشهر|شهر)\s(?P<which>الحالي|الجاري|"
    r"المنصرم|الماضي)"
)


# "On the 23rd (local time), Iran attacked": a bare day, as an English rewrite of a Korean or
# Japanese report gives it, closed by a bracket, a comma or a time of day; not "the 3rd
# Infantry Division", "the 12th consecutive day", "the 23rd of June"
_ON_THE_DAY = re.compile(
    r"\bon the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s?[(,]|\s?$|\s(?:local|at|as|when|while|morning|afternoon|evening|night)\b)"
)


def numeric(norm: str, pub: date | None) -> date | None:
    """2024-07-25 or 25/07/2024: in prose these are mostly page furniture, so they come last;
    "1/28" in Chinese or Japanese text; Arabic "الـ15 من الشهر الجاري" (the 15th of this
    month, never after the publication day); English "on the 23rd (local time)"."""
    for rx in (_ISO, _DMY):
        if m := rx.search(norm):
            found = valid_date(int(m["year"]), int(m["month"]), int(m["day"]))
            if found:
                return found
    if not norm.isascii() and SPACELESS.search(norm) and (m := _SLASH.search(norm)):
        return in_year_before(pub, int(m["month"]), int(m["day"]))
    if pub is not None and "الشهر" in norm and (m := _OF_THIS_MONTH.search(norm)):
        month = pub.replace(day=1)
        if m["which"] in ("المنصرم", "الماضي"):
            month = (month - timedelta(days=1)).replace(day=1)
        found = valid_date(month.year, month.month, int(m["day"]))
        return found if found is not None and found <= pub else None
    if ("(" in norm or any(w in norm for w in _DAY_SLASH_WORDS)) and (m := _DAY_SLASH.search(norm)):
        if m["year"]:
            return valid_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return in_year_before(pub, int(m["month"]), int(m["day"]))
    if pub is not None and "on the " in norm and (m := _ON_THE_DAY.search(norm)):
        return in_month_before(pub, int(m["day"]))
    return None
