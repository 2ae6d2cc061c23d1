"""`basewatch eval`: precision, recall, F1, field accuracies and calibration on a labelled
corpus.

A corpus is a folder of JSON Lines files; each line is an article (`id`, `url`, `title`,
`text`, `published`) with a `label`:
{"attack": bool, "bases": [ids], "region": id|null, "attack_date": "YYYY-MM-DD",
 "weapons": [...], "projectiles", "intercepted", "killed", "injured", "claimed_by": facts or
 null}.
A corpus of real articles keeps only the lines' facts in the repository (`labels.jsonl`, no
`title` or `text`); their texts come from a local cache folder, one `<id>.txt` per article
whose first line is the title (see tests/data/real/README.md).
Field accuracies are measured on true positives: the share whose extracted field is right;
the attack date only where the publication date is known.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from monitor.detect.calibration import fit_platt, reliability
from monitor.detect.matcher import Matcher
from monitor.detect.terms import Terms
from monitor.detect.text import normalise, word_count
from monitor.errors import CorpusError
from monitor.models import Article, Detection

FACTS = ("projectiles", "intercepted", "killed", "injured", "claimed_by")
TITLE_WORDS = 30
_STORED_DATE = re.compile(r"^date \d{4}-\d\d(?:-\d\d)?\s+")
_HINT = 'each line is a JSON object with a "label" object (see `basewatch eval --help`)'


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    base_ok: int = 0
    base_part: int = 0  # named only bases the label names, maybe not all of them
    date_ok: int = 0
    weapon_ok: int = 0
    errors: list[str] = field(default_factory=list)
    # facts, scored where the label gives them: name -> [right, labelled]
    facts: dict[str, list[int]] = field(default_factory=dict)
    by_confidence: list[tuple[float, bool]] = field(default_factory=list)
    dated: int = 0  # true positives whose publication date is known
    missing: list[str] = field(default_factory=list)  # ids with no text in the cache
    by_language: dict[str, Report] = field(default_factory=dict)  # the same, per "language"

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

    @property
    def brier(self) -> float:
        """Mean squared gap between confidence and truth: 0 is perfect, 0.25 a coin."""
        pairs = self.by_confidence
        return sum((c - t) ** 2 for c, t in pairs) / len(pairs) if pairs else 0.0


def load_corpus(
    directory: Path, cache: Path | None = None, split: str | None = None
) -> list[dict[str, Any]]:
    """Every labelled line of the folder's JSON Lines files; with `cache`, each line's title
    and text read from `<cache>/<id>.txt`; with `split`, only the lines of that split."""
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not JSON ({exc})", hint=_HINT) from exc
            if not isinstance(row, dict) or not isinstance(row.get("label"), dict):
                raise CorpusError(f'{path}:{number}: a line needs a "label" object', hint=_HINT)
            row.setdefault("id", f"{path.name}:{number}")
            if split and row.get("split", "dev") != split:
                continue
            if cache is not None:
                row.update(cached_text(cache, str(row["id"])))
            rows.append(row)
    return rows


def cached_text(cache: Path, ident: str) -> dict[str, str]:
    """Title and text of a cached real article: the first line is its title when it reads as
    one (a line of at most TITLE_WORDS words); the stored copies put "date YYYY-MM[-DD]" before
    some texts, which is no part of the article. `missing` when the cache does not hold it."""
    path = cache / f"{ident}.txt"
    if not path.is_file():
        return {"missing": ident}
    text = _STORED_DATE.sub("", path.read_text(encoding="utf-8").strip(), count=1)
    first, _, rest = text.partition("\n")
    if word_count(first) <= TITLE_WORDS:
        return {"title": first.strip(), "text": rest.strip()}
    return {"title": "", "text": text}


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


def _places_part(label: dict[str, Any], d: Detection) -> bool:
    """Whether every base named was attacked, though some attacked bases may be missing: an
    alert on one of the four bases a salvo hit is incomplete, not wrong."""
    want = set(label.get("bases") or [])
    got = {p.id for p in d.bases}
    return bool(want and got and got <= want) or _places_ok(label, d)


def _same(got: object, want: object, aliases: dict[str, list[str]] | None = None) -> bool:
    """Facts compare exactly; group names compare loosely ("Houthis (Ansar Allah)"), and
    in any language the groups file knows the group by ("المقاومة الإسلامية في العراق")."""
    if isinstance(got, str) and isinstance(want, str):
        if got.casefold() in want.casefold() or want.casefold() in got.casefold():
            return True
        label = normalise(want)
        return any(a.rstrip("*") in label for a in (aliases or {}).get(got, []))
    return got == want


def _group_aliases(terms: Terms) -> dict[str, list[str]]:
    """Each claiming group's names, normalised, from the groups file."""
    out: dict[str, list[str]] = {}
    for label, term, _ in terms.entries:
        if label.startswith("group:"):
            out.setdefault(label[6:], []).append(term)
    return out


def score(row: dict[str, Any], d: Detection, report: Report, groups: dict[str, list[str]]) -> None:
    """Count one labelled article's detection into `report`; `groups`: each claiming
    group's names, so that a claimant labelled in another script counts as found."""
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
                (d.attack_date.isoformat() if d.attack_date else None) == label.get("attack_date")
                if row.get("published") and label.get("attack_date")
                else None,
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
                tally[0] += _same(getattr(d, fact), want_fact, groups)
                tally[1] += 1
        report.base_part += _places_part(label, d)
        report.dated += bool(row.get("published") and label.get("attack_date"))
        for name, ok, want, got in checks:
            if ok is None:
                continue  # no publication date or no known day: the day is not scored
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


def evaluate_corpus(
    directory: Path, matcher: Matcher, *, cache: Path | None = None, split: str | None = None
) -> Report:
    report = Report()
    rows = load_corpus(directory, cache, split)
    if not rows:
        raise CorpusError(f"no labelled article in {directory}", hint=_HINT)
    if all("missing" in row for row in rows):  # scores of nothing would read as zeros
        raise CorpusError(
            f"none of the {len(rows)} articles to score has its text in {cache}",
            hint=f"rebuild the cache as {directory}/README.md says",
        )
    groups = _group_aliases(matcher.terms)
    for row in rows:
        if "missing" in row:
            report.missing.append(row["missing"])
            continue
        article = Article(
            id=row["id"],
            url=row.get("url", ""),
            title=row.get("title", ""),
            text=row.get("text", ""),
            published=_published(row.get("published")),
            language=row.get("language"),
        )
        d = matcher.match(article)
        score(row, d, report, groups)
        if row.get("language"):
            score(row, d, report.by_language.setdefault(str(row["language"]), Report()), groups)
    return report


def _summary(r: Report) -> dict[str, Any]:
    return {
        "articles": r.tp + r.fp + r.fn + r.tn,
        "precision": round(r.precision, 4),
        "recall": round(r.recall, 4),
        "f1": round(r.f1, 4),
        "base_accuracy": round(r.base_ok / (r.tp or 1), 4),
        "attack_date_accuracy": round(r.date_ok / (r.dated or 1), 4),
    }


def _languages(report: Report) -> list[tuple[str, dict[str, Any]]]:
    """Each language's scores, the most articles first."""
    rows = [(lang, _summary(r)) for lang, r in report.by_language.items()]
    return sorted(rows, key=lambda row: (-row[1]["articles"], row[0]))


def _calibration(report: Report) -> list[str]:
    return [f"  brier score: {report.brier:.3f}"] + [
        f"  confidence {lo:.1f}-{hi:.1f}: {n:4d} articles, mean {mean:.2f}, {share:.2f} attacks"
        for lo, hi, n, mean, share in reliability(report.by_confidence)
    ]


def refit(report: Report, current: tuple[float, float]) -> tuple[float, float]:
    """The calibration that maps the rules' score straight to the probability measured
    here, given the calibration the confidences were computed with."""
    a, b = fit_platt(report.by_confidence)
    return a * current[0], a * current[1] + b


def report_record(
    report: Report, *, show_errors: bool = False, by_language: bool = False
) -> dict[str, Any]:
    """The scores as one JSON object: what `format_report` prints, by name."""
    tp = report.tp or 1
    record: dict[str, Any] = {
        "articles": report.tp + report.fp + report.fn + report.tn,
        "attacks": report.tp + report.fn,
        "precision": round(report.precision, 4),
        "recall": round(report.recall, 4),
        "f1": round(report.f1, 4),
        "base_accuracy": round(report.base_ok / tp, 4),
        "base_partly_right": round(report.base_part / tp, 4),
        "attack_date_accuracy": round(report.date_ok / (report.dated or 1), 4),
        "dated": report.dated,
        "weapon_accuracy": round(report.weapon_ok / tp, 4),
        **{k: getattr(report, k) for k in ("tp", "fp", "fn", "tn")},
        "facts": {
            name: {"accuracy": round(ok / total, 4), "labelled": total}
            for name, (ok, total) in sorted(report.facts.items())
        },
        "brier": round(report.brier, 4),
        "reliability": [
            {"low": lo, "high": hi, "articles": n, "mean_confidence": round(m, 4), "share": s}
            for lo, hi, n, m, s in reliability(report.by_confidence)
        ],
        "missing": len(report.missing),
    }
    if show_errors:
        record["errors"] = list(report.errors)
    if by_language:
        record["by_language"] = dict(_languages(report))
    return record


def format_report(report: Report, *, show_errors: bool = False, by_language: bool = False) -> str:
    tp = report.tp or 1
    lines = [
        f"articles: {report.tp + report.fp + report.fn + report.tn} "
        f"(attacks {report.tp + report.fn}, not attacks {report.fp + report.tn})",
        f"precision: {report.precision:.3f}",
        f"recall:    {report.recall:.3f}",
        f"f1:        {report.f1:.3f}",
        f"base accuracy:        {report.base_ok / tp:.3f} (exactly the bases attacked)",
        f"bases named were hit: {report.base_part / tp:.3f} (some attacked bases may be missing)",
        f"attack-date accuracy: {report.date_ok / (report.dated or 1):.3f} "
        f"({report.dated} with a publication date)",
        f"weapon accuracy:      {report.weapon_ok / tp:.3f}",
        f"tp={report.tp} fp={report.fp} fn={report.fn} tn={report.tn}",
        *(
            f"{name} accuracy: {ok / total:.3f} ({total} labelled)"
            for name, (ok, total) in sorted(report.facts.items())
        ),
        "calibration:",
        *_calibration(report),
    ]
    if report.missing:
        lines.append(
            f"not scored: {len(report.missing)} article(s) missing from the cache "
            f"(first: {report.missing[0]}); rebuild it as tests/data/real/README.md says"
        )
    if by_language:
        lines.append("by language:  articles  precision  recall  f1     base   day")
        lines += [
            f"  {lang:10} {m['articles']:9}  {m['precision']:.3f}      {m['recall']:.3f}   "
            f"{m['f1']:.3f}  {m['base_accuracy']:.3f}  {m['attack_date_accuracy']:.3f}"
            for lang, m in _languages(report)
        ]
    if show_errors and report.errors:
        lines += ["errors:", *(f"  {e}" for e in report.errors)]
    return "\n".join(lines)
