"""Resolve the date of an attack from what a report says ("late on Thursday", "overnight",
"on July 25", "مساء الخميس") against the report's publication time, in local time.

Works on a sentence's normalised text and its lexicon hits (weekday, month, date and holiday
labels), so no sentence is searched twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from monitor.detect.following import answered_day, died_then
from monitor.detect.lexicon import Hit, inside
from monitor.detect.stretches import starts_stretch
from monitor.detect.text import word_count
from monitor.detect.written import (
    DAY_AFTER,
    SAID_AFTER,
    cjk,
    in_year_before,
    label_index,
    month_day,
    numeric,
)
from monitor.detect.zones import local_date

MAX_DAYS_BACK = 4
# words before a bare month name that make it a date ("in January"), not a verb ("may")
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|since|last|the|early|late|mid|of|during|until|by|en|im|depuis|desde|pada|bulan|"
    r"sejak|em|w|v|ve|u|od|sinds)|في|منذ|در|ماه|شهر)\s$"
)
# a month named as an attack's ("Iran's January missile strike", "l'attaque de janvier"): the
# English adjective before the attack's noun, the Romance "de" after it
_MONTH_NOUN = re.compile(
    r"\s(?:(?:19|20)\d\d\s)?(?:(?:ballistic|iranian|missile|rocket|drone)\s){0,2}"
    r"(?:strike|strikes|attack|attacks|barrage|assault|raid|bombardment)\b"
)
_NOUN_MONTH = re.compile(
    r"\b(?:attaque|attaques|frappe|frappes|ataque|ataques|attacco|attacchi|bombardeo|"
    r"bombardement)\s(?:de|d|di|del)\s$"
)
# "dans la nuit de samedi a dimanche", "ليل السبت على الأحد", "ليل الجمعة – السبت"
_NIGHT_INTO = re.compile(r"\s(?:(?:a|au|to|into|al|bis|zum|op|na|spre|para|на|على|الى|الي)\s)?")
# "the night between Saturday and Sunday", "nella notte tra sabato e domenica"
_NIGHT_BETWEEN = re.compile(
    r"\b(?:night|nuit|noche|notte|nacht|noite|nocy|noci)\s(?:\w+\s)?"
    r"(?:between|entre|tra|fra|zwischen|miedzy|mezi)\s(?:\w+\s)?$"
)
_AND = re.compile(r"\s(?:and|et|y|e|und|en|i|a|og|och)\s")
# "ليلة الخميس", "شب پنجشنبه": in Arabic and Persian a weekday's night is the one before it
_EVE = re.compile(r"(?:\bو?ليله|\bشب)\s$")
# a weekday said to be past ("last Thursday", "الخميس الماضي"): an earlier event's day
_PAST_AFTER = re.compile(r"\s(?:الماضي|الفايت|dernier|pasado|passato|passado|passe)\b")
_PAST_BEFORE = re.compile(r"\b(?:last|past|previous|vergangenen|letzten)\s$")
# "the group said on Monday", "images taken on Sunday": a statement's day, not the attack's
_SAID = re.compile(
    r"(?:said|says|told|announced|reported|added|stated|statement|confirmed|claimed|taken|released|"
    r"filmed|published|examined|analysed|analyzed|declared|a dit|a declare|a confirme|a annonce|"
    r"a indique|ont indique|a precise|"
    r"a fait savoir|ont fait savoir|a affirme|ont affirme|a assure|dijo|"
    r"confirmo|informo|anuncio|indico|sagte|bestatigte|erklarte|ha detto|ha confermato|"
    r"ha annunciato|ha riferito|confirmou|anunciou|dedi|اعلن|اعلنت|قال|قالت|ذكر|ذكرت|افاد|"
    r"افادت|заявил|заявили|сообщил|сообщили|disse|informou|zei|meldde|"
    r"poinformowa[lł]\w*|poda[lł]\w*|przekaza[lł]\w*|"
    r"a declarat|kozolte|uvedl|oznamil|uviedol|izjavio|priopcio|saopstil\w*|sporocil|заяви|съобщи|"
    r"соопшти|заявив|повідомив|meldden|zeiden|verklaarde|verklaarden|kozoltek|"
    r"ανεφερε|ανεφεραν|ανακοινωσε|ανακοινωσαν|δηλωσε|δηλωσαν)\s(?:(?!that\s|que\s|dass\s|che\s)\w+\s)?"
    r"(?:on\s|le\s|el\s|am\s|il\s|يوم\s)?$"
)  # "said that on Tuesday drones ...": the day after "that" is the news's
# "said in a statement on Sunday", "according to the Security Media Cell on Sunday": the
# weekday closes an attribution a few words long
_SAID_LATE = re.compile(
    r"(?:\b(?:said|says|told|announced|reported|according\sto|selon|segun|laut|secondo)|"
    r"بحسب|وفق)\s(?:(?!that\s|que\s|dass\s|che\s)\w+\s){1,8}(?:on\s|le\s|el\s|am\s|il\s)$|"
    # "كشفت دائرة صحة أربيل، الاثنين، عن وفاة": Arabic puts the day after the one who spoke
    r"(?:^|\s)(?:كشفت|كشف|اعلنت|اعلن|قالت|قال|ذكرت|ذكر|افادت|افاد|اكدت|اكد)\s"
    r"(?:(?!ان\s)[^\s،,]+\s){0,4}(?:(?!ان\s)[^\s،,]+[،,]\s(?:(?:ال)?يوم\s)?|يوم\s)$"
)  # or with "يوم" (on): "أكّد مدير مطار أربيل الدولي يوم الثلاثاء أن ..."

# "Dimanche matin, l'armee a reconnu que sa base avait ete visee samedi": a weekday before
# what was said ("said that", "a reconnu que") is the statement's, one after it the news's
SAID_THAT = re.compile(
    r"\b(?:said|says|announced|confirmed|acknowledged|admitted|reported|stated|disclosed|"
    r"revealed|reconnu|admis|confirme|annonce|indique|precise|affirme|fait\ssavoir|dijo|"
    r"confirmo|informo|anuncio|reconocio|admitio|sagte|bestatigte|erklarte|raumte|"
    r"meldete|detto|confermato|annunciato|riferito|ammesso|confirmou|anunciou|admitiu|"
    r"informou|disse|meldde|meldden|zei|zeiden|verklaarde|verklaarden|kozolte|kozoltek|"
    r"ανεφερε|ανεφεραν|ανακοινωσε|ανακοινωσαν|δηλωσε|δηλωσαν|poinformowal\w*|przekazal\w*|"
    r"uvedl\w*|oznamil\w*|заявил\w*|сообщил\w*),?\s(?:[\w-]+,?\s){0,4}"
    r"(?:that|que|qu'|dass|che|dat|hogy|οτι|ze|что)\b"
)
# a weekday that opens the sentence, then the statement or the news it dates, then the
# attack's own day: "On Monday the Department of Defense released the names of three soldiers
# killed on Sunday", "Early on Monday, Iraqi authorities said ... fired late on Sunday night"
_FRONTED = 12
_SPOKE = re.compile(
    r"\b(?:said|says|named|identified|announced|confirmed|disclosed|released|reported|revealed|"
    r"acknowledged|stated|briefed|told|a\sdit|a\sannonce|a\sconfirme|a\sindique|dijo|anuncio|"
    r"confirmo|informo|sagte|teilte|bestatigte|erklarte|meldete|ha\sdetto|ha\sannunciato|"
    r"ha\sconfermato|disse|anunciou|confirmou|informou|заявил\w*|сообщил\w*)\b"
)
# "the Pentagon on Monday named the three soldiers killed early on Sunday": English may put
# the day of a statement before its verb, or name the statement by it ("in a Thursday
# statement", "Monday's briefing")
_SAID_NEXT = re.compile(
    r"(?:'s)?\s(?:(?:morning|afternoon|evening|night)\s)?(?:said|says|named|identified|"
    r"announced|confirmed|disclosed|released|told|reported|revealed|acknowledged|stated|blamed|"
    r"denied|called|demanded|condemned|urged|vowed|pledged|statement|briefing|announcement|"
    r"news\sconference|press\sconference)\b|"
    r"\s(?:azt\s)?(?:kozolte|kozoltek|mondta|mondtak|jelentette|jelentettek)\b|"  # Hungarian
    # "On Friday, the Associated Press analysed satellite pictures": a study's day
    r",?\s(?:[\w.-]+\s){1,4}(?:analysed|analyzed|examined|reviewed)\b"
)


_DATE_LABELS = ("holiday:", "month:", "weekday:", "date:")
_DIGIT = re.compile(r"\d")
_DATELINE_CHARS = 25  # a full date this near a sentence's start is its dateline
# or after a city and the outlet in brackets: "(menafn nam news network) damascus, aug 14"
_DATELINE = re.compile(r"(?:\([^()]{1,40}\)\s)?[^\s,()]+(?:\s[^\s,()]+){0,2},\s")


# a page's time stamp: "Published: Feb. 16, 2021 at 5:10 AM", "Stand: 22.04.2024 03:21 Uhr"
_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?!\d)")
_STAMP = re.compile(
    r"\b(?:published|updated|posted|last modified|stand|veroffentlicht|aktualisiert|publie|"
    r"mis a jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|"
    r"gepubliceerd|bijgewerkt|yayinlanma|guncelleme|diterbitkan|dipublikasikan|"
    r"опубликовано|обновлено)\b|شايع|تاريخ النشر|اخر تحديث|发布时间|發布時間|更新时间|입력|수정"
)
STAMP_WORDS = 8  # a line this short with a clock time is a time stamp


def time_stamp(norm: str) -> bool:
    """Whether a line is the page's time stamp, not a sentence of the story."""
    return (
        ":" in norm
        and _CLOCK.search(norm) is not None
        and (_STAMP.search(norm) is not None or word_count(norm) <= STAMP_WORDS)
    )


def said_date(norm: str, hits: Sequence[Hit], pub: date | None) -> date | None:
    """The date one normalised sentence gives, or None when it gives none."""
    if word_count(norm) < 5 or time_stamp(norm):  # a dateline or a time stamp
        return None
    events = _events(hits)
    words = hits
    hits = [h for h in hits if h.label.startswith(_DATE_LABELS)]
    if not hits and not _DIGIT.search(norm):
        return None  # no day named and no number: most sentences
    for hit in hits:
        if hit.label.startswith("holiday:"):
            month, day = (int(x) for x in hit.label[8:].split("-"))
            return in_year_before(pub, month, day)
    # "in retaliation for the US strikes on Saturday": another event's day
    days = [h for h in hits if h.label.startswith("weekday:") and not answered_day(norm, h, hits)]
    if len(days) > 1:  # "שבת לראשון" (Saturday into Sunday) is Sunday, not Saturday too
        days = [
            d
            for d in days
            if not any(o.end - o.start > d.end - d.start and inside(d, [o]) for o in days)
        ]
    for hit in _attack_dates_first(hits, words):
        if hit.label.startswith("month:") and (found := month_day(norm, hit, pub)):
            if hit.start < _DATELINE_CHARS or _DATELINE.fullmatch(norm, 0, hit.start):
                if any(d.start > hit.end for d in days):
                    continue  # "Washington, January 21, 2024: ... attacked on Saturday"
                if any(h.label == "date:yesterday" and h.start > hit.end for h in hits):
                    return found - timedelta(days=1)  # "Damascus, Aug 14 ... last night"
            return found
    if ("日" in norm or "일" in norm) and (found := cjk(norm, pub, weekdays=bool(days))):
        return found
    if pub is not None:
        today = [h.end for h in hits if h.label == "date:today"]
        stated: list[int] = []  # where the weekdays of statements start
        for i, hit in enumerate(days):
            if _statement(norm, hit, events):
                stated.append(hit.start)
                continue
            if starts_stretch(norm, hit, words) or _zoned(norm, hit) or died_then(norm, hit):
                continue
            if (
                i + 1 < len(days)
                and any(0 <= hit.start - end <= 3 for end in today)
                and not _past(norm, days[i + 1])
            ):
                continue  # "the Pentagon said today (Tuesday) that on Sunday ..."
            later = days[i + 1] if i + 1 < len(days) else None
            if later and SAID_THAT.search(norm, hit.end, later.start):
                continue
            if later and hit.start <= _FRONTED and _SPOKE.search(norm, hit.end, later.start):
                continue  # "On Monday the Pentagon named the three soldiers killed on Sunday"
            if later and (
                _NIGHT_INTO.fullmatch(norm, hit.end, later.start)
                or (
                    _AND.fullmatch(norm, hit.end, later.start)
                    and _NIGHT_BETWEEN.search(norm, max(0, hit.start - 30), hit.start)
                )
            ):
                # "the night of Saturday to Sunday": the attack's date is Sunday; but in a
                # story of the Saturday, the night it tells began that day
                began = _last(hit, pub)
                if _last(later, pub) <= began:
                    return began
                hit = later
            elif _EVE.search(norm, max(0, hit.start - 6), hit.start):
                return _last(hit, pub) - timedelta(days=1)
            return _next_day_there(norm, hit, pub) or _last(hit, pub)
        # "قالت الوزارة، اليوم السبت، إن": today, named with the statement's weekday (every
        # weekday was asked in the loop, which ends in a return at the first that dates), or
        # right after whoever spoke ("the coalition said today that a base had been hit"), is
        # the statement's day, not the attack's
        labels = {
            h.label
            for h in hits
            if not (
                h.label == "date:today"
                and (any(0 <= s - h.end <= 3 for s in stated) or _statement(norm, h))
            )
        }
        if "date:yesterday" in labels:
            return pub - timedelta(days=1)
        if "date:today" in labels or "date:overnight" in labels:
            return pub  # "overnight", in a morning report: the night that just ended
    return numeric(norm, pub)


# "5:30 p.m. Eastern time, which was 1:30 a.m. Wednesday in Iraq": a morning hour given with
# the weekday in the attack's own time, which may be the day after an American outlet's date
_SMALL_HOURS = re.compile(
    r"(?:\b[0-1]?\d(?::[0-5]\d)?\s?a\.?\s?m\.?\s(?:on\s)?|"
    r"\b(?:in\s)?the\s(?:early|small|pre\sdawn)\shours\sof\s|\bearly\son\s)$"
)
_THERE = re.compile(
    r",?\s(?:local\stime|iraq\stime|in\s(?:iraq|syria|jordan|the\sregion|baghdad|erbil))"
)


def _next_day_there(norm: str, hit: Hit, pub: date) -> date | None:
    """The day after publication, when a weekday is that day's and given with an early hour
    in the attack's time ("1:30 a.m. Wednesday in Iraq", in a Tuesday story)."""
    following = pub + timedelta(days=1)
    if following.weekday() != label_index(hit) or not _SMALL_HOURS.search(
        norm, max(0, hit.start - 24), hit.start
    ):
        return None
    return following if _THERE.match(norm, hit.end) else None


# "at about 1:30 a.m. (2230 GMT on Tuesday)": the day a time is in another zone, not the
# attack's local day
_ZONED = re.compile(r"\b(?:gmt|utc|et|est|edt|cet|cest|bst)\s(?:on\s)?(?:the\s)?$")


def _zoned(norm: str, hit: Hit) -> bool:
    return _ZONED.search(norm, max(0, hit.start - 16), hit.start) is not None


def _past(norm: str, hit: Hit) -> bool:
    """Whether a weekday is said to be past: "last Thursday", "يوم الخميس الماضي"."""
    return bool(
        _PAST_AFTER.match(norm, hit.end)
        or _PAST_BEFORE.search(norm, max(0, hit.start - 12), hit.start)
    )


def _statement(norm: str, hit: Hit, events: Sequence[int] = ()) -> bool:
    """Whether a weekday is the day something was said, not the day of the attack. Some
    words after a verb of saying, it is the day of what was said when the attack's verb
    (at `events`) stands between them: "forces said a drone was shot down on Monday"."""
    if (
        _SAID.search(norm, max(0, hit.start - 25), hit.start)
        or SAID_AFTER.match(norm, hit.end)
        or _SAID_NEXT.match(norm, hit.end)
    ):
        return True
    late = _SAID_LATE.search(norm, max(0, hit.start - 80), hit.start)
    return late is not None and not any(late.start() < e < hit.start for e in events)


_ON_GAP = 8  # characters between an attack's word and its date: "attack on 1 March"


def _attack_dates_first(hits: list[Hit], words: Sequence[Hit]) -> list[Hit]:
    """The date hits, a month named just after an attack's word (among the sentence's
    `words`) first, when the sentence names two: "died of his wounds on March 8 from an
    attack on March 1" is of March 1."""
    months = [h for h in hits if h.label.startswith("month:")]
    if len(months) < 2:
        return hits
    attacks = [h.end for h in words if h.label == "cat:attack"]
    first = [h for h in months if any(0 <= h.start - end <= _ON_GAP for end in attacks)]
    return first + [h for h in hits if h not in first]


_EVENTS = ("cat:attack", "cat:intercepted", "cat:other_weapon")


def _events(hits: Sequence[Hit]) -> list[int]:
    """Where the sentence's verbs of the attack start, and its bombings: "the military said a
    car bomb on Sunday was foiled" dates the bombing, not what the military said."""
    return [h.start for h in hits if h.label in _EVENTS]


def statement_date(norm: str, hits: Sequence[Hit], pub: date | None) -> date | None:
    """The day a sentence says its news was given ("officials said on Tuesday that two
    rockets hit the base"): for a report that gives no other, the attack's day."""
    if pub is None or word_count(norm) < 5:
        return None
    events = _events(hits)
    for hit in hits:
        if hit.label.startswith("weekday:") and _statement(norm, hit, events):
            return _last(hit, pub)
    return None


def named_today(norm: str, hits: Sequence[Hit], pub: date | None) -> date | None:
    """The day a sentence names as today ("مساء اليوم الأربعاء", this evening, Wednesday):
    the story's today, on a page dated the morning after."""
    if pub is None:
        return None
    today = [h.end for h in hits if h.label == "date:today"]
    for hit in hits:
        if hit.label.startswith("weekday:") and any(0 <= hit.start - end <= 2 for end in today):
            return _last(hit, pub)
    return None


def _last(weekday: Hit, pub: date) -> date:
    """The day a weekday names: the publication day or the last one before it."""
    return pub - timedelta(days=(pub.weekday() - label_index(weekday)) % 7)


def older_month(norm: str, hits: Sequence[Hit], pub: date) -> bool:
    """Whether the sentence names a month (without a day) that is not the publication's
    month or, early in a month, the one before: "the January missile strike", said in March,
    and "Iran's January strike", "l'attaque de janvier"."""
    allowed = {pub.month - 1}
    if pub.day <= MAX_DAYS_BACK:
        allowed.add((pub.month - 2) % 12)
    for hit in hits:
        if not hit.label.startswith("month:") or label_index(hit) in allowed:
            continue
        if DAY_AFTER.match(norm, hit.end):
            continue  # a date, not a month
        if (
            _MONTH_CUE.search(norm, max(0, hit.start - 8), hit.start)
            or _NOUN_MONTH.search(norm, max(0, hit.start - 24), hit.start)
            or (norm[hit.start : hit.end] != "may" and _MONTH_NOUN.match(norm, hit.end))
        ):
            return True
    return False


def resolve_date(
    sentences: Sequence[tuple[str, Sequence[Hit]]], published: datetime | date | None
) -> date | None:
    """The attack date said in the first of `sentences` (normalised text and hits, most
    telling first) that says one; the local publication date when none does."""
    pub = local_date(published)
    for norm, hits in sentences:
        found = said_date(norm, hits, pub)
        if found is not None and (pub is None or found <= pub + timedelta(days=1)):
            return found
    return pub
