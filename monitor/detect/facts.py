"""Numbers and details of an attack: projectiles, casualties, interception and who claimed
it (`claims`).

Works on the sentences the matcher chose as describing the new attack: their normalised
text and their lexicon hits; `story_facts` looks further down the story for what those do
not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from monitor.detect.claims import Sentence, claim, iran_arm, state_doer
from monitor.detect.days import elsewhere
from monitor.detect.lexicon import Hit
from monitor.detect.sentence import WEAK, Reading

_NUMBER = re.compile(r"^\d{1,4}$")
_CLITICS = frozenset("وبلفك")  # Arabic one-letter words written onto the next: and, with, for
_PUNCT = ",.;:()\"'"
_AGE = re.compile(r"^\(\d{1,2}\)[,.;:]?$")  # a person's age after the name: "(23)"
_AGED = frozenset({"aged", "age"})
_CLAUSE_END = re.compile(r"[,.;:!?\u060c]")
# a floor put before a count: "killed no fewer than three", "feriu ao menos 25"
_AT_LEAST = re.compile(
    r"\s*(?:at least|no fewer than|not less than|no less than|au moins|mindestens|al menos|"
    r"por lo menos|almeno|pelo menos|ao menos|не менее|по меньшей мере|en az|sedikitnya|"
    r"setidaknya|ten minste|minstens|co najmniej)\s"
)
_CLOCK = re.compile(r"^\(?(?:gmt|utc|am|pm|a\.m\.|p\.m\.|hrs|hours|local)\b")
_ARTICLES = frozenset({"a", "an", "un", "une", "una", "uno", "ein", "eine", "einen", "um", "uma"})


# the names of the months in the main languages of the press, in full or (English) cut short,
# Persian and Levantine Arabic ones too: whole words ("march", not "marines"; "gennaio", not
# "generale")
_MONTHS = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|"
    r"juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|marz|juni|"
    r"juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
    r"sierpnia|wrzesnia|pazdziernika|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik|"
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    r"كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|"
    r"فروردين|فروردین|ارديبهشت|اردیبهشت|خرداد|تير|تیر|مرداد|شهريور|شهریور|مهر|ابان|آبان|"
    r"اذر|آذر|دي|دی|بهمن|اسفند)\.?"
)
# a month's name before a day's number ("on July 25 hurt no one"), or after it, perhaps
# after "de": "15 July", "15 de julio", "15 مرداد"
_MONTH_WORD = re.compile(rf"^{_MONTHS}$")
_DAY_OF = re.compile(rf"(?:de\s)?{_MONTHS}[,،]?(?:\s.*)?")


@dataclass(frozen=True)
class Facts:
    projectiles: int | None = None
    intercepted: bool | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None


def _number(word: str, numbers: dict[str, int], clitic: bool = False) -> int | None:
    """The number a word says; with `clitic`, also after an Arabic one-letter word written
    onto it ("بثلاثه صواريخ": with three rockets; not for a toll, where "اصابه بصاروخين" is
    a hit by two rockets)."""
    word = word.strip(_PUNCT)
    if _NUMBER.match(word):
        return int(word)
    if word in numbers:
        return numbers[word]
    if clitic and len(word) > 3 and word[0] in _CLITICS:
        return numbers.get(word[1:])
    return None


class _Count(NamedTuple):
    value: int
    apart: int  # words from the term: 1 is right beside it
    word: str  # as written: "three", "25", "a"


def _before(
    norm: str, start: int, numbers: dict[str, int], window: int = 3, clitic: bool = False
) -> _Count | None:
    """A number among the `window` words before position `start` (not a day of a month: "on
    July 25 hurt no one")."""
    words = norm[:start].split()[-window - 1 :]
    for i in range(len(words) - 1, max(0, len(words) - window) - 1, -1):
        value = _number(words[i], numbers, clitic)
        if value is not None and i + 1 < len(words) and _CLOCK.match(words[i + 1]):
            continue  # a time of day: "(0915 GMT), killing or injuring no one"
        if value is not None and _DAY_OF.fullmatch(" ".join(words[i + 1 : i + 3])):
            continue  # a day of a month: "on 15 July rockets", "۱۵ مرداد، راکتی"
        if value is not None and (_AGE.match(words[i]) or (i > 0 and words[i - 1] in _AGED)):
            continue  # an age: "Breonna Moffett (23)", "a medic aged 26 had been killed"
        if value is not None:
            if i > 0 and _MONTH_WORD.match(words[i - 1]):
                return None
            value = 0 if i > 0 and words[i - 1] == "no" else value  # "no one was hurt"
            return _Count(value, len(words) - i, words[i])
    return None


def _after(norm: str, end: int, numbers: dict[str, int], window: int = 2) -> _Count | None:
    """A number among the `window` words after position `end`, within its clause ("wounding
    12 others", "hurt no one"; not "no casualties, a spokesman said")."""
    clause = _CLAUSE_END.split(norm[end:], maxsplit=1)[0]
    if qualified := _AT_LEAST.match(clause):
        clause = clause[qualified.end() :]  # "killing at least three"
    words = clause.split()[:window]
    for i, word in enumerate(words):
        value = _number(word, numbers)
        if value is not None:
            return _Count(0 if i > 0 and words[i - 1] == "no" else value, i + 1, word)
    return None


def _right_after(norm: str, end: int, after: _Count) -> bool:
    """Whether a number after the word follows it at once, or after "to" or "of": "wounding
    12", "injuries to 34" (not "killed and dozens injured")."""
    return after.apart == 1 or (after.apart == 2 and norm[end:].split()[:1] in (["to"], ["of"]))


# a count with its classifier, which Chinese, Japanese and Korean write right before the
# weapon or right after it: "5枚火箭弹", "十余枚导弹", "ミサイル2発", "로켓 3발", "드론 2대"
_HAN_DIGITS = dict(zip("一二两三四五六七八九", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_HAN_COUNT = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"  # digits, or a numeral up to 99
_CLASSIFIED = _HAN_COUNT + r"(?:余|多|数)?(?:枚|发|発|架|颗|機|机|발|대)"
_COUNT_BEFORE = re.compile(_CLASSIFIED + r"(?:の)?\s?$")
_COUNT_AFTER = re.compile(r"\s?" + _CLASSIFIED)


def _han_number(text: str) -> int | None:
    """ "12" or a Chinese numeral up to ninety-nine ("十", "十二", "二十", "两")."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _HAN_DIGITS.get(text)
    high = _HAN_DIGITS.get(tens, 0) if tens else 1
    low = _HAN_DIGITS.get(units, 0) if units else 0
    return high * 10 + low


def _classified(norm: str, hit: Hit) -> int | None:
    """The count a classifier gives next to a weapon word, in the scripts that use them."""
    if norm.isascii():
        return None
    for found in (
        _COUNT_BEFORE.search(norm, max(0, hit.start - 8), hit.start),
        _COUNT_AFTER.match(norm, hit.end),
    ):
        if found and (value := _han_number(found.group(1))):
            return value
    return None


def _projectiles(
    sentences: Sequence[Sentence], numbers: dict[str, int], vague: frozenset[str]
) -> int | None:
    """The first count of weapons the sentences give ("three rockets", "25 107mm rockets",
    "5枚火箭弹"); "a rocket attack" counts one, and "several rockets" the guess its `vague`
    word gives, only when no sentence gives an exact number."""
    single = None
    for norm, hits in sentences:
        for hit in hits:
            if hit.label.startswith("weapon:"):
                if (counted := _classified(norm, hit)) is not None and 0 < counted < 200:
                    return counted
                found = _before(norm, hit.start, numbers, clitic=True)
                if found is None and _number(hit.text, numbers, clitic=True) == 2:
                    return 2  # the count in the word itself: the Arabic dual, "صاروخان"
                if found is None or not 0 < found.value < 200:
                    continue
                if found.word not in _ARTICLES and found.word not in vague:
                    return found.value
                single = single or found.value
    return single


def _casualties(sentences: Sequence[Sentence], numbers: dict[str, int], label: str) -> int | None:
    """The largest count of `label` ("cat:killed", "cat:injured") the sentences give: a story
    updates its toll as it goes ("one American was badly hurt" ... "seven service members
    were injured"), and the latest official figure is the largest."""
    counts = [n for s in sentences if (n := _sentence_casualties(s, numbers, label)) is not None]
    return max(counts, default=None)


# people counted with a classifier just before the toll word: "米兵3人が死亡", "造成3名美军士兵
# 死亡", "34명이 다쳤다"
_PEOPLE = re.compile(_HAN_COUNT + r"(?:余|多)?(?:人|名|명)")
_PEOPLE_REACH = 15  # characters before the toll word


def _people_counted(norm: str, hit: Hit) -> int | None:
    if norm.isascii():
        return None
    found = list(_PEOPLE.finditer(norm, max(0, hit.start - _PEOPLE_REACH), hit.start))
    return _han_number(found[-1].group(1)) if found else None


def _named(count: _Count, hits: Sequence[Hit]) -> bool:
    """Whether a count's number is a base's: "Tower 22"."""
    word = count.word.strip(_PUNCT)
    return any(h.label.startswith("place:") and word in h.text.split() for h in hits)


def _sentence_casualties(sentence: Sentence, numbers: dict[str, int], label: str) -> int | None:
    """The count of `label` one sentence gives, the first it gives."""
    norm, hits = sentence
    denied = [h for h in hits if h.label in ("cat:no_casualties", "cat:no_deaths")]
    for hit in hits:
        if hit.label != label or any(d.start <= hit.start and hit.end <= d.end for d in denied):
            continue  # "nobody was killed or hurt": no count, the denial says none
        if (people := _people_counted(norm, hit)) is not None and people < 1000:
            return people
        # a number right before the word ("3 killed"), else right after it ("killing three
        # and wounding 12"), else a little before ("34 US troops were injured")
        before = _before(norm, hit.start, numbers, 5)
        if before is not None and _named(before, hits):
            before = None  # "at Tower 22, Jordan, killed three"
        after = _after(norm, hit.end, numbers)
        found: _Count | None
        if before and before.apart <= 2:
            found = before
        elif after and _right_after(norm, hit.end, after):
            found = after
        else:  # "hurt no one"
            found = before or after
        # not a weapon's dual: "طايرتين مسيرتين ... اصابه مباشره" is two drones, a direct hit;
        # not a number of a base's name: "auf den Stützpunkt Tower 22 ... getötet"
        if (
            found is not None
            and found.value < 1000
            and not any(h.text == found.word and h.label.startswith("weapon:") for h in hits)
            and not _named(found, hits)
        ):
            return found.value
    return None


def _toll(
    sentences: Sequence[Sentence], numbers: dict[str, int], labels: set[str]
) -> tuple[int | None, int | None]:
    """Killed and injured as `sentences` (whose hits' labels are `labels`) say them."""
    killed = _casualties(sentences, numbers, "cat:killed")
    injured = _casualties(sentences, numbers, "cat:injured")
    if "cat:no_casualties" in labels:
        return killed or 0, injured or 0
    if "cat:no_deaths" in labels:  # "nobody was killed": the injured are not said
        return killed or 0, injured
    return killed, injured


# what says the defences did not bring the weapon down: "got through air defences", "after
# air defenses failed to stop it", "the base lacked the air defenses", "boosting air defenses"
_GOT_PAST = re.compile(
    r"\b(?:through|past|evad\w*|eluded?|lack\w*|without|boost\w*|bolster\w*|strengthen\w*|"
    r"more|additional|reinforce\w*)\s(?:\S+\s){0,2}$"
)
_FAILED_AFTER = re.compile(
    r"\s(?:\S+\s){0,2}(?:failed|did not|didn't|could not|couldn't|were unable)\b"
)


def _brought_down(norm: str, hits: Sequence[Hit]) -> bool:
    """Whether a sentence tells of an interception, not of a weapon that got past the
    defences or of defences sent or lacking."""
    return any(
        h.label == "cat:intercepted"
        and not _GOT_PAST.search(norm, max(0, h.start - 30), h.start)
        and not _FAILED_AFTER.match(norm, h.end)
        for h in hits
    )


def extract_facts(
    sentences: Sequence[Sentence],
    numbers: dict[str, int],
    *,
    vague: frozenset[str] = frozenset(),
    doers: bool = False,
) -> Facts:
    """The facts said in `sentences`; None where they say nothing. `vague`: the number words
    that count only roughly. `doers`: the sentences are the story's evidence, whose attacker
    named first is its author (`claim`)."""
    labels = {h.label for _, hits in sentences for h in hits}
    killed, injured = _toll(sentences, numbers, labels)
    return Facts(
        projectiles=_projectiles(sentences, numbers, vague),
        intercepted=any(_brought_down(norm, hits) for norm, hits in sentences),
        killed=killed,
        injured=injured,
        claimed_by=claim(sentences, doers=doers),
    )


TOLL_SENTENCES = 20  # a report gives its toll this near the top, if anywhere
# a negation or a question in the main languages of the press: an interception said there
# may be one that failed
_UNSURE = re.compile(
    r"\b(?:not|never|failed|fail|why|unable|nicht|warum|pas|pourquoi|sans|no|sin|non|perche|"
    r"не|почему|لم|لماذا|دون|غير)\b|n't|اخفق|نتوانست|چرا"
)
_OLDER = frozenset({"follow_up", "dated_old"})  # sentences dated days before the story
_TOLL = frozenset(
    {"cat:killed", "cat:injured", "cat:no_casualties", "cat:no_deaths", "cat:intercepted"}
)


def story_facts(
    readings: list[Reading],
    support: list[Reading],
    numbers: dict[str, int],
    vague: frozenset[str] = frozenset(),
) -> Facts:
    """Counts, toll and claim from the evidence and the lead; a claim from anywhere in the
    story, and the toll and an interception from its first TOLL_SENTENCES, when they say
    none."""
    lead_and_chosen = list(dict.fromkeys([*support, *(r for r in readings if r.lead)]))
    evidence = [r.sentence for r in lead_and_chosen if "recall" not in r.flags]
    facts = extract_facts(evidence, numbers, vague=vague, doers=True)
    if facts.claimed_by is None:  # claims often come a few paragraphs down
        claimed = claim([r.sentence for r in readings if not r.flags & WEAK])
        # else Iran, when the evidence tells it attacked ("Iran fired missiles at ...")
        claimed = claimed or next(filter(None, (state_doer(*s) for s in evidence)), None)
        if claimed == "Iran":
            claimed = iran_arm([r.sentence for r in readings if not r.flags & WEAK])
        facts = replace(facts, claimed_by=claimed)
    told = {r.index for r in lead_and_chosen}
    if facts.projectiles is None:
        # "Two of the rockets landed inside the base", a paragraph on: the count the
        # evidence does not give, from a sentence near the top that tells of the attack, not
        # of an older one ("the base had been hit by three rockets") or another base's
        bases = [e.place for r in support for e in r.places]
        on_it = [
            r.sentence
            for r in readings
            if r.index <= TOLL_SENTENCES
            and r.index not in told
            and r.attack
            and not r.flags & (WEAK | _OLDER)
            and not any(h.label == "cat:before" for h in r.hits)
            and not elsewhere(r, bases)
        ]
        facts = replace(facts, projectiles=_projectiles(on_it, numbers, vague))
    if facts.killed is not None and facts.injured is not None and facts.intercepted:
        return facts
    near = [  # "No one was hurt.", "The drone was shot down.", a paragraph on
        r.sentence
        for r in readings
        if r.index <= TOLL_SENTENCES
        and r.index not in told
        and not r.flags & WEAK
        and any(h.label in _TOLL for h in r.hits)
    ]
    if not near:
        return facts
    killed, injured = _toll(near, numbers, {h.label for _, hits in near for h in hits})
    # an interception a paragraph on: of a weapon ("the air defences were strengthened" is
    # none), and not in a sentence that may deny it ("why air defences did not stop it")
    downed = facts.intercepted or any(
        any(h.label.startswith("weapon:") for h in hits)
        and not _UNSURE.search(norm)
        and _brought_down(norm, hits)
        for norm, hits in near
    )
    return replace(
        facts,
        killed=killed if facts.killed is None else facts.killed,
        injured=injured if facts.injured is None else facts.injured,
        intercepted=downed,
    )
