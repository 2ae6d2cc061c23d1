"""Term lists per language (monitor/terms/*.toml), compiled into patterns the matcher uses.

A term is a phrase of words on normalised text. In a phrase, a word ending in * matches any
ending ("attack*" matches "attacks", "attacked"); a lone * matches any one word. A language
file may give `clitics`, a regex of prefixes that may be glued to a term (Arabic wa-, bi-, al-).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import ConfigError
from monitor.text import normalise

TERMS_DIR = Path(__file__).resolve().parent / "terms"
CATEGORIES = (
    "attack",
    "coalition",
    "base_words",
    "us_attacker",
    "threat",
    "other_sense",
    "recall",
    "intercepted",
    "claim",
    "killed",
    "injured",
    "no_casualties",
    "denial",
    "civilian",
    "other_attacker",
    "event",
    "locative",
    "base_strict",
)
WEAPON_CLASSES = ("rocket", "drone", "missile", "mortar")
DATE_WORDS = ("today", "yesterday", "overnight")


def _word(token: str) -> str:
    if token == "*":
        return r"\S+"
    if token.endswith("*"):
        return re.escape(token[:-1]) + r"\w*"
    return re.escape(token)


def phrase_pattern(term: str, clitics: str = "") -> str:
    """The regex source for one term, bounded as whole words."""
    words = normalise(term).split()
    body = r"\s".join(_word(w) for w in words)
    prefix = f"(?:{clitics})" if clitics else ""
    return rf"(?<!\w){prefix}{body}(?!\w)"


def any_of(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # longest first so that "cruise missile" wins over "missile"
    return re.compile("|".join(sorted(set(patterns), key=len, reverse=True)))


@dataclass(frozen=True)
class Terms:
    """Compiled patterns for all languages together."""

    weapons: dict[str, re.Pattern[str]]
    categories: dict[str, re.Pattern[str]]
    weekdays: tuple[re.Pattern[str], ...]  # index 0 = Monday
    months: tuple[re.Pattern[str], ...]  # index 0 = January
    date_words: dict[str, re.Pattern[str]]
    numbers: dict[str, int]
    holidays: tuple[tuple[re.Pattern[str], int, int], ...]
    groups: dict[str, re.Pattern[str]]
    languages: tuple[str, ...]


def _merge(into: dict[str, list[str]], key: str, terms: list[str], clitics: str) -> None:
    into.setdefault(key, []).extend(phrase_pattern(t, clitics) for t in terms)


def _alternatives(entry: str, clitics: str) -> list[str]:
    return [phrase_pattern(alt, clitics) for alt in entry.split("|")]


def load_terms(directory: Path = TERMS_DIR) -> Terms:
    """Load every `<lang>.toml` term file and `groups.toml` from `directory`."""
    weapons: dict[str, list[str]] = {}
    cats: dict[str, list[str]] = {}
    dwords: dict[str, list[str]] = {}
    weekdays: list[list[str]] = [[] for _ in range(7)]
    months: list[list[str]] = [[] for _ in range(12)]
    numbers: dict[str, int] = {}
    holidays: list[tuple[re.Pattern[str], int, int]] = []
    languages = []
    for path in sorted(directory.glob("*.toml")):
        if path.name == "groups.toml":
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
        clitics = data.get("clitics", "")
        languages.append(data.get("language", path.stem))
        for cls, terms in data.get("weapons", {}).items():
            _merge(weapons, cls, terms, clitics)
        for cat, terms in data.get("terms", {}).items():
            _merge(cats, cat, terms, clitics)
        dates = data.get("dates", {})
        for key in DATE_WORDS:
            _merge(dwords, key, dates.get(key, []), clitics)
        for i, entry in enumerate(dates.get("weekdays", [])):
            weekdays[i].extend(_alternatives(entry, clitics))
        for i, entry in enumerate(dates.get("months", [])):
            months[i].extend(_alternatives(entry, clitics))
        numbers.update({normalise(k): int(v) for k, v in data.get("numbers", {}).items()})
        for name, month_day in dates.get("holidays", {}).items():
            month, day = (int(x) for x in str(month_day).split("-"))
            holidays.append((re.compile(phrase_pattern(name, clitics)), month, day))
    groups_file = directory / "groups.toml"
    groups: dict[str, re.Pattern[str]] = {}
    if groups_file.exists():
        raw = tomllib.loads(groups_file.read_text(encoding="utf-8")).get("groups", {})
        for name, aliases in raw.items():
            pattern = any_of([phrase_pattern(a, "(?:و|ف)?(?:ب|ل)?") for a in aliases])
            if pattern:
                groups[name] = pattern
    never = re.compile(r"(?!x)x")

    def compiled(table: dict[str, list[str]], keys: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
        return {k: any_of(table.get(k, [])) or never for k in keys}

    return Terms(
        weapons=compiled(weapons, WEAPON_CLASSES),
        categories=compiled(cats, CATEGORIES),
        weekdays=tuple(any_of(p) or never for p in weekdays),
        months=tuple(any_of(p) or never for p in months),
        date_words=compiled(dwords, DATE_WORDS),
        numbers=numbers,
        holidays=tuple(holidays),
        groups=groups,
        languages=tuple(languages),
    )
