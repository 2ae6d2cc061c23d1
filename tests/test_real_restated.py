"""The restated real reports (tests/data/real/restated: the labelled articles in our own
words, same language, facts and shape): each belongs to a labelled line and is written in its
language's script, and the detector's figures on them stay near those the README gives, so
that a rule that breaks real reports by the dozen fails here and not in the field."""

from __future__ import annotations

import json
import re

import pytest

from monitor.detect.evaluation import Report, evaluate_corpus
from tests.conftest import ROOT
from tests.reports import matcher

REAL = ROOT / "tests/data/real"
RESTATED = REAL / "restated"
# the letters of each language written in a script of its own
SCRIPTS = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ckb"), "\u0600-\u06ff"),
    **dict.fromkeys(("ru", "uk", "bg", "mk", "kk", "be", "ky"), "\u0400-\u04ff"),
    "el": "\u0370-\u03ff",
    "he": "\u0590-\u05ff",
    "zh": "\u4e00-\u9fff",
    "ja": "\u3040-\u30ff\u4e00-\u9fff",
    "ko": "\uac00-\ud7af",
    **dict.fromkeys(("hi", "mr", "ne"), "\u0900-\u097f"),
    "bn": "\u0980-\u09ff",
    "pa": "\u0a00-\u0a7f",
    "gu": "\u0a80-\u0aff",
    "ta": "\u0b80-\u0bff",
    "te": "\u0c00-\u0c7f",
    "kn": "\u0c80-\u0cff",
    "ml": "\u0d00-\u0d7f",
    "si": "\u0d80-\u0dff",
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "my": "\u1000-\u109f",
    "ka": "\u10a0-\u10ff",
    "hy": "\u0530-\u058f",
    "am": "\u1200-\u137f",
    "km": "\u1780-\u17ff",
}
# what the README gives (2026-12-03, 5,324 restatements), less a margin for rules that
# trade a few reports
FLOORS = {
    "dev": {"f1": 0.92, "base": 0.83, "day": 0.81},
    "holdout": {"f1": 0.83, "base": 0.80, "day": 0.80},
}


def _labels() -> dict[str, dict]:
    lines = (REAL / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


def test_each_restatement_belongs_to_a_labelled_line_in_its_languages_script() -> None:
    labels = _labels()
    files = sorted(RESTATED.glob("*.txt"))
    assert len(files) >= 6150
    for path in files:
        row = labels.get(path.stem)
        assert row is not None, f"{path.name}: no line of labels.jsonl has this id"
        text = path.read_text(encoding="utf-8")
        assert text.strip(), path.name
        script = SCRIPTS.get(row["language"])
        if script:
            assert len(re.findall(f"[{script}]", text)) >= 20, (path.name, row["language"])


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_figures_on_the_restated_reports_hold(split: str) -> None:
    report: Report = evaluate_corpus(REAL, matcher(), cache=RESTATED, split=split)
    scored = report.tp + report.fp + report.fn + report.tn
    assert scored > 200
    floors = FLOORS[split]
    assert report.f1 >= floors["f1"], report.errors
    assert report.base_ok / report.tp >= floors["base"], report.errors
    assert report.date_ok / report.dated >= floors["day"], report.errors


def test_shared_runs_finds_copied_wording_and_not_a_restatement() -> None:
    from tests.data.real.shared_runs import shared_runs

    page = "Three rockets struck the Ain al-Asad air base on Monday evening, officials said."
    assert shared_runs(page, page) == [
        "three rockets struck the ain alasad air base on monday evening officials said"
    ]
    mine = "On Monday evening the Ain al-Asad air base was hit by three rockets, said officials."
    assert shared_runs(mine, page) == []
    han = "伊朗23日朝美军驻卡达及伊拉克的基地射出至少10枚飞弹"
    assert shared_runs("据报道" + han, han + "。") == [han]
    assert shared_runs("据报道伊朗于23日向卡达和伊拉克的美军基地发射了10枚以上导弹", han) == []
