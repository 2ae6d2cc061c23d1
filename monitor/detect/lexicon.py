"""One pass over a text for every term and base name: an Aho-Corasick automaton finds each
term's literal part, then the term's own pattern checks word boundaries, stems and clitics.

A term is a phrase on normalised text: a word ending in * matches any ending, a lone *
matches any one word, and `clitics` (a regex) may be glued before the first word. Terms in
scripts written without spaces between words (Chinese, Japanese, Thai) match anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

import ahocorasick

from monitor.detect.text import SPACELESS, normalise


class Hit(NamedTuple):  # made by the thousand per article: a tuple is cheapest
    label: str
    start: int
    end: int
    text: str


def inside(hit: Hit, spans: list[Hit]) -> bool:
    """Whether `hit` lies within one of `spans`."""
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


@dataclass(frozen=True)
class _Rule:
    label: str
    verify: re.Pattern[str]
    clitics: re.Pattern[str] | None
    bounded: bool = True  # whole words only; False for scripts without spaces
    plain: bool = False  # no stem or wildcard: the automaton's match is the whole term
    # the word after a stem ("suicida" in "dron* suicida*"), with the space before it: a
    # cheap test that spares most pattern checks, as many terms share one stem
    follow: str | None = None


def _word(token: str) -> str:
    if token == "*":
        return r"\S+"
    if token.endswith("*"):
        return re.escape(token[:-1]) + _WORD + "*"
    return re.escape(token)


# a word's characters: the vowel signs of Indic scripts too, though not alphanumeric
_WORD = r"[\w\u0900-\u0dff]"


# a run of them (always matches, if only the empty run)
_WORD_RUN = re.compile(f"{_WORD}*")


def _is_word_char(ch: str) -> bool:
    # written out again, inline, in Lexicon._hits: it runs for every automaton match, where
    # a call costs more than the test
    return ch.isalnum() or ch == "_" or "\u0900" <= ch <= "\u0dff"


class Lexicon:
    """Labelled terms, matched all at once. Call `add` for each term, then `build`."""

    def __init__(self) -> None:
        self._rules: dict[str, list[_Rule]] = {}
        self._automaton = ahocorasick.Automaton()
        self._ascii = ahocorasick.Automaton()  # the keys that can occur in ASCII text
        self._clitics: dict[str, re.Pattern[str]] = {}

    def add(self, label: str, term: str, clitics: str = "") -> None:
        words = normalise(term).split()
        if clitics and words and words[0].startswith("ال") and len(words[0]) > 3:
            # the preposition li- before al- writes "لل": "للحشد" is li- + "الحشد"
            self._add(label, ["لل" + words[0][2:], *words[1:]], term, clitics)
        self._add(label, words, term, clitics)

    def _add(self, label: str, words: list[str], term: str, clitics: str) -> None:
        if not words or words[0] == "*":
            raise ValueError(f"term {term!r}: a term must start with a word")
        literal: list[str] = []
        follow = None
        for i, w in enumerate(words):
            if w == "*":
                break
            literal.append(w.rstrip("*"))
            if w.endswith("*"):
                after = words[i + 1] if i + 1 < len(words) else "*"
                follow = None if after == "*" else " " + after.rstrip("*")
                break
        key = " ".join(literal)
        bounded = not SPACELESS.search(key)
        pattern = r"\s".join(_word(w) for w in words)
        closed = bounded and not key.endswith("'")  # an elision runs into the next word
        verify = re.compile(pattern + f"(?!{_WORD})" if closed else pattern)
        clitic_rx = None
        if clitics:
            clitic_rx = self._clitics.setdefault(clitics, re.compile(f"(?:{clitics})"))
        plain = "*" not in "".join(words)
        rule = _Rule(label, verify, clitic_rx, bounded, plain, follow if bounded else None)
        rules = self._rules.setdefault(key, [])
        # a term two language files share ("simulacro"), or a city listed under several
        # entries of one label, is one rule: twice, each mention would be two hits. Given
        # with other clitics (Arabic and Persian spell "کاتیوشا" alike), its rule takes them
        # all: a rule with clitics matches the bare word too
        for i, old in enumerate(rules):
            if replace(old, clitics=None) == replace(rule, clitics=None):
                rules[i] = replace(old, clitics=self._either(old.clitics, rule.clitics))
                return
        rules.append(rule)

    def _either(
        self, one: re.Pattern[str] | None, other: re.Pattern[str] | None
    ) -> re.Pattern[str] | None:
        if one is None or other is None or one == other:
            return one or other
        both = f"{one.pattern}|{other.pattern}"
        return self._clitics.setdefault(both, re.compile(f"(?:{both})"))

    def build(self) -> Lexicon:
        for key, rules in self._rules.items():
            # whether a match inside a word may count: after a clitic, or in a spaceless script
            inside = any(r.clitics or not r.bounded for r in rules)
            value = (len(key), tuple(rules), inside, _by_next_letter(rules))
            self._automaton.add_word(key, value)
            if key.isascii():  # most text is ASCII: a smaller automaton serves it
                self._ascii.add_word(key, value)
        for automaton in (self._automaton, self._ascii):
            if len(automaton):
                automaton.make_automaton()
        return self

    def scan(self, text: str) -> list[Hit]:
        """Every term found in `text` (normalised), in order of where it ends."""
        found: list[Hit] = []
        self._hits(text, found.append)
        return found

    def found(self, text: str) -> bool:
        """Whether any term occurs in `text` (normalised)."""
        return self._hits(text, None)

    def _hits(self, text: str, add: Callable[[Hit], None] | None) -> bool:
        """Calls `add` with each hit, or, without one, stops at the first: whether any was
        found. Made for speed: it runs for every sentence of every article."""
        automaton = self._ascii if text.isascii() else self._automaton
        if not self._rules or not len(automaton):
            return False
        hit = _new_hit
        size = len(text)
        any_found = False
        for last, (length, rules, inside, after) in automaton.iter(text):
            start = last - length + 1
            if start and (
                (c := text[start - 1]).isalnum() or c == "_" or "\u0900" <= c <= "\u0dff"
            ):
                # inside a word: only a clitic may stand there
                if not inside:
                    continue
                word_start = start - 1
                while word_start > 0 and _is_word_char(text[word_start - 1]):
                    word_start -= 1
                prefix = text[word_start:start]
                for rule in rules:
                    begin = start
                    if rule.bounded:
                        if not (rule.clitics and rule.clitics.fullmatch(prefix)):
                            continue
                        begin = word_start
                    if m := rule.verify.match(text, start):
                        if add is None:
                            return True
                        end = m.end()
                        add(hit(Hit, (rule.label, begin, end, text[begin:end])))
                        any_found = True
                continue
            end = last + 1
            # the key closes a word, or ends on an elision: "au nord d'" before "erbil"
            whole = (
                end == size
                or not ((c := text[end]).isalnum() or c == "_" or "\u0900" <= c <= "\u0dff")
                or text[last] == "'"
            )
            stem_end = -1  # where the word the key starts ends: set whenever a rule has `follow`
            if after is not None:  # the rules that may match before the next word's letter
                stem_end = _WORD_RUN.match(text, end).end()  # type: ignore[union-attr]
                rules = after.get(text[stem_end : stem_end + 2], after[""])
            for rule in rules:
                if rule.plain:  # a literal term: only its end must close a word
                    if whole or not rule.bounded:
                        if add is None:
                            return True
                        add(hit(Hit, (rule.label, start, end, text[start:end])))
                        any_found = True
                    continue
                if rule.follow is not None and not text.startswith(rule.follow, stem_end):
                    continue
                if m := rule.verify.match(text, start):
                    if add is None:
                        return True
                    add(hit(Hit, (rule.label, start, m.end(), text[start : m.end()])))
                    any_found = True
        return any_found


def _by_next_letter(rules: list[_Rule]) -> dict[str, tuple[_Rule, ...]] | None:
    """For a key whose rules name the word after a stem (`follow`), the rules that may match
    when the stem is followed by a space and a given letter (keyed by the two), in their
    order, and under "" the rules that name no such word: a key such as "americk" has some
    ninety rules, and a match need try only the few whose next word starts as the text's
    does. None when no rule names the next word."""
    if not any(r.follow for r in rules):
        return None
    free = tuple(r for r in rules if r.follow is None)
    starts = {r.follow[:2] for r in rules if r.follow}
    after = {
        start: tuple(r for r in rules if r.follow is None or r.follow.startswith(start))
        for start in starts
    }
    after[""] = free
    return after


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits that lie inside no longer one: "km from the al-Tanf garrison" puts the name's
    shorter forms inside it ("Tanf") where it stands."""
    if len(hits) < 2:
        return hits
    return [
        h
        for h in hits
        if not any(
            o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in hits
        )
    ]


_new_hit = tuple.__new__  # a Hit without NamedTuple's argument handling: made by the thousand
