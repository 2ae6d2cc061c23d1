"""Sentences that tell of an attack before the story's own: in a past perfect ("the base
had been targeted on Tuesday", "وكانت القاعدة ... قد تعرضت") or by what the story's came
after ("the attack came a day after rockets hit Balad", "غداة استهداف"), or as the day before
it ("la veille"). A base only such a sentence names is background: not the salvo's, however
near the lead it stands.
"""

from __future__ import annotations

import re
from datetime import date

from monitor.detect.sentence import Reading

# what was said, told in a past perfect ("the news that two bases had been attacked",
# "la notizia che due basi erano state attaccate"): reported speech, not an earlier attack
_REPORTED = re.compile(r"\b(?:that|che|que|qu|dass|dat|ze|że)\s(?:\S+\s){0,5}$")
# Arabic's past perfect, with the subject between its two words: "وكانت القاعدة، الواقعة في
# محافظة ديالى، قد تعرضت"; the word after "قد" is its verb
_ARABIC_PERFECT = re.compile(r"(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s(?:[^.؟!]{0,90}?\s)?قد\s(\S+)")
# a past perfect of what was announced ("وكان المرصد قد أشار أمس إلى أن"): the news of the
# attack, often of the story's own
_ARABIC_SAID = re.compile(r"(?:اعلن|اشار|ذكر|افاد|قال|اكد|نشر|تبن|اورد|بث)")


def told_before(r: Reading) -> bool:
    """Whether sentence `r` tells of an attack before the story's own."""
    for h in r.hits:
        if h.label == "cat:before" and not _REPORTED.search(r.norm, max(0, h.start - 60), h.start):
            return True
    if "قد" not in r.norm:
        return False
    perfect = _ARABIC_PERFECT.search(r.norm)
    return perfect is not None and not _ARABIC_SAID.match(perfect.group(1))


def background(r: Reading, day: date | None, said: date | None) -> bool:
    """Whether sentence `r` tells of an attack before the story's, which is of `day`: not
    when it says that day ("earlier on Monday, drones had hit al-Tanf": the same day's
    salvo), nor in a follow-up, which tells its own attack in the past perfect ("the airport
    had come under rocket fire on the 15th")."""
    if (said is not None and said == day) or "follow_up" in r.flags:
        return False
    return told_before(r)


def the_day_before(r: Reading, day: date | None) -> bool:
    """Whether sentence `r` tells of the day before the story's attack, which is of `day`
    ("la veille, une explosion avait secoué Conoco"): another day's, not the salvo's."""
    return day is not None and any(h.label == "cat:day_before" for h in r.hits)
