"""Weekdays of another event a sentence follows or answers: "the attack comes after the US
struck on Thursday", "in retaliation for the American bombing of its nuclear sites on
Saturday"; and the day someone died of wounds ("died Saturday night, days after he was
wounded"). The day is that event's, not the attack's; not when what the sentence follows is
itself an attack on a base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.detect.lexicon import Hit

# "the attack comes after the US struck on Thursday": the weekday is the earlier event's
# (what a strike answers, "in retaliation for", is `_ANSWERING`'s)
_AFTER = re.compile(
    r"\b(?:comes after|came after|follows|follow|followed|after|following|in response to|"
    r"dopo|apres|despues|depois|segue|seguono|sigue|siguen|fait suite a|"
    r"font suite a|folgt auf|folgte auf|volgt op|volgde op)\s(?!midnight|dark|dawn|sunset)"
    r"[^,.;:]{0,80}$"
)


# "in retaliation for the US strikes on Saturday": what a strike answers is another event
# (normalised text: no accents; languages that put the answered event first are left out)
_ANSWERING = re.compile(
    r"(?:\b(?:in\sretaliation\sfor|in\srevenge\sfor|as\srevenge\sfor|in\sreprisal\sfor|"
    r"retaliation\sfor|represalia\spor|en\srepresalia\spor|como\srespuesta\s(?:a|al)|"
    r"en\srespuesta\s(?:a|al)|en\s(?:reponse|riposte|represailles)\s(?:a|au|aux)|"
    r"als\sreaktion\sauf|als\svergeltung\sfur|als\santwort\sauf|"
    r"in\srisposta\s(?:a|al|ai|alla|alle|agli)|come\srappresaglia\sper|per\svendicare|"
    r"em\s(?:resposta|retaliacao)\s(?:a|ao|aos|as)|em\sretaliacao\spor|como\sretaliacao|"
    r"w\sodwecie\sza|w\sodpowiedzi\sna|jako\sodveta\sza|v\sodvete\sza|в\sответ\sна|"
    r"у\sвідповідь\sна|"
    r"като\sотговор\sна|како\sодговор\sна|као\sодговор\sна|kao\sodgovor\sna|"
    r"als\svergelding\svoor|als\sreactie\sop|ωσ\sαπαντηση\s(?:σε|στ\w*)|"
    r"ωσ\sαντιποινα\sγια|sebagai\sbalasan\satas|sebagai\spembalasan)|"
    # normalised Arabic and Persian: "ردا على" is written "ردا علي"
    r"(?:ردا|رد|انتقاما|انتقام)\sعلي|\bدر\sپاسخ\sبه|\bدر\sتلافي)\s[^,.;:]{0,80}$"
)


def _followed(norm: str, day: Hit, hits: Sequence[Hit], words: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a weekday is the day of an earlier event the sentence follows or answers, by
    `words` (`_AFTER`, `_ANSWERING`); not when what it follows is an attack on a base
    ("troops were hurt after an air base came under attack on Saturday"), or a sentence
    opens with the attack it follows ("After a drone attack on Friday, eight troops ...")."""
    reach = max(0, day.start - 100)
    after = next((m for w in words if (m := w.search(norm, reach, day.start))), None)
    if after is None:
        return False
    between = {h.label for h in hits if after.start() <= h.start < day.start}
    if "cat:attack" not in between or "cat:us_attacker" in between:
        return True
    # "After a drone attack in northeastern Syria on Friday, eight troops are treated":
    # an opening clause tells the attack whose toll the sentence gives
    opening = after.start() == 0 and any(label.startswith("weapon:") for label in between)
    return not ("cat:base_words" in between or opening)


def after_weekday(norm: str, hits: Sequence[Hit]) -> bool:
    """Whether the sentence's weekdays are all days of earlier events it follows or answers
    (`_followed`)."""
    days = [h for h in hits if h.label.startswith("weekday:")]
    return bool(days) and all(_followed(norm, day, hits, (_AFTER, _ANSWERING)) for day in days)


def answered_day(norm: str, day: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a weekday is the day of what the sentence's attack answers (`_ANSWERING`):
    asked of every sentence, the evidence's own too, where "after" alone is too loose."""
    return _followed(norm, day, hits, (_ANSWERING,))


# "a US service member died Saturday night, days after he was wounded when Iran attacked":
# the weekday of a death from wounds, days after the attack that caused them (not "two
# soldiers died on Saturday and five were wounded", the attack's own day)
_DIED = re.compile(
    r"\b(?:died|passed\saway|succumbed|murio|fallecio|morreu|faleceu|est\smort|est\sdecede|"
    r"starb|gestorben|verstorben|e\smorto|deceduto|meninggal(?:\sdunia)?)\s"
    r"(?:(?:on|late|early|el|le|am|il|no|pada|hari|on\sthe)\s){0,3}$"
)
_OF_WOUNDS = re.compile(
    r"^[^.;]{0,40}?\b(?:of|from|after|a\scausa\sde|por|des\ssuites\sde|an\sden\sfolgen|"
    r"a\scausa\sdelle|akibat|karena)\b[^.;]{0,50}?\b(?:wound|injur|herid|feriment|blessure|"
    r"verletzung|ferit|luka)"
)
_AFTER_DEATH = 120  # characters after the weekday in which the wounds are named


def died_then(norm: str, hit: Hit) -> bool:
    """Whether a weekday is the day someone died of wounds, not the attack's."""
    return (
        _DIED.search(norm, max(0, hit.start - 30), hit.start) is not None
        and _OF_WOUNDS.search(norm[hit.end : hit.end + _AFTER_DEATH]) is not None
    )
