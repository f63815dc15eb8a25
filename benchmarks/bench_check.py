"""Throughput of numfacts.check, and evidence that it is linear in document length.

    python benchmarks/bench_check.py [--repeat 2]

Builds single documents of 1, 2, 4 and 8 copies of the seeds joined together, extracts
their claims once, and times the rules alone on each. Linear rules keep MB/s flat as the
document grows; a rule that compared all pairs would see it halve with every doubling.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numfacts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    numfacts.check_files([SEEDS])  # load the rules, pint and the data files outside the timing
    for copies in (1, 2, 4, 8):
        text = "\n\n".join([base] * copies)
        mb = len(text.encode("utf-8")) / 1e6
        claims = numfacts.extract(text, name="doc", nonclaims=True)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            findings = numfacts.check(claims, {"doc": text})
            best = min(best, time.perf_counter() - t0)
        print(f"{copies} x seeds: {mb:5.2f} MB, {len(claims):5d} claims, {len(findings):4d} findings, "
              f"check {mb / best:6.2f} MB/s")


if __name__ == "__main__":
    main()
