"""`basewatch eval`: precision, recall, F1 and field accuracies on a labelled corpus.

A corpus is a folder of JSON Lines files; each line is an article with a `label`:
{"attack": bool, "bases": [ids], "region": id|null, "attack_date": "YYYY-MM-DD", "weapons": [...]}.
Field accuracies are measured on true positives: the share whose extracted field is right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from monitor.detect.matcher import Matcher
from monitor.models import Article, Detection

FACTS = ("projectiles", "intercepted", "killed", "injured", "claimed_by")


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    base_ok: int = 0
    date_ok: int = 0
    weapon_ok: int = 0
    errors: list[str] = field(default_factory=list)
    # facts, scored where the label gives them: name -> [right, labelled]
    facts: dict[str, list[int]] = field(default_factory=dict)
    by_confidence: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_corpus(directory: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                row = json.loads(line)
                row.setdefault("id", f"{path.name}:{number}")
                rows.append(row)
    return rows


def _published(value: str | None) -> datetime | date | None:
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _places_ok(label: dict[str, Any], d: Detection) -> bool:
    want = set(label.get("bases") or [])
    if want:
        return want == {p.id for p in d.bases}
    region = label.get("region")
    return not d.bases and (region is None or (d.region is not None and d.region.id == region))


def _same(got: object, want: object) -> bool:
    """Facts compare exactly; group names compare loosely ("Houthis (Ansar Allah)")."""
    if isinstance(got, str) and isinstance(want, str):
        return got.casefold() in want.casefold() or want.casefold() in got.casefold()
    return got == want


def score(row: dict[str, Any], d: Detection, report: Report) -> None:
    label = row["label"]
    report.by_confidence.append((d.confidence, bool(label["attack"])))
    ident = row["id"]
    if label["attack"] and d.attack:
        report.tp += 1
        checks = (
            (
                "base",
                _places_ok(label, d),
                label.get("bases") or label.get("region"),
                [p.id for p in d.places],
            ),
            (
                "date",
                (d.attack_date.isoformat() if d.attack_date else None) == label.get("attack_date"),
                label.get("attack_date"),
                d.attack_date,
            ),
            (
                "weapon",
                set(d.weapons) == set(label.get("weapons") or []),
                label.get("weapons"),
                list(d.weapons),
            ),
        )
        for fact in FACTS:
            want_fact = label.get(fact)
            if want_fact is not None:
                tally = report.facts.setdefault(fact, [0, 0])
                tally[0] += _same(getattr(d, fact), want_fact)
                tally[1] += 1
        for name, ok, want, got in checks:
            setattr(report, f"{name}_ok", getattr(report, f"{name}_ok") + ok)
            if not ok:
                report.errors.append(f"{ident}: wrong {name}: want {want}, got {got}")
    elif label["attack"]:
        report.fn += 1
        report.errors.append(f"{ident}: missed ({d.confidence:.2f}): {row.get('title', '')}")
    elif d.attack:
        report.fp += 1
        report.errors.append(
            f"{ident}: false alarm ({d.confidence:.2f}, {label.get('family')}): "
            f"{row.get('title', '')}"
        )
    else:
        report.tn += 1


def evaluate_corpus(directory: Path, matcher: Matcher) -> Report:
    report = Report()
    for row in load_corpus(directory):
        article = Article(
            id=row["id"],
            url=row.get("url", ""),
            title=row.get("title", ""),
            text=row.get("text", ""),
            published=_published(row.get("published")),
        )
        score(row, matcher.match(article), report)
    return report


def _calibration(report: Report) -> list[str]:
    lines = []
    bins = [(0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    for lo, hi in bins:
        inside = [truth for conf, truth in report.by_confidence if lo <= conf < hi]
        if inside:
            share = sum(inside) / len(inside)
            lines.append(
                f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {len(inside)} taken, {share:.2f} right"
            )
    return lines


def format_report(report: Report, *, show_errors: bool = False) -> str:
    tp = report.tp or 1
    lines = [
        f"articles: {report.tp + report.fp + report.fn + report.tn} "
        f"(attacks {report.tp + report.fn}, not attacks {report.fp + report.tn})",
        f"precision: {report.precision:.3f}",
        f"recall:    {report.recall:.3f}",
        f"f1:        {report.f1:.3f}",
        f"base accuracy:        {report.base_ok / tp:.3f}",
        f"attack-date accuracy: {report.date_ok / tp:.3f}",
        f"weapon accuracy:      {report.weapon_ok / tp:.3f}",
        f"tp={report.tp} fp={report.fp} fn={report.fn} tn={report.tn}",
        *(
            f"{name} accuracy: {ok / total:.3f} ({total} labelled)"
            for name, (ok, total) in sorted(report.facts.items())
        ),
        "calibration:",
        *_calibration(report),
    ]
    if show_errors and report.errors:
        lines += ["errors:", *(f"  {e}" for e in report.errors)]
    return "\n".join(lines)
