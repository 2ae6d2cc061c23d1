"""What a strike on the militias looks like: an attack told against what they hold (their
sites, facilities, depots or headquarters) or against an armed group by name is a US or allied
strike on them, not an attack on US forces; and a German or Chinese sentence whose subject,
the US, carries out the strike, wherever German puts the verb, and with the verb last in
Chinese."""

from __future__ import annotations

import re

from monitor.detect.answers import BASE_NAMES as _NAMES
from monitor.detect.lexicon import Hit, inside
from monitor.detect.text import normalise

# "strikes on three facilities", "bombardé des installations", "استهدفت مواقع": a strike
# told against what the militias hold (a few words between, none naming the US) is a US or
# allied strike on them
_ON_WHAT = re.compile(
    r"\s(?:(?:on|against|at|upon|targeting|contre|sur|contra|sobre|auf|gegen|op|tegen|su|"
    r"contro|по|на|против|ke|terhadap|على|ضد)\s)?(?:[^\s.,;:]+\s){0,5}"
)
_HOLDERS_US = re.compile(
    r"\b(?:us|u\.s|american\w*|coalition|americain\w*|estadounidense\w*|amerikan\w*|"
    r"americano\w*|americk\w*|американск\w*|сша|koalisi|estados\sunidos|etats\sunis|"
    r"vereinigten\sstaaten|verenigde\sstaten|amerika)\b|امريك|التحالف|الولايات\sالمتحده|واشنطن"
)
_FROM = (" from ", " desde ", " depuis ", " aus ")
_STRUCK_REACH = 40  # characters past what was struck where US forces would make it theirs
_OWNER_GAP = 12  # characters before a weapon where "US" or "American" makes it theirs


# "struck back with airstrikes against Kata'ib Hezbollah": an armed group the target
_AGAINST = re.compile(r"\s(?:against|on|targeting|contre|contra|gegen|ضد|على)\s(?:the\s)?")
_THE = re.compile(r"\s(?:the\s)?")
# "the International Coalition Against ISIS": the coalition's name, no strike on the group
_COALITION = re.compile(r"(?:coalition|koalition|coalizione|coalicion|coalizao|التحالف)\s$")
# "against" as the attack lists hold it: an attack word ("attacks against the base") that
# alone tells no attack
AGAINST = frozenset(
    normalise(w)
    for w in (
        "against", "contre", "contra", "gegen", "ضد", "proti", "проти", "против", "срещу",
        "נגד", "protiv", "ellen", "terhadap", "contro", "tegen", "przeciwko", "karşı",
    )
)  # fmt: skip
_AGAINST_WORDS = frozenset({"against", "targeting", "contre", "contra", "gegen", "ضد"})
# the attack word may hold its preposition: "aimed at", "raids on", "غارات على"
_ENDS_ON = _AGAINST_WORDS | {"at", "on", "sur", "auf", "على"}


def on_groups(norm: str, hits: list[Hit]) -> list[Hit]:
    """A strike cue for each attack told against an armed group by name (the groups are
    more often the attackers: their names alone say nothing of who struck whom)."""
    # not the Islamic State: "the campaign against the Islamic State" is the troops' mission,
    # told in most reports of attacks on them, not the US striking back
    groups = [h for h in hits if h.label.startswith("group:") and h.label != "group:Islamic State"]
    if not groups:  # most sentences that tell an attack
        return []
    return [
        Hit("cat:us_attacker", attack.start, group.end, attack.text)
        for attack in hits
        if attack.label == "cat:attack"
        for group in groups
        if (
            _AGAINST.fullmatch(norm, attack.end, group.start)
            or (
                attack.text.rpartition(" ")[2] in _ENDS_ON
                and _THE.fullmatch(norm, attack.end, group.start)
            )
        )
        and not _COALITION.search(norm, max(0, attack.start - 12), attack.start)
    ]


def on_militias(norm: str, hits: list[Hit]) -> list[Hit]:
    """A strike cue for each attack told against what the militias hold: their sites,
    facilities, depots or headquarters (the militias themselves are more often the
    attackers, so their names are not among them)."""
    struck = [h for h in hits if h.label == "cat:struck"]
    guarded = [  # a base's name or word, or US forces; "facilities" may be the one struck
        h.start
        for h in hits
        if (h.label in ("cat:coalition", "cat:base_words") or h.label.startswith(_NAMES))
        and not inside(h, struck)
    ]
    weapon_hits = [h for h in hits if h.label.startswith("weapon:")]
    weapons = [h.start for h in weapon_hits]
    states = [h for h in hits if h.label == "cat:state_attacker"]
    groups = [h.end for h in hits if h.label.startswith("group:")]
    claims = [h.start for h in hits if h.label == "cat:claim"]
    found = []
    for attack in (h for h in hits if h.label == "cat:attack"):
        if any(g <= c < attack.start for g in groups for c in claims):
            continue  # "the Islamic Resistance said it had struck targets": the group's claim
        if any(-2 <= s.start - attack.end <= 1 or -2 <= attack.start - s.end <= 1 for s in states):
            continue  # "Iranian attacks", "الهجمات الإيرانية": a state's own, not the US's
        if any(
            0 <= attack.start - w.end <= 1
            and not _HOLDERS_US.search(norm, max(0, w.start - _OWNER_GAP), w.start)
            for w in weapon_hits
        ):
            continue  # "طائرات مسيرة طالت مواقع", drones that hit sites (not "US missile strikes")
        if norm.startswith(_FROM, attack.end):
            continue  # "rockets launched from an area close to positions of ...": where from
        for target in struck:
            if not 0 <= target.start - attack.end <= 50:
                continue
            if any(attack.start <= w < target.start for w in weapons):
                continue  # "rocket fire targeting two sites": the sites were attacked
            if any(attack.end <= st.start < target.start for st in states):
                continue  # "... Angriff haben iranische Streitkräfte Ziele": Iran struck them
            if not _ON_WHAT.fullmatch(norm, attack.end, target.start):
                continue
            if _HOLDERS_US.search(norm, attack.end, min(len(norm), target.end + _STRUCK_REACH)):
                continue  # "struck facilities used by US troops"
            if any(attack.start <= g <= target.end + _STRUCK_REACH for g in guarded):
                continue
            found.append(Hit("cat:us_attacker", attack.start, target.end, attack.text))
            break
    return found


# "die USA haben ... angegriffen": a German clause that ends with the US's strike
_US_DID = re.compile(
    r"(?:[^\s:]+:\s)?(?:(?:am|in\sder|in\sdieser)\s\w+\s)?(?:die\susa|das\sus\smilitar|die\sus\sarmee|"
    r"die\sus\sstreitkrafte|us\sstreitkrafte|die\samerikanische\sarmee|das\spentagon|washington)\s"
    r"(?:hat|haben|hatte|hatten)\s[^.;:]*?(?P<verb>\b(?:angegriffen|attackiert|bombardiert|"
    r"beschossen|uberzogen|bombardieren\slassen))?[.!]?$"
)
# "Nach eigenen Angaben hat das US-Militär am Dienstag ... Einrichtungen angegriffen", "Als
# Antwort auf einen Drohnenangriff ... haben die Vereinigten Staaten eine Miliz angegriffen",
# "Aus der Luft attackierte das US-Militär drei Anlagen": the subject after its verb or its
# auxiliary; only with the strike's verb, which "dass" does not separate, and not a passive
_US_SUBJECT = (
    r"(?:die\susa|das\sus\smilitar|die\sus\sarmee|die\sus\sstreitkrafte|das\spentagon|washington|"
    r"die\svereinigten\sstaaten|das\samerikanische\smilitar|die\samerikanische\sarmee)"
)
_US_DID_AFTER = re.compile(
    r"(?:[^\s:]+:\s)?(?:[^.;:!?]{1,160}?\s)?(?:(?:hat|haben|hatte|hatten)\s"
    rf"{_US_SUBJECT}\s(?:(?!dass\b)[^.;:])*?(?P<verb>\b(?:angegriffen|attackiert|bombardiert|"
    r"beschossen))\b(?!\s(?:worden|wurde|wurden|sei|seien)\b)|(?P<past>attackierte|attackierten|"
    rf"bombardierte|bombardierten|beschoss)\s{_US_SUBJECT}\b)"
)
# the verbs the two patterns need, one of which most sentences lack
_GERMAN_VERBS = re.compile(r"\b(?:hat|haben|hatte|hatten|attackierten?|bombardierten?|beschoss)\b")


# "美国开始对伊拉克、叙利亚的亲伊朗武装据点进行空袭" (the US began air strikes on the
# pro-Iran groups' posts in Iraq and Syria): the US, then 对 and the target, then the strike;
# not in a clause 后 closes ("美国与以色列对伊朗发动空袭后", after the strikes on Iran)
_US_DID_ZH = re.compile(
    r"(?:美军|美国|美方)[^，。,；;]{0,8}?对[^，。,；;]{1,40}?(?:进行|实施|发动|展开)了?"
    r"(?P<verb>空袭|空中打击|打击|轰炸)(?!之?后|以后)"
)


def us_did_verb_last(norm: str) -> re.Match[str] | None:
    """A German or Chinese sentence whose subject is the US and whose verb, last, is its
    strike, the verb (or its German past tense) as the match's group "verb" (or "past")."""
    if "对" in norm and (found := _US_DID_ZH.search(norm)):
        return found
    if not _GERMAN_VERBS.search(norm):
        return None
    return _US_DID.match(norm) or _US_DID_AFTER.match(norm)
