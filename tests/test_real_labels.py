"""The real-report labels: facts only (no article text), every place a gazetteer id, every
line in a split, and eval's cache handling."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.detect.evaluation import cached_text, load_corpus
from monitor.detect.gazetteer import load_gazetteer
from tests.conftest import ROOT, basewatch

LABELS = ROOT / "tests/data/real/labels.jsonl"
WEAPONS = {"rocket", "drone", "missile", "mortar"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]


def test_labels_hold_facts_and_no_text() -> None:
    gazetteer = load_gazetteer()
    bases = {e.place.id for e in gazetteer.bases}
    regions = {e.place.id for e in gazetteer.regions}
    lines = _lines()
    assert len({row["url"] for row in lines}) == len(lines)
    assert len({row["id"] for row in lines}) == len(lines)
    for row in lines:
        assert not {"text", "title"} & row.keys(), row["id"]
        assert row["query"], row["id"]
        assert row["split"] in ("dev", "holdout"), row["id"]
        label = row["label"]
        assert set(label["bases"] or []) <= bases, row["id"]
        assert label["region"] is None or label["region"] in regions, row["id"]
        assert set(label["weapons"] or []) <= WEAPONS, row["id"]
        if label["attack"]:  # "a base in Syria" names neither a base nor a region
            assert label["incident"], row["id"]
            assert label["bases"] or label["region"] or "not named" in label["note"], row["id"]


def test_holdout_is_the_newest_fifth_of_the_first_rounds_and_a_fifth_of_each_later_one() -> None:
    """The rounds of 2026-11-30: their newest fifth. A later day's round, collected within
    minutes by several collectors at once: a fifth of each collector's lines, drawn at random
    (README.md). In all, a fifth of the set."""
    lines = _lines()
    first = sorted(
        (row for row in lines if row["collected"].startswith("2026-11-30")),
        key=lambda row: (row["collected"], row["id"]),
    )
    cut = len(first) - round(len(first) / 5)
    assert {row["split"] for row in first[:cut]} == {"dev"}
    assert {row["split"] for row in first[cut:]} == {"holdout"}
    later: dict[tuple[str, str], list[dict]] = {}
    for row in lines:
        if not row["collected"].startswith("2026-11-30"):
            later.setdefault((row["collected"][:10], row["id"].split("-")[0]), []).append(row)
    assert later
    for rows in later.values():
        assert sum(row["split"] == "holdout" for row in rows) == round(len(rows) / 5)
    assert sum(row["split"] == "holdout" for row in lines) == round(len(lines) / 5)


def test_cache_gives_title_and_text_and_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "x-1.txt").write_text(
        "date 2024-08 Rockets strike a base\nThe second line is the story.", encoding="utf-8"
    )
    long = " ".join(["word"] * 40)
    (tmp_path / "x-2.txt").write_text(long, encoding="utf-8")
    assert cached_text(tmp_path, "x-1") == {
        "title": "Rockets strike a base",
        "text": "The second line is the story.",
    }
    assert cached_text(tmp_path, "x-2") == {"title": "", "text": long}
    assert cached_text(tmp_path, "x-3") == {"missing": "x-3"}
    rows = load_corpus(ROOT / "tests/data/real", tmp_path, "holdout")
    assert rows
    assert all(row["split"] == "holdout" and row["missing"] for row in rows)


def test_eval_on_an_empty_cache_says_so_instead_of_scoring_zeros(tmp_path: Path) -> None:
    result = basewatch("eval", str(ROOT / "tests/data/real"), "--cache", str(tmp_path))
    assert result.returncode == 2
    lines = len(_lines())
    assert f"none of the {lines} articles to score has its text in" in result.stderr
    assert "README.md" in result.stderr
    assert "precision" not in result.stdout


def test_platt_fit_recovers_a_known_calibration() -> None:
    import math
    import random

    from monitor.detect.evaluation import fit_platt

    rng = random.Random(7)
    pairs = []
    for _ in range(4000):
        score = rng.uniform(0.01, 0.99)
        z = 2.0 * math.log(score / (1 - score)) - 1.0
        pairs.append((score, rng.random() < 1 / (1 + math.exp(-z))))
    a, b = fit_platt(pairs)
    assert abs(a - 2.0) < 0.25
    assert abs(b + 1.0) < 0.25


def test_a_claimant_named_in_another_script_is_the_same_group() -> None:
    from monitor.detect.evaluation import _group_aliases, _same
    from monitor.detect.terms import load_terms

    aliases = _group_aliases(load_terms())
    assert _same("Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق", aliases)
    assert _same("Islamic Resistance in Iraq", "Islamic Resistance in Iraq (IRI)", aliases)
    assert not _same("Kataib Hezbollah", "المقاومة الإسلامية في العراق", aliases)


def test_naming_some_of_the_bases_a_salvo_hit_is_partly_right_and_an_extra_base_is_not() -> None:
    from monitor.detect.evaluation import _places_ok, _places_part
    from monitor.models import Detection, Place

    def detection(*ids: str) -> Detection:
        places = tuple(Place(id=i, name=i, country="", lat=0.0, lon=0.0) for i in ids)
        return Detection(attack=True, confidence=0.9, bases=places)

    label = {"bases": ["al-udeid-air-base", "nsa-bahrain"], "region": None}
    assert _places_part(label, detection("nsa-bahrain"))
    assert not _places_ok(label, detection("nsa-bahrain"))
    assert _places_part(label, detection("al-udeid-air-base", "nsa-bahrain"))
    assert not _places_part(label, detection("nsa-bahrain", "ain-al-asad"))
    assert not _places_part(label, detection())
    assert _places_part({"bases": [], "region": None}, detection())
