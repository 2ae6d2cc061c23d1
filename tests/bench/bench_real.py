"""Matcher throughput on real text: python -m tests.bench.bench_real [N] [CACHE]

Reads the real articles of tests/data/real from CACHE (default: their restatements in our own
words, tests/data/real/restated; var/real for the pages themselves, see
tests/data/real/README.md), keeps the attack reports, repeats them to N articles (default
10,000) and prints articles per CPU-second on one core (the median of three rounds). Real
reports are longer and messier than the synthetic firehose: this is the attack-dense worst
case.
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
from pathlib import Path

from monitor.detect.evaluation import _published, load_corpus
from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.models import Article

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cache = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/data/real/restated"
    rows = [r for r in load_corpus(ROOT / "tests/data/real", cache) if "missing" not in r]
    if not rows:
        sys.exit(f"no cached real articles in {cache}: rebuild it (tests/data/real/README.md)")
    articles = [
        Article(
            url=r["url"], title=r["title"], text=r["text"], published=_published(r["published"])
        )
        for r in rows
        if r["label"]["attack"]
    ]
    chars = sum(len(a.title) + len(a.text) for a in articles) / len(articles)
    matcher = Matcher(load_gazetteer(), load_terms())
    rates = []
    for _ in range(ROUNDS):  # CPU time, so other work on the machine does not count
        taken = 0
        t0 = time.process_time()
        for article in itertools.islice(itertools.cycle(articles), count):
            taken += matcher.match(article).attack
        rates.append(count / (time.process_time() - t0))
    print(
        f"real attack reports: {len(articles)} distinct, {chars:,.0f} characters on average, "
        f"repeated to {count}, {ROUNDS} rounds: {statistics.median(rates):,.0f} articles per "
        f"CPU-second (median; lowest {min(rates):,.0f}; {taken} taken a round)"
    )


if __name__ == "__main__":
    main()
