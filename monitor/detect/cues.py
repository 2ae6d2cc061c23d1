"""A sentence's hits, cleaned before it is read: the counter-rocket system and a missile
defence are defences, not weapons fired; a strike cue aimed at US forces (after it, or before
it in Korean and Japanese) makes them the target; words inside a base's
name are the name's; "a US civilian contractor" is on the coalition's side; a clause giving
the cause of the attack ("in retaliation for the killing of ...") tells another event; and the
cues of verb-final languages, which come at the end of a clause, count anywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter

from monitor.detect.aims import ATTACKERS as _ATTACKERS
from monitor.detect.aims import aimed_at_us
from monitor.detect.answers import BASE_NAMES as _NAMES
from monitor.detect.answers import TARGETS as _TARGETS
from monitor.detect.answers import answered
from monitor.detect.civilians import beside_us, whose_civilians
from monitor.detect.clauses import clause_end, cut, without_other_anniversary
from monitor.detect.lexicon import Hit, inside
from monitor.detect.militias import AGAINST, on_groups, on_militias, us_did_verb_last
from monitor.detect.stretches import SINCE
from monitor.detect.terms import ANYWHERE

# "claimed to have targeted": a perfect infinitive, which tells no run of attacks
_TO_HAVE = re.compile(r"to have\b")
# "a new wave of attacks", "la 14a oleada", "launched a wave": the news, not a run it recalls
_NEW = re.compile(
    r"(?:\b(?:new|nueva|nouvelle|nuova|nova|neue|launch(?:ed|es)\sa|lanzo\suna|lance\sune|"
    r"peluncuran|meluncurkan)|\d\d?(?:st|nd|rd|th|a|e)?)\s$"
)
# the counter-rocket, artillery and mortar system defends; it names no weapon fired
_COUNTER = re.compile(
    r"\bcounter\s(?:rocket|drone|uas|missile)\w*(?:,?\s(?:artillery,?\s)?(?:and\s)?mortars?)?"
    r"(?:\s\(?c\sram\)?)?|\bc\sram\b"
)
# a missile defence shoots missiles down: "the embassy's C-RAM missile defense system"
_DEFENCE = re.compile(r"\b(?:(?:anti\s)?missile|rocket)\sdefen[cs]es?\b")
# a photo's credit: "(Reuters)", "(AFP)" or "REUTERS/Name" closing a caption
_CREDIT = re.compile(
    r"\((?:reuters|afp|ap|anadolu|getty images|file|dvids|photo[^)]{0,60})\)\W*$|"
    r"\b(?:reuters|afp|ap|getty images|anadolu)\s?/\s?[A-Z]|"
    # "(Quince Lanford/U.S. Army)": a service's photographer
    r"/\s?u\.?s\.?\s(?:army|air\sforce|navy|marine\scorps|marines|space\sforce)\)\W*$",
    re.IGNORECASE,
)
# "fired interceptor missiles at the drone", "a Stinger missile team", "صواريخ باتريوت": the
# defenders' missiles, not a weapon fired at the base
_INTERCEPTORS = re.compile(
    r"\b(?:interceptor|surface\sto\sair|ground\sto\sair|anti\saircraft|stinger|patriot|thaad|"
    r"nasams|iron\sdome)\s(?:missiles?|rockets?)\b|\binterceptor\smissiles?\b|"
    r"\b(?:missiles?|misiles?|missili|raketen|صواريخ)\s(?:sol\sair|intercepteurs?|tierra\saire|"
    r"interceptores?|antiaerei|intercettori|patriot|باتريوت|اعتراضيه|ارض\sجو)"
)
_INTERCEPTOR_WORDS = (
    "intercept",
    "surface to",
    "ground to",
    "aircraft",
    "stinger",
    "patriot",
    "thaad",
    "nasams",
    "iron dome",
    "sol air",
    "tierra aire",
    "antiaere",
    "باتريوت",
    "اعتراضيه",
    "ارض جو",
)
_START = itemgetter(1)  # a hit's start: sorting by it is the hot path of every sentence
# "Biden vowed to respond to the drone attack that killed three soldiers": a threat of a
# response to an attack already told, not of an attack to come
_RESPONSE_TO = re.compile(
    r"\s(?:to\s)?(?:(?:a|an|swift|strong|firm|decisive)\s)?(?:respond|response|retaliate|"
    r"retaliation|revenge|avenge|hit\sback|strike\sback|de\sriposter|de\srepondre|une\sriposte|"
    r"une\sreponse|responder|una\srespuesta|بالرد|بالانتقام)\s(?:to|for|after|over|a|au|aux|"
    r"apres|al|por|tras|علي)\b"
)
# "an escalation that threatens to set off a regional war": a risk the news brings, not a
# threat of an attack
_RISK = re.compile(
    r"\s(?:to\s)?(?:set\soff|spark|trigger|ignite|plunge|drag|widen|engulf|tip|unleash)\b"
)
# "The attack came a day after a US drone strike ... and four days after a suicide bombing
# killed 13 troops": what it came after is another event, whatever the sentence told before
_CAME_AFTER = re.compile(
    # "the announcement follows (closely on) the drone strike in Jordan": what it follows
    r"\b(?:follows|followed)\s(?!by\b|suit\b|up\b|through\b)|"
    r"\b(?:comes|came|coming|intervient|survient|intervenait|se\sproducen?|se\sprodujo|"
    r"se\sprodujeron|llegan?|llego|arriva|giunge|ocorrem?|ocorreu|ocorreram|chegam?)\s"
    r"(?:(?:just|only|shortly|soon|barely|about|some|nearly|almost|more|a|an|one|two|three|"
    r"four|five|six|few|several|mere|"
    r"day|days|hours?|weeks?|less|than|\d+|quelques|deux|trois|jours|heures|pocos|dos|tres|"
    r"dias|horas|pochi|giorni|ore|los)\s){0,4}"
    # Spanish "llega a los pocos días de que ..." (comes a few days after)
    r"(?:after|following|apres|despues\sdel?|tras|dopo|depois\sd(?:e|o|a|os|as)|apos|"
    r"(?<=dias\s)de|(?<=horas\s)de)\b"
    # "came shortly after midnight": a time of day, not an event
    r"(?!\s(?:midnight|dawn|dark|daybreak|sunset|sundown|noon|nightfall|[0-9]|minuit|l'aube|"
    r"medianoche|el\samanecer|mezzanotte|l'alba|meia\snoite))"
)
# "... at Ain al-Asad in retaliation for the killing of Soleimani in a US drone strike at
# Baghdad airport": a clause that gives the cause (a `cause` term) of an attack told before
# it, by an attack word and a base or US forces, tells an earlier event, whose place, weapon,
# dead and day are not the attack's


# "US forces had not been attacked since early February": how long a calm lasted, which a
# new attack ends, not a denial that it happened
_STREAK = re.compile(rf"\s(?:\S+\s){{0,4}}?(?:(?:{SINCE})\b|منذ)")

# a category's words inside a phrase in which they tell something else, listed as
# `not_<category>`: "la lucha contra el Estado Islámico" (the fight against) is no attack,
# "heading home" names no civilian target
_NOT = "cat:not_"


def _in_other_senses(hits: list[Hit]) -> list[Hit]:
    """`hits` without the `not_<category>` phrases and the hits of their category inside
    them."""
    phrases: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        if h.label.startswith(_NOT):
            phrases["cat:" + h.label[len(_NOT) :]].append(h)
    return [
        h
        for h in hits
        if not h.label.startswith(_NOT) and not (h.label in phrases and inside(h, phrases[h.label]))
    ]


def counter_system(norm: str) -> str:
    """The text with the counter-rocket system named as one word, "cram", and a missile or
    rocket defence, or the defenders' interceptor missiles, as an "air defence": none names
    a weapon fired."""
    if "counter" in norm or "c ram" in norm:
        norm = _COUNTER.sub("cram", norm)
    if " defen" in norm:
        norm = _DEFENCE.sub("air defence", norm)
    missiles = "missil" in norm or "rocket" in norm or "misil" in norm or "raketen" in norm
    if (missiles or "صواريخ" in norm) and any(w in norm for w in _INTERCEPTOR_WORDS):
        norm = _INTERCEPTORS.sub("air defence", norm)
    return norm


def credit(text: str) -> bool:
    """Whether the sentence closes a photo caption with its credit."""
    return ("(" in text or "/" in text) and _CREDIT.search(text) is not None


def cleaned(norm: str, found: Iterable[Hit]) -> tuple[list[Hit], set[str], bool]:
    """The hits of a sentence in order, cleaned as the module says; the categories a
    verb-final language gave, which count wherever they stand; and whether the sentence
    names US or coalition forces (in a base's name too: "the US embassy in Baghdad")."""
    hits = sorted(found, key=_START)
    if not hits:  # most sentences
        return hits, set(), False
    labels = {h.label for h in hits}  # each step below runs only where it may change anything
    anywhere = {
        label.removeprefix("cat:").removesuffix(ANYWHERE)
        for label in labels
        if label.endswith(ANYWHERE)
    }
    if anywhere:
        hits = [h._replace(label=h.label.removesuffix(ANYWHERE)) for h in hits]
        labels = {h.label for h in hits}
    if "cat:heading" in labels:
        # "a missile heading for Incirlik was destroyed": a flight towards the base tells an
        # attack when a weapon flies it; troops heading for a base tell none
        armed = any(label.startswith("weapon:") for label in labels)
        hits = [
            _as_attack(h) if h.label == "cat:heading" else h
            for h in hits
            if armed or h.label != "cat:heading"
        ]
        labels = {h.label for h in hits}
    if "cat:intercepted" in labels:
        # "raketafweer", "rakettskjold", "missilforsvar": one word for a missile defence
        # starts with another language's weapon word, and names no weapon fired
        defences = {(h.start, h.end) for h in hits if h.label == "cat:intercepted"}
        hits = [
            h for h in hits if not (h.label.startswith("weapon:") and (h.start, h.end) in defences)
        ]
        labels = {h.label for h in hits}
    if any(label.startswith(_NOT) for label in labels):
        hits = _in_other_senses(hits)
        labels = {h.label for h in hits}
    named_us = "cat:coalition" in labels
    if any(label.startswith(_NAMES) for label in labels):
        # "gas field" inside "the Conoco gas field" is part of a base's name
        names = [h for h in hits if h.label.startswith(_NAMES)]
        hits = [h for h in hits if not (h.label.startswith("cat:") and inside(h, names))]
    if "cat:cause_before" in labels:
        hits = _without_cause_before(norm, hits)
    if "cat:attack" in labels:  # what follows matters only where an attack is told
        hits = _without_cause(norm, hits, labels)
    if "cat:anniversary" in labels:
        hits = without_other_anniversary(norm, hits)
    if "cat:recall" in labels:
        hits = [
            h
            for h in hits
            if not (
                h.label == "cat:recall"
                and (
                    _TO_HAVE.match(norm, h.start - 3)
                    or _NEW.search(norm, max(0, h.start - 12), h.start)
                )
            )
        ]
    if "cat:denial" in labels:
        hits = [h for h in hits if not (h.label == "cat:denial" and _STREAK.match(norm, h.end))]
    if "cat:threat" in labels:
        hits = [
            h
            for h in hits
            if h.label != "cat:threat"
            or not (_RESPONSE_TO.match(norm, h.end) or _RISK.match(norm, h.end))
        ]
    if "cat:attack" in labels and (against := on_groups(norm, hits)):
        hits = sorted([*hits, *against], key=_START)  # "airstrikes against Kataib Hezbollah"
        labels.add("cat:us_attacker")
    if "cat:struck" in labels and "cat:attack" in labels and (struck := on_militias(norm, hits)):
        hits = sorted([*hits, *struck], key=_START)  # "US forces struck facilities KH uses"
        labels.add("cat:us_attacker")
        forces = [h.end for h in hits if h.label == "cat:coalition"]
        fired = [h.start for h in hits if h.label.startswith("weapon:")]
        if any(
            0 <= s.start - end <= _SUBJECT_REACH and not any(end <= w < s.start for w in fired)
            for s in struck
            for end in forces
        ):
            anywhere.add("us_attacker")  # US forces struck them: "US forces carried out strikes"
    if us_did := us_did_verb_last(norm):
        # "Die USA haben ... eine Miliz angegriffen", "美军对...目标进行空袭": German and
        # Chinese put the US's strike last, after the base or troops its strike answers
        anywhere.add("us_attacker")
        if group := next((g for g in ("verb", "past") if us_did.groupdict().get(g)), None):
            verb = Hit("cat:us_attacker", us_did.start(group), us_did.end(group), us_did[group])
            hits = sorted([*hits, verb], key=_START)
            labels.add("cat:us_attacker")
    if not labels.isdisjoint(_ATTACKERS):
        hits = answered(norm, aimed_at_us(norm, hits))
        us = [h for h in hits if h.label == "cat:us_attacker"]
        weapons = [h for h in hits if h.label.startswith("weapon:")]
        if us and weapons and all(inside(h, us) for h in weapons):
            # "... expel US troops after Soleimani was killed in a US drone strike": no base
            # named, or only where the US killed someone, and the only weapon the US's,
            # wherever it stands
            named_at = [h.start for h in hits if h.label.startswith(_NAMES)]
            if not named_at or _killed_there(hits, min(named_at)):
                anywhere.add("us_attacker")
    if "cat:civilian" in labels:
        hits = whose_civilians(norm, hits, named_us)
    if "cat:other_attacker" in labels:  # "the US and Israeli attacks": the US's side
        hits = [h for h in hits if h.label != "cat:other_attacker" or not beside_us(norm, h)]
    return hits, anywhere, named_us


def _killed_there(hits: list[Hit], place: int) -> bool:
    """Whether someone was killed before the place named at `place`, with no US forces
    before the killing: "Soleimani, who was killed at Baghdad airport in a US drone strike"
    (not "three US troops were killed at Tower 22")."""
    forces = [h.start for h in hits if h.label == "cat:coalition"]
    return any(
        h.label == "cat:killed" and h.end <= place and not any(f < h.start for f in forces)
        for h in hits
    )


def _as_attack(hit: Hit) -> Hit:
    return hit._replace(label="cat:attack")


_SUBJECT_REACH = 30  # characters between US forces and the strike they carried out


# the attack word and its cause joined by a copula: "the attack was (in) revenge for", "the
# first salvo of payback for"
_COPULA = re.compile(r"\s(?:was|were|is|are|has been|had been|came|comes|of)\s(?:in\s|an?\s)?")
_COMMA = re.compile(r",\s")
_CAUSE_REACH = 12  # characters between a cause's words and the US strike they name
_AND = re.compile(r"\sand\s")
_RELATIVE = re.compile(r"(?:whose|which|who|where|when)\b")


def _without_cause(norm: str, hits: list[Hit], labels: set[str]) -> list[Hit]:
    """The hits without those of a clause giving the cause of the attack told before it, or
    the event it came after."""
    if "cat:came" in labels:
        for verb in [h for h in hits if h.label == "cat:came"]:
            if _CAME_AFTER.match(norm, verb.start):
                # "Coming after a series of similar incidents, the attack late on Feb. 15
                # ...": a clause that opens the sentence ends at its comma
                opening = norm.find(",", verb.end) if verb.start == 0 else -1
                hits = cut(norm, hits, verb, opening if opening > 0 else None)
    if "cat:cause" not in labels:
        return hits
    cause = next((h for h in hits if h.label == "cat:cause"), None)
    if cause is None:
        return hits
    before = [h.label for h in hits if h.end <= cause.start and h.text not in AGAINST]
    # "the attack was revenge for the US killing of ...": the cause of the attack just told
    told = any(
        h.label == "cat:attack" and _COPULA.fullmatch(norm, h.end, cause.start) is not None
        for h in hits
        if h.end <= cause.start
    )
    if told and not any(label.startswith(_TARGETS) for label in before):
        # its cause runs to the comma that closes it, past a relative clause of the cause's
        # own ("..., whose death in a US drone strike"): "..., said the group, after rockets
        # hit Ain al-Asad" goes on with the attack
        end = clause_end(norm, cause)
        for comma in _COMMA.finditer(norm, cause.end, end):
            if not _RELATIVE.match(norm, comma.end()):
                end = comma.start()
                break
        # "... was revenge for the killing and targeted Ain al-Asad with drones"
        attacks = [h.start for h in hits if h.label == "cat:attack" and cause.end < h.start]
        for joined in _AND.finditer(norm, cause.end, end):
            if joined.end() in attacks:
                end = joined.start()
                break
        return cut(norm, hits, cause, end)
    if "cat:attack" not in before or not any(label.startswith(_TARGETS) for label in before):
        # "In retaliation for the killing, Iran fired missiles at Ain al-Asad"; "resistance
        # against American forces, and in response to ..., our fighters fired rockets at";
        # the US strike the cause names right after its words is still not the sentence's
        # ("the Iranian attack looks like retaliation for American bombings")
        return [
            h
            for h in hits
            if not (h.label == "cat:us_attacker" and 0 <= h.start - cause.end <= _CAUSE_REACH)
        ]
    return cut(norm, hits, cause)


# where a Korean or Japanese cause clause may open: after a comma, or after its sentence's
# subject
_CAUSE_OPENS = re.compile(r"[,、，]")
_SUBJECTS = ("cat:state_attacker", "cat:coalition", "group:")


def _without_cause_before(norm: str, hits: list[Hit]) -> list[Hit]:
    """The hits without those of a cause clause that its marker closes, as Korean and
    Japanese write it: "23일 이란이 [미국의 핵시설 공습에 대한 보복으로] 카타르의 ... 공군기지에
    미사일을 쐈다", "米軍は2日、[ヨルダンの基地への無人機攻撃への報復として]、シリアの拠点を
    空爆した". The clause opens after the comma or the subject before it: what it names is the
    event answered, and the rest of the sentence tells the answer, new."""
    for marker in [h for h in hits if h.label == "cat:cause_before"]:
        opens = [m.end() for m in _CAUSE_OPENS.finditer(norm, 0, marker.start)]
        opens += [h.end for h in hits if h.end <= marker.start and h.label.startswith(_SUBJECTS)]
        start = max(opens, default=0)
        hits = [h for h in hits if h.end <= start or h.start >= marker.end]
    return hits


# what became known since of an attack the sentence calls last week's: a toll, a claim, or
# who was behind it ("Iran was behind last week's drone attack on the garrison")
_SINCE_NEWS = ("cat:killed", "cat:injured", "cat:claim")
_BEHIND = re.compile(
    r"\b(?:behind|supplied|derriere|detras|dietro|hinter|por tras)\b|стоит за|стоят за|وراء"
)


def news_of_last_week(norm: str, by: dict[str, list[Hit]]) -> bool:
    """Whether a sentence's only cue of an older attack is a word that gives no day ("last
    week's attack"), and it tells what became known of that attack since: a follow-up."""
    attacks = by.get("cat:attack")
    if not attacks:
        return False
    first = attacks[0]
    earlier = [  # the word dates the first attack: "last week's attack", "l'attaque de la
        # semaine dernière"
        e
        for e in by.get("cat:earlier", ())
        if 0 <= first.start - e.end <= 30 or 0 <= e.start - first.end <= 30
    ]
    return (
        bool(earlier)
        and all(inside(h, earlier) for h in by.get("cat:recall", ()))
        and (any(label in by for label in _SINCE_NEWS) or _BEHIND.search(norm) is not None)
    )
