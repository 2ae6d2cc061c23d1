"""Matcher throughput and memory on one core: python -m tests.bench.bench_matcher [N]

Prints articles per second on the mixed firehose (90% unrelated, 8% near misses, 2% attacks)
and on attack-dense input (100% attacks), and the process's peak resident memory.
"""

from __future__ import annotations

import resource
import sys
import time
from collections import Counter

from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from tests.bench.firehose import firehose


def run(matcher: Matcher, count: int, **mix: float) -> tuple[float, Counter[str]]:
    """Articles per second (matching only; generation is not timed), and how many of each
    kind were generated and taken."""
    tally: Counter[str] = Counter()
    spent = 0.0
    for article in firehose(count, **mix):
        kind = article.id.split("-")[0]
        t0 = time.perf_counter()
        taken = matcher.match(article).attack
        spent += time.perf_counter() - t0
        tally[kind] += 1
        tally[f"{kind} taken"] += taken
    return count / spent, tally


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = time.perf_counter()
    matcher = Matcher(load_gazetteer(), load_terms())
    print(f"matcher built in {time.perf_counter() - t0:.2f} s")
    rate, tally = run(matcher, count)
    print(
        f"mixed firehose: {count} articles, {rate:,.0f} articles/s; taken: "
        f"{tally['attack taken']}/{tally['attack']} attacks, "
        f"{tally['near taken']}/{tally['near']} near misses, "
        f"{tally['news taken']}/{tally['news']} unrelated"
    )
    dense = max(1000, count // 20)
    rate, tally = run(matcher, dense, attack_share=1.0, near_share=0.0)
    print(
        f"attack-dense:   {dense} articles, {rate:,.0f} articles/s; taken: "
        f"{tally['attack taken']}/{tally['attack']} attacks"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
