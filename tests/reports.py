"""Helpers for detector tests on single reports: the matcher built once from the shipped
gazetteer and term files, and publication times in the region's local time (UTC+3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any

import pytest

from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article, Detection

LOCAL = timezone(timedelta(hours=3))


@cache
def matcher() -> Matcher:
    return Matcher(load_gazetteer(), load_terms())


def detect(
    title: str,
    text: str,
    published: datetime | date | None,
    *,
    url: str = "u",
    language: str | None = None,
) -> Detection:
    """The detection for one report, from `url` in `language` when they matter."""
    article = Article(url=url, title=title, text=text, published=published, language=language)
    return matcher().match(article)


def bases(d: Detection) -> list[str]:
    """The ids of the bases a detection names, in its order."""
    return [p.id for p in d.bases]


def local_time(day: str, hour: int = 9) -> datetime:
    """`day` (YYYY-MM-DD) at `hour` o'clock local time."""
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=LOCAL)


def assert_report(d: Detection, place: str, day: str, weapon: str | tuple[str, ...]) -> None:
    """That `d` takes the report, naming only `place` (a base, or the region when it names no
    base), the day `day` (YYYY-MM-DD) and only `weapon` (or only the weapons of a tuple, in
    any order)."""
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == [place]
    assert d.attack_date is not None
    assert d.attack_date.isoformat() == day
    if isinstance(weapon, tuple):
        assert set(d.weapons) == set(weapon)
    else:
        assert d.weapons == (weapon,)


def fires(sentence: str, word: str, label: str) -> bool:
    """Whether `word` in `sentence` is read as a term of `label` ("cat:attack", "weapon:drone")."""
    reading = matcher().reader.read(1, sentence)
    return any(h.label == label and word in h.text for h in reading.hits)


def by_language(names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> pytest.MarkDecorator:
    """One case a row, each named by its language (its first field) and its place."""
    return pytest.mark.parametrize(names, rows, ids=[f"{r[0]}-{i}" for i, r in enumerate(rows)])


def report_cases(reports: Sequence[tuple[Any, ...]]) -> Callable[..., None]:
    """A test, one case a report (language, title, text, published, place, day, weapon),
    that each is taken with its place, day and weapon."""

    @by_language(("language", "title", "text", "published", "place", "day", "weapon"), reports)
    def test(
        language: str,
        title: str,
        text: str,
        published: datetime,
        place: str,
        day: str,
        weapon: str | tuple[str, ...],
    ) -> None:
        assert_report(detect(title, text, published), place, day, weapon)

    return test


def base_cases(reports: Sequence[tuple[Any, ...]]) -> Callable[..., None]:
    """A test, one case a report (language, title, text, published, bases, day), that each is
    taken naming exactly `bases` (one id, or a list of them in order) and, when `day`
    (YYYY-MM-DD) is not None, dated that day."""

    @by_language(("language", "title", "text", "published", "bases", "day"), reports)
    def test(
        language: str,
        title: str,
        text: str,
        published: datetime | date,
        bases: str | list[str],
        day: str | None,
    ) -> None:
        d = detect(title, text, published)
        assert d.attack, d.reasons
        assert [p.id for p in d.bases] == ([bases] if isinstance(bases, str) else bases)
        if day is not None:
            assert d.attack_date is not None
            assert d.attack_date.isoformat() == day

    return test


def look_alike_cases(
    look_alikes: Sequence[tuple[Any, ...]], day: str | None = None
) -> Callable[..., None]:
    """A test, one case a look-alike (language, title, text) published on `day`, or
    (language, title, text, published) when `day` is None, that none is taken."""
    cases = [(*r[:3], r[3] if day is None else local_time(day)) for r in look_alikes]

    @by_language(("language", "title", "text", "published"), cases)
    def test(language: str, title: str, text: str, published: datetime) -> None:
        d = detect(title, text, published)
        assert not d.attack, d.reasons

    return test


def term_cases(cases: Sequence[tuple[str, str, str]], *, read: bool) -> Callable[..., None]:
    """A test, one case a (sentence, word, label), that `word` is read as a term of `label`
    in `sentence` (or, with `read` False, that it is not)."""

    @pytest.mark.parametrize(("sentence", "word", "label"), cases)
    def test(sentence: str, word: str, label: str) -> None:
        assert fires(sentence, word, label) is read

    return test
