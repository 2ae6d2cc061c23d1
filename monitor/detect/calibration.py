"""Confidence that means something: a reliability table of confidences against outcomes,
and a Platt scaling of the rules' score fitted on labelled articles (`basewatch eval
--fit-calibration`).
"""

from __future__ import annotations

import math

# Platt scaling of the rules' score, fitted on the dev split of tests/data/real by
# `basewatch eval tests/data/real --cache var/real --split dev --fit-calibration`
CALIBRATION = (1.026, 0.591)
MAX_LOGIT = 6.9  # the score of a probability of 0.001 or 0.999


def reliability(
    pairs: list[tuple[float, bool]], bins: int = 5
) -> list[tuple[float, float, int, float, float]]:
    """Per confidence band: (low, high, articles, mean confidence, share that were attacks)."""
    out = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        inside = [(c, t) for c, t in pairs if lo <= c < hi or (i == bins - 1 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            out.append((lo, hi, len(inside), mean, sum(t for _, t in inside) / len(inside)))
    return out


def logit(p: float) -> float:
    p = min(max(p, 0.001), 0.999)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 0.5 * (1 + math.tanh(z / 2))


def _log_loss(data: list[tuple[float, float]], a: float, b: float) -> float:
    loss = 0.0
    for x, y in data:
        p = min(max(_sigmoid(a * x + b), 1e-12), 1 - 1e-12)
        loss -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return loss


def fit_platt(pairs: list[tuple[float, bool]]) -> tuple[float, float]:
    """(a, b) such that sigmoid(a * logit(score) + b) is the probability that an article
    with that score reports an attack: maximum likelihood by damped Newton steps, with
    Platt's smoothed targets, which keep a clean separation from driving a to infinity."""
    if not pairs:
        return 1.0, 0.0
    positives = sum(t for _, t in pairs)
    hi, lo = (positives + 1) / (positives + 2), 1 / (len(pairs) - positives + 2)
    data = [(logit(s), hi if t else lo) for s, t in pairs]
    a, b = 1.0, 0.0
    loss = _log_loss(data, a, b)
    for _ in range(100):
        ga = gb = haa = hab = hbb = 0.0
        for x, y in data:
            p = _sigmoid(a * x + b)
            w = max(p * (1 - p), 1e-12)
            ga, gb = ga + (p - y) * x, gb + p - y
            haa, hab, hbb = haa + w * x * x, hab + w * x, hbb + w
        det = haa * hbb - hab * hab
        if abs(det) < 1e-12:
            break
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        step = 1.0
        while step > 1e-6 and _log_loss(data, a - step * da, b - step * db) > loss:
            step /= 2
        a, b = a - step * da, b - step * db
        new = _log_loss(data, a, b)
        if loss - new < 1e-10:
            break
        loss = new
    return a, b


def calibrated(z: float) -> float:
    """The probability that an article whose rules score `z` reports a new attack:
    sigmoid(a * z + b), with (a, b) fitted on real reports (CALIBRATION)."""
    a, b = CALIBRATION
    z = min(max(z, -MAX_LOGIT), MAX_LOGIT)
    return round(1.0 / (1.0 + math.exp(-(a * z + b))), 3)
