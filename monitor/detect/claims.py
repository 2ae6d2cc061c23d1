"""Who attacked: the group a story says claimed the attack, the group or Iran its evidence
tells as the attacker, and whether a report is more than a group's claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.detect.lexicon import Hit

Sentence = tuple[str, Sequence[Hit]]

# a claim that did not happen, or might: "no group has claimed", "whether a faction claims it"
_NOT_A_CLAIM = re.compile(
    r"\b(?:whether|if|would|could|might|no group|no one (?:has |had )?(?:claimed|taken|took)|"
    r"not claimed|has not|have not|absence|yet to)\b|لم تتبن|لم يتبن"
)
# what makes a group named before the attack its object, not its author: "strikes on",
# "against", "targeting"
_OBJECT_OF = re.compile(
    r"\b(?:on|against|targeting|at|contre|contra|gegen|ضد|على)\s(?:\S+\s){0,2}$"
)


# the claimant speaking: "our fighters", "we targeted", "مجاهدونا", "استهدفنا"
_FIRST_PERSON = r"\b(?:we|our)\b|مجاهدونا|مجاهدينا|قواتنا|استهدفنا|نفذنا"
_SPEAKER = re.compile(_FIRST_PERSON)
# a claim's voice, first-hand or relayed: "says it struck", "تعلن استهداف", "مجاهدو المقاومه"
_CLAIM_VOICE = re.compile(
    r"\b(?:says?|said|claims?|claimed|announces?|announced)\s(?:that\s)?(?:it|they)\b|"
    rf"{_FIRST_PERSON}|مجاهدو|مجاهدي|\b(?:تعلن|يعلن|اعلن)\b"
)


def claim(sentences: Sequence[Sentence], *, doers: bool = False) -> str | None:
    """The group a sentence says claimed the attack: named before the claim ("X claimed
    responsibility", "X: our fighters struck"), right after "claimed by", or anywhere in an
    Arabic sentence (the verb comes first there); never in a sentence that says no one
    claimed it, or that someone might. With `doers` (the story's evidence), also the group
    that does the attack told: "the IRGC launched a missile attack on two bases"."""
    for norm, hits in sentences:
        if not any(h.label.startswith("group:") for h in hits):
            continue  # no group named: nobody claims anything here
        claims = [h.start for h in hits if h.label == "cat:claim"]
        claims += [m.start() for m in _SPEAKER.finditer(norm)]  # "X: our fighters struck"
        if _NOT_A_CLAIM.search(norm):
            continue
        if not claims:
            if doers and (doer := _doer(norm, hits)):
                return doer
            continue
        arabic = not norm.isascii()
        older = any(h.label == "cat:before" for h in hits)  # an older attack's claim
        for g in (h for h in hits if h.label.startswith("group:")):
            before = any(c > g.start for c in claims)
            by = not older and any(
                h.label == "cat:claim"
                and 0 < g.start - h.end <= _AGENT_REACH
                and _AGENT.match(norm, h.end) is not None
                for h in hits
            )
            after = not older and any(
                h.label == "cat:claim"
                and not _SPEECH.match(norm, h.start)
                and 0 < g.start - h.end <= _AFTER_REACH
                and not _CLAUSE_BREAK.search(norm, h.end, g.start)
                and not _WAR_ON.search(norm, max(0, g.start - _NAME_REACH), g.start)
                for h in hits
            )
            if before or by or arabic or after:
                return g.label[6:]
    return None


# the claim's agent after it: "claimed by the group known as", "revendiquée par la",
# "reivindicado por la", "diklaim oleh kelompok"
_AGENT = re.compile(
    r"\s(?:\w+\s)?(?:by|par|por|von|vom|da|dal|dalla|dai|door|przez|oleh|от|od|από|bởi)\s"
)
_AGENT_REACH = 40  # characters from the claim word to the group's name
_AFTER_REACH = 60  # the same, in its clause, where the verb comes first ("bekannte sich der")
# words of the claim terms that only say someone spoke: what follows them may be the object
# of what was said ("the SDF said they had detained an ISIS official")
_SPEECH = re.compile(r"(?:said|says|stated|declared|announced|in a statement)\b")


_DOER_REACH = 80  # characters from a group's name to the attack it does
_NAME_REACH = 25  # characters from the coalition's name to the enemy it names
_WAR_ON = re.compile(
    r"\b(?:against|anti|fight|fighting|combat|war on|defeat|contre|contra|gegen|contro|против|ضد)\s"
    r"(?:the\s)?$"
)


def _doer(norm: str, hits: Sequence[Hit]) -> str | None:
    """The group named first in a sentence that tells its attack after it ("the IRGC
    launched ...", "أطلق الحرس الثوري هجوما" with Arabic's verb first), unless the
    sentence tells a strike on it ("US strikes on Kataib Hezbollah")."""
    if any(h.label == "cat:us_attacker" for h in hits):
        return None
    # not a group the coalition's name or the war on it carries ("the coalition against the
    # Islamic State", "anti-ISIS")
    coalition = [h for h in hits if h.label == "cat:coalition"]
    groups = [
        h
        for h in hits
        if h.label.startswith("group:")
        and not any(c.start <= h.start <= c.end + _NAME_REACH for c in coalition)
        and not _WAR_ON.search(norm, max(0, h.start - _NAME_REACH), h.start)
    ]
    if not groups:
        return None
    first = groups[0]
    if _OBJECT_OF.search(norm, 0, first.start):
        return None
    return first.label[6:] if _tells_its_attack(norm, first, hits) else None


def _tells_its_attack(
    norm: str, name: Hit, hits: Sequence[Hit], *, one_clause: bool = False
) -> bool:
    """Whether an attack word or a weapon follows `name` within _DOER_REACH (with
    `one_clause`, in its clause), or, outside Latin script, comes just before it (Arabic puts
    the verb first)."""
    attacks = [h for h in hits if h.label == "cat:attack" or h.label.startswith("weapon:")]
    return any(
        0 < a.start - name.end <= _DOER_REACH
        and not (one_clause and _CLAUSE_BREAK.search(norm, name.end, a.start))
        for a in attacks
    ) or (not norm.isascii() and any(0 < name.start - a.end <= 20 for a in attacks))


# a group or a militia that Iran arms or backs, not Iran: "Iran-backed militias fired",
# "milices soutenues par l'Iran", "الفصائل الموالية لإيران"
BACKED = (
    r"(?:backed|aligned|allied|linked|sponsored|supported|affiliated|proxies|proxy|nahe|treue|"
    r"unterstutzt\w*|gestutzt\w*|gesteunde|stottede|podporovan\w*|toetatud|atbalstit\w*|"
    r"remiam\w*|tukem\w*)\b"
)  # the words after Iran's name that make it the backer: "Iran-backed", "Iraani toetatud"
_BACKED_AFTER = re.compile(
    rf"(?:\s|-)?{BACKED}|"
    r"(?:に対する|に対し|への|を|側へ)"  # Japanese: Iran the object, "イランに対する軍事作戦"
)
_BACKED_BEFORE = re.compile(
    r"(?:\b(?:by|of|to|with|from|pro|par|de|por|von|vom|da|dal|dall|door|przez|od)|"
    r"(?:ال)?(?:مدعوم|موالي|مرتبط|تابع|مقرب|قريب)\w*\s(?:من\s|ل|ب)?)\s?-?$"
)


_CLAUSE_BREAK = re.compile(r"[,;:.،؛]")
# the armed groups Iran backs, named beside it: "Iranian militias", "milícias apoiadas pelo
# Irã", "groups that enjoy Iran's support", "Iraani toetatud relvarühmitused"
_MILITIAS = re.compile(
    r"militi|milic|miliz|milis|militan|proxies|proxy|faction|faccion|fraktion|fazion|group|"
    r"grupo|groupe|gruppe|gruppi|grupy|skupin|gruplar|kelompok|relvaruhm|organisation|"
    r"организац|группиров|боевик|ополчен|οργανωσ|πολιτοφυλακ|ميليشي|مليشي|فصائل|فصايل|"
    r"جماعات|جماعه|الحشد|民兵|武装|代理|团体|團體|민병|무장|मिलिशिया|गुट|групи|групп|"
    # forces loyal to it, or weapons it made or supplied
    r"loyal|leais|leales|fideles|fedeli|treue|made|fabric|bauart|supplied|provided|fourni|"
    r"suministr|制|製"
)
_MILITIA_REACH = 40  # characters either side of Iran's name


def state_doer(norm: str, hits: Sequence[Hit]) -> str | None:
    """Iran, named first in an evidence sentence that tells its attack after it ("Iran
    fired missiles at Al Udeid"), and not as the backer of those who did it."""
    if any(h.label == "cat:us_attacker" for h in hits):
        return None
    state = next((h for h in hits if h.label == "cat:state_attacker"), None)
    if state is None or _OBJECT_OF.search(norm, 0, state.start):
        return None
    if (
        _BACKED_AFTER.match(norm, state.end)
        or _BACKED_BEFORE.search(norm, max(0, state.start - 24), state.start)
        or _MILITIAS.search(norm, max(0, state.start - _MILITIA_REACH), state.end + _MILITIA_REACH)
    ):
        return None
    # in the same clause: "as US-Iran tensions climb, rockets were fired" names no doer
    return "Iran" if _tells_its_attack(norm, state, hits, one_clause=True) else None


IRGC = "Islamic Revolutionary Guard Corps"


def iran_arm(sentences: Sequence[Sentence]) -> str:
    """Who of Iran attacked, for a story whose evidence tells Iran did: the Revolutionary
    Guards when it names them, but not as a strike's object ("the IRGC said its missiles
    hit Al Udeid"; not "the US strike on the IRGC"), whose operations Iran's missile and
    drone attacks on the bases are; else Iran."""
    for norm, hits in sentences:
        for h in hits:
            if h.label == f"group:{IRGC}" and not _OBJECT_OF.search(norm, 0, h.start):
                return IRGC
    return "Iran"


def _claimed(sentence: Sentence) -> bool:
    """Whether a sentence tells the attack as someone's claim, not in its writer's voice."""
    norm, hits = sentence
    return any(h.label == "cat:claim" for h in hits) or bool(_CLAIM_VOICE.search(norm))


def confirmation(evidence: Sequence[Sentence], claimed_by: str | None, official: bool) -> bool:
    """Whether a report tells the attack on more than the claimant's word: officials
    confirmed it, or no group claimed it, or one of its evidence sentences tells it in the
    writer's own voice ("Two rockets hit Ain al-Asad", not "the group said it fired two
    rockets at Ain al-Asad"). False for a group's own claim and for a relay of one."""
    if official or claimed_by is None:
        return True
    return not all(_claimed(s) for s in evidence)
